"""The archive button: chiefs start an archive as a task and download the zip afterwards."""

import io
import zipfile

import pytest

from summit.ops.archive import write_archive
from summit.ops.site import public_site_url


@pytest.fixture(autouse=True)
def _archives_in_tmp(settings, tmp_path):
    settings.ARCHIVE_ROOT = str(tmp_path / "archives")


def test_a_chief_makes_and_downloads_an_archive(client, chef, alaska, run_worker):
    client.force_login(chef)
    page = client.get(f"/admin/ticker/ticker/{alaska.pk}/change/")
    assert f'href="/admin/archive/{alaska.pk}/"' in page.content.decode()

    started = client.post(f"/admin/archive/{alaska.pk}/")
    assert started.status_code == 302
    assert "Noch kein Archiv." in client.get(started["Location"]).content.decode()
    run_worker()

    name = f"alaska-gipfel-r{alaska.revision}.zip"
    listing = client.get(f"/admin/archive/{alaska.pk}/").content.decode()
    assert name in listing
    download = client.get(f"/admin/archive/{alaska.pk}/{name}")
    assert download.status_code == 200
    assert download["Content-Disposition"] == f'attachment; filename="{name}"'
    content = b"".join(download.streaming_content)
    assert content == write_archive(alaska, public_site_url())
    assert "alaska-gipfel/index.html" in zipfile.ZipFile(io.BytesIO(content)).namelist()


def test_editors_without_the_right_get_no_archive(client, redakteur, alaska):
    client.force_login(redakteur)
    assert client.get(f"/admin/archive/{alaska.pk}/").status_code == 403
    assert client.post(f"/admin/archive/{alaska.pk}/").status_code == 403


def test_only_archive_files_can_be_downloaded(client, chef, alaska, settings):
    client.force_login(chef)
    for name in ("..%2F..%2Fsettings.py", "alaska-gipfel-r1.zip", "secret.txt"):
        assert client.get(f"/admin/archive/{alaska.pk}/{name}").status_code == 404, name

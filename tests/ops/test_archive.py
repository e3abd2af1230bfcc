"""archive_ticker: a finished ticker as a zip that opens without a server."""

import io
import json
import re
import zipfile

import pytest
from django.core.management import CommandError, call_command

from summit.ticker import services
from summit.ticker.models import Entry

SITE = "http://testserver"


def archive(tmp_path, slug="alaska-gipfel", name="archiv.zip") -> bytes:
    target = tmp_path / name
    call_command("archive_ticker", slug, str(target), site_url=SITE, stdout=io.StringIO())
    return target.read_bytes()


def members(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as zipped:
        return {info.filename: zipped.read(info) for info in zipped.infolist()}


def test_archive_holds_pages_json_stylesheet_and_readme(alaska, tmp_path):
    files = members(archive(tmp_path))
    published = list(alaska.entries.published().values_list("pk", flat=True))
    assert published
    expected = {"README.txt", "entries.json", "index.html"}
    expected |= {"static/ticker.css", "static/figures.css", "static/posts.css"}
    expected |= {f"entries/{pk}.html" for pk in published}
    assert set(files) == {f"alaska-gipfel/{name}" for name in expected}
    readme = files["alaska-gipfel/README.txt"].decode()
    assert f"{SITE}/ticker/alaska-gipfel/" in readme
    assert f"Revision {alaska.revision}" in readme
    assert f"Veröffentlichte Einträge: {len(published)}" in readme


def test_archive_entries_are_the_apis_own(alaska, tmp_path, client):
    files = members(archive(tmp_path))
    document = json.loads(files["alaska-gipfel/entries.json"])
    api = client.get("/ticker/alaska-gipfel/entries.json").json()
    assert document["entries"][: len(api["entries"])] == api["entries"]
    assert len(document["entries"]) == alaska.entries.published().count()
    assert document["ticker"]["revision"] == alaska.revision


def test_archive_pages_need_no_server_and_no_script(alaska, tmp_path):
    files = members(archive(tmp_path))
    pages = {name: body.decode() for name, body in files.items() if name.endswith(".html")}
    for name, html in pages.items():
        assert "<script" not in html, name
        folder = name.rsplit("/", 1)[0]
        for target in re.findall(r'(?:href|src)="([^"]+)"', html):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            assert not target.startswith("/"), (name, target)
            path = target.split("#")[0]
            if path:
                resolved = normalise(f"{folder}/{path}")
                assert resolved in files, (name, target)


def normalise(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def test_withdrawn_entries_and_drafts_stay_out(alaska, tmp_path):
    withdrawn = alaska.entries.published().first()
    services.entry_withdraw(withdrawn, by=None)
    draft = services.entry_create(
        alaska,
        title="Nur ein Entwurf",
        body="<p>geheim</p>",
        published_at=withdrawn.published_at,
        status=Entry.Status.DRAFT,
    )
    files = members(archive(tmp_path))
    assert f"alaska-gipfel/entries/{withdrawn.pk}.html" not in files
    assert f"alaska-gipfel/entries/{draft.pk}.html" not in files
    assert b"Nur ein Entwurf" not in files["alaska-gipfel/index.html"]
    assert b"Nur ein Entwurf" not in files["alaska-gipfel/entries.json"]


def test_same_state_gives_the_same_bytes_and_a_change_a_new_archive(alaska, tmp_path):
    first = archive(tmp_path, name="eins.zip")
    assert archive(tmp_path, name="zwei.zip") == first
    services.entry_create(
        alaska,
        title="Nachtrag",
        body="<p>Neu</p>",
        published_at=alaska.entries.first().published_at,
        status=Entry.Status.PUBLISHED,
    )
    assert archive(tmp_path, name="drei.zip") != first


def test_unknown_ticker_is_refused_and_nothing_is_written(db, tmp_path):
    with pytest.raises(CommandError, match="Keinen Ticker"):
        archive(tmp_path, slug="gibt-es-nicht")
    assert list(tmp_path.iterdir()) == []

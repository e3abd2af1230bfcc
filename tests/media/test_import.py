"""Our JSON import with pictures: files beside the imported file, remote ones via the guard."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from summit.media import imports
from summit.media.models import EntryImage
from summit.ticker.models import Entry
from tests.media.conftest import jpeg_bytes, photo, stored_files

WORDS = {"alt": "Das Rollfeld", "caption": "Ankunft", "credit": "Foto: Jane Doe"}


def write_import(folder, images) -> str:
    item = {
        "title": "Ankunft",
        "body": "Die Maschine ist gelandet.",
        "published_at": "2025-08-14T21:15:00+02:00",
        "images": images,
    }
    path = folder / "ticker.json"
    path.write_text(json.dumps([item]), encoding="utf-8")
    return str(path)


def run(path, *args):
    out = io.StringIO()
    call_command("import_ticker", path, *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "bilder").mkdir()
    (tmp_path / "bilder" / "rollfeld.jpg").write_bytes(jpeg_bytes(photo(1000, 750)))
    return tmp_path


def test_the_dry_run_shows_the_pictures(folder, db):
    path = write_import(folder, [{"file": "bilder/rollfeld.jpg", **WORDS}])
    [item] = json.loads(run(path, "--dry-run", "--json"))
    assert item["images"] == [{"file": "bilder/rollfeld.jpg", **WORDS}]


def test_a_picture_beside_the_file_is_stored_with_the_entry(
    folder, ticker, tasks_at_once, media_root, django_capture_on_commit_callbacks
):
    path = write_import(folder, [{"file": "bilder/rollfeld.jpg", **WORDS}])
    with django_capture_on_commit_callbacks(execute=True):
        run(path, "--ticker", ticker.slug)
    image = EntryImage.objects.get()
    assert image.entry.status == Entry.Status.PUBLISHED
    assert (image.alt, image.caption, image.credit) == tuple(WORDS.values())
    assert (image.width, image.height) == (1000, 750) and len(image.renditions) == 4


@pytest.mark.parametrize(
    ("images", "message"),
    [
        ([{"file": "../geheim.jpg", **WORDS}], "neben der importierten Datei"),
        ([{"file": "bilder/fehlt.jpg", **WORDS}], "kann nicht gelesen werden"),
        ([{"file": "ticker.json", **WORDS}], "kein lesbares Bild"),
        ([{"file": "bilder/rollfeld.jpg", "alt": "Das Rollfeld"}], "Bildnachweis"),
        ([{"url": "http://127.0.0.1/bild.jpg", **WORDS}], "interne Adresse"),
    ],
)
def test_a_bad_picture_refuses_the_import_and_stores_nothing(
    folder, ticker, media_root, images, message
):
    (folder.parent / "geheim.jpg").write_bytes(jpeg_bytes(photo(100, 80)))
    path = write_import(folder, images)
    with pytest.raises(CommandError, match=message):
        run(path, "--ticker", ticker.slug)
    assert not Entry.objects.exists() and not EntryImage.objects.exists()
    assert stored_files(media_root) == []


def test_pictures_must_have_the_documented_shape(folder, ticker):
    path = write_import(folder, [{"file": "a.jpg", "url": "https://example.org/a.jpg"}])
    with pytest.raises(CommandError, match="images"):
        run(path, "--ticker", ticker.slug)


class _Answer(io.BytesIO):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_a_remote_picture_is_fetched_through_the_guard(
    folder, ticker, monkeypatch, tasks_at_once, django_capture_on_commit_callbacks
):
    asked = []
    monkeypatch.setattr(imports, "check_public_url", asked.append)
    monkeypatch.setattr(
        imports._opener, "open", lambda request, timeout: _Answer(jpeg_bytes(photo(600, 400)))
    )
    path = write_import(folder, [{"url": "https://bilder.example.org/a.jpg", **WORDS}])
    with django_capture_on_commit_callbacks(execute=True):
        run(path, "--ticker", ticker.slug)
    assert asked == ["https://bilder.example.org/a.jpg"]
    assert EntryImage.objects.get().width == 600

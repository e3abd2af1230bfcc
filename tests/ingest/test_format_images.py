"""Pictures named by ninjs and RSS/Atom: shown in the dry run unfetched, stored when applied."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from PIL import Image

from summit.media import imports
from summit.media.models import EntryImage
from summit.ticker.models import Entry

PICTURE = "https://bilder.example.org/rollfeld-1600.jpg"
WORDS = {
    "alt": "Zwei Präsidenten auf dem Rollfeld",
    "caption": "Ankunft in Anchorage",
    "credit": "Foto: Jane Doe/dpa",
}

NINJS_1 = {
    "uri": "urn:newsml:dpa.com:20250815:alaska-1",
    "type": "text",
    "versioncreated": "2025-08-15T21:15:00+02:00",
    "headline": "Die Maschine ist gelandet",
    "body_text": "Air Force One steht auf dem Rollfeld.",
    "associations": {
        "featureimage": {
            "type": "picture",
            "headline": WORDS["caption"],
            "description_text": WORDS["alt"],
            "copyrightholder": WORDS["credit"],
            "byline": "Jane Doe",
            "renditions": {
                "thumbnail": {"href": "https://bilder.example.org/rollfeld-200.jpg", "width": 200},
                "baseImage": {"href": PICTURE, "width": 1600},
            },
        }
    },
}

NINJS_2 = {
    "uri": "urn:newsml:example:alaska-2",
    "type": "text",
    "versioncreated": "2025-08-15T21:20:00+02:00",
    "headlines": [{"role": "main", "value": "Die Maschine ist gelandet"}],
    "bodies": [{"role": "main", "contenttype": "text/plain", "value": "Air Force One."}],
    "associations": [
        {
            "name": "mainpicture",
            "type": "picture",
            "headlines": [{"role": "main", "value": WORDS["caption"]}],
            "descriptions": [{"role": "alt", "value": WORDS["alt"]}],
            "copyrightholder": WORDS["credit"],
            "renditions": [{"name": "baseImage", "href": PICTURE, "width": 1600}],
        }
    ],
}

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<title>Alaska-Gipfel</title><link>https://example.org/</link><description>Live</description>
<item><title>Die Maschine ist gelandet</title><guid>alaska-1</guid>
<description>Air Force One steht auf dem Rollfeld.</description>
<pubDate>Fri, 15 Aug 2025 19:15:00 GMT</pubDate>
<media:content url="{PICTURE}" medium="image" type="image/jpeg" width="1600">
<media:title>{WORDS["caption"]}</media:title>
<media:description>{WORDS["alt"]}</media:description>
<media:credit role="photographer">{WORDS["credit"]}</media:credit>
</media:content></item>
<item><title>Ohne Bild</title><guid>alaska-2</guid><description>Nur Text.</description>
<pubDate>Fri, 15 Aug 2025 19:20:00 GMT</pubDate></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Alaska-Gipfel</title><id>urn:alaska</id>
<updated>2025-08-15T19:15:00Z</updated>
<entry><title>Die Maschine ist gelandet</title><id>urn:alaska:1</id>
<updated>2025-08-15T19:15:00Z</updated><summary>Air Force One.</summary>
<link rel="enclosure" type="image/jpeg" length="1000" href="{PICTURE}"/></entry>
</feed>
"""


def write(folder, name: str, content: str) -> str:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return str(path)


def run(path, *args) -> str:
    out = io.StringIO()
    call_command("import_ticker", path, *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def jpeg(width=800, height=600) -> bytes:
    buffer = io.BytesIO()
    Image.linear_gradient("L").resize((width, height)).convert("RGB").save(buffer, "JPEG")
    return buffer.getvalue()


class _Answer(io.BytesIO):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@pytest.fixture
def no_fetch(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the dry run fetched a picture")

    monkeypatch.setattr(imports._opener, "open", refuse)


@pytest.fixture
def recorded_fetch(monkeypatch, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    asked = []
    monkeypatch.setattr(imports, "check_public_url", asked.append)
    monkeypatch.setattr(imports._opener, "open", lambda request, timeout: _Answer(jpeg()))
    return asked


SOURCES = [
    ("ninjs1.json", json.dumps(NINJS_1), WORDS),
    ("ninjs2.json", json.dumps(NINJS_2), WORDS),
    ("feed.xml", RSS, WORDS),
    ("atom.xml", ATOM, {}),
]


@pytest.mark.parametrize(("name", "content", "words"), SOURCES)
def test_the_dry_run_shows_the_pictures_without_fetching(
    tmp_path, db, no_fetch, name, content, words
):
    items = json.loads(run(write(tmp_path, name, content), "--dry-run", "--json"))
    assert items[0]["images"] == [{"url": PICTURE, **words}]
    assert all("images" not in item for item in items[1:])


@pytest.mark.parametrize(("name", "content"), [(n, c) for n, c, _ in SOURCES[:3]])
def test_applied_the_pictures_are_fetched_through_the_guard_and_stored(
    tmp_path, ticker, recorded_fetch, django_capture_on_commit_callbacks, name, content
):
    with django_capture_on_commit_callbacks(execute=True):
        run(write(tmp_path, name, content), "--ticker", ticker.slug)
    assert recorded_fetch == [PICTURE]
    image = EntryImage.objects.get()
    assert image.entry.title == "Die Maschine ist gelandet"
    assert (image.alt, image.caption, image.credit) == tuple(WORDS.values())
    assert (image.width, image.height) == (800, 600)


def test_a_feed_picture_without_words_warns_in_the_dry_run(tmp_path, db, no_fetch):
    out = io.StringIO()
    call_command(
        "import_ticker", write(tmp_path, "atom.xml", ATOM), "--dry-run", stdout=out, stderr=out
    )
    assert "Alternativtext und einen Bildnachweis" in out.getvalue()


def test_a_picture_at_an_internal_address_refuses_the_feed_and_stores_nothing(tmp_path, ticker):
    feed = RSS.replace(PICTURE, "http://127.0.0.1/bild.jpg")
    with pytest.raises(CommandError, match="127.0.0.1"):
        run(write(tmp_path, "feed.xml", feed), "--ticker", ticker.slug)
    assert not Entry.objects.filter(ticker=ticker).exists()
    assert not EntryImage.objects.exists()

"""An archived ticker carries its pictures and post cards as files inside the zip."""

import io
import json
import re
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from PIL import Image

from summit.media import services
from summit.media.models import EntryEmbed

SITE = "http://testserver"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return tmp_path / "media"


def jpeg(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.linear_gradient("L").resize((width, height)).convert("RGB").save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.fixture
def pictured(make_entry, django_capture_on_commit_callbacks):
    entry = make_entry(title="Ankunft am Stützpunkt")
    with django_capture_on_commit_callbacks(execute=True):
        services.image_add(
            entry,
            io.BytesIO(jpeg(2000, 1500)),
            alt="Zwei Präsidenten auf dem Rollfeld",
            caption="Die Ankunft in Anchorage",
            credit="Foto: Jane Doe",
        )
    entry.refresh_from_db()
    return entry


@pytest.fixture
def carded(pictured):
    embed = EntryEmbed(
        entry=pictured,
        url="https://www.youtube.com/watch?v=abc123",
        provider="youtube",
        author="Weißes Haus",
        title="Pressekonferenz",
        text="Die Pressekonferenz in voller Länge",
        frame_url="https://www.youtube-nocookie.com/embed/abc123",
        fetched=True,
    )
    embed.thumbnail.save("thumbnail.jpg", ContentFile(jpeg(480, 360)), save=False)
    embed.save()
    return embed


def archive(tmp_path, ticker, name="archiv.zip") -> dict[str, bytes]:
    target = tmp_path / name
    call_command("archive_ticker", ticker.slug, str(target), site_url=SITE, stdout=io.StringIO())
    with zipfile.ZipFile(io.BytesIO(target.read_bytes())) as zipped:
        return {info.filename: zipped.read(info) for info in zipped.infolist()}


def test_the_picture_file_is_the_960_rendition_shown_as_a_figure(pictured, tmp_path):
    files = archive(tmp_path, pictured.ticker)
    folder = pictured.ticker.slug
    (picture,) = [name for name in files if name.startswith(f"{folder}/media/")]
    assert picture.endswith("/960.jpg")
    assert Image.open(io.BytesIO(files[picture])).size == (960, 720)
    relative = picture.removeprefix(f"{folder}/")
    for page, root in (
        (f"{folder}/index.html", ""),
        (f"{folder}/entries/{pictured.pk}.html", "../"),
    ):
        html = files[page].decode()
        figure = re.search(r'<figure class="entry-figure">.*?</figure>', html, re.S).group(0)
        assert f'src="{root}{relative}"' in figure
        assert 'alt="Zwei Präsidenten auf dem Rollfeld"' in figure
        assert 'width="960" height="720"' in figure
        assert "Die Ankunft in Anchorage" in figure and "Foto: Jane Doe" in figure


def test_entries_json_names_the_picture_by_its_path_in_the_archive(pictured, tmp_path):
    files = archive(tmp_path, pictured.ticker)
    document = json.loads(files[f"{pictured.ticker.slug}/entries.json"])
    (entry,) = [item for item in document["entries"] if item["id"] == pictured.pk]
    (image,) = entry["images"]
    assert f"{pictured.ticker.slug}/{image['url']}" in files
    assert not image["url"].startswith(("/", "http"))
    assert image["alt"] == "Zwei Präsidenten auf dem Rollfeld"
    assert image["credit"] == "Foto: Jane Doe"
    assert image["caption"] == "Die Ankunft in Anchorage"


def test_the_original_stands_in_where_no_960_rendition_exists(make_entry, tmp_path):
    entry = make_entry(title="Kleines Bild")
    services.image_add(entry, io.BytesIO(jpeg(400, 300)), alt="Klein", credit="Foto: X")
    image = entry.images.get()
    files = archive(tmp_path, entry.ticker)
    assert f"{entry.ticker.slug}/media/{image.original.name}" in files


def test_a_post_is_its_card_with_the_copied_thumbnail_and_no_provider_script(carded, tmp_path):
    files = archive(tmp_path, carded.entry.ticker)
    folder = carded.entry.ticker.slug
    html = files[f"{folder}/entries/{carded.entry.pk}.html"].decode()
    card = re.search(r'<figure class="post-card">.*?</figure>', html, re.S).group(0)
    assert "Die Pressekonferenz in voller Länge" in card
    assert "Weißes Haus" in card
    assert 'href="https://www.youtube.com/watch?v=abc123"' in card
    assert f'src="../media/{carded.thumbnail.name}"' in card
    assert f"{folder}/media/{carded.thumbnail.name}" in files
    assert "<script" not in html and "<iframe" not in html and "youtube-nocookie" not in html
    document = json.loads(files[f"{folder}/entries.json"])
    (entry,) = [item for item in document["entries"] if item["id"] == carded.entry.pk]
    assert entry["embeds"][0]["thumbnail"] == f"media/{carded.thumbnail.name}"


def test_the_same_pictured_state_gives_the_same_bytes(carded, tmp_path):
    first = archive(tmp_path, carded.entry.ticker, name="eins.zip")
    assert archive(tmp_path, carded.entry.ticker, name="zwei.zip") == first

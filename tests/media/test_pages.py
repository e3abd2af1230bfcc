"""A picture everywhere its entry goes: page, embed, permalink, poll, feed, API, JSON-LD."""

import io
import json
import re

import pytest
from django.urls import reverse

from summit.media import services
from summit.media.models import EntryImage
from tests.media.conftest import jpeg_bytes, photo


@pytest.fixture
def pictured(make_entry, tasks_at_once, django_capture_on_commit_callbacks):
    entry = make_entry(title="Ankunft am Stützpunkt")
    with django_capture_on_commit_callbacks(execute=True):
        services.image_add(
            entry,
            io.BytesIO(jpeg_bytes(photo(2000, 1500))),
            alt="Zwei Präsidenten auf dem Rollfeld",
            caption="Die Ankunft in Anchorage",
            credit="Foto: Jane Doe",
        )
    entry.refresh_from_db()
    return entry


def _figure(html: str) -> str:
    match = re.search(r"<figure class=\"entry-figure\">.*?</figure>", html, re.S)
    assert match, "no figure"
    return match.group(0)


def test_the_timeline_shows_the_figure_with_renditions_and_fixed_dimensions(client, pictured):
    html = client.get(pictured.ticker.get_absolute_url()).content.decode()
    figure = _figure(html)
    assert 'type="image/webp"' in figure
    assert re.search(
        r'srcset="/media/entries/\w+/480\.webp 480w, [^"]*960\.webp 960w, '
        r'[^"]*1600\.webp 1600w"',
        figure,
    )
    assert 'width="2000" height="1500"' in figure
    assert 'alt="Zwei Präsidenten auf dem Rollfeld"' in figure
    assert 'loading="lazy" decoding="async"' in figure
    assert (
        "<figcaption>Die Ankunft in Anchorage" in figure
        and '<span class="entry-image-credit">Foto: Jane Doe</span>' in figure
    )


def test_every_stored_file_is_served_from_our_origin(client, pictured):
    image = pictured.images.get()
    names = [image.original.name, *image.rendition_names()]
    assert len(names) == 7
    for name in names:
        response = client.get(f"/media/{name}")
        assert response.status_code == 200, name
        assert response["X-Content-Type-Options"] == "nosniff"
        response.close()


def test_until_the_renditions_exist_the_safe_original_is_shown(client, make_entry, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    entry = make_entry()
    services.image_add(entry, io.BytesIO(jpeg_bytes(photo(1200, 900))), alt="Bild", credit="X")
    figure = _figure(client.get(entry.ticker.get_absolute_url()).content.decode())
    assert "srcset" not in figure
    assert re.search(r'src="/media/entries/\w+/original\.jpg" width="1200" height="900"', figure)


def test_finished_renditions_reach_a_reader_of_the_poll(client, make_entry, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    entry = make_entry()
    ticker = entry.ticker
    image = services.image_add(entry, io.BytesIO(jpeg_bytes(photo(1200, 900))), alt="A", credit="B")
    ticker.refresh_from_db()
    before = ticker.revision
    services.renditions_make(image)
    ticker.refresh_from_db()
    assert ticker.revision == before + 1
    url = reverse("ticker:updates", kwargs={"slug": ticker.slug}) + f"?since={before}"
    response = client.get(url, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "960.webp 960w" in _figure(response.content.decode())


def test_the_embed_and_the_permalink_show_the_figure(client, pictured):
    ticker = pictured.ticker
    embed = client.get(reverse("ticker:embed", kwargs={"slug": ticker.slug})).content.decode()
    assert "960.webp 960w" in _figure(embed)
    permalink = client.get(pictured.get_absolute_url()).content.decode()
    assert "960.webp 960w" in _figure(permalink)
    assert re.search(
        r'<meta property="og:image" content="http://testserver/media/entries/\w+/'
        r'1600\.jpg">',
        permalink,
    )
    assert '<meta name="twitter:card" content="summary_large_image">' in permalink
    assert '<meta property="og:image:alt" content="Zwei Präsidenten auf dem Rollfeld">' in permalink


def test_an_entry_without_pictures_keeps_the_small_card(client, make_entry):
    permalink = client.get(make_entry().get_absolute_url()).content.decode()
    assert '<meta name="twitter:card" content="summary">' in permalink
    assert "og:image" not in permalink and "<figure" not in permalink


def test_the_api_lists_urls_sizes_and_words(client, pictured):
    url = reverse("ticker:api-entries", kwargs={"slug": pictured.ticker.slug})
    [item] = client.get(url).json()["entries"]
    [image] = item["images"]
    assert image["url"].startswith("http://testserver/media/entries/")
    assert (image["width"], image["height"]) == (2000, 1500)
    assert image["alt"] == "Zwei Präsidenten auf dem Rollfeld"
    assert image["caption"] == "Die Ankunft in Anchorage"
    assert image["credit"] == "Foto: Jane Doe"
    assert [(r["width"], r["height"], r["type"]) for r in image["renditions"]] == [
        (480, 360, "image/webp"),
        (480, 360, "image/jpeg"),
        (960, 720, "image/webp"),
        (960, 720, "image/jpeg"),
        (1600, 1200, "image/webp"),
        (1600, 1200, "image/jpeg"),
    ]


def test_the_feed_carries_the_picture_as_an_enclosure(client, pictured):
    feed = client.get(reverse("ticker:feed", kwargs={"slug": pictured.ticker.slug}))
    xml = feed.content.decode()
    enclosure = re.search(
        r'<link href="([^"]+)" length="(\d+)" rel="enclosure" type="([^"]+)"', xml
    )
    url, length, kind = enclosure.groups()
    assert re.fullmatch(r"http://testserver/media/entries/\w+/1600\.jpg", url)
    assert int(length) > 0 and kind == "image/jpeg"


def test_the_structured_data_names_the_image(client, pictured):
    html = client.get(pictured.ticker.get_absolute_url()).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    [update] = json.loads(block)["liveBlogUpdate"]
    assert update["image"]["@type"] == "ImageObject"
    assert update["image"]["url"].endswith("/1600.jpg")
    assert (update["image"]["width"], update["image"]["height"]) == (1600, 1200)


def test_removing_a_picture_removes_its_files(
    pictured, media_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        EntryImage.objects.filter(entry=pictured).delete()
    assert not [p for p in media_root.rglob("*") if p.is_file()]


def test_a_new_entry_with_a_picture_arrives_through_the_poll_complete(
    client, ticker, make_entry, pictured
):
    since = ticker.revision - 1
    url = reverse("ticker:updates", kwargs={"slug": ticker.slug}) + f"?since={since}"
    response = client.get(url, headers={"HX-Request": "true"})
    figure = _figure(response.content.decode())
    assert 'width="2000" height="1500"' in figure and "960.webp 960w" in figure


def test_a_legal_removal_erases_the_pictures_and_their_files(
    pictured, media_root, staff_user, django_capture_on_commit_callbacks
):
    from summit.ticker import services as ticker_services

    with django_capture_on_commit_callbacks(execute=True):
        ticker_services.entry_purge(pictured, by=staff_user, reason="Persönlichkeitsrecht")
    assert not EntryImage.objects.exists()
    assert not [p for p in media_root.rglob("*") if p.is_file()]

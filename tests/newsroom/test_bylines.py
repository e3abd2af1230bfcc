"""Bylines: entries carry 1 to 3 authors, the writer by default, shown wherever readers look."""

import json
import re

import pytest

from summit.ticker import services
from summit.ticker.models import Author

pytestmark = pytest.mark.django_db


@pytest.fixture
def reporters(db):
    return [
        Author.objects.create(name="Anna Berg", role="Reporterin in Anchorage"),
        Author.objects.create(name="Ben Kurz"),
    ]


def test_bylines_appear_on_the_page_in_json_ld_feed_and_api(client, make_entry, reporters, ticker):
    entry = make_entry(authors=reporters)
    page = client.get(f"/ticker/{ticker.slug}/").content.decode()
    assert "Von <span" in page
    assert "Anna Berg (Reporterin in Anchorage)</span>, <span" in page
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    update = json.loads(ld)["liveBlogUpdate"][0]
    assert update["author"] == [
        {"@type": "Person", "name": "Anna Berg", "jobTitle": "Reporterin in Anchorage"},
        {"@type": "Person", "name": "Ben Kurz"},
    ]
    feed = client.get(f"/ticker/{ticker.slug}/feed/").content.decode()
    assert "Anna Berg, Ben Kurz" in feed
    api = client.get(f"/ticker/{ticker.slug}/entries.json").json()
    item = next(e for e in api["entries"] if e["id"] == entry.pk)
    assert item["authors"] == [
        {"name": "Anna Berg", "role": "Reporterin in Anchorage", "avatar": None},
        {"name": "Ben Kurz", "role": "", "avatar": None},
    ]


def test_an_entry_without_authors_names_the_publisher(client, make_entry, ticker):
    make_entry()
    page = client.get(f"/ticker/{ticker.slug}/").content.decode()
    assert "entry-byline" not in page
    assert '"author": {"@type": "Organization"' in page


def test_the_writer_is_the_default_author_once(ticker, chef):
    first = services.entry_create(ticker, by=chef, body="Eins", published_at=ticker.created_at)
    second = services.entry_create(ticker, by=chef, body="Zwei", published_at=ticker.created_at)
    assert first.bylines == second.bylines == [{"name": "cvd", "role": ""}]
    assert Author.objects.filter(user=chef).count() == 1


def test_more_than_three_authors_are_refused(ticker):
    many = [Author.objects.create(name=f"Autor {n}") for n in range(4)]
    with pytest.raises(ValueError):
        services.entry_create(ticker, body="Zu viele", published_at=ticker.created_at, authors=many)
    assert not ticker.entries.exists()

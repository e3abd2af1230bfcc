"""The Atom feed: parses, follows the filters, tells readers about edits, answers 304."""

import datetime as dt

import feedparser
import pytest

from summit.ticker import services
from summit.ticker.models import Entry, Speaker, Tag

from .conftest import BERLIN

pytestmark = pytest.mark.django_db


def feed_url(ticker, query=""):
    return f"/ticker/{ticker.slug}/feed/" + (f"?{query}" if query else "")


def parse(response):
    assert response.status_code == 200
    return feedparser.parse(response.content)


def test_feed_parses_with_one_item_per_published_entry(client, ticker, make_entry):
    peskow = Speaker.objects.create(name="Dmitri Peskow")
    tag = Tag.objects.create(name="Atomwaffen")
    entry = make_entry(
        title="Peskow äußert sich",
        speaker=peskow,
        tags=[tag],
        published_at=dt.datetime(2025, 8, 14, 21, 15, tzinfo=BERLIN),
    )
    make_entry(status=Entry.Status.DRAFT, title="Entwurf")
    make_entry(status=Entry.Status.WITHDRAWN, title="Zurückgezogen")

    response = client.get(feed_url(ticker))
    feed = parse(response)

    assert response["Content-Type"].startswith("application/atom+xml")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert not feed.bozo
    assert feed.feed.title == "Testticker"
    [item] = feed.entries
    assert item.title == "Peskow äußert sich"
    assert item.link == f"http://testserver/ticker/test-ticker/entries/{entry.pk}/"
    assert item.published == "2025-08-14T21:15:00+02:00"
    assert item.updated == item.published
    assert item.author == "Dmitri Peskow"
    assert [t.term for t in item.tags] == ["Atomwaffen"]
    assert "<p>Text 1</p>" in item.summary


def test_feed_respects_filters(client, ticker, make_entry):
    tag = Tag.objects.create(name="Atomwaffen")
    tagged = make_entry(tags=[tag], title="Mit Schlagwort")
    make_entry(title="Ohne Schlagwort")

    feed = parse(client.get(feed_url(ticker, "tag=atomwaffen")))

    assert [item.title for item in feed.entries] == [tagged.title]
    assert feed.feed.link == "http://testserver/ticker/test-ticker/?tag=atomwaffen"


def test_malformed_filter_is_400(client, ticker):
    assert client.get(feed_url(ticker, "day=gestern")).status_code == 400


def test_edited_entry_carries_updated_and_its_correction(client, ticker, make_entry):
    entry = make_entry(title="Falscher Name")
    corrected = dt.datetime(2025, 8, 15, 9, 30, tzinfo=BERLIN)
    services.entry_update(
        entry, title="Richtiger Name", correction_note="Name berichtigt", corrected_at=corrected
    )

    [item] = parse(client.get(feed_url(ticker))).entries

    assert item.title == "Richtiger Name"
    assert item.updated != item.published
    assert dt.datetime.fromisoformat(item.updated) >= corrected
    assert "Korrigiert um 09:30 Uhr: Name berichtigt" in item.summary


def test_conditional_get_by_etag_only(
    client, ticker, make_entry, django_capture_on_commit_callbacks
):
    make_entry()
    first = client.get(feed_url(ticker))
    assert first["ETag"]
    # A change within the same second would be answered 304 to a client revalidating by date.
    assert "Last-Modified" not in first

    assert client.get(feed_url(ticker), headers={"If-None-Match": first["ETag"]}).status_code == 304

    with django_capture_on_commit_callbacks(execute=True):
        make_entry()
    assert client.get(feed_url(ticker), headers={"If-None-Match": first["ETag"]}).status_code == 200


def test_fixed_number_of_queries(client, ticker, make_entry, settings, django_assert_num_queries):
    tags = [Tag.objects.create(name=f"Tag {n}") for n in range(3)]
    speaker = Speaker.objects.create(name="Peskow")
    for _ in range(20):
        make_entry(tags=tags, speaker=speaker)

    settings.TICKER_KEEP_PAGES = False  # measure the rendering, not the kept answer
    client.get(feed_url(ticker))  # the ticker's state is then in the cache
    # ticker, entries (with speaker and source), tags, pictures, posts
    with django_assert_num_queries(5):
        feed = parse(client.get(feed_url(ticker)))
    assert len(feed.entries) == 20

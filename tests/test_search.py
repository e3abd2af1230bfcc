"""Search: every query shape through the full-text index on PostgreSQL, bounded everywhere."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from summit.ticker import querysets
from summit.ticker.filters import TimelineFilters
from summit.ticker.models import Entry
from summit.ticker.querysets import SearchTooExpensive, bounded_read

from .conftest import BERLIN

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL (full-text index, timeouts)"
)
WORDS = ["Verhandlungen", "Gipfeltreffen", "Sanktionen", "Waffenruhe", "Delegation", "Flughafen"]


def shown(client, url: str) -> list[int]:
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return [int(pk) for pk in re.findall(r'<article id="entry-(\d+)"', response.content.decode())]


def bulk_entries(ticker, count: int) -> None:
    """Many published entries with ordinary text: the timeline a stranger searches."""
    start = dt.datetime(2025, 8, 1, tzinfo=BERLIN)
    Entry.objects.bulk_create(
        Entry(
            ticker=ticker,
            published_at=start + dt.timedelta(minutes=n),
            title=f"Meldung {n} {WORDS[n % len(WORDS)]}",
            body_text=f"Der Sprecher sagte, die {WORDS[(n + 1) % len(WORDS)]} gingen weiter.",
            status=Entry.Status.PUBLISHED,
            revision=1,
        )
        for n in range(count)
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE ticker_entry")


def search_plan(ticker, q: str) -> str:
    """The plan of the query that finds the matching entries (the page then reads by id)."""
    q = TimelineFilters.from_query(QueryDict(f"q={q}")).q
    matching = ticker.entries.published().matching(q).order_by().values_list("pk", flat=True)
    return matching[: querysets.SEARCH_PROBE_LIMIT + 1].explain()


@on_postgresql
@pytest.mark.postgres
@pytest.mark.parametrize(
    "q",
    ["zzzznotfound", '"Putin Trump"', "Putin*", "Verhandl* Trump"],
    ids=["nothing", "phrase", "prefix", "prefix-and-word"],
)
def test_every_search_shape_reads_the_full_text_index(ticker, make_entry, q):
    make_entry(title="Putin Trump Treffen", body="<p>Putin und Trump in Anchorage.</p>")
    bulk_entries(ticker, 3000)
    plan = search_plan(ticker, q)
    assert "entry_search_idx" in plan, plan


@on_postgresql
@pytest.mark.postgres
def test_phrase_and_prefix_find_what_they_say(client, ticker, make_entry):
    both = make_entry(title="Putin Trump", body="<p>Die Verhandlungen beginnen.</p>")
    reversed_order = make_entry(title="Trump Putin", body="<p>Ohne Ergebnis.</p>")
    url = ticker.get_absolute_url()
    assert shown(client, url + '?q="Putin Trump"') == [both.pk]
    assert shown(client, url + "?q=Verhandl*") == [both.pk]
    assert set(shown(client, url + "?q=Trump")) == {both.pk, reversed_order.pk}
    assert client.get(url + "?q=Verhandl%2A%29%28%21%3A%2A").status_code == 200  # text, no syntax


@on_postgresql
@pytest.mark.postgres
def test_a_read_over_the_timeout_raises_search_too_expensive(db):
    with (
        pytest.raises(SearchTooExpensive),
        bounded_read(timeout_ms=1),
        connection.cursor() as cursor,
    ):
        cursor.execute("SELECT pg_sleep(0.5)")
    with connection.cursor() as cursor:  # the connection is usable afterwards
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


@on_postgresql
@pytest.mark.postgres
def test_a_search_runs_under_the_read_timeout(ticker, make_entry, settings):
    make_entry(title="Gipfel")
    settings.TICKER_READ_TIMEOUT_MS = 1500
    filters = TimelineFilters.from_query(QueryDict("q=Gipfel"))
    with CaptureQueriesContext(connection) as queries:
        ticker.public_entries(filters).page(filters)
    statements = [query["sql"] for query in queries]
    assert "SET LOCAL statement_timeout = 1500" in statements


@on_postgresql
@pytest.mark.postgres
def test_a_term_on_every_page_walks_the_timeline_under_the_timeout(ticker, monkeypatch):
    bulk_entries(ticker, 50)
    monkeypatch.setattr(querysets, "SEARCH_PROBE_LIMIT", 10)
    filters = TimelineFilters.from_query(QueryDict("q=Meldung"))
    entries = ticker.public_entries(filters)
    assert entries.walks_search_index()
    with CaptureQueriesContext(connection) as queries:
        page = entries.page(filters)
    assert len(page.entries) == 20
    assert any("statement_timeout" in query["sql"] for query in queries)


def test_a_phrase_matches_the_words_together(client, ticker, make_entry):
    together = make_entry(title="Putin Trump Treffen")
    make_entry(title="Trump trifft Putin")
    assert shown(client, ticker.get_absolute_url() + '?q="Putin Trump"') == [together.pk]


def test_a_prefix_star_is_a_prefix(client, ticker, make_entry):
    found = make_entry(title="Verhandlungen in Anchorage")
    make_entry(title="Wetterbericht")
    assert shown(client, ticker.get_absolute_url() + "?q=Verhandl*") == [found.pk]


def test_the_substring_search_is_bounded_in_terms(client, ticker, make_entry, monkeypatch):
    found = make_entry(title="eins zwei drei vier fünf sechs")
    many_words = "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf"
    if connection.vendor != "postgresql":  # every further word would scan every row again
        assert len(querysets._substring_terms(many_words)) == querysets.MAX_SEARCH_TERMS
        assert shown(client, ticker.get_absolute_url() + "?q=" + many_words) == [found.pk]
    long_word = "x" * 150
    assert all(len(term) <= 60 for term in querysets._substring_terms(long_word))

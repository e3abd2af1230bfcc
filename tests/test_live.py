"""The live-update protocol: `/ticker/<slug>/updates/?since=<revision>&<filters>`."""

import re
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from summit.ticker import live, revision, services
from summit.ticker.models import Entry, Speaker, Tag, Ticker


@pytest.fixture(autouse=True)
def _patient_cache(settings):
    """Cached state outlives a slow test machine, unless a test shortens it on purpose."""
    settings.TICKER_REVISION_TTL = 60


def revision_of(ticker: Ticker) -> int:
    return Ticker.objects.values_list("revision", flat=True).get(pk=ticker.pk)


def poll(client, ticker, since, query="", **headers):
    url = f"/ticker/{ticker.slug}/updates/?since={since}"
    if query:
        url += "&" + query
    return client.get(url, **headers)


def ids_added(response) -> list[int]:
    """Entries the fragment adds or replaces (they sit in the #live-entries template)."""
    html = response.content.decode()
    match = re.search(r'<template id="live-entries"[^>]*>(.*?)</template>', html, re.S)
    return (
        [int(pk) for pk in re.findall(r'<article id="entry-(\d+)"', match.group(1))]
        if match
        else []
    )


def ids_removed(response) -> list[int]:
    html = response.content.decode()
    return [int(pk) for pk in re.findall(r'<article id="entry-(\d+)" hx-swap-oob="delete">', html)]


def fresh_poller_revision(response) -> int:
    html = response.content.decode()
    match = re.search(r'<div id="ticker-poller"[^>]*data-revision="(\d+)"', html)
    return int(match.group(1))


def wait_until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


# --- "nothing new" costs nothing ------------------------------------------------------


def test_nothing_new_is_204_without_a_query_on_a_warm_cache(
    client, ticker, make_entry, django_assert_num_queries
):
    make_entry()
    revision = revision_of(ticker)
    poll(client, ticker, revision)  # warms the cache
    with django_assert_num_queries(0):
        response = poll(client, ticker, revision)
    assert response.status_code == 204
    assert response.content == b""


def test_nothing_new_costs_one_query_on_a_cold_cache(
    client, ticker, make_entry, django_assert_num_queries
):
    make_entry()
    revision = revision_of(ticker)
    cache.clear()
    with django_assert_num_queries(1):
        response = poll(client, ticker, revision)
    assert response.status_code == 204


def test_an_expired_revision_is_read_again_with_one_query(
    client, ticker, settings, django_assert_num_queries
):
    settings.TICKER_REVISION_TTL = 0.05
    poll(client, ticker, ticker.revision)
    _state, read_at = cache.get(revision.state_cache_key(ticker.slug))
    wait_until(lambda: time.time() > read_at + 0.05)  # the protocol's own expiry
    with django_assert_num_queries(1):
        assert poll(client, ticker, ticker.revision).status_code == 204


def test_a_committed_change_is_written_through_to_the_cache(
    client, ticker, make_entry, django_capture_on_commit_callbacks
):
    poll(client, ticker, ticker.revision)
    with django_capture_on_commit_callbacks(execute=True):
        entry = make_entry()
    assert revision.ticker_state(ticker.slug).revision == entry.revision
    response = poll(client, ticker, entry.revision - 1)
    assert ids_added(response) == [entry.pk]


def test_filters_do_not_cost_queries_when_nothing_is_new(client, ticker, django_assert_num_queries):
    query = "speaker=peskow&tag=gipfel&tag=alaska&day=2025-08-14&q=treffen&order=oldest"
    poll(client, ticker, ticker.revision, query)
    with django_assert_num_queries(0):
        assert poll(client, ticker, ticker.revision, query).status_code == 204


# --- the fragment ---------------------------------------------------------------------


def test_fragment_adds_replaces_removes_and_repins_what_changed(client, ticker, make_entry):
    kept, edited, withdrawn, pinned, drafted = (make_entry() for _ in range(5))
    since = revision_of(ticker)
    new = make_entry(title="Neu: Gipfel beginnt")
    services.entry_update(edited, title="Korrigierte Überschrift")
    services.entry_withdraw(withdrawn)
    services.entry_pin(pinned)
    services.entry_update(drafted, status=Entry.Status.DRAFT)
    secret = make_entry(status=Entry.Status.DRAFT)  # never published

    response = poll(client, ticker, since)

    assert response.status_code == 200
    assert ids_added(response) == [new.pk, pinned.pk, edited.pk]  # newest first
    assert {withdrawn.pk, drafted.pk} <= set(ids_removed(response))
    assert secret.pk not in ids_added(response)
    html = response.content.decode()
    assert "Korrigierte Überschrift" in html
    assert f'id="entry-{kept.pk}"' not in html
    key_events = re.search(r'<aside id="key-events".*?</aside>', html, re.S).group(0)
    assert f"#entry-{pinned.pk}" in key_events
    assert fresh_poller_revision(response) == revision_of(ticker)
    assert 'hx-swap-oob="true"' in re.search(r'<div id="ticker-poller"[^>]*>', html).group(0)


def test_unpinning_rerenders_the_key_events_box(client, ticker, make_entry):
    entry = make_entry()
    services.entry_pin(entry)
    since = revision_of(ticker)
    services.entry_pin(entry, pinned=False)
    html = poll(client, ticker, since).content.decode()
    key_events = re.search(r'<aside id="key-events".*?</aside>', html, re.S).group(0)
    assert f"#entry-{entry.pk}" not in key_events


def test_fragment_honours_the_filters(client, ticker, make_entry):
    peskow = Speaker.objects.create(name="Dmitri Peskow")
    trump = Speaker.objects.create(name="Donald Trump")
    stays = make_entry(speaker=peskow)
    leaves = make_entry(speaker=peskow)
    since = revision_of(ticker)
    matching = make_entry(speaker=peskow)
    other = make_entry(speaker=trump)
    services.entry_update(stays, title="Peskow präzisiert")
    services.entry_update(leaves, speaker=trump)  # edited out of the filter

    response = poll(client, ticker, since, f"speaker={peskow.slug}")

    assert ids_added(response) == [matching.pk, stays.pk]
    assert other.pk not in ids_added(response)
    assert leaves.pk in ids_removed(response)
    assert f"speaker={peskow.slug}" in re.search(r'hx-get="([^"]*)"', response.content.decode())[1]


def test_fragment_for_oldest_first_lists_oldest_first(client, ticker, make_entry):
    since = revision_of(ticker)
    first, second = make_entry(), make_entry()
    response = poll(client, ticker, since, "order=oldest")
    assert ids_added(response) == [first.pk, second.pk]
    assert 'data-order="oldest"' in response.content.decode()


def test_fragment_groups_new_entries_under_their_day_heading(client, ticker, make_entry):
    since = revision_of(ticker)
    make_entry()
    html = poll(client, ticker, since).content.decode()
    assert 'class="day-heading" id="day-2025-08-14"' in html


def test_fragment_costs_a_fixed_number_of_queries(
    client, ticker, make_entry, django_capture_on_commit_callbacks
):
    tag = Tag.objects.create(name="Gipfel")
    speaker = Speaker.objects.create(name="Peskow")

    def queries_for(count: int) -> int:
        since = revision_of(ticker)
        with django_capture_on_commit_callbacks(execute=True):
            for _ in range(count):
                make_entry(tags=[tag], speaker=speaker, pinned=True)
        with CaptureQueriesContext(connection) as captured:
            assert poll(client, ticker, since).status_code == 200
        return len(captured)

    assert queries_for(1) == queries_for(30)


def test_other_readers_get_the_same_fragment_without_a_query(
    client, ticker, make_entry, django_assert_num_queries
):
    make_entry()
    since = revision_of(ticker) - 1
    first = poll(client, ticker, since)
    with django_assert_num_queries(0):
        second = poll(client, ticker, since)
    assert second.status_code == 200
    assert second.content == first.content
    assert second.headers["ETag"] == first.headers["ETag"]


def test_a_ticker_change_alone_sends_only_a_fresh_poller(client, ticker, make_entry):
    make_entry()
    since = revision_of(ticker)
    services.ticker_update(ticker, poll_interval=5)
    html = poll(client, ticker, since).content.decode()
    assert "live-entries" not in html and '<aside id="key-events"' not in html
    assert 'hx-trigger="every 5s, live-poll"' in html


# --- odd revisions never break ---------------------------------------------------------


@pytest.mark.parametrize("since", ["", "abc", "-1", "1.5", "１２", "9" * 40, "0x10"])
def test_malformed_since_is_400(client, ticker, since):
    response = client.get(f"/ticker/{ticker.slug}/updates/?since={since}")
    assert response.status_code == 400


def test_missing_since_is_400(client, ticker):
    assert client.get(f"/ticker/{ticker.slug}/updates/").status_code == 400


def test_malformed_filter_is_400(client, ticker):
    assert poll(client, ticker, ticker.revision, "day=2025-13-45").status_code == 400


def test_unknown_ticker_is_404(client, db):
    assert client.get("/ticker/gibt-es-nicht/updates/?since=0").status_code == 404


def test_draft_ticker_is_404(client, ticker, django_capture_on_commit_callbacks):
    poll(client, ticker, ticker.revision)
    with django_capture_on_commit_callbacks(execute=True):
        services.ticker_update(ticker, status=Ticker.Status.DRAFT)
    assert poll(client, ticker, revision_of(ticker)).status_code == 404
    assert poll(client, ticker, 0).status_code == 404


def test_a_revision_from_the_future_asks_for_a_full_refresh(client, ticker, make_entry):
    make_entry()
    response = poll(client, ticker, revision_of(ticker) + 5)
    assert response.status_code == 200
    assert response.headers["HX-Refresh"] == "true"
    assert "no-store" in response.headers["Cache-Control"]


def test_a_revision_newer_than_this_process_knows_is_checked_in_the_database(
    client, ticker, make_entry
):
    """Another process committed a change this process's cache has not seen yet."""
    poll(client, ticker, ticker.revision)  # caches the old revision
    entry = make_entry()  # no on_commit in this test: the cache keeps the old value
    response = poll(client, ticker, entry.revision)
    assert response.status_code == 204


def test_a_revision_too_far_behind_asks_for_a_full_refresh(client, ticker, make_entry):
    since = revision_of(ticker)
    services.entries_update(
        [
            Entry(ticker=ticker, published_at=make_entry().published_at, title=f"#{n}")
            for n in range(live.MAX_CHANGES + 1)
        ]
    )
    response = poll(client, ticker, since)
    assert response.headers["HX-Refresh"] == "true"


# --- ended tickers ---------------------------------------------------------------------


def test_ending_the_ticker_stops_polling(client, ticker, make_entry):
    make_entry()
    since = revision_of(ticker)
    services.ticker_update(ticker, status=Ticker.Status.ENDED)
    response = poll(client, ticker, since)
    assert response.status_code == 286
    assert "hx-get" not in response.content.decode()  # the fresh poller is silent
    assert poll(client, ticker, revision_of(ticker)).status_code == 286


def test_live_again_polls_again_after_reload(client, ticker, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.ticker_update(ticker, status=Ticker.Status.ENDED)
    page = client.get(f"/ticker/{ticker.slug}/").content.decode()
    assert "hx-get=" not in re.search(r'<div id="ticker-poller"[^>]*>', page).group(0)
    with django_capture_on_commit_callbacks(execute=True):
        services.ticker_update(ticker, status=Ticker.Status.LIVE)
    page = client.get(f"/ticker/{ticker.slug}/").content.decode()
    poller = re.search(r'<div id="ticker-poller"[^>]*>', page).group(0)
    assert f'since={revision_of(ticker)}"' in poller.replace("&amp;", "&")
    assert 'hx-trigger="every 1s, live-poll"' in poller
    assert poll(client, ticker, revision_of(ticker)).status_code == 204


# --- HTTP caching ----------------------------------------------------------------------


def test_poll_answers_are_cacheable_for_a_moment_by_shared_caches(client, ticker, settings):
    settings.TICKER_POLL_SHARED_MAX_AGE = 2
    response = poll(client, ticker, ticker.revision)
    directives = {d.strip() for d in response.headers["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=0", "s-maxage=2"}
    assert "HX-Request" in response.headers["Vary"]
    assert response.headers["ETag"].startswith('"')


def test_etag_gives_304_without_a_query(client, ticker, make_entry, django_assert_num_queries):
    make_entry()
    since = revision_of(ticker) - 1
    first = poll(client, ticker, since)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        again = poll(client, ticker, since, HTTP_IF_NONE_MATCH=first.headers["ETag"])
    assert again.status_code == 304
    assert again.headers["ETag"] == first.headers["ETag"]
    assert "s-maxage" in again.headers["Cache-Control"]


def test_etag_changes_with_revision_and_filters(
    client, ticker, make_entry, django_capture_on_commit_callbacks
):
    since = revision_of(ticker)
    tags = {
        poll(client, ticker, since).headers["ETag"],
        poll(client, ticker, since, "order=oldest").headers["ETag"],
        poll(client, ticker, since, "lang=en").headers["ETag"],
    }
    with django_capture_on_commit_callbacks(execute=True):
        make_entry()
    tags.add(poll(client, ticker, since).headers["ETag"])
    assert len(tags) == 4


def test_equivalent_filters_share_one_etag(client, ticker):
    since = ticker.revision
    a = poll(client, ticker, since, "tag=b&tag=a&order=newest&org.htmx.cache-buster=ticker-poller")
    b = poll(client, ticker, since, "tag=a&tag=b")
    assert a.headers["ETag"] == b.headers["ETag"]


def test_page_and_poll_never_share_a_url(client, ticker):
    page = client.get(f"/ticker/{ticker.slug}/").content.decode()
    url = re.search(r'hx-get="(/ticker/[^"]*/updates/[^"]*)"', page).group(1)
    assert url.startswith(f"/ticker/{ticker.slug}/updates/?since=")


# --- editors ---------------------------------------------------------------------------


@pytest.mark.parametrize("action", ["publish", "withdraw", "pin"])
def test_admin_bulk_action_is_seen_by_the_next_poll(
    staff_client, ticker, make_entry, action, django_capture_on_commit_callbacks
):
    status = Entry.Status.DRAFT if action == "publish" else Entry.Status.PUBLISHED
    chosen = [make_entry(status=status) for _ in range(2)]
    since = revision_of(ticker)
    assert poll(staff_client, ticker, since).status_code == 204

    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(
            "/admin/ticker/entry/",
            {"action": action, "_selected_action": [entry.pk for entry in chosen]},
        )

    response = poll(staff_client, ticker, since)
    ids = sorted(entry.pk for entry in chosen)
    if action == "withdraw":
        assert sorted(ids_removed(response)) == ids
    else:
        assert sorted(ids_added(response)) == ids
    if action == "pin":
        assert all(f"#entry-{pk}" in response.content.decode() for pk in ids)


def test_timeline_and_embed_fragments_are_cached_apart(client, ticker, make_entry):
    make_entry()
    since = revision_of(ticker) - 1
    timeline = poll(client, ticker, since)
    embed = client.get(f"/ticker/{ticker.slug}/embed/updates/?since={since}")
    assert embed.status_code == 200
    assert f"/ticker/{ticker.slug}/embed/updates/?since=" in embed.content.decode()
    assert f"/ticker/{ticker.slug}/updates/?since=" in timeline.content.decode()
    assert embed.headers["ETag"] != timeline.headers["ETag"]


# --- the page itself -------------------------------------------------------------------


def test_timeline_page_is_revalidated_with_its_etag_without_a_query(
    client, ticker, make_entry, django_assert_num_queries
):
    make_entry()
    url = f"/ticker/{ticker.slug}/?order=oldest"
    page = client.get(url)
    directives = {d.strip() for d in page.headers["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=0", "s-maxage=1"}
    assert "HX-Request" in page.headers["Vary"]
    with django_assert_num_queries(0):
        again = client.get(url, HTTP_IF_NONE_MATCH=page.headers["ETag"])
    assert again.status_code == 304


def test_timeline_page_etag_follows_revision_url_and_htmx(
    client, ticker, make_entry, django_capture_on_commit_callbacks
):
    url = f"/ticker/{ticker.slug}/"
    full = client.get(url).headers["ETag"]
    partial = client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="results").headers["ETag"]
    filtered = client.get(url + "?order=oldest").headers["ETag"]
    assert len({full, partial, filtered}) == 3
    with django_capture_on_commit_callbacks(execute=True):
        make_entry()
    changed = client.get(url, HTTP_IF_NONE_MATCH=full)
    assert changed.status_code == 200
    assert changed.headers["ETag"] != full

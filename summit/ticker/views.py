"""Public pages: the ticker list, the timeline, entry permalinks and the health check."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from summit.ticker import live
from summit.ticker.aggregates import FACETS_TIMEOUT, ticker_facets
from summit.ticker.filters import (
    Cursor,
    InvalidFilter,
    TimelineFilters,
    page_of_entries,
    published_matching,
    ticker_zone,
)
from summit.ticker.models import Entry, Ticker
from summit.ticker.origins import absolute_url
from summit.ticker.structured_data import ld_json_script, live_blog_posting

logger = logging.getLogger(__name__)


@require_GET
def home(request):
    live = list(Ticker.objects.live()[:2])
    if len(live) == 1:
        return redirect(live[0])
    tickers = Ticker.objects.public().order_by("status", "-created_at")
    return render(request, "ticker/ticker_list.html", {"tickers": tickers})


KEY_EVENTS_LIMIT = 10


def in_reader_language(path: str, request, query: str = "") -> str:
    """`path?query`, plus ?lang= when the reader is not on the default (German) interface:
    every link of the public pages goes through here, so a reader who chose English stays
    in English from page to page."""
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    if language != settings.LANGUAGE_CODE:
        query = "&".join(part for part in (query, f"lang={language}") if part)
    return f"{path}?{query}" if query else path


def timeline_url(ticker: Ticker, filters: TimelineFilters, request, **overrides) -> str:
    """The timeline's URL for these filters (canonical order), keeping ?lang= when not German."""
    return in_reader_language(ticker.get_absolute_url(), request, filters.querystring(**overrides))


def group_by_day(entries, zone, continued_day=None) -> list[tuple]:
    """[(day, show_heading, [entries])]: a heading per local day, none for the day a previous
    page ended with (its heading is already on the page)."""
    groups: list[tuple] = []
    for entry in entries:
        day = timezone.localtime(entry.published_at, zone).date()
        if groups and groups[-1][0] == day:
            groups[-1][2].append(entry)
        else:
            groups.append((day, day != continued_day, [entry]))
    return groups


def key_events(ticker: Ticker) -> list[Entry]:
    """Pinned entries for the "Das Wichtigste" box (links only: titles and anchors suffice),
    cached per revision like the facet counts: pinned entries can be far apart in a long
    ticker, so finding them is not free."""
    key = f"ticker-key-events:v1:{ticker.pk}:{ticker.revision}"
    events = cache.get(key)
    if events is None:
        pinned = ticker.entries.published().filter(pinned=True).newest_first()
        events = list(pinned.only("id", "title", "ticker_id")[:KEY_EVENTS_LIMIT])
        cache.set(key, events, timeout=FACETS_TIMEOUT)
    return events


def page_context(request, ticker: Ticker, filters: TimelineFilters, url_for) -> dict:
    """One page of the filtered timeline and its paging links, for the page and the embed.

    `url_for(ticker, filters, request, **overrides)` builds the links (the timeline's own,
    or the embed's, which keep the partner's theme).
    """
    zone = ticker_zone(ticker)
    page = page_of_entries(published_matching(ticker, filters), filters)
    continued_day = (
        timezone.localtime(filters.before.published_at, zone).date() if filters.before else None
    )
    return {
        "ticker": ticker,
        "filters": filters,
        "page": page,
        "groups": group_by_day(page.entries, zone, continued_day),
        "revision": ticker.revision,
        "next_url": page.next_cursor and url_for(ticker, filters, request, before=page.next_cursor),
        "newest_url": url_for(ticker, filters, request),
    }


def invalid_filter(request, ticker: Ticker, layout: dict | None = None):
    """The 400 page for malformed filters; `layout` lets the embed keep its frame layout
    ({"base_template": "embed_base.html", ...})."""
    context = {"ticker": ticker, "base_template": "base.html", **(layout or {})}
    return render(request, "ticker/400.html", context, status=400)


@require_GET
@vary_on_headers("HX-Request")
@live.revalidated_page
def timeline(request, slug):
    """The timeline page; for htmx the filtered results region or the next page only.

    A fixed number of queries whatever the ticker's size: the ticker, one page of entries
    (+1 row to know whether more follow) and their tags; the facet counts and the pinned
    entries come from the cache (computed once per revision).
    """
    ticker = get_object_or_404(Ticker.objects.public(), slug=slug)
    try:
        filters = TimelineFilters.from_query(request.GET, ticker)
    except InvalidFilter:
        return invalid_filter(request, ticker)
    context = page_context(request, ticker, filters, timeline_url)
    context["reset_url"] = timeline_url(ticker, TimelineFilters(), request)
    htmx = request.htmx
    if htmx and not htmx.history_restore_request:
        if filters.before:
            return render(request, "ticker/timeline.html#more", context)
        response = render(request, "ticker/timeline.html#results", context)
        # The canonical URL, without empty fields or htmx's cache-buster, goes into history.
        return push_url(response, context["newest_url"])
    context |= {
        "facets": ticker_facets(ticker),
        "key_events": key_events(ticker),
        "canonical_url": absolute_url(request, ticker.get_absolute_url()),
        "structured_data": ld_json_script(
            live_blog_posting(ticker, context["page"].entries, request)
        ),
    }
    return render(request, "ticker/timeline.html", context)


@require_GET
def entry_detail(request, slug, pk):
    entry = get_object_or_404(
        Entry.objects.select_related("ticker", "speaker", "source").prefetch_related("tags"),
        pk=pk,
        ticker__slug=slug,
        status__in=[Entry.Status.PUBLISHED, Entry.Status.WITHDRAWN],
    )
    if entry.status == Entry.Status.WITHDRAWN:
        return render(request, "ticker/entry_gone.html", {"ticker": entry.ticker}, status=410)
    ticker = entry.ticker
    place = TimelineFilters(before=Cursor.of(entry).including())
    context = {
        "ticker": ticker,
        "entry": entry,
        "canonical_url": absolute_url(request, entry.get_absolute_url()),
        "place_url": timeline_url(ticker, place, request, before=place.before) + f"#{entry.anchor}",
    }
    return render(request, "ticker/entry_detail.html", context)


@require_GET
@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("health check: database unreachable")
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_GET
@vary_on_headers("HX-Request")
def timeline_updates(request, slug):
    """The timeline's live-update poll: `204` when nothing moved, else the changes since
    `?since=` (the protocol and its caching live in summit.ticker.live)."""
    return live.poll_response(request, slug, render_timeline_changes)


def render_timeline_changes(
    request, ticker: Ticker, filters: TimelineFilters, changes, extra_context=None
):
    """The update fragment: entries to add or replace (grouped by day like the page), ids to
    remove, the "Das Wichtigste" box when entries changed, and a fresh poller."""
    context = {
        "ticker": ticker,
        "filters": filters,
        "revision": ticker.revision,
        "groups": group_by_day(changes.entries, ticker_zone(ticker)),
        "removed": changes.removed,
        "key_events": key_events(ticker) if changes.touches_entries else None,
        **(extra_context or {}),  # the embed: link_target, poll_route
    }
    return render(request, "ticker/updates.html", context)

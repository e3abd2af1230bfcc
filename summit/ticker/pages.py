"""What the timeline page and the embed show: one page of entries by day, the key events.

Shared by the timeline and the embed views (and the poll's fragment), so that neither
view module is imported by the other.
"""

from __future__ import annotations

from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone

from summit.ticker.aggregates import FACETS_TIMEOUT
from summit.ticker.filters import InvalidFilter, TimelineFilters
from summit.ticker.models import Entry, Ticker

KEY_EVENTS_LIMIT = 10
# In the embed, links of entries leave the frame; the poller stays on the embed's updates.
EMBED_FRAGMENT_CONTEXT = {"link_target": "_top", "poll_route": "ticker:embed-updates"}


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
    or the embed's, which keep the partner's theme): summit.ticker.links.
    """
    zone = ticker.zone
    page = ticker.public_entries(filters).page(filters)
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


def invalid_filter_json(error: InvalidFilter) -> JsonResponse:
    """The 400 answer of the feed and the API, naming the malformed parameter."""
    return JsonResponse({"error": "invalid parameter", "parameter": str(error)}, status=400)

"""What the timeline page and the embed show: one page of entries by day, the key events.

Shared by the timeline and the embed views (and the poll's fragment), so that neither
view module is imported by the other.
"""

from __future__ import annotations

from django.core.cache import cache, caches
from django.core.cache.utils import make_template_fragment_key
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe

from summit.ticker.aggregates import FACETS_TIMEOUT
from summit.ticker.filters import InvalidFilter, TimelineFilters
from summit.ticker.links import in_reader_language
from summit.ticker.models import Entry, Ticker
from summit.ticker.origins import allow_framing_by, public_origin
from summit.ticker.structured_data import ld_json_script, live_blog_posting

KEY_EVENTS_LIMIT = 10
# In the embed, links of entries leave the frame; the poller stays on the embed's updates.
EMBED_FRAGMENT_CONTEXT = {"link_target": "_top", "poll_route": "ticker:embed-updates"}
# Seconds the JSON-LD of a page is kept; its key names the revision, so it is never stale.
STRUCTURED_DATA_TTL = 300


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


def page_context(
    request, ticker: Ticker, filters: TimelineFilters, url_for, *, link_target="", ld=False
) -> dict:
    """One page of the filtered timeline and its paging links, for the page and the embed;
    with `ld`, the page's JSON-LD as "structured_data".

    `url_for(ticker, filters, request, **overrides)` builds the links (the timeline's own,
    or the embed's, which keep the partner's theme): summit.ticker.links. `link_target` is
    the one the entries are rendered with (the embed's "_top"), part of their kept HTML.
    """
    zone = ticker.zone
    page = ticker.entries.published().for_filters(filters, zone).page_rows().page(filters)
    entries, structured = _rendered_entries(request, ticker, filters, page.entries, link_target, ld)
    continued_day = (
        timezone.localtime(filters.before.published_at, zone).date() if filters.before else None
    )
    return {
        "ticker": ticker,
        "filters": filters,
        "page": page,
        "groups": group_by_day(entries, zone, continued_day),
        "revision": ticker.revision,
        "next_url": page.next_cursor and url_for(ticker, filters, request, before=page.next_cursor),
        "newest_url": url_for(ticker, filters, request),
        **({"structured_data": structured} if ld else {}),
    }


def entry_fragment_key(request, ticker: Ticker, entry, q: str, link_target: str) -> str:
    """The key under which ticker/entry.html's {% cache %} keeps an entry's HTML: the same
    values in the same order (the last one is the unset heading_level)."""
    vary_on = [entry.pk, entry.updated_at, ticker.pk, ticker.revision]
    vary_on += [request.LANGUAGE_CODE, q, link_target, ""]
    return make_template_fragment_key("entry", vary_on)


def structured_data_key(request, ticker: Ticker, entries) -> str:
    ids = ",".join(str(entry.pk) for entry in entries)
    return f"ticker-ld:v1:{ticker.pk}:{ticker.revision}:{public_origin(request)}:{ids}"


def _rendered_entries(request, ticker, filters, rows, link_target, ld) -> tuple[list, str]:
    """The page's rows, each with its kept HTML as `fragment`, or else the full entry (read
    in one query and its prefetches) for ticker/entry.html to render and keep; the JSON-LD
    when asked for (it needs every full entry when it is not kept).

    One get_many on the per-process fragment cache; a fixed number of queries either way.
    """
    fragments = caches["template_fragments"]
    keys = {
        row.pk: entry_fragment_key(request, ticker, row, filters.q, link_target) for row in rows
    }
    ld_key = structured_data_key(request, ticker, rows) if ld else None
    kept = fragments.get_many([*keys.values(), *([ld_key] if ld else [])])
    structured = kept.get(ld_key, "") if ld else ""
    missing = [row.pk for row in rows if ld and not structured or keys[row.pk] not in kept]
    full = {}
    if missing:
        full = {e.pk: e for e in ticker.entries.published().filter(pk__in=missing).with_relations()}
    entries = []
    for row in rows:
        if keys[row.pk] in kept:
            row.fragment = mark_safe(kept[keys[row.pk]])  # HTML rendered by ticker/entry.html
            entries.append(row)
        elif row.pk in full:  # gone meanwhile (withdrawn): left out, never rendered half
            entries.append(full[row.pk])
    if ld and not structured:
        posting = live_blog_posting(ticker, [full[r.pk] for r in rows if r.pk in full], request)
        structured = ld_json_script(posting)
        fragments.set(ld_key, structured, timeout=STRUCTURED_DATA_TTL)
    return entries, structured


def invalid_filter(request, ticker: Ticker, layout: dict | None = None):
    """The 400 page for malformed filters; `layout` lets the embed keep its frame layout
    ({"base_template": "embed_base.html", ...})."""
    context = {"ticker": ticker, "base_template": "base.html", **(layout or {})}
    return render(request, "ticker/400.html", context, status=400)


def invalid_filter_json(error: InvalidFilter) -> JsonResponse:
    """The 400 answer of the feed and the API, naming the malformed parameter."""
    return JsonResponse({"error": "invalid parameter", "parameter": str(error)}, status=400)


# Seconds after which a reader (or a crawler) may try an expensive search again.
SEARCH_RETRY_AFTER = 30


def search_too_expensive(request, slug: str, kind: str):
    """503 for a search that ran into the read timeout: a page in the site's (or the embed's)
    layout, JSON for the API and the feed; never kept, so the next try searches again."""
    if kind in ("api", "feed", "oembed"):
        response: HttpResponse = JsonResponse(
            {"error": "search took too long, try again later"}, status=503
        )
    else:
        path = reverse("ticker:embed" if kind == "embed" else "ticker:timeline", args=[slug])
        context = {"back_url": in_reader_language(path, request)}
        if kind == "embed":
            context |= {"base_template": "embed_base.html", "link_target": "_top"}
        response = render(request, "search_unavailable.html", context, status=503)
        if kind == "embed":
            origins = Ticker.objects.filter(slug=slug).values_list("embed_origins", flat=True)
            allow_framing_by(response, origins.first() or [])
    response.headers["Retry-After"] = str(SEARCH_RETRY_AFTER)
    return response

"""What the timeline page and the embed show: one page of entries by day, the key events.

Shared by the timeline and the embed views (and the poll's fragment), so that neither
view module is imported by the other.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import replace
from typing import NamedTuple

from django.core.cache import cache, caches
from django.core.cache.utils import make_template_fragment_key
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import get_template, render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from summit.cache import NearCache
from summit.ticker.aggregates import FACETS_TIMEOUT
from summit.ticker.filters import PAGE_SIZE, InvalidFilter, Page, TimelineFilters
from summit.ticker.links import in_reader_language
from summit.ticker.models import Entry, Ticker
from summit.ticker.origins import allow_framing_by, public_origin
from summit.ticker.structured_data import ld_json_script, live_blog_posting

KEY_EVENTS_LIMIT = 10
# In the embed, links of entries leave the frame; the poller stays on the embed's updates.
EMBED_FRAGMENT_CONTEXT = {"link_target": "_top", "poll_route": "ticker:embed-updates"}
# Seconds the JSON-LD of a page is kept; its key names the revision, so it is never stale.
STRUCTURED_DATA_TTL = 300
# A page's furniture (render_around_rows): seconds kept, and how many per process (each is
# the page without its entries, 10-40 KB).
FURNITURE_TTL = 300
FURNITURE_KEPT = 64
# Reads of a page's rows (page_rows), built: seconds kept, and how many per process.
ROW_READS_TTL = 300
ROW_READS_KEPT = 256


_row_reads = NearCache(max_items=ROW_READS_KEPT)
_furniture = NearCache(max_items=FURNITURE_KEPT)


class KeptEntry(NamedTuple):
    """An entry of the page whose HTML is kept: the timeline prints `fragment` as it is."""

    pk: int
    published_at: dt.datetime
    position: int
    fragment: SafeString


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
    rows = page_rows(ticker, filters)
    entries, structured = _rendered_entries(request, ticker, filters, rows.entries, link_target, ld)
    page = replace(rows, entries=entries)  # each kept (KeptEntry) or read in full (Entry)
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


def page_rows(ticker: Ticker, filters: TimelineFilters) -> Page:
    """The page's rows (pk, published_at, position, updated_at), read every time; the read
    itself is built once per process for a ticker and filters (building it costs about
    what SQLite takes to answer it). A search is built every time: on PostgreSQL building
    it asks the full-text index, and random terms would fill the process."""
    if filters.q:
        return (
            ticker.entries.published().for_filters(filters, ticker.zone).page_rows().page(filters)
        )
    key = f"{ticker.pk}:{ticker.time_zone}:{filters!r}"
    read = _row_reads.get(key)
    if read is None:
        entries = Entry.objects.filter(ticker_id=ticker.pk).published()
        read = entries.for_filters(filters, ticker.zone).page_rows().page_read(filters)
        _row_reads.set(key, read, ROW_READS_TTL)
    return Page.of(list(read.all()), PAGE_SIZE)


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
    """The page's rows, each as its kept HTML (KeptEntry), or else the full entry (read
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
    entries: list[KeptEntry | Entry] = []
    for row in rows:
        if keys[row.pk] in kept:
            # HTML rendered by ticker/entry.html
            html = mark_safe(kept[keys[row.pk]])
            entries.append(KeptEntry(row.pk, row.published_at, row.position, html))
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


# Where a kept page's furniture leaves room for its rows: named per process, so that no text
# on a page (a title, a search term) can stand for a hole.
_HOLE = secrets.token_hex(8)
STRUCTURED_DATA_HOLE = mark_safe(f"<!--{_HOLE}:structured-data-->")
ENTRIES_HOLE = mark_safe(f"<!--{_HOLE}:entries-->")


def timeline_furniture(request, ticker: Ticker, context: dict) -> str:
    """What the timeline page depends on besides its rows (summit.ticker.views.timeline's
    context): the revision moves with every change readers see, the planned start leaves
    the header when it comes; newest_url names the filters and the language, canonical_url
    the origin; the results heading counts a filtered page's entries."""
    filters: TimelineFilters = context["filters"]
    page = context["page"]
    shape = "" if filters.is_default else f"{len(page.entries)}:{page.next_cursor is None}"
    parts = [
        ticker.pk,
        ticker.revision,
        ticker.start_ahead,
        context["canonical_url"],
        context["newest_url"],
        request.LANGUAGE_CODE,
        filters.before is not None,
        shape,
    ]
    return hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=16).hexdigest()


def render_around_rows(request, template_name: str, context: dict, furniture: str) -> HttpResponse:
    """The page, its furniture (everything but the entries and the JSON-LD: head, header,
    key events, filters with their counts, poller) rendered once per `furniture` and kept in
    this process; per request only the entries (`#more`: day headings, each entry's kept
    HTML, the pager) are rendered and put in, with the page's JSON-LD. The same bytes as
    rendering the whole template."""
    around = _furniture.get(furniture)
    if around is None:
        holes = {"structured_data": STRUCTURED_DATA_HOLE, "holes": {"entries": ENTRIES_HOLE}}
        html = render_to_string(template_name, context | holes, request)
        head, _, rest = html.partition(STRUCTURED_DATA_HOLE)
        middle, _, tail = rest.partition(ENTRIES_HOLE)
        if not tail or ENTRIES_HOLE in tail or STRUCTURED_DATA_HOLE in rest:
            raise ValueError(f"{template_name} must print each hole once, the JSON-LD first")
        around = (head, middle, tail)
        _furniture.set(furniture, around, FURNITURE_TTL)
    entries = get_template(f"{template_name}#more").render(context, request)
    head, middle, tail = around
    return HttpResponse(head + context.get("structured_data", "") + middle + entries + tail)

"""Live updates over HTTP: the poll views of the timeline and the embed, top to bottom.

`?since=<revision>&<filters>` (the protocol of docs/DESIGN.md, "Live updates"):

- 204, or 286 (htmx: stop polling) once the ticker has ended, when the revision has not
  moved: the ticker's state comes from the cache (summit.ticker.revision), no query;
- the fragment of changes otherwise: entries to add or replace, ids to remove, the key
  events when entries changed, and a fresh poller; a fixed number of queries whatever the
  number of entries;
- a full-refresh instruction when the page cannot be patched (a revision this ticker
  never had, or too much changed); 400 for a malformed revision or filter.

ETag, 304 and keeping the answer for the other readers at the same revision are the
caching contract of every public answer (summit.ticker.keeping).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HTMX_STOP_POLLING

from summit.ticker.filters import InvalidFilter, TimelineFilters
from summit.ticker.models import Entry, EntryDeparture, Ticker
from summit.ticker.origins import allow_framing_by
from summit.ticker.pages import EMBED_FRAGMENT_CONTEXT, group_by_day, key_events
from summit.ticker.revision import remember_ticker, ticker_state

# More changes than this since a reader's revision: reloading the page is cheaper and
# surer than patching it entry by entry.
MAX_CHANGES = 100


def parse_since(raw: str | None) -> int | None:
    """The reader's revision from `?since=`: a non-negative integer, else None (a 400)."""
    if raw is None or not raw.isascii() or not raw.isdigit() or len(raw) > 18:
        return None
    return int(raw)


@dataclass(frozen=True)
class Changes:
    """What a reader at revision `since` must do to their page to match the current one."""

    entries: list[Entry]  # shown under the reader's filters: add if new, replace if present
    removed: list[int]  # ids no longer shown (withdrawn, unpublished, edited out of the filter)

    @property
    def touches_entries(self) -> bool:
        """False when only the ticker itself changed (status, poll interval)."""
        return bool(self.entries or self.removed)


def changes_since(ticker: Ticker, since: int, filters: TimelineFilters) -> Changes | None:
    """Entries changed after revision `since`, in `filters.order`; None when too many to patch.

    Queries: the changed ids (1), the shown ones with speaker and source (1) and their
    tags (1) - the same for 1 or 100 changed entries.
    """
    changed = (
        Entry.objects.filter(ticker=ticker)
        .changed_since(since)
        .order_by()
        .values_list("id", flat=True)
    )
    departed = (
        EntryDeparture.objects.filter(ticker=ticker, revision__gt=since)
        .order_by()
        .values_list("entry_id", flat=True)
    )
    # One query for both: entries changed here, and entries moved to another ticker.
    changed_ids = list(changed.union(departed)[: MAX_CHANGES + 1])
    if len(changed_ids) > MAX_CHANGES:
        return None
    if not changed_ids:
        return Changes(entries=[], removed=[])
    shown = (
        Entry.objects.published()
        .filter(pk__in=changed_ids, ticker=ticker)
        .for_filters(filters, ticker.zone)
    )
    entries = list(shown.with_relations().in_order(filters.order))
    shown_ids = {entry.pk for entry in entries}
    removed = sorted(pk for pk in changed_ids if pk not in shown_ids)
    return Changes(entries=entries, removed=removed)


def full_refresh() -> HttpResponse:
    """Tell htmx to reload the page (it then carries the current revision); never cached."""
    response = HttpResponse(status=200)
    response.headers["HX-Refresh"] = "true"
    add_never_cache_headers(response)
    return response


@require_safe
@vary_on_headers("HX-Request")
def timeline_updates(request: HttpRequest, slug: str) -> HttpResponse:
    """The timeline's live-update poll."""
    return poll(request, slug, embed=False)


@require_safe
@vary_on_headers("HX-Request")
def embed_updates(request: HttpRequest, slug: str) -> HttpResponse:
    """The embed's live-update poll: the same protocol, links that leave the frame, framed
    only by the ticker's allowed origins."""
    return poll(request, slug, embed=True)


def poll(request: HttpRequest, slug: str, *, embed: bool) -> HttpResponse:
    since = parse_since(request.GET.get("since"))
    try:
        filters = TimelineFilters.from_query(request.GET)
    except InvalidFilter:
        filters = None
    if since is None or filters is None:
        return HttpResponseBadRequest("bad since or filter\n", content_type="text/plain")

    state = ticker_state(slug)
    if state is not None and since > state.revision:
        # The reader's page may come from a process that saw a change this one's cache has
        # not seen yet: only the database can tell "too new for me" from "impossible".
        state = ticker_state(slug, fresh=True)
    if state is None:
        raise Http404("no such ticker")
    if since > state.revision:
        return full_refresh()
    if since == state.revision:
        return HttpResponse(status=204 if state.is_live else HTMX_STOP_POLLING)

    ticker = Ticker.objects.public().filter(slug=slug).first()
    if ticker is None:
        raise Http404("no such ticker")
    remember_ticker(ticker)
    changes = changes_since(ticker, since, filters)
    if changes is None:
        return full_refresh()
    context = {
        "ticker": ticker,
        "filters": filters,
        "revision": ticker.revision,
        "groups": group_by_day(changes.entries, ticker.zone),
        "removed": changes.removed,
        "key_events": key_events(ticker) if changes.touches_entries else None,
        **(EMBED_FRAGMENT_CONTEXT if embed else {}),
    }
    status = 200 if ticker.is_live else HTMX_STOP_POLLING
    response = render(request, "ticker/updates.html", context, status=status)
    return allow_framing_by(response, ticker.embed_origins) if embed else response

"""Live updates over HTTP: the poll protocol, and what changed since a revision.

The ticker's state in the cache (revision, live, poll interval) is summit.ticker.revision;
this module answers polls with it. When the revision has moved, `changes_since` answers
with a fixed number of queries, whatever the number of entries: the entries stamped with
a later revision (index ticker, revision), split into those the reader's filters show and
those to remove.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, get_conditional_response
from django_htmx.http import HTMX_STOP_POLLING

from summit.ticker.filters import InvalidFilter, TimelineFilters
from summit.ticker.models import Entry, Ticker
from summit.ticker.revision import TickerState, remember_ticker, ticker_state

# More changes than this since a reader's revision: reloading the page is cheaper and
# surer than patching it entry by entry.
MAX_CHANGES = 100

# Seconds a rendered update fragment is kept for the other readers at the same revision.
FRAGMENT_TTL = 30


def parse_since(raw: str | None) -> int | None:
    """The reader's revision from `?since=`: a non-negative integer, else None (a 400)."""
    if raw is None or not raw.isascii() or not raw.isdigit() or len(raw) > 18:
        return None
    return int(raw)


def poll_query(revision: int, filters: TimelineFilters, language: str | None = None) -> str:
    """The poll's query string: one URL for every reader at this revision with these filters."""
    query = f"since={revision}"
    filter_query = filters.querystring()
    if filter_query:
        query += "&" + filter_query
    if language and language != settings.LANGUAGE_CODE:
        query += f"&lang={language}"
    return query


def poll_url(
    slug: str,
    revision: int,
    filters: TimelineFilters,
    language: str | None,
    route: str = "ticker:updates",  # the embed polls "ticker:embed-updates"
) -> str:
    return reverse(route, kwargs={"slug": slug}) + "?" + poll_query(revision, filters, language)


def poll_etag(
    path: str, state: TickerState, since: int, filters: TimelineFilters, language: str
) -> str:
    """Same poll URL (timeline or embed), ticker revision, reader revision, filters and
    language -> same answer -> same tag."""
    identity = f"{path}|{state.revision}|{since}|{filters.querystring()}|{language}"
    digest = hashlib.blake2b(identity.encode(), digest_size=8).hexdigest()
    return f'"{state.revision}-{since}-{digest}"'


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
    changed_ids = list(
        Entry.objects.filter(ticker=ticker)
        .changed_since(since)
        .values_list("id", flat=True)[: MAX_CHANGES + 1]
    )
    if len(changed_ids) > MAX_CHANGES:
        return None
    if not changed_ids:
        return Changes(entries=[], removed=[])
    shown = filters.apply(Entry.objects.published().filter(pk__in=changed_ids), ticker)
    entries = list(filters.ordered(shown.with_relations()))
    shown_ids = {entry.pk for entry in entries}
    removed = sorted(pk for pk in changed_ids if pk not in shown_ids)
    return Changes(entries=entries, removed=removed)


RenderChanges = Callable[[HttpRequest, Ticker, TimelineFilters, Changes], HttpResponse]


def poll_response(request: HttpRequest, slug: str, render_changes: RenderChanges) -> HttpResponse:
    """Answer `?since=<revision>&<filters>` (the protocol of docs/DESIGN.md, "Live updates").

    - 204, or 286 (htmx: stop polling) once the ticker has ended, when the revision has not
      moved: no query while the cache is warm, one when it is cold;
    - 304 when the reader (or a shared cache) already holds this very answer;
    - the fragment of changes otherwise (`render_changes`), rendered once per revision,
      filters and reader revision, then served from the cache without a query;
    - a full-refresh instruction when the page cannot be patched (a revision this ticker
      never had, or too much changed); 400 for a malformed revision or filter.
    """
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
    etag = poll_etag(request.path, state, since, filters, request.LANGUAGE_CODE)
    response = None
    if "HTTP_IF_NONE_MATCH" in request.META:  # browsers revalidating, shared caches
        response = get_conditional_response(request, etag=etag)
    if response is None and since == state.revision:
        response = HttpResponse(status=204 if state.is_live else HTMX_STOP_POLLING)
    elif response is None:
        response = cached_fragment(etag)
    if response is None:
        ticker = Ticker.objects.public().filter(slug=slug).first()
        if ticker is None:
            raise Http404("no such ticker")
        state = remember_ticker(ticker)
        changes = changes_since(ticker, since, filters) if since <= ticker.revision else None
        if changes is None:
            return full_refresh()
        etag = poll_etag(request.path, state, since, filters, request.LANGUAGE_CODE)
        response = render_changes(request, ticker, filters, changes)
        if not ticker.is_live:
            response.status_code = HTMX_STOP_POLLING
        remember_fragment(etag, response)
    return with_poll_cache_headers(response, etag)


def fragment_cache_key(etag: str) -> str:
    return f"ticker-poll:v1:{etag}"


def cached_fragment(etag: str) -> HttpResponse | None:
    """The same answer rendered before for another reader (same URL, same revision)."""
    return cache.get(fragment_cache_key(etag))


def remember_fragment(etag: str, response: HttpResponse) -> None:
    """After a change, every reader asks for the same fragment at once: render it once.

    The tag names the revision, so the entry can never be stale; it only has to outlive
    the rush that follows a change. The whole response is kept (as Django's cache
    middleware does), with what the renderer set on it, e.g. the embed's framing policy."""
    cache.set(fragment_cache_key(etag), response, timeout=FRAGMENT_TTL)


def with_poll_cache_headers(response: HttpResponse, etag: str) -> HttpResponse:
    """Browsers revalidate every poll (max-age=0); a shared cache may answer for a second."""
    response.headers["ETag"] = etag
    response.headers["Cache-Control"] = (
        f"public, max-age=0, s-maxage={settings.TICKER_POLL_SHARED_MAX_AGE}"
    )
    return response


def full_refresh() -> HttpResponse:
    """Tell htmx to reload the page (it then carries the current revision); never cached."""
    response = HttpResponse(status=200)
    response.headers["HX-Refresh"] = "true"
    add_never_cache_headers(response)
    return response


# Request headers that select another rendering of the same page URL (htmx partials).
PAGE_VARIANT_HEADERS = ("HTTP_HX_REQUEST", "HTTP_HX_TARGET", "HTTP_HX_HISTORY_RESTORE_REQUEST")


def page_etag(request: HttpRequest, state: TickerState) -> str:
    """A public page of a ticker is a function of its URL, the htmx headers and the revision."""
    query = "&".join(sorted(request.GET.urlencode().split("&")))
    variant = "|".join(request.META.get(name, "") for name in PAGE_VARIANT_HEADERS)
    identity = f"{request.get_host()}|{request.path}|{query}|{variant}|{state.revision}"
    return f'"p{state.revision}-{hashlib.blake2b(identity.encode(), digest_size=8).hexdigest()}"'


def page_cache_key(etag: str) -> str:
    return f"ticker-page:v1:{etag}"


def remember_page(etag: str, response: HttpResponse) -> None:
    """Keep a rendered page for the other readers of the same URL at the same revision.

    Like the poll's fragments: the tag names the revision, so a kept page is never behind
    the ticker; a traffic spike on one URL renders it once per revision and process.
    """
    cache.set(page_cache_key(etag), response, timeout=FRAGMENT_TTL)


def revalidated_page(view):
    """Let browsers and shared caches revalidate a ticker page with its ETag, and render
    each page once per revision.

    `If-None-Match` is answered with 304 from the cached revision, without a query; a page
    rendered before for the same URL, htmx variant and revision comes from the cache,
    also without a query; fresh 200 answers carry the tag and `public, max-age=0,
    s-maxage=…` like the poll. The page and its poll never share a cache key: they have
    different URLs.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, slug: str, *args, **kwargs) -> HttpResponse:
        state = ticker_state(slug)
        if state is None:
            return view(request, slug, *args, **kwargs)
        etag = page_etag(request, state)
        if "HTTP_IF_NONE_MATCH" in request.META:
            not_modified = get_conditional_response(request, etag=etag)
            if not_modified is not None:
                return with_poll_cache_headers(not_modified, etag)
        response = cache.get(page_cache_key(etag))
        if response is None:
            response = view(request, slug, *args, **kwargs)
            if response.status_code != 200 or response.cookies:
                return response
            remember_page(etag, response)
        return with_poll_cache_headers(response, etag)

    return wrapper

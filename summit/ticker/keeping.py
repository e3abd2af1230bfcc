"""One caching contract for every public answer, kept per revision before the rest of Django.

Every public surface (timeline, embed, entry permalink, both polls, feed, entries.json,
oEmbed) is a function of the ticker's revision and of what the request asks for: the
parsed, effective parameters (known filters, theme, `since`), the effective language,
the htmx variant, scheme and host. Unknown parameters (utm_*, htmx's cache-buster) are
not part of it. This middleware names that identity in an ETag and, before sessions,
authentication, CSRF and templates are touched:

- answers `If-None-Match` with 304 from the cached revision, without a database query;
- serves the answer rendered before for the same identity (kept in the shared cache, and
  for a few seconds in a near copy per process), compressed once;
- otherwise lets the view render it, adds the contract's headers (ETag, `public,
  max-age=0, s-maxage=<TICKER_POLL_SHARED_MAX_AGE>`, Vary) and keeps it; answers that
  set cookies, depend on the session or set their own caching are passed on untouched.

`TICKER_KEEP_PAGES=0` turns the keeping off (benchmarks, debugging); ETags and 304 stay.
HEAD is answered like GET without a body, and CORS preflights (OPTIONS) on every public
URL. Kept answers are named by the revision, so they are never stale: a change moves the
revision, and with it every key.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified, QueryDict
from django.urls import Resolver404, ResolverMatch, get_resolver, get_urlconf, resolve
from django.utils.cache import patch_vary_headers
from django.utils.http import parse_etags
from django.utils.regex_helper import _lazy_re_compile

from summit.cache import NearCache
from summit.ticker.filters import InvalidFilter, TimelineFilters
from summit.ticker.links import embed_theme
from summit.ticker.middleware import requested_language
from summit.ticker.pages import search_too_expensive
from summit.ticker.querysets import SearchTooExpensive
from summit.ticker.requests import TickerRequest, mark_public_read
from summit.ticker.revision import ticker_state

# Seconds a kept answer outlives its rendering; the revision in its key keeps it current.
KEPT_TTL = 30
NEAR_TTL = 10
KEPT_STATUSES = {200, 204, 286, 410}
# Request headers that select another rendering of the same URL (htmx partials).
VARIANT_HEADERS = ("HTTP_HX_REQUEST", "HTTP_HX_TARGET", "HTTP_HX_HISTORY_RESTORE_REQUEST")
VARY = ("HX-Request", "HX-Target", "HX-History-Restore-Request")
PREFLIGHT_HEADERS = "If-None-Match, HX-Request, HX-Target, HX-Current-URL, HX-Trigger"
ACCEPTS_GZIP = _lazy_re_compile(r"\bgzip\b")

_near_answers = NearCache(max_items=200)


def filter_params(query: QueryDict) -> str | None:
    """The filters as the views parse them, in canonical order; None when malformed."""
    try:
        filters = TimelineFilters.from_query(query)
    except InvalidFilter:
        return None
    return filters.querystring(before=filters.before)


def embed_params(query: QueryDict) -> str | None:
    params = filter_params(query)
    return None if params is None else f"{params}|theme={embed_theme(query)}"


def poll_params(query: QueryDict) -> str | None:
    since = query.get("since", "")
    params = filter_params(query)
    if params is None or not since.isascii() or not since.isdigit() or len(since) > 18:
        return None
    return f"since={int(since)}|{params}"


def no_params(query: QueryDict) -> str:
    return ""


def oembed_params(query: QueryDict) -> str:
    return "|".join(query.get(name, "") for name in ("url", "maxwidth", "maxheight", "format"))


@dataclass(frozen=True)
class Surface:
    kind: str  # for the operators' metrics: page, embed, entry, poll, feed, api, oembed
    params: Callable[[QueryDict], str | None]
    cors: bool = False  # public data for any site's scripts (no credentials)


SURFACES = {
    "ticker:timeline": Surface("page", filter_params),
    "ticker:embed": Surface("embed", embed_params),
    "ticker:entry": Surface("entry", no_params),
    "ticker:updates": Surface("poll", poll_params),
    "ticker:embed-updates": Surface("poll", poll_params),
    "ticker:feed": Surface("feed", filter_params, cors=True),
    "ticker:api-entries": Surface("api", filter_params, cors=True),
    "oembed": Surface("oembed", oembed_params, cors=True),
}


def public_surface(request: HttpRequest) -> tuple[Surface, str | None] | None:
    """The public surface a URL names, with the ticker slug it depends on."""
    path = request.path_info
    if not (path.startswith("/ticker/") or path == "/oembed"):
        return None
    match = resolved(get_resolver(get_urlconf()), path)
    if match is None:
        return None
    surface = SURFACES.get(match.view_name)
    if surface is None:
        return None
    request.resolver_match = match  # what Django would set; the operators' metrics read it
    if surface.kind == "oembed":
        return surface, oembed_slug(request.GET.get("url", ""))
    return surface, match.kwargs.get("slug")


@functools.lru_cache(maxsize=2048)
def resolved(resolver, path: str) -> ResolverMatch | None:
    """URL resolution, once per path and URLconf in a process (readers share few URLs)."""
    try:
        return resolver.resolve(path)
    except Resolver404:
        return None


def oembed_slug(url: str) -> str | None:
    """The ticker an oEmbed request is about (its answer follows that ticker's revision)."""
    path = "/" + url.split("://", 1)[-1].partition("/")[2].partition("?")[0]
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.kwargs.get("slug") if match.view_name in SURFACES else None


@dataclass(frozen=True)
class Answer:
    """The identity of one public answer: its ETag and where it is kept."""

    etag: str
    kind: str
    encoding: str
    shared: bool  # searches stay per process: random terms must not fill the shared cache

    @property
    def key(self) -> str:
        return f"ticker-answer:v2:{self.etag}:{self.encoding}"


def answer_for(request: HttpRequest, surface: Surface, slug: str | None) -> Answer | None:
    """None when the answer is not part of the contract (no public ticker, malformed input)."""
    if slug is None:
        return None
    named = request_identity(request, surface)
    if named is None:
        return None
    state = ticker_state(slug)
    if state is None:
        return None
    identity, shared, gzip = named
    digest = hashlib.blake2b(f"{identity}|{state.revision}".encode(), digest_size=12)
    return Answer(
        etag=f'"{state.revision}-{digest.hexdigest()}"',
        kind=surface.kind,
        encoding="gzip" if gzip else "identity",
        shared=shared,
    )


# Every reader of a URL sends the same few request lines: what they name is worked out
# once per process (query parsed, host validated), then looked up by those lines.
IDENTITY_LINES = (
    "PATH_INFO",
    "QUERY_STRING",
    "HTTP_HOST",
    "HTTP_X_FORWARDED_HOST",
    "SERVER_NAME",
    "SERVER_PORT",
    "HTTP_ACCEPT_ENCODING",
    *VARIANT_HEADERS,
)
IDENTITIES_KEPT = 4096
_identities: dict[tuple, tuple[str, bool, bool] | None] = {}


def request_identity(request: HttpRequest, surface: Surface) -> tuple[str, bool, bool] | None:
    """(what the answer depends on, kept in the shared cache, gzip); None when malformed."""
    meta = request.META
    lines = (surface.kind, request.scheme, *(meta.get(name) for name in IDENTITY_LINES))
    try:
        return _identities[lines]
    except KeyError:
        pass
    named = identity_of(request, surface)
    if len(_identities) >= IDENTITIES_KEPT:
        _identities.clear()
    _identities[lines] = named
    return named


def identity_of(request: HttpRequest, surface: Surface) -> tuple[str, bool, bool] | None:
    params = surface.params(request.GET)
    if params is None:
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    variant = "|".join(request.META.get(name, "") for name in VARIANT_HEADERS)
    identity = (
        f"{request.scheme}|{host}|{request.path}|{params}|{requested_language(request)}|{variant}"
    )
    gzip = ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    # Searches stay per process: random terms must not fill the shared cache.
    return identity, "q=" not in params, bool(gzip)


@receiver(setting_changed)
def forget_identities(**kwargs) -> None:
    """Allowed hosts or languages changed (tests): names worked out before may be wrong."""
    _identities.clear()


def client_holds(request: HttpRequest, answer: Answer) -> bool:
    header = request.META.get("HTTP_IF_NONE_MATCH")
    if not header:
        return False
    offered = {tag.removeprefix("W/") for tag in parse_etags(header)}
    return answer.etag in offered or "*" in offered


def with_contract_headers(response: HttpResponse, answer: Answer) -> HttpResponse:
    """Browsers revalidate every time (max-age=0); a shared cache may answer for a moment."""
    weak = "W/" if response.has_header("Content-Encoding") else ""
    response.headers["ETag"] = weak + answer.etag
    response.headers["Cache-Control"] = (
        f"public, max-age=0, s-maxage={settings.TICKER_POLL_SHARED_MAX_AGE}"
    )
    patch_vary_headers(response, VARY)
    return response


def not_modified(answer: Answer) -> HttpResponse:
    return with_contract_headers(HttpResponseNotModified(), answer)


def keepable(response: HttpResponse) -> bool:
    """Only answers that are the same for every reader: no cookie, no session, no caching
    rules of their own (e.g. the poll's never-cached full-refresh instruction)."""
    return (
        response.status_code in KEPT_STATUSES
        and not response.streaming
        and not response.cookies
        and not response.has_header("Cache-Control")
        and "cookie" not in response.get("Vary", "").lower()
    )


def kept_answer(answer: Answer) -> HttpResponse | None:
    record = _near_answers.get(answer.key)
    if record is None and answer.shared:
        record = cache.get(answer.key)
        if record is not None:
            _near_answers.set(answer.key, record, NEAR_TTL)
    if record is None:
        return None
    status, headers, content = record
    response = HttpResponse(content, status=status)
    # The headers were checked when the answer was first sent: copied as they were kept,
    # not converted and validated again one by one (a third of a kept answer's cost).
    response.headers._store.update(headers)
    return response


def keep(answer: Answer, response: HttpResponse) -> None:
    record = (response.status_code, dict(response.headers._store), response.content)
    _near_answers.set(answer.key, record, NEAR_TTL)
    if answer.shared:
        cache.set(answer.key, record, timeout=KEPT_TTL)


def preflight() -> HttpResponse:
    """CORS preflight: any origin may read public answers with GET or HEAD (no credentials)."""
    response = HttpResponse(status=204)
    response.headers["Allow"] = "GET, HEAD, OPTIONS"
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
    response.headers["Access-Control-Allow-Headers"] = PREFLIGHT_HEADERS
    response.headers["Access-Control-Max-Age"] = "86400"
    return response


def without_body_for_head(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """HEAD: the GET answer's headers (its length included), no body."""
    if request.method == "HEAD" and not response.streaming:
        response.content = b""
    return response


class PublicAnswerMiddleware:
    """Applies the contract to public ticker URLs; every other URL passes through untouched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: TickerRequest) -> HttpResponse:
        found = public_surface(request)
        if found is None:
            return self.get_response(request)
        surface, slug = found
        if request.method == "OPTIONS":
            return preflight()
        if request.method in ("GET", "HEAD"):
            mark_public_read(request)
        response = self.answer(request, surface, slug)
        if surface.cors:
            response.headers["Access-Control-Allow-Origin"] = "*"
        return without_body_for_head(request, response)

    def answer(self, request: TickerRequest, surface: Surface, slug: str | None) -> HttpResponse:
        answer = None
        if request.method in ("GET", "HEAD"):
            answer = answer_for(request, surface, slug)
        if answer is None:
            return self.get_response(request)
        if client_holds(request, answer):
            return not_modified(answer)
        keeping = settings.TICKER_KEEP_PAGES
        if keeping:
            response = kept_answer(answer)
            request.kept_answer = (answer.kind, response is not None)  # operators' metrics
            if response is not None:
                return response
        response = self.get_response(request)
        if not keepable(response):
            return response
        with_contract_headers(response, answer)
        if surface.cors:
            response.headers["Access-Control-Allow-Origin"] = "*"
        if keeping:
            keep(answer, response)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception):
        """A search over the public read timeout is a friendly 503, not a 500."""
        found = public_surface(request) if isinstance(exception, SearchTooExpensive) else None
        if found is None:
            return None
        surface, slug = found
        return search_too_expensive(request, slug or "", surface.kind)

"""URLs of the public pages, built one way for every view, template tag and the admin.

Every link keeps the reader's language (`?lang=` when not German), the embed's links keep
the partner's theme, and filters are written in their canonical order, so one page has
one URL and shared caches hold it once.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest
from django.urls import get_script_prefix, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from summit.ticker.filters import TimelineFilters
from summit.ticker.models import Ticker
from summit.ticker.origins import absolute_url

THEMES = ("light", "dark", "auto")
DEFAULT_HEIGHT = 600
MIN_HEIGHT = 200


def reader_language(request: HttpRequest | None) -> str:
    return getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)


def embed_theme(params) -> str:
    """light, dark or auto (the device's choice); anything else is auto, never an error."""
    value = params.get("theme", "auto")
    return value if value in THEMES else "auto"


def in_reader_language(path: str, request: HttpRequest | None, query: str = "") -> str:
    """`path?query`, plus ?lang= when the reader is not on the default (German) interface:
    every link of the public pages goes through here, so a reader who chose English stays
    in English from page to page."""
    language = reader_language(request)
    if language != settings.LANGUAGE_CODE:
        query = "&".join(part for part in (query, f"lang={language}") if part)
    return f"{path}?{query}" if query else path


def timeline_path(slug: str) -> str:
    """The ticker's path, reversed once per slug and script prefix (a page links it dozens of
    times: key events, filters, entries)."""
    prefix = get_script_prefix()
    path = _timeline_paths.get((prefix, slug))
    if path is None:
        path = _timeline_paths[(prefix, slug)] = reverse("ticker:timeline", args=[slug])
    return path


_timeline_paths: dict[tuple[str, str], str] = {}


def timeline_url(ticker: Ticker, filters: TimelineFilters, request, **overrides) -> str:
    """The timeline's URL for these filters (canonical order), keeping ?lang= when not German."""
    return in_reader_language(timeline_path(ticker.slug), request, filters.querystring(**overrides))


def entry_url(ticker: Ticker, entry_id: int, request) -> str:
    """An entry's permalink (built from the ticker at hand: no query for entry.ticker)."""
    path = reverse("ticker:entry", kwargs={"slug": ticker.slug, "pk": entry_id})
    return in_reader_language(path, request)


def embed_path(ticker: Ticker, filters: TimelineFilters, request: HttpRequest, **overrides) -> str:
    """The embed's own URL for these filters, keeping the partner's theme and language."""
    theme = embed_theme(request.GET)
    query = filters.querystring(**overrides)
    if theme != "auto":
        query = "&".join(part for part in (query, urlencode({"theme": theme})) if part)
    return in_reader_language(reverse("ticker:embed", kwargs={"slug": ticker.slug}), request, query)


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


def resize_script_url(request: HttpRequest) -> str:
    """The partner script under its stable, unhashed name: pasted snippets outlive deploys."""
    return absolute_url(request, f"/{settings.STATIC_URL.strip('/')}/ticker/embed-resize.js")


def embed_url(request: HttpRequest, ticker: Ticker, query: str = "") -> str:
    url = absolute_url(request, reverse("ticker:embed", kwargs={"slug": ticker.slug}))
    return f"{url}?{query}" if query else url


def embed_snippet(
    request: HttpRequest,
    ticker: Ticker,
    *,
    query: str = "",
    height: int = DEFAULT_HEIGHT,
    title: str = "",
) -> str:
    """The iframe plus the partner script: works alone (fixed height, own scrollbar) or sized.

    No style attribute: partners (and our own admin preview) may run a strict CSP.
    """
    return format_html(
        '<iframe src="{src}" title="{title}" data-summit-ticker="{slug}" width="100%" '
        'height="{height}" loading="lazy"></iframe>\n'
        '<script src="{script}" async></script>',
        src=embed_url(request, ticker, query),
        title=title or _("Liveticker: %(title)s") % {"title": ticker.title},
        slug=ticker.slug,
        height=height,
        script=resize_script_url(request),
    )

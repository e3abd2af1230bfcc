"""Partner embeds: the snippet partners paste, and oEmbed, which hands that snippet out."""

from urllib.parse import urlencode, urlsplit

from django.http import Http404, HttpRequest, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import Resolver404, resolve
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from summit.ticker.filters import InvalidFilter, TimelineFilters
from summit.ticker.links import (
    DEFAULT_HEIGHT,
    MIN_HEIGHT,
    embed_path,
    embed_snippet,
    embed_theme,
    timeline_url,
)
from summit.ticker.models import Entry, Ticker
from summit.ticker.origins import absolute_url, allow_framing_by, our_hosts, public_origin
from summit.ticker.pages import EMBED_FRAGMENT_CONTEXT, invalid_filter, page_context
from summit.ticker.requests import TickerRequest

DEFAULT_WIDTH = 640
MIN_WIDTH = 280
# Query parameters a partner may preset in the frame; paging and cache-busting stay out.
EMBED_PARAMETERS = ("speaker", "source", "tag", "day", "q", "order", "theme", "lang")


def embed_query(params) -> str:
    """The embeddable subset of GET parameters (repeatable ones kept), as a query string."""
    pairs = [(name, value) for name in EMBED_PARAMETERS for value in params.getlist(name) if value]
    return urlencode(pairs)


def bounded(value: str | None, default: int, minimum: int) -> int:
    """A consumer's maxwidth/maxheight: a cap on our default, never below a usable minimum."""
    try:
        cap = int(value) if value else default
    except ValueError:
        cap = default
    return max(minimum, min(default, cap))


def resolve_own_url(request: HttpRequest, url: str):
    """(ticker, entry or None, query) for a ticker or entry URL of this site; Http404 otherwise."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc.lower() not in our_hosts(request):
        raise Http404("not a URL of this site")
    try:
        match = resolve(parts.path or "/")
    except Resolver404 as error:
        raise Http404("no ticker at this URL") from error
    if match.view_name not in ("ticker:timeline", "ticker:embed", "ticker:entry"):
        raise Http404("neither a ticker nor an entry URL")
    ticker = get_object_or_404(Ticker.objects.public(), slug=match.kwargs["slug"])
    entry = None
    if match.view_name == "ticker:entry":
        entry = get_object_or_404(Entry.objects.published(), ticker=ticker, pk=match.kwargs["pk"])
    return ticker, entry, embed_query(QueryDict(parts.query))


@require_safe
def oembed(request: HttpRequest):
    """oEmbed (https://oembed.com) for ticker and entry URLs: type "rich", our iframe snippet.

    An entry URL embeds its ticker (the frame follows the news, not a frozen entry),
    titled after the entry.
    """
    response_format = request.GET.get("format", "json")
    if response_format != "json":
        return JsonResponse({"error": "only format=json is supported"}, status=501)
    url = request.GET.get("url", "")
    if not url:
        return JsonResponse({"error": "url is required"}, status=400)
    ticker, entry, query = resolve_own_url(request, url)
    width = bounded(request.GET.get("maxwidth"), DEFAULT_WIDTH, MIN_WIDTH)
    height = bounded(request.GET.get("maxheight"), DEFAULT_HEIGHT, MIN_HEIGHT)
    title = (entry.title or str(entry)) if entry else ticker.title
    response = JsonResponse(
        {
            "version": "1.0",
            "type": "rich",
            "title": title,
            "provider_name": "Summit Liveticker",
            "provider_url": public_origin(request) + "/",
            "cache_age": 3600,
            "width": width,
            "height": height,
            "html": embed_snippet(request, ticker, query=query, height=height),
        }
    )
    return response


def embed_layout(request: HttpRequest, ticker: Ticker, filters: TimelineFilters | None = None):
    """What templates/embed_base.html needs: the partner's theme, the link to the full
    ticker (in the reader's language) and links that leave the frame."""
    filters = filters or TimelineFilters()
    return {
        "base_template": "embed_base.html",
        "theme": embed_theme(request.GET),
        "full_ticker_url": absolute_url(request, timeline_url(ticker, filters, request)),
        **EMBED_FRAGMENT_CONTEXT,
    }


def embed_context(request: HttpRequest, ticker: Ticker, filters: TimelineFilters) -> dict:
    """What the timeline's partials need, with URLs that stay in (or leave) the frame."""
    full_ticker = absolute_url(request, ticker.get_absolute_url())
    filter_query = filters.querystring()
    return {
        **page_context(
            request, ticker, filters, embed_path, link_target=EMBED_FRAGMENT_CONTEXT["link_target"]
        ),
        # "Show all entries" leads to the full ticker on our site, not to another frame.
        "reset_url": absolute_url(request, timeline_url(ticker, TimelineFilters(), request)),
        "canonical_url": f"{full_ticker}?{filter_query}" if filter_query else full_ticker,
        "embed": True,
        **embed_layout(request, ticker, filters),
    }


@require_safe
@vary_on_headers("HX-Request")
def embed(request: TickerRequest, slug: str):
    """The timeline for partner iframes: compact, same filters, live, links leave the frame.

    Only this page (and its updates) may be framed, by ourselves and the ticker's
    allowed origins; everything else keeps X-Frame-Options: DENY.
    """
    ticker = get_object_or_404(Ticker.objects.public(), slug=slug)
    try:
        filters = TimelineFilters.from_query(request.GET, ticker)
    except InvalidFilter:
        return allow_framing_by(
            invalid_filter(request, ticker, embed_layout(request, ticker)), ticker.embed_origins
        )
    context = embed_context(request, ticker, filters)
    if request.htmx and filters.before:
        response = render(request, "ticker/timeline.html#more", context)
    else:
        response = render(request, "ticker/embed.html", context)
    return allow_framing_by(response, ticker.embed_origins)

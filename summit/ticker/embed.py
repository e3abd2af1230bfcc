"""Partner embeds: the snippet partners paste, and oEmbed, which hands that snippet out."""

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import Http404, HttpRequest, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import Resolver404, resolve, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from summit.ticker import live
from summit.ticker.filters import InvalidFilter, TimelineFilters
from summit.ticker.models import Entry, Ticker
from summit.ticker.origins import absolute_url, allow_framing_by, our_hosts, public_origin
from summit.ticker.views import (
    invalid_filter,
    page_context,
    render_timeline_changes,
    timeline_url,
)

DEFAULT_HEIGHT = 600
MIN_HEIGHT = 200
DEFAULT_WIDTH = 640
MIN_WIDTH = 280
# Query parameters a partner may preset in the frame; paging and cache-busting stay out.
EMBED_PARAMETERS = ("speaker", "source", "tag", "day", "q", "order", "theme", "lang")


def resize_script_url(request: HttpRequest) -> str:
    """The partner script under its stable, unhashed name: pasted snippets outlive deploys."""
    return absolute_url(request, f"/{settings.STATIC_URL.strip('/')}/ticker/embed-resize.js")


def embed_query(params) -> str:
    """The embeddable subset of GET parameters (repeatable ones kept), as a query string."""
    pairs = [(name, value) for name in EMBED_PARAMETERS for value in params.getlist(name) if value]
    return urlencode(pairs)


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


@require_GET
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
    response["Access-Control-Allow-Origin"] = "*"
    return response


THEMES = ("light", "dark", "auto")
# Links in embedded entries leave the frame; the poller stays on the embed's own updates.
EMBED_FRAGMENT_CONTEXT = {"link_target": "_top", "poll_route": "ticker:embed-updates"}


def embed_theme(params) -> str:
    """light, dark or auto (the device's choice); anything else is auto, never an error."""
    value = params.get("theme", "auto")
    return value if value in THEMES else "auto"


def embed_path(ticker: Ticker, filters: TimelineFilters, request: HttpRequest, **overrides) -> str:
    """The embed's own URL for these filters, keeping the partner's theme and language."""
    query = filters.querystring(**overrides)
    extra = urlencode(
        [(name, request.GET[name]) for name in ("theme", "lang") if request.GET.get(name)]
    )
    query = "&".join(part for part in (query, extra) if part)
    path = reverse("ticker:embed", kwargs={"slug": ticker.slug})
    return f"{path}?{query}" if query else path


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
        **page_context(request, ticker, filters, embed_path),
        # "Show all entries" leads to the full ticker on our site, not to another frame.
        "reset_url": absolute_url(request, timeline_url(ticker, TimelineFilters(), request)),
        "canonical_url": f"{full_ticker}?{filter_query}" if filter_query else full_ticker,
        "embed": True,
        **embed_layout(request, ticker, filters),
    }


@require_GET
@vary_on_headers("HX-Request")
def embed(request: HttpRequest, slug: str):
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


def render_embed_changes(request: HttpRequest, ticker: Ticker, filters: TimelineFilters, changes):
    """The timeline's update fragment, with links that leave the frame and a poller that stays."""
    response = render_timeline_changes(request, ticker, filters, changes, EMBED_FRAGMENT_CONTEXT)
    return allow_framing_by(response, ticker.embed_origins)


@require_GET
@vary_on_headers("HX-Request")
def embed_updates(request: HttpRequest, slug: str):
    """The embed's live-update poll: the timeline's protocol (summit.ticker.live), embed markup.

    Answers without a body (204, 304) come from the cache without a database query, so
    they keep the default framing headers; they are fetched by script, never framed.
    """
    return live.poll_response(request, slug, render_embed_changes)

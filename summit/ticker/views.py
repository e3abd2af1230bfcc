"""Public pages: the ticker list, the timeline, entry permalinks and the health check."""

import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url

from summit.cache import cache_is_healthy
from summit.ticker.aggregates import ticker_facets
from summit.ticker.filters import Cursor, InvalidFilter, TimelineFilters
from summit.ticker.links import timeline_url
from summit.ticker.models import Entry, Ticker
from summit.ticker.origins import absolute_url, public_origin
from summit.ticker.pages import (
    invalid_filter,
    key_events,
    page_context,
    render_around_rows,
    timeline_furniture,
)
from summit.ticker.presenters import share_image

logger = logging.getLogger(__name__)


@require_safe
def home(request):
    live_tickers = list(Ticker.objects.live()[:2])
    if len(live_tickers) == 1:
        return redirect(live_tickers[0])
    tickers = Ticker.objects.public().order_by("status", "-created_at")
    return render(request, "ticker/ticker_list.html", {"tickers": tickers})


@require_safe
@vary_on_headers("HX-Request")
def timeline(request, slug):
    """The timeline page; for htmx the filtered results region or the next page only.

    A fixed number of queries whatever the ticker's size: the ticker and the page's rows (+1
    to know whether more follow); only entries whose HTML is not kept are read in full, with
    their tags, pictures and posts (summit.ticker.pages). The facet counts, the pinned
    entries and the JSON-LD come from the cache (computed once per revision), the page's
    furniture around its entries is kept per revision and filters (render_around_rows).
    """
    ticker = get_object_or_404(Ticker.objects.public(), slug=slug)
    try:
        filters = TimelineFilters.from_query(request.GET, ticker)
    except InvalidFilter:
        return invalid_filter(request, ticker)
    htmx = request.htmx
    fragment = htmx and not htmx.history_restore_request
    context = page_context(request, ticker, filters, timeline_url, ld=not fragment)
    context["reset_url"] = timeline_url(ticker, TimelineFilters(), request)
    if fragment:
        if filters.before:
            return render(request, "ticker/timeline.html#more", context)
        response = render(request, "ticker/timeline.html#results", context)
        # The canonical URL, without empty fields or htmx's cache-buster, goes into history.
        return push_url(response, context["newest_url"])
    context |= {
        # Only counted (or read from the cache) when the page's furniture is not kept for
        # this revision and URL (ticker/timeline.html).
        "facets": SimpleLazyObject(lambda: ticker_facets(ticker)),
        "key_events": SimpleLazyObject(lambda: key_events(ticker)),
        "canonical_url": absolute_url(request, ticker.get_absolute_url()),
    }
    furniture = timeline_furniture(request, ticker, context)
    return render_around_rows(request, "ticker/timeline.html", context, furniture)


@require_safe
def entry_detail(request, slug, pk):
    entry = get_object_or_404(
        Entry.objects.select_related("ticker", "speaker", "source").prefetch_related(
            "tags", "images"
        ),
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
        "share_image": share_image(entry, public_origin(request)),
        "place_url": timeline_url(ticker, place, request, before=place.before) + f"#{entry.anchor}",
    }
    return render(request, "ticker/entry_detail.html", context)


@require_safe
@never_cache
def healthz(request):
    """200 while the database answers (the body names a degraded cache), 503 when not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("health check: database unreachable")
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    if not cache_is_healthy():
        return HttpResponse("degraded: cache unreachable\n", content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")

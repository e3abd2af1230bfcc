"""Public pages: the ticker list, the timeline, entry permalinks and the health check."""

import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseGone
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from summit.ticker.models import Entry, Ticker

logger = logging.getLogger(__name__)


@require_GET
def home(request):
    live = list(Ticker.objects.live()[:2])
    if len(live) == 1:
        return redirect(live[0])
    tickers = Ticker.objects.public().order_by("status", "-created_at")
    return render(request, "ticker/ticker_list.html", {"tickers": tickers})


@require_GET
def timeline(request, slug):
    ticker = get_object_or_404(Ticker.objects.public(), slug=slug)
    entries = ticker.entries.published().with_relations().newest_first()
    return render(request, "ticker/timeline.html", {"ticker": ticker, "entries": entries})


@require_GET
def entry_detail(request, slug, pk):
    entry = get_object_or_404(
        Entry.objects.select_related("ticker", "speaker", "source").prefetch_related("tags"),
        pk=pk,
        ticker__slug=slug,
        status__in=[Entry.Status.PUBLISHED, Entry.Status.WITHDRAWN],
    )
    if entry.status == Entry.Status.WITHDRAWN:
        return HttpResponseGone(
            render(request, "ticker/entry_gone.html", {"ticker": entry.ticker}).content
        )
    return render(request, "ticker/entry_detail.html", {"ticker": entry.ticker, "entry": entry})


@require_GET
@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("health check: database unreachable")
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")

"""The read-only JSON API: a ticker's published entries, filtered like the timeline, cursor-paged."""

import datetime as dt

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_safe

from summit.ticker.filters import (
    InvalidFilter,
    TimelineFilters,
)
from summit.ticker.models import Entry, Ticker
from summit.ticker.origins import absolute, absolute_url, public_origin
from summit.ticker.pages import invalid_filter_json
from summit.ticker.presenters import api_fields

API_PAGE_SIZE = 50


def local_iso(value: dt.datetime | None, zone: dt.tzinfo) -> str | None:
    """ISO 8601 with the offset of the ticker's zone, e.g. 2025-08-14T21:15:00+02:00."""
    return value.astimezone(zone).isoformat() if value else None


def author_json(byline: dict, origin: str) -> dict:
    """A byline in entries.json: name, role and the picture's address (null without one)."""
    avatar = byline.get("avatar")
    return {
        "name": byline["name"],
        "role": byline["role"],
        "avatar": absolute(origin, avatar) if avatar else None,
    }


def entry_json(request: HttpRequest, ticker: Ticker, entry: Entry, zone: dt.tzinfo) -> dict:
    permalink = reverse("ticker:entry", kwargs={"slug": ticker.slug, "pk": entry.pk})
    speaker, source = entry.speaker, entry.source
    return {
        "id": entry.pk,
        "permalink": absolute_url(request, permalink),
        "published_at": local_iso(entry.published_at, zone),
        "time_estimated": entry.time_estimated,
        "title": entry.title,
        "body": entry.body,
        "speaker": speaker and {"name": speaker.name, "slug": speaker.slug, "role": speaker.role},
        "source": source
        and {"name": source.name, "slug": source.slug, "kind": source.kind, "url": source.url},
        "source_url": entry.source_url,
        "tags": [{"name": tag.name, "slug": tag.slug} for tag in entry.tags.all()],
        "authors": [author_json(byline, public_origin(request)) for byline in entry.bylines],
        **api_fields(entry, public_origin(request)),  # pictures and post cards
        "pinned": entry.pinned,
        "revision": entry.revision,
        "updated_at": local_iso(entry.updated_at, zone),
        "correction": {"note": entry.correction_note, "at": local_iso(entry.corrected_at, zone)}
        if entry.correction_note
        else None,
    }


@require_safe
def api_entries(request: HttpRequest, slug: str) -> HttpResponse:
    """GET /ticker/<slug>/entries.json: {"entries": [...], "next": URL or null}.

    Keyset paging: `next` continues strictly after the last entry, so entries published
    while a client pages through never cause duplicates or gaps. Three queries: ticker,
    entries with speaker and source, tags.
    """
    ticker = get_object_or_404(Ticker.objects.public(), slug=slug)
    try:
        filters = TimelineFilters.from_query(request.GET, ticker)
    except InvalidFilter as error:
        return invalid_filter_json(error)

    page = ticker.public_entries(filters).page(filters, size=API_PAGE_SIZE)
    zone = ticker.zone
    next_url = None
    if page.next_cursor is not None:
        path = reverse("ticker:api-entries", kwargs={"slug": ticker.slug})
        next_url = absolute_url(request, f"{path}?{filters.querystring(before=page.next_cursor)}")
    response = JsonResponse(
        {
            "entries": [entry_json(request, ticker, entry, zone) for entry in page.entries],
            "next": next_url,
        },
        json_dumps_params={"ensure_ascii": False},
    )
    return response

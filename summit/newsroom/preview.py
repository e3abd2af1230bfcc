"""Preview: a draft in the timeline page and the embed, through a signed link that expires.

The link can be sent to a colleague without an account; it names one entry and is good for
PREVIEW_TTL. Its pages are the readers' templates with the draft set in its place, never
kept by a cache (private, no-store), never indexed, and not part of any public output.
"""

import datetime as dt

from django.core import signing
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from summit.ticker.aggregates import ticker_facets
from summit.ticker.embed import embed_context
from summit.ticker.filters import TimelineFilters
from summit.ticker.links import timeline_url
from summit.ticker.models import Entry
from summit.ticker.pages import group_by_day, key_events, page_context

PREVIEW_TTL = dt.timedelta(hours=24)
SALT = "summit.newsroom.preview"


def preview_url(entry: Entry) -> str:
    token = signing.TimestampSigner(salt=SALT).sign_object({"entry": entry.pk})
    return reverse("newsroom:preview", kwargs={"token": token})


def _entry_for(token: str) -> Entry | None:
    """The entry the token names; None when it is expired or not ours (refused alike)."""
    try:
        data = signing.TimestampSigner(salt=SALT).unsign_object(token, max_age=PREVIEW_TTL)
    except signing.BadSignature:  # SignatureExpired is one of them
        return None
    return (
        Entry.objects.select_related("ticker", "speaker", "source")
        .prefetch_related("tags", "images")
        .filter(pk=data.get("entry"))
        .first()
    )


def private(response):
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _with_draft(context: dict, entry: Entry) -> dict:
    """The page's entries with the draft in the place readers would find it."""
    entries = [e for e in context["page"].entries if e.pk != entry.pk] + [entry]
    entries.sort(key=lambda e: (e.published_at, e.position, e.pk), reverse=True)
    context["groups"] = group_by_day(entries, entry.ticker.zone)
    context["preview"] = entry
    context["structured_data"] = ""
    return context


@require_safe
@never_cache
def preview(request, token: str, layout: str = "page"):
    entry = _entry_for(token)
    if entry is None:
        message = _("Dieser Vorschau-Link ist abgelaufen oder ungültig.")
        return private(
            render(request, "newsroom/preview_gone.html", {"message": message}, status=410)
        )
    if entry.status == Entry.Status.PUBLISHED:
        return private(redirect(entry.get_absolute_url()))
    get_object_or_404(Entry, pk=entry.pk, status=Entry.Status.DRAFT)
    ticker, filters = entry.ticker, TimelineFilters()
    if layout == "embed":
        context = _with_draft(embed_context(request, ticker, filters), entry)
        return private(render(request, "ticker/embed.html", context))
    context = page_context(request, ticker, filters, timeline_url)
    context |= {
        "reset_url": timeline_url(ticker, filters, request),
        "facets": ticker_facets(ticker),
        "key_events": key_events(ticker),
        "canonical_url": request.build_absolute_uri(ticker.get_absolute_url()),
    }
    return private(render(request, "ticker/timeline.html", _with_draft(context, entry)))

"""The Atom feed of a ticker: its published entries, filtered like the timeline."""

import datetime as dt
from dataclasses import replace

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from summit.ticker.filters import InvalidFilter, TimelineFilters
from summit.ticker.models import Entry, Ticker
from summit.ticker.origins import absolute_url, public_origin
from summit.ticker.pages import invalid_filter_json
from summit.ticker.presenters import feed_html, share_image
from summit.ticker.templatetags.ticker_format import clock_time

FEED_SIZE = 50
# Saves within this time of the creation are part of creating the entry, not an edit.
EDIT_GRACE = dt.timedelta(seconds=2)


def was_edited(entry: Entry) -> bool:
    return entry.corrected_at is not None or entry.updated_at - entry.created_at > EDIT_GRACE


def correction_html(entry: Entry, zone: dt.tzinfo) -> str:
    """The correction note as the timeline shows it (same wording, same translation)."""
    if not entry.correction_note:
        return ""
    if entry.corrected_at:
        text = _("Korrigiert um %(time)s: %(note)s") % {
            "time": clock_time(entry.corrected_at, zone),
            "note": entry.correction_note,
        }
    else:
        text = _("Korrigiert: %(note)s") % {"note": entry.correction_note}
    return format_html('<p class="entry-correction">{}</p>', text)


class HubAtomFeed(Atom1Feed):
    """Atom with a WebSub hub (`<link rel="hub">`) when WEBSUB_HUB_URL is set: subscribers
    then hear of changes from the hub, which we ping on every change (summit.ops.tasks)."""

    def add_root_elements(self, handler) -> None:
        super().add_root_elements(handler)
        if settings.WEBSUB_HUB_URL:
            handler.addQuickElement("link", "", {"rel": "hub", "href": settings.WEBSUB_HUB_URL})


class TickerFeed(Feed):
    """One item per published entry; `updated` tells feed readers about edits."""

    feed_type = HubAtomFeed

    def __init__(self, ticker: Ticker, filters: TimelineFilters):
        super().__init__()
        self.ticker, self.filters = ticker, filters
        self.zone = ticker.zone

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.ticker

    def _absolute(self, path: str, query: str = "") -> str:
        return absolute_url(self.request, f"{path}?{query}" if query else path)

    def title(self, ticker: Ticker) -> str:
        return ticker.title

    def subtitle(self, ticker: Ticker) -> str:
        return ticker.description

    def link(self, ticker: Ticker) -> str:
        return self._absolute(ticker.get_absolute_url(), self.filters.querystring())

    def feed_url(self, ticker: Ticker) -> str:
        path = reverse("ticker:feed", kwargs={"slug": ticker.slug})
        return self._absolute(path, self.filters.querystring())

    def feed_guid(self, ticker: Ticker) -> str:
        return self.feed_url(ticker)

    def author_name(self) -> str:
        return "Summit Liveticker"

    def items(self, ticker: Ticker):
        # The newest page, read like the timeline's (a search under the read timeout).
        newest = replace(self.filters, before=None)
        return ticker.public_entries(newest).page(newest, size=FEED_SIZE).entries

    def item_title(self, entry: Entry) -> str:
        return str(entry)

    def item_description(self, entry: Entry) -> str:
        # The body was sanitised on the way in; the correction note is escaped here.
        return mark_safe(entry.body + feed_html(entry) + correction_html(entry, self.zone))

    def item_link(self, entry: Entry) -> str:
        return self._absolute(
            reverse("ticker:entry", kwargs={"slug": self.ticker.slug, "pk": entry.pk})
        )

    def item_pubdate(self, entry: Entry) -> dt.datetime:
        return entry.published_at.astimezone(self.zone)

    def item_updateddate(self, entry: Entry) -> dt.datetime:
        if not was_edited(entry):
            return self.item_pubdate(entry)
        latest = max(filter(None, [entry.updated_at, entry.corrected_at]))
        return latest.astimezone(self.zone)

    def item_author_name(self, entry: Entry) -> str | None:
        if entry.bylines:
            return ", ".join(byline["name"] for byline in entry.bylines)
        return entry.speaker.name if entry.speaker else None

    def item_categories(self, entry: Entry) -> list[str]:
        return [tag.name for tag in entry.tags.all()]

    def item_enclosures(self, entry: Entry) -> list[Enclosure]:
        image = share_image(entry, public_origin(self.request))
        return [Enclosure(image["url"], str(image["length"]), image["type"])] if image else []


@require_safe
def ticker_feed(request: HttpRequest, slug: str) -> HttpResponse:
    ticker = get_object_or_404(Ticker.objects.public(), slug=slug)
    try:
        filters = TimelineFilters.from_query(request.GET, ticker)
    except InvalidFilter as error:
        return invalid_filter_json(error)
    response = TickerFeed(ticker, filters)(request, slug=slug)
    # One-second granularity would answer 304 for a change made in the same second: clients
    # revalidate with the ETag (summit.ticker.keeping) instead.
    del response.headers["Last-Modified"]
    return response

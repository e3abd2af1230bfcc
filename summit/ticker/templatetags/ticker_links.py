"""Links of the public pages, in the reader's language (built by summit.ticker.links)."""

from django import template
from django.urls import reverse

from summit.ticker.filters import TimelineFilters
from summit.ticker.links import entry_url, in_reader_language, timeline_url

register = template.Library()


@register.simple_tag(takes_context=True)
def timeline_link(context, ticker, **filters) -> str:
    """The timeline narrowed to one filter: {% timeline_link ticker speaker=slug %}, also
    source=, tag= (one slug) and day= (a date); without filters the whole timeline."""
    if "tag" in filters:
        filters["tag"] = [filters["tag"]]
    return timeline_url(ticker, TimelineFilters(), context.get("request"), **filters)


@register.simple_tag(takes_context=True)
def entry_link(context, ticker, entry) -> str:
    """The entry's permalink (built from the ticker at hand: no query for entry.ticker)."""
    return entry_url(ticker, entry.pk, context.get("request"))


@register.simple_tag(takes_context=True)
def home_link(context) -> str:
    return in_reader_language(reverse("home"), context.get("request"))

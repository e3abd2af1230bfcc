"""What the results' heading says ("12 Einträge von Anna Beispiel") and the links that take
one filter away again, for the timeline and the embed.

Counts come from the facet counts kept per revision (summit.ticker.aggregates), never from
a COUNT over the entries: exact where one filter alone narrows the list, otherwise the
length of a complete page, otherwise "mehr als N" (N = entries on this page).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from summit.ticker.aggregates import DayFacet, Facet, Facets, ticker_facets
from summit.ticker.filters import TimelineFilters
from summit.ticker.links import embed_path, timeline_url
from summit.ticker.templatetags.ticker_format import day_heading

register = template.Library()


@dataclass(frozen=True)
class ActiveFilter:
    """One narrowing filter as the reader sees it, and the URL without it."""

    name: str  # the form field: speaker, source, tag, day, q
    value: str
    label: str  # "Sprecher: Anna Beispiel"
    url: str


def _names(facets) -> dict[str, str]:
    return {facet.slug: facet.name for facet in facets}


def _kept_count(facets: Facets, filters: TimelineFilters) -> int | None:
    """The kept count when exactly one filter (one speaker, source, day or tag) narrows."""
    chosen: list[tuple[Sequence[Facet | DayFacet], str | None]] = [
        (facets.speakers, filters.speaker),
        (facets.sources, filters.source),
        (facets.days, filters.day.isoformat() if filters.day else None),
        *((facets.tags, tag) for tag in filters.tags),
    ]
    chosen = [(group, slug) for group, slug in chosen if slug]
    if filters.q or len(chosen) != 1:
        return None
    group, slug = chosen[0]
    return next((facet.count for facet in group if facet.slug == slug), 0)


def _count_text(facets: Facets, filters: TimelineFilters, page) -> str:
    count = _kept_count(facets, filters)
    if count is None and page.next_cursor is None and not filters.before:
        count = len(page.entries)
    if count is None:
        shown = len(page.entries)
        return ngettext("Mehr als %(count)s Eintrag", "Mehr als %(count)s Einträge", shown) % {
            "count": shown
        }
    return ngettext("%(count)s Eintrag", "%(count)s Einträge", count) % {"count": count}


def _description(facets: Facets, filters: TimelineFilters) -> list[str]:
    parts = []
    if filters.speaker:
        name = _names(facets.speakers).get(filters.speaker, filters.speaker)
        parts.append(_("von %(name)s") % {"name": name})
    if filters.source:
        name = _names(facets.sources).get(filters.source, filters.source)
        parts.append(_("aus der Quelle %(name)s") % {"name": name})
    if filters.tags:
        names = _names(facets.tags)
        tags = [names.get(tag, tag) for tag in filters.tags]
        if len(tags) == 1:
            parts.append(_("zum Schlagwort %(name)s") % {"name": tags[0]})
        else:
            listed = _(" oder ").join(tags)
            parts.append(_("zu einem der Schlagwörter %(names)s") % {"names": listed})
    if filters.day:
        parts.append(_("vom %(day)s") % {"day": day_heading(filters.day)})
    if filters.q:
        parts.append(_("mit „%(q)s“") % {"q": filters.q})
    return parts


@register.simple_tag
def results_heading(ticker, filters: TimelineFilters, page) -> str:
    """ "12 Einträge von Anna Beispiel zum Schlagwort Atomwaffen"."""
    facets = ticker_facets(ticker)
    return " ".join([_count_text(facets, filters, page), *_description(facets, filters)])


@register.simple_tag(takes_context=True)
def active_filters(context, ticker, filters: TimelineFilters) -> list[ActiveFilter]:
    """The narrowing filters in canonical order, each with the URL that drops it (the
    embed's URLs stay in the frame)."""
    request = context["request"]
    url_for = embed_path if context.get("embed") else timeline_url
    facets = ticker_facets(ticker)

    def without(name, value, label, **overrides) -> ActiveFilter:
        return ActiveFilter(name, value, label, url_for(ticker, filters, request, **overrides))

    found = []
    if filters.q:
        found.append(without("q", filters.q, _("Suche „%(q)s“") % {"q": filters.q}, q=None))
    if filters.speaker:
        name = _names(facets.speakers).get(filters.speaker, filters.speaker)
        found.append(
            without(
                "speaker", filters.speaker, _("Sprecher %(name)s") % {"name": name}, speaker=None
            )
        )
    if filters.source:
        name = _names(facets.sources).get(filters.source, filters.source)
        found.append(
            without("source", filters.source, _("Quelle %(name)s") % {"name": name}, source=None)
        )
    if filters.day:
        label = _("Tag %(day)s") % {"day": day_heading(filters.day)}
        found.append(without("day", filters.day.isoformat(), label, day=None))
    names = _names(facets.tags)
    for tag in filters.tags:
        rest = [other for other in filters.tags if other != tag]
        label = _("Schlagwort %(name)s") % {"name": names.get(tag, tag)}
        found.append(without("tag", tag, label, tag=rest))
    return found

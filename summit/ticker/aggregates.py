"""Counts beside the timeline (entries per speaker, source, tag, day), computed once per revision.

Every change to a ticker's entries moves `Ticker.revision`, so a cache key that carries the
revision can never serve stale counts and never needs invalidating: readers at the same
revision share one computation, and old keys simply expire.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Count
from django.db.models.functions import TruncDate

from summit.ticker.models import Entry, Source, Speaker, Tag, Ticker

# Keys name the revision, so counts are never stale; the timeout only lets old keys go.
FACETS_TIMEOUT = 10 * 60


@dataclass(frozen=True)
class Facet:
    slug: str
    name: str
    count: int


@dataclass(frozen=True)
class DayFacet:
    day: dt.date
    count: int

    @property
    def slug(self) -> str:
        return self.day.isoformat()


@dataclass(frozen=True)
class Facets:
    speakers: tuple[Facet, ...]
    sources: tuple[Facet, ...]
    tags: tuple[Facet, ...]
    days: tuple[DayFacet, ...]


def facets_cache_key(ticker: Ticker) -> str:
    return f"ticker-facets:v1:{ticker.pk}:{ticker.revision}"


def ticker_facets(ticker: Ticker) -> Facets:
    """The facet counts of the ticker at its current revision, from the cache when there."""
    key = facets_cache_key(ticker)
    facets = cache.get(key)
    if facets is None:
        facets = count_facets(ticker)
        cache.set(key, facets, timeout=FACETS_TIMEOUT)
    return facets


def count_facets(ticker: Ticker) -> Facets:
    published = Entry.objects.published().filter(ticker=ticker)
    return Facets(
        speakers=_named_counts(Speaker, published, "entries"),
        sources=_named_counts(Source, published, "entries"),
        tags=_named_counts(Tag, published, "entries"),
        days=_day_counts(published, ticker),
    )


def _named_counts(model, published, relation: str) -> tuple[Facet, ...]:
    rows = (
        model.objects.filter(**{f"{relation}__in": published})
        .annotate(count=Count(relation))
        .order_by("-count", "name")
        .values_list("slug", "name", "count")
    )
    return tuple(Facet(slug, name, count) for slug, name, count in rows)


def _day_counts(published, ticker: Ticker) -> tuple[DayFacet, ...]:
    rows = (
        published.annotate(day=TruncDate("published_at", tzinfo=ticker.zone))
        .values("day")
        .annotate(count=Count("id"))
        .order_by("-day")
        .values_list("day", "count")
    )
    return tuple(DayFacet(day, count) for day, count in rows)

"""Timeline filters from GET parameters, and keyset paging over a ticker's entries.

One `TimelineFilters` value is parsed per request (`from_query`), narrows any entry
queryset (`apply`), and writes itself back as a canonical query string (`querystring`),
so the page, the live-update poller, the embed, the feed and the JSON API agree on what
a set of filters means and on its URL.

Paging is keyset paging on (published_at, position, id), the timeline's sort key:
the cursor `before` names the last entry shown, and the next page continues strictly
after it in the chosen order. Entries published meanwhile cannot shift the pages (no
duplicates, no gaps), and no COUNT(*) is needed.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass, replace
from urllib.parse import urlencode

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connection
from django.db.models import Exists, F, Func, OuterRef, Q, QuerySet
from django.utils import timezone

PAGE_SIZE = 20
MAX_QUERY_LENGTH = 200
MAX_TAGS = 10
MAX_SLUG_LENGTH = 200
ORDERS = ("newest", "oldest")
# Days and cursors outside these years are malformed (and would overflow date arithmetic).
PLAUSIBLE_YEARS = (1900, 2999)
SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]+$")
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CURSOR_RE = re.compile(r"^(-?\d{1,20})_(-?\d{1,11})_(\d{1,19})$")


class InvalidFilter(Exception):
    """A filter parameter is malformed; the view answers 400, never 500."""


@dataclass(frozen=True)
class Cursor:
    """The sort key of the last entry shown: "<epoch microseconds>_<position>_<id>"."""

    published_at: dt.datetime
    position: int
    id: int

    @classmethod
    def of(cls, entry) -> Cursor:
        return cls(entry.published_at, entry.position, entry.pk)

    @classmethod
    def parse(cls, raw: str) -> Cursor:
        match = CURSOR_RE.match(raw)
        if not match:
            raise InvalidFilter("before")
        micros, position, pk = (int(part) for part in match.groups())
        try:
            published_at = dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(
                microseconds=micros
            )
        except OverflowError as exc:
            raise InvalidFilter("before") from exc
        if (
            not PLAUSIBLE_YEARS[0] <= published_at.year <= PLAUSIBLE_YEARS[1]
            or not -(2**31) <= position < 2**31
            or pk >= 2**63
        ):
            raise InvalidFilter("before")
        return cls(published_at, position, pk)

    def __str__(self) -> str:
        delta = self.published_at - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
        micros = (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
        return f"{micros}_{self.position}_{self.id}"

    def including(self) -> Cursor:
        """A cursor whose next page starts with this very entry (for "its place in the timeline")."""
        return replace(self, id=self.id + 1)


class GermanSearchVector(Func):
    """The expression of the `entry_search_de_idx` index (migration 0002), written identically
    so that PostgreSQL answers the search from the index:
    to_tsvector('german'::regconfig, coalesce(title, '') || ' ' || coalesce(body_text, ''))."""

    template = "to_tsvector('german'::regconfig, coalesce(%(expressions)s, ''))"
    arg_joiner = ", '') || ' ' || coalesce("
    output_field = SearchVectorField()

    def __init__(self):
        super().__init__(F("title"), F("body_text"))


def _single(query, name: str) -> str:
    """The last value of a parameter (browsers and proxies may repeat it), stripped."""
    value = query.get(name, "") or ""
    if "\x00" in value:
        raise InvalidFilter(name)
    return value.strip()


def _slug(query, name: str) -> str | None:
    value = _single(query, name)
    if not value:
        return None
    if len(value) > MAX_SLUG_LENGTH or not SLUG_RE.match(value):
        raise InvalidFilter(name)
    return value.lower()


def _tags(query) -> tuple[str, ...]:
    values = {v.strip().lower() for v in query.getlist("tag") if v and v.strip()}
    if len(values) > MAX_TAGS:
        raise InvalidFilter("tag")
    for value in values:
        if len(value) > MAX_SLUG_LENGTH or not SLUG_RE.match(value):
            raise InvalidFilter("tag")
    return tuple(sorted(values))


def _day(query) -> dt.date | None:
    value = _single(query, "day")
    if not value:
        return None
    if not DAY_RE.match(value):
        raise InvalidFilter("day")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InvalidFilter("day") from exc
    if not PLAUSIBLE_YEARS[0] <= day.year <= PLAUSIBLE_YEARS[1]:
        raise InvalidFilter("day")
    return day


def _search_text(query) -> str:
    value = _single(query, "q")
    if len(value) > MAX_QUERY_LENGTH:
        raise InvalidFilter("q")
    return " ".join(value.split())


def _order(query) -> str:
    value = _single(query, "order") or "newest"
    if value not in ORDERS:
        raise InvalidFilter("order")
    return value


def _cursor(query) -> Cursor | None:
    value = _single(query, "before")
    return Cursor.parse(value) if value else None


def ticker_zone(ticker) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(ticker.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, AttributeError):
        return timezone.get_default_timezone()


@dataclass(frozen=True)
class TimelineFilters:
    speaker: str | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    day: dt.date | None = None
    q: str = ""
    order: str = "newest"
    before: Cursor | None = None

    @classmethod
    def from_query(cls, query, ticker=None) -> TimelineFilters:
        """Parse GET parameters; unknown parameters are ignored, malformed ones raise InvalidFilter."""
        return cls(
            speaker=_slug(query, "speaker"),
            source=_slug(query, "source"),
            tags=_tags(query),
            day=_day(query),
            q=_search_text(query),
            order=_order(query),
            before=_cursor(query),
        )

    @property
    def is_default(self) -> bool:
        """No filter narrows the list (paging and order aside)."""
        return not (self.speaker or self.source or self.tags or self.day or self.q)

    @property
    def newest_first(self) -> bool:
        return self.order == "newest"

    def querystring(self, **overrides) -> str:
        """Canonical query string (no leading "?"): sorted keys, defaults left out, `before` only
        when passed as an override (a Cursor or its string). Same filters -> same string."""
        values = {
            "speaker": self.speaker,
            "source": self.source,
            "tag": list(self.tags),
            "day": self.day.isoformat() if self.day else None,
            "q": self.q,
            "order": self.order if self.order != "newest" else None,
            "before": None,
        }
        for key, value in overrides.items():
            key = "tag" if key == "tags" else key
            if key == "day" and isinstance(value, dt.date):
                value = value.isoformat()
            if key == "before" and value is not None:
                value = str(value)
            values[key] = value
        pairs = []
        for key in sorted(values):
            value = values[key]
            if isinstance(value, list | tuple):
                pairs.extend((key, item) for item in sorted(value))
            elif value:
                pairs.append((key, value))
        return urlencode(pairs)

    def without(self, name: str, value: str | None = None) -> str:
        """Query string with one filter (or one tag) removed: for "remove this filter" links."""
        if name == "tag":
            return self.querystring(tag=[t for t in self.tags if t != value])
        return self.querystring(**{name: None})

    def apply(self, queryset: QuerySet, ticker) -> QuerySet:
        """Narrow `queryset` to this ticker's entries matching every filter (status is the caller's)."""
        queryset = queryset.filter(ticker=ticker)
        if self.speaker:
            queryset = queryset.filter(speaker__slug=self.speaker)
        if self.source:
            queryset = queryset.filter(source__slug=self.source)
        for slug in self.tags:
            queryset = queryset.filter(_has_tag(slug))
        if self.day:
            queryset = queryset.filter(_on_day(self.day, ticker_zone(ticker)))
        if self.q:
            queryset = search_entries(queryset, self.q)
        return queryset

    def ordered(self, queryset: QuerySet) -> QuerySet:
        if self.newest_first:
            return queryset.order_by("-published_at", "-position", "-id")
        return queryset.order_by("published_at", "position", "id")

    def after_cursor(self, queryset: QuerySet, cursor: Cursor) -> QuerySet:
        """Entries strictly past the cursor in this order (keyset condition on the sort key)."""
        op = "lt" if self.newest_first else "gt"
        return queryset.filter(
            Q(**{f"published_at__{op}": cursor.published_at})
            | Q(published_at=cursor.published_at, **{f"position__{op}": cursor.position})
            | Q(
                published_at=cursor.published_at,
                position=cursor.position,
                **{f"id__{op}": cursor.id},
            )
        )


def _has_tag(slug: str) -> Exists:
    from summit.ticker.models import Entry

    through = Entry.tags.through
    return Exists(through.objects.filter(entry_id=OuterRef("pk"), tag__slug=slug))


def _on_day(day: dt.date, zone: dt.tzinfo) -> Q:
    start = dt.datetime.combine(day, dt.time.min, tzinfo=zone)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
    return Q(published_at__gte=start, published_at__lt=end)


def search_entries(queryset: QuerySet, text: str) -> QuerySet:
    """German full-text search on PostgreSQL (inflections match); substring match elsewhere."""
    if connection.vendor == "postgresql":
        query = SearchQuery(text, config="german", search_type="websearch")
        return queryset.alias(search_de=GermanSearchVector()).filter(search_de=query)
    matches = Q()
    for word in text.split():
        matches &= Q(title__icontains=word) | Q(body_text__icontains=word)
    return queryset.filter(matches)


def published_matching(ticker, filters: TimelineFilters) -> QuerySet:
    """Published entries of the ticker matching the filters, with what a rendered entry shows.

    The one query behind the page, the embed, the feed and the API.
    """
    return filters.apply(ticker.entries.published(), ticker).with_relations()


@dataclass(frozen=True)
class Page:
    entries: list
    next_cursor: Cursor | None


def page_of_entries(queryset: QuerySet, filters: TimelineFilters, size: int = PAGE_SIZE) -> Page:
    """One page of `queryset` (already filtered) after `filters.before`, in `filters.order`.

    Fetches size + 1 rows to learn whether there is a next page: no COUNT(*).
    """
    if filters.before is not None:
        queryset = filters.after_cursor(queryset, filters.before)
    rows = list(filters.ordered(queryset)[: size + 1])
    entries, more = rows[:size], len(rows) > size
    return Page(entries=entries, next_cursor=Cursor.of(entries[-1]) if more else None)

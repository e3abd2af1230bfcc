"""Timeline filters from GET parameters, the paging cursor and a page: values, no database.

One `TimelineFilters` value is parsed per request (`from_query`), narrows an entry
queryset (`EntryQuerySet.for_filters`, summit.ticker.querysets), and writes itself back as
a canonical query string (`querystring`), so the page, the live-update poller, the embed,
the feed and the JSON API agree on what a set of filters means and on its URL.

The cursor `before` names the last entry shown by its sort key (published_at, position,
id); `EntryQuerySet.page` continues strictly after it in the chosen order.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from urllib.parse import urlencode

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
        pairs: list[tuple[str, object]] = []
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


@dataclass(frozen=True)
class Page:
    entries: list
    next_cursor: Cursor | None

    @classmethod
    def of(cls, rows: list, size: int) -> Page:
        """The page from size + 1 rows read: the last one only tells that more follow."""
        entries, more = rows[:size], len(rows) > size
        return cls(entries=entries, next_cursor=Cursor.of(entries[-1]) if more else None)

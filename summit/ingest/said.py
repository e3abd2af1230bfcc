"""When a quoted statement was made, where the text says so ("erklärte Müller am Mittwoch").

Only a weekday tied to a statement ("erklärte … am Mittwoch", "am Mittwoch bei einer Rede",
"said on Wednesday") counts, and only when the entry names one such day: it is then the
last such weekday up to the entry's own date. A weekday alone ("das Treffen am Freitag")
is usually about something else, so it is never read as the time of a statement.

The answer is a date when the text names only the day, and a datetime when it also names
the clock time ("am Mittwoch um 18:30 Uhr"); an unknown time is never invented.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo

from summit.ingest.cues import alternation
from summit.ingest.datewords import WEEKDAY_NUMBERS as WEEKDAYS
from summit.ingest.wordlists import ENGLISH, GERMAN
from summit.ticker.sanitize import html_to_text

_DAY = r"(?P<day>" + "|".join(WEEKDAYS) + r")"
_CLOCK = r"(?:\s+(?:um|gegen|at)\s+(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?:Uhr|h)?)?"
# Words within one clause: no sentence or clause punctuation, no quotation marks.
_CLAUSE = r"[^.,;:!?\"„“”«»]{0,80}?"
_SAID_DE = rf"(?:{alternation(GERMAN['statement_verbs'])})"
_SAID_EN = rf"(?:{alternation(ENGLISH['statement_verbs'])})"
_OCCASION = rf"(?:{alternation(GERMAN['statement_occasions'])})"
_PERFECT_DE = rf"(?:{alternation(GERMAN['statement_participles'])})"

_ANY_DAY = re.compile(rf"\b{_DAY}\b", re.IGNORECASE)

_PATTERNS = [
    re.compile(rf"\b{_SAID_DE}\b{_CLAUSE}\bam\s+{_DAY}\b{_CLOCK}", re.IGNORECASE),
    re.compile(rf"\bam\s+{_DAY}\b{_CLOCK}\s+(?:{_OCCASION}|{_PERFECT_DE})\b", re.IGNORECASE),
    re.compile(rf"\b{_SAID_EN}\b{_CLAUSE}\bon\s+{_DAY}\b{_CLOCK}", re.IGNORECASE),
    re.compile(rf"\bon\s+{_DAY}\b{_CLOCK},?\s+(?:{_SAID_EN})\b", re.IGNORECASE),
]


def _weekday_tails(names: list[str]) -> tuple[str, ...]:
    """Pieces one of which every name holds ("tag", "day", …), without an "i", "k" or "s":
    the only letters re.IGNORECASE also matches in another case than str.lower() gives
    ("ı", "İ", "ſ", the Kelvin sign). So a text lowercased holds one when _ANY_DAY matches."""
    tails = {re.split("[iks]", name)[-1] for name in names}
    return tuple(sorted(tail for tail in tails if not any(o in tail for o in tails - {tail})))


_WEEKDAY_TAILS = _weekday_tails(list(WEEKDAYS))


def said_at_from_text(
    title: str, body_html: str, published_at: datetime | None, zone: tzinfo
) -> date | datetime | None:
    """The day (or moment) a statement in the entry was made, or None when not certain."""
    return said_at_in_text(entry_text(title, body_html), published_at, zone)


def entry_text(title: str, body_html: str) -> str:
    """An entry's words as read for names and dates: the title, then the body's plain text."""
    return f"{title}\n{html_to_text(body_html)}"


def said_at_in_text(
    text: str, published_at: datetime | None, zone: tzinfo
) -> date | datetime | None:
    """said_at_from_text for an entry_text already made (the importer makes it once)."""
    if published_at is None or not _may_name_a_weekday(text) or not _ANY_DAY.search(text):
        return None  # most entries name no weekday: the four patterns need not look
    found = {_mention(match) for pattern in _PATTERNS for match in pattern.finditer(text)}
    days = {weekday for weekday, _clock in found}
    if len(days) != 1:
        return None  # none, or several statement days: not unambiguous
    clocks = {clock for _weekday, clock in found if clock is not None}
    if len(clocks) > 1:
        clocks = set()  # two different times for the same day: keep only the day
    entry_day = published_at.astimezone(zone).date()
    (weekday,) = days
    said_day = entry_day - timedelta(days=(entry_day.weekday() - weekday) % 7)
    if not clocks:
        return said_day
    moment = datetime.combine(said_day, clocks.pop(), tzinfo=zone)
    return moment if moment <= published_at else said_day


def _may_name_a_weekday(text: str) -> bool:
    """False when no weekday's name occurs in text in any case.

    A few substring tests are far cheaper than _ANY_DAY's case-insensitive search, which
    then runs only for the texts that may name one."""
    lowered = text.lower()
    return any(map(lowered.__contains__, _WEEKDAY_TAILS))


def said_moment(value: date | datetime | None, zone: tzinfo) -> datetime | None:
    """What Entry.said_at stores: a known moment as it is, a day alone as its local midnight."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.combine(value, time(0), tzinfo=zone)


def _mention(match: re.Match[str]) -> tuple[int, time | None]:
    weekday = WEEKDAYS[match["day"].lower()]
    if match["hour"] is None or int(match["hour"]) > 23 or int(match["minute"] or 0) > 59:
        return weekday, None
    return weekday, time(int(match["hour"]), int(match["minute"] or 0))

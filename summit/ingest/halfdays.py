"""The half of the day of times a page writes without "am"/"pm" where its others have it.

A live blog that marks most times "9:35 p.m." may leave the marks off some ("10:05",
"9:57" above them): such a time is read as written, before noon, though the page's own
order puts it next to the evening. Of its two readings, the one nearer the marked time
before it on the page (or, at the top, after it) is the page's. A page that says so
("All times below are p.m. Eastern") has all its unmarked times in the afternoon; one
that speaks of its night ("That is it for tonight", "Queensland election night live")
and marks none, on a 12-hour clock ("6:25", "11:40", never "18:25" or "09:05"), has
them in the evening, and "12.56" past midnight.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import time
from enum import Enum

from summit.ingest.days import Dated
from summit.ingest.wordlists import ENGLISH, GERMAN

_MARKED = re.compile(r"\d\s?[ap]\.?\s?m\b", re.IGNORECASE)
_DAY_MINUTES = 24 * 60
# The page's word on its unmarked times: "All times below are p.m. Eastern."
_ALL_AFTERNOON = re.compile(r"\ball times\b[^.:]{0,30}\bare p\.?\s?m\b", re.IGNORECASE)
# A page that speaks of its night: "That is it for tonight", "election night live", "I'm
# calling it a night on this live-blog", "Thank you and good night".
_NIGHT = re.compile(r"\b(?:tonight|election night|calling it a night|good ?night)\b", re.IGNORECASE)
# An hour written with a leading zero ("09:05", "0646"): a 24-hour clock.
_LEADING_ZERO = re.compile(r"(?<!\d)0\d[:.]?\d{2}")
# Times of the night, beside which "12.32" is the hour past midnight (minutes of the day).
_NOON_HOUR, _LATE_NIGHT, _SMALL_HOURS_END = 12, 22 * 60, 2 * 60
# The fewest times that show a 12-hour clock (two morning times may be on either).
_FEWEST_TIMES = 3
# On a 12-hour clock at night: the hours of the evening, and 12 as the hour after midnight.
_EVENING_HOURS = range(6, 12)


class Half(Enum):
    """The half of the day a page gives its unmarked times."""

    AFTERNOON = "afternoon"
    NIGHT = "night"


def page_half(lines: Sequence[str]) -> Half | None:
    """The afternoon where the page says all its times are ("All times below are p.m."),
    the night where it speaks of its night, else None."""
    if any("times" in text and _ALL_AFTERNOON.search(text) for text in lines):
        return Half.AFTERNOON
    night = any("ight" in text and _NIGHT.search(text) for text in lines)
    return Half.NIGHT if night and _written_in_english(lines) else None


def _written_in_english(lines: Sequence[str]) -> bool:
    """Whether the page's articles are mostly English ones: a German page quoting "Can you
    feel the love tonight" keeps its 24-hour clock."""
    words = Counter(word.lower() for text in lines for word in text.split())
    english = sum(words[article] for article in ENGLISH["articles"])
    return english > sum(words[article] for article in GERMAN["articles"])


def settle_half_days(units: Sequence[Dated], half: Half | None = None) -> None:
    """Gives unmarked times on a page with marked ones the half of the day nearest theirs,
    or the afternoon where the page says all its times are, or the evening and the night
    where it speaks of its night on a 12-hour clock."""
    timed = [unit for unit in units if _clock_only(unit)]
    marked = [_is_marked(unit) for unit in timed]
    if half is Half.AFTERNOON:
        for unit, mark in zip(timed, marked, strict=True):
            minutes = _minutes(unit)
            if not mark and 1 <= minutes // 60 < 12:
                _set_minutes(unit, minutes + 720)
        return
    if half is Half.NIGHT and not any(marked) and _twelve_hour_clock(timed):
        for unit in timed:
            _set_minutes(unit, _at_night(_minutes(unit)))
        return
    _midnight_slips(timed)
    if not any(marked) or all(marked):
        return
    previous = next(_minutes(unit) for unit, mark in zip(timed, marked, strict=True) if mark)
    for unit, mark in zip(timed, marked, strict=True):
        minutes = _minutes(unit)
        if not mark and 1 <= minutes // 60 <= 12:
            other = (minutes + 720) % _DAY_MINUTES
            if _distance(other, previous) < _distance(minutes, previous):
                minutes = other
                _set_minutes(unit, minutes)
        previous = minutes


def _midnight_slips(timed: Sequence[Dated]) -> None:
    """ "12.32" over "12.00" over "23.52", "12:52 p.m." under "1:20 a.m.": the hour past
    midnight written as twelve, between times surely of the night on either side (not
    "1:15" over "12:50", which a 12-hour clock writes at noon)."""
    minutes = [_minutes(unit) for unit in timed]
    others = [index for index, value in enumerate(minutes) if value // 60 != _NOON_HOUR]
    for index, value in enumerate(minutes):
        if value // 60 != _NOON_HOUR:
            continue
        # The nearest others on either side, found in the ordered list rather than by a
        # scan of it per twelve o'clock (a page of 10,000 times has hundreds of them).
        position = bisect_left(others, index)
        above = others[max(position - 1, 0) : position]
        below = others[position : position + 1]
        beside = [timed[other] for other in above + below]
        if beside and all(_surely_at_night(unit) for unit in beside):
            _set_minutes(timed[index], value - 720)


def _surely_at_night(unit: Dated) -> bool:
    """A time late in the evening ("23.52"), or in the small hours as a 24-hour clock or
    a mark writes them ("00:29", "1:20 a.m.")."""
    minutes = _minutes(unit)
    if minutes >= _LATE_NIGHT:
        return True
    written = _written(unit)
    return minutes < _SMALL_HOURS_END and bool(_is_marked(unit) or _LEADING_ZERO.search(written))


def _twelve_hour_clock(timed: Sequence[Dated]) -> bool:
    """Whether the times are written on a 12-hour clock: hours 1 to 12, without a zero
    or "Uhr"."""
    return len(timed) >= _FEWEST_TIMES and all(
        1 <= _minutes(unit) // 60 <= 12
        and not _LEADING_ZERO.search(_written(unit))
        and "Uhr" not in _written(unit)
        for unit in timed
    )


def _at_night(minutes: int) -> int:
    """A 12-hour time of a night ticker: "6:25" the evening's, "12.56" past midnight; the
    small hours ("1:05") as written."""
    hour = minutes // 60
    if hour == 12:
        return minutes - 720
    return minutes + 720 if hour in _EVENING_HOURS else minutes


def _set_minutes(unit: Dated, minutes: int) -> None:
    assert unit.stamp is not None
    unit.stamp = replace(unit.stamp, clock=time(minutes // 60, minutes % 60))


def _clock_only(unit: Dated) -> bool:
    stamp = unit.stamp
    return stamp is not None and stamp.clock is not None and stamp.moment is None


def _is_marked(unit: Dated) -> bool:
    return bool(_MARKED.search(_written(unit)))


def _written(unit: Dated) -> str:
    assert unit.stamp is not None
    return unit.stamp.written


def _minutes(unit: Dated) -> int:
    assert unit.stamp is not None and unit.stamp.clock is not None
    clock = unit.stamp.clock
    return clock.hour * 60 + clock.minute


def _distance(a: int, b: int) -> int:
    gap = abs(a - b)
    return min(gap, _DAY_MINUTES - gap)

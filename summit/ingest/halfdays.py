"""The half of the day of times a page writes without "am"/"pm" where its others have it.

A live blog that marks most times "9:35 p.m." may leave the marks off some ("10:05",
"9:57" above them): such a time is read as written, before noon, though the page's own
order puts it next to the evening. Of its two readings, the one nearer the marked time
before it on the page (or, at the top, after it) is the page's. A page that says so
("All times below are p.m. Eastern") has all its unmarked times in the afternoon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import time

from summit.ingest.days import Dated

_MARKED = re.compile(r"\d\s?[ap]\.?\s?m\b", re.IGNORECASE)
_DAY_MINUTES = 24 * 60
# The page's word on its unmarked times: "All times below are p.m. Eastern."
_ALL_AFTERNOON = re.compile(r"\ball times\b[^.:]{0,30}\bare p\.?\s?m\b", re.IGNORECASE)


def says_all_afternoon(lines: Sequence[str]) -> bool:
    return any("times" in text and _ALL_AFTERNOON.search(text) for text in lines)


def settle_half_days(units: Sequence[Dated], afternoon: bool = False) -> None:
    """Gives unmarked times on a page with marked ones the half of the day nearest theirs,
    or the afternoon where the page says all its times are."""
    timed = [unit for unit in units if _clock_only(unit)]
    marked = [_is_marked(unit) for unit in timed]
    if afternoon:
        for unit, mark in zip(timed, marked, strict=True):
            minutes = _minutes(unit)
            if not mark and 1 <= minutes // 60 < 12:
                _set_minutes(unit, minutes + 720)
        return
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


def _set_minutes(unit: Dated, minutes: int) -> None:
    assert unit.stamp is not None
    unit.stamp = replace(unit.stamp, clock=time(minutes // 60, minutes % 60))


def _clock_only(unit: Dated) -> bool:
    stamp = unit.stamp
    return stamp is not None and stamp.clock is not None and stamp.moment is None


def _is_marked(unit: Dated) -> bool:
    stamp = unit.stamp
    assert stamp is not None
    return bool(_MARKED.search(stamp.written))


def _minutes(unit: Dated) -> int:
    assert unit.stamp is not None and unit.stamp.clock is not None
    clock = unit.stamp.clock
    return clock.hour * 60 + clock.minute


def _distance(a: int, b: int) -> int:
    gap = abs(a - b)
    return min(gap, _DAY_MINUTES - gap)

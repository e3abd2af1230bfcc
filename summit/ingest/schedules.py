"""Schedules inside an entry: times of what is planned, which are no entries of their own."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from summit.ingest.lines import Line

if TYPE_CHECKING:
    from summit.ingest.units import Unit


def fold_schedules(units: list[Unit]) -> None:
    """On a page oldest first, a run of times all later than the entry after them is a
    schedule inside the entry before ("10am: the minister speaks"), not entries.

    A newest-first page is left alone: there a later time after an earlier one is the
    previous day's last entry (often under a day heading), never a schedule."""
    minutes = [_minute(unit) for unit in units]
    days = [unit.day for unit in units]
    if not _oldest_first(minutes, days):
        return
    index = 1
    while index < len(units):
        end = _schedule_end(minutes, days, index)
        if end is None:
            index += 1
            continue
        for unit in units[index:end]:
            units[index - 1].lines.extend(_as_lines(unit))
        del units[index:end], minutes[index:end], days[index:end]


def _oldest_first(minutes: list[int | None], days: list[date | None]) -> bool:
    """Most neighbouring times of the same day rise: the page runs oldest first."""
    rising = falling = 0
    for (before, day_before), (after, day_after) in zip(
        zip(minutes, days, strict=True), zip(minutes[1:], days[1:], strict=True), strict=False
    ):
        if before is None or after is None or day_before != day_after:
            continue
        rising += after > before
        falling += after < before
    return rising > falling


def _schedule_end(minutes: list[int | None], days: list[date | None], index: int) -> int | None:
    """Where a schedule starting at `index` ends: the next entry falls back between the
    entry before and every time of the run (all on the entry's day)."""
    before, lowest = minutes[index - 1], None
    for end in range(index, len(minutes)):
        current = minutes[end]
        if before is None or current is None or current <= before:
            return None
        if days[end] != days[index - 1]:
            return None
        if lowest is not None and end - index >= 2 and current < lowest:
            return end
        lowest = current if lowest is None else min(lowest, current)
    return None


def _minute(unit: Unit) -> int | None:
    stamp = unit.stamp
    if stamp is None or stamp.clock is None or stamp.day is not None:
        return None
    return stamp.clock.hour * 60 + stamp.clock.minute


def _as_lines(unit: Unit) -> list[Line]:
    opening = Line(unit.number, unit.stamp.text if unit.stamp else unit.headline, True)
    return [opening, *unit.lines]

"""Schedules inside an entry: times of what is planned, which are no entries of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summit.ingest.lines import Line

if TYPE_CHECKING:
    from summit.ingest.text import Unit


def fold_schedules(units: list[Unit]) -> None:
    """On a page oldest first, a run of times all later than the entry after them is a
    schedule inside the entry before ("10am: the minister speaks"), not entries."""
    minutes = [_minute(unit) for unit in units]
    index = 1
    while index < len(units):
        end = _schedule_end(minutes, index)
        if end is None:
            index += 1
            continue
        for unit in units[index:end]:
            units[index - 1].lines.extend(_as_lines(unit))
        del units[index:end], minutes[index:end]


def _schedule_end(minutes: list[int | None], index: int) -> int | None:
    """Where a schedule starting at `index` ends: the next entry falls back between the
    entry before and every time of the run."""
    before, lowest = minutes[index - 1], None
    for end in range(index, len(minutes)):
        current = minutes[end]
        if before is None or current is None or current <= before:
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

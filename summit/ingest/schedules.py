"""Schedules: times of what is planned, which are no entries of their own."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from summit.ingest.lines import Line

if TYPE_CHECKING:
    from summit.ingest.trim import Skip
    from summit.ingest.units import Unit

# The fewest dated labels in a row that make a calendar ("1. Etappe" to "21. Etappe").
_CALENDAR_ROWS = 4
# The most days between two of its rows (a rest day between two stages).
_CALENDAR_GAP = 2
# The fewest times in a row that make a day's plan above a ticker.
_SCHEDULE_ROWS = 3


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


def drop_head_schedule(units: list[Unit], skips: list[Skip]) -> list[Unit]:
    """The day's plan above a ticker ("9am: The congregation is seated", "10.20am: The
    procession sets off", "11am: …"), a run of one-line times rising from the top, the
    ticker below it beginning earlier than the plan's first time: no entries."""
    planned: list[int] = []
    for unit in units:
        minute = _minute(unit)
        if minute is None or not _plans(unit) or (planned and minute <= planned[-1]):
            break
        planned.append(minute)
    end = len(planned)
    after = _minute(units[end]) if end < len(units) else None
    if end < _SCHEDULE_ROWS or after is None or after >= planned[0]:
        return units
    reason = _("Terminplan")
    for unit in units[:end]:
        skips.extend((line.number, line.text, reason) for line in _as_lines(unit))
    return units[end:]


def _plans(unit: Unit) -> bool:
    """A line of what happens at its time, nothing below it."""
    return bool(unit.headline) and not unit.lines


def drop_calendars(units: list[Unit], skips: list[Skip], today: date) -> list[Unit]:
    """A page's calendar (stages, match days: "• 19. Etappe" over "18.09.2020 13:45"), a
    run of dated labels on one day after another that runs past today, is no entries (a
    run of past days only may be a ticker's own headlines). The entries after it take
    their day from their own page, not from the calendar's last row."""
    kept: list[Unit] = []
    index = 0
    while index < len(units):
        end = _calendar_end(units, index)
        if end - index < _CALENDAR_ROWS or _last_day(units[end - 1]) <= today:
            kept.append(units[index])
            index += 1
            continue
        if end < len(units) and _next_row(units[end - 1], units[end]):
            end += 1  # the last row, with the block below it: "23.07.2017 16:50" over results
        reason = _("Terminplan")
        for unit in units[index:end]:
            skips.extend((line.number, line.text, reason) for line in _as_lines(unit))
        last_day = units[end - 1].day
        for unit in units[end:]:
            if unit.stamp is None or unit.stamp.day is not None or unit.day != last_day:
                break
            unit.day = None
        index = end
    return kept


def _calendar_end(units: list[Unit], start: int) -> int:
    """Where a run of dated labels on rising days from `start` ends."""
    end, previous = start, None
    while end < len(units):
        stamp = units[end].stamp
        day = stamp.day if stamp is not None and stamp.clock is not None else None
        if day is None or (previous is not None and day <= previous) or not _labels(units[end]):
            break
        previous, end = day, end + 1
    return end


def _next_row(last: Unit, unit: Unit) -> bool:
    """A calendar's last row with the page's next block under it, not a label: its day
    a day or two after the row before."""
    stamp = unit.stamp
    if stamp is None or stamp.day is None or stamp.clock is None:
        return False
    return 0 < (stamp.day - _last_day(last)).days <= _CALENDAR_GAP


def _last_day(unit: Unit) -> date:
    assert unit.stamp is not None and unit.stamp.day is not None  # (a calendar's row)
    return unit.stamp.day


def _labels(unit: Unit) -> bool:
    texts = [text for text in (unit.headline, *(line.text for line in unit.lines)) if text]
    return len(texts) <= 4 and all(
        len(text.split()) <= 4 and text[-1] not in ".!?" for text in texts
    )

"""The day of times a page prints without one: across midnight, and under the page's date.

A day heading names the day of the times below it, but a ticker that runs past midnight
goes on under the same heading ("Sonntag (14. März)" over 00:40, 00:07, 23:41): where the
times jump back by hours against the page's order, the day changes. And a page that
prints one date only, in its head ("06.11.14" over a ticker pasted two days later), gives
the day it was begun or last changed, not necessarily the day of its times.

Of the readings possible, the one whose newest time lies within the day before "now"
(the paste) wins, as a live ticker is pasted while it runs; with none, the heading's day
stays with the times right below it. A day read from the page's date alone is a guess
(time_estimated); one read from a midnight crossing is not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol

from summit.ingest.dates import DateReader
from summit.ingest.datewords import DAYS_BACK, FULL_WEEKDAYS, WEEKDAY_NUMBERS
from summit.ingest.stamps import Stamp
from summit.ingest.wordlists import ENGLISH

# A jump back of this many hours against the page's order is a night, not a correction.
_CROSSING = 6 * 60
_ANCHOR_CROSSING = 2 * 60
# How far the day of the page's date may lie from the times it stands over, in days.
_PAGE_DATE_SHIFTS = (-1, 0, 1, 2)
_PASTE_WINDOW = timedelta(days=1)
# Without a day heading, a night shows only between these times (minutes of the day);
# where the page gives no day at all, between the evening and a time before noon.
_EARLY_MORNING, _LATE_EVENING = 6 * 60, 18 * 60
_GRACE = timedelta(minutes=5)
_NOON = 12 * 60
# "Flut-Liveticker vom 8. Juni", "Ticker vom 15.03.2020": the page's title names the day
# of its ticker, which its date (last changed, or printed) need not be.
# (Its weekday before it: "Der Ticker von Montag (06.12.2021) zum Nachlesen".)
_TICKER_OF_DAY = re.compile(
    rf"(?i:ticker|blog)\s+vo[mn]\s+(?:(?i:{FULL_WEEKDAYS}),?\s+(?:den\s+)?\(?)?"
    r"(\d{1,2}\.\s?(?:\d{1,2}\.(?:\d{2,4})?|[^\W\d]{3,9}\.?(?:\s\d{4})?))"
)
_ENGLISH_WEEKDAYS = "|".join(day.title() for day in ENGLISH["weekdays"])
# "Die Ereignisse vom Freitag zum Nachlesen", "The first round tipped off Thursday": the
# day the page looks back on. (English writes its weekdays capitalised, and bare.)
_WEEKDAY_WORD = re.compile(rf"(?<=\bvom )(?i:{FULL_WEEKDAYS})\b|\b(?:{_ENGLISH_WEEKDAYS})\b")
# A day named by how it lies from the paste: the day of the paste reads it so already.
_RELATIVE_DAY = re.compile(rf"(?i:{'|'.join(sorted(DAYS_BACK, key=len, reverse=True))})\b")
# The fewest posts under one repeated time line that make it a label, not their time.
_LABEL_POSTS = 3
# How many lines from the top the page's title may stand.
_TITLE_LINES = 15


class Dated(Protocol):
    stamp: Stamp | None
    day: date | None
    day_guessed: bool
    day_below: bool

    @property
    def is_empty(self) -> bool: ...


@dataclass(slots=True)
class _Run:
    """Units timed by the clock alone under one day, in page order; anchor: the minute of
    the entry right above them that gave the day with a time of its own ("Mittwoch, 9
    Uhr: …" over "15.01 Uhr"), as a night between it and them changes their day too."""

    day: date
    units: list[Dated]
    anchor: int | None = None
    anchor_posts: bool = False  # the entry above says something: no page's stamp


def names_one_date(stamps: Sequence[Stamp], reader: DateReader) -> bool:
    """Whether a page names one day only, as the page's date, for the paste to move: not
    where a day word says how it lies from the paste ("Yesterday 30.09.2016"). A day after
    "now" is the date the page was saved ("Dienstag, 19. März 2024" over an archived
    ticker of 2019), no day of the ticker."""
    today = reader.reference.date()
    dated = [stamp for stamp in stamps if stamp.day is not None and stamp.day <= today]
    days = {stamp.day for stamp in dated}
    return len(days) == 1 and not any(_RELATIVE_DAY.match(stamp.text) for stamp in dated)


def titled_day(lines: Sequence[str], reader: DateReader) -> date | None:
    """The day a page's title gives its ticker ("Liveticker vom 8. Juni"), or None."""
    for text in lines[:_TITLE_LINES]:
        named = _TICKER_OF_DAY.search(text) if "vo" in text else None
        stamp = reader.read(named.group(1)) if named else None
        if stamp is not None and stamp.is_day_heading:
            return stamp.day
    return None


def titled_weekday(lines: Sequence[str], reader: DateReader) -> int | None:
    """The one weekday a page's title and intro look back on ("Die Ereignisse vom Freitag
    zum Nachlesen", "The first round tipped off Thursday"), as a number, or None."""
    named: set[int] = set()
    for text in lines[:_TITLE_LINES]:
        stamp = reader.read(text)
        if stamp is not None and stamp.names_time:
            break  # the first time: the head has ended
        named.update(WEEKDAY_NUMBERS[word.lower()] for word in _WEEKDAY_WORD.findall(text))
    return named.pop() if len(named) == 1 else None


def settle_days(
    units: Sequence[Dated],
    reader: DateReader,
    *,
    one_date: bool,
    titled: date | None = None,
    weekday: int | None = None,
) -> None:
    """Moves the day of clock-only times where midnight or the page's date says so;
    one_date: whether the page names one day only (its date, no day headings); titled: the
    day the page's title names, which such a page's times are on; weekday: the weekday it
    names, which is theirs where it is the day before the page's date (a ticker of the
    evening, dated the morning after)."""
    runs = _runs(units) or _undated_run(units, reader)
    single_day = one_date and len(runs) == 1 and not any(_own_day(unit) for unit in units)
    single_day = single_day and not _timed_above(units, runs[0])
    page_newest_first = _newest_first([_minutes(unit) for unit in units if _has_clock(unit)])
    for run in runs:
        offsets = _crossings(run, page_newest_first)
        before = run.day - timedelta(days=1)
        if titled is None and weekday == before.weekday() and _in_the_evening(run):
            titled = before
        if titled is not None and single_day and not any(offsets):
            for unit in run.units:
                unit.day = titled
            continue
        if _pinned_by_anchor(run, offsets):
            shifts: tuple[int, ...] = (0,)  # the day the entry above writes is theirs
        elif any(offsets):
            shifts = tuple(sorted({-offset for offset in offsets}))
        elif single_day:
            shifts = _PAGE_DATE_SHIFTS
        else:
            continue
        shift = _best_shift(run, offsets, shifts, reader)
        for unit, offset in zip(run.units, offsets, strict=True):
            unit.day = run.day + timedelta(days=offset + shift)
            unit.day_guessed = not any(offsets) and shift != 0
    mark_repeated_labels(units)


def mark_repeated_labels(units: Sequence[Dated]) -> None:
    """A time line repeated word for word over posts ("13:30 Uhr Erzgeb. Aue - 1. FC
    Heidenheim" over each post on that match), its time beside text on several more, is
    the label of what they are about, a match's kick-off: no post's own time, which the
    page does not give. The time stays, marked as a guess. (A post shown twice, "19:31 -
    71. Spielminute", keeps its time.)"""
    labelled = [unit.stamp for unit in units if unit.stamp is not None and unit.stamp.rest]
    texts = Counter(stamp.text for stamp in labelled)
    clocks = Counter(stamp.clock for stamp in labelled if stamp.clock is not None)
    for unit in units:
        stamp = unit.stamp
        if stamp is None or not stamp.rest or stamp.clock is None or texts[stamp.text] < 2:
            continue
        if clocks[stamp.clock] >= _LABEL_POSTS:
            unit.day_guessed = True


def _in_the_evening(run: _Run) -> bool:
    """Whether all of a run's times lie after noon: a ticker of the evening, which the
    morning after may date; a night's times after midnight are the date's own."""
    return all(_minutes(unit) >= _NOON for unit in run.units if _has_clock(unit))


def _timed_above(units: Sequence[Dated], run: _Run) -> bool:
    """Whether a post timed by the clock stands above the run's day: that day is then a
    heading between posts ("09:30 …" over "August 10" over "20:30 …"), the day of the
    times under it as written, not the page's date, which may lie days off."""
    for unit in units:
        if unit is run.units[0]:
            return False
        if _has_clock(unit) and unit.day is None:
            return True
    return False


def _pinned_by_anchor(run: _Run, offsets: list[int]) -> bool:
    """Whether the run's first time lies hours (not a night's) against the page's order
    from the entry above, dated with its own day: the day before that one, as written.
    (A jump of a night may be a page's stamp above its ticker: the paste decides then,
    unless the entry above is a post of its own in the small hours over late evening
    times: "24.07.2016, 01:04 Uhr: Wir beenden den Liveticker …" over "23:27".)"""
    if run.anchor is None or not offsets[0]:
        return False
    first = _minutes(run.units[0])
    small_hours = run.anchor < _EARLY_MORNING and first >= _LATE_EVENING
    return (run.anchor_posts and small_hours) or abs(first - run.anchor) < _CROSSING


def _clock_only(unit: Dated) -> bool:
    stamp = unit.stamp
    return (
        stamp is not None
        and stamp.clock is not None
        and stamp.day is None
        and stamp.moment is None
        and not stamp.error
        and unit.day is not None
        and not unit.day_below
    )


def _own_day(unit: Dated) -> bool:
    stamp = unit.stamp
    return unit.day_below or (stamp is not None and (stamp.day or stamp.moment) is not None)


def _runs(units: Sequence[Dated]) -> list[_Run]:
    runs: list[_Run] = []
    previous: Dated | None = None
    for unit in units:
        above, previous = previous, unit
        if not _clock_only(unit):
            continue
        assert unit.day is not None
        anchor = _anchor(above, unit.day)
        if runs and runs[-1].day == unit.day and anchor is None:
            runs[-1].units.append(unit)
        else:
            posts = anchor is not None and above is not None and not above.is_empty
            runs.append(_Run(unit.day, [unit], anchor, posts))
    return runs


def _anchor(unit: Dated | None, day: date) -> int | None:
    """The minute of a unit timed with its own day, that day being the one given."""
    stamp = unit.stamp if unit is not None else None
    moment = stamp.moment if stamp is not None else None
    if moment is not None and moment.date() == day:
        return _minute_of(moment.time())
    if stamp is not None and stamp.day == day and stamp.clock is not None:
        return _minute_of(stamp.clock)
    return None


def _undated_run(units: Sequence[Dated], reader: DateReader) -> list[_Run]:
    """A page without any day: its clock times run under the day of the paste, until a
    crossing of midnight says otherwise."""
    bare = [
        unit
        for unit in units
        if unit.stamp is not None
        and unit.stamp.clock is not None
        and unit.stamp.day is None
        and unit.stamp.moment is None
        and not unit.stamp.error
        and unit.day is None
    ]
    run = _Run(reader.reference.date(), bare)
    return [run] if len(bare) > 1 and _crosses_near_midnight(run) else []


def _crosses_near_midnight(run: _Run) -> bool:
    """Whether each change of day the times show lies between the evening and a morning
    time: a pinned post at 08:05 above 14:22 is no night."""
    offsets = _crossings(run, None)
    minutes = [_minutes(unit) for unit in run.units]
    changes = [index for index in range(1, len(minutes)) if offsets[index] != offsets[index - 1]]
    return bool(changes) and all(_a_night(minutes, index) for index in changes)


def _a_night(minutes: list[int], index: int) -> bool:
    """Whether the change of day before the index lies between the evening and a morning
    ("7:05 a.m." over "9 p.m.", "12:35 p.m."); a morning time between evening ones close
    together is a slip ("19.15 Uhr", "9.06 Uhr", "19.00 Uhr"), no night."""
    pair = minutes[index - 1], minutes[index]
    slip = index > 1 and abs(minutes[index - 2] - minutes[index]) < _ANCHOR_CROSSING
    return min(pair) < _NOON and max(pair) >= _LATE_EVENING and not slip


def _minutes(unit: Dated) -> int:
    assert unit.stamp is not None and unit.stamp.clock is not None
    return _minute_of(unit.stamp.clock)


def _minute_of(clock: time) -> int:
    return clock.hour * 60 + clock.minute


def _has_clock(unit: Dated) -> bool:
    return unit.stamp is not None and unit.stamp.clock is not None


def _newest_first(minutes: list[int]) -> bool:
    """Whether the times mostly run back. Of two times, one in the small hours over one
    in the late evening runs back round midnight ("00.02 Uhr" over "23.08 Uhr"), as most
    tickers run; more times show their order by most of their steps."""
    steps = [later - earlier for earlier, later in zip(minutes, minutes[1:], strict=False)]
    if len(minutes) == 2 and minutes[0] < _EARLY_MORNING and minutes[1] >= _LATE_EVENING:
        return True
    return sum(step < 0 for step in steps) >= sum(step > 0 for step in steps)


def _crossings(run: _Run, page_newest_first: bool | None) -> list[int]:
    """Each unit's day relative to the first one's: -1 after a night in a newest-first
    page, +1 in an oldest-first one; page_newest_first: the order of all the page's times."""
    minutes = [_minutes(unit) for unit in run.units]
    if run.anchor is not None:
        minutes.insert(0, run.anchor)
    steps = [later - earlier for earlier, later in zip(minutes, minutes[1:], strict=False)]
    newest_first = _newest_first(minutes)
    # Below an entry dated with its own day, times hours against the order of the whole
    # page are the day before ("Freitag, 13.44 Uhr: Hallo zur 19. Etappe" over "17.43 Uhr:
    # Der Sieger der 18. Etappe"): that day is written. (Not under a table of results
    # running the other way, "21:25 Mo, 29.12." over a ticker's "23:44".)
    pinned = run.anchor is not None and page_newest_first is newest_first
    offsets = [0]
    for index, step in enumerate(steps):
        crossing = _ANCHOR_CROSSING if index == 0 and pinned else _CROSSING
        night = step >= crossing if newest_first else step <= -crossing
        offsets.append(offsets[-1] + ((-1 if newest_first else 1) if night else 0))
    return offsets[1:] if run.anchor is not None else offsets


def _best_shift(run: _Run, offsets: list[int], shifts: tuple[int, ...], reader: DateReader) -> int:
    """The shift whose newest time lies within the day before the paste, else none."""
    reference = reader.reference
    for shift in shifts:
        newest = max(_moment(unit, run.day, offset + shift, reader) for unit, offset in
                     zip(run.units, offsets, strict=True))  # fmt: skip
        if reference - _PASTE_WINDOW < newest <= reference + _GRACE:
            return shift
    return 0


def _moment(unit: Dated, day: date, offset: int, reader: DateReader) -> datetime:
    assert unit.stamp is not None and unit.stamp.clock is not None
    zone = unit.stamp.zone or reader.zone
    return datetime.combine(day + timedelta(days=offset), unit.stamp.clock, zone)

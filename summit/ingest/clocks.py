"""The time of day a date expression's match names (dates.py): whether it is one, and which;
and the commonest time line, "21:15 Uhr", read without the expressions."""

from __future__ import annotations

import re
from datetime import time
from functools import lru_cache

from summit.ingest.stamps import Stamp

_TEXT_SEPARATOR = re.compile(r"[-–|:]")
# The commonest time line, read without the general expressions ("21:15 Uhr", "9:05").
PLAIN_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?: Uhr)?")


def is_clock_line(match: re.Match[str]) -> bool:
    """A bare number is no time: a clock line needs minutes, "Uhr", am/pm or a zone; a
    dotted time needs more still, brackets will do ("[15.08] Das Gericht …")."""
    if match["minute"] is None:
        return bool(match["ampm"] or match["uhr"])
    if match.end("hour") == match.start("minute"):
        return bool(match["ampm"] or match["zone"] or match["offset"])  # "0815 PM", "1403GMT"
    colon = match.string[match.end("hour") : match.start("minute")] == ":" or bool(match["bracket"])
    # "17.50 - Matt H": a dotted time with a separator before its text is a time line too.
    end = match.start("rest") if match["rest"] is not None else len(match.string)
    dotted_line = bool(_TEXT_SEPARATOR.search(match.string, match.end("minute"), end))
    zone = match["zone"] or match["offset"]
    # "Updated 09.20": a word that labels a time opens the line ("Stand 14.03" may be a day).
    labelled = match.string[:1] in "UuPp" and match.string.lower().startswith(("update", "posted"))
    return bool(
        colon or match["ampm"] or match["uhr"] or zone or dotted_line or labelled or _barred(match)
    )


def _barred(match: re.Match[str]) -> bool:
    """ "+++ 21.44 De Maizière: … +++", "+++ 16.29 +++ Text": bars around the line or around
    the number alone make a dotted number its time."""
    plus = (match["plus"] or "").strip()
    if not plus.startswith(("++", "**")):
        return False
    after = match.string[match.end("minute") :].lstrip()
    return after.startswith(plus) or match.string.rstrip().endswith(plus)


def clock_of(match: re.Match[str]) -> time:
    """The time of day, "24:00" as midnight and am/pm on a 12-hour clock; ValueError for none."""
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    second = int(match["second"] or 0)
    if hour == 24 and minute == second == 0 and not match["ampm"]:
        hour = 0  # "24:00 Uhr": midnight, the last minute of a day and the first of the next
    afternoon = bool(match["ampm"]) and match["ampm"].lower().startswith("p")
    # "18:28 PM" and "00.11 am" say it twice: a 24-hour clock with its half of the day.
    if match["ampm"] and not (afternoon and 13 <= hour <= 23) and not (hour == 0 and not afternoon):
        if not 1 <= hour <= 12:
            raise ValueError("hour out of range for am/pm")
        hour = hour % 12 + (12 if afternoon else 0)
    return time(hour, minute, second)


# "13:00 Uhr, 16:00 Uhr", "17:00 Uhr und 21:45 Uhr": a schedule's times, no entry's.
_MORE_TIMES = re.compile(
    r"(?:Uhr )?(?:und )?\d{1,2}[:.]\d{2} Uhr(?:(?:,| und) \d{1,2}[:.]\d{2} Uhr)*"
)


def lists_times(rest: str) -> bool:
    """Whether what follows a time on its line is more times: the line is a schedule."""
    return bool(_MORE_TIMES.fullmatch(rest))


@lru_cache(maxsize=2048)
def plain_clock_stamp(line: str) -> Stamp | None:
    """What dates.py's _CLOCK_ONLY gives for "21:15 Uhr", or None for no time of day ("25:10").

    Kept: a ticker repeats its times from day to day, and a frozen Stamp, which may be
    shared, costs more to make than the line costs to read."""
    plain = PLAIN_CLOCK.fullmatch(line)
    if plain and (hour := int(plain[1])) < 24 and (minute := int(plain[2])) < 60:
        return Stamp(line, clock=time(hour, minute))
    return None

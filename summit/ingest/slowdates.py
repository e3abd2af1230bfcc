"""The slow path of reading a time line (dates.py): dateparser, for the short date-like
lines its expressions leave unread ("Sonntag, 23:17 Uhr", "2m ago (11:00 GMT)")."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache

from summit.ingest.datesieve import names_month_or_clock
from summit.ingest.datewords import WEEKDAY_OPENING
from summit.ingest.zones import zone_after_clock

_WEEK = timedelta(days=7)
_WEEKDAY_FIRST = re.compile(WEEKDAY_OPENING, re.IGNORECASE)
_FIGURES_ONLY = re.compile(r"^[\d\s.:,/+%-]+$")
_CLOCK_HINT = re.compile(r"\d{1,2}[:.]\d{2}(?![.\d])|\buhr\b|[ap]\.?m\b", re.IGNORECASE)


def read_slowly(
    line: str, languages: tuple[str, ...], reference: datetime, zone: tzinfo
) -> date | datetime | None:
    """The day (a day heading) or the instant a short line names, or None."""
    if len(line.split()) > 8 or not names_month_or_clock(line):
        return None
    if _FIGURES_ONLY.match(line):
        return None  # numbers alone ("2.30", "1:32.30", "+1.67%"): scores, times, rates
    parsed = _dateparser(languages, reference.replace(tzinfo=None)).get_date_data(line)
    if parsed is None or parsed.date_obj is None:
        return None
    value = parsed.date_obj
    if value.tzinfo is None:  # its wall time: in the zone the line names, or the import's
        value = value.replace(tzinfo=zone_after_clock(line, zone) or zone)
    if value + _WEEK <= reference and _WEEKDAY_FIRST.match(line):
        value += _WEEK  # "Sonntag, 23:17 Uhr" read on a Sunday night is today, not a week ago
    if parsed.period == "day" and not _CLOCK_HINT.search(line):
        return value.date()
    return value


@lru_cache(maxsize=8)
def _dateparser(languages: tuple[str, ...], relative_base: datetime):
    # Imported here: loading dateparser's language data costs a noticeable moment that
    # imports which never need it should not pay.
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=list(languages),
        settings={
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "RELATIVE_BASE": relative_base,
        },
    )

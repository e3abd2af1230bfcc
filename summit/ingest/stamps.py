"""A timestamp as read from one line of a ticker (dates.py reads it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from summit.ingest.shapes import is_author_name

# "Martin Obermayr derStandard.at": the writer, then the site the post appeared on.
_SITE_AFTER_NAME = re.compile(r" [\w-]+\.(?:at|ch|de|com|net|org)$")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A timestamp read from one line.

    `day` without `clock` is a day heading ("Freitag, 15. August 2025"); `clock` without
    `day` is a time under a heading ("21:15 Uhr"); `moment` is set when the line named an
    exact instant (a full date and time, or "vor 3 Minuten"). `rest` is a headline that
    followed the stamp on the same line; `source` a publisher named after it.
    """

    text: str
    day: date | None = None
    clock: time | None = None
    zone: tzinfo | None = None
    moment: datetime | None = None
    source: str | None = None
    rest: str = ""
    error: str | None = None

    @property
    def is_day_heading(self) -> bool:
        return self.day is not None and self.clock is None and self.moment is None

    @property
    def names_time(self) -> bool:
        """Whether it names a time of day or an instant (a date alone, a marker, does not)."""
        return self.clock is not None or self.moment is not None

    @property
    def written(self) -> str:
        """The stamp as written, without the headline after it on its line."""
        return self.text[: len(self.text) - len(self.rest)] if self.rest else self.text

    @property
    def signed(self) -> bool:
        """A time signed by its author ("14:46 Lorenz Hemicker", "17:35 , Luke Baker"): the
        name beside it is no headline and no text of the entry. Between bars ("+++ 9:49
        Uhr: Auftritt Melania Trump +++") stands a headline."""
        if self.clock is None or not self.rest or self.text.startswith("+++"):
            return False
        return is_author_name(_SITE_AFTER_NAME.sub("", self.rest, count=1))


def impossible_stamp(line: str, rest: str | None, message: str) -> Stamp:
    """A date or time no calendar has, named in the message as written; the text after it
    stays the entry's ("Montag, 31. Februar, 10.20 Uhr: Text" is no entry lost)."""
    rest = (rest or "").strip()
    written = line[: len(line) - len(rest)].rstrip(" :–-") if rest else line
    return Stamp(line, rest=rest, error=message % {"text": written})

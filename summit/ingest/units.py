"""The lines of one future entry, as text.py groups a pasted page into entries and
pagehead.py, schedules.py and days.py read them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from summit.ingest.lines import Line
from summit.ingest.stamps import Stamp


@dataclass(slots=True)
class Unit:
    """The lines of one future entry."""

    number: int
    headline: str = ""
    stamp: Stamp | None = None
    day: date | None = None
    lines: list[Line] = field(default_factory=list)
    separated: bool = False  # opened by a line the page repeats between entries
    day_guessed: bool = False  # the day from the page's date alone (days.py)
    day_below: bool = False  # the day from the entry's own dateline under its headline

    @property
    def is_empty(self) -> bool:
        return not self.headline and not self.lines

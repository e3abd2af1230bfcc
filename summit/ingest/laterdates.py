"""Dates inside a ticker that are not the ticker's: another article's, a picture's.

An archived page keeps the teasers of articles written after it ("The Masters" over "'It
is about balancing …' - Robertson" over "16/01/2022 AT 22:03", amid a ticker of August
2020). Such a date is no post's time, and the day it names is none of the posts under it:
read as theirs, every post below would lie years ahead and the import be refused. A
picture's caption dates what it shows ("20th May 2000, Wembley, …"), years off as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from summit.ingest.dates import DateReader
from summit.ingest.lines import STAMP_LINE, TEXT_LINE, Line, tells_time_of_day
from summit.ingest.moments import after_the_paste
from summit.ingest.stamps import Stamp

if TYPE_CHECKING:
    from summit.ingest.trim import Skip

# How far from every other day of the page a caption's date lies.
_ANOTHER_YEAR = timedelta(days=366)


def teaser_skipped(lines: list[Line], skips: list[Skip], reader: DateReader) -> list[Line]:
    """The lines without another article's date amid the ticker (skipped): the text under
    it stays with the post above, the posts below keep their own day. A picture's dated
    caption among them is text."""
    captions_as_text(lines)
    number = teaser_date(lines, reader)
    if number is None:
        return lines
    line = next(line for line in lines if line.number == number)
    skips.append((number, line.text, _("Anriss eines anderen Artikels")))
    return [line for line in lines if line.number != number]


def teaser_date(lines: Sequence[Line], reader: DateReader) -> int | None:
    """The number of the one bare date and time after the paste on a page whose posts are
    timed by the clock alone, or None. (Among posts dated in full, a date ahead is a post's
    own, an error the editor sees; a calendar's days ahead are several, its rule's; a
    page's own date above its first post, the head's.)"""
    later: list[Line] = []
    clocks = 0
    for line in lines:
        stamp = line.stamp
        if line.kind is not STAMP_LINE or stamp is None or not stamp.names_time:
            continue
        if _bare_date_after_paste(stamp, reader):
            later.append(line)
        elif stamp.day is None and stamp.moment is None:
            clocks += 1
        else:
            return None  # a post dated in full
    return later[0].number if len(later) == 1 and clocks else None


def captions_as_text(lines: Sequence[Line]) -> None:
    """ "20th May 2000, Wembley, London, AXA FA Cup Final, …" in a transfer ticker of
    January 2020: a date with text after it, a year and more from every other day the
    page names, below its first time, is a picture's caption, no day of the posts below."""
    dated = [line for line in lines if line.kind is STAMP_LINE and line.stamp and line.stamp.day]
    first_time = next((line.number for line in lines if tells_time_of_day(line)), None)
    for line in dated:
        stamp = line.stamp
        assert stamp is not None and stamp.day is not None
        if first_time is None or line.number < first_time or stamp.clock or not stamp.rest:
            continue
        others = [other.stamp.day for other in dated if other is not line and other.stamp]
        if others and all(abs(stamp.day - day) > _ANOTHER_YEAR for day in others if day):
            line.kind, line.stamp = TEXT_LINE, None


def _bare_date_after_paste(stamp: Stamp, reader: DateReader) -> bool:
    return (
        stamp.day is not None
        and stamp.clock is not None
        and not stamp.rest
        and after_the_paste(stamp.moment, reader.reference)
    )

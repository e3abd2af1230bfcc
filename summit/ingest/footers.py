"""Pages that print each entry's time under its text ("… in die Kita?\n\n11:27 Uhr",
"Updated 3 Sep 2014 - 9:57am"): each time line moves above the entry it closes, where
the passes after this one expect it.

A page shows it does this at its end: the paste's last line is a bare time, which on a
page whose times open the entries would open an entry without text. The first entry's
text stands above the first time, its headline (if any) right above that; on a page of
headlines alone (each time right under one), the headline is the entry.
"""

from __future__ import annotations

from datetime import time

from django.utils.translation import gettext as _

from summit.ingest.dates import DateReader
from summit.ingest.lines import BULLET_LINE, TEXT_LINE, Line, list_item, tells_time_of_day
from summit.ingest.markers import MIN_REPEATS
from summit.ingest.shapes import could_be_headline, is_paragraph
from summit.ingest.trim import Skip

# A line this long is a post's text, whether or not it ends as a sentence does.
_LONG_LINE = 120


def times_above_their_entries(
    lines: list[Line], skips: list[Skip], reader: DateReader
) -> list[Line]:
    if not lines or not tells_time_of_day(lines[-1]):
        return lines  # (asked first: most pages end with text)
    stamped = [index for index, line in enumerate(lines) if tells_time_of_day(line)]
    begun = _begun_times(lines, stamped, reader)
    stamped = [index for index in stamped if index not in begun]
    # Times above the first post are the page head's ("Updated: 10:00am"); where the page
    # says when its posts were begun as well, any text above a time is a post's.
    paired = len(begun) >= 2
    first_post = next(
        (n for n, index in enumerate(stamped) if _under_post(lines, index, paired)), 0
    )
    stamped = stamped[first_post:]
    if not _closes_its_entries(lines, stamped, paired):
        return lines
    if begun:
        lines, stamped = _without_begun(lines, stamped, begun, skips)
    headlines_only = not _under_post(lines, stamped[0], paired)  # (each time under one)
    first = _entry_start(lines, stamped[0], headlines_only=headlines_only)
    moved = lines[:first]
    start = first
    for index in stamped:
        time_line = lines[index]
        time_line.blank_before = True
        moved.append(time_line)
        moved.extend(lines[start:index])
        start = index + 1
    return moved


def _begun_times(lines: list[Line], stamped: list[int], reader: DateReader) -> set[int]:
    """Second times right under a post's closing one ("12/26/2013 5:27:23 PM" over
    "• 12/26/2013 5:29:45 PM", Sky Sports): when the next post was begun, not its time. A
    bulleted one is a list item to the passes before (a time in a list is a teaser's)."""
    begun = set()
    for index in stamped:
        following = index + 1
        if following == len(lines):
            break
        line = lines[following]
        clock = _clock(line) if tells_time_of_day(line) else _item_clock(line, reader)
        # (The same time twice, "3.29am BST" over "03:29", is one time written two ways;
        # an earlier one, "8:08 AM" over "8:07 AM", opens a post of its own.)
        closed = _clock(lines[index])
        if clock is not None and closed is not None and clock > closed:
            begun.add(following)
    return begun


def _item_clock(line: Line, reader: DateReader) -> time | None:
    if line.kind is not BULLET_LINE:
        return None
    stamp = reader.read(list_item(line.text))
    return stamp.clock if stamp is not None and not stamp.rest else None


def _clock(line: Line) -> time | None:
    stamp = line.stamp
    if stamp is None:
        return None
    return stamp.clock or (stamp.moment.time() if stamp.moment is not None else None)


def _without_begun(
    lines: list[Line], stamped: list[int], begun: set[int], skips: list[Skip]
) -> tuple[list[Line], list[int]]:
    """The lines without the times posts were begun (skipped, with their reason), and where
    the closing times stand among them."""
    reason = _("Zeit des Beginns eines Eintrags")
    skips.extend((lines[index].number, lines[index].text, reason) for index in sorted(begun))
    kept: list[Line] = []
    position = {}
    for index, line in enumerate(lines):
        if index not in begun:
            position[index] = len(kept)
            kept.append(line)
    return kept, [position[index] for index in stamped]


def _closes_its_entries(lines: list[Line], stamped: list[int], paired: bool) -> bool:
    """Bare clock times only, at least a few, each under text of its own, the last one the
    paste's last line, and the first one under a post's text (or each under a headline)."""
    if len(stamped) < MIN_REPEATS or stamped[-1] != len(lines) - 1:
        return False
    if any(later - earlier == 1 for earlier, later in zip(stamped, stamped[1:], strict=False)):
        return False
    bare = not any((stamp := lines[index].stamp) and stamp.rest for index in stamped)
    return bare and (_under_post(lines, stamped[0], paired) or _under_headlines(lines, stamped))


def _under_post(lines: list[Line], index: int, paired: bool) -> bool:
    """Under a post's text: a paragraph, or where posts are paired with their times any text."""
    if _under_paragraph(lines, index):
        return True
    return paired and index > 0 and lines[index - 1].kind is TEXT_LINE


def _under_headlines(lines: list[Line], stamped: list[int]) -> bool:
    """Every time right under a line shaped like a headline: posts of one headline each."""
    return all(could_be_headline(lines[index - 1].text) for index in stamped)


def _under_paragraph(lines: list[Line], index: int) -> bool:
    """Under a paragraph, or a long line a post ends without its full stop ("… as Holtby
    is subbed off for Bentaleb")."""
    return index > 0 and (is_paragraph(text := lines[index - 1].text) or len(text) >= _LONG_LINE)


def _entry_start(lines: list[Line], time_index: int, *, headlines_only: bool) -> int:
    """Where the first entry begins: its last paragraph's block, and its headline above; on
    a page of headlines alone, the headline (the lines above it are the page's head)."""
    start = time_index - 1
    if headlines_only:
        return start
    while start > 0 and not lines[start].blank_before:
        start -= 1
    # (Headlines are marked after this pass: the line's shape tells.)
    above = lines[start - 1] if start > 0 else None
    # (A block opening with its own headline, perhaps bulleted: the line above is the page's.)
    headed = could_be_headline(list_item(lines[start].text))
    if (
        not headed
        and above is not None
        and above.kind is TEXT_LINE
        and could_be_headline(above.text)
    ):
        start -= 1
    return start

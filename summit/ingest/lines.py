"""A pasted page as lines, each classified: text, headline, time or marker, list item.

Times and markers are read per line (dates.py, markers.py); a line has a headline's
shape here, and headlines.py decides by the body text that follows it.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum
from itertools import compress, count

from summit.ingest import markers
from summit.ingest.dates import DateReader
from summit.ingest.epochs import epoch_moments
from summit.ingest.flat import GLUED_OPENINGS, MAX_FLAT_LINE, unflattened
from summit.ingest.moments import after_the_paste
from summit.ingest.paragraphs import paragraph_entries
from summit.ingest.rawtext import RawLines, raw_lines
from summit.ingest.shapes import (
    BULLET,
    BULLET_SIGNS,
    could_be_headline,
    is_paragraph,
)
from summit.ingest.stamps import Stamp

# Runs of spaces and the odd space characters, made one plain space; a line without them
# is left as it is (no copy).
_ODD_SPACES = re.compile(
    r"(?: {2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000])[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*"
)
# (An arrow may stand glued to the time it points at: "►19.58 Uhr: …".)
_SYMBOL_BULLET = re.compile(rf"^(?:[{BULLET_SIGNS}]\s+(?=\S)|[►▶➤](?=\d))")


def list_item(text: str) -> str:
    """A line's text without the bullet sign it opens with ("• Top-Thema": "Top-Thema")."""
    return _SYMBOL_BULLET.sub("", text) if text[:1] in BULLET_SIGNS else text


class Kind(Enum):
    TEXT = "text"
    HEADLINE = "headline"
    STAMP = "stamp"
    BULLET = "bullet"
    SEPARATOR = "separator"


# Kind's members by plain names, for the passes that ask each line its kind: Kind.TEXT
# goes through the Enum metaclass's attribute hook, several times slower than a global.
TEXT_LINE, HEADLINE_LINE, STAMP_LINE, BULLET_LINE, SEPARATOR_LINE = (
    Kind.TEXT, Kind.HEADLINE, Kind.STAMP, Kind.BULLET, Kind.SEPARATOR
)  # fmt: skip


@dataclass(slots=True)
class Line:
    number: int
    text: str
    blank_before: bool
    kind: Kind = TEXT_LINE
    stamp: Stamp | None = None
    wide_gap: bool = False  # two or more blank lines above: a box of its own on the page


def split_lines(text: str | RawLines) -> list[Line]:
    """The text's lines; a caller that passes raw_lines(text) can let a large text go first."""
    raw_texts, odd_spaces = raw_lines(text) if isinstance(text, str) else text
    lines: list[Line] = []
    append = lines.append
    plain = TEXT_LINE
    blanks = 1
    previous = -1
    cut = False
    # Empty lines are skipped at C speed: the gap in line numbers counts them as blank.
    for number in compress(count(), raw_texts):
        raw = raw_texts[number]
        blanks += number - previous - 1
        previous = number
        clean = raw.strip()
        if not clean:
            blanks += 1
            continue
        if "  " in raw or "\t" in raw or (odd_spaces and not raw.isascii()):
            clean = _ODD_SPACES.sub(" ", raw).strip()
        # Most lines open with no glued prompt and carry no "+++" bar: taken as they are.
        if (
            clean[0] not in GLUED_OPENINGS
            and len(clean) < MAX_FLAT_LINE
            and clean.find("+++", 0, 200) < 0
        ):  # (positional: a call with keywords costs more, for every line)
            append(Line(number, clean, blanks > 0, plain, None, blanks > 1))
            blanks = 0
            continue
        parts = unflattened(clean)
        cut = cut or len(parts) > 1
        for part in parts:
            if not part:  # a break the page lost, between two paragraphs
                blanks += 1
                continue
            lines.append(Line(number, part, blank_before=blanks > 0, wide_gap=blanks > 1))
            blanks = 0
    if lines and lines[0].text[:5] == "date ":
        _page_date_apart(lines)
    return _without_repeated_bar_entries(lines) if cut else lines


# The day a saved page was dated on, glued before its first line where a time or a marker
# opens the first post ("date 2019-09 19.38 Uhr: Unsere Reporterin meldet sich …").
_DATED_PAGE = re.compile(r"^(date \d{4}-\d{2}(?:-\d{2})?) (?=[\d+])")


def _page_date_apart(lines: list[Line]) -> None:
    """The page's date and the first post it is glued to, each a line of its own: the
    post's time opens a line, as every other post's does."""
    first = lines[0]
    dated = _DATED_PAGE.match(first.text)
    if dated is not None:
        lines[:1] = [
            Line(first.number, dated.group(1), first.blank_before),
            Line(first.number, first.text[dated.end() :], blank_before=False),
        ]


def _without_repeated_bar_entries(lines: list[Line]) -> list[Line]:
    """The entry cut from the title bar is left out when the page also has it as a line."""
    cut = {
        index + 1
        for index, line in enumerate(lines[:-1])
        if line.number == lines[index + 1].number and lines[index + 1].text.startswith("+++")
    }
    if not cut:
        return lines
    counts = Counter(line.text for line in lines)
    return [line for index, line in enumerate(lines) if index not in cut or counts[line.text] < 2]


def classify(lines: list[Line], reader: DateReader) -> None:
    texts = [line.text for line in lines]
    # A list item's text without its bullet; only a line opening with a bullet sign has one.
    bulleted = [index for index, text in enumerate(texts) if text[0] in BULLET_SIGNS]
    items = texts.copy()
    for index in bulleted:
        items[index] = list_item(texts[index])
    led = markers.marker_lines(texts)
    # No bullet sign is a digit: behind one, an item may open with a marker ("• 12:30: …").
    led_items = {**led, **markers.marker_lines(items, bulleted)}
    minutes = markers.uses_minute_markers(led)
    dotted = minutes and markers.writes_dotted_minutes(led)
    separators = markers.separator_lines(texts, [line.blank_before for line in lines])
    stamps = [reader.read(text) for text in texts]
    for index, timed in markers.times_after_capitals(texts).items():
        stamps[index] = stamps[index] or reader.read(timed)
    for index, moment in epoch_moments(led, reader.reference).items():
        stamps[index] = Stamp(texts[index], moment=moment.astimezone(reader.zone))
    # Entries opened by something other than a time of day: their text after the marker.
    marked_entries = {
        **markers.numbered_entries(led, [line.blank_before for line in lines]),
        **markers.match_clock_entries(led_items, items),
        **markers.lap_entries(texts),
        **_bulleted_paragraphs(lines, items, bulleted, reader),
        **({} if any(stamps) else _bulleted_headlines(lines, items, reader)),
    }
    # A lone date ("Last updated 28 October 2013") is the page's, not its entries' times.
    dated = sum(stamp is not None for stamp in stamps) > 1 or any(
        stamp is not None and stamp.names_time for stamp in stamps
    )
    if not (dated or marked_entries or minutes or any(map(markers.plus_rest, texts))) and not (
        _any_time_led(items, bulleted, reader)  # "• 00:25 Uhr: …": no label, a time
    ):
        marked_entries = markers.labelled_entries(texts) or paragraph_entries(lines, separators)
    has_stamps = any(stamps)
    ticked = markers.ticks_minutes(texts)
    # Times in a list are a teaser list inside an entry, unless the page has no other times:
    # whether no timed line is without a bullet.
    # (A teaser dated after the paste, "Oct 16, 2014 - 11:00 AM EDT Apple is hosting …"
    # over a ticker of 2013, is none of the page's times.)
    present = [stamp and not after_the_paste(stamp.moment, reader.reference) for stamp in stamps]
    timed_items = not any(map(operator.eq, compress(texts, present), compress(items, present)))
    for index, line in enumerate(lines):
        ordinal = marked_entries.get(index)
        stamp = None if ordinal else stamps[index]
        if ordinal and ordinal[:1].isdigit() and (stamp := _time_named(ordinal, reader)):
            ordinal = None  # a numbered entry's time ("3. 20:47"): the time opens it
        # A paragraph is no teaser's line, even in a list beside the page's other times
        # (asked last: most lines are no list item).
        if (
            stamp is None
            and not ordinal
            and items[index] != line.text
            and (timed_items or is_paragraph(items[index]))
        ):
            stamp = _time_led(items[index], reader)
        if stamp is not None:
            line.kind, line.stamp = STAMP_LINE, stamp
        elif line.text in separators and not (index and tells_time_of_day(lines[index - 1])):
            line.kind = SEPARATOR_LINE  # (right under a time, the same line is a title)
        # (The markers' first characters are tested here: most lines open with a letter.)
        elif marked := (
            ordinal
            or (line.text[:1] == "+" and markers.plus_rest(line.text))
            or (minutes and markers.minute_rest(line.text, dotted))
        ):
            # An entry opened without a time of day: a stamp that names none.
            line.kind, line.stamp = STAMP_LINE, Stamp(line.text, rest=marked)
        elif (
            has_stamps
            and line.text[:1].isdigit()
            and markers.is_lone_minute(line.text)
            and (_stands_alone(lines, index) or (ticked and line.text[-1] == "'"))
        ):
            line.kind, line.stamp = STAMP_LINE, Stamp(line.text)  # "1." over the text
        elif _may_be_bullet(line.text) and BULLET.match(line.text) and _is_list_item(lines, index):
            line.kind = BULLET_LINE
    if timed_items:
        _untimed_items_among_timed_ones(lines, items)
    _fold_teaser_lists(lines)


def tells_time_of_day(line: Line) -> bool:
    """A time line that names a time of day (a date alone, a marker, names none)."""
    stamp = line.stamp
    return line.kind is STAMP_LINE and stamp is not None and stamp.names_time


def _may_be_bullet(text: str) -> bool:
    """Whether a line opens as BULLET requires: a bullet sign or a digit."""
    return text[0] in BULLET_SIGNS or text[0].isdigit()


def _untimed_items_among_timed_ones(lines: list[Line], items: list[str]) -> None:
    """In a list whose items are entries opened by their times, an item without a time
    between two timed ones is an entry too ("• Half time: England lead 1-0")."""
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if line.kind is not BULLET_LINE:
            continue
        if _timed_item(lines, items, index - 1) and _timed_item(lines, items, index + 1):
            line.kind, line.stamp = STAMP_LINE, Stamp(line.text, rest=items[index])


def _timed_item(lines: list[Line], items: list[str], index: int) -> bool:
    line = lines[index]
    return line.kind is STAMP_LINE and items[index] != line.text


def _stands_alone(lines: list[Line], index: int) -> bool:
    """Blank lines above and below: a line that is a block of its own."""
    following = index + 1
    return lines[index].blank_before and (following == len(lines) or lines[following].blank_before)


def _fold_teaser_lists(lines: list[Line]) -> None:
    """Timed headlines in a row without text of their own, under a short line that
    introduces them ("Die Top-News des Tages"), are a list of other stories in that entry;
    unless the entry after them goes on in their order: then they are the ticker's."""
    run: list[Line] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and line.kind is STAMP_LINE and _is_bare_timed_headline(line):
            run.append(line)
            continue
        if not run:
            continue
        start = index - len(run)
        intro = lines[start - 1] if start > 0 else None
        short_intro = intro is not None and intro.kind is TEXT_LINE and not is_paragraph(intro.text)
        if len(run) >= markers.MIN_REPEATS and short_intro and not _goes_on(run, line):
            for member in run:
                member.kind, member.stamp = BULLET_LINE, None
        run = []


def _goes_on(run: list[Line], following: Line | None) -> bool:
    """Whether the time after a run of timed lines goes on in the run's order (19:58,
    20:00, then 20:01): a recap list runs against the page ("15.31, 12.04, 09.31" above
    the 19:37 entry)."""
    clocks = [line.stamp.clock for line in run if line.stamp and line.stamp.clock]
    after = following.stamp.clock if following is not None and following.stamp else None
    if after is None or len(clocks) < len(run):
        return False
    order = [*clocks, after]
    return all(map(operator.lt, order, order[1:])) or all(map(operator.gt, order, order[1:]))


def _is_bare_timed_headline(line: Line) -> bool:
    stamp = line.stamp
    return (
        line.kind is STAMP_LINE
        and stamp is not None
        and stamp.clock is not None
        and bool(stamp.rest)
        and could_be_headline(stamp.rest)
    )


def _bulleted_paragraphs(
    lines: list[Line], items: list[str], bulleted: list[int], reader: DateReader
) -> dict[int, str]:
    """Paragraphs each behind a bullet and apart from the next: entries, not a list's items
    (those opened by a time are entries by their time); `bulleted` indexes the lines that
    open with a bullet sign, the only ones whose item is not their text."""
    found = {
        index: item
        for index in bulleted
        if (item := items[index]) != lines[index].text
        and lines[index].blank_before
        and is_paragraph(item)
        and not (item[:1].isdigit() and _time_led(item, reader))
    }
    return found if len(found) >= markers.MIN_REPEATS else {}


def _bulleted_headlines(lines: list[Line], items: list[str], reader: DateReader) -> dict[int, str]:
    """On a page without times, headlines each behind a bullet and apart from the next, most
    with paragraphs of their own below: its list of entries, not a list inside one."""
    found: dict[int, str] = {}
    with_text = 0
    for index, (line, item) in enumerate(zip(lines, items, strict=True)):
        tight = index > 0 and not line.blank_before and items[index - 1] != lines[index - 1].text
        if item == line.text or tight or not could_be_headline(item):
            continue
        if reader.read(item) is not None:
            return {}  # a list of times: entries opened by their time
        found[index] = item
        following = lines[index + 1] if index + 1 < len(lines) else None
        # Text below: a paragraph, or a line too long or ending too open for a headline
        # (cut off by the paste, or leading on with a colon).
        with_text += (
            following is not None
            and following.text == items[index + 1]
            and (is_paragraph(following.text) or not could_be_headline(following.text))
        )
    enough = len(found) >= markers.MIN_REPEATS and with_text * 2 > len(found)
    return found if enough else {}


def _time_named(text: str, reader: DateReader) -> Stamp | None:
    """The stamp of a line that names a time of day or an instant, or None."""
    stamp = reader.read(text)
    return stamp if stamp is not None and stamp.names_time else None


def _any_time_led(items: list[str], bulleted: list[int], reader: DateReader) -> bool:
    return any(items[i][:1].isdigit() and _time_led(items[i], reader) for i in bulleted)


def _time_led(item: str, reader: DateReader) -> Stamp | None:
    """A list item that opens with a time: an entry of its own."""
    stamp = reader.read(item)
    return stamp if stamp is not None and stamp.rest else None


def _is_list_item(lines: list[Line], index: int) -> bool:
    """A bullet stands alone; a number ("2. Liga") makes an item only beside another one."""
    if _SYMBOL_BULLET.match(lines[index].text):
        return True
    before = index > 0 and not lines[index].blank_before and BULLET.match(lines[index - 1].text)
    after = (
        index + 1 < len(lines)
        and not lines[index + 1].blank_before
        and BULLET.match(lines[index + 1].text)
    )
    return bool(before or after)

"""Which of a page's classified lines are headlines: a short unpunctuated line with body
text below it (perhaps after its time), judged across the whole page.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summit.ingest import markers
from summit.ingest.lines import (
    BULLET_LINE,
    HEADLINE_LINE,
    SEPARATOR_LINE,
    STAMP_LINE,
    TEXT_LINE,
    Line,
)
from summit.ingest.shapes import could_be_headline, is_paragraph
from summit.ingest.titleruns import mark_title_runs

# An agency dateline opening a text ("Berlin (dpa) - ", "WASHINGTON — ").
_DATELINE = re.compile(
    r"^[A-ZÄÖÜ][\w.'’/-]*(?: [A-ZÄÖÜ][\w.'’/-]*){0,2},?(?: \([\w/ .-]{1,30}\))? [-–—] (?=\S)"
)
# A label announcing a new post: "Happening now: Chee wraps up rally", "Eilmeldung: …".
_ANNOUNCED = re.compile(
    r"^(?:Happening now|Breaking(?: news)?|Just in|Eilmeldung|Breaking News):\s+\S"
)
_ANNOUNCED_FIRST_LETTERS = "HBJE"  # how its labels open: other lines skip the expression
# A row of a table or a list of results: "Grüne: 31,0 %", "Labour lead: 5 points".
_TABLE_ROW = re.compile(r"^[\w .'’&/-]{1,30}: [^\d]{0,12}\d")
MAX_TABLE_ROW = 60


def mark_headlines(lines: list[Line]) -> None:
    """A headline candidate is a headline when body text follows it (perhaps after a time).

    Of two candidates in a row only the second is a headline: the first is then a short
    paragraph ("Die Analyse können Sie hier nachlesen") closing the previous entry.
    """
    # A paste that lost its blank lines: a headline stands right above its paragraph.
    blank_lines = sum(line.blank_before for line in lines[1:]) > len(lines) // 10
    candidates = [
        line.kind is TEXT_LINE
        and could_be_headline(line.text)
        and not _is_table_row(lines, index)
        and (
            line.blank_before
            or index == 0
            or _opens_entry_without_headline(lines[index - 1])
            or (
                not blank_lines
                and (_paragraph_follows(lines, index) or _bare_time_follows(lines, index))
            )
        )
        for index, line in enumerate(lines)
    ]

    def is_body(index: int) -> bool:
        return (
            index < len(lines)
            and lines[index].kind in (TEXT_LINE, BULLET_LINE)
            and not (candidates[index])
        )

    above_times = _headlines_above_times(lines, candidates)
    # Where times open the entries and no headline stands above one, a headline can only
    # follow its time: a short line further down is a line of that entry.
    stamps = [line.kind for line in lines].count(STAMP_LINE)  # marking headlines keeps them
    timed = stamps >= markers.MIN_REPEATS
    under_times_only = timed and not above_times
    # A page that numbers each post with its headline ("1. Sting in Northampton"), two
    # will do: a short line inside one is a picture's caption or a byline, no headline.
    numbered = stamps >= 2 and _numbered_posts_only(lines)
    subheads_above_text_times = _subheads_above_text_times(lines, candidates)
    for index, line in enumerate(lines):
        if not candidates[index] or numbered:
            continue
        if under_times_only and not (index and lines[index - 1].kind is STAMP_LINE):
            continue
        following = index + 1
        if following < len(lines) and lines[following].kind is STAMP_LINE:
            stamp = lines[following].stamp
            if stamp is not None and _opens_with_place(stamp.rest):
                line.kind = HEADLINE_LINE  # above "19.52 Uhr: Berlin - Die Polizei hat …"
                continue
            if stamp is not None and not stamp.names_time and could_be_headline(stamp.rest):
                continue  # "• Titel" carries its headline: the line above ends the entry before
            if _opens_with_text(lines[following]):
                # Above "20:38 Uhr: Die Märkte reagieren …" only on a page that puts such
                # sub-headings again and again; else the page's title or a closing line.
                if subheads_above_text_times:  # the first one too: a pasted page starts there
                    line.kind = HEADLINE_LINE
                continue
            if not above_times:
                continue  # the last line of the entry above, not the next one's headline
            following += 1
        if is_body(following):
            line.kind = HEADLINE_LINE
    if not stamps:
        _mark_headline_runs(lines, candidates)
    mark_title_runs(lines, blank_lines=blank_lines)
    for line in lines:
        if (
            line.kind is TEXT_LINE
            and line.text[:1] in _ANNOUNCED_FIRST_LETTERS
            and _ANNOUNCED.match(line.text)
            and could_be_headline(line.text)
        ):
            line.kind = HEADLINE_LINE  # "Happening now: …" opens a post, blank line or not


def kickers_beside_times(lines: list[Line]) -> list[Line]:
    """A page that puts a kicker between each time and its headline, again and again
    ("1. 21:22" over "Bürgergeld-Bezieher" over "Bas sieht 800.000 Arbeitsfähige" over the
    text): each kicker moves beside its time, where the text's passes expect one."""
    # Only a time line opens the four lines asked: the others are passed over unsliced.
    kickers = [
        index + 1
        for index, line in enumerate(lines[:-3])
        if line.kind is STAMP_LINE and _kicker_between(line, *lines[index + 1 : index + 4])
    ]
    if len(kickers) < markers.MIN_REPEATS:
        return lines
    for index in kickers:
        stamp = lines[index - 1].stamp
        assert stamp is not None
        lines[index - 1].stamp = replace(stamp, rest=lines[index].text)
    dropped = set(kickers)
    return [line for index, line in enumerate(lines) if index not in dropped]


def _kicker_between(time: Line, kicker: Line, headline: Line, text: Line) -> bool:
    return (
        time.kind is STAMP_LINE
        and time.stamp is not None
        and not time.stamp.rest
        and time.stamp.names_time
        and kicker.kind is TEXT_LINE
        and headline.kind is TEXT_LINE
        and text.kind is TEXT_LINE
        and len(kicker.text) < len(headline.text) + 20
        and could_be_headline(kicker.text)
        and could_be_headline(headline.text)
        and not could_be_headline(text.text)
    )


def _mark_headline_runs(lines: list[Line], candidates: list[bool]) -> None:
    """On a page without times, several headlines in a row, each on its own, are entries
    without body (a wire's list of reports: "NEW snow report: 6.0 inches in Tiger, GA");
    under a time they are a list inside that entry."""
    run: list[int] = []
    for index in [*range(len(lines)), len(lines)]:
        if (
            index < len(lines)
            and candidates[index]
            and lines[index].blank_before
            and len(lines[index].text.split()) >= 4  # a report, not a menu item
        ):
            run.append(index)
            continue
        if len(run) >= markers.MIN_REPEATS:
            for member in run:
                lines[member].kind = HEADLINE_LINE
        run = []


def _numbered_posts_only(lines: list[Line]) -> bool:
    """Whether every entry of the page opens with its number, none with a time."""
    return all(
        line.stamp is not None
        and line.stamp.day is None
        and not line.stamp.names_time
        and markers.opens_with_post_number(line.text)
        for line in lines
        if line.kind is STAMP_LINE
    )


def _headlines_above_times(lines: list[Line], candidates: list[bool]) -> bool:
    """Whether the page puts headlines above its time lines: a page does it for most of its
    entries or not at all, and not where it puts them under its times; a short line above
    one time is otherwise the end of the entry before (a closing remark, a reading tip)."""
    times = above = below = 0
    for index, line in enumerate(lines):
        stamp = line.stamp
        if line.kind is STAMP_LINE and stamp is not None and (not stamp.rest or stamp.signed):
            times += 1
            above += index > 0 and candidates[index - 1]
            below += index + 1 < len(lines) and candidates[index + 1]
    return above * 2 >= times and above >= below


def _subheads_above_text_times(lines: list[Line], candidates: list[bool]) -> bool:
    """Whether the page puts a sub-heading above some of its time lines that open with a
    paragraph ("Apple-Aktie legt zu" over "20:38 Uhr: Die Märkte reagieren …"): a page
    does it again and again; one short line above one time is the page's head or the end
    of the entry before."""
    opening = [index for index in range(1, len(lines)) if _opens_with_text(lines[index])]
    above = sum(candidates[index - 1] for index in opening)
    # A short page with two such times, both under one: it does it as well.
    return above >= markers.MIN_REPEATS or (above >= 2 and above == len(opening))


def _opens_with_text(line: Line) -> bool:
    """A time line whose text is a paragraph or opens with a dateline: "20:38 Uhr: Die
    Märkte reagieren …", "19.52 Uhr: Berlin - Die Polizei hat …"."""
    stamp = line.stamp
    return (
        line.kind is STAMP_LINE
        and stamp is not None
        and bool(stamp.rest)
        # A sentence, not a headline beside the time ("… per Flugzeug angekommen:").
        and (not could_be_headline(stamp.rest) or starts_with_dateline(stamp.rest))
    )


def _opens_with_place(text: str) -> bool:
    """A dateline in mixed case ("Berlin - Die Polizei …"); one in capitals may as well be
    a kicker ("STIMMEN AUS BOCHUM - Kevin Stöger sprach …")."""
    found = _DATELINE.match(text)
    return found is not None and not found.group(0).isupper()


def _is_table_row(lines: list[Line], index: int) -> bool:
    """A short "label: value" line beside another one ("Grüne: 31,0 %" over "CDU: 23,0 %"):
    a row of figures, which no headline is."""
    if not _is_row(lines[index].text):
        return False
    before = index > 0 and _is_row(lines[index - 1].text)
    return before or (index + 1 < len(lines) and _is_row(lines[index + 1].text))


def _is_row(text: str) -> bool:
    return len(text) <= MAX_TABLE_ROW and ": " in text and bool(_TABLE_ROW.match(text))


def _bare_time_follows(lines: list[Line], index: int) -> bool:
    """A time on the next line: alone, signed by its author ("17:35 , Luke Baker") or
    opening a sentence ("21.01 Uhr: Der FC Schalke 04 ist … angekommen:")."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    stamp = following.stamp if following is not None else None
    if following is None or stamp is None:
        return False
    return not stamp.rest or stamp.signed or _opens_with_text(following)


def _paragraph_follows(lines: list[Line], index: int) -> bool:
    """A paragraph, or a sentence of a few words ("Kick-off is fast approaching."), under it."""
    following = index + 1
    if following >= len(lines):
        return False
    text = lines[following].text
    return is_paragraph(text) or (
        len(text) >= _SHORT_BODY and text[-1:] in ".!?" and text.count(" ") >= 3
    )


# The shortest line of text a headline stands over where a paste lost its blank lines.
_SHORT_BODY = 25


def starts_with_dateline(text: str) -> bool:
    """Whether a text opens with an agency dateline ("Berlin (dpa) - ", "WASHINGTON — ")."""
    return bool(_DATELINE.match(text))


def _opens_entry_without_headline(line: Line) -> bool:
    """A time line or separator after which the entry's headline may follow directly."""
    if line.kind is STAMP_LINE:
        return line.stamp is not None and not line.stamp.rest
    return line.kind is SEPARATOR_LINE

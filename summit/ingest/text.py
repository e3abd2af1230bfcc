"""Pasted liveticker pages and agency articles (German and English) as EntryDrafts.

What an editor pastes is a web page flattened to lines: a ticker title and intro, then
entries, each a timestamp and/or a headline followed by paragraphs, lists and quotes;
or one article with a single dateline; and often the site's furniture after it
(category lines, comment counters, teasers of other stories). The parser reads it in
passes: cut the site's tail, classify each line, find headlines by the blank-line
structure (a short unpunctuated line followed by body text), then group lines into
entries. Only what the text says is used; times it does not give are estimated later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import takewhile

from django.utils.translation import gettext as _

from summit.ingest import furniture
from summit.ingest.dates import DateReader, Stamp
from summit.ingest.drafts import EntryDraft, ParseResult
from summit.ingest.headlines import mark_headlines, starts_with_dateline
from summit.ingest.lines import (
    Kind,
    Line,
    classify,
    could_be_headline,
    is_paragraph,
    raw_lines,
    split_lines,
)
from summit.ingest.schedules import fold_schedules
from summit.ingest.textbody import body_html
from summit.ingest.trim import Skip, cut_site_tail, drop_furniture

_AUTHOR = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:[ -](?:[A-ZÄÖÜ][a-zäöüß]+|[A-Z]\.?)){1,2}$")
# A title naming the ticker: "Liveblog: …", "+++ Ticker +++", "Deutschland-Ticker",
# "Ukraine-Lage im Live-Ticker".
_LIVE_TITLE = re.compile(
    r"(?:^|(?<=[\s+-]))(?:\+*\s*)?(?:live|(?:news|live-?)?ticker|newsblog|liveblog|live blog|live updates)\b",
    re.IGNORECASE,
)
MAX_TICKER_TITLE = 80
_PLUS_MARKS = re.compile(r"\s*\+{3}\s*")


@dataclass(slots=True)
class Unit:
    """The lines of one future entry."""

    number: int
    headline: str = ""
    stamp: Stamp | None = None
    day: date | None = None
    lines: list[Line] = field(default_factory=list)
    separated: bool = False  # opened by a line the page repeats between entries

    @property
    def is_empty(self) -> bool:
        return not self.headline and not self.lines


def parse_ticker_text(text: str, reader: DateReader) -> ParseResult:
    """Entries of a pasted ticker page or article, in the order of the input."""
    result = ParseResult(format="text")
    skips: list[Skip] = []
    raw = raw_lines(text)
    del text  # the lines hold what is needed; a large paste need not be kept twice
    lines = split_lines(raw)
    del raw
    lines = cut_site_tail(lines, skips)
    page_reader = reader.for_page([line.text for line in lines])
    zone_named, reader = page_reader is not reader, page_reader
    page_lines = lines  # where the rows closing the page's head are looked for, furniture too
    lines = drop_furniture(lines, skips)
    classify(lines, reader)
    mark_headlines(lines)
    if _is_single_article(lines):
        units = [_article_unit(lines, result, skips)]
    else:
        units = _ticker_units(lines, result, skips, reader)
        if not _is_plain_text(units):
            _take_ticker_head(units, result, skips, _head_end(page_lines, lines))
            fold_schedules(units)
            units = _without_tables(units, skips)
    del lines, page_lines  # the units hold the lines they need; the rest may go before the drafts
    subheadings = len(units) == 1
    for unit in units:
        draft = _draft(unit, reader, subheadings=subheadings)
        draft.zone_named = draft.published_at is not None and (zone_named or _names_zone(unit))
        result.drafts.append(draft)
        unit.lines = []  # now in the draft's body
    for _number, skipped_text, reason in sorted(skips):
        result.skip(skipped_text, reason)
    return result


# -- pass 1: trim.py; pass 2: what each line is: lines.py, headlines.py -----------------


# -- pass 3: entries ---------------------------------------------------------------------


def _is_single_article(lines: list[Line]) -> bool:
    """One dated line right under a headline, and no other time: an article, not a ticker."""
    stamps = [i for i, line in enumerate(lines) if line.kind is Kind.STAMP]
    if len(stamps) != 1:
        return False
    index = stamps[0]
    stamp = lines[index].stamp
    return (
        stamp is not None
        and (stamp.day is not None or stamp.error is not None)
        and not stamp.rest
        and index > 0
        and lines[index - 1].kind is Kind.HEADLINE
        and (index + 1 == len(lines) or lines[index + 1].kind is not Kind.HEADLINE)
    )


def _article_unit(lines: list[Line], result: ParseResult, skips: list[Skip]) -> Unit:
    """The article's title and dateline; its section headlines stay inside as sub-headings."""
    index = next(i for i, line in enumerate(lines) if line.kind is Kind.STAMP)
    reason = _("Dachzeile über der Überschrift")
    skips.extend((kicker.number, kicker.text, reason) for kicker in lines[: index - 1])
    stamp = lines[index].stamp
    if stamp is not None and stamp.source:
        result.document_source = stamp.source
    title = lines[index - 1]
    return Unit(title.number, headline=title.text, stamp=stamp, lines=lines[index + 1 :])


def _ticker_units(
    lines: list[Line], result: ParseResult, skips: list[Skip], reader: DateReader
) -> list[Unit]:
    units: list[Unit] = []
    preamble: list[Line] = []
    day: date | None = None
    for line in lines:
        current = units[-1] if units else None
        if line.kind is Kind.SEPARATOR:
            skips.append((line.number, line.text, _("Trennzeile zwischen Einträgen")))
            if current is None or not current.is_empty:
                units.append(Unit(line.number, separated=True))
        elif line.kind is Kind.STAMP and line.stamp is not None:
            stamp = line.stamp
            if (
                stamp.day is not None
                and stamp.is_day_heading
                and stamp.day > reader.reference.date()
            ):
                # A day after "now" is the date the page was saved, not a day of the ticker.
                skips.append((line.number, line.text, _("Datum der Seite")))
                continue
            day = stamp.day or day
            if stamp.is_day_heading and not stamp.rest:
                continue
            if current is not None and _dateline_under(current, stamp):
                # The page's dateline under an entry timed by the clock: only its day counts.
                current.day = day
                skips.append((line.number, line.text, _("Datum der Seite")))
                continue
            under_headline = current is not None and current.headline and not current.lines
            rest = stamp.rest
            opens_body = not rest or starts_with_dateline(rest) or is_paragraph(rest)
            if (
                current is not None
                and under_headline
                and _takes_time(current, stamp)
                and opens_body
            ):
                # The time (and the text it opens) stood under the headline.
                current.stamp, current.day = stamp, day
                if rest:  # a dateline's short text ("Bickenbach - Die Handelskette") too
                    current.lines.append(Line(line.number, rest, blank_before=False))
                continue
            units.append(_unit_after_stamp(line, stamp, day))
        elif line.kind is Kind.HEADLINE:
            if current and current.stamp and not current.headline and not current.lines:
                current.headline = line.text
            elif current and _short_line_under_time(current):
                # Two headlines under one time: the first is the entry's, the second its
                # standfirst, no entry of its own.
                current.headline, current.lines = current.lines[0].text, [line]
            elif current and _marker_headline_only(current):
                current.lines.append(line)  # under "1. Titel": its standfirst or picture title
            else:
                units.append(Unit(line.number, headline=line.text))
        elif current is None:
            preamble.append(line)
        else:
            current.lines.append(line)
    if not units and preamble:
        # Plain text without headlines or times: one entry.
        return [Unit(preamble[0].number, lines=preamble)]
    reason = _("Text vor dem ersten Eintrag")
    skips.extend((line.number, line.text, reason) for line in preamble)
    return [unit for unit in units if not unit.is_empty]


def _takes_time(unit: Unit, stamp: Stamp) -> bool:
    """Whether a time line below fills in the unit's time: it has none yet, or only a
    marker that names none ("++ Titel" over "(19.09 Uhr) Text")."""
    own = unit.stamp
    if own is None:
        return True
    untimed = not (own.clock or own.day or own.moment or own.error)
    return untimed and bool(stamp.clock or stamp.moment)


def _head_end(page_lines: list[Line], lines: list[Line]) -> int | None:
    """The line of the last head row ("Online seit …", "3 neue Updates", "Aktualisiert am
    29.10.2015 | 06:14", a post's dated header) at or above the first time of day: the
    page's head ends there. Only the page's lines down to that time are read."""
    first_time = next((line.number for line in lines if _names_time(line)), None)
    above = page_lines
    if first_time is not None:  # the lines are in the order of the page
        above = list(takewhile(lambda line: line.number <= first_time, page_lines))
    rows = [line.number for line in above if furniture.is_head_row(line.text)]
    post_header = next((line.number for line in above if furniture.is_post_header(line.text)), None)
    return max([*rows, post_header] if post_header is not None else rows, default=None)


def _names_time(line: Line) -> bool:
    stamp = line.stamp
    return line.kind is Kind.STAMP and stamp is not None and bool(stamp.clock or stamp.moment)


def _short_line_under_time(unit: Unit) -> bool:
    stamp = unit.stamp
    bare = stamp is not None and stamp.clock is not None and not stamp.rest and not unit.headline
    return bare and len(unit.lines) == 1 and could_be_headline(unit.lines[0].text)


def _marker_headline_only(unit: Unit) -> bool:
    """A unit opened by a marker that gave it its headline ("1. Titel", "+++ Titel +++"),
    with nothing below yet."""
    stamp = unit.stamp
    marker = stamp is not None and not (stamp.clock or stamp.day or stamp.moment)
    return marker and bool(unit.headline) and not unit.lines


def _dateline_under(unit: Unit, stamp: Stamp) -> bool:
    """A bare full date and time right under a headline the clock alone has timed."""
    timed = unit.stamp is not None and unit.stamp.clock is not None and unit.stamp.day is None
    bare = not unit.lines and stamp.day is not None and not stamp.rest
    return timed and bool(unit.headline) and bare


def _is_plain_text(units: list[Unit]) -> bool:
    """One block without headline, time or marker: text kept whole as one entry."""
    return len(units) == 1 and not (units[0].stamp or units[0].headline or units[0].separated)


def _without_tables(units: list[Unit], skips: list[Skip]) -> list[Unit]:
    """Blocks of labels only (results, line-ups, menus) are no entries: an entry says something.

    A block counts as labels when none of its lines has more than a few words or ends a
    sentence, and it has at least three of them or no marker; a lone short line under a
    marker ("90 Spielende") and anything under a time of day (a poll's figures) stay. Under
    a headline, three or more labels are a menu beside a teaser ("Alle Infos zum Fight" over
    "Radsport", "Motorsport", …); an untimed title naming the ticker with nothing below
    it is the page's title.
    """
    kept = []
    for unit in units:
        if unit.stamp is not None and (unit.stamp.clock or unit.stamp.moment):
            kept.append(unit)  # timed: never a table
            continue
        texts = [text for text in (unit.headline, *(line.text for line in unit.lines)) if text]
        body = texts[1:] if unit.headline else texts
        labels = all(map(_is_label, texts)) and (len(texts) >= 3 or unit.stamp is None)
        menu = len(body) >= 3 and all(map(_is_label, body))
        if labels or menu or (not unit.lines and _names_the_ticker(unit)):
            reason = _("Tabelle oder Navigation")
            skips.extend((unit.number + offset, text, reason) for offset, text in enumerate(texts))
        else:
            kept.append(unit)
    return kept


def _is_label(text: str) -> bool:
    return len(text.split()) <= 4 and text[-1] not in ".:!?"


def _unit_after_stamp(line: Line, stamp: Stamp, day: date | None) -> Unit:
    """An entry opened by a time line; text after the time is its headline or first paragraph."""
    unit = Unit(line.number, stamp=stamp, day=day)
    if not stamp.rest or (stamp.clock and _AUTHOR.match(stamp.rest)):
        return unit  # an author's name beside the time ("14:46 Lorenz Hemicker")
    if could_be_headline(stamp.rest) and not is_paragraph(stamp.rest):
        unit.headline = stamp.rest
    else:
        unit.lines.append(Line(line.number, stamp.rest, blank_before=False))
    return unit


def _take_ticker_head(
    units: list[Unit], result: ParseResult, skips: list[Skip], head_end: int | None
) -> None:
    """Untimed blocks above the first entry opened by a time or marker, or above the rows
    that close a page's head, are the page's head: the ticker's title and intro, and the
    site's header around them."""
    first = next((i for i, unit in enumerate(units) if unit.stamp or unit.separated), None)
    if head_end is not None:
        # A dated head row is itself a time line: the unit it opens is the head's too.
        above = sum(unit.number <= head_end for unit in units)
        first = max(first or 0, above) if above < len(units) else first
    if first is not None and _dated_head(units[first:]):
        first = next(i for i in range(first + 1, len(units)) if units[i].stamp)
    if not first and len(units) > 1 and _names_the_ticker(units[0]):
        first = 1
    if not first:
        return
    head, others = units[0], units[1:first]
    del units[:first]
    reason = _("Kopf der Seite")
    for unit in others:
        skips.append((unit.number, unit.headline, reason))
        skips.extend((line.number, line.text, reason) for line in unit.lines)
    result.ticker_title = _PLUS_MARKS.sub(" ", head.headline).strip()
    result.ticker_description = "\n\n".join(line.text for line in head.lines)
    skips.append((head.number, head.headline, _("Titel des Tickers")))
    reason = _("Einleitung des Tickers")
    skips.extend((line.number, line.text, reason) for line in head.lines)


def _names_the_ticker(unit: Unit) -> bool:
    """An untimed first block titled as the ticker itself ("+++ Ticker +++ …", "Liveblog: …")."""
    timed = unit.stamp is not None and (unit.stamp.clock or unit.stamp.moment)
    title = unit.headline
    if timed:
        return False
    return bool(_LIVE_TITLE.match(title)) or (
        len(title) <= MAX_TICKER_TITLE and bool(_LIVE_TITLE.search(title))
    )


def _dated_head(units: list[Unit]) -> bool:
    """A full date and time under the first headline, above entries timed by the clock
    alone, the newest at that same minute or with no sentence of its own below: the page's
    dateline ("04. Juni 2022, 23:35 Uhr", when it was last updated), not a first entry."""
    stamp = units[0].stamp
    if stamp is None or stamp.day is None or stamp.clock is None or stamp.rest:
        return False
    later = [
        unit.stamp
        for unit in units[1:]
        if unit.stamp is not None and (unit.stamp.clock or unit.stamp.moment)
    ]
    if not later or any(other.day is not None for other in later):
        return False
    titles_only = all(could_be_headline(line.text) for line in units[0].lines)
    return later[0].clock == stamp.clock or titles_only


def _draft(unit: Unit, reader: DateReader, *, subheadings: bool) -> EntryDraft:
    draft = EntryDraft(title=unit.headline, body=body_html(unit.lines, subheadings=subheadings))
    stamp = unit.stamp
    if stamp is not None:
        if stamp.error:
            draft.fail(stamp.error)
        draft.published_at = reader.resolve(stamp, unit.day)
        draft.source = stamp.source
    return draft


def _names_zone(unit: Unit) -> bool:
    return unit.stamp is not None and unit.stamp.zone is not None

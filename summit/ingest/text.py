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
from datetime import date

from django.utils.translation import gettext as _

from summit.ingest import laterdates, markers, pagehead, tidy
from summit.ingest.captions import captions_as_only_text
from summit.ingest.collector import cycle_collection_paused
from summit.ingest.dates import DateReader
from summit.ingest.days import names_one_date, settle_days, titled_day, titled_weekday
from summit.ingest.drafts import EntryDraft, ParseResult
from summit.ingest.footers import times_above_their_entries
from summit.ingest.halfdays import page_half, settle_half_days
from summit.ingest.headlines import kickers_beside_times, mark_headlines, starts_with_dateline
from summit.ingest.lines import (
    HEADLINE_LINE,
    SEPARATOR_LINE,
    STAMP_LINE,
    Line,
    classify,
    split_lines,
)
from summit.ingest.rawtext import raw_lines
from summit.ingest.schedules import drop_calendars, drop_head_schedule, fold_schedules
from summit.ingest.shapes import LIVE_TITLE, could_be_headline, is_paragraph, signs_off
from summit.ingest.stamps import Stamp
from summit.ingest.textbody import body_html
from summit.ingest.trim import Skip, cut_site_tail, drop_furniture
from summit.ingest.units import Unit

_CAPITALS_KICKER = re.compile(r"^(?P<kicker>[^\W_][\w .!?’'-]{2,40}?)\s+[-–—]\s+(?P<rest>\S.*)$")


def parse_ticker_text(text: str, reader: DateReader) -> ParseResult:
    """Entries of a pasted ticker page or article, in the order of the input."""
    with cycle_collection_paused():
        result = ParseResult(format="text")
        skips: list[Skip] = []
        raw = tidy.unframed(raw_lines(text))
        del text  # the lines hold what is needed; a large paste need not be kept twice
        lines = split_lines(raw)
        del raw
        lines = tidy.without_doubled_captions(cut_site_tail(lines, skips), skips)
        lines = tidy.without_doubled_lines(lines, skips)
        page_reader = reader.for_page([line.text for line in lines])
        zone_named, reader = page_reader is not reader, page_reader
        # Where the rows closing the page's head are looked for, furniture too.
        page_lines = lines
        cards: dict[int, str] = {}
        lines = drop_furniture(lines, skips, cards)
        lines = tidy.joined_wraps(lines)
        classify(lines, reader)
        tidy.drop_repeated_labels(lines)
        tidy.mark_author_cards(lines)
        tidy.drop_authors_beside_times(lines)
        tidy.markers_under_times(lines)
        lines = tidy.join_days_below_times(lines, skips)
        lines = kickers_beside_times(times_above_their_entries(lines, skips, reader))
        mark_headlines(lines)
        units = _units(lines, page_lines, result, skips, reader)
        # The units hold the lines they need; the rest may go before the drafts.
        del lines, page_lines
        subheadings = len(units) == 1
        for unit in units:
            draft = _draft(unit, reader, subheadings=subheadings)
            if cards:
                _speaker_from_card(draft, unit, cards)
            draft.zone_named = draft.published_at is not None and (zone_named or _names_zone(unit))
            result.drafts.append(draft)
            unit.lines = []  # now in the draft's body
        for _number, skipped_text, reason in sorted(skips):
            result.skip(skipped_text, reason)
    return result


# -- pass 1: trim.py; pass 2: what each line is: lines.py, headlines.py -----------------


# -- pass 3: entries ---------------------------------------------------------------------


def _units(
    lines: list[Line],
    page_lines: list[Line],
    result: ParseResult,
    skips: list[Skip],
    reader: DateReader,
) -> list[Unit]:
    """The classified lines grouped into the entries they make: one article, or a ticker's."""
    if _is_single_article(lines):
        return [_article_unit(lines, result, skips)]
    one_date = names_one_date([line.stamp for line in lines if line.stamp], reader)
    units = _ticker_units(laterdates.teaser_skipped(lines, skips, reader), result, skips, reader)
    if not _is_plain_text(units):
        pagehead.take_ticker_head(units, result, skips, pagehead.head_end(page_lines, lines))
        pagehead.drop_future_teaser(units, skips, reader)
        fold_schedules(units)
        units = drop_head_schedule(units, skips)
        today = reader.reference.date()
        units = drop_calendars(pagehead.without_tables(units, skips), skips, today)
        settle_half_days(units, page_half([line.text for line in page_lines]))
        head = [line.text for line in page_lines]
        titled, weekday = titled_day(head, reader), titled_weekday(head, reader)
        settle_days(units, reader, one_date=one_date, titled=titled, weekday=weekday)
    return units


def _is_single_article(lines: list[Line]) -> bool:
    """One dated line right under a headline, and no other time: an article, not a ticker.
    A page that calls itself a ticker above it ("WM-Ticker: Die besten Szenen") is none."""
    stamps = [i for i, line in enumerate(lines) if line.kind is STAMP_LINE]
    if len(stamps) != 1 or any(LIVE_TITLE.search(line.text) for line in lines[: stamps[0] - 1]):
        return False
    index = stamps[0]
    stamp = lines[index].stamp
    return (
        stamp is not None
        and (stamp.day is not None or stamp.error is not None)
        and not stamp.rest
        and index > 0
        and lines[index - 1].kind is HEADLINE_LINE
        and (index + 1 == len(lines) or lines[index + 1].kind is not HEADLINE_LINE)
    )


def _article_unit(lines: list[Line], result: ParseResult, skips: list[Skip]) -> Unit:
    """The article's title and dateline; its section headlines stay inside as sub-headings."""
    index = next(i for i, line in enumerate(lines) if line.kind is STAMP_LINE)
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
    kickers = _puts_kickers_beside_times(lines)
    days_open_entries = _days_open_entries(lines)
    separator = _("Trennzeile zwischen Einträgen")  # translated once, not for every separator
    closing_label = _closing_label([line.text for line in lines])
    for line in lines:
        current = units[-1] if units else None
        if line.kind is SEPARATOR_LINE:
            skips.append((line.number, line.text, separator))
            if current is None or not current.is_empty:
                units.append(Unit(line.number, separated=line.text != closing_label))
        elif line.kind is STAMP_LINE and line.stamp is not None:
            stamp = line.stamp
            if (
                stamp.day is not None
                and (stamp.is_day_heading or (not units and not stamp.rest))
                and stamp.day > reader.reference.date()
            ):
                # A day after "now" is the date the page was saved, not a day of the ticker
                # (a bare date and time above the first entry too); text after it stays.
                skips.append((line.number, stamp.written, _("Datum der Seite")))
                if stamp.rest:
                    text = Line(line.number, stamp.rest, blank_before=line.blank_before)
                    (current.lines if current is not None else preamble).append(text)
                continue
            day = stamp.day or day
            if stamp.is_day_heading and not stamp.rest and not days_open_entries:
                continue
            if current is not None and _dateline_under(current, stamp):
                # The page's dateline under an entry timed by the clock: only its day counts.
                current.day, current.day_below = day, True
                skips.append((line.number, line.text, _("Datum der Seite")))
                continue
            if current is not None and _headline_over_time(current, stamp):
                # "+++ Die Entwicklungen +++" over "Mann attackiert Kamerateam" over "16:57
                # Uhr": the short line under the marker is the timed entry's headline.
                over = current.lines.pop()
                units.append(Unit(over.number, headline=over.text, stamp=stamp, day=day))
                continue
            under_headline = current is not None and current.headline and not current.lines
            signed = stamp.signed
            rest = None if signed else stamp.rest
            opens_body = not rest or starts_with_dateline(rest) or not could_be_headline(rest)
            if (
                current is not None
                and under_headline
                and _takes_time(current, stamp)
                and opens_body
                and not pagehead.names_the_ticker(current)  # "Nachrichten-Ticker" over it
            ):
                # The time (and the text it opens) stood under the headline.
                current.stamp, current.day = stamp, day
                if rest:  # a dateline's short text ("Bickenbach - Die Handelskette") too
                    current.lines.append(Line(line.number, rest, blank_before=False))
                continue
            units.append(_unit_after_stamp(line, stamp, day))
        elif line.kind is HEADLINE_LINE:
            if current and (current.stamp or current.separated) and current.is_empty:
                current.headline = line.text  # under its time, or the rule between entries
            elif current and _short_line_under_time(current):
                # Two headlines under one time: the first is the entry's, the second its
                # standfirst, no entry of its own.
                current.headline, current.lines = current.lines[0].text, [line]
            elif kickers and current and _kicker_beside_time(current):
                # "13:22 Uhr - Emden" over "Update - Prothesen: …": the text beside the time
                # was a kicker (a place, a topic), the line below is the entry's headline.
                skips.append(
                    (current.number, current.headline, _("Dachzeile über der Überschrift"))
                )
                current.headline = line.text
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
    closing = next((i for i, line in enumerate(preamble) if signs_off(line.text)), None)
    if closing is not None:  # a closing post above the page's last entries: the first entry
        units.insert(0, Unit(preamble[closing].number, lines=preamble[closing:]))
        preamble = preamble[:closing]
    reason = _("Text vor dem ersten Eintrag")
    skips.extend((line.number, line.text, reason) for line in preamble)
    captions_as_only_text(units, skips)
    return [unit for unit in units if not unit.is_empty]


def _closing_label(texts: list[str]) -> str | None:
    """The edited post's label ("Updated") when the page shows it once or twice: it closes
    the post above, where a rule repeated between the posts opens a section below it."""
    return markers.EDITED_LABEL if texts.count(markers.EDITED_LABEL) < markers.MIN_REPEATS else None


def _takes_time(unit: Unit, stamp: Stamp) -> bool:
    """Whether a time line below fills in the unit's time: it has none yet, or only a
    marker that names none ("++ Titel" over "(19.09 Uhr) Text")."""
    own = unit.stamp
    if own is None:
        return True
    untimed = not (own.clock or own.day or own.moment or own.error)
    return untimed and stamp.names_time


def _short_line_under_time(unit: Unit) -> bool:
    stamp = unit.stamp
    bare = stamp is not None and stamp.clock is not None and not stamp.rest and not unit.headline
    return bare and len(unit.lines) == 1 and could_be_headline(unit.lines[0].text)


def _days_open_entries(lines: list[Line]) -> bool:
    """A page without times of day whose dates stand each over one text ("October 18,
    2023" over a report, "October 15, 2023" over the next): each date opens an entry."""
    stamps = [line.stamp for line in lines if line.kind is STAMP_LINE and line.stamp]
    days = [stamp for stamp in stamps if stamp.is_day_heading and not stamp.rest]
    return len(days) >= 2 and len(days) == len(stamps)


def _puts_kickers_beside_times(lines: list[Line]) -> bool:
    """Whether the page puts a kicker beside its times and the headline below, again and
    again ("13:19 Uhr - Emden" over "Update - Prothesen: …", "• 22:16" taking the kicker
    under it); once, the line below may as well be the rest of a broken sentence."""
    beside = sum(
        line.kind is STAMP_LINE
        and line.stamp is not None
        and bool(line.stamp.rest)
        and following.kind is HEADLINE_LINE
        for line, following in zip(lines, lines[1:], strict=False)
    )
    return beside >= markers.MIN_REPEATS


def _kicker_beside_time(unit: Unit) -> bool:
    """A unit opened by a time with a short text beside it and nothing below yet (a
    listed time is read as an instant: "• 22:16")."""
    stamp = unit.stamp
    beside = stamp is not None and stamp.names_time and stamp.rest == unit.headline
    return beside and bool(unit.headline) and not unit.lines


def _marker_headline_only(unit: Unit) -> bool:
    """A unit opened by a marker that gave it its headline ("1. Titel", "+++ Titel +++"),
    with nothing below yet."""
    return _marker_headline(unit) and not unit.lines


def _marker_headline(unit: Unit) -> bool:
    stamp = unit.stamp
    marker = stamp is not None and not (stamp.clock or stamp.day or stamp.moment)
    return marker and bool(unit.headline)


def _headline_over_time(unit: Unit, stamp: Stamp) -> bool:
    """A marker's headline with one short line under it, right above a bare time of day:
    the line is the headline of the entry the time opens (a dated line is the page's)."""
    timed = stamp.clock is not None and stamp.day is None and not stamp.rest
    only = len(unit.lines) == 1 and could_be_headline(unit.lines[0].text)
    return timed and only and _marker_headline(unit)


def _dateline_under(unit: Unit, stamp: Stamp) -> bool:
    """A bare full date and time right under a headline the clock alone has timed."""
    timed = unit.stamp is not None and unit.stamp.clock is not None and unit.stamp.day is None
    bare = not unit.lines and stamp.day is not None and not stamp.rest
    return timed and bool(unit.headline) and bare


def _is_plain_text(units: list[Unit]) -> bool:
    """One block without headline, time or marker: text kept whole as one entry."""
    return len(units) == 1 and not (units[0].stamp or units[0].headline or units[0].separated)


def _unit_after_stamp(line: Line, stamp: Stamp, day: date | None) -> Unit:
    """An entry opened by a time line; text after the time is its headline or first paragraph."""
    unit = Unit(line.number, stamp=stamp, day=day)
    if not stamp.rest or stamp.signed:
        return unit  # an author's name beside the time ("14:46 Lorenz Hemicker")
    kicker = _CAPITALS_KICKER.match(stamp.rest)
    if kicker and len(kicker["kicker"].split()) > 1 and kicker["kicker"].isupper():
        # "20:40 Uhr - GUTE NACHT - Somit …": the words in capitals are the headline.
        unit.headline = kicker["kicker"]
        unit.lines.append(Line(line.number, kicker["rest"], blank_before=False))
    elif could_be_headline(stamp.rest) and not is_paragraph(stamp.rest):
        unit.headline = stamp.rest
    else:
        unit.lines.append(Line(line.number, stamp.rest, blank_before=False))
    return unit


def _draft(unit: Unit, reader: DateReader, *, subheadings: bool) -> EntryDraft:
    draft = EntryDraft(title=unit.headline, body=body_html(unit.lines, subheadings=subheadings))
    stamp = unit.stamp
    if stamp is not None:
        if stamp.error:
            draft.fail(stamp.error)
        draft.published_at = reader.resolve(stamp, unit.day)
        draft.time_estimated = unit.day_guessed and draft.published_at is not None
        draft.source = stamp.source
    return draft


def _speaker_from_card(draft: EntryDraft, unit: Unit, cards: dict[int, str]) -> None:
    """A contributor's card above the post's text names who speaks in it: a guess to check."""
    name = next((cards[line.number] for line in unit.lines[:2] if line.number in cards), None)
    if name:
        draft.speaker, draft.speaker_guessed = name, True


def _names_zone(unit: Unit) -> bool:
    return unit.stamp is not None and unit.stamp.zone is not None

"""What of a pasted page is no entry: its head (the ticker's title and intro, the site's
header around them, its dateline) and blocks of labels (results, line-ups, menus).

text.py asks these once it has grouped the page's lines into units.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from itertools import takewhile
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from django.utils.translation import gettext as _

from summit.ingest import furniture
from summit.ingest.agencies import WIRES
from summit.ingest.closings import before_sign_off
from summit.ingest.drafts import ParseResult
from summit.ingest.intros import greets, labels_a_summary, speaks_of_the_coverage
from summit.ingest.lines import BULLET_LINE, Line, tells_time_of_day
from summit.ingest.markers import MIN_REPEATS, opens_with_post_number
from summit.ingest.moments import after_the_paste
from summit.ingest.shapes import LIVE_TITLE, could_be_headline, is_paragraph
from summit.ingest.trim import Skip
from summit.ingest.units import Unit

if TYPE_CHECKING:
    from summit.ingest.dates import DateReader
    from summit.ingest.stamps import Stamp

MAX_TICKER_TITLE = 140
# How many blocks at the top of a page without times may belong to its head.
_HEAD_UNITS = 4
_PLUS_MARKS = re.compile(r"\s*\+{3}\s*")
# A ticker's topic and its latest news, each closed by pluses ("Krieg in Nahost ++ Netanyahu
# kündigt Untersuchung zu Hamas-Angriff an ++"): the title of a ticker that names itself no ticker.
_PLUS_TITLE = re.compile(r"^[^+]{3,60} \+\+ [^+]{3,120} \+\+$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DATELINE_LABEL = re.compile(
    r"(?:Stand|Veröffentlicht|(?:Zuletzt )?aktualisiert|Erstellt|(?:Last )?updated|"
    r"(?:First )?published)\b",
    re.IGNORECASE,
)
_CREDIT_NAME = 20  # the longest name in a dateline's credit ("t-online.de", "rtr")
_SHAPE_TOKENS = re.compile(r"\d+|[^\W\d_]+|\S")


class HeadEnd(NamedTuple):
    """The row that closes a page's head: its line, and whether it dates the page (a
    standfirst may follow a dateline; a counter such as "3 neue Updates" stands right
    above the entries)."""

    number: int
    dated: bool


def head_end(page_lines: list[Line], lines: list[Line]) -> HeadEnd | None:
    """The last head row ("Online seit …", "3 neue Updates", "Aktualisiert am 29.10.2015 |
    06:14", a post's dated header) at or above the first time of day: the page's head
    ends there. Only the page's lines down to that time are read."""
    first_time = next((line.number for line in lines if tells_time_of_day(line)), None)
    above = page_lines
    if first_time is not None:  # the lines are in the order of the page
        above = list(takewhile(lambda line: line.number <= first_time, page_lines))
    rows = [line for line in above if furniture.is_head_row(line.text)]
    post_header = next((line for line in above if furniture.is_post_header(line.text)), None)
    last = max(
        [*rows, post_header] if post_header else rows, key=attrgetter("number"), default=None
    )
    return HeadEnd(last.number, bool(_YEAR.search(last.text))) if last else None


def without_tables(units: list[Unit], skips: list[Skip]) -> list[Unit]:
    """Blocks of labels only (results, line-ups, menus) are no entries: an entry says something.

    A block counts as labels when none of its lines has more than a few words or ends a
    sentence, and it has at least three of them or no marker; a lone short line under a
    marker ("90 Spielende") and anything under a time of day (a poll's figures) stay. Under
    a headline, three or more labels are a menu beside a teaser ("Alle Infos zum Fight" over
    "Radsport", "Motorsport", …); an untimed title naming the ticker with nothing below
    it is the page's title. The page's summary box above the first entry, a list under its
    label ("Key points" over "- 56,000 homes without power"), is none either.
    """
    kept = []
    if len(units) > 1 and _is_summary_box(units[0]):
        box, units = units[0], units[1:]
        reason = _("Kopf der Seite")  # the summary box belongs to it
        skips.append((box.number, box.headline, reason))
        skips.extend((line.number, line.text, reason) for line in box.lines)
    for unit in units:
        if unit.stamp is not None and unit.stamp.names_time:
            kept.append(unit)  # timed: never a table
            continue
        texts = [text for text in (unit.headline, *(line.text for line in unit.lines)) if text]
        body = texts[1:] if unit.headline else texts
        labels = all(map(_is_label, texts)) and (len(texts) >= 3 or unit.stamp is None)
        menu = len(body) >= 3 and all(map(_is_label, body))
        if labels or menu or (not unit.lines and names_the_ticker(unit)):
            reason = _("Tabelle oder Navigation")
            skips.extend((unit.number + offset, text, reason) for offset, text in enumerate(texts))
        else:
            kept.append(unit)
    return kept


def _is_summary_box(unit: Unit) -> bool:
    untimed = unit.stamp is None or not unit.stamp.names_time
    listed = bool(unit.lines) and unit.lines[0].kind is BULLET_LINE
    return untimed and listed and labels_a_summary(unit.headline)


def _is_label(text: str) -> bool:
    return len(text.split()) <= 4 and text[-1] not in ".:!?"


def take_ticker_head(
    units: list[Unit], result: ParseResult, skips: list[Skip], row: HeadEnd | None
) -> None:
    """Untimed blocks above the first entry opened by a time or marker, or above the rows
    that close a page's head, are the page's head: the ticker's title and intro, and the
    site's header around them."""
    clocked = _clocked_page(units)  # asked once: a page may hold many thousand units
    first = next((i for i, unit in enumerate(units) if _opens_entries(unit, clocked)), None)
    if first and _rules_under_headed_posts(units, first):
        first = None
    if row is not None:
        if not row.dated:
            _split_at_head_end(units, row.number)
        # A dated head row is itself a time line: the unit it opens is the head's too.
        above = sum(unit.number <= row.number for unit in units)
        first = max(first or 0, above) if above < len(units) else first
    if first is not None and (
        _dated_head(units[first:]) or _odd_dateline(units[first:]) or _credited(units[first:])
    ):
        first = next(i for i in range(first + 1, len(units)) if units[i].stamp)
    if first == 0 and clocked and _dated_title(units[0]):
        first = next((i for i in range(1, len(units)) if _is_timed(units[i])), None)
    if not first:
        # A page without times: its head ends with the block titled as the ticker, among
        # the first few ("Live Match Reports", "F1 LIVE - … Latest Updates").
        titled = [
            i
            for i, unit in enumerate(units[:_HEAD_UNITS])
            if names_the_ticker(unit) or (i == 0 and _introduces_the_coverage(unit))
        ]
        first = titled[-1] + 1 if titled and titled[-1] + 1 < len(units) else first
    if first:
        first = before_sign_off(units, first)
    if not first:
        return
    head, others = units[0], units[1:first]
    del units[:first]
    reason, dated = _("Kopf der Seite"), _("Datum der Seite")
    for unit in others:
        if unit.stamp is not None and _is_timed(unit):  # "Stand: 24.03.2022 21:56 Uhr"
            skips.append((unit.number, unit.stamp.written, dated))
        skips.append((unit.number, unit.headline, reason))
        skips.extend((line.number, line.text, reason) for line in unit.lines)
    result.ticker_title = _PLUS_MARKS.sub(" ", head.headline).strip()
    result.ticker_description = "\n\n".join(line.text for line in head.lines)
    skips.append((head.number, head.headline, _("Titel des Tickers")))
    reason = _("Einleitung des Tickers")
    skips.extend((line.number, line.text, reason) for line in head.lines)


def drop_future_teaser(units: list[Unit], skips: list[Skip], reader: DateReader) -> None:
    """The first block dated after the paste above posts dated before it ("Oct 16, 2014 -
    11:00 AM EDT Apple is hosting an event …" over a ticker of 2013): a page's teaser of
    another event, no post. Only a post's own future date is an error the editor sees."""
    if len(units) < 2 or not _dated_later(units[0], reader):
        return
    if not any(_dated_before(unit, reader) for unit in units[1:]):
        return
    teaser = units.pop(0)
    reason = _("Ankündigung über dem Ticker")
    if teaser.stamp is not None:
        skips.append((teaser.number, teaser.stamp.text, reason))
    skips.extend((line.number, line.text, reason) for line in teaser.lines)


def _dated_later(unit: Unit, reader: DateReader) -> bool:
    return after_the_paste(_moment(unit, reader), reader.reference)


def _dated_before(unit: Unit, reader: DateReader) -> bool:
    moment = _moment(unit, reader)
    return moment is not None and moment <= reader.reference


def _moment(unit: Unit, reader: DateReader) -> datetime | None:
    return reader.resolve(unit.stamp, unit.day) if unit.stamp is not None else None


def _split_at_head_end(units: list[Unit], head_end: int) -> None:
    """The text below the row that closes the head ("1 neue Updates") in the block above
    it: the first entry, which the row (dropped as furniture) no longer parts from the
    head."""
    for index, unit in enumerate(units):
        if unit.number > head_end:
            return
        below = [line for line in unit.lines if line.number > head_end]
        written = any(is_paragraph(line.text) for line in below)  # (not a list of authors)
        if written and (index + 1 == len(units) or units[index + 1].number > head_end):
            unit.lines = unit.lines[: len(unit.lines) - len(below)]
            units.insert(index + 1, Unit(below[0].number, lines=below))
            return


def _opens_entries(unit: Unit, clocked: bool) -> bool:
    """A unit opened by a time, marker or separator; on a page whose entries open with
    times, the blocks above the first time are the page's, even those a marker used once
    or twice ("++ Titel ++" over its teaser) or a separator line ("Neuer Abschnitt") opens."""
    if _is_timed(unit):
        return True
    if unit.stamp is None and not unit.separated:
        return False
    return not clocked


def _rules_under_headed_posts(units: list[Unit], first: int) -> bool:
    """A page's rule ("• Share") under each headed post, the first post above the first
    rule: the block above it is that post, not the page's head (unless titled as the
    ticker, which the page's other rules read)."""
    return bool(
        units[first].separated
        and units[first].headline
        and all(unit.headline and unit.lines and unit.stamp is None for unit in units[:first])
    )


def _clocked_page(units: list[Unit]) -> bool:
    """Entries open with times of day: every one from the first time on, or most of them
    with markers without a time rare."""
    timed = [_is_timed(unit) for unit in units]
    if True not in timed:
        return False
    markers = sum(unit.stamp is not None for unit in units) - sum(timed)
    posts = sum(_marked_post(unit) for unit in units)
    if posts >= MIN_REPEATS and posts > sum(timed):
        return False  # posts opened by markers, a time now and then ("14:10 Uhr: …")
    return all(timed[timed.index(True) :]) or (sum(timed) >= MIN_REPEATS > markers)


def _marked_post(unit: Unit) -> bool:
    """A post opened by a marker that says something ("Runde 13 von 61: Hamilton gibt …."),
    not a line of a summary box ("+++ 7300 Demonstranten kamen")."""
    stamp = unit.stamp
    if stamp is None or _is_timed(unit):
        return False
    return bool(unit.lines) or stamp.rest.rstrip()[-1:] in ".!?"


def _is_timed(unit: Unit) -> bool:
    """Opened by a time or a date, or by one that does not exist ("31.02.2025 10:00")."""
    stamp = unit.stamp
    return stamp is not None and bool(stamp.clock or stamp.moment or stamp.day or stamp.error)


def names_the_ticker(unit: Unit) -> bool:
    """An untimed first block titled as the ticker itself ("+++ Ticker +++ …", "Liveblog: …");
    a numbered post is none ("1. Our live coverage across the day" closes the coverage)."""
    timed = unit.stamp is not None and unit.stamp.names_time
    title = unit.headline
    if timed or (unit.stamp is not None and opens_with_post_number(unit.stamp.text)):
        return False
    return bool(LIVE_TITLE.match(title)) or (
        len(title) <= MAX_TICKER_TITLE
        and (bool(LIVE_TITLE.search(title)) or bool(_PLUS_TITLE.match(title)))
    )


def _introduces_the_coverage(unit: Unit) -> bool:
    """A first block whose text speaks of the coverage itself ("Wir halten Sie in unserem
    Live-Ticker auf dem Laufenden", "As the votes are counted, we'll be updating …"): the
    page's intro, not an entry. A block that greets the reader ("Good evening!" over "Hello
    and welcome to our live coverage") is the first post."""
    untimed = unit.stamp is None
    texts = [unit.headline, *(line.text for line in unit.lines[:1])]
    if any(map(greets, texts)):
        return False
    return untimed and any(speaks_of_the_coverage(line.text) for line in unit.lines[:3])


def _dated_head(units: list[Unit]) -> bool:
    """A full date and time under the first headline, above entries timed by the clock
    alone, the newest at that same minute or with no sentence of its own below: the page's
    dateline ("04. Juni 2022, 23:35 Uhr", when it was last updated), not a first entry;
    its time alone under its day, when the title below names the ticker ("August 27th,
    2011" over "02:45 AM ET" over "Live blog: Hurricane death toll at 9")."""
    stamp = units[0].stamp
    if stamp is None or stamp.clock is None or stamp.rest:
        return False
    titled = bool(units[0].headline) and _titled_as_ticker(units[0])
    if stamp.day is None and not (units[0].day and titled):
        return False
    later = [unit.stamp for unit in units[1:] if unit.stamp is not None and unit.stamp.names_time]
    if not later or any(other.day is not None for other in later):
        return False
    titles_only = all(could_be_headline(line.text) for line in units[0].lines)
    return (
        later[0].clock == stamp.clock
        or titles_only
        or _titled_as_ticker(units[0])
        or _older_than_newest_first(stamp, later)
    )


def _odd_dateline(units: list[Unit]) -> bool:
    """A first stamp with a year, written unlike every entry's stamp below it: labelled as
    the page's ("Veröffentlicht:04.09.2016, 07:55", "Stand: 17.01.2021 23:02 Uhr"), or
    above entries whose stamps agree among themselves and name no year ("01. September
    2019, 17:44 Uhr" over "17:44 Uhr | …"): a page writes its entries' times in one way,
    so a lone other one above them is the page's own dateline."""
    stamps = [unit.stamp for unit in units if unit.stamp is not None and _is_timed(unit)]
    if len(stamps) < 1 + MIN_REPEATS or not _YEAR.search(stamps[0].written):
        return False
    shapes = Counter(_stamp_shape(stamp) for stamp in stamps[1:])
    if _stamp_shape(stamps[0]) in shapes:
        return False
    if _DATELINE_LABEL.match(stamps[0].text):
        return True
    agreeing = shapes.most_common(1)[0][1] >= max(MIN_REPEATS, len(stamps) / 2)
    return agreeing and not any(_YEAR.search(stamp.written) for stamp in stamps[1:])


def _credited(units: list[Unit]) -> bool:
    """A full date and time with the wires the article draws on after a bar ("10.10.2019,
    11:00 Uhr | dpa, AFP, rtr, t-online.de") above timed entries: the page's dateline and
    credit, and the standfirst under it the page's too."""
    stamp = units[0].stamp
    if stamp is None or not stamp.written.rstrip().endswith("|") or not stamp.rest:
        return False
    names = [name.strip().casefold() for name in stamp.rest.split(",")]
    credit = all(0 < len(name) <= _CREDIT_NAME and " " not in name for name in names)
    wire = not WIRES.isdisjoint(names)
    later = any(_is_timed(unit) for unit in units[1:])
    return credit and wire and later and bool(_YEAR.search(stamp.written))


def _stamp_shape(stamp: Stamp) -> tuple[str, ...]:
    """How a stamp is written, digits and words aside: "Stand: 9.9.9 9:9 a"."""
    return tuple(
        "9" if token[0].isdigit() else "a" if token[0].isalpha() else token
        for token in _SHAPE_TOKENS.findall(stamp.written)
    )


def _older_than_newest_first(stamp: Stamp, later: list[Stamp]) -> bool:
    """A dateline older than the entries below it, which run newest first ("20.05.2019,
    17:46 Uhr" over "18.10 Uhr", "17.30 Uhr"): when the article was first published."""
    clocks = [other.clock for other in later[:3] if other.clock is not None]
    newest_first = len(clocks) >= 2 and all(
        a >= b for a, b in zip(clocks, clocks[1:], strict=False)
    )
    return newest_first and stamp.clock is not None and clocks[0] > stamp.clock


def _dated_title(unit: Unit) -> bool:
    """A day and a title above entries timed by the clock ("date 2017-03-22 The latest",
    "Freitag, 15. August 2025: Gipfel in Alaska"): the page's date and its title."""
    stamp = unit.stamp
    return stamp is not None and stamp.is_day_heading and bool(stamp.rest)


def _titled_as_ticker(unit: Unit) -> bool:
    """A dated block whose title names the ticker ("02. Juni 2013 07:14 Uhr" over
    "Hochwasser-Liveticker"): the page's dateline and head."""
    first = unit.headline or (unit.lines[0].text if unit.lines else "")
    return len(first) <= MAX_TICKER_TITLE and bool(LIVE_TITLE.search(first))

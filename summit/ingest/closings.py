"""A closing post standing in a page's head ("Das war es. …", "That's all for today's blog"
above the page's last entries, newest first): the first entry, not the head's text.

pagehead.py asks it where the head it found ends.
"""

from __future__ import annotations

import re

from summit.ingest.lines import Line
from summit.ingest.shapes import LIVE_TITLE, could_be_headline, signs_off
from summit.ingest.units import Unit

# The headline of a day's recap, naming the day after it ("What we learned – Tuesday 14
# May (budget day)", "What we learned today, 11 January 2025", "The day that was, Sunday 1
# October"): the blog's closing post, above its last entries. "What we learned from …"
# names no day: any post's headline.
_DAY_RECAP = re.compile(
    r"(?i:what we(?:[’']ve| have)? learn(?:ed|t)(?: today)?|the day that was)\s*[,;:–—-]\s*"
    r"(?:[A-Z][a-z]+day\b|\d{1,2}\b)"
)
# A headline saying the ticker is over: the closing post's, not the page's title.
_ENDED = re.compile(r"(?i)\b(?:beendet|ende|vorbei|over|ended|closed)\b")


def before_sign_off(units: list[Unit], first: int) -> int:
    """Where the head ends when a closing post stands in it ("Das war es. …", "That's all
    for today's blog", the day's recap above the page's last entries, newest first): the
    closing post is the first entry, split off the unit it was read into."""
    for index, unit in enumerate(units[:first]):
        if unit.headline and (signs_off(unit.headline) or _recaps_the_day(unit.headline)):
            return index
        at = next((i for i, line in enumerate(unit.lines) if signs_off(line.text)), None)
        if at == 0 and not could_be_headline(unit.lines[0].text) and not _page_title(unit, index):
            return index  # under its own headline ("Ende" over "Vielen Dank für …")
        if at is not None:
            text = unit.lines[at].text
            headed = could_be_headline(text) and text[-1] not in "!?"  # no sentence
            if at > 0 and not headed and could_be_headline(unit.lines[at - 1].text):
                at -= 1  # its headline ("Ende" over "Vielen Dank für Ihr Interesse")
            closing = unit.lines[at:]
            unit.lines = unit.lines[:at]
            units.insert(index + 1, _closing_unit(closing))
            return index + 1
    return first


def _closing_unit(lines: list[Line]) -> Unit:
    if len(lines) > 1 and could_be_headline(lines[0].text):
        return Unit(lines[0].number, headline=lines[0].text, lines=lines[1:])
    return Unit(lines[0].number, lines=lines)


def _recaps_the_day(headline: str) -> bool:
    """A headline over the day's recap ("What we learned, Tuesday 9 May")."""
    return bool(_DAY_RECAP.match(headline))


def _page_title(unit: Unit, index: int) -> bool:
    """The page's first block titled as the ticker ("NFL Draft Live Coverage" over "That
    concludes the First Round …"): a closing post right under it is no headline's post.
    A title that says the ticker ended ("Liveticker beendet", "Aus und vorbei: Ticker-Ende")
    is the closing post's own headline."""
    headline = unit.headline
    return index == 0 and bool(LIVE_TITLE.search(headline)) and not _ENDED.search(headline)

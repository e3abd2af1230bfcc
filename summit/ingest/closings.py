"""A closing post standing in a page's head ("Das war es. …", "That's all for today's blog"
above the page's last entries, newest first): the first entry, not the head's text.

pagehead.py asks it where the head it found ends.
"""

from __future__ import annotations

from summit.ingest.lines import Line
from summit.ingest.shapes import could_be_headline, signs_off
from summit.ingest.units import Unit


def before_sign_off(units: list[Unit], first: int) -> int:
    """Where the head ends when a closing post stands in it ("Das war es. …", "That's all
    for today's blog" above the page's last entries, newest first): the closing post is
    the first entry, split off the unit it was read into."""
    for index, unit in enumerate(units[:first]):
        if unit.headline and signs_off(unit.headline):
            return index
        at = next((i for i, line in enumerate(unit.lines) if signs_off(line.text)), None)
        if at == 0 and not could_be_headline(unit.lines[0].text):
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

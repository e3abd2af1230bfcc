"""An entry whose only text was dropped as a picture's caption keeps that text."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from summit.ingest import furniture
from summit.ingest.lines import Line
from summit.ingest.shapes import could_be_headline
from summit.ingest.trim import Skip
from summit.ingest.units import Unit

# The fewest words of a caption's text that an entry keeps as its own.
_SENTENCE_WORDS = 5


def _title_only(unit: Unit) -> bool:
    """A headline and nothing more: under its headline no line, or without one a single
    line shaped like one."""
    if unit.headline:
        return not unit.lines
    return len(unit.lines) == 1 and could_be_headline(unit.lines[0].text)


def captions_as_only_text(units: list[Unit], skips: list[Skip]) -> None:
    """An entry left without text once a line that ends with a credit was dropped as a
    caption ("… zu bestaunen. Bildrechte: MDR"): that line was its text, and it keeps it,
    without the credit. (An entry with text of its own lets its pictures' captions go.)"""
    bare = [index for index, unit in enumerate(units) if _title_only(unit)]
    if not bare:
        return
    caption = furniture.caption()
    captions = sorted((skip[0], index) for index, skip in enumerate(skips) if skip[2] == caption)
    numbers = [number for number, _index in captions]
    for index in bare:
        unit = units[index]
        start = bisect_right(numbers, unit.number)
        end = bisect_left(numbers, units[index + 1].number) if index + 1 < len(units) else None
        found = captions[start:end]
        if len(found) != 1:
            continue  # none, or a picture gallery's: not one line of text
        number, dropped, _why = skips[found[0][1]]
        text = furniture.without_credit(dropped)
        if text != dropped and len(text.split()) >= _SENTENCE_WORDS and text[-1] in ".!?":
            if unit.lines:  # the title, left as the only line of text: the entry's title
                unit.headline = unit.lines[0].text
            unit.lines = [Line(number, text, False)]
            skips[found[0][1]] = (number, dropped[len(text) :].strip(), caption)  # the credit

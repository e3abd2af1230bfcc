"""A pasted text cut into its raw lines, after the cleanups a whole text needs before its
lines are read (lines.py): invisible characters, bold tags, icon names, times written
twice, times glued after titles, times with a space after the hour's colon.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summit.ingest.spacedclocks import spaced_clocks_closed
from summit.ingest.stampquirks import times_glued_after_titles_moved

_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# The odd space characters: a text without them has its lines split without looking for them.
_ODD_SPACE_CHARS = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)

_BOLD_TAGS = re.compile(r"</?(?:b|strong)>")
# A live blog flattened onto one line, each post's time written twice: "… Cheers. 5.01pm
# GMT17:01 And here be …": each post starts a line of its own, with its time once.
_GLUED_TIMES = re.compile(r"(?<!\S)(\d{1,2}\.\d{2}[ap]m (?:GMT|BST))\d{2}:\d{2}\s*")


# An icon font's name, pasted as the text of its icon at a line's end ("open_in_new",
# "chevron_right"): lowercase words joined by underscores, after a space.
_ICON_NAME = re.compile(r"(?<=\S)[ \t]+[a-z]+(?:_[a-z]+)+[ \t]*$", re.MULTILINE)


class RawLines(NamedTuple):
    """A text cut into its lines, before they are read: the text itself may go."""

    texts: list[str]
    odd_spaces: bool  # whether any line may hold an odd space character


def raw_lines(text: str) -> RawLines:
    # Plain substring tests: a search by the expression takes longer than these together.
    # What one cleanup removes may join what the next looks for: sought again after it.
    found = _sought_in(text)
    if not found.isdisjoint(_INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
        found = _sought_in(text)
    if "<" in found and ("<b>" in text or "<strong>" in text):
        text = _BOLD_TAGS.sub("", text)  # a paste of the page's source: "<b>19.05 Uhr: …</b>"
        found = _sought_in(text)
    if "_" in found:
        text = _ICON_NAME.sub("", text)  # "heute 12:51 open_in_new": an icon's name as text
        found = _sought_in(text)
    if "GMT" in found or "BST" in found:
        text = _GLUED_TIMES.sub(r"\n\1 ", text)
        found = _sought_in(text)
    text = times_glued_after_titles_moved(text, "published at " in found)
    text = spaced_clocks_closed(text)
    return RawLines(text.splitlines(), not found.isdisjoint(_ODD_SPACE_CHARS))


# What raw_lines looks for in a text; "<" stands for the tags, most pastes hold none.
_SOUGHT = (*_INVISIBLE_CHARS, "<", "_", "GMT", "BST", "published at ", *_ODD_SPACE_CHARS)
# Characters of the text looked through at once: a piece small enough to stay in the
# processor's cache while every word is sought in it, where the whole text of a large
# paste came from memory again for each word (and took longer the larger the paste).
_PIECE = 1 << 16


def _sought_in(text: str) -> set[str]:
    overlap = max(map(len, _SOUGHT)) - 1  # a word across the end of a piece is found too
    found: set[str] = set()
    for start in range(0, len(text), _PIECE):
        piece = text[start : start + _PIECE + overlap]
        found.update(word for word in _SOUGHT if word in piece)
    return found

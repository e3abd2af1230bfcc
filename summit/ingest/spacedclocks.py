"""Times that open a line with a space slipped in after the hour's colon ("9: 12 Some
13,802 polling stations …", "12: 00" over the post): read as times only where the page
opens its posts with times again and again (a line alone shows no "Uhr" or "p.m.", which
stampquirks.py reads on any page)."""

from __future__ import annotations

import re
from itertools import islice

# "5: 06 South Ayrshire: …", "12: 32 – Well evidently …", "15: 12" alone: plausible hours
# and minutes, then the end of the line, a dash, a colon or a capital (not "3: 1", a score,
# nor "2: 10 people", a ratio in a sentence).
_SPACED_CLOCK = re.compile(
    r"(?m)^([ \t]*(?:[01]?\d|2[0-3])): ([0-5]\d)(?=[ \t]*$|:? [–—-] |: | [A-ZÄÖÜ\"„“])"
)
# A line opening with a time, its colon written either way ("15:00", "12: 00").
_CLOCK_LED = re.compile(r"(?m)^[ \t]*(?:[01]?\d|2[0-3]): ?[0-5]\d\b")
# So many lines of the page open with a time where a spaced one is a post's time too.
_TIMED_LINES = 3


def spaced_clocks_closed(text: str) -> str:
    """The text with the space after the hour's colon gone from each time opening a line,
    where the page opens lines with times at least three times (its spaced ones counted)."""
    if not _has_spaced_clock(text):
        return text  # (most pages)
    if len(list(islice(_CLOCK_LED.finditer(text), _TIMED_LINES))) < _TIMED_LINES:
        return text
    return _SPACED_CLOCK.sub(r"\1:\2", text)


def _has_spaced_clock(text: str) -> bool:
    """Whether _SPACED_CLOCK finds a time in the text: tried only at the start of the lines
    that hold a digit before ": " (searched for, it tries every line, and a large paste has
    many)."""
    colon = text.find(": ")
    while colon != -1:
        digit_before = colon and text[colon - 1].isdecimal()
        if digit_before and _SPACED_CLOCK.match(text, text.rfind("\n", 0, colon) + 1):
            return True
        colon = text.find(": ", colon + 1)
    return False

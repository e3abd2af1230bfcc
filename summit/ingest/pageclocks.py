"""How a page writes the times that open its entries, read once for the whole page
(dates.DateReader.for_page): a dotted time ("18.10 Text") or four figures run together
("2200: Text") count as times only where the page opens its entries that way again and again.
"""

from __future__ import annotations

import re
from datetime import time

from summit.ingest.zones import ZONE_ALTERNATION

# "18.10 Never mind that, …": a dotted time and the text, which a page that opens its
# entries that way uses again and again (a date "18.10." or an amount "3.50 Euro" seldom);
# some open it with an agency's bar ("++ 19.38 Aktuell …").
_BAR = r"\+\+\+? "
DOTTED_CLOCK_LINE = re.compile(rf"(?:{_BAR})?(?:[01]?\d|2[0-3])\.[0-5]\d\s+[A-ZÄÖÜ\"„“‘']")
DOTTED_CLOCK_ALONE = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d$")
# What a bare dotted time stands above when it is one: words, not a row of results.
_TEXT_BELOW = re.compile(r"[A-ZÄÖÜ\"„“‘'][^\d\n]{12}")
_DOTTED_REPEATS = 3
BULLETS = "•·▪"
# "2200: Cilic …", "2033 The Dáil …", "2340 – West Ham …", "2245 DONE DEAL" (not "1800 GMT
# —", whose capitals name a zone): a chronology
# ("2015: …") looks the same, so the page must do it three times, once at least with a
# number no year has, or number its posts ("1. 2033:" above the post's text, as BBC Sport's
# live pages did).
JOINED_CLOCK_LINE = re.compile(
    r"(?P<post>\d{1,3}\.\s+(?=\d{4}:\s*$))?(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
    rf"(?::\s+(?=\S)|:\s*$|\s[–-]\s+(?=\S)|\s+(?=[A-ZÄÖÜ])(?!(?:{ZONE_ALTERNATION})\b))"
)

# A page whose numbers could be years opens this many entries with them, in a span of
# this many minutes, when they are times; "1978: …" (no time) shows a chronology.
_EVENING_REPEATS, _EVENING_MINUTES = 5, 180
_YEAR_LED = re.compile(r"1[89][6-9]\d:")  # a year whose last figures are no minutes


def joined_clock(match: re.Match[str]) -> time:
    """The time of day a JOINED_CLOCK_LINE match names."""
    return time(int(match["hour"]), int(match["minute"]))


def page_clocks(lines: list[str]) -> tuple[bool, bool]:
    """Whether the page opens its entries with dotted times, and with joined ones."""
    # What the expressions can match: the lines opening with a digit, by index; a time in a
    # bulleted list of posts ("• 2140:" over the post) stands after its bullet.
    lines = [_unbulleted(line) for line in lines]
    led = [index for index, line in enumerate(lines) if line[:1].isdigit()]
    dotted = _dotted_clocks(lines, led) >= _DOTTED_REPEATS
    matches = [match for i in led if (match := JOINED_CLOCK_LINE.match(lines[i]))]
    numbered = sum(1 for match in matches if match["post"]) >= _DOTTED_REPEATS
    years = all(1900 <= int(match["hour"] + match["minute"]) <= 2030 for match in matches)
    joined = len(matches) >= _DOTTED_REPEATS and (
        numbered or not years or _minute_by_minute(matches, lines, led)
    )
    return dotted, joined


def _unbulleted(line: str) -> str:
    if line[:1] in BULLETS and line[2:3].isdigit():
        return line[2:]
    bar = _BAR_BEFORE_DIGIT.match(line)
    return line[bar.end() :] if bar else line


_BAR_BEFORE_DIGIT = re.compile(rf"{_BAR}(?=\d)")


def _minute_by_minute(matches: list[re.Match[str]], lines: list[str], led: list[int]) -> bool:
    """Whether numbers that could be years are an evening's times ("1935: …", "1932: …"):
    many, in one order, within a few hours, and no "1978: …" beside them that no time is."""
    minutes = [int(match["hour"]) * 60 + int(match["minute"]) for match in matches]
    ordered = minutes == sorted(minutes) or minutes == sorted(minutes, reverse=True)
    return (
        len(minutes) >= _EVENING_REPEATS
        and ordered
        and max(minutes) - min(minutes) <= _EVENING_MINUTES
        and not any(_YEAR_LED.match(lines[index]) for index in led)
    )


def _dotted_clocks(lines: list[str], led: list[int]) -> int:
    """How many lines open with a dotted time of day ("18.10 Text"), or are one above a
    sentence ("12.45" over "Welcome to our live coverage …"); `led` indexes the lines
    opening with a digit."""
    beside = sum(bool(DOTTED_CLOCK_LINE.match(lines[index])) for index in led)
    last = len(lines) - 1
    alone = sum(
        bool(DOTTED_CLOCK_ALONE.match(lines[index]) and _TEXT_BELOW.match(lines[index + 1]))
        for index in led
        if index < last
    )
    return beside + alone

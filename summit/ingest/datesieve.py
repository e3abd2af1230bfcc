"""Cheap sieves before the date expressions and dateparser: which lines cannot be a timestamp.

Most lines of a page are text; these plain tests rule them out before dates.py's
expressions, which cost much more, are asked.
"""

from __future__ import annotations

import re

from summit.ingest.datewords import MONTHS, WEEKDAY_NAMES

# How a line opens, lowercased, when one of dates.py's expressions may read it: "+++", a
# digit, bracket or "***", a label, weekday, month or day word, or a relative time's first word.
# Most lines are text and open otherwise: they skip those expressions. Read on the line's
# lowercased opening: a case-sensitive expression rules a line out much faster.
_STAMP_OPENING = re.compile(
    r"[+*\d(\[]|zuletzt|aktualisiert|stand|update|last|posted|veröffentlicht|date|datum"
    r"|heute|gestern|vorgestern|today|yesterday|vor\s|gerade\s|soeben|jetzt|just\s"
    r"|(?:an?|one|two|three|five|ten)(?:\s|sec|min|hour|hr|day|week|[hmd]\s)"
    rf"|(?:{WEEKDAY_NAMES})[.,\s]|(?:{'|'.join(MONTHS)})[.\s]"
)
_OPENING_LENGTH = 16  # longer than any opening above
_DIGIT = re.compile(r"\d")
# The same for an ASCII line, whose only digits are 0 to 9: a set of characters is
# scanned for much faster than a class of Unicode (the expressions below likewise).
_ASCII_DIGIT = re.compile(r"[0-9]")
# Words of a relative or named day; plain substring tests, a line without them is text.
_DAY_WORDS = ("heute", "gestern", "today", "yesterday", "vor ", "ago", "eben", "soeben", "now")


def opens_like_stamp(line: str) -> bool:
    head = line[:_OPENING_LENGTH]
    # Case-insensitive expressions take "İ" and "ı" for "i" and "ſ" for "s"; str.lower() does not.
    if not head.isascii() and ("İ" in head or "ı" in head or "ſ" in head):
        return True
    return _STAMP_OPENING.match(head.lower()) is not None


def looks_dated(line: str) -> bool:
    """Cheap first sieve: only lines with a digit or a day word can be timestamps."""
    if (_ASCII_DIGIT if line.isascii() else _DIGIT).search(line):
        return True
    lowered = line.lower()
    return any(map(lowered.__contains__, _DAY_WORDS)) and bool(_LOOKS_DATED.search(line))


_LOOKS_DATED = re.compile(
    r"\d|\b(?:heute|gestern|today|yesterday|vor\s+\w+\s+(?:sekunde|minute|stunde|tag|woche)"
    r"|ago|gerade\s+eben|soeben|just\s+now)",
    re.IGNORECASE,
)


def names_month_or_clock(line: str) -> bool:
    """Whether dateparser may read a line: it names a clock time or a month."""
    lowered = line.lower()
    figures = _ASCII_CLOCK_FIGURES if line.isascii() else _CLOCK_FIGURES
    if figures.search(line) or ("uhr" in lowered and _UHR.search(line)):
        return True
    if not _MONTH_STEM.search(lowered):
        return False  # no word can be a month's name
    return not MONTHS.keys().isdisjoint(word.strip(".,()") for word in lowered.split())


# "21:15", "9.30", "3 pm": led by a digit, so that a search skips to the digits.
_CLOCK_FIGURES = re.compile(r"\d(?:\d?[:.]\d{2}|\s*[ap]\.?m\b)", re.IGNORECASE)
_ASCII_CLOCK_FIGURES = re.compile(r"[0-9](?:\d?[:.]\d{2}|\s*[ap]\.?m\b)", re.IGNORECASE)
_UHR = re.compile(r"\buhr\b", re.IGNORECASE)
# How the month names open ("jan", "mär", "sep"), for a search in lowercased text.
_MONTH_STEM = re.compile("|".join(sorted({month[:3] for month in MONTHS})))

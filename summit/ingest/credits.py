"""Photo credits, which name who took a picture, not a source: "Foto: dpa", "© Reuters",
"AFP via Getty Images", "Quelle: Mark J. Terrill/AP/dpa"."""

from __future__ import annotations

import re

from summit.ingest.cues import FOLDED_BY_PATTERNS_ONLY
from summit.ingest.phrases import looks_like_person

# Photo credits name an agency that took a picture, not one that reported anything.
_CREDIT = re.compile(
    r"(?i:\b(?:foto|fotos|bild|bilder|image|photo|photograph|picture|credit)s?:"
    r"|©|\(c\)|\bphoto\s+by\b|\bfoto\s+von\b|\([^()\n]{0,20}\bphoto/)[^\n]*"
    # "Quelle: Mark J. Terrill/AP/dpa": a photographer's name before the agencies.
    r"|\b[Qq]uelle:\s*(?:[A-ZÄÖÜ][\w.-]*\s+){1,3}[A-ZÄÖÜ][\w-]*/[^\n]*"
)
# "Anna Berg/AFP via Getty Images": the line's agency took the picture.
_GETTY_CREDIT = re.compile(r"[^\n]{0,60}\bvia Getty Images\b[^\n]*")

# What every credit starts with, in lowercase (a text with letters that only a pattern's
# (?i) folds is read in full).
_CREDIT_STARTS = (
    "foto", "bild", "image", "photo", "picture", "credit", "©", "(c)", "quelle:"
)  # fmt: skip
# The whole words (\w+, lowercase) a credit's label is, each with "s" too ("Fotos:", "Photo
# by", "(AP Photo/…)", "Quelle:"): the other credits are "©" and "(c)".
_CREDIT_WORDS = frozenset(
    form
    for word in ("foto", "fotos", "bild", "bilder", "image", "photo", "photograph", "picture")
    for form in (word, word + "s")
) | {"credit", "credits", "quelle"}


def _may_hold_credit(text: str, lowered: str, words: frozenset[str] | None = None) -> bool:
    """False when no credit can stand in the text: most entries, read without the pattern.
    lowered: text.lower(), or lowercase_of(text) (which differs only with an "İ"); words:
    words_of(lowered), when read already: a label is one of them."""
    if any(map(text.__contains__, FOLDED_BY_PATTERNS_ONLY)):
        return True
    if words is not None:
        return not _CREDIT_WORDS.isdisjoint(words) or "©" in text or "(c)" in lowered
    return any(map(lowered.__contains__, _CREDIT_STARTS))


def without_credits(
    text: str, lowered: str | None = None, words: frozenset[str] | None = None
) -> str:
    """The text without its photo credits ("Foto: dpa", "© Reuters", "AFP via Getty Images");
    lowered: lowercase_of(text), and words: words_of(lowered), when made already."""
    if _may_hold_credit(text, text.lower() if lowered is None else lowered, words):
        text = _CREDIT.sub("", text)
    return _GETTY_CREDIT.sub("", text) if "Getty Images" in text else text


def is_picture_credit(value: str) -> bool:
    """Whether a "Quelle:" names who took a picture: "Mark J. Terrill/AP/dpa"."""
    return "/" in value and looks_like_person(value.split("/")[0].split())

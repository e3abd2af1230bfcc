"""Wordings compared the way editors mean them: regardless of case, accents and spacing."""

import hashlib
import re
import unicodedata

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _without_marks(text: str) -> str:
    """The text without combining marks (the accents NFKD splits off its letters).

    Marks are never ASCII: only the text's distinct other characters are looked at (found
    by a regular expression, cheaper than a set of all its characters), and each mark among
    them is removed everywhere at once (a Python test per character, or per run of non-ASCII
    characters, cost seconds on large imports).
    """
    for character in set(_NON_ASCII.findall(text)):
        if unicodedata.combining(character):
            text = text.replace(character, "")
    return text


def normalise_name(name: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name, for matching aliases."""
    if not name.isascii():  # NFKD leaves ASCII as it is, and it has no marks
        name = _without_marks(unicodedata.normalize("NFKD", name))
    # split() and regular expressions' \s know the same whitespace.
    return " ".join(name.split()).casefold()


def content_fingerprint(title: str, text: str) -> str:
    """Same title and text (ignoring case, spacing and accents) -> same fingerprint."""
    normalised = normalise_name(title) + "\n" + normalise_name(text)
    return hashlib.sha256(normalised.encode()).hexdigest()

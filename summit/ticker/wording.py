"""Wordings compared the way editors mean them: regardless of case, accents and spacing."""

import hashlib
import re
import unicodedata


def normalise_name(name: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name, for matching aliases."""
    decomposed = unicodedata.normalize("NFKD", name)
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", without_marks).strip().casefold()


def content_fingerprint(title: str, text: str) -> str:
    """Same title and text (ignoring case, spacing and accents) -> same fingerprint."""
    normalised = normalise_name(title) + "\n" + normalise_name(text)
    return hashlib.sha256(normalised.encode()).hexdigest()

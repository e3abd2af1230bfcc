"""Wordings compared the way editors mean them: regardless of case, accents and spacing."""

import hashlib
import re
import unicodedata

# Accents are combining marks, never ASCII: only the runs of other characters are looked at
# one by one (a Python test per character of a whole text cost seconds on large imports).
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_SPACES = re.compile(r"\s+")


def _without_marks(run: re.Match[str]) -> str:
    return "".join(ch for ch in run.group(0) if not unicodedata.combining(ch))


def normalise_name(name: str) -> str:
    """Case-, accent- and spacing-insensitive form of a name, for matching aliases."""
    decomposed = unicodedata.normalize("NFKD", name)
    return _SPACES.sub(" ", _NON_ASCII.sub(_without_marks, decomposed)).strip().casefold()


def content_fingerprint(title: str, text: str) -> str:
    """Same title and text (ignoring case, spacing and accents) -> same fingerprint."""
    normalised = normalise_name(title) + "\n" + normalise_name(text)
    return hashlib.sha256(normalised.encode()).hexdigest()

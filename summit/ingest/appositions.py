"""A speaker named before an apposition between commas and the speech verb: "Karl
Brenner, Landesforstpräsident des Landes, warnte", "Jim Allister, TUV, says", "Anna Berg,
die das Projekt leitet, sagte"."""

from __future__ import annotations

import re

from summit.ingest.lexicon import LEXICON
from summit.ingest.phrases import names_a_role
from summit.ingest.signed import PERSON_WORDS, SENTENCE_START, before_auxiliary

_APPOSED_SUBJECT = re.compile(
    SENTENCE_START + PERSON_WORDS + r',\s+([^,.;:!?\n"„“”«»]{3,120}),\s*\Z'
)


def apposed_subject(text: str, position: int) -> list[str]:
    """The name before an apposition and the verb at position: one with a role between the
    commas, or a full name ("Mara Linde, head of …, says", "Jim Allister, TUV, says")."""
    if "," not in text[max(0, position - 14) : position]:
        return []  # no comma before the verb, nor before an auxiliary before it
    position = before_auxiliary(text, position)  # "Mara Linde, head of …, has said"
    if text[max(0, position - 2) : position].strip() != ",":
        return []
    found = _APPOSED_SUBJECT.search(text, max(0, position - 200), position)
    if not found:
        return []
    name = [word for word in found.group(1).split() if not _tells_age(word)]
    if not name or name[0].lower() in LEXICON.articles:
        return []  # "The Bharatiya Mazdoor Sangh, one of the largest unions, said": a body
    return name if len(name) > 1 or any(map(names_a_role, found.group(2).split())) else []


def _tells_age(word: str) -> bool:
    """ "Ten-year-old", "75-Jährige": a word with a lowercase part after its hyphen."""
    return "-" in word and not all(part[:1].isupper() for part in word.split("-")[1:])

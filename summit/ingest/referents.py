"""Who a word refers to: the person a pronoun at a speech verb stands for ("He tweeted"),
and names that are titles of things, not people («Watch Kit», "Apple Touch").

speakers.py asks these after its own cues found no name.
"""

from __future__ import annotations

import re

from summit.ingest.lexicon import LEXICON
from summit.ingest.nonnames import may_be_a_name
from summit.ingest.phrases import is_word_char, without_roles

# Capitalised words in a row: "Prime Minister Narendra Modi", "John Waters".
_CAPITALISED_RUN = re.compile(r"(?:[A-ZÄÖÜ][\w’-]+\s+)+[A-ZÄÖÜ][\w’-]+")
_OPENING_QUOTES = "«»„“\"‚‹›'"


def pronoun_speaks(before: list[str], after: list[str]) -> bool:
    """Whether a speech verb's subject is a pronoun: "He tweeted", "sagte er".
    before, after: the words around the verb (words_before, words_after)."""
    return bool(
        (before and before[-1].lower() in LEXICON.subject_pronouns)
        or (after and after[0].lower() in LEXICON.subject_pronouns)
    )


def people_before(text: str, position: int) -> list[list[str]]:
    """The full names (two words or more, roles left out) written before a position, the
    nearest first: who a pronoun at that position may stand for."""
    names = []
    for found in _CAPITALISED_RUN.finditer(text, 0, position):
        words = without_roles(found.group(0).split())
        if len(words) >= 2 and may_be_a_name(words):  # not "Los Angeles Lakers"
            names.append(words)
    return names[::-1]


def in_quotes(word: str, text: str, position: int) -> bool:
    """Whether a word after a position opens a quotation: «Watch Kit» is a thing's name."""
    found = text.find(word, position)
    return found > 0 and text[found - 1] in _OPENING_QUOTES


def word_before_first(word: str, text: str) -> str | None:
    r"""The word (letters, digits, "_", "-") before the first place `word` stands after
    spaces and ends a word: the group of `([\w-]+)\s+word\b`, read from where the word
    stands instead of trying the expression at every position of the text."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if is_word_char(text, end - 1) != is_word_char(text, end):  # word\b
            space = start
            while space and text[space - 1].isspace():
                space -= 1
            if space < start and is_name_char(text, space - 1):
                first = space - 1
                while is_name_char(text, first - 1):
                    first -= 1
                return text[first:space]
        start = text.find(word, start + 1)
    return None


def is_name_char(text: str, index: int) -> bool:
    r"""What [\w-] matches; nothing outside the text."""
    return is_word_char(text, index) or (0 <= index < len(text) and text[index] == "-")

"""An unknown person's first name, as the import writes it before a surname: "Anna" of
"Anna Berg", found by reading backwards from where the surname stands.

finder.py asks this for a surname a cue named alone ("sagte Berg").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from summit.ingest.cues import is_word_char
from summit.ingest.lexicon import LEXICON
from summit.ingest.nonnames import may_be_a_name
from summit.ingest.phrases import ACRONYM, is_name_word, is_organisation_head, is_role


def _word_before(text: str, position: int) -> tuple[str, int] | None:
    r"""The word, and where it starts, that ends in spaces or tabs right before a position
    (within 40 characters): what `([^\W\d_][\w'’-]+)[ \t]+$` finds searched in that stretch,
    read backwards from the position instead of trying it at each of the 40 places."""
    start = max(0, position - 40)
    end = position - 1 if position > start and text[position - 1] == "\n" else position
    word_end = end
    while word_end > start and text[word_end - 1] in " \t":
        word_end -= 1
    if word_end == end:
        return None
    first = word_end
    while first > start and _in_word(text[first - 1]):
        first -= 1
    # The expression starts at the first letter of the run (not a digit, "_", "'" or "-")
    # that has one more character of the run after it.
    for index in range(first, word_end - 1):
        char = text[index]
        if char.isalnum() and not char.isdecimal():
            return text[index:word_end], index
    return None


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "_'’-"


def _surname_starts(surname: str, text: str) -> Iterator[int]:
    r"""Where a surname (a word) stands in a text, not after a letter, digit or "-" and
    ending a word, not a compound's ("Eurostar-Passagiere"): the matches of
    `(?<![\w-])surname\b(?!-)`, found with str.find."""
    start = text.find(surname)
    while start != -1:
        end = start + len(surname)
        apart = not (is_word_char(text, start - 1) or text[start - 1 : start] == "-")
        ends = is_word_char(text, end - 1) != is_word_char(text, end) and text[end : end + 1] != "-"
        if apart and ends:
            yield start
            start = text.find(surname, max(end, start + 1))
        else:
            start = text.find(surname, start + 1)


def first_name_before(surname: str, *texts: str) -> str | None:
    """The most frequent capitalised word written right before a surname (in any of the
    texts, which a large import need not join into one more copy), as a full name."""
    firsts: Counter[str] = Counter()
    for text in texts:
        if surname in text:
            _count_first_names(surname, text, firsts)
    return f"{firsts.most_common(1)[0][0]} {surname}" if firsts else None


def _count_first_names(surname: str, text: str, firsts: Counter[str]) -> None:
    for start in _surname_starts(surname, text):
        before = _word_before(text, start)
        word = before[0] if before else ""
        if not _may_be_first_name(word):
            continue
        position = before[1] if before else 0
        if not _ends_a_title(text, position) and not _after_article(text, position):
            firsts[word] += 1


def _ends_a_title(text: str, position: int) -> bool:
    """Whether two more capitalised words (no role) stand before a first name: the name of
    a thing ("Eurovision Song Contest Russland"), not a person ("Präsident Recep Tayyip")."""
    for _ in range(2):
        before = _word_before(text, position)
        if not before or not _may_be_first_name(before[0]):
            return False
        position = before[1]
    return True


def _after_article(text: str, position: int) -> bool:
    """Whether an article stands before the word: "im Raum Villenbach" names a place, no
    person; a person's first name seldom follows "der" or "im"."""
    before = _word_before(text, position)
    return before is not None and before[0].lower() in LEXICON.articles_and_contractions


@lru_cache(maxsize=16384)
def _may_be_first_name(word: str) -> bool:
    """Not a role, a noun like "Angaben" or an acronym ("ISS Russland" is no person).
    Cached: asked of the word before every place a surname stands, in every text."""
    return (
        is_name_word(word)
        and may_be_a_name([word])
        and not word.endswith(("'s", "’s"))  # "Saint Mary's University"
        and not is_role(word)
        and word.lower() not in LEXICON.source_nouns
        and not is_organisation_head(word)  # "Stadt Wuppertal"
        and not ACRONYM.search(word)
    )

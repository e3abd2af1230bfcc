"""Words around an attribution cue, read as a name: who stands after "sagte", before "zufolge".

Pure functions over a text and a position, shared by speaker and source detection in
enrich.py; the words they know are in lexicon.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from summit.ingest.lexicon import LEXICON

TOKEN_STRIP = ",.;:!?\"'„“”«»‚‘’()[]"


def is_capitalised(token: str) -> bool:
    return bool(token) and (token[0].isupper() or (token[0].isdigit() and token[-1].isalpha()))


def is_role(token: str) -> bool:
    return token.lower().split("-")[-1].endswith(LEXICON.role_suffixes)


def words_after(text: str, position: int, count: int = 6) -> list[str]:
    """The next words, cut at the first clause boundary (a comma or a full stop)."""
    words: list[str] = []
    for raw in text[position : position + 120].split()[:count]:
        words.append(raw.strip(TOKEN_STRIP))
        if raw[-1] in ",.;:!?)" or raw.rstrip("\"“”»«'")[-1:] in ",.;:!?":
            break
    return [word for word in words if word]


def words_before(text: str, position: int, count: int = 4) -> list[str]:
    """The preceding words, back to the previous clause boundary."""
    words: list[str] = []
    for raw in reversed(text[max(0, position - 120) : position].split()[-count:]):
        if raw[-1] in ',.;:!?"“”»«':
            break
        words.append(raw.strip(TOKEN_STRIP))
    return list(reversed([word for word in words if word]))


def is_name_word(word: str) -> bool:
    return is_capitalised(word) and word.lower() not in LEXICON.stopwords


def is_adjective(word: str) -> bool:
    return word[:1].islower() and len(word) > 4 and word.endswith(LEXICON.adjective_endings)


def name_after(words: list[str]) -> list[str]:
    """The name right after a cue, past articles, adjectives and a role: "der russische
    Regierungssprecher Steffen Hebestreit" gives Steffen Hebestreit; "er", "über" give nothing."""
    run: list[str] = []
    for word in words:
        if run:
            if not is_name_word(word):
                break
            run.append(word)
        elif word.lower() in LEXICON.articles or is_adjective(word) or is_role(word):
            continue
        elif is_name_word(word):
            run.append(word)
        else:
            return []
    return _without_roles(run)


def name_before(words: list[str]) -> list[str]:
    """The name right before a verb: "Regierungssprecher Anna Berg warnte" gives Anna Berg."""
    run: list[str] = []
    for word in reversed(words):
        if not is_name_word(word):
            break
        run.insert(0, word)
    return _without_roles(run)


def _without_roles(run: list[str]) -> list[str]:
    """What follows the last role word: "Italiens Verteidigungsminister Marco Rossi"."""
    if not run or is_role(run[-1]):
        return []
    roles = [index for index, word in enumerate(run) if is_role(word)]
    if roles:
        run = run[roles[-1] + 1 :]
    return run[-3:]


_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2}")


def looks_like_person(words: list[str]) -> bool:
    """Capitalised words, no digits, no acronym ("ZDF-Umfrage"), not "… Post" or "… Radio"."""
    return (
        all(map(is_name_word, words))
        and not any(char.isdigit() for word in words for char in word)
        and not any(_ACRONYM.search(word) for word in words)
        and words[-1].lower().split("-")[-1] not in LEXICON.organisation_words
        and not any(word.lower() in LEXICON.source_nouns for word in words)
    )


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]+)[ \t]+$")


@lru_cache(maxsize=4096)
def _surname_pattern(surname: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(surname)}\b")


def first_name_before(surname: str, text: str) -> str | None:
    """The most frequent capitalised word written right before a surname, as a full name."""
    firsts: Counter[str] = Counter()
    if surname not in text:
        return None
    for match in _surname_pattern(surname).finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before and is_name_word(before.group(1)) and not is_role(before.group(1)):
            firsts[before.group(1)] += 1
    return f"{firsts.most_common(1)[0][0]} {surname}" if firsts else None


_WORD = re.compile(r"\w+")


class Cues:
    """A cue pattern tried only where one of its phrases' first words stands.

    One alternation of many phrases with (?i), tried at every position of a text, costs
    most of enrichment; the phrases' first words are found in the lowercased text by a plain
    alternation instead, and the pattern is matched only there. The matches are those of
    finditer (left to right, not overlapping).
    """

    def __init__(self, pattern: re.Pattern[str], phrases: Iterable[str]) -> None:
        self.pattern = pattern
        firsts = {word.group(0) for word in map(_WORD.match, (p.lower() for p in phrases)) if word}
        ordered = sorted(firsts, key=len, reverse=True)
        self._firsts = re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b")

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """lowered: lowercase_of(text)."""
        end = 0
        for first in self._firsts.finditer(lowered):
            if first.start() >= end:
                found = self.pattern.match(text, first.start())
                if found:
                    end = found.end()
                    yield found


def lowercase_of(text: str) -> str:
    """The text in lowercase with every character where it was (a rare letter that grows
    when lowercased, like "İ", is kept as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)

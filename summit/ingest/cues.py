"""Cue phrases found in a text by their first words: one lowercasing and one set of words
per text, shared by every cue pattern of speaker and source detection."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

_WORD = re.compile(r"\w+")

# Which phrases a cue pattern is built of (None: all of them), for Cues' build.
Keep = Callable[[str], bool] | None


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    if not ordered:
        return r"(?!x)x"  # matches nothing
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in ordered)


def kept(phrases: Iterable[str], keep: Keep) -> list[str]:
    """The phrases a pattern is built of: all of them, or those keep accepts."""
    return list(phrases) if keep is None else [phrase for phrase in phrases if keep(phrase)]


class Cues:
    """A cue pattern tried only where one of its phrases' first words stands.

    One alternation of many phrases with (?i), tried at every position of a text, costs
    most of enrichment; the phrases' first words are looked up among the words of the
    lowercased text instead, and the pattern is matched only there. The matches are those of
    finditer (left to right, not overlapping).

    bounded: the pattern is the phrases (their words apart by \\s+) between two \\b; a first
    word that opens only phrases of several words ("ist der Meinung") is then tried only
    where one of their second words follows it, not at every "ist".

    build: what made the pattern, called with which phrases to keep. Where a first word
    stands as a whole word, only the phrases opening with it can match (another phrase's
    first word would have to be that word, in a pattern's case-insensitive sense too: the
    phrases hold no letter it folds otherwise than str.lower()), so the pattern of those
    alone is tried there, the same match at a fraction of the cost of hundreds.
    """

    def __init__(
        self,
        pattern: re.Pattern[str],
        phrases: Iterable[str],
        *,
        bounded: bool = False,
        build: Callable[[Keep], re.Pattern[str]] | None = None,
    ) -> None:
        self.pattern = pattern
        lowered = [phrase.lower() for phrase in phrases]
        self._firsts = frozenset(word.group(0) for word in map(_WORD.match, lowered) if word)
        _CUE_FIRSTS.update(self._firsts)
        self._seconds = _second_words(lowered) if bounded else {}
        self._build = build
        self._patterns: dict[str, re.Pattern[str]] = {}  # first word -> its phrases' pattern

    @classmethod
    def of(cls, template: str, *phrase_lists: Iterable[str], bounded: bool = False) -> Cues:
        """Cues of a pattern made of lists of phrases: template's {} are their alternations
        ("{{" and "}}" stand for braces), built again of a first word's phrases alone."""
        lists = [tuple(phrases) for phrases in phrase_lists]

        def build(keep: Keep = None) -> re.Pattern[str]:
            return re.compile(template.format(*(alternation(kept(p, keep)) for p in lists)))

        phrases = [phrase for listed in lists for phrase in listed]
        return cls(build(), phrases, bounded=bounded, build=build)

    def _pattern_at(self, word: str) -> re.Pattern[str]:
        """The pattern to try where word (one of the first words) stands."""
        if self._build is None:
            return self.pattern
        pattern = self._patterns.get(word)
        if pattern is None:
            pattern = self._build(lambda phrase: _first_word(phrase) == word)
            self._patterns[word] = pattern
        return pattern

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """lowered: lowercase_of(text), or a LoweredText of it."""
        # A first word is a whole word of the text: its words that open some cue, read once
        # per text for all cue patterns (LoweredText), tell which first words stand in it
        # (most texts hold none, and get no generator made), and only those are looked for.
        words = lowered.cue_words if isinstance(lowered, LoweredText) else words_of(lowered)
        present = self._firsts.intersection(words)
        return self._matches(text, lowered, present) if present else iter(())

    def _matches(self, text: str, lowered: str, present: frozenset[str]) -> Iterator[re.Match[str]]:
        """finditer's matches where the present first words stand."""
        end = 0
        seconds = self._seconds
        for start, word in _word_starts(lowered, present):
            if start >= end and (
                word not in seconds or _followed_by(lowered, start + len(word), seconds[word])
            ):
                found = self._pattern_at(word).match(text, start)
                if found:
                    end = found.end()
                    yield found


def _first_word(phrase: str) -> str | None:
    """A phrase's first word in lowercase, as Cues looks for it."""
    found = _WORD.match(phrase.lower())
    return found.group(0) if found else None


def _second_words(phrases: list[str]) -> dict[str, frozenset[str]]:
    """For each first word that opens only phrases of several words (lowercase), the
    words that come second in them."""
    seconds: dict[str, set[str] | None] = {}
    for phrase in phrases:
        first = _WORD.match(phrase)
        if not first:
            continue
        rest = phrase[first.end() :]
        second = _WORD.match(rest.lstrip(" ")) if rest.startswith(" ") else None
        known = seconds.setdefault(first.group(0), set())
        if second is None or known is None:
            seconds[first.group(0)] = None  # a phrase of one word (or another shape)
        else:
            known.add(second.group(0))
    return {first: frozenset(words) for first, words in seconds.items() if words is not None}


_NEXT_WORD = re.compile(r"\s+(\w+)")
# (?i) in a pattern also matches "ı", "ſ" and "İ" to "i" and "s", which lowercasing keeps.
FOLDED_BY_PATTERNS_ONLY = ("ı", "ſ", "İ")


def _followed_by(lowered: str, position: int, words: frozenset[str]) -> bool:
    """Whether one of the words follows a position after spaces (or may, in a pattern)."""
    found = _NEXT_WORD.match(lowered, position)
    return (found is not None and found.group(1) in words) or any(
        map(lowered.__contains__, FOLDED_BY_PATTERNS_ONLY)
    )


# The first words of all Cues' phrases (the Cues are made when their modules load), and
# the words other finders ask after (sought_words).
_CUE_FIRSTS: set[str] = set()


def sought_words(words: Iterable[str]) -> frozenset[str]:
    """Words (lowercase, as _WORD reads them) a finder asks whether a text holds: read with
    the cues' first words into every LoweredText's cue_words, when its module loads."""
    sought = frozenset(words)
    _CUE_FIRSTS.update(sought)
    return sought


class LoweredText(str):
    """lowercase_of(text) with the words of it that open some cue's phrase or that a finder
    seeks (cue_words), read beforehand with the text's other words (enrich.py)."""

    cue_words: frozenset[str]


def lowered_text(lowered: str, cue_words: frozenset[str]) -> LoweredText:
    """lowered: lowercase_of(text); cue_words: cue_words_of(words_of(lowered))."""
    made = LoweredText(lowered)
    made.cue_words = cue_words
    return made


def cue_words_of(words: frozenset[str]) -> frozenset[str]:
    """What Cues need of a text's words: those that open some cue's phrase, and those
    sought_words named (few)."""
    return words.intersection(_CUE_FIRSTS)


# The marks most texts write their words with; no mark is a word's character.
_MARKS = (",", ".", ":", ";", "!", "?", "(", ")", '"', "'", "-", "„", "“", "”", "«", "»", "‚",
          "‘", "’", "–", "—", "/", "…", "[", "]")  # fmt: skip


def words_of(lowered: str) -> frozenset[str]:
    """The set of a text's words (the matches of _WORD).

    With the common marks made spaces (a mark never joins two words), the pieces between
    spaces are the words, unless some other mark (or "_") is left: each replace, and the
    test that the pieces joined are letters and digits only, is one pass of C over the
    text, far cheaper than reading it word by word (or searching it for the other marks)."""
    spaced = lowered
    for mark in _MARKS:
        spaced = spaced.replace(mark, " ")
    pieces = spaced.split()
    # isalnum() is what \w accepts but "_", as split() parts at what \s matches.
    if "".join(pieces).isalnum():
        return frozenset(pieces)
    return _words_read(lowered)


def _words_read(lowered: str) -> frozenset[str]:
    """words_of a text with rarer marks.

    Its pieces between spaces are most of them letters only, each a word as it is (what
    \\w matches is what isalnum() accepts, and "_"); only the others ("davor,", "(0)",
    "zdf-politbarometer") are read by the pattern: a third cheaper than reading all."""
    words = set(lowered.split())
    rest = [piece for piece in words if not piece.isalnum()]
    if rest:
        words.difference_update(rest)
        words.update(_WORD.findall(" ".join(rest)))
    return frozenset(words)


def _word_starts(text: str, words: frozenset[str]) -> list[tuple[int, str]]:
    """Where the words stand in the text as whole words (matches of _WORD), in order."""
    starts = []
    size = len(text)
    for word in words:
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            # is_word_char on both sides, written out: this runs for every cue word
            before = text[start - 1] if start else " "
            after = text[end] if end < size else " "
            if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
                starts.append((start, word))
            start = text.find(word, end)
    return sorted(starts) if len(words) > 1 else starts


def is_word_char(text: str, index: int) -> bool:
    """What \\w matches (letters, digits, numerals, "_"); nothing outside the text."""
    if index < 0 or index >= len(text):
        return False
    char = text[index]
    return char.isalnum() or char == "_"


def lowercase_of(text: str) -> str:
    """The text in lowercase with every character where it was (a rare letter that grows
    when lowercased, like "İ", is kept as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)

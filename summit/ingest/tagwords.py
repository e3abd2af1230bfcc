"""Tags suggested by their keywords: the words of an entry that start a tag's keyword."""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD_CHARS = re.compile(r"\w+")
# How many words' keywords a TagMatcher keeps at most.
_MAX_OPENINGS = 20_000


class TagMatcher:
    """Tags suggested by their keywords (and their names), matched at word starts.

    Matching at the start of a word catches German compounds: "Atom" suggests a tag
    for "Atomabkommen". Short keywords ("EU") only match whole words, or "EU" would
    suggest Europa for "Euro" and "Eule". A keyword written with a capital (a German noun,
    a name) only matches a word written with one: "Front" suggests Militär for
    "Frontlinie", never for the English "in front of"; a keyword in lowercase matches
    either ("nuklear", "Nuklearwaffen").
    """

    def __init__(self, tags: Iterable[tuple[str, Iterable[str]]]) -> None:
        self._by_keyword: dict[str, str] = {}
        self.names: dict[str, str] = {}
        # The casefolded keywords written with a capital only (one lowercase spelling frees it).
        self._capitalised: set[str] = set()
        lowercase: set[str] = set()
        for name, keywords in tags:
            self.names[name.casefold()] = name
            for keyword in (name, *keywords):
                if keyword.strip():
                    folded = keyword.strip().casefold()
                    self._by_keyword.setdefault(folded, name)
                    (self._capitalised if keyword.strip()[0].isupper() else lowercase).add(folded)
        self._capitalised -= lowercase
        # Ranked longest first: where two keywords start at the same place, the longer is meant.
        self._ranked = list(enumerate(sorted(self._by_keyword, key=len, reverse=True)))
        # For suggest_in_words: the keywords of word characters only by their first two
        # (or one) letters, in rank order, and apart the others ("new-start").
        self._by_opening: dict[str, list[str]] = {}
        self._others: list[str] = []
        # The lowercased words looked at, and those that open a keyword with it: the words
        # of an import are far fewer than its entries' words.
        self._seen: set[str] = set()
        self._openings: dict[str, str] = {}
        for _rank, keyword in self._ranked:
            if _WORD_CHARS.fullmatch(keyword):
                self._by_opening.setdefault(keyword[:2], []).append(keyword)
            else:
                self._others.append(keyword)

    def suggest(self, text: str) -> list[str]:
        """Tags whose keywords start words of the text, read from left to right: a keyword
        inside a longer one already found ("Atom" in "Atomwaffen") suggests nothing more.

        A substring test per keyword is far cheaper than a search for all of them at each
        place of the text; only the few that occur are looked at where they start."""
        folded = text.casefold()
        # Where casefolding changed the length ("ß"), a start in folded is not one in text.
        initials = text if len(folded) == len(text) else _folded_initials(text)
        starts: list[tuple[int, int, str]] = []
        for rank, keyword in [ranked for ranked in self._ranked if ranked[1] in folded]:
            capitalised = keyword in self._capitalised
            starts += [
                (start, rank, keyword)
                for start in _word_starts(keyword, folded)
                if not capitalised or initials[start].isupper()
            ]
        starts.sort()
        found = set()
        end = 0
        for start, _rank, keyword in starts:
            if start >= end:
                found.add(self._by_keyword[keyword])
                end = start + len(keyword)
        return sorted(found)

    def suggest_in_words(self, text: str, lowered: str, words: frozenset[str]) -> list[str]:
        """suggest(text), read from the text's words: lowered is lowercase_of(text) and
        words its words (\\w+), as enrich.py reads them anyway.

        A keyword of word characters that starts a word is a start of that word, and no
        other keyword of word characters can start inside it: each word of the casefolded
        text suggests the first keyword in rank order it starts with (a short one must be
        all of it). The casefolded words are the lowercased ones with "ss" for "ß" where
        the texts are so; otherwise, or where another keyword ("new-start") occurs,
        suggest reads the text."""
        if not self._ranked:
            return []
        folded = lowered if text.isascii() else text.casefold()  # (ASCII: the same)
        if any(map(folded.__contains__, self._others)) or (
            folded != lowered and folded != lowered.replace("ß", "ss")
        ):
            return self.suggest(text)
        new = words - self._seen
        if new:
            if len(self._seen) + len(new) > _MAX_OPENINGS:
                self._seen, self._openings = set(), {}  # a bound on what an import keeps
                new = words
            self._seen.update(new)
            for word in new:
                keyword = self._opening(word.replace("ß", "ss"))
                if keyword:
                    self._openings[word] = keyword
        # Set operations on the words, not a lookup per word: few of them open a keyword,
        # and the intersection looks those few up among the words, not the words there.
        hits = words.intersection(self._openings)
        if not hits:
            return []  # most texts: none of their words opens a keyword
        return sorted(
            {
                self._by_keyword[self._openings[word]]
                for word in hits
                if self._openings[word] not in self._capitalised or _capitalised_in(text, word)
            }
        )

    def _opening(self, word: str) -> str:
        """The first keyword in rank order that word starts with (all of it, if short)."""
        groups = (word[:2], word[:1]) if len(word) > 1 else (word,)
        for opening in groups:  # a one-letter keyword ranks after every longer one
            for keyword in self._by_opening.get(opening, ()):
                if word.startswith(keyword) and (len(keyword) > 3 or word == keyword):
                    return keyword
        return ""

    def canonical(self, name: str) -> str | None:
        return self.names.get(name.strip().casefold())


def _folded_initials(text: str) -> str:
    """text with each character repeated as often as casefolding makes it ("ß": twice),
    so that an index into text.casefold() finds the character it came from."""
    return "".join(char * len(char.casefold()) for char in text)


def _capitalised_in(text: str, word: str) -> bool:
    """Whether the lowercase word stands in text with a capital first letter somewhere.
    Two substring tests answer most words; the expression reads the rest ("McDonald")."""
    if word[:1].upper() + word[1:] in text or word.upper() in text:
        return True
    return any(
        found.group()[0].isupper()
        for found in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)
    )


def _word_starts(keyword: str, text: str) -> list[int]:
    """Where keyword starts a word of text; a short one ("EU") must also end one."""
    starts = []
    size = len(keyword)
    whole_word = size <= 3
    start = text.find(keyword)
    while start != -1:
        # Word characters as a regular expression's \\w reads them.
        before = text[start - 1] if start else ""
        if not (before.isalnum() or before == "_"):
            after = text[start + size : start + size + 1] if whole_word else ""
            if not (after.isalnum() or after == "_"):
                starts.append(start)
        start = text.find(keyword, start + 1)
    return starts

"""Words around an attribution cue, read as a name: who stands after "sagte", before "zufolge".

Pure functions over a text and a position, shared by speaker and source detection in
speakers.py and sources.py; the words they know are in lexicon.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from summit.ingest.lexicon import ENGLISH, GERMAN, LEXICON

TOKEN_STRIP = ",.;:!?\"'„“”«»‚‘’()[]"


def is_capitalised(token: str) -> bool:
    return bool(token) and (token[0].isupper() or (token[0].isdigit() and token[-1].isalpha()))


@lru_cache(maxsize=8192)
def is_role(token: str) -> bool:
    """A role word, also declined ("des Präsidenten", "des Ministers") or short ("Sen.")."""
    lower = token.lower()
    last = lower.split("-")[-1]
    return (
        last.endswith(LEXICON.role_suffixes)
        or (last.endswith(("n", "s")) and last[:-1].endswith(LEXICON.role_suffixes))
        or (last.endswith(("en", "es")) and last[:-2].endswith(LEXICON.role_suffixes))
        or lower in LEXICON.role_abbreviations
    )


def is_organisation(words: list[str]) -> bool:
    """Whether a name ends as organisations do: "Polizei", "National Weather Service",
    "Bundesregierung"."""
    last = words[-1].lower().split("-")[-1] if words else ""
    return last in LEXICON.organisation_words or (
        len(last) > 5 and last.endswith(LEXICON.organisation_endings)
    )


def words_after(text: str, position: int, count: int = 6) -> list[str]:
    """The next words, cut at the first clause boundary (a comma or a full stop)."""
    words: list[str] = []
    for raw in text[position : position + 120].split()[:count]:
        if raw[0] == "(" and words:
            break  # "Anna Berg (Grüne)": the party in brackets is no part of the name
        words.append(raw.strip(TOKEN_STRIP))
        if raw[-1] in ",.;:!?)" or raw.rstrip("\"“”»«'")[-1:] in ",.;:!?":
            break
    return [word for word in words if word]


def words_before(text: str, position: int, count: int = 4) -> list[str]:
    """The preceding words, back to the previous clause boundary."""
    words: list[str] = []
    window = text[max(0, position - 120) : position]
    # A line break ends a clause too: the headline above is no part of the sentence.
    for raw in reversed(window[window.rfind("\n") + 1 :].split()[-count:]):
        if raw[-1] in ',.;:!?"“”»«':
            break
        if not words and raw[0] == "(" and raw[-1] == ")":
            continue  # "Anna Berg (Grüne) sagte": the party in brackets is no part of the name
        words.append(raw.strip(TOKEN_STRIP))
    return list(reversed([word for word in words if word]))


def is_name_word(word: str) -> bool:
    return is_capitalised(word) and word.lower() not in LEXICON.stopwords


def is_adjective(word: str) -> bool:
    return (
        word[:1].islower()
        and len(word) > 4
        and word.endswith(LEXICON.adjective_endings)
        and word not in LEXICON.stopwords
    )


_PARTICLE_WORDS = frozenset(word for group in LEXICON.surname_particles for word in group.split())
# A German "von" or "zu" alone after a role is a place ("Präsident von Frankreich").
_PARTICLES_AFTER_FIRST_NAME_ONLY = frozenset({"von", "vom", "zu"})


def is_particle(word: str) -> bool:
    return word.lower() in _PARTICLE_WORDS


def _particles_end(words: list[str], start: int) -> int:
    """Where the surname stands after a particle group at start ("van der" Meer), or 0."""
    if start >= len(words) or not is_particle(words[start]):
        return 0  # every group starts with a particle word
    for end in range(min(len(words) - 1, start + 3), start, -1):
        group = " ".join(words[start:end]).lower()
        if group in LEXICON.surname_particles and is_name_word(words[end]):
            return end
    return 0


def _particles_start(words: list[str], end: int) -> int:
    """Where a particle group before words[end] starts ("van der" before Meer), or end."""
    start = end
    while start > 0 and end - start < 3 and is_particle(words[start - 1]):
        start -= 1
    for first in range(start, end):
        if " ".join(words[first:end]).lower() in LEXICON.surname_particles:
            return first
    return end


def _particles_may_follow(before: str | None, group: list[str]) -> bool:
    """Whether a particle group after `before` belongs to a surname: "Ursula van der
    Meer", "Kommissionspräsidentin von der Berg", not "Regierung von Japan"."""
    alone = len(group) == 1 and group[0].lower() in _PARTICLES_AFTER_FIRST_NAME_ONLY
    if before is None or is_role(before):
        return not alone
    return (
        is_name_word(before)
        and before.lower() not in LEXICON.source_nouns
        and not is_organisation([before])
    )


# After a role, what opens its complement: "der Vorsitzende des Bundes …", "head of …".
_COMPLEMENT_OPENERS = frozenset({"des", "der", "of"})


def name_after(words: list[str]) -> list[str]:
    """The name right after a cue, past articles, adjectives and a role: "der russische
    Regierungssprecher Steffen Hebestreit" gives Steffen Hebestreit; "er", "über" give nothing."""
    run: list[str] = []
    before: str | None = None
    for index, word in enumerate(words):
        if run and is_name_word(word):
            run.append(word)
            continue
        if run and is_role(word) and index + 1 < len(words) and is_name_word(words[index + 1]):
            run, before = [], word  # "Shiv Sena chief Uddhav Thackeray": the party, the role
            continue
        lower = word.lower()
        if not run and before is not None and lower in _COMPLEMENT_OPENERS:
            return []  # "der Vorsitzende des Bundes …": the role's organisation, no name
        if not run and (lower in LEXICON.articles or lower in LEXICON.before_name):
            continue
        if not run and (is_adjective(word) or is_role(word)):
            before = word if is_role(word) else before
            continue
        if not run and is_name_word(word):
            run.append(word)
            continue
        end = _particles_end(words, index)
        if end and _particles_may_follow(run[-1] if run else before, words[index:end]):
            run += words[index : end + 1]  # the surname ends the name
        elif not run:
            return []
        break
    return without_roles(run)


_BETWEEN_NAME_AND_VERB = frozenset(
    {*GERMAN["weekdays"], *ENGLISH["weekdays"], "has", "have", "had", "hat", "hatte", "hatten"}
)


def name_before(words: list[str]) -> list[str]:
    """The name right before a verb: "Regierungssprecher Anna Berg warnte" gives Anna Berg;
    a role's complement is no first name ("Secretary of State Mara Linde")."""
    run: list[str] = []
    end = len(words)
    # "Macron Saturday appealed", "Al-Arouri has told": the day and the auxiliary stand
    # between the name and its verb.
    while end > 0 and words[end - 1].lower() in _BETWEEN_NAME_AND_VERB:
        end -= 1
    while end > 0:
        if is_name_word(words[end - 1]):
            run.insert(0, words[end - 1])
            end -= 1
            continue
        start = _particles_start(words, end) if len(run) == 1 else end
        if start < end and _particles_may_follow(
            words[start - 1] if start else None, words[start:end]
        ):
            run = words[start:end] + run
            end = start
            continue
        break
    if len(run) == 3 and end > 0 and words[end - 1] in ("of", "for", "von", "des", "der"):
        run = run[1:]
    elif len(run) > 2 and end > 0 and words[end - 1].lower() in LEXICON.articles:
        run = run[-2:]  # "to the United States Anatoly Antonov": a place, then the name
    return without_roles(run)


def without_roles(run: list[str]) -> list[str]:
    """What follows the last role word: "Italiens Verteidigungsminister Marco Rossi";
    at most three names, with the particles between them ("Ursula van der Meer")."""
    if not run or is_role(run[-1]):
        return []
    if len(run) == 1:
        return run  # one word, no role: the common case, read without the lists below
    roles = [index for index, word in enumerate(run) if is_role(word)]
    if roles:
        run = run[roles[-1] + 1 :]
    names = [index for index, word in enumerate(run) if not is_particle(word)]
    return run[names[-3] :] if len(names) > 3 else run


_LINKING_S = ("ungs", "heits", "keits", "iums", "amts", "ums", "ats")


def organisation_of_role(word: str) -> str | None:
    """The organisation a compound role speaks for: "Polizeisprecherin" -> Polizei,
    "Regierungssprecher" -> Regierung; a press officer ("Pressesprecher") names none."""
    lower = word.lower()
    for role in LEXICON.organisation_roles:
        if lower.endswith(role) and len(word) - len(role) >= 4:
            prefix = word[: -len(role)].rstrip("-")
            if prefix.lower().endswith(_LINKING_S):
                prefix = prefix[:-1]
            if prefix.lower() in ("presse", "unternehmen", "partei", "fraktion"):
                return None
            return prefix if prefix[:1].isupper() else None
    return None


def name_words(words: list[str]) -> list[str]:
    """A name's words without the particles before its surname: "van der Meer" -> Meer."""
    return [word for word in words[:-1] if not is_particle(word)] + words[-1:]


ACRONYM = re.compile(r"[A-ZÄÖÜ]{2}")


_DIGIT = re.compile(r"\d")


def looks_like_person(words: list[str]) -> bool:
    """Capitalised words, no digits, no acronym ("ZDF-Umfrage"), not "… Post" or "… Radio"."""
    return _looks_like_person(tuple(words))


@lru_cache(maxsize=8192)
def _looks_like_person(written: tuple[str, ...]) -> bool:
    """looks_like_person, asked again and again for the same few names of an import."""
    words = name_words(list(written))
    return (
        bool(words)
        and words[0].lower() not in LEXICON.organisation_heads  # "Polizei Gütersloh"
        and all(map(is_name_word, words))
        and not _DIGIT.search("".join(words))
        and not any(ACRONYM.search(word) for word in words)
        and not is_organisation(words)
        and not any(word.lower() in LEXICON.source_nouns for word in words)
    )


_WORD = re.compile(r"\w+")


class Cues:
    """A cue pattern tried only where one of its phrases' first words stands.

    One alternation of many phrases with (?i), tried at every position of a text, costs
    most of enrichment; the phrases' first words are looked up among the words of the
    lowercased text instead, and the pattern is matched only there. The matches are those of
    finditer (left to right, not overlapping).

    bounded: the pattern is the phrases (their words apart by \\s+) between two \\b; a first
    word that opens only phrases of several words ("ist der Meinung") is then tried only
    where one of their second words follows it, not at every "ist".
    """

    def __init__(
        self, pattern: re.Pattern[str], phrases: Iterable[str], *, bounded: bool = False
    ) -> None:
        self.pattern = pattern
        lowered = [phrase.lower() for phrase in phrases]
        self._firsts = frozenset(word.group(0) for word in map(_WORD.match, lowered) if word)
        _CUE_FIRSTS.update(self._firsts)
        self._seconds = _second_words(lowered) if bounded else {}

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """lowered: lowercase_of(text), or a LoweredText of it."""
        # A first word is a whole word of the text: its words that open some cue, read once
        # per text for all cue patterns (LoweredText), tell which first words stand in it
        # (most texts hold none), and only those are looked for.
        words = lowered.cue_words if isinstance(lowered, LoweredText) else words_of(lowered)
        present = self._firsts.intersection(words)
        if not present:
            return
        end = 0
        seconds = self._seconds
        for start, word in _word_starts(lowered, present):
            if start >= end and (
                word not in seconds or _followed_by(lowered, start + len(word), seconds[word])
            ):
                found = self.pattern.match(text, start)
                if found:
                    end = found.end()
                    yield found


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
_FOLDED_BY_PATTERNS_ONLY = ("ı", "ſ", "İ")


def _followed_by(lowered: str, position: int, words: frozenset[str]) -> bool:
    """Whether one of the words follows a position after spaces (or may, in a pattern)."""
    found = _NEXT_WORD.match(lowered, position)
    return (found is not None and found.group(1) in words) or any(
        map(lowered.__contains__, _FOLDED_BY_PATTERNS_ONLY)
    )


# The first words of all Cues' phrases (the Cues are made when their modules load).
_CUE_FIRSTS: set[str] = set()


class LoweredText(str):
    """lowercase_of(text) with the words of it that open some cue's phrase (cue_words),
    read beforehand with the text's other words (enrich.py)."""

    cue_words: frozenset[str]


def lowered_text(lowered: str, cue_words: frozenset[str]) -> LoweredText:
    """lowered: lowercase_of(text); cue_words: cue_words_of(words_of(lowered))."""
    made = LoweredText(lowered)
    made.cue_words = cue_words
    return made


def cue_words_of(words: frozenset[str]) -> frozenset[str]:
    """What Cues need of a text's words: those that open some cue's phrase (few)."""
    return words.intersection(_CUE_FIRSTS)


def words_of(lowered: str) -> frozenset[str]:
    """The set of a text's words (matches of _WORD): a piece between spaces that isalnum()
    (what \\w matches, less "_") is one as it is; the pattern reads only the others."""
    words = set(lowered.split())
    rest = [piece for piece in words if not piece.isalnum()]
    words.difference_update(rest)
    return frozenset(words.union(_WORD.findall(" ".join(rest))))


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

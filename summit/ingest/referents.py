"""Who a word refers to: the person a pronoun at a speech verb stands for ("He tweeted"),
and names that are titles of things, not people («Watch Kit», "Apple Touch").

speakers.py asks these after its own cues found no name.
"""

from __future__ import annotations

import re

from summit.ingest.cues import is_word_char
from summit.ingest.lexicon import LEXICON
from summit.ingest.nonnames import may_be_a_name
from summit.ingest.phrases import is_adjective, is_role, without_roles
from summit.ingest.wordlists import ENGLISH

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


def surnames_after_roles_before(text: str, position: int) -> list[str]:
    """The surnames written right after a role before a position, the nearest first:
    "Sportdirektor Salihamidzic erwartet … sagt er" (a guess: no first name confirms it)."""
    names = []
    for found in _CAPITALISED_RUN.finditer(text, 0, position):
        words = found.group(0).split()
        name = without_roles(words)
        if len(name) == 1 and len(words) > 1 and is_role(words[-2]) and may_be_a_name(name):
            names.append(name[0])
    return names[::-1]


def names_a_thing(after: list[str], run: list[str]) -> bool:
    """Whether an article or an adjective, and no role, stands before the name after a cue:
    a thing's ("said the Budget had", "fordert schnelle Hilfen von Bund"), no person's
    ("sagte die Ministerin Anna Berg")."""
    lead = after[: after.index(run[0])] if run and run[0] in after else []
    if not lead or run[0].endswith(("'s", "’s")):
        return False  # right after the cue, or an owner's ("tweets the BBC's Andrew Harding")
    return not any(map(is_role, lead)) and any(
        word.lower() in LEXICON.articles or is_adjective(word) for word in lead
    )


_ENGLISH_SPEECH_VERBS = frozenset(ENGLISH["speech_verbs"])
# What may follow who speaks after an English verb: "said the ministry in a statement".
_AFTER_SPEAKER = frozenset({
    "in", "on", "at", "to", "of", "for", "from", "with", "by", "after", "during", "via",
    "and", "earlier", "today", "yesterday", "tonight", "late", "last", "this", "that",
    "while", "as", "when", "before", "upon", "following", "ahead", "afterwards", "later",
})  # fmt: skip
_IN_NAMES = frozenset({"of", "on", "for", "and", "the"})


def opens_a_clause(verb: str, after: list[str], run: list[str]) -> bool:
    """Whether the name after an English speech verb is the subject of what was said, not
    who says it: "says the Home Office should stop", "says West Midlands Police took"."""
    if verb.lower() not in _ENGLISH_SPEECH_VERBS or not run or run[-1] not in after:
        return False
    rest = _past_the_name(after[after.index(run[-1]) + 1 :])
    return bool(rest) and rest[0][:1].islower() and rest[0].lower() not in _AFTER_SPEAKER


def _past_the_name(rest: list[str]) -> list[str]:
    """The words after the rest of a name: "(says the Commission) on Taxation would be
    reporting"; small words belong to it only before a capital ("says Stenson of the party")."""
    index = 0
    while index < len(rest):
        linked = index
        while linked < len(rest) and rest[linked] in _IN_NAMES:
            linked += 1
        if linked == len(rest) or not rest[linked][:1].isupper():
            break
        index = linked + 1
    return rest[index:]


# English speech verbs whose object follows them: "warned David Cameron that", "told Anna".
_ADDRESSING = frozenset({"told", "tells", "warned", "warns", "urged", "urges", "asked", "asks"})


def addressed(verb: str | None) -> bool:
    """Whether the name right after a speech verb is whom it addresses, not who speaks."""
    return verb is not None and verb.lower() in _ADDRESSING


def spoken_to_or_of(verb: str | None, after: list[str], run: list[str]) -> bool:
    """Whether the name right after a speech verb is whom it addresses ("told Anna") or the
    subject of what was said ("confirmed Anna Berg will lead"), not who speaks."""
    return addressed(verb) or opens_a_clause(verb or "", after, run)


def past_modifiers(words: list[str]) -> list[str]:
    """The words after a cue from a role on, when only lowercase words stand before it:
    "Role Name" of "says outgoing national MP Nikki Kaye"; none where no role follows."""
    for index, word in enumerate(words[:4]):
        if is_role(word):
            return words[index:] if index and all(w[:1].islower() for w in words[:index]) else []
    return []


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


def named_again(surname: str, body: str) -> bool:
    """Whether the body names the person again: not after a number or a lowercase word
    ("372 Einsätze", "die Einsätze" are things, not a person), nor after a word that
    follows an article ("im Lieferinger Tunnel" is a place)."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}\b", body):
        before = body[max(0, match.start() - 40) : match.start()].split()[-2:]
        if not before:
            return True
        word, place = (
            before[-1],
            len(before) == 2 and before[0].lower() in LEXICON.articles_and_contractions,
        )
        if not (
            word[:1].islower()
            or word[:1].isdigit()
            or word.lower() in LEXICON.articles_and_contractions
            or place
        ):
            return True
    return False

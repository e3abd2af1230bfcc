"""People named after a role without any attribution: "Außenministerin Anna Berg hat …",
"City Mayor Eric Stone urged …"; speakers.py takes them as a guess, and only where the
entry quotes or reports (without_attribution_may_speak).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summit.ingest.cues import alternation
from summit.ingest.lexicon import LEXICON
from summit.ingest.phrases import is_reporter, is_role, looks_like_person

# Without a cue, a person named after a role speaks only where the entry quotes or reports.
_REPORTING_WORD = re.compile(rf"(?i:\b(?:{alternation(LEXICON.reported_speech)})\b)")
_NO_VERB = LEXICON.stopwords | {"an", "und", "and", "of", "for", "at", "on"}
# A sentence's subject: a role, a first name and a surname, then a lowercase word (a verb).
# Each run is possessive (++): what follows it is no character of it, so giving one back
# never finds a match, and the expression is tried up to 40 times per sentence.
_ROLE_NAME = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:[^.!?:\n]{0,40}?\s)?([\w-]++)\.?\s++"
    r"([A-ZÄÖÜ][\w'’-]++\s++[A-ZÄÖÜ][\w'’-]++)\s++([a-zäöüß]++)",
    re.MULTILINE,
)
_ROLE_OF = re.compile(r"([\w-]+)\s+(?:of|for)\s+\Z")
# A sentence opening with a role and its full name between commas: "Der Sprecher des
# US-Heimatschutzministeriums, David Lapan, nannte …", "The leader of the Democratic
# Alliance, Mmusi Maimane, wrapped up …".
_ROLE_APPOSED = re.compile(
    r"(?:[\w'’-]++\s++){1,8}?[\w'’-]++\s?,\s++"
    r"([A-ZÄÖÜ][\w'’-]++(?:[^\S\n]++[A-ZÄÖÜ][\w'’-]++){1,2})\s?,"
)


def without_attribution_may_speak(text: str, *, quoted: bool) -> bool:
    """Whether a person named after a role may speak in an entry without any cue: where
    it quotes (quoted) or reports ("berichtet", "according to")."""
    return quoted or _REPORTING_WORD.search(text) is not None


def people_after_roles(text: str) -> Iterator[tuple[list[str], int]]:
    """The words of each full name written after a role as a sentence's subject, and where
    its sentence's match starts."""
    for match in _role_names(text):
        words = match.group(2).split()
        verb = match.group(3)
        role = match.group(1).lower()
        if (
            (is_role(role) or _after_role_of(text, match.start(1)))
            and not is_reporter(role)
            and looks_like_person(words)
            and verb not in _NO_VERB
        ):
            yield words, match.start()
    if "," in text:
        yield from _apposed_to_roles(text)


def _apposed_to_roles(text: str) -> Iterator[tuple[list[str], int]]:
    """The full name apposed to a role that opens its sentence with an article: "Die
    Grünen-Fraktionsvorsitzende, Annalena Baerbock, verteidigt …"."""
    for start in _sentence_starts(text):
        if text[start : start + 4].lower().rstrip() not in _ARTICLES:
            continue
        found = _ROLE_APPOSED.match(text, start)
        if not found:
            continue
        role = found.group(0).split(",", 1)[0].split()
        words = found.group(1).split()
        if any(map(is_role, role)) and not any(map(is_reporter, role)) and looks_like_person(words):
            yield words, start


_ARTICLES = frozenset({"der", "die", "the"})


def _role_names(text: str) -> Iterator[re.Match[str]]:
    """_ROLE_NAME.finditer(text), tried only where a sentence may start, as its first
    assertion asks: a search tries its lazy opening at every position of the text."""
    end = 0  # where the last match ended: the matches do not overlap
    for start in _sentence_starts(text):
        if start >= end and (match := _ROLE_NAME.match(text, start)):
            end = match.end()
            yield match


def _sentence_starts(text: str) -> list[int]:
    """Where _ROLE_NAME's "^" or "(?<=[.!?:]\\s)" may hold, in order (some more places)."""
    starts = {0}
    for mark, after in ((".", 2), ("!", 2), ("?", 2), (":", 2), ("\n", 1)):
        at = text.find(mark)
        while at != -1:
            starts.add(at + after)
            at = text.find(mark, at + 1)
    return sorted(starts)


def _after_role_of(text: str, position: int) -> bool:
    """Whether a word completes a role: "Secretary of State", "Minister for Health"."""
    found = _ROLE_OF.search(text, max(0, position - 40), position)
    return found is not None and is_role(found.group(1))

"""The outlet someone spoke to, named after the speaker: "sagte der CDU-Politiker der
„Mitteldeutschen Zeitung“", "sagte Valls am Samstagabend dem Sender TF1", "sagte der
23-Jährige in „Bild“", "gegenüber „Spiegel Online“"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summit.ingest.cues import FOLDED_BY_PATTERNS_ONLY, lowercase_of
from summit.ingest.lexicon import LEXICON
from summit.ingest.phrases import words_after

# Verbs of telling someone something: the outlet is their dative ("sagte er der Bild").
_TELLING = r"sagte|sagt|sagten|erklärte|erklärt|erklärten|verriet|verrät|erzählte|erzählt"
_OPENING_QUOTES = "„\"«»'‚“"
# Where the outlet may stand after the verb: "der", "dem", "in", "im", "in der",
# "gegenüber", each before a quotation mark or a capital.
_TO_OUTLET = re.compile(
    rf"\b(der|dem|in|im|in der|gegenüber(?: der| dem)?)\s+(?=[{_OPENING_QUOTES}A-ZÄÖÜ])"
)
_TELLING_VERB = re.compile(rf"\b(?i:{_TELLING})\s")
# How each of the verbs begins in lowercase: where one may stand is found with str.find,
# the pattern is tried there only (searched for, its \b and (?i) try it at every character
# of the entry, costlier than all the rest of reading the outlets).
_TELLING_STEMS = ("sagt", "erklärt", "verriet", "verrät", "erzählt")
# The speaker and the time between the verb and the outlet: "der CDU-Politiker",
# "Premierminister Édouard Philippe am Donnerstagabend"; the clause ends at a punctuation.
_CLAUSE = re.compile(r"[^,.;:!?\n]{1,90}")
# "Gegenüber 'Bild' erklärt der neue DTM-Boss": before the verb, only a quoted outlet.
_TOWARDS_QUOTED = re.compile(rf"\b[Gg]egenüber\s+(?:(?:der|dem)\s+)?(?=[{_OPENING_QUOTES}])")
# An outlet's name in quotation marks: „Mitteldeutschen Zeitung“, "Bild"(-Zeitung).
_QUOTED = re.compile(r"[„\"«»'‚“]([A-ZÄÖÜ][^„“”\"«»'‚‘\n]{0,40}?)[“”\"«»'‘]")


def outlets_told(text: str, lowered: str | None = None) -> Iterator[tuple[list[str], bool, int]]:
    """The words that may name the outlet a telling verb names, in order, whether they
    were quoted (then they name an outlet), and where; after a preposition quotes only
    ("sagte er in seiner Rede" names none). lowered: lowercase_of(text), if made."""
    for verb in _telling_verbs(text, lowercase_of(text) if lowered is None else lowered):
        clause = _CLAUSE.match(text, verb.end())
        end = clause.end() + 1 if clause else verb.end()  # (the quotes may close it)
        for place in _TO_OUTLET.finditer(text, verb.end(), end):
            article = place.group(1)
            before = text[verb.end() : place.start()].split()
            if before and before[-1].lower() in _PREPOSITIONS:
                continue  # "auf dem »Spobis«": the preposition's article
            dative = article == "dem" or (article == "der" and not _after_noun(before))
            yield from _outlet_at(text, place.end(), dative)
    if "egenüber" in text:
        for place in _TOWARDS_QUOTED.finditer(text):
            yield from _outlet_at(text, place.end(), False)


def _telling_verbs(text: str, lowered: str) -> Iterator[re.Match[str]]:
    """_TELLING_VERB's matches in the text, tried only where a verb's beginning stands."""
    if any(map(text.__contains__, FOLDED_BY_PATTERNS_ONLY)):
        yield from _TELLING_VERB.finditer(text)  # "ſagte": (?i) reads it, lowercasing not
        return
    starts = []
    for stem in _TELLING_STEMS:
        start = lowered.find(stem)
        while start != -1:
            starts.append(start)
            start = lowered.find(stem, start + 1)
    end = 0
    for start in sorted(starts):
        verb = _TELLING_VERB.match(text, start) if start >= end else None
        if verb:
            end = verb.end()
            yield verb


# Prepositions that make an article theirs: "auf dem »Spobis«", "mit der Polizei".
_PREPOSITIONS = frozenset(
    {"auf", "bei", "mit", "von", "aus", "zu", "nach", "vor", "an", "über", "unter", "für",
     "gegen", "ohne", "seit", "während", "wegen", "hinter", "neben", "zwischen", "trotz"}
)  # fmt: skip


def _after_noun(before: list[str]) -> bool:
    """Whether "der" after these words may be a noun's genitive: "der Vizepräsident der
    EU-Kommission", "die Ergebnisse der FDP" (a quoted outlet is still read: "der
    CDU-Politiker der „Mitteldeutschen Zeitung“")."""
    return len(before) > 1 and before[-1][:1].isupper() and before[-2].lower() in LEXICON.articles


def _outlet_at(text: str, start: int, dative: bool) -> Iterator[tuple[list[str], bool, int]]:
    """The quoted name at start, or an unquoted dative's words."""
    quoted = _QUOTED.match(text, start)
    if quoted:
        yield quoted.group(1).split(), True, start
    elif dative:
        yield words_after(text, start, count=5), False, start  # "dem TV-Sender TF1"

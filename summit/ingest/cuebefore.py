"""Whether the words before a source cue that follows its source ("Reuters reported",
"der Stadt zufolge") name it: not a passive, a label, a person or what was reported."""

from __future__ import annotations

from summit.ingest.lexicon import LEXICON
from summit.ingest.phrases import is_organisation, words_after

# The auxiliaries of a perfect tense: their subject acted ("Sky have released footage").
PERFECT = frozenset({"has", "have", "had", "hat", "haben", "hatte"})
# Before a cue's "-ing": active ("ABC is reporting"), not passive.
PROGRESSIVE = frozenset({"is", "are", "was", "were"})


def names_nobody(before: list[str], text: str, end: int) -> bool:
    """ "Delays are being reported", "muss berichtet werden", "Party projected to retain
    the seat" (passive), "Additional reports:" (a label; "Die Polizei meldet:" has its
    subject)."""
    after = words_after(text, end, count=2)
    return (
        bool(before and before[-1].lower() in LEXICON.auxiliaries)
        or bool(after and after[0].lower() in LEXICON.auxiliaries)
        or (after[:1] == ["to"] and len(after) > 1 and _is_verb(after[1]))
        or (text.startswith(":", end) and not _after_article(before))
    )


def _after_article(before: list[str]) -> bool:
    return any(word.lower() in LEXICON.articles for word in before[-4:])


def _is_verb(word: str) -> bool:
    """A lowercase word that is no article: "to retain", not "to the BBC"."""
    return word[:1].islower() and word not in LEXICON.articles


def ends_at_cue(name: str, before: list[str]) -> bool:
    """Whether a name found before a cue ends right before it, or an organisation's word
    does ("UN human rights office reports"): "Second local case reported" names nobody."""
    last = before[-1]
    return name.split()[-1] in last or last in name or is_organisation([last])


def a_person_before(text: str, end: int) -> bool:
    """Whether "he" or "she" (after "that") follows a cue: who confirms is a person."""
    after = [word.lower() for word in words_after(text, end, count=2)]
    return bool(after) and after[0] in ("he", "she", "that") and bool({"he", "she"} & {*after})


# Prepositions before what a report is about: "über die Ergebnisse berichtet".
_TOPIC_PREPOSITIONS = frozenset({"über", "about", "on"})


def subject_words(before: list[str]) -> list[str]:
    """The words before a cue from the article after the last other lowercase word on:
    "der Stadt" of "Grund ist der Stadt zufolge"; none in "bei allen Ländern berichtet"."""
    for index in range(len(before) - 1, -1, -1):
        word = before[index]
        if word[:1].islower() and word not in LEXICON.articles and not is_organisation([word]):
            tail = before[index + 1 :]
            if word in _TOPIC_PREPOSITIONS:
                return []  # "hat sie über die Ergebnisse berichtet": what was reported
            return tail if tail and tail[0] in LEXICON.articles else []
    return before


def refers_to_a_kind(before: list[str]) -> bool:
    """ "den Angaben zufolge": the statements of a source named earlier, no name here."""
    return bool(before) and before[-1].lower() in LEXICON.source_nouns

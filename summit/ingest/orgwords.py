"""The words of an organisation's name after a cue, as finder.py reads them: a name in the
genitive ("des Bundesamtes für …"), an office's remit, a company's kind before its name
("der Zugbetreiber Eurostar"), an outlet's owner ("ESPN's Adrian Wojnarowski")."""

from __future__ import annotations

from summit.ingest.lexicon import LEXICON
from summit.ingest.nonnames import is_place
from summit.ingest.phrases import (
    is_adjective,
    is_capitalised,
    is_organisation,
    is_organisation_word,
    looks_like_person,
)


def nominative(word: str) -> str:
    """A name after "des" without its genitive s: "des Außenministeriums" -> Außenministerium
    ("des Hauses", "des Kosmos" keep theirs)."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "es", "us", "os", "is")):
        return word[:-1]
    return word


def office_nominative(word: str) -> str:
    """An office's name after "des" without its genitive "es" too: "des Bundesamtes" ->
    Bundesamt (after an adjective it stays: "des Bayerischen Landeskriminalamtes")."""
    if word.endswith("es") and is_organisation([word[:-2]]):
        return word[:-2]
    return nominative(word)


def genitive_head(run: list[str]) -> int:
    """The word of a name after "des" in the genitive: the last, the one before a remit
    ("des Bundesamtes für …") or an office before its place ("des Polizeipräsidiums Trier")."""
    if "für" in run:
        return run.index("für") - 1
    office = office_nominative(run[0])
    if len(run) > 1 and office != run[0] and is_organisation([office]):
        return 0
    return len(run) - 1


def owner_of(run: list[str]) -> list[str]:
    """The owner's words of "ESPN's Adrian Wojnarowski": the outlet is the source, its
    reporter the speaker."""
    for index, word in enumerate(run[:-1]):
        if word.endswith(("'s", "’s")) and looks_like_person(run[index + 1 :]):
            return [*run[:index], word[:-2]]  # (not "Butte County Sheriff's Office")
    return run


def lowercase_body(rest: list[str]) -> list[str]:
    """The body a name's lowercase words after it make, the first of them a body's word:
    "(London Metropolitan) police", "(Israeli) army radio"."""
    end = 1
    while end < len(rest) and rest[end][:1].islower() and is_organisation_word(rest[end]):
        end += 1
    return rest[:end]


def opens_remit(run: list[str], lower: str, word: str) -> bool:
    """An office's remit after its name ("Landesamt für Gesundheit und
    Lebensmittelsicherheit", "Bundesamt für Migration und Flüchtlinge"): "für" after an
    organisation's word, and inside the remit "und" and the adjectives before its nouns."""
    if lower == "für":
        return "für" not in run and is_organisation([office_nominative(run[-1])])
    return "für" in run and (lower == "und" or (run[-1] == "für" and is_adjective(word)))


_PUBLIC_PREFIXES = ("landes", "bundes", "staats", "stadt", "kreis")


def kind_before_name(run: list[str]) -> bool:
    """A company's kind before its name ("Chemiekonzern BASF", "Förderbank KfW"), not a
    name the kind opens ("Gewerkschaft Deutscher Lokomotivführer", "Landesbank Hessen")."""
    kind = run[0].lower() if len(run) > 1 else ""
    return (
        # (also in the genitive: "einer Sprecherin des Energiekonzerns Vattenfall")
        (
            kind.endswith(LEXICON.company_kinds)
            or (kind.endswith("s") and kind[:-1].endswith(LEXICON.company_kinds))
        )
        and not kind.startswith(_PUBLIC_PREFIXES)  # a public body by its place's name
        and is_capitalised(run[1])
        and not is_adjective(run[1])
        and not is_place(run[1])
    )

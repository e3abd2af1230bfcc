"""An organisation as the subject of a statement: "The Department of Foreign Affairs has
urged", "Home Office officials say", "RJD says"; speakers.py hands what it names to
source detection.
"""

from __future__ import annotations

import re

from summit.ingest.finder import HEADLINE_SEGMENTS
from summit.ingest.lexicon import LEXICON
from summit.ingest.nonnames import names_an_institution
from summit.ingest.phrases import (
    is_capitalised,
    is_name_word,
    is_organisation,
    is_organisation_head,
    is_organisation_word,
    is_role,
    looks_like_person,
)

_BETWEEN_SUBJECT_AND_VERB = LEXICON.auxiliaries | LEXICON.spokespeople
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,5}")
# Countries and unions written short are no organisation that reports.
_PLACE_ACRONYMS = frozenset({"US", "USA", "UK", "EU", "UN", "UAE", "GB"})


# Words that join the parts of one organisation's name: "Fire and Rescue Service".
_JOINING = frozenset({"and", "und", "&"})
# Prepositions that make the words after them an object: "vom BAG", "of the WHO".
_OBJECT_PREPOSITIONS = frozenset({"vom", "von", "beim", "bei", "of", "from", "at"})


def _is_adverb(word: str) -> bool:
    """An English adverb between a subject and its verb: "broadly", "also"."""
    return word[:1].islower() and len(word) > 4 and word.endswith("ly")


def _is_acronym(words: list[str]) -> bool:
    """An organisation's letters alone: "ABC", "RJD"."""
    return (
        len(words) == 1 and words[0] not in _PLACE_ACRONYMS and bool(_ACRONYM.fullmatch(words[0]))
    )


def organisation_before(words: list[str]) -> list[str]:
    """The capitalised words before a verb, with "of" inside: "The Ministry of Defence";
    an auxiliary or the people speaking for it may stand between: "The Department of
    Foreign Affairs has urged", "Home Office officials say"."""
    while words and (words[-1].lower() in _BETWEEN_SUBJECT_AND_VERB or _is_adverb(words[-1])):
        words = words[:-1]  # "The Small Firms Association has broadly welcomed"
    run: list[str] = []
    for word in reversed(words):
        # A name's word, a particle inside the run, or an organisation's word ending it
        # ("Dyfed-Powys police said"), asked in that order: most words are the first.
        if not is_name_word(word):
            lower = word.lower()
            inside = bool(run) and lower in LEXICON.name_particles and lower not in LEXICON.articles
            # "The Maritime and Coastguard Agency": "and" inside an organisation's name.
            joined = lower in _JOINING and bool(run) and is_organisation(run)
            if not (inside or joined or (not run and is_organisation([word]))):
                break
        run.insert(0, word)
    while run and not is_capitalised(run[0]):
        run = run[1:]
    if not run or len(run) == len(words):
        return run  # most runs: nothing before them
    link = words[-len(run) - 1].lower()
    if link in _OBJECT_PREPOSITIONS:
        return []  # "Daniel Koch vom BAG erklärt": the speaker's employer, no subject
    office = words[-len(run) - 2] if link in _COMPLEMENT_LINKS and len(run) + 1 < len(words) else ""
    if office and is_capitalised(office) and is_organisation([office]):
        return [office, words[-len(run) - 1], *run]  # "Das Forstamt im Kreis Göppingen warnt"
    return run


# Words between an office and the body it belongs to: "Forstamt im Kreis Göppingen".
_COMPLEMENT_LINKS = frozenset({"der", "des", "im"})


def _is_body(word: str) -> bool:
    return is_organisation([word]) or is_organisation_head(word)


def with_complement(name: str, words: list[str]) -> str:
    """A name with the body it belongs to, when the words after it name one: "die
    Landesleitstelle der Polizei am Mittwoch" gives Landesleitstelle der Polizei."""
    last = name.split()[-1]
    if last not in words:
        return name
    index = words.index(last)
    rest = words[index + 1 : index + 3]
    if len(rest) == 2 and rest[0] in _COMPLEMENT_LINKS and _is_body(rest[1]):
        return f"{name} {rest[0]} {rest[1]}"
    return name


def person_in_office(words: list[str]) -> bool:
    """A person's full name after their office: "Police Chief Jim McDonnell", "Los Angeles
    County Sheriff Robert Luna", "City Hospital Head of Surgery Anna Berg" speak for
    themselves, not as their organisation."""
    if len(words) < 3 or not looks_like_person(words[-2:]):
        return False
    return is_role(words[-3]) or any(word in ("of", "for") for word in words[:-3])


def names_organisation(words: list[str], *, subject: bool) -> bool:
    """Whether words before or after a speech verb name an organisation, not a person: an
    organisation's word ("Polizei", "Office"), head ("Department of …") or, as the verb's
    subject, its letters ("ABC has called", not "warnt die USA")."""
    organisation = (
        any(map(is_organisation_word, words))
        or is_organisation_head(words[0])
        or (subject and _is_acronym(words) and not is_role(words[0]))  # not "the PM says"
        # "Scotland Yard says", "Civil Defence says": no person's name, nor a role.
        or (subject and names_an_institution(words) and not any(map(is_role, words)))
    )
    if not organisation or person_in_office(words):
        return False
    # An office and its place: "Das Wasserwirtschaftsamt Donauwörth rechnet damit".
    office = len(words) > 1 and words[0].lower().endswith(LEXICON.organisation_endings)
    return (office and len(words[0]) > 5) or not looks_like_person(words)


def refers_back(name: str) -> bool:
    """ "die Behörde", "der Staatsbetrieb": a word for an organisation named elsewhere."""
    return name.lower() in LEXICON.back_references


_SUBJECT = re.compile(r"((?:[A-ZÄÖÜ][\w'’-]+\s+){0,3}[A-ZÄÖÜ][\w'’-]+)\s+[a-zäöüß]")


def organisation_subject(text: str) -> str | None:
    """An organisation opening the headline or the body: "Berliner Feuerwehr beendet …",
    "Die Polizei hat …"."""
    title, _newline, body = text.partition("\n")
    openings = [*HEADLINE_SEGMENTS.split(title), body.lstrip()]
    for opening in openings:
        found = _SUBJECT.match(opening)
        if not found:
            continue
        words = found.group(1).split()
        while words and words[0].lower() in LEXICON.articles:
            words = words[1:]
        if words and is_organisation(words) and not refers_back(words[-1]):
            return " ".join(words)
    return None


_STATES = re.compile(
    r"bilanz|bekannt|veröffentlich|pressekonferenz|äußer|davon aus|spricht sich|korrigier|"
    r"warnt|schätzt|fazit|informiert|bestätigt|teilt|meldet|rät |appelliert|zurück\b|"
    r"announce|confirm|warn|claim|statement|report|update|publish|release",
)
_SENTENCE_END = re.compile(r"[.!?:](?:\s|$)")


def organisation_states(text: str) -> str | None:
    """An organisation opening the body, after its article, in a sentence that reports
    what it said or published: "Die Berliner Polizei zieht eine erste Bilanz", "The
    Ministry of Health has updated media"."""
    body = text.partition("\n")[2].lstrip()
    found = _ARTICLE_SUBJECT.match(body)
    if not found or _POSSESSIVE.match(body, found.end()):
        return None  # "The BBC News website's Keith Moore reports": his words
    words = found.group(1).split()
    bodies = [word for word in words if is_organisation_word(word)]
    if not bodies or refers_back(bodies[-1]):
        return None  # "Die Behörde teilte mit": the one named before
    end = _SENTENCE_END.search(body, found.end())
    sentence = body[found.end() : end.start() if end else len(body)].lower()
    return " ".join(words) if _STATES.search(sentence) else None


# "Die Berliner Polizei", "The Ministry of Health", "Das Landesamt für Gesundheit".
_ARTICLE_SUBJECT = re.compile(
    r"(?:Der|Die|Das|The)\s+((?:[A-ZÄÖÜ][\w'’-]+\s+(?:(?:of|für|for)\s+(?:the\s+)?)?){1,5})"
)
_POSSESSIVE = re.compile(r"[\w-]+['’]s\b")


# British English makes an organisation plural: "Highways England have reported", "Surf
# Lifesaving say"; a person "says" and "has".
_PLURAL_AUXILIARIES = frozenset({"have", "are", "were"})
_PLURAL_VERBS = frozenset({"say", "warn", "report", "confirm", "announce", "urge", "advise"})
_OPENING_SUBJECT = frozenset({"the", "that", "but", "as", "while"})


def plural_subject(before: list[str], verb: str) -> list[str]:
    """The name a speech verb in the plural follows, an organisation: "Highways England"
    of "Highways England have reported"; none after several ("Smith and Jones say")."""
    auxiliary = bool(before) and before[-1].lower() in _PLURAL_AUXILIARIES
    if not (auxiliary or verb.lower() in _PLURAL_VERBS):
        return []
    words = before[:-1] if auxiliary else before
    if not words or not is_capitalised(words[-1]) or words[-1] == "I":
        return []
    run = organisation_before(words)
    # One capitalised word may only open the sentence: "Astronauts say", "I'd say".
    if len(run) < 2 or run[-1] != words[-1]:
        return []
    link = words[-len(run) - 1] if len(run) < len(words) else ""
    # Not a place ("police in Hong Kong say") nor the last of several ("Smith and Jones").
    return run if not link[:1].islower() or link in _OPENING_SUBJECT else []

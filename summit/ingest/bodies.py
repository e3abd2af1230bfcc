"""Bodies an entry cites by how it speaks of them, with no name after a cue: the police
("…, police said", an appeal for witnesses) and a body telling of itself ("nach eigenen
Angaben")."""

from __future__ import annotations

import re

from summit.ingest.finder import Candidates
from summit.ingest.nonnames import is_time
from summit.ingest.phrases import is_role

# "Die Bahn hat nach eigenen Angaben …": the clause's subject speaks of itself.
_OWN_ACCOUNT = re.compile(
    r"(?i:\b(?:nach|laut)\s+eigenen\s+angaben|\beigenen\s+angaben\s+zufolge)\b"
)
# An article and a name, also glued to a headline: "…gefahrenDie Deutsche Bahn hat".
_NAMED_SUBJECT = re.compile(
    r"(?:\b[Dd]|(?<=[a-zäöüß])D)(?:ie|er|as)\s+((?:[A-ZÄÖÜ][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*)"
)


def _own_account(text: str) -> str | None:
    """The subject that speaks of itself: "Die Deutsche Bahn hat nach eigenen Angaben …"
    (the last article's name before the cue, in its sentence)."""
    found = _OWN_ACCOUNT.search(text)
    if not found:
        return None
    start = max(text.rfind(".", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
    names = _NAMED_SUBJECT.findall(text, start, found.start())
    words = names[-1].split() if names else []
    if not words or any(map(is_role, words)):
        return None  # "der Minister hat nach eigenen Angaben …": a person
    return " ".join(words)


_POLICE_SAID = re.compile(
    r"\baccording to (?:the )?police\b"
    r"|(?:^|[,.;][\"”’']? |\bthe )police (?:said|say|says|told|confirmed|reported|added)\b"
    # Opening a sentence or a headline: "Police confirm 98 dead".
    r"|(?:^|[.!?:|] )Police (?:said|say|says|told|confirm|confirmed|reported|added|name|named)\b",
    re.MULTILINE,
)
# A police name, as an appeal for witnesses writes it: "die Polizeiinspektion Bad Dürkheim".
_POLICE = re.compile(
    r"\b(?:[Dd]ie|[Dd]as)\s+((?:Bundes|Kriminal)?[Pp]olizei\w*(?:\s+[A-ZÄÖÜ][\w-]*){0,2})"
)
_APPEAL = re.compile(r"\bZeug(?:en|innen)\b|\bZeugenhinweise\b|\bHinweise\b")


def _witness_appeals(text: str) -> list[tuple[str, int]]:
    """The police an entry appealing for witnesses names first: "Die Polizei sucht nach
    zwei Männern. … Hinweise nimmt das Polizeikommissariat entgegen" cites the police."""
    police = _POLICE.search(text) if _APPEAL.search(text) else None
    if not police:
        return []
    words = [word for word in police.group(1).split() if not is_time(word)]
    return [(" ".join(words), police.start())]


def police_and_own_account(text: str, candidates: Candidates) -> None:
    """The police an entry cites unnamed, and the body that speaks of itself."""
    if "olice" in text:  # the police unnamed, in English: "…, police said"
        for match in _POLICE_SAID.finditer(text):
            candidates.add("police", 2, match.start())
    if "Polizei" in text and ("Zeug" in text or "Hinweise" in text):
        for police, position in _witness_appeals(text):
            candidates.add(police, 2, position)
    if "igenen" in text:
        own = _own_account(text)
        if own:
            candidates.add(own, 2, 0)

"""Names a statement's wording puts before a colon: who speaks on a topic ("Gernot
Darmann (FPÖ) zum Wahlausgang: „…“"), who posted or spoke on air ("Shane Hughes on
Twitter: …"), and a surname whose verb a colon and a quotation follow ("Vettel erklärt
sich: „…“"). speakers.py asks whether the words name a person.

Each is read from its rare anchor (a "zu", a medium before a colon) back to the name: an
expression that tried a name at every character of every entry would cost the import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summit.ingest.lexicon import LEXICON
from summit.ingest.outlets import PLATFORMS
from summit.ingest.phrases import looks_like_person, name_after, words_after
from summit.ingest.signed import QUOTE_MARKS

# How far before its anchor a name may start.
_NAME_REACH = 80
# The topic after "zu", then a colon that ends the sentence or opens a quotation.
_ON_TOPIC = re.compile(
    r"zu[mr]?\s(?:[^.!?:\n\"„“”«»]|\.(?=\w)){2,60}:(?:\s*$|\s?[\"„“«»])", re.MULTILINE
)
# The name opening the sentence before the "zu", a party in brackets after it.
_SPEAKING_ON = re.compile(
    r"(?:^|[.!?:]\s|\n)((?:[A-ZÄÖÜ][\w'’-]+\s){0,3}[A-ZÄÖÜ][\w'’-]+)(?:\s\([^()\n]{1,30}\))?\s$"
)
# A platform and a colon, or a broadcast and a colon before a quotation.
_ON_MEDIUM = re.compile(
    r" (?:on|via|auf|im) "
    rf"(?:(?:{'|'.join(PLATFORMS)}):|(?:[A-ZÄÖÜ0-9][\w.]*\s){{0,2}}[A-ZÄÖÜ0-9][\w.]*:\s?[\"„“«])"
)
_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])((?:[A-ZÄÖÜ][\w'’-]+\s(?:(?:de|la|van|von)\s)*){0,3}[A-ZÄÖÜ][\w'’-]+)$"
)
# What ends a sentence before a name that opens the next: a line's start does too (a
# title above its body ends with no mark).
_SENTENCE_ENDS = frozenset({"", ".", "!", "?", ":", "\n"})
# A quotation's end, a comma, and the lowercase word after it: "„…“, freut sich", "»…«,
# fasst", "“…,” sniffs". After a quotation the verb comes first, whichever it is.
_VERB_AFTER_QUOTATION = re.compile(r"(?:[,!?][\"“”»«]|[\"“”»«],)\s+([a-zäöüß]+)\s")
# Words after a quotation that are no verb of the attribution ("„…“, hätte Amtsinhaber
# Van der Bellen gern …" goes on with the sentence), and the verbs the cue scan reads.
_NO_ATTRIBUTION = frozenset(
    {*LEXICON.articles, *LEXICON.stopwords, *LEXICON.auxiliaries, *LEXICON.speech_verbs,
     *LEXICON.reported_speech, "hätte", "wäre", "wären", "würde", "könnte", "sollte"}
)  # fmt: skip
# The rest of a clause that a colon and a quotation close: "erklärt sich: „Ich …".
_INTRODUCED_QUOTATION = re.compile(r"[^.!?;:\n\"„“”«»]{0,60}:\s?[\"„“«»]")


def labelled_statements(text: str) -> Iterator[tuple[list[str], int]]:
    """The words that may name who speaks on a topic or on a medium, and where they stand."""
    at = text.find(" zu")
    while at != -1:
        if _ON_TOPIC.match(text, at + 1):
            # (Searched within the text: "^" is its start, not the stretch's.)
            found = _SPEAKING_ON.search(text, max(0, at + 1 - _NAME_REACH), at + 1)
            if found:
                yield found.group(1).split(), found.start(1)
        at = text.find(" zu", at + 3)
    if ": " in text or ':"' in text:
        for medium in _ON_MEDIUM.finditer(text):
            at = medium.start()
            found = _NAME_BEFORE.search(text, max(0, at - _NAME_REACH), at)
            if found:
                yield found.group(1).split(), found.start(1)


def opens_an_introduced_quotation(word: str, text: str, start: int, end: int) -> bool:
    """Whether a word opens the sentence whose verb (start to end) a colon and a quotation
    follow: "Vettel erklärt sich: „Ich …“", not "In Wilmington sagte er: …"."""
    at = text.rfind(word, max(0, start - 40), start)
    opens = at != -1 and text[:at].rstrip(" \t")[-1:] in _SENTENCE_ENDS
    return opens and _INTRODUCED_QUOTATION.match(text, end) is not None


def labels_a_quotation(words: list[str], text: str, colon: int) -> bool:
    """A surname alone before a colon and the quotation it said ("Verstappen: "It was
    boring …""), a guess even where the entry names it only there."""
    quoted = text.startswith(": ", colon) and text[colon + 2 : colon + 3] in QUOTE_MARKS[:6]
    return quoted and looks_like_person(words)


def names_after_quotations(text: str) -> Iterator[tuple[list[str], int]]:
    """The name after the verb that follows a quotation, and where the verb stands: "„…“,
    freut sich Trainer Murat Yakin", "“…,” sniffs Giles Brooke", "„…“, ärgert sich Vettel"."""
    for found in _VERB_AFTER_QUOTATION.finditer(text):
        if found.group(1) not in _NO_ATTRIBUTION:
            name = name_after(words_after(text, found.end()))
            if name:
                yield name, found.start(1)

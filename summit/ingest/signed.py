"""Who signed a statement: the name a quotation, a post or a colon is signed with.

"“He really is …” – Jon Champion", "…: Congress leader X Y", "Jonas Weber beruhigt: …",
"Anna Berg: »Wir bleiben.«", "Hamilton: "It wasn't the easiest …"", an embedded post's
"— Paul Waugh (@paulwaugh) March 22, 2017". speakers.py resolves the words to a person
and takes only full names: a surname alone counts where the import writes it in full.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from summit.ingest.cues import alternation
from summit.ingest.lexicon import LEXICON
from summit.ingest.phrases import is_adjective, is_role, without_roles
from summit.ingest.wordlists import GERMAN

SENTENCE_START = r'(?:^|(?<=[.!?\n])\s*|(?<=[.!?]["“”»«])\s*)'
PERSON_WORDS = r"((?:[A-ZÄÖÜ][\w'’-]+[^\S\n]+){1,3}[A-ZÄÖÜ][\w'’-]+)"
QUOTE_MARKS = "\"„“”«»‚‘'"
_OPENING_QUOTES = QUOTE_MARKS[:6]

_SIGNED_AT_END = re.compile(r":\s+((?:[\w.'’-]+\s+){1,5}[A-ZÄÖÜ][\w'’-]+)\s*$")
_SIGNED_QUOTE = re.compile(r"[\"”“»«]\s*[–—]\s*" + PERSON_WORDS)
# "Jonas Weber beruhigt: …", "Josef Cap stellt klar: …": a name and a verb (with its
# particle) before a colon, first in its sentence.
_NAME_VERB_COLON = re.compile(SENTENCE_START + PERSON_WORDS + r"(?:\s+[a-zäöüß]+){1,2}\Z")
# "Anna Berg: »…«", "Vincenzo Grifo nach dem Spiel: "…"": a name, perhaps when it spoke.
_NAME_COLON = re.compile(
    SENTENCE_START
    + PERSON_WORDS
    + r"(?:\s+(?:nach|vor|bei|after|before)\s+(?:dem|der|the)\s+\w+)?"
    + r"(?:\s+\([^()\n]{1,24}\))?\Z"  # "Volker Kauder (CDU): „…“"
)
# "Roger Federer – “I hope …”": a name first in its sentence, a dash, then a quotation.
_NAME_DASH_QUOTE = re.compile(SENTENCE_START + PERSON_WORDS + r"\s+[–—]\s+(?=[\"„“«»])")
# "Alte Menschen sollen zuhause bleiben Daniel Koch: «…»": a full name after a headline
# run into the line (its last word lowercase), before a colon and a quotation.
_GLUED_NAME_COLON = re.compile(r"(?<=[a-zäöüß] )([A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+)\Z")
# "Paul Breitner zum Barca-Los: „…", "Sebastian Vettel gerade bei Sky: "…"": a full name
# opening its sentence, a few words of when or where it spoke, a colon and a quotation.
_NAME_WORDS_COLON = re.compile(SENTENCE_START + PERSON_WORDS + r"\s[^.!?:\"„“”«»\n]{1,50}\Z")
# "Andros Townsend speaks “Mentally we felt …”": a name, "speaks", the quotation.
_NAME_SPEAKS = re.compile(
    SENTENCE_START + PERSON_WORDS + r"\s+(?:speaks|talks)[.:]?\s*(?=[\"„“«»])", re.MULTILINE
)
# "Hamilton: "It wasn't …"": a surname alone before a colon and a quotation.
_SURNAME_COLON = re.compile(SENTENCE_START + r"([A-ZÄÖÜ][\w'’-]+)\Z")
# "Sayan Banerjee: It is not a wave …": a full name opening a line, then a colon.
_LINE_NAME_COLON = re.compile(r"^" + PERSON_WORDS + r":\s+(?=[A-ZÄÖÜ\"„“«])", re.MULTILINE)
_STATEMENT_PARTICIPLES = alternation(GERMAN["statement_participles"])
_PARTICIPLE = re.compile(_STATEMENT_PARTICIPLES)
# "Stürmer Sebastian Polter hat im Interview … angekündigt": a statement in the perfect.
_PERFECT_STATEMENT = re.compile(
    SENTENCE_START
    + r"(?:[\w-]+\s+){0,2}?([A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+)\s+(?:hat|haben)\s"
    + rf"[^.!?:]{{0,120}}?\b(?:{_STATEMENT_PARTICIPLES})\b"
)
_AUXILIARY_END = re.compile(rf"\s(?i:{alternation(LEXICON.auxiliaries)})\s+\Z")
# An embedded post's signature: "— Paul Waugh (@paulwaugh) March 22, 2017",
# "(Raman Bhardwaj @stvraman)".
_POST_SIGNATURE = re.compile(
    r"(?:[—–]\s*" + PERSON_WORDS + r"\s*\(@\w{1,30}\)|\(" + PERSON_WORDS + r"\s+@\w{1,30}\))"
)


def signed_names(text: str, *, quoted: bool) -> Iterator[tuple[list[str], int]]:
    """The words of each name a statement in the text is signed with, and where; quoted:
    whether the text holds a quotation mark at all."""
    # Each expression is asked only of a text that holds what it needs.
    if quoted and ("–" in text or "—" in text):
        for found in _SIGNED_QUOTE.finditer(text):
            yield found.group(1).split(), found.start()
        for found in _NAME_DASH_QUOTE.finditer(text, text.find("\n") + 1):
            yield found.group(1).split(), found.start(1)
    if ":" in text[-90:]:
        yield from _signed_at_end(text)
    colon_space = ": " in text
    if colon_space:
        yield from _before_colons(text)
    body = text.find("\n") + 1  # a headline "Hunderte Einsätze: …" names a topic
    if colon_space or ":\n" in text:  # "Malcolm Turnbull:" over the statement, too
        for found in _line_name_colons(text, body):
            yield found.group(1).split(), found.start(1)
    if " speaks" in text or " talks" in text:
        for found in _NAME_SPEAKS.finditer(text):
            if _opens_a_name(words := found.group(1).split()):
                yield _without_title(words), found.start(1)
    if ("hat " in text or "haben " in text) and _PARTICIPLE.search(text):
        for found in _PERFECT_STATEMENT.finditer(text, body):
            yield found.group(1).split(), found.start(1)


def _line_name_colons(text: str, body: int) -> Iterator[re.Match[str]]:
    """The matches of _LINE_NAME_COLON.finditer(text, body), tried only where a line
    opens with a capital (its ^ and first letter) instead of at every position, and only
    before the text's last colon, which a match holds after its start."""
    end = 0
    start = body
    last_colon = text.rfind(":")
    while start < last_colon:
        if start >= end and text[start] in _CAPITALS:
            found = _LINE_NAME_COLON.match(text, start)
            if found:
                end = found.end()
                yield found
        start = text.find("\n", start) + 1
        if not start:
            return


_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def after_quotation(text: str, position: int) -> bool:
    """Whether a verb follows a quotation's end: "“… value,” says Panos", "„…“, sagt Berg"."""
    before = text[max(0, position - 4) : position].rstrip()
    return before[-2:] in _QUOTE_ENDS


_QUOTE_ENDS = frozenset({',"', ",”", "“,", '",', "”,", ",’", "«,", "»,"})


def before_auxiliary(text: str, position: int) -> int:
    """Where an auxiliary before a position starts, or the position: a verb's subject ends
    there ("Mara Linde, head of the union, has said")."""
    found = _AUXILIARY_END.search(text, max(0, position - 12), position)
    return found.start() + 1 if found else position


# A post's signature with its date, whoever signed it, a body too: "… pic.twitter.com/f9yg—
# ANI (@ANI) August 23, 2023".
_DATED_POST_SIGNATURE = re.compile(
    r"(?:[—–]|\s-)\s*([A-Z][\w&.'’ -]{0,50}?)\s*\(@\w{1,30}\)\s+"
    r"(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2}\.? [A-ZÄÖÜ][a-zä]+ \d{4})"
)


def dated_post_signers(text: str) -> Iterator[tuple[str, int]]:
    """Who signed each embedded post of the text with its date (a person or a body), and where."""
    if "(@" in text:
        for found in _DATED_POST_SIGNATURE.finditer(text):
            yield found.group(1), found.start()


def entries_signed(texts: Iterable[str]) -> Counter[str]:
    """In how many of the texts each name signs an embedded post."""
    return Counter(
        signer for text in texts for signer in {name for name, _at in dated_post_signers(text)}
    )


def post_signatures(text: str) -> Iterator[tuple[list[str], int]]:
    """The authors of the posts an entry embeds: the speaker only when nobody else is
    (a reporter's post often passes on what another person said)."""
    if "@" in text:
        for found in _POST_SIGNATURE.finditer(text):
            yield (found.group(1) or found.group(2)).split(), found.start()


_LOWERCASE = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")


def _without_title(words: list[str]) -> list[str]:
    """A name without the role or title before it: "Hofbräu-Festzelt-Wirt Ricky Steinberg"."""
    words = without_roles(words)
    return words[1:] if len(words) > 2 and "-" in words[0] else words


def _opens_a_name(words: list[str]) -> bool:
    """Whether capitalised words may be a name where German capitalises any noun: not
    opened by an article or an adjective ("Den Ausblick", "Persönliches Drama")."""
    first = words[0].lower()
    return first not in LEXICON.stopwords and not is_adjective(first)


def _verb_before(window: str) -> bool:
    """Whether the last word of the stretch before a colon opens in lowercase after other
    words, as the verb _NAME_VERB_COLON ends with does ("Jonas Weber beruhigt"): most
    colons follow a name ("Peskow: …") or a topic."""
    words = window.rsplit(None, 1)
    return len(words) == 2 and words[1][:1] in _LOWERCASE


def _signed_at_end(text: str) -> Iterator[tuple[list[str], int]]:
    """A statement signed after a colon with a role and a name: "…: Congress leader X Y"."""
    found = _SIGNED_AT_END.search(text[-90:])
    if found:
        words = found.group(1).split()
        if any(map(is_role, words)):
            yield without_roles(words), len(text)


def _before_colons(text: str) -> Iterator[tuple[list[str], int]]:
    """A full name and a verb before a colon: "Jonas Weber beruhigt: …"; a name, or a
    surname, before a colon and a quotation: "Anna Berg: »Wir bleiben.«"."""
    colon = text.find(": ")
    while colon != -1:
        found = None
        if _verb_before(text[max(0, colon - 60) : colon]):
            found = _NAME_VERB_COLON.search(text, max(0, colon - 60), colon)
        if not found and text[colon + 2 : colon + 3] in _OPENING_QUOTES:
            found = (
                _NAME_COLON.search(text, max(0, colon - 60), colon)
                or _SURNAME_COLON.search(text, max(0, colon - 40), colon)
                or _GLUED_NAME_COLON.search(text, max(0, colon - 60), colon)
            )
        if found:
            yield found.group(1).split(), colon
        elif text[colon + 2 : colon + 3] in _OPENING_QUOTES:
            loose = _NAME_WORDS_COLON.search(text, max(0, colon - 90), colon)
            if loose and _opens_a_name(words := loose.group(1).split()):
                yield _without_title(words), colon
        colon = text.find(": ", colon + 2)

"""Who reports what, where the cue finders named nobody: the subject of a verb of saying.

speakers.py and sources.py read a name after or before a cue they know. What they leave
empty is often a plain reporting sentence: a name (with a role) as the subject of a verb
of saying, also in the perfect ("Espiner says …", "Historic Scotland has just confirmed …",
"Ministerpräsident Armin Laschet (CDU) hat angekündigt, …", "Bundestagspräsident Lammert
weist darauf hin …"), a role, a name and a comma before the verb ("Labour's deputy leader,
Tom Watson, says"), and a source written into a compound ("nach Polizeiangaben").

One pattern scans the entry once, only when a field is still empty (enrich.py asks). The
subject is read backwards from the verb. A person goes to the speaker, an organisation
(its last word, a country in it, its letters) to the source; a surname alone, an
organisation known only by its shape and letters are guesses.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from summit.ingest.cues import Cues, alternation
from summit.ingest.drafts import EntryDraft
from summit.ingest.finder import NameFinder
from summit.ingest.lexicon import LEXICON
from summit.ingest.nonnames import (
    CONTRACTED_PREPOSITIONS,
    is_place,
    is_time,
    may_be_a_name,
    names_an_institution,
)
from summit.ingest.organisations import person_in_office
from summit.ingest.phrases import (
    TOKEN_STRIP,
    is_organisation,
    is_reporter,
    is_role,
    looks_like_person,
    names_a_role,
    without_roles,
    words_after,
)
from summit.ingest.wordlists import GERMAN

# Verbs whose subject spoke or reported, as the subject stands right before them.
_SAYING_EN = (
    "says", "say", "said", "tells", "adds", "warns", "warned", "urges", "urged", "insists",
    "insisted", "confirms", "confirmed", "announces", "announced", "reveals", "revealed",
    "reports", "report", "reported", "claims", "claimed", "admits", "admitted", "denies",
    "denied", "defends", "defended", "apologised", "apologized", "promises", "promised",
    "pledges", "pledged", "predicts", "predicted", "concedes", "conceded", "stresses",
    "stressed", "tweets", "tweeted", "writes", "wrote", "argues", "argued", "explains",
    "explained", "acknowledges", "acknowledged", "issued", "warning", "urging", "called",
    "told", "added", "stated", "declared", "vowed", "noted", "thanks", "thanked", "refers",
    "referred", "welcomes", "welcomed", "describes", "described", "praises", "praised",
    "criticises", "criticised", "criticizes", "criticized", "condemns", "condemned",
)  # fmt: skip
_SAYING_DE = (
    "sagt", "sagte", "sagen", "sagten", "erklärt", "erklärte", "betont", "betonte", "warnt",
    "warnte", "fordert", "forderte", "kritisiert", "kritisierte", "meint", "meinte", "weist",
    "wies", "verweist", "verwies", "plädiert", "plädierte", "appelliert", "appellierte",
    "kommentiert", "resümiert", "resümierte", "verrät", "verriet", "bestätigt", "bestätigte",
    "mahnt", "mahnte", "rief", "ruft", "schreibt", "schrieb", "räumt", "räumte", "wendet",
    "wandte", "kündigt", "kündigte", "melden", "meldeten", "lobt", "lobte", "bezeichnete",
    "begrüßte", "bedauerte", "beklagte",
)  # fmt: skip
# German participles at a perfect's end: the subject stands before "hat" earlier on.
_PARTICIPLES_DE = (
    *GERMAN["statement_participles"], "gefordert", "kritisiert", "bekräftigt", "bestätigt",
    "eingeräumt", "zurückgewiesen", "aufgerufen", "appelliert", "bekanntgegeben", "verkündet",
    "beklagt", "dementiert", "bezeichnet", "gelobt", "begrüßt", "gewürdigt",
    "verurteilt", "unterstrichen", "ausgesprochen", "reagiert", "gratuliert", "gedankt",
    "bedauert", "beschrieben", "erinnert",
)  # fmt: skip
# The verbs by which a surname alone, without a role, speaks: "Espiner says", "Klopp
# claims". A German "sagt" may be half of another verb ("Der Verbund sagt die Feier ab"),
# and a capitalised word before it as likely a noun as a name.
_SAY = frozenset((
    "says", "said", "tells", "adds", "warns", "urges", "insists", "claims", "admits",
    "promises", "pledges", "concedes", "stresses", "argues", "explains",
))  # fmt: skip
# Verbs by which an organisation speaks but a person does something else: reports on what
# they see, as the page's reporters do ("Jamie Jackson reports from the Etihad"), or calls
# someone ("Clinton has called Trump"); "ABC has called the state" is a source.
_NOT_BY_PEOPLE = frozenset(("reports", "report", "reported", "called"))
# Before a verb's participle, these make it passive: "is warned by the referee".
_PASSIVE = frozenset(("is", "are", "was", "were", "be", "been", "being"))
# A word before capitalised words that makes them an object or a place: "vor der Partie
# sagt er", "the Ministry of Finance".
_PREPOSITIONS = frozenset((
    "of", "for", "in", "at", "on", "from", "with", "by", "to", "after", "before", "von",
    "vom", "vor", "nach", "in", "im", "bei", "beim", "mit", "auf", "an", "am", "zu", "zum",
    "zur", "für", "über", "unter", "aus", "des", "der", "den", "dem",
))  # fmt: skip
# Particles inside a person's name ("Ursula von der Leyen", "Van der Bellen"); a German
# article alone is no particle ("Anstieg der Briefwähler").
_NAME_PARTICLES = frozenset(("von", "van", "de", "da", "di", "du", "del", "della", "dos", "ten",
                             "ter", "bin", "zu"))  # fmt: skip
# Nouns before a name that make it an organisation's: "the human rights group HaMoked".
_ORGANISATION_NOUNS = frozenset(("group", "company", "organisation", "organization", "charity",
                                 "union", "firm", "agency", "party", "network", "broadcaster",
                                 "newspaper", "management", "gruppe", "verband", "partei",
                                 "sender", "zeitung", "unternehmen"))  # fmt: skip
# Words inside an organisation's name: "Ministry of Finance".
_LINKING = frozenset(("of", "for"))
# German verbs that report only with their particle at the clause's end: "Das Ministerium
# gibt 1295 Todesfälle bekannt", "Die Stadt teilte am Abend mit", "Berg meldet sich zu Wort".
_SEPARABLE = {
    "gibt": "bekannt", "gab": "bekannt", "geben": "bekannt", "gaben": "bekannt",
    "teilt": "mit", "teilte": "mit", "teilen": "mit", "teilten": "mit",
    "meldet": "Wort", "meldete": "Wort",
}  # fmt: skip
_PERFECT_AUXILIARIES = frozenset(("hat", "haben", "hatte", "hatten"))
# Between a subject and its verb: an auxiliary, an adverb, a day ("Macron on Sunday said").
_BETWEEN = frozenset((
    "has", "have", "had", "is", "are", "was", "were", "just", "now", "also", "since",
    "already", "earlier", "today", "tonight", "again", "previously", "hat", "haben", "hatte",
    "nun", "bereits", "auch", "jetzt", "heute", "gestern", "zudem", "am", "on", "sich",
    "darauf", "dazu",
))  # fmt: skip
# The pronoun or article that opens a clause: no name of it.
_NO_NAME = LEXICON.stopwords | LEXICON.articles | {"the", "die", "der", "das"}

_PATTERN = re.compile(
    rf"\b(?P<verb>{alternation((*_SAYING_EN, *_SAYING_DE))})\b"
    rf"|\b(?P<separable>{alternation(_SEPARABLE)})\b"
    rf"|\b(?P<participle>{alternation(_PARTICIPLES_DE)})\b"
    # "nach Polizeiangaben": the source written into the compound.
    r"|\b[Nn]ach\s+(?P<compound>[A-ZÄÖÜ][a-zäöüß]+?)angaben\b"
    # "nach Einschätzung der US-Regierung": whose view the entry reports.
    r"|\b[Nn]ach\s+(?:Einschätzung|Darstellung)\s+(?P<assessed>(?:der|des|von)\s)",
)
# Tried only where one of its first words stands (cues.py): most entries hold few.
_REPORTING_CUES = Cues(_PATTERN, [*_SAYING_EN, *_SAYING_DE, *_SEPARABLE, *_PARTICIPLES_DE, "nach"])
# A clause's start: the words of a subject stand after it.
_CLAUSE_END = re.compile(r"[.!?;:\n\"„“”«»]")
# A name in quotation marks is a name: "die »Bild« berichtet".
_QUOTED_NAME = re.compile(r"[\"„“”«»]([A-ZÄÖÜ][\w-]*)[\"„“”«»]")
# Where a perfect's auxiliary is looked for: a quoted title is no clause's end
# ("hat in den ARD-„Tagesthemen“ angekündigt").
_SENTENCE_END = re.compile(r"[.!?;:\n]")
# "Labour's deputy leader, Tom Watson, says": a name between commas after a role.
_APPOSED = re.compile(r",\s+((?:[A-ZÄÖÜ][\w'’-]+\s+){1,2}[A-ZÄÖÜ][\w'’-]+),\s*\Z")
# Words for many people, no one's name: "Seismologists had said".
_PLURALS = ("ists", "ians", "ers")
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,8}")
_WINDOW = 160


class ReportedFinder(NameFinder):
    """Fills an entry's empty speaker or source from its reporting sentences."""

    def _reported(self, draft: EntryDraft, text: str) -> None:
        if draft.speaker and draft.source:
            return
        speaker, source = None, None
        recap = self._recap  # its people speak in the entries it sums up
        for match in _REPORTING_CUES.finditer(text, self._lowered):
            found = self._reported_at(match, text)
            if found is None:
                continue
            kind, name, guessed = found
            if kind == "speaker" and (recap or (source and name == source[0])):
                continue  # "the group HaMoked says … HaMoked said": the group again
            if kind == "speaker" and speaker is None:
                speaker = (name, guessed)
            elif kind == "source" and source is None:
                source = (name, guessed)
            if speaker and source:
                break
        if speaker and not draft.speaker and speaker[0] != draft.source:
            draft.speaker, draft.new_speaker = self._known_or_new(self.known.speakers, speaker[0])
            draft.speaker_guessed = speaker[1]
            _unwarn(draft, _("Kein Sprecher erkannt."))
        if source and not draft.source and source[0] != draft.speaker:
            draft.source, draft.new_source = self._known_or_new(self.known.sources, source[0])
            draft.source_guessed = source[1]
            _unwarn(draft, _("Keine Quelle erkannt."))

    def _reported_at(self, match: re.Match[str], text: str) -> tuple[str, str, bool] | None:
        """("speaker" or "source", the name, whether a guess) for one match, or None."""
        verb, participle, compound, assessed = match.group(
            "verb", "participle", "compound", "assessed"
        )
        if compound:
            return ("source", compound, False) if is_organisation([compound]) else None
        if assessed:
            words = words_after(text, match.start("assessed"), count=5)
            name = self._organisation(words, None, text, article=words[0].lower())
            return ("source", name, False) if name else None
        start = match.start()
        separable = match.group("separable")
        if separable and not _particle_follows(text, match.end(), _SEPARABLE[separable]):
            return None  # "gibt es", "teilte sich": no report
        if participle:
            auxiliary = _auxiliary_before(text, start)
            if auxiliary is None:
                return None
            start = auxiliary
        elif _passive_or_unsaid(text, match):
            return None
        apposed = _apposed_name(text, start)
        if apposed:
            name = self._person(apposed, text)
            return ("speaker", name, False) if name and " " in name else None
        subject = _subject_before(text, start)
        if subject is None:
            return None
        before, run, article = subject
        opens = not before and not article and _opens_sentence(text, start, run[0])
        return self._subject(run, before, article, (verb or "").lower(), text, opens=opens)

    def _subject(
        self, run: list[str], before: str, article: str, verb: str, text: str, *, opens: bool
    ) -> tuple[str, str, bool] | None:
        """What a verb's subject names: a known name, an organisation or a person."""
        name = " ".join(run)
        known = self._known_source(name)
        if known:
            return "source", known, False
        if not _LINKING.isdisjoint(run):
            if person_in_office(run):
                return None  # "Hospital Head of Surgery Anna Berg": she speaks, as the speaker
            # "Ministry of Finance", "United Nations High Commissioner for Refugees"
            linked = any(is_organisation([word]) for word in run) or not may_be_a_name(run)
            return ("source", name, False) if linked else None
        person = without_roles(run)
        if person and len(person) < len(run):
            return self._person_subject(person, [*run, before], verb, text)
        if any(is_organisation([word]) for word in run):
            return "source", name, False  # "Arbeitsgericht Berlin", "Scotland Yard"
        if (len(run) == 1 and is_place(run[0])) or not (
            may_be_a_name(run) or names_an_institution(run)
        ):
            return None  # "India reports", "New Mexico says": a place is no source of its own
        institution = (
            any(map(is_place, run))
            or names_an_institution(run)
            or before.lower() in _ORGANISATION_NOUNS
            or run[-1].lower() in _ORGANISATION_NOUNS
            or (len(run) == 1 and _ACRONYM.fullmatch(run[0]) and not is_role(run[0]))
            or (len(run) == 1 and article == "the")
        )
        if institution:
            return "source", name, True  # "Traffic Scotland is urging", "ECI says"
        return self._person_subject(person, [before], verb, text, opens=opens)

    def _person_subject(
        self, person: list[str], around: list[str], verb: str, text: str, *, opens: bool = False
    ) -> tuple[str, str, bool] | None:
        """The speaker a verb's subject names; around: the words of its role before it;
        opens: whether the name opens its sentence ("Espiner says …", not "…, Masipa says":
        a surname alone speaks only so, as a guess)."""
        roles = [word for word in around if is_role(word)]
        if not person or verb in _NOT_BY_PEOPLE or any(map(is_reporter, roles)):
            return None  # "Jamie Jackson reports from the Etihad": the page's reporter
        if len(person) > 1:
            found = self._person(person, text)
            return ("speaker", found, False) if found else None
        if roles or (opens and verb in _SAY and not person[0].lower().endswith(_PLURALS)):
            return self._surname(person[0], text)
        return None

    def _surname(self, word: str, text: str) -> tuple[str, str, bool] | None:
        """A surname alone: the full name the import writes, else the surname, a guess."""
        if not looks_like_person([word]) or is_place(word) or self._known_source(word):
            return None
        known = self._known_person([word])
        if known:
            return "speaker", known, False
        full = self._full_name(word, text)
        return "speaker", full or word, True


def _particle_follows(text: str, position: int, particle: str) -> bool:
    """Whether a separable verb's particle closes its sentence: "gibt … bekannt"."""
    found = _SENTENCE_END.search(text, position)
    sentence = text[position : found.start() if found else len(text)]
    return particle in sentence.replace(",", " ").split()


def _passive_or_unsaid(text: str, match: re.Match[str]) -> bool:
    """ "Evan Bush is warned by the referee", "Plane said to carry …", "sagt er": the words
    before the verb are no speaking subject."""
    after = text[match.end() : match.end() + 12].split()[:1]
    if after and after[0] in ("to", "by", "er", "sie", "es"):  # "he says she will" speaks
        return True
    before = text[max(0, match.start() - 12) : match.start()].split()[-1:]
    return bool(before) and before[0].lower() in _PASSIVE and match.group(0).endswith("ed")


def _opens_sentence(text: str, position: int, first: str) -> bool:
    """Whether the word first, before position, opens a sentence or a line."""
    at = text.rfind(first, max(0, position - _WINDOW), position)
    opening = text[max(0, at - 3) : at].rstrip(" \t")
    return at == 0 or not opening or opening.endswith(("\n", ".", "!", "?", "|"))


def _auxiliary_before(text: str, position: int) -> int | None:
    """Where "hat" stands in the clause before a participle: "Laschet (CDU) hat angekündigt"."""
    start = max(0, position - _WINDOW)
    window = text[start:position]
    cut = max((found.end() for found in _SENTENCE_END.finditer(window)), default=0)
    words = list(re.finditer(r"\S+", window[cut:]))
    for found in reversed(words):
        if found.group(0) in _PERFECT_AUXILIARIES:
            return start + cut + found.start()
    return None


def _apposed_name(text: str, position: int) -> list[str]:
    """The name in "role, Name, verb" when a role opens the clause before it."""
    window = text[max(0, position - _WINDOW) : position]
    found = _APPOSED.search(window)
    if not found:
        return []
    opening = window[: found.start()]
    cut = max((end.end() for end in _CLAUSE_END.finditer(opening)), default=0)
    words = [word.strip(TOKEN_STRIP) for word in opening[cut:].split()]
    if not any(map(names_a_role, words)):
        return []
    return found.group(1).split()


def _subject_before(text: str, position: int) -> tuple[str, list[str], str] | None:
    """The capitalised words right before a verb in its clause, the word before them and
    whether an article opened them: past an auxiliary, an adverb, a day or a party in
    brackets ("Kurti (ÖVP) hat"). None where they follow a preposition ("vor der Partie")."""
    window = _QUOTED_NAME.sub(r"\1", text[max(0, position - _WINDOW) : position])
    cut = max((found.end() for found in _CLAUSE_END.finditer(window)), default=0)
    clause = re.sub(r"\([^()]*\)", " ", window[cut:])
    if "," in clause:
        clause = clause[clause.rindex(",") + 1 :]
    words = [word.strip(TOKEN_STRIP) for word in clause.split()]
    words = [word for word in words if word]
    end = len(words)
    while end and (words[end - 1].lower() in _BETWEEN or is_time(words[end - 1])):
        end -= 1
    start = _lowercase_organisation_start(words, end)
    while start and (
        words[start - 1][:1].isupper()
        or (start < end and words[start - 1].lower() in _NAME_PARTICLES)
        or (
            start >= 2
            and start < end
            and words[start - 1] in _LINKING
            and words[start - 2][:1].isupper()
        )
        or (
            start >= 2 and words[start - 1] in ("der", "den") and words[start - 2] in ("von", "van")
        )
    ):
        start -= 1
    run = words[start:end]
    if run and run[0][:1].islower():
        return None  # "the stewards have said", a particle left alone
    article = ""
    if run and run[0].lower() in CONTRACTED_PREPOSITIONS:
        return None  # "Zum Thema Afrika sagt Merkel": the subject follows the verb
    while run and run[0].lower() in _NO_NAME:
        article = run[0].lower() if run[0].lower() in LEXICON.articles else article
        run = run[1:]  # "The", "Die": the clause's first word
    owners = [index for index, word in enumerate(run) if word.endswith(("'s", "’s"))]
    if owners:
        run = run[owners[-1] + 1 :]  # "National's campaign manager Gerry Brownlee"
    before = words[start - 1] if start else ""
    if article and start:
        before = ""
    if not run or before.lower() in _PREPOSITIONS:
        return None
    return before, run, article


def _lowercase_organisation_start(words: list[str], end: int) -> int:
    """Where an organisation's name begins that ends in lowercase words, the last an
    organisation's ("Central Scotland police", "the Israeli army radio"); else end."""
    start = end
    while start and end - start < 2 and words[start - 1][:1].islower():
        start -= 1
        if start == end - 1 and not is_organisation([words[start]]):
            return end
    while (
        start < end
        and words[start][:1].islower()
        and (start == 0 or not words[start - 1][:1].isupper())
    ):
        start += 1  # "the radio": no capitalised word opens it
    return start


def _unwarn(draft: EntryDraft, message: str) -> None:
    """The finder's warning of a field found after all."""
    draft.warnings = [warning for warning in draft.warnings if warning != message]

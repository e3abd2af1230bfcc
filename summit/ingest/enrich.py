"""Enrich drafts: speaker, source and tags from known names, aliases, attribution cues and keywords.

Every detection comes from the entry's own words: a known name or alias, an attribution
("sagte Müller", "Müller erklärte", "Müller: …", "said Smith"), a source cue ("laut",
"Quelle:", "in einem Interview mit der Zeitung …", "berichtet", "according to") or a
tag keyword. A name nobody knows yet is only taken when it reads as a person's full
name (for speakers) or a proper name after a cue (for sources); it becomes a new
speaker or source when the import is applied, and the draft says so. What cannot be
detected stays empty, with a warning. The words these cues are made of are in
lexicon.py; what the database knows is in names.py.

An organisation that speaks ("twitterte die Polizei", "The Weather Service warned") or
that a person spoke to ("sagte Anna Berg der Bild") is the source. What only a weak cue
gives is marked as guessed (speaker_guessed / source_guessed): a person named after a
role without any attribution, a surname alone before "ist der Meinung", an account
("@Office says"), an agency named without a cue, the organisation behind a spokesperson
("ein Polizeisprecher") or behind a word referring back to it ("die Behörde").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from summit.ingest.drafts import EntryDraft
from summit.ingest.lexicon import LEXICON, OUTLETS, alternation
from summit.ingest.names import KnownNames, NameIndex, Outlets, RoleIndex, TagMatcher
from summit.ingest.phrases import (
    TOKEN_STRIP,
    Cues,
    first_name_before,
    is_adjective,
    is_capitalised,
    is_organisation,
    is_role,
    looks_like_person,
    lowercase_of,
    name_after,
    name_before,
    name_words,
    organisation_of_role,
    words_after,
    words_before,
)
from summit.ingest.said import entry_text
from summit.ticker.models import normalise_name

__all__ = ["Enricher", "KnownNames", "NameIndex", "RoleIndex", "TagMatcher"]

# One scan finds every attribution cue; what the cue is decides where the name stands:
# after it ("sagte Müller", "so Müller", "laut Müller"), before it ("Müller erklärte",
# "Müller ist der Ansicht"), or both for speech verbs.
_ATTRIBUTION = re.compile(
    rf"(?i:\b(?:(?P<verb>{alternation(LEXICON.speech_verbs)})"
    rf"|(?P<after>{alternation(LEXICON.name_after)})"
    rf"|(?P<before>{alternation(LEXICON.name_before)}))\b)"
)
# "so der französische Präsident": a role after the cue instead of a name.
_ROLE_PHRASE = re.compile(
    rf"\s+(?i:{alternation(LEXICON.role_articles)})\s+((?:[\w-]+\s+){{0,2}}[\w-]+)"
)
_APPOSITIVE = re.compile(
    r"[^,.;:!?\n]{0,80}?,\s+((?:[A-ZÄÖÜ][\w'-]+\s+){1,2}[A-ZÄÖÜ][\w'-]+)\s*[,.;]"
)
# Who writes the ticker is not who speaks in it: "dpa-Korrespondent Max Beispiel".
_REPORTERS = ("autor", "autorin", "journalist", "journalistin", "korrespondent",
              "korrespondentin", "reporter", "correspondent")  # fmt: skip
_NO_VERB = LEXICON.stopwords | {"an", "und", "and", "of", "for", "at", "on"}
# A sentence's subject: a role, a first name and a surname, then a lowercase word (a verb).
_ROLE_NAME = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?:[^.!?:\n]{0,40}?\s)?([\w-]+)\.?\s+"
    r"([A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+)\s+([a-zäöüß]+)",
    re.MULTILINE,
)
_HEADLINE_SPEAKER = re.compile(r"^([^:]{2,60}):\s")
_SENTENCE_START = r'(?:^|(?<=[.!?\n])\s*|(?<=[.!?]["“”»«])\s*)'
_PERSON_WORDS = r"((?:[A-ZÄÖÜ][\w'’-]+\s+){1,3}[A-ZÄÖÜ][\w'’-]+)"
# "Tom Harker speaks" over a body that is a quotation: the headline names its speaker.
_HEADLINE_SUBJECT = re.compile(_PERSON_WORDS + r"\s+[a-zäöüß]")
_QUOTE_MARKS = "\"„“”«»‚‘'"
# "Jonas Weber beruhigt: …": a name and one verb before a colon, first in its sentence.
_NAME_VERB_COLON = re.compile(_SENTENCE_START + _PERSON_WORDS + r"\s+[a-zäöüß]+\Z")
_NAME_COLON = re.compile(_SENTENCE_START + _PERSON_WORDS + r"\Z")
# "Karl Brenner, Landesforstpräsident und Geschäftsführer, warnte …": a name first in its
# sentence, a role between commas, then the verb.
_APPOSED_SUBJECT = re.compile(
    _SENTENCE_START + _PERSON_WORDS + r',\s+([^,.;:!?\n"„“”«»]{3,120}),\s*\Z'
)
_SPEECH_VERBS = frozenset(verb.lower() for verb in LEXICON.speech_verbs)
# Source cues that are verbs: the source after them is their subject ("meldete die Polizei").
_VERB_CUES = _SPEECH_VERBS | {
    verb.lower() for verb in (*LEXICON.source_before, *LEXICON.source_as_verbs)
}
_HEADLINE_SEGMENTS = re.compile(r"\s*(?::|\s[–—-])\s+")

_ATTRIBUTION_CUES = Cues(
    _ATTRIBUTION, [*LEXICON.speech_verbs, *LEXICON.name_after, *LEXICON.name_before]
)
_SOURCE_REST = re.compile(rf"(?i:\b(?:{alternation(LEXICON.source_labels)}):)\s*([^·|;\n]{{1,80}})")
_SOURCE_AFTER = re.compile(rf"(?i:\b(?:{alternation(LEXICON.source_after)}))\b")
_SOURCE_BEFORE = re.compile(rf"(?i:\b(?:{alternation(LEXICON.source_before)}))\b")
_AGENCY_DATELINE = re.compile(r"\(([A-Za-z][\w ./-]{1,30})\)\s*(?:[-–—]|$)", re.MULTILINE)
# "wie die Polizei am Montag mitteilte": the source between "wie" and the verb.
_REPORTED_AS = re.compile(
    r"(?i:\bwie\b)\s+((?:[\w-]+\s+){1,6}?)(?:\([^()\n]{0,30}\)\s+)?"
    rf"(?i:(?:{alternation(LEXICON.source_as_verbs)}))\b"
)
# Photo credits name an agency that took a picture, not one that reported anything.
_CREDIT = re.compile(
    r"(?i:\b(?:foto|fotos|bild|bilder|image|photo|photograph|picture|credit)s?:"
    r"|©|\(c\)|\bphoto\s+by\b|\bfoto\s+von\b)[^\n]*"
)
# "Anna Berg/AFP via Getty Images": the line's agency took the picture.
_GETTY_CREDIT = re.compile(r"[^\n]{0,60}\bvia Getty Images\b[^\n]*")
_OUTLETS = Outlets(OUTLETS)
_PUBLISHER_MENTIONS = 3
_SOURCE_REST_CUES = Cues(_SOURCE_REST, LEXICON.source_labels)
_REPORTED_AS_CUES = Cues(_REPORTED_AS, ["wie"])
_SOURCE_AFTER_CUES = Cues(_SOURCE_AFTER, LEXICON.source_after)
_SOURCE_BEFORE_CUES = Cues(_SOURCE_BEFORE, LEXICON.source_before)
_NATIONAL = re.compile(r"isch(?:e|en|er|es|em)$")
# English words for where people are from: "Palestinian", "Chinese", "British", "Israeli".
_DEMONYM = re.compile(r"(?:an|ese|ish|i|ch)$")
# An account that speaks: "@CityMayorOffice says …".
_HANDLE_SAYS = re.compile(
    rf"(?<![\w@])@(\w{{3,30}})\s+(?:{alternation([*LEXICON.speech_verbs, *LEXICON.handle_verbs])})\b"
)


def _names_nobody(before: list[str], text: str, end: int) -> bool:
    """ "Delays are being reported" (passive), "Additional reports:" (a label)."""
    return bool(before and before[-1].lower() in LEXICON.auxiliaries) or text.startswith(":", end)


_ROLE_OF = re.compile(r"([\w-]+)\s+(?:of|for)\s+\Z")


def _after_role_of(text: str, position: int) -> bool:
    """Whether a word completes a role: "Secretary of State", "Minister for Health"."""
    found = _ROLE_OF.search(text, max(0, position - 40), position)
    return found is not None and is_role(found.group(1))


_LONG_SOURCE_NOUNS = tuple(noun for noun in LEXICON.source_nouns if len(noun) >= 6)


def _is_source_noun(lower: str) -> bool:
    """A kind of source, also as the end of a compound: "Medienberichten", "Polizeiangaben"."""
    return lower in LEXICON.source_nouns or (len(lower) > 8 and lower.endswith(_LONG_SOURCE_NOUNS))


def _organisation_before(words: list[str]) -> list[str]:
    """The capitalised words before a verb, with "of" inside: "The Ministry of Defence"."""
    run: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        name = is_capitalised(word) and lower not in LEXICON.stopwords
        inside = bool(run) and lower in LEXICON.name_particles and lower not in LEXICON.articles
        if not (name or inside):
            break
        run.insert(0, word)
    while run and not is_capitalised(run[0]):
        run = run[1:]
    return run


# What every credit starts with, in lowercase; "ı", "İ" and "ſ" match "i" and "s" in a
# pattern's (?i) though str.lower() keeps them apart, so a text with them is read in full.
_CREDIT_STARTS = ("foto", "bild", "image", "photo", "picture", "credit", "©", "(c)")
_FOLDED_BY_PATTERNS_ONLY = ("ı", "İ", "ſ")


def _may_hold_credit(text: str) -> bool:
    """False when no credit can stand in the text: most entries, read without the pattern."""
    lowered = text.lower()
    return any(start in lowered for start in _CREDIT_STARTS) or any(
        char in text for char in _FOLDED_BY_PATTERNS_ONLY
    )


def _without_credits(text: str) -> str:
    """The text without its photo credits ("Foto: dpa", "© Reuters", "AFP via Getty Images")."""
    if _may_hold_credit(text):
        text = _CREDIT.sub("", text)
    return _GETTY_CREDIT.sub("", text) if "Getty Images" in text else text


def _opens_a_name(word: str) -> bool:
    """An article or a capitalised word, not "am", "zuvor", "unter"."""
    return word.lower() in LEXICON.articles or is_capitalised(word)


def _refers_back(name: str) -> bool:
    """ "die Behörde", "der Staatsbetrieb": a word for an organisation named elsewhere."""
    return name.lower() in LEXICON.back_references


_SUBJECT = re.compile(r"((?:[A-ZÄÖÜ][\w'’-]+\s+){0,3}[A-ZÄÖÜ][\w'’-]+)\s+[a-zäöüß]")


def _organisation_subject(text: str) -> str | None:
    """An organisation opening the headline or the body: "Berliner Feuerwehr beendet …",
    "Die Polizei hat …"."""
    title, _newline, body = text.partition("\n")
    openings = [*_HEADLINE_SEGMENTS.split(title), body.lstrip()]
    for opening in openings:
        found = _SUBJECT.match(opening)
        if not found:
            continue
        words = found.group(1).split()
        while words and words[0].lower() in LEXICON.articles:
            words = words[1:]
        if words and is_organisation(words) and not _refers_back(words[-1]):
            return " ".join(words)
    return None


def _is_recap(text: str) -> bool:
    """Whether an entry opens as a recap ("Here's a recap", "Der Überblick"): the people it
    names after their roles are many, none of them the entry's speaker."""
    opening = text[:300].lower()
    return any(word in opening for word in LEXICON.recap_words)


def _cue_completed(cue: str, after: list[str]) -> bool:
    """Whether a cue that needs a later word has it: "ließ Anna Berg wissen"."""
    needed = LEXICON.name_after_completed_by.get(cue)
    return not needed or any(word.lower() in needed for word in after)


def _ends_so_clause(after: list[str], name: list[str]) -> bool:
    """ "…, so Müller." or "so Müller weiter" end an attribution; "so Leeds have some
    thinking to do" is another sentence."""
    if not name or name[-1] not in after:
        return True
    rest = after[len(after) - after[::-1].index(name[-1]) :]
    return not rest or rest[0].lower() in LEXICON.after_so_name


def _after_wie(before: list[str]) -> list[str]:
    """The name in "wie Bundesinnenministerin Nora Feld in Berlin sagt"."""
    lowered = [word.lower() for word in before]
    if "wie" not in lowered:
        return []
    return name_after(before[len(lowered) - lowered[::-1].index("wie") :])


def _is_opinion_cue(cue: str | None) -> bool:
    return cue is not None and " ".join(cue.lower().split()) in LEXICON.opinion_cues


def _nominative(word: str) -> str:
    """A name after "des" without its genitive s: "des Außenministeriums" -> Außenministerium
    ("des Hauses", "des Kosmos" keep theirs)."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "es", "us", "os", "is")):
        return word[:-1]
    return word


def _named_again(surname: str, body: str) -> bool:
    """Whether the body names the person again: not after a number or a lowercase word
    ("372 Einsätze", "die Einsätze" are things, not a person)."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}\b", body):
        before = body[max(0, match.start() - 40) : match.start()].split()[-1:]
        if not before:
            return True
        word = before[0]
        if not (word[:1].islower() or word[:1].isdigit() or word.lower() in LEXICON.articles):
            return True
    return False


@dataclass
class _Candidates:
    """Scores per name; the best-scored (earliest on a tie) wins."""

    scores: Counter[str] = field(default_factory=Counter)
    first_seen: dict[str, int] = field(default_factory=dict)
    # Names found by a strong cue (score 2 and more): the others are guesses.
    strong: set[str] = field(default_factory=set)

    def add(self, name: str, score: int, position: int) -> None:
        self.scores[name] += score
        self.first_seen.setdefault(name, position)
        if score >= 2:
            self.strong.add(name)

    def guessed(self, name: str | None) -> bool:
        return name is not None and name not in self.strong

    def best(self) -> str | None:
        if not self.scores:
            return None
        return min(self.scores, key=lambda name: (-self.scores[name], self.first_seen[name]))


class Enricher:
    """Speaker, source and tags for each draft of one import."""

    def __init__(
        self,
        known: KnownNames,
        *,
        default_source: str | None = None,
        extra_tags: Iterable[str] = (),
    ) -> None:
        self.known = known
        self.default_source = default_source
        self.extra_tags = list(extra_tags)
        self._texts: list[str] = []  # the import's entry texts, for full names
        self._full_names: dict[str, str | None] = {}
        # Organisations the last entry's speech verbs named ("twitterte die Polizei"),
        # with their positions: sources, read by _source right after _speaker.
        self._spoken_by: list[tuple[str, int, int]] = []  # (name, score, position)
        # The first single name at a speech verb that is no person ("warnt Sachsenforst").
        self._speaking_name = ""

    def enrich(self, drafts: list[EntryDraft], texts: list[str] | None = None) -> None:
        """texts: the drafts' entry_text when the caller has made them already."""
        if texts is None:
            texts = [entry_text(draft.title, draft.body) for draft in drafts]
        self._texts = texts
        self._full_names = {}
        # Tuples: the many entries naming no agency share the one empty tuple.
        mentions = [_OUTLETS.mentioned(_without_credits(text)) for text in texts]
        # An outlet named without a cue in many entries is the ticker's own: no source.
        counts = Counter(outlet for named in mentions for outlet in named)
        publishers = {outlet for outlet, count in counts.items() if count >= _PUBLISHER_MENTIONS}
        for draft, text, named in zip(drafts, texts, mentions, strict=True):
            self._speaker(draft, text)
            self._source(draft, text, [name for name in named if name not in publishers])
            self._tags(draft, text)

    # -- speakers --------------------------------------------------------------------

    def _speaker(self, draft: EntryDraft, text: str) -> None:
        self._spoken_by = []
        self._speaking_name = ""
        if draft.speaker:
            draft.speaker, draft.new_speaker = self._known_or_new(
                self.known.speakers, draft.speaker
            )
            return
        found, guessed = self._detect_speaker(draft.title, text)
        if found is None:
            draft.warn(_("Kein Sprecher erkannt."))
            return
        draft.speaker, draft.new_speaker = self._known_or_new(self.known.speakers, found)
        draft.speaker_guessed = guessed

    @staticmethod
    def _known_or_new(index: NameIndex, name: str) -> tuple[str, bool]:
        canonical = index.resolve(name)
        return (canonical, False) if canonical else (" ".join(name.split()), True)

    def _detect_speaker(self, title: str, text: str) -> tuple[str | None, bool]:
        """The speaker, and whether only a weak cue named them (a guess to check)."""
        candidates = _Candidates()
        headline = _HEADLINE_SPEAKER.match(title)
        if headline:
            name = self._person(headline.group(1).split(), text)
            # "Hunderte Einsätze: …" is a topic; a speaker's name comes back in the body.
            known = name and self.known.speakers.resolve(name)
            if name and (known or _named_again(name.split()[-1], text.partition("\n")[2])):
                candidates.add(name, 3, 0)
        quoted = any(mark in text for mark in _QUOTE_MARKS[:6])
        for segment in _HEADLINE_SEGMENTS.split(title):
            words = segment.split()
            # "Berg warnt vor …" names a speaker; "Berg gewinnt den Pokal" only a subject,
            # unless the body quotes someone ("Berg findet lobende Worte" / „…“).
            verb = words[1] if len(words) > 1 else ""
            if verb.lower() in _SPEECH_VERBS or (quoted and verb[:1].islower()):
                subject = words[0].strip(TOKEN_STRIP)
                name = self.known.speakers.resolve(subject) or self._full_name(
                    subject, text, batch=False
                )
                if name:
                    candidates.add(name, 2, 0)
        self._quoted_headline(title, text, candidates)
        self._before_colons(text, candidates)
        present: set[str] | None = None
        for match in _ATTRIBUTION_CUES.finditer(text, lowercase_of(text)):
            names: list[list[str]] = []
            cue = (match["after"] or "").lower()
            if not match["before"]:
                after = words_after(text, match.end())
                run = name_after(after)
                if _cue_completed(cue, after):
                    names.append(run if cue != "so" or _ends_so_clause(after, run) else [])
                    names.append(self._appositive(after, text, match.end()))
                if match["verb"]:
                    self._organisation_speaks(run, match.start())
                    self._told_outlet(after, run, match.start())
            if not match["after"] or cue == "so":
                role = _ROLE_PHRASE.match(text, match.end())
                if role:
                    present = (
                        present if present is not None else self.known.speakers.mentioned(text)
                    )
                    by_role = self.known.roles.resolve(role.group(1), present)
                    if by_role:
                        candidates.add(by_role, 1, match.start())
            if not match["after"]:
                before = words_before(text, match.start(), count=6)
                names.append(name_before(before))
                if match["verb"]:
                    names.append(_after_wie(before))
                    names.append(self._apposed_subject(text, match.start()))
                    self._organisation_speaks(_organisation_before(before), match.start())
                elif self._opinion_holder(match["before"], before):
                    candidates.add(before[0], 1, match.start())  # "Brenner ist der Meinung"
            for words in names:
                name = self._person(words, text)
                if name:
                    candidates.add(name, 2, match.start())
                elif len(words) == 1 and looks_like_person(words) and self._after_role(words, text):
                    candidates.add(words[0], 1, match.start())  # "Präsident Macron sagte"
                elif len(words) == 1 and match["verb"] and not self._speaking_name:
                    self._speaking_name = words[0]  # "warnt Sachsenforst": no known person
        if not candidates.scores:
            self._handles(text, candidates)
        if not candidates.scores and not _is_recap(text):
            self._role_names(text, candidates)
        best = candidates.best()
        return best, candidates.guessed(best)

    def _opinion_holder(self, cue: str | None, before: list[str]) -> bool:
        """A surname alone, first in its clause, before "ist der Meinung"."""
        return (
            _is_opinion_cue(cue)
            and len(before) == 1
            and looks_like_person(before)
            and not self._known_source(before[0])
        )

    def _quoted_headline(self, title: str, text: str, candidates: _Candidates) -> None:
        """A headline's subject whose body is a quotation: "Tom Harker speaks" / "„…“"."""
        body = text.partition("\n")[2].lstrip()
        if not body or body[0] not in _QUOTE_MARKS:
            return
        found = _HEADLINE_SUBJECT.match(title)
        if found:
            name = self._person(found.group(1).split(), text)
            if name and len(name.split()) > 1:
                candidates.add(name, 2, 0)

    def _before_colons(self, text: str, candidates: _Candidates) -> None:
        """A full name and a verb before a colon: "Jonas Weber beruhigt: …"."""
        colon = text.find(": ")
        while colon != -1:
            found = _NAME_VERB_COLON.search(text, max(0, colon - 60), colon)
            if not found and text[colon + 2 : colon + 3] in _QUOTE_MARKS[:6]:
                # "Anna Berg: »Wir bleiben.«": a name and a quotation after the colon.
                found = _NAME_COLON.search(text, max(0, colon - 60), colon)
            if found:
                name = self._person(found.group(1).split(), text)
                if name and len(name.split()) > 1:
                    candidates.add(name, 2, colon)
            colon = text.find(": ", colon + 2)

    def _apposed_subject(self, text: str, position: int) -> list[str]:
        """The name before a role between commas and the verb: "Karl Brenner,
        Landesforstpräsident des Landes, warnte", "Mara Linde, head of …, says"."""
        if text[max(0, position - 2) : position].strip() != ",":
            return []
        found = _APPOSED_SUBJECT.search(text, max(0, position - 200), position)
        if not found:
            return []
        apposition = found.group(2).split()
        if any(is_role(word) or word.lower() in LEXICON.apposition_roles for word in apposition):
            return found.group(1).split()
        return []

    def _organisation_speaks(self, words: list[str], position: int) -> None:
        """An organisation as a speech verb's subject or object is the entry's source:
        "twitterte die Polizei", "The National Weather Service warned"."""
        if not words:
            return
        name = " ".join(words)
        known = self._known_source(name)
        if known or (
            any(is_organisation([word]) for word in words) and not looks_like_person(words)
        ):
            self._spoken_by.append((known or name, 2, position))

    def _told_outlet(self, after: list[str], run: list[str], position: int) -> None:
        """Whom a statement was given to: "sagte Anna Berg der Bild" (the outlet is the
        source); who spoke for an organisation: "sagte ein Polizeisprecher" (a guess).
        run: the name after the verb."""
        person = len(run) > 1 and run[-1] in after and looks_like_person(run)
        rest = after[after.index(run[-1]) + 1 :] if person else []
        if rest and rest[0].lower() == "gegenüber":
            rest = rest[1:]  # "sagte Anna Berg gegenüber der Bild"
        if len(rest) > 1 and rest[0].lower() in ("der", "dem"):  # not "der Leiter der Behörde"
            outlet = self._organisation(rest, None, "")
            if outlet and not (" " in outlet and looks_like_person(outlet.split())):
                self._spoken_by.append((outlet, 2, position))
        for word in after[:3]:
            organisation = organisation_of_role(word)
            if organisation:
                self._spoken_by.append((organisation, 1, position))

    def _handles(self, text: str, candidates: _Candidates) -> None:
        """An account that speaks: "@CityMayor says …" (a guess: it may be an office's)."""
        if "@" not in text:
            return  # most entries name no account
        for match in _HANDLE_SAYS.finditer(text):
            handle = match.group(1)
            if not self._known_source(handle):
                candidates.add(
                    self.known.speakers.resolve(handle) or f"@{handle}", 1, match.start()
                )

    def _role_names(self, text: str, candidates: _Candidates) -> None:
        """Without any attribution, a person named after a role is a guess:
        "Außenministerin Anna Berg hat …", "City Mayor Eric Stone urged …"."""
        for match in _ROLE_NAME.finditer(text):
            words = match.group(2).split()
            verb = match.group(3)
            role = match.group(1).lower()
            if (
                (is_role(role) or _after_role_of(text, match.start(1)))
                and not role.endswith(_REPORTERS)
                and looks_like_person(words)
                and verb not in _NO_VERB
            ):
                candidates.add(self._known_person(words) or " ".join(words), 1, match.start())

    @staticmethod
    def _appositive(words: list[str], text: str, position: int) -> list[str]:
        """The name after a role and a comma: "sagt der Gouverneur von Luhansk, Serhij Hajdaj"."""
        if not any(is_role(word) or word.lower() in LEXICON.apposition_roles for word in words):
            return []
        found = _APPOSITIVE.match(text, position)
        return found.group(1).split() if found else []

    @staticmethod
    def _after_role(words: list[str], text: str) -> bool:
        """Whether a surname follows a role word: "Präsident Macron", "President Macron"."""
        before = re.search(rf"([\w-]+)\s+{re.escape(words[0])}\b", text)
        return before is not None and is_role(before.group(1))

    def _person(self, words: list[str], text: str) -> str | None:
        """A known speaker, or an unknown person's full name, or None (a place, a pronoun)."""
        words = [word.strip(TOKEN_STRIP) for word in words if word.strip(TOKEN_STRIP)]
        if not words or len(name_words(words)) > 3:
            return None
        known = self._known_person(words)
        if known:
            return known
        if not looks_like_person(words) or self.known.sources.resolve(" ".join(words)):
            return None
        if len(words) >= 2:
            return " ".join(words)
        return self._full_name(words[0], text)

    def _known_person(self, words: list[str]) -> str | None:
        for start in range(len(words)):
            known = self.known.speakers.resolve(" ".join(words[start:]))
            if known:
                return known
        return None

    def _full_name(self, surname: str, text: str, *, batch: bool = True) -> str | None:
        """An unknown surname's full name as written nearby ("Anna Berg"), if it is written.

        The most frequent spelling in the whole import wins (the Merkel of one entry is the
        Angela Merkel of another, and one "Angella" does not make a second person);
        with batch=False the entry itself must name the person in full.
        """
        if not looks_like_person([surname]):
            return None
        local = first_name_before(surname, text)
        if not (local or batch):
            return None
        if surname not in self._full_names:
            self._full_names[surname] = first_name_before(surname, *self._texts)
        return self._full_names[surname] or local

    # -- sources ---------------------------------------------------------------------

    def _source(self, draft: EntryDraft, text: str, named: list[str]) -> None:
        found, guessed = draft.source, False
        if not found:
            found, guessed = self._detect_source(text, draft.speaker, named)
        if not found:
            found, guessed = self.default_source, False
        if not found:
            draft.warn(_("Keine Quelle erkannt."))
            return
        draft.source, draft.new_source = self._known_or_new(self.known.sources, found)
        draft.source_guessed = guessed

    def _detect_source(
        self, text: str, speaker: str | None, named: list[str]
    ) -> tuple[str | None, bool]:
        """The source, and whether it is only named without a cue (a guess to check);
        named: the agencies the entry names, the ticker's own outlet left out."""
        candidates = _Candidates()
        lowered = lowercase_of(text)
        for spoken_by, score, position in self._spoken_by:
            candidates.add(spoken_by, score, position)
        for match in _SOURCE_REST_CUES.finditer(text, lowered):
            candidates.add(match.group(1).strip().rstrip("."), 3, match.start())
        for match in _AGENCY_DATELINE.finditer(text):
            for written in match.group(1).split("/"):
                agency = written.strip()
                known = self._known_source(agency)
                # An agency's own dateline outweighs what the entry says others reported.
                if known or (agency.islower() and agency.isalpha()):
                    candidates.add(known or agency, 3, match.start())
        for match in _REPORTED_AS_CUES.finditer(text, lowered):
            name = self._organisation(match.group(1).split(), speaker, text)
            if name:
                candidates.add(name, 2, match.start())
        for match in _SOURCE_AFTER_CUES.finditer(text, lowered):
            words = words_after(text, match.end(), count=8)
            cue = " ".join(match.group(0).lower().split())
            if cue in _VERB_CUES and words and not _opens_a_name(words[0]):
                continue  # "meldete am Freitagmorgen": no subject after the verb
            # "einer Erklärung des Außenministeriums": the cue ends with the article.
            article = cue.rsplit(None, 1)[-1]
            name = self._organisation(words, speaker, text, article=article)
            if name:
                candidates.add(name, 2, match.start())
        for match in _SOURCE_BEFORE_CUES.finditer(text, lowered):
            before = words_before(text, match.start())
            if _names_nobody(before, text, match.end()):
                continue
            name = self._organisation(before, speaker, text)
            if name and len(name.split()) > 1 and looks_like_person(name.split()):
                continue  # "As Mara Linde reports": a reporter, not a source
            if name:
                candidates.add(name, 2, match.start())
        if candidates.scores and all(map(_refers_back, candidates.scores)):
            # "teilten die Rettungskräfte mit": the organisation the entry is about.
            subject = _organisation_subject(text) or self._speaking_name
            candidates = _Candidates()
            if subject:
                candidates.add(subject, 1, 0)
        if not candidates.scores:
            for outlet in named:
                candidates.add(outlet, 1, 0)  # named without a cue: a guess
        best = candidates.best()
        if best and _refers_back(best):
            candidates.scores.pop(best)  # "die Behörde" beside a named one
            best = candidates.best()
        return best, candidates.guessed(best)

    def _known_source(self, name: str) -> str | None:
        return self.known.sources.resolve(name) or _OUTLETS.resolve(name)

    def _organisation(
        self, words: list[str], speaker: str | None, text: str, article: str = ""
    ) -> str | None:
        """A source's name after a cue, skipping "einer Umfrage des"; never a person.
        article: the cue's own last word when it is one ("Erklärung des")."""
        for start in range(len(words)):
            for end in range(min(len(words), start + 4), start, -1):
                known = self._known_source(" ".join(words[start:end]))
                if known:
                    return known
        run: list[str] = []
        after_article = article in LEXICON.articles
        next_word = ""
        for word in words:
            lower = word.lower()
            if not run and lower in LEXICON.articles:
                article = lower
            if not run and word == "The":
                run.append(word)  # "The Washington Post"; a lowercase "the" is skipped
                continue
            if run and run[-1][:1].islower() and lower in LEXICON.source_nouns:
                run = []  # "dem ukrainischen Medium Kyiv Independent"
                continue
            if not run and (lower in LEXICON.stopwords or _is_source_noun(lower)):
                after_article = lower in LEXICON.articles
                continue
            if not run and after_article and is_adjective(word):
                if _NATIONAL.search(lower):
                    run.append(word)  # "der ukrainischen Armee": the origin belongs to it
                continue  # "die zuständige Behörde"
            if is_capitalised(word) or (run and lower in LEXICON.name_particles):
                run.append(word)
            else:
                next_word = lower
                break
        if len(run) == 1 and organisation_of_role(run[0]):
            return organisation_of_role(run[0])  # "einer Bahnsprecherin": the railway's
        if all(word[:1].islower() for word in run) or any(map(is_role, run)):
            return None  # only an adjective, or a role: "laut dem Sprecher des Rates"
        if next_word in LEXICON.source_nouns and len(run) == 1 and _DEMONYM.search(run[0]):
            return None  # the origin of a kind of source: "Palestinian media reports"
        if article in ("des", "eines") and run:
            run[-1] = _nominative(run[-1])
        name = " ".join(run[:5])
        if not name or (speaker and normalise_name(name) in normalise_name(speaker)):
            return None
        if self._known_person(run[:3]) or (len(run) == 1 and self._full_name(run[0], text)):
            return None  # "laut Müller": a person speaks, no source is cited
        return name

    # -- tags ------------------------------------------------------------------------

    def _tags(self, draft: EntryDraft, text: str) -> None:
        given = [*draft.tags, *self.extra_tags]
        draft.tags = []
        for name in [*given, *self.known.tags.suggest(text)]:
            canonical = self.known.tags.canonical(name)
            draft.add_tag(canonical or name.strip())
            if canonical is None and name.strip() not in draft.new_tags:
                draft.new_tags.append(name.strip())

"""Source detection: which organisation or outlet an entry cites.

A source cue ("laut", "Quelle:", "berichtet", "according to"), an agency's dateline, an
organisation a speech verb named (speakers.py) or an agency named without a cue (a guess);
photo credits name no source.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext_noop

from summit.ingest.bodies import police_and_own_account
from summit.ingest.credits import is_picture_credit
from summit.ingest.cuebefore import (
    PERFECT,
    PROGRESSIVE,
    a_person_before,
    ends_at_cue,
    names_nobody,
    refers_to_a_kind,
    subject_words,
)
from summit.ingest.cues import Cues, alternation
from summit.ingest.drafts import EntryDraft
from summit.ingest.finder import SPEECH_VERBS, Candidates, NameFinder, after_kind
from summit.ingest.interviews import outlets_told
from summit.ingest.lexicon import LEXICON
from summit.ingest.organisations import (
    organisation_states,
    organisation_subject,
    refers_back,
    with_complement,
)
from summit.ingest.outlets import media_sources
from summit.ingest.phrases import (
    TOKEN_STRIP,
    after_owner,
    brand_cased,
    is_capitalised,
    is_organisation,
    looks_like_person,
    without_roles,
    words_after,
    words_before,
)
from summit.ingest.quotedoutlets import outlets_quoted_before_verb
from summit.ingest.signed import dated_post_signers, entries_signed

# Source cues that are verbs: the source after them is their subject ("meldete die Polizei").
_VERB_CUES = SPEECH_VERBS | {
    verb.lower() for verb in (*LEXICON.source_before, *LEXICON.source_as_verbs)
}

# "(dpa) -" opening an entry, or "… an der Spitze (bmi)." closing a line.
_AGENCY_DATELINE = re.compile(r"\(([A-Za-z][\w ./-]{1,30})\)\.?\s*(?:[-–—]|$)", re.MULTILINE)
# "wie die Polizei am Montag mitteilte": the source between "wie" and the verb, which
# may stand far: "wie die Wahlbehörde nach Auszählung von 99 Prozent der Stimmen mitteilte".
_REPORTED_AS = re.compile(
    r"(?i:\bwie\b)\s+((?:[\w«»„“”\"‚‘’'-]+\s+){1,9}?)(?:\([^()\n]{0,30}\)\s+)?"
    rf"(?i:(?:{alternation(LEXICON.source_as_verbs)}))\b"
)
# "… he says in a statement. — AFP': the agency signs off (after a hyphen only a sentence's).
_SIGN_OFF = r"\s(?:[—–]|(?<=[^\n]{40}\s)-)\s*([A-Za-z][\w .&/-]{1,30}?)\s*$"
_AGENCY_SIGN_OFF = re.compile(_SIGN_OFF, re.MULTILINE)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A body that signs the posts of this many entries is the ticker's own account.
_OWN_ACCOUNT_POSTS = 3
# "…, reports ANI.": the agency named after the sentence it reported.
_REPORTED_BY_AFTER = re.compile(
    r",\s(?:reports|reported|berichtet)\s((?:the\s)?[A-Z][\w&.-]*(?:\s[A-Z0-9][\w&-]*){0,3})\.(?:\s|$)"
)
# A spokesperson's name after the body they speak for: "des Rates, Andrej Petrow, …".
_NAMED_IN_APPOSITION = re.compile(r"[^,.;:]{1,80},\s+[A-ZÄÖÜ][\w.-]+\s+[A-ZÄÖÜ][\w-]+")
# "the BSF informed, per ANI": an agency's letters after "per" ("per Elfmeter" is a way).
_PER_AGENCY = re.compile(r"\bper\s+(?:the\s+)?([A-Z][A-Z&]{1,7})\b")
# "From the Verge: "…"", "Excerpt from the New York Post:": a quoted report's origin.
_FROM_SOURCE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Excerpt from|From)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}):",
    re.MULTILINE,
)
# "MacRumorsLive: "…"", "Reuters: „…“": an account's or an outlet's words, quoted after
# its name at a line's start.
_LABELLED_QUOTE = re.compile(r"(?m)^[ \t]*([\w.-]{2,30}):[ \t]?[\"„“«»]")
# What every labelled quote holds, found by a search for its colon alone: most texts with a
# colon quote nothing after it, and the pattern above tries each of their lines.
_COLON_BEFORE_QUOTE = re.compile(r":[ \t]?[\"„“«»]")
_SOURCE_REST_CUES = Cues.of(r"(?i:\b(?:{}):)\s*([^·|;\n]{{1,80}})", LEXICON.source_labels)
_REPORTED_AS_CUES = Cues(_REPORTED_AS, ["wie"])
_SOURCE_AFTER_CUES = Cues.of(r"(?i:\b(?:{}))\b", LEXICON.source_after, bounded=True)
_SOURCE_BEFORE_CUES = Cues.of(r"(?i:\b(?:{}))\b", LEXICON.source_before)


# "wie aus einer Umfrage des Bundes Naturschutz hervorgeht", "Das geht aus einer Bilanz des
# Zivilschutzes hervor": whose document the statement comes from.
_EMERGES_FROM = re.compile(
    r"\baus\s+(?:de[mnr]|einer|einem|eines)\s+(?:[\w-]+\s+){0,2}?(des|der|von)\s+"
    r"([^,.;:!?\n]{1,80}?)\s+hervor"
    # "Das geht aus der Bilanz hervor, die der Landesfeuerwehrverband vorgelegt hat".
    r"|\bhervor,\s+(?:die|den|das|der)\s+((?:der|die|das)\s+[^,.;:!?\n]{1,60})"
)
# "Das hat uns die Polizei heute mitgeteilt", "Darauf hat die Stadtverwaltung hingewiesen":
# the subject between the auxiliary and the participle told it.
_THAT_TOLD = re.compile(
    r"\b(?:Das|Dies|Darauf|Dazu)\s+(?:hat|haben|hatte|hatten)\s+(?:uns\s+)?"
    r"((?:[^\s.,;:!?]+\s+){1,8}?)(?:mitgeteilt|bestätigt|veröffentlicht|bekanntgegeben"
    r"|bekannt gegeben|hingewiesen|gemeldet|berichtet|erklärt|entschieden|angekündigt)\b"
)
_SPOKESPEOPLE = ("sprecher", "mediensprecher")
# A closing quotation mark and the space after it, where an outlet may be quoted.
_QUOTES_CLOSED = ("“ ", "” ", '" ', "« ", "» ", "‘ ")
# Cues that name a source only when what follows names a body: not "bestätigt die tolle
# Form", "so das Ergebnis", "heißt es aus dem Umfeld von Kurz".
_BODY_CUES = ("bestätigt", "so ", "heißt es aus", "hieß es aus", "verlautete")
# Words a telling verb or "gegenüber" holds: the texts without any are not searched.
_TELLING_HINTS = ("sagt", "erklärt", "verr", "erzählt", "egenüber")


def _signs_off(text: str, position: int) -> bool:
    """Whether brackets at position follow a finished sentence: "… hoffen. (hav)" is signed
    by the reporter, "… an der Spitze (bmi)." cites where the figure is from."""
    return text[max(0, position - 3) : position].rstrip()[-1:] in (".", "!", "?", '"', "“", "”")


def _ends_in_a_person(name: str) -> bool:
    """ "ARD-Kritiker Denis Scheck" ends in a person's full name, "Autorevue" does not."""
    words = name.split()
    return len(words) > 1 and looks_like_person(words[-2:])


def _opens_a_name(word: str) -> bool:
    """An article or a capitalised word, not "am", "zuvor", "unter"."""
    return word.lower() in LEXICON.articles or is_capitalised(word)


# Verb cues a noun shares: "Teilen des Landes", "Berichtet" opening nothing mid-sentence.
_SHARED_VERBS = _VERB_CUES | {"teilte", "teilten", "teilt", "teilen", "zitiert"}


def _capitalised_inside_sentence(text: str, position: int) -> bool:
    """A word written with a capital where no sentence opens: a German noun."""
    before = text[max(0, position - 40) : position].rstrip()  # (not the whole text again)
    return (
        text[position : position + 1].isupper()
        and bool(before)
        and before[-1] not in '.!?:\n"„“”«»'
    )


# Words after "laut" when it means loud: "laut im Ziel", "laut und deutlich".
_AFTER_LOUD = frozenset({"im", "am", "in", "auf", "und", "wie", "genug", "gegen", "über"})


class SourceFinder(NameFinder):
    """The source of each entry."""

    def _source(self, draft: EntryDraft, text: str, named: list[str]) -> None:
        found, guessed = draft.source, False
        if not found:
            found, guessed = self._detect_source(text, draft.speaker, named)
        if not found:
            found, guessed = self.default_source, False
        if not found:
            draft.warn(self._translated(gettext_noop("Keine Quelle erkannt.")))
            return
        draft.source, draft.new_source = self._known_or_new(self.known.sources, found)
        draft.source_guessed = guessed

    def _signing_body(self, name: str) -> str | None:
        """The body that signed an embedded post, or None for a person's post or the
        ticker's own outlet."""
        if name in self._publishers or self._entries_signed(name) >= _OWN_ACCOUNT_POSTS:
            return None  # signing the posts of many entries: the ticker's own account
        return self._body(name)

    def _entries_signed(self, name: str) -> int:
        """In how many entries of the import a name signs an embedded post: counted once
        for all of them, at the first signature (a long import has many)."""
        if self._signers is None:
            self._signers = entries_signed(self._texts)
        return self._signers[name]

    def _body(self, name: str) -> str | None:
        """The name as a known source, or as written where it names a body by its words or
        letters ("Network Rail", "ANI"); None for a place or a person ("Quebec")."""
        if self._known_source(name) or is_organisation(name.split()) or _ACRONYM.fullmatch(name):
            return self._known_source(name) or name
        return None

    def _opens_a_body(self, name: str) -> bool:
        """A body by its name or its first word: "ANI", "Polizeipräsidium Stuttgart"."""
        return bool(self._body(name)) or is_organisation(name.split()[:1])

    def _outlet_told(
        self, words: list[str], quoted: bool, speaker: str | None, text: str
    ) -> str | None:
        """The outlet a telling verb's dative names: quoted ("der „Welt“"), after a kind of
        outlet ("dem Sender TF1") or a body by its name; not "sagte er dem Präsidenten"."""
        if quoted:
            written = " ".join(words)
            return None if speaker and written in speaker else written
        name = self._organisation(words, speaker, text)
        if name and (after_kind(words) != words or self._body(name)):
            return name
        return None

    def _detect_source(
        self, text: str, speaker: str | None, named: list[str]
    ) -> tuple[str | None, bool]:
        """The source, and whether it is only named without a cue (a guess to check);
        named: the agencies the entry names, the ticker's own outlet left out."""
        candidates = Candidates()
        lowered = self._lowered  # made by enrich.py, once per entry for both finders
        for spoken_by, score, position in self._spoken_by:
            candidates.add(spoken_by, score, position)
        for match in _SOURCE_REST_CUES.finditer(text, lowered):
            if not is_picture_credit(match.group(1)):
                candidates.add(match.group(1).strip().rstrip("."), 3, match.start())
        if "—" in text or "–" in text or " - " in text:  # most hold no dash: no sign-off
            for match in _AGENCY_SIGN_OFF.finditer(text):
                signed = match.group(1)  # "… have died - Johns Hopkins University"
                known = self._known_source(signed) or (is_organisation(signed.split()) and signed)
                if known:
                    candidates.add(known, 3, match.start())
            for signer, position in dated_post_signers(text):
                body = self._signing_body(signer)
                if body:
                    candidates.add(body, 3, position)
        for match in _AGENCY_DATELINE.finditer(text):
            for written in match.group(1).split("/"):
                agency = written.strip()
                known = self._known_source(agency)
                # An agency's own dateline outweighs what the entry says others reported;
                # unknown letters after a finished sentence are its writer's: "… (hav)".
                if known or (
                    agency.islower() and agency.isalpha() and not _signs_off(text, match.start())
                ):
                    candidates.add(known or agency, 3, match.start())
        if ", re" in text or ", be" in text:
            for match in _REPORTED_BY_AFTER.finditer(text):
                candidates.add(match.group(1).removeprefix("the "), 2, match.start())
        if "rom " in text:
            for match in _FROM_SOURCE.finditer(text):
                name = match.group(1)
                if self._body(name) or not looks_like_person(name.split()):
                    candidates.add(self._known_source(name) or name, 2, match.start())
        if ":" in text and _COLON_BEFORE_QUOTE.search(text):
            for match in _LABELLED_QUOTE.finditer(text):
                label = match.group(1)
                known = self._known_source(label)
                if known or brand_cased(label):
                    candidates.add(known or label, 2, match.start())
        if " per " in text:
            for match in _PER_AGENCY.finditer(text):
                candidates.add(match.group(1), 2, match.start())
        media_sources(text, candidates, lowered)
        if any(map((lowered or text).__contains__, _TELLING_HINTS)):  # (also "Sagt er …")
            for words, quoted, position in outlets_told(text, lowered or None):
                told = self._outlet_told(words, quoted, speaker, text)
                if told:
                    candidates.add(told, 2, position)
        police_and_own_account(text, candidates)
        if any(map(text.__contains__, _QUOTES_CLOSED)):  # (most quote nothing)
            for outlet, position in outlets_quoted_before_verb(text):
                candidates.add(outlet, 2, position)
        for match in _REPORTED_AS_CUES.finditer(text, lowered):
            # "wie die «New York Times» berichtet": the name without its quotation marks
            words = [word.strip(TOKEN_STRIP) for word in match.group(1).split()]
            name = self._organisation([word for word in words if word], speaker, text)
            if name:
                name = with_complement(name, words)
                candidates.add(name, 2, match.start())
        if "at " in text:
            for match in _THAT_TOLD.finditer(text):
                name = self._organisation(match.group(1).split(), speaker, text)
                if name and self._opens_a_body(name):
                    candidates.add(name, 2, match.start())
        if "hervor" in text:
            for match in _EMERGES_FROM.finditer(text):
                words = (match.group(2) or match.group(3)).split()
                name = self._organisation(words, speaker, text, article=match.group(1) or "")
                if name and (match.group(2) or self._opens_a_body(name)):
                    # (whoever made it: "…, die die Bürger der Polizei gaben", no source)
                    candidates.add(name, 2, match.start())
        for match in _SOURCE_AFTER_CUES.finditer(text, lowered):
            words = words_after(text, match.end(), count=8)
            cue = " ".join(match.group(0).lower().split())
            if cue in _VERB_CUES and words and not _opens_a_name(words[0]):
                words = after_kind(words)  # "told public broadcaster ARD": the name
                if not words or not is_capitalised(words[0]):
                    continue  # "meldete am Freitagmorgen": no subject after the verb
            if cue == "laut" and words and words[0].lower() in _AFTER_LOUD:
                continue  # "Es wird laut im Ziel": loud, no source
            if cue in _SHARED_VERBS and _capitalised_inside_sentence(text, match.start()):
                continue  # "in weiten Teilen des Landes": parts, not "teilen … mit"
            if cue.startswith(_SPOKESPEOPLE) and _NAMED_IN_APPOSITION.match(text, match.end()):
                continue  # "der Sprecher des Rates, Andrej Petrow,": a person speaks
            # "einer Erklärung des Außenministeriums": the cue ends with the article.
            article = cue.rsplit(None, 1)[-1]
            name = self._organisation(words, speaker, text, article=article)
            if name and " " in name and refers_back(name.split()[0]):
                name = name.split()[0]  # "der Hilfsorganisation Zeuge …": the word alone
            if name and cue.startswith(_BODY_CUES) and not self._opens_a_body(name):
                continue  # "Das bestätigt die tolle Form": confirmed by a thing, no source
            if cue.startswith("gespräch") and name and _ends_in_a_person(name):
                continue  # "im Gespräch mit dem ARD-Kritiker Denis Scheck": a person
            if name and not name.endswith(("'s", "’s")):  # "told Sainsbury Helen Clark's …"
                candidates.add(name, 2, match.start())
        for match in _SOURCE_BEFORE_CUES.finditer(text, lowered):
            before = words_before(text, match.start(), count=6)
            progressive = match[0][-3:] == "ing"
            if len(before) > 1 and before[-1].lower() in PERFECT:
                before = before[:-1]  # "London Zoo has released": active, not passive
            elif len(before) > 1 and before[-1].lower() in PROGRESSIVE and progressive:
                before = before[:-1]  # "ABC is reporting"
            if names_nobody(before, text, match.end()) or refers_to_a_kind(before):
                continue
            if a_person_before(text, match.end()):
                continue  # "Martin confirms that he has resigned"
            name = self._organisation(subject_words(before), speaker, text)
            name = name or self._organisation(before, speaker, text)
            if name and not (self._known_source(name) or ends_at_cue(name, before)):
                continue  # "Grund ist der Stadt zufolge", "Fire Control received reports"
            if name and progressive and not self._body(name):
                continue  # "Quebec is reporting 1,234 new cases": a province, no source
            person = name and without_roles(after_owner(name.split()))
            if person and len(person) > 1 and looks_like_person(person):
                continue  # "As Mara Linde reports", "The BBC's Peter Whittlesea reports"
            if name:
                candidates.add(name, 2, match.start())
        if candidates.scores and all(map(refers_back, candidates.scores)):
            # "teilten die Rettungskräfte mit": the organisation the entry is about.
            subject = organisation_subject(text) or self._speaking_name
            candidates = Candidates()
            if subject:
                candidates.add(subject, 1, 0)
        if not candidates.scores:
            for outlet in named:
                candidates.add(outlet, 1, 0)  # named without a cue: a guess
        stating = None if candidates.scores else organisation_states(text)
        if stating:
            candidates.add(stating, 1, 0)  # "Die Polizei zieht Bilanz": a guess
        best = candidates.best()
        if best and refers_back(best):
            candidates.scores.pop(best)  # "die Behörde" beside a named one
            best = candidates.best()
        guessed = candidates.guessed(best)
        return (best.removeprefix("The ") if best else best), guessed

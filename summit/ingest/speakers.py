"""Speaker detection: who speaks in an entry, from attribution cues, headlines and roles.

A name nobody knows yet is only taken when it reads as a person's full name; what only a
weak cue gives (a person named after a role without any attribution, a surname alone
before "ist der Meinung", an account) is marked as guessed. Organisations a speech verb
names are kept for source detection (sources.py), which runs right after.
"""

from __future__ import annotations

import re
from collections import Counter

from django.utils.translation import gettext_noop

from summit.ingest.appositions import apposed_subject
from summit.ingest.cues import Cues, alternation
from summit.ingest.cuewords import cue_completed, ends_so_clause, is_opinion_cue, name_after_wie
from summit.ingest.drafts import EntryDraft
from summit.ingest.finder import (
    SPEECH_VERBS,
    Candidates,
    headline_segments,
)
from summit.ingest.lexicon import LEXICON
from summit.ingest.organisations import organisation_before, plural_subject
from summit.ingest.orgspeaks import OrganisationSpeaks
from summit.ingest.phrases import (
    TOKEN_STRIP,
    is_capitalised,
    is_role,
    looks_like_person,
    name_after,
    name_before,
    names_a_role,
    words_after,
    words_before,
)
from summit.ingest.referents import (
    in_quotes,
    named_again,
    names_a_thing,
    opens_a_clause,
    past_modifiers,
    people_before,
    pronoun_speaks,
    spoken_to_or_of,
    surnames_after_roles_before,
    word_before_first,
)
from summit.ingest.rolenames import people_after_roles, without_attribution_may_speak
from summit.ingest.shapes import opens_a_sign_off
from summit.ingest.signed import (
    PERSON_WORDS,
    QUOTE_MARKS,
    after_quotation,
    post_signatures,
    signed_names,
)
from summit.ingest.statements import (
    labelled_statements,
    labels_a_quotation,
    names_after_quotations,
    opens_an_introduced_quotation,
)

# One scan finds every attribution cue; what the cue is decides where the name stands:
# after it ("sagte Müller", "so Müller", "laut Müller"), before it ("Müller erklärte",
# "Müller ist der Ansicht"), or both for speech verbs.
_ATTRIBUTION_CUES = Cues.of(
    r"(?i:\b(?:(?P<verb>{})|(?P<after>{})|(?P<before>{}))\b)",
    LEXICON.speech_verbs,
    LEXICON.name_after,
    LEXICON.name_before,
    bounded=True,
)
# "so der französische Präsident": a role after the cue instead of a name.
_ROLE_PHRASE = re.compile(
    rf"\s+(?i:{alternation(LEXICON.role_articles)})\s+((?:[\w-]+\s+){{0,2}}[\w-]+)"
)
_APPOSITIVE = re.compile(
    r"[^,.;:!?\n]{0,80}?,\s+((?:[A-ZÄÖÜ][\w'-]+\s+){1,2}[A-ZÄÖÜ][\w'-]+)\s*[,.;]"
)
_HEADLINE_SPEAKER = re.compile(r"^([^:]{2,60}):\s")
# "Tom Harker speaks", "Tom Harker, BBC Sport" over a quotation: the headline names its speaker.
_HEADLINE_SUBJECT = re.compile(PERSON_WORDS + r"(?:\s+[a-zäöüß]|\s?,\s)")
# An account that speaks: "@CityMayorOffice says …".
_HANDLE_SAYS = re.compile(
    rf"(?<![\w@])@(\w{{3,30}})\s+(?:{alternation([*LEXICON.speech_verbs, *LEXICON.handle_verbs])})\b"
)

_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][\w'’-]+")
_FIRST_CHARACTER = re.compile(r"\s*(\S)")
# How often an import must write a name alone before it counts as someone's surname.
_RECURRING = 3
# A word written after "in" or "nach" is a place's name, no surname: "in Ukraine".
_AFTER_IN = re.compile(r"\b(?:in|nach|into|across|throughout)\s+([A-ZÄÖÜ][\w'’-]+)")


def is_recap(text: str, lowered: str) -> bool:
    """Whether an entry opens as a recap ("Here's a recap", "Der Überblick") or a closing
    post looking back on the day ("That's all for tonight"): the people it names are many,
    none of them the entry's speaker. lowered: lowercase_of(text), whose opening is
    text[:300].lower() but where an "İ" (lengthened by lower()) stands."""
    opening = lowered[:300] if "İ" not in text[:300] else text[:300].lower()
    return any(map(opening.__contains__, LEXICON.recap_words)) or opens_a_sign_off(opening)


# English verbs of reporting whose speaker stands before them only: "CNN reports that
# Hillary Clinton has called …" names no speaker after the verb.
_SUBJECT_FIRST_VERBS = frozenset({"reports", "reported"})


# The rest of a clause that ends with a verb's separated prefix: "sagt den Markt ab.".
_SEPARATED_PREFIX = re.compile(r"[^.!?,;:\n\"„“”«»]{1,80}?\s(?:ab|zu)[.!?,;]")


class SpeakerFinder(OrganisationSpeaks):
    """The speaker of each entry."""

    _word_counts: Counter[str] | None = None  # capitalised words of the import, when asked
    _places: frozenset[str] = frozenset()  # words the import writes after "in", with them

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
            draft.warn(self._translated(gettext_noop("Kein Sprecher erkannt.")))
            return
        draft.speaker, draft.new_speaker = self._known_or_new(self.known.speakers, found)
        draft.speaker_guessed = guessed

    def _detect_speaker(self, title: str, text: str) -> tuple[str | None, bool]:
        """The speaker, and whether only a weak cue named them (a guess to check)."""
        candidates = Candidates()
        # (A title without a colon, most, has no speaker before one.)
        headline = _HEADLINE_SPEAKER.match(title) if ":" in title else None
        before_colon = headline.group(1).split() if headline else []
        if before_colon and all(word[:1].isupper() or is_role(word) for word in before_colon):
            # (Not "18 bodies pulled from rubble in Gaza's Khan Younis: Report".)
            name = self._person(before_colon, text)
            # "Hunderte Einsätze: …" is a topic; a speaker's name comes back in the body.
            known = name and self.known.speakers.resolve(name)
            if name and (known or named_again(name.split()[-1], text.partition("\n")[2])):
                candidates.add(name, 3, 0)
        quoted = any(map(text.__contains__, QUOTE_MARKS[:6]))
        for segment in headline_segments(title):
            words = segment.split()
            # "Berg warnt vor …" names a speaker; "Berg gewinnt den Pokal" only a subject,
            # unless the body quotes someone ("Berg findet lobende Worte" / „…“).
            verb = words[1] if len(words) > 1 else ""
            if verb.lower() in SPEECH_VERBS or (quoted and verb[:1].islower()):
                subject = words[0].strip(TOKEN_STRIP)
                name = self.known.speakers.resolve(subject) or self._full_name(
                    subject, text, batch=False
                )
                if name:
                    candidates.add(name, 2, 0)
        self._quoted_headline(title, text, candidates)
        for words, position in labelled_statements(text):
            name = self._person(words, text)
            if name:
                candidates.add(name, 2, position)
        if quoted:
            self._named_after_quotations(text, candidates)
        for words, position in signed_names(text, quoted=quoted):
            name = self._person(words, text)
            if name and len(name.split()) > 1:
                candidates.add(name, 2, position)
            elif (
                len(words) == 1
                and not self._known_source(words[0])  # "Reuters: "…"": the source's words
                and (self._recurring_surname(words[0]) or labels_a_quotation(words, text, position))
            ):
                candidates.add(words[0], 1, position)  # "Bottas: "Of course …""
        present: set[str] | None = None
        pronoun_at: int | None = None  # where a pronoun speaks: "He tweeted"
        for match in _ATTRIBUTION_CUES.finditer(text, self._lowered):
            names: list[list[str]] = []
            # Read once: a match looks its groups up by name on every access.
            verb, cue_after, cue_before = match.group("verb", "after", "before")
            start, end = match.span()
            if verb and verb.lower().startswith("sag") and _SEPARATED_PREFIX.match(text, end):
                continue  # "Der Verein sagt den Markt ab": called off, not said
            if verb and text.startswith(" from ", end) and verb.lower().startswith("report"):
                continue  # "Will Unwin reports from Turf Moor": a report's byline
            cue = (cue_after or "").lower()
            if not cue_before:
                after = words_after(text, end)
                run = name_after(after) or name_after(past_modifiers(after))
                if run and in_quotes(run[0], text, end):
                    run = []  # "erklärt das «Watch Kit»": a thing's name
                completed = not cue or cue_completed(cue, after)  # (a verb needs no word)
                if completed and (verb or "").lower() not in _SUBJECT_FIRST_VERBS:
                    # Most cues have no name right after them: nothing to ask of it then.
                    if run and not (names_a_thing(after, run) or spoken_to_or_of(verb, after, run)):
                        names.append(run if cue != "so" or ends_so_clause(after, run) else [])
                    names.append(self._appositive(after, text, end))
                if verb:
                    if run and not opens_a_clause(verb, after, run):
                        self._organisation_speaks(run, start, subject=False)
                    self._told_outlet(after, run, start)
            if not cue_after or cue == "so":
                role = _ROLE_PHRASE.match(text, end)
                if role and self.known.roles.may_name(role.group(1)):
                    present = (
                        present if present is not None else self.known.speakers.mentioned(text)
                    )
                    by_role = self.known.roles.resolve(role.group(1), present)
                    if by_role:
                        candidates.add(by_role, 1, start)
            if not cue_after:
                before = words_before(text, start, count=6)
                plural = plural_subject(before, verb) if verb else []
                names.append([] if plural else name_before(before))
                if verb:
                    if pronoun_at is None and pronoun_speaks(before, after):
                        pronoun_at = start
                    if "wie" in self._lowered:  # a word lowercased to "wie" stands there
                        names.append(name_after_wie(self._wie_before(before, text, start)))
                    names.append(apposed_subject(text, start))
                    self._organisation_speaks(
                        plural or organisation_before(self._longer_before(before, text, start)),
                        start,
                        subject=None if plural else True,
                    )
                elif self._opinion_holder(cue_before, before):
                    candidates.add(before[0], 1, start)  # "Brenner ist der Meinung"
            for words in filter(None, names):  # most of the places looked at name nobody
                name = self._person(words, text)
                if name:
                    candidates.add(name, 2, start)
                elif len(words) == 1 and looks_like_person(words) and self._after_role(words, text):
                    candidates.add(words[0], 1, start)  # "Präsident Macron sagte"
                elif len(words) == 1 and verb and self._recurring_surname(words[0]):
                    candidates.add(words[0], 1, start)  # "Masipa says", again and again
                elif len(words) == 1 and verb and self._after_quotation(words, text, start):
                    candidates.add(words[0], 1, start)  # "“… value,” says Panos", "“…,” Allan says"
                elif len(words) == 1 and verb and self._before_quotation(words, text, start, end):
                    candidates.add(words[0], 1, start)  # "Vettel erklärt sich: „Ich …“"
                elif len(words) == 1 and verb and not self._speaking_name:
                    self._speaking_name = words[0]  # "warnt Sachsenforst": no known person
        if not candidates.scores and pronoun_at is not None:
            self._pronoun_referent(text, pronoun_at, candidates)
        if not candidates.scores:
            self._handles(text, candidates)
        if not candidates.scores:
            for words, position in post_signatures(text):
                name = self._person(words, text)
                if name and len(name.split()) > 1:
                    candidates.add(name, 1, position)
        if self._recap:
            return None, False  # the recap's people speak in the entries it sums up
        if not candidates.scores and without_attribution_may_speak(text, quoted=quoted):
            for words, position in people_after_roles(text):  # a guess
                candidates.add(self._known_person(words) or " ".join(words), 1, position)
        best = candidates.best()
        return best, candidates.guessed(best)

    def _after_quotation(self, words: list[str], text: str, position: int) -> bool:
        """A name alone by the verb at position, right after a quotation: "“… value,” says
        Panos", "“…,” Slotkin said"."""
        word = words[0].strip(TOKEN_STRIP)
        if not looks_like_person(words) or self._known_source(word):
            return False
        at = text.rfind(word, max(0, position - 40), position)
        before_verb = at != -1 and not text[at + len(word) : position].strip()
        return after_quotation(text, at if before_verb else position)

    def _named_after_quotations(self, text: str, candidates: Candidates) -> None:
        """Whom the verb after a quotation names: "„…“, freut sich Trainer Murat Yakin",
        a surname alone a guess where the import writes it again and again ("„…“, ärgert
        sich Vettel"): a noun stands there too ("„…“, warnen Behörden")."""
        for words, position in names_after_quotations(text):
            name = self._person(words, text)
            if name:
                candidates.add(name, 2, position)
            elif len(words) == 1 and (
                self._recurring_surname(words[0])
                or (looks_like_person(words) and self._after_role(words, text))
            ):
                candidates.add(words[0], 1, position)  # "freut sich Ortschef Gottsbacher"

    def _before_quotation(self, words: list[str], text: str, start: int, end: int) -> bool:
        """A surname opening its sentence, whose verb a colon and a quotation follow:
        "Vettel erklärt sich: „Ich …“" (not "In Wilmington sagte er: …")."""
        word = words[0].strip(TOKEN_STRIP)
        return (
            opens_an_introduced_quotation(word, text, start, end)
            and looks_like_person(words)
            and not self._known_source(word)
        )

    def _recurring_surname(self, word: str) -> bool:
        """A name the import writes alone in several places, never in full and never after
        "in": the person's surname ("Masipa says"), a guess, as it may as well be a place
        ("Kiew meldet", "Ukraine urged" where the import writes "in Ukraine")."""
        word = word.strip(TOKEN_STRIP)
        if not looks_like_person([word]) or self._known_source(word):
            return False
        if self._word_counts is None:
            joined = "\n".join(self._texts)
            self._word_counts = Counter(_CAPITALISED.findall(joined))
            self._places = frozenset(_AFTER_IN.findall(joined))
        return self._word_counts[word] >= _RECURRING and word not in self._places

    def _opinion_holder(self, cue: str | None, before: list[str]) -> bool:
        """A surname alone, first in its clause, before "ist der Meinung"."""
        return (
            is_opinion_cue(cue)
            and len(before) == 1
            and looks_like_person(before)
            and not self._known_source(before[0])
        )

    def _pronoun_referent(self, text: str, position: int, candidates: Candidates) -> None:
        """ "He tweeted" after "Prime Minister Narendra Modi greeted …": the person named
        last before the pronoun, as the import writes them most ("When Biden" is Joe Biden)."""
        for words in people_before(text, position):
            name = self._known_person(words) or self._full_name(words[-1], text)
            if name:
                candidates.add(name, 2, position)
                return
        for surname in surnames_after_roles_before(text, position):
            if not self._known_source(surname):
                candidates.add(surname, 1, position)  # a guess
                return

    def _quoted_headline(self, title: str, text: str, candidates: Candidates) -> None:
        """A headline's subject whose body is a quotation: "Tom Harker speaks" / "„…“"."""
        # The body's first character, read where it stands: the body is not copied for it.
        newline = text.find("\n")
        first = _FIRST_CHARACTER.match(text, newline + 1) if newline != -1 else None
        if not first or first.group(1) not in QUOTE_MARKS:
            return
        found = _HEADLINE_SUBJECT.match(title)
        if found:
            name = self._person(found.group(1).split(), text)
            if name and len(name.split()) > 1:
                candidates.add(name, 2, 0)

    @staticmethod
    def _wie_before(before: list[str], text: str, start: int) -> list[str]:
        """The words before a verb, more of them when "wie" opened the clause further
        back: "Wie Wagenbauer Jacques Tilly gegenüber unserer Redaktion verriet"."""
        if len(before) < 6 or "wie" in (word.lower() for word in before):
            return before
        return words_before(text, start, count=10)

    @staticmethod
    def _longer_before(before: list[str], text: str, start: int) -> list[str]:
        """The words before a verb, more of them when all are capitalised so far: an
        organisation's name is longer than a person's ("A South Wales Fire and Rescue
        Service spokeswoman has said")."""
        if len(before) < 6 or not is_capitalised(before[0]):
            return before
        return words_before(text, start, count=10)

    def _handles(self, text: str, candidates: Candidates) -> None:
        """An account that speaks: "@CityMayor says …" (a guess: it may be an office's)."""
        if "@" not in text:
            return  # most entries name no account
        for match in _HANDLE_SAYS.finditer(text):
            handle = match.group(1)
            if not self._known_source(handle):
                candidates.add(
                    self.known.speakers.resolve(handle) or f"@{handle}", 1, match.start()
                )

    @staticmethod
    def _appositive(words: list[str], text: str, position: int) -> list[str]:
        """The name after a role and a comma: "sagt der Gouverneur von Luhansk, Serhij Hajdaj"."""
        # The comma first: it is asked of one place, the role of each word.
        if text.find(",", position, position + 81) == -1 or not any(map(names_a_role, words)):
            return []
        found = _APPOSITIVE.match(text, position)
        return found.group(1).split() if found else []

    @staticmethod
    def _after_role(words: list[str], text: str) -> bool:
        """Whether a surname follows a role word: "Präsident Macron", "President Macron"."""
        before = word_before_first(words[0], text)
        return before is not None and is_role(before)

"""Enrich drafts: speaker, source and tags from known names, aliases, attribution cues and keywords.

Every detection comes from the entry's own words: a known name or alias, an attribution
("sagte Müller", "Müller erklärte", "Müller: …", "said Smith"), a source cue ("laut",
"Quelle:", "in einem Interview mit der Zeitung …", "berichtet", "according to") or a
tag keyword. A name nobody knows yet is only taken when it reads as a person's full
name (for speakers) or a proper name after a cue (for sources); it becomes a new
speaker or source when the import is applied, and the draft says so. What cannot be
detected stays empty, with a warning. The words these cues are made of are in
lexicon.py; what the database knows is in names.py.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from summit.ingest.drafts import EntryDraft
from summit.ingest.lexicon import LEXICON, OUTLETS, alternation
from summit.ingest.names import KnownNames, NameIndex, RoleIndex, TagMatcher
from summit.ingest.phrases import (
    TOKEN_STRIP,
    Cues,
    first_name_before,
    is_adjective,
    is_capitalised,
    is_role,
    looks_like_person,
    lowercase_of,
    name_after,
    name_before,
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
    r"(?:^|(?<=[.!?:]\s))(?:[^.!?:\n]{0,40}?\s)?([\w-]+)\s+"
    r"([A-ZÄÖÜ][\w'’-]+\s+[A-ZÄÖÜ][\w'’-]+)\s+([a-zäöüß]+)",
    re.MULTILINE,
)
_HEADLINE_SPEAKER = re.compile(r"^([^:]{2,60}):\s")
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
    r"(?i:\bwie\b)\s+((?:[\w-]+\s+){1,6}?)"
    rf"(?i:(?:{alternation(LEXICON.source_as_verbs)}))\b"
)
# Photo credits name an agency that took a picture, not one that reported anything.
_CREDIT = re.compile(r"(?i:\b(?:foto|fotos|bild|bilder|image|photo|picture)s?:)[^\n]*")
_OUTLETS = NameIndex(OUTLETS.items())
_PUBLISHER_MENTIONS = 3
_SOURCE_REST_CUES = Cues(_SOURCE_REST, LEXICON.source_labels)
_REPORTED_AS_CUES = Cues(_REPORTED_AS, ["wie"])
_SOURCE_AFTER_CUES = Cues(_SOURCE_AFTER, LEXICON.source_after)
_SOURCE_BEFORE_CUES = Cues(_SOURCE_BEFORE, LEXICON.source_before)
_NATIONAL = re.compile(r"isch(?:e|en|er|es|em)$")


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
        self._batch_text = ""
        self._full_names: dict[str, str | None] = {}

    def enrich(self, drafts: list[EntryDraft], texts: list[str] | None = None) -> None:
        """texts: the drafts' entry_text when the caller has made them already."""
        if texts is None:
            texts = [entry_text(draft.title, draft.body) for draft in drafts]
        self._batch_text = "\n".join(texts)
        self._full_names = {}
        # Tuples: the many entries naming no agency share the one empty tuple.
        mentions = [tuple(sorted(_OUTLETS.mentioned(_CREDIT.sub("", text)))) for text in texts]
        # An outlet named without a cue in many entries is the ticker's own: no source.
        counts = Counter(outlet for named in mentions for outlet in named)
        publishers = {outlet for outlet, count in counts.items() if count >= _PUBLISHER_MENTIONS}
        for draft, text, named in zip(drafts, texts, mentions, strict=True):
            self._speaker(draft, text)
            self._source(draft, text, [name for name in named if name not in publishers])
            self._tags(draft, text)

    # -- speakers --------------------------------------------------------------------

    def _speaker(self, draft: EntryDraft, text: str) -> None:
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
        for segment in _HEADLINE_SEGMENTS.split(title):
            words = segment.split()
            if len(words) > 1 and words[1][:1].islower():
                subject = words[0].strip(TOKEN_STRIP)
                name = self.known.speakers.resolve(subject) or self._full_name(
                    subject, text, batch=False
                )
                if name:
                    candidates.add(name, 2, 0)
        present: set[str] | None = None
        for match in _ATTRIBUTION_CUES.finditer(text, lowercase_of(text)):
            names = []
            if not match["before"]:
                after = words_after(text, match.end())
                names.append(name_after(after))
                names.append(self._appositive(after, text, match.end()))
            if not match["after"] or match["after"].lower() == "so":
                role = _ROLE_PHRASE.match(text, match.end())
                if role:
                    present = (
                        present if present is not None else self.known.speakers.mentioned(text)
                    )
                    by_role = self.known.roles.resolve(role.group(1), present)
                    if by_role:
                        candidates.add(by_role, 1, match.start())
            if not match["after"]:
                names.append(name_before(words_before(text, match.start())))
            for words in names:
                name = self._person(words, text)
                if name:
                    candidates.add(name, 2, match.start())
                elif len(words) == 1 and looks_like_person(words) and self._after_role(words, text):
                    candidates.add(words[0], 1, match.start())  # "Präsident Macron sagte"
        if not candidates.scores:
            self._role_names(text, candidates)
        best = candidates.best()
        return best, candidates.guessed(best)

    def _role_names(self, text: str, candidates: _Candidates) -> None:
        """Without any attribution, a person named after a role is a guess:
        "Außenministerin Anna Berg hat …", "City Mayor Eric Stone urged …"."""
        for match in _ROLE_NAME.finditer(text):
            words = match.group(2).split()
            verb = match.group(3)
            role = match.group(1).lower()
            if (
                is_role(role)
                and not role.endswith(_REPORTERS)
                and looks_like_person(words)
                and verb not in _NO_VERB
            ):
                candidates.add(self._known_person(words) or " ".join(words), 1, match.start())

    @staticmethod
    def _appositive(words: list[str], text: str, position: int) -> list[str]:
        """The name after a role and a comma: "sagt der Gouverneur von Luhansk, Serhij Hajdaj"."""
        if not any(map(is_role, words)):
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
        if not words or len(words) > 3:
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
            self._full_names[surname] = first_name_before(surname, self._batch_text)
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
        for match in _SOURCE_REST_CUES.finditer(text, lowered):
            candidates.add(match.group(1).strip().rstrip("."), 3, match.start())
        for match in _AGENCY_DATELINE.finditer(text):
            for agency in match.group(1).split("/"):
                known = self._known_source(agency.strip())
                if known or agency.islower():
                    candidates.add(known or agency.strip(), 2, match.start())
        for match in _REPORTED_AS_CUES.finditer(text, lowered):
            name = self._organisation(match.group(1).split(), speaker, text)
            if name:
                candidates.add(name, 2, match.start())
        for match in _SOURCE_AFTER_CUES.finditer(text, lowered):
            name = self._organisation(words_after(text, match.end(), count=8), speaker, text)
            if name:
                candidates.add(name, 2, match.start())
        for match in _SOURCE_BEFORE_CUES.finditer(text, lowered):
            name = self._organisation(words_before(text, match.start()), speaker, text)
            if name:
                candidates.add(name, 2, match.start())
        if not candidates.scores:
            for outlet in named:
                candidates.add(outlet, 1, 0)  # named without a cue: a guess
        best = candidates.best()
        return best, candidates.guessed(best)

    def _known_source(self, name: str) -> str | None:
        return self.known.sources.resolve(name) or _OUTLETS.resolve(name)

    def _organisation(self, words: list[str], speaker: str | None, text: str) -> str | None:
        """A source's name after a cue, skipping "einer Umfrage des"; never a person."""
        for start in range(len(words)):
            for end in range(min(len(words), start + 4), start, -1):
                known = self._known_source(" ".join(words[start:end]))
                if known:
                    return known
        run: list[str] = []
        after_article = False
        for word in words:
            lower = word.lower()
            if not run and word == "The":
                run.append(word)  # "The Washington Post"; a lowercase "the" is skipped
                continue
            if run and run[-1][:1].islower() and lower in LEXICON.source_nouns:
                run = []  # "dem ukrainischen Medium Kyiv Independent"
                continue
            if not run and (lower in LEXICON.stopwords or lower in LEXICON.source_nouns):
                after_article = lower in LEXICON.articles
                continue
            if not run and after_article and is_adjective(word):
                if _NATIONAL.search(lower):
                    run.append(word)  # "der ukrainischen Armee": the origin belongs to it
                continue  # "die zuständige Behörde"
            if is_capitalised(word) or (run and lower in LEXICON.name_particles):
                run.append(word)
            else:
                break
        if all(word[:1].islower() for word in run) or any(map(is_role, run)):
            return None  # only an adjective, or a role: "laut dem Sprecher des Rates"
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

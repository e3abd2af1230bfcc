"""What speaker and source detection share: scored candidates, the known names, a
person's full name from the import's texts, an organisation's name after a cue.

speakers.py and sources.py find the names; enrich.py runs them over an import.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from django.utils.translation import gettext

from summit.ingest.agencies import OUTLETS
from summit.ingest.firstnames import first_name_before
from summit.ingest.lexicon import LEXICON
from summit.ingest.names import KnownNames, NameIndex, Outlets
from summit.ingest.nonnames import is_place, is_time, opens_a_thing
from summit.ingest.orgwords import (
    genitive_head,
    kind_before_name,
    lowercase_body,
    nominative,
    office_nominative,
    opens_remit,
    owner_of,
)
from summit.ingest.phrases import (
    TOKEN_STRIP,
    after_owner,
    is_adjective,
    is_capitalised,
    is_reporter,
    is_role,
    looks_like_person,
    name_words,
    names_a_body,
    organisation_of_role,
    without_roles,
)
from summit.ticker.models import normalise_name

SPEECH_VERBS = frozenset(verb.lower() for verb in LEXICON.speech_verbs)

# A headline's parts: "Berg: …", "Berg warnt – …".
HEADLINE_SEGMENTS = re.compile(r"\s*(?::|\s[–—-])\s+")


def headline_segments(title: str) -> list[str]:
    """HEADLINE_SEGMENTS.split(title), not asked of the many headlines without a colon or a
    dash that could part them."""
    return HEADLINE_SEGMENTS.split(title) if any(map(title.__contains__, ":–—-")) else [title]


# The agencies and pollsters of the lexicon, found only as written in full.
OUTLET_NAMES = Outlets(OUTLETS)
# The same speakers and sources come back entry after entry, and _organisation compares
# each source it reads with the entry's speaker: their normal forms are made once.
_normalised = functools.lru_cache(maxsize=4096)(normalise_name)
# German adjectives of origin: "der ukrainischen Armee".
_NATIONAL = re.compile(r"isch(?:e|en|er|es|em)$")
# English words for where people are from: "Palestinian", "Chinese", "British", "Israeli".
_DEMONYM = re.compile(r"(?:an|ese|ish|i|ch)$")
_STAFF = frozenset({"mitarbeiter", "mitarbeiterin", "mitarbeitern", "team"})
# A website by its address, written lowercase: "wie heute.at berichtet", "transfermarkt.de".
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9-]+\.(?:de|at|ch|com|net|org|co\.uk)")

_LONG_SOURCE_NOUNS = tuple(noun for noun in LEXICON.source_nouns if len(noun) >= 6)


# Words that join a kind of source to whose it is: "Umfrage des ZDF", "Angaben von AP",
# "Beitrag für die New York Times", "Informationen auf Youtube".
_OF_THE_KIND = frozenset(
    {"des", "der", "eines", "einer", "von", "vom", "für", "auf", "bei", "of", "from", "by",
     "for", "on", "the"}
)  # fmt: skip


def _is_source_noun(lower: str) -> bool:
    """A kind of source, also as the end of a compound: "Medienberichten", "Polizeiangaben"."""
    return lower in LEXICON.source_nouns or (len(lower) > 8 and lower.endswith(_LONG_SOURCE_NOUNS))


def after_kind(words: list[str]) -> list[str]:
    """A source's name without the kind of source before it, first or after lowercase words:
    "britische Boulevardzeitung Sun" gives Sun, "belgischen TV-Senders VRT" VRT."""
    for index, word in enumerate(words[:-1]):
        if _names_a_kind(word.lower()):
            return words[index + 1 :]
        if word[:1].isupper():
            break  # "FOX Forecast Center": a kind inside the name is part of it
    return words


def _names_a_kind(lower: str) -> bool:
    """A kind of source, also in the genitive ("des Senders", "des Magazins")."""
    return _is_source_noun(lower) or (lower.endswith("s") and _is_source_noun(lower[:-1]))


class Candidates:
    """Scores per name; the best-scored (earliest on a tie) wins.

    A plain class with slots: two or three are made for every entry."""

    __slots__ = ("scores", "first_seen", "strong")

    def __init__(self) -> None:
        self.scores: dict[str, int] = {}
        self.first_seen: dict[str, int] = {}
        # Names found by a strong cue (score 2 and more): the others are guesses.
        self.strong: set[str] = set()

    def add(self, name: str, score: int, position: int) -> None:
        scores = self.scores
        if name in scores:
            scores[name] += score
        else:
            scores[name] = score
            self.first_seen.setdefault(name, position)
        if score >= 2:
            self.strong.add(name)

    def guessed(self, name: str | None) -> bool:
        return name is not None and name not in self.strong

    def best(self) -> str | None:
        if len(self.scores) < 2:
            return next(iter(self.scores), None)  # none, or the only one: most entries
        self._fold_short_forms()
        return min(self.scores, key=lambda name: (-self.scores[name], self.first_seen[name]))

    def _fold_short_forms(self) -> None:
        """One word that ends another name is its short form ("Wetterdienst" of "Deutscher
        Wetterdienst", "Berg" of "Anna Berg"): its score counts for the full name."""
        for short in [name for name in self.scores if " " not in name]:
            full = [name for name in self.scores if name != short and name.endswith(" " + short)]
            if len(full) == 1:
                self.scores[full[0]] += self.scores.pop(short)
                first = min(self.first_seen[full[0]], self.first_seen.pop(short))
                self.first_seen[full[0]] = first
                if short in self.strong:
                    self.strong.add(full[0])


class NameFinder:
    """The state and lookups that speaker and source detection share."""

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
        # What a run of words names, the same in every entry (the known names do not change
        # during an import): asked many times per entry for the few names of an import.
        self._people: dict[tuple[str, ...], tuple[str | None, str]] = {}
        self._sources_named: dict[str, str | None] = {}  # written name -> known source
        self._lowered = ""  # the entry's text in lowercase (LoweredText), made by enrich.py
        # Whether the entry opens as a recap (speakers.is_recap), asked once per entry by
        # enrich.py for the speaker's finder and the reported one.
        self._recap = False
        self._entry_text = ""  # the entry being enriched, one of self._texts
        self._publishers: set[str] = set()  # the ticker's own outlets (enrich.py)
        self._signers: Counter[str] | None = None  # bodies signing posts, per entry (sources.py)
        # Warnings in the active language, looked up once per import: a lookup goes through
        # the thread's active translation each time, dearer than finding a speaker.
        self._translations: dict[str, str] = {}

    def _translated(self, message: str) -> str:
        """gettext(message), the same for every entry of one import."""
        if message not in self._translations:
            self._translations[message] = gettext(message)
        return self._translations[message]

    @staticmethod
    def _known_or_new(index: NameIndex, name: str) -> tuple[str, bool]:
        canonical = index.resolve(name)
        return (canonical, False) if canonical else (" ".join(name.split()), True)

    def _person(self, words: list[str], text: str) -> str | None:
        """A known speaker, or an unknown person's full name, or None (a place, a pronoun)."""
        key = tuple(words)
        if key not in self._people:
            self._people[key] = self._person_written(words)
        name, surname = self._people[key]
        return self._full_name(surname, text) if surname else name

    def _person_written(self, words: list[str]) -> tuple[str | None, str]:
        """What words name whatever entry they stand in: a person, or none (None, ""), or a
        surname alone ("", surname) whose full name depends on the texts."""
        words = [word.strip(TOKEN_STRIP) for word in words if word.strip(TOKEN_STRIP)]
        words = after_owner(words)  # "Spain's Sánchez": Sánchez
        if len(words) > 1:
            if any(map(is_reporter, words[:-1])):
                return None, ""  # "ZDF-Reporterin Brühl: …": the page's own reporter
            words = without_roles(words)  # "Bildungsminister Holter: …": Holter
        if words and words[-1].endswith(("'s", "’s")):
            return None, ""  # "Tel Aviv's policies", "Helen Clark's spokesman": an owner
        if kind_before_name(words):
            if len(words) == 2:
                return None, ""  # "wie der Betreiber Arianespace mitteilte": a company
            words = words[1:]  # "Wagenbauer Jacques Tilly": the kind is the person's trade
        if not words or len(name_words(words)) > 3:
            return None, ""
        known = self._known_person(words)
        if known:
            return known, ""
        written = " ".join(words)
        if not looks_like_person(words) or self.known.sources.resolve(written):
            return None, ""
        if OUTLET_NAMES.resolve(written):
            return None, ""  # "…, Al Jazeera reports.": an outlet, no person
        if len(words) >= 2:
            # A noun opens no person's full name: "Richtung Renault", "Karriere Revue".
            return (None if opens_a_thing(words[0]) else " ".join(words)), ""
        return None, words[0]

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
        if surname not in self._full_names:
            self._full_names[surname] = first_name_before(surname, *self._texts)
        found = self._full_names[surname]
        # The entry is one of the import's texts, so its own full name is among theirs:
        # it is read alone only when no texts are at hand.
        if found is None and text is self._entry_text:
            return None
        if not batch and not first_name_before(surname, text):
            return None
        return found or first_name_before(surname, text)

    def _known_source(self, name: str) -> str | None:
        if name not in self._sources_named:
            known = self.known.sources.resolve(name) or OUTLET_NAMES.resolve(name)
            self._sources_named[name] = known
        return self._sources_named[name]

    def _outlet_of_staff(self, run: list[str]) -> str | None:
        """The known outlet whose staff a compound names: "AFP-Mitarbeiter"."""
        outlet, dash, staff = run[0].partition("-") if len(run) == 1 else ("", "", "")
        staff_named = bool(dash) and (is_role(staff) or staff.lower() in _STAFF)
        return self._known_source(outlet) if staff_named else None

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
        kind_named = False  # "einer Umfrage": whose follows, with an article or "von"
        next_word, next_index = "", 0
        for index, word in enumerate(words):
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
                if kind_named and lower in LEXICON.stopwords and lower not in _OF_THE_KIND:
                    return None  # "laut Umfragen mit einem Wahlsieg": no one's surveys
                kind_named = kind_named or _is_source_noun(lower)
                after_article = lower in LEXICON.articles
                continue
            if not run and after_article and is_adjective(word):
                if _NATIONAL.search(lower):
                    run.append(word)  # "der ukrainischen Armee": the origin belongs to it
                continue  # "die zuständige Behörde"
            cut_short = run and run[-1].endswith("-") and lower in ("und", "and", "oder")
            particle = run and (lower in LEXICON.name_particles or cut_short)
            if run and opens_remit(run, lower, word):
                run.append(word)  # "Landesamt für Gesundheit und …", "Bundesamt für …"
                continue
            if is_capitalised(word) or particle or _DOMAIN.fullmatch(word):
                run.append(word)  # (and "Sicherheits- und Verteidigungsrat" whole)
            else:
                next_word, next_index = lower, index
                break
        while run and not (is_capitalised(run[-1]) or _DOMAIN.fullmatch(run[-1])):
            run.pop()  # a remit cut short: "Bundesamt für" alone is the office's name
        if run and names_a_body(next_word):
            run += lowercase_body(words[next_index:])  # "according to London Metropolitan police"
        if kind_before_name(run):
            run = run[1:]  # "der Zugbetreiber Eurostar", "the carrier Qantas"
        run = owner_of(run)
        if len(run) == 1 and organisation_of_role(run[0]):
            return organisation_of_role(run[0])  # "einer Bahnsprecherin": the railway's
        staff_of = self._outlet_of_staff(run)
        if staff_of:
            return staff_of  # "wie AFP-Mitarbeiter berichteten": the agency's people
        if all(word[:1].islower() and "." not in word for word in run) or any(map(is_role, run)):
            return None  # only an adjective, or a role: "laut dem Sprecher des Rates"
        if len(run) == 1 and (is_place(run[0]) or is_time(run[0])):
            return None  # "India reports", "nach einer Prognose von Sonntagabend"
        if next_word in LEXICON.source_nouns and len(run) == 1 and _DEMONYM.search(run[0]):
            return None  # the origin of a kind of source: "Palestinian media reports"
        if article in ("des", "eines") and run:
            head = genitive_head(run)
            run[head] = (office_nominative if head == 0 else nominative)(run[head])
        name = " ".join(after_kind(run)[:5])  # (the kind tells a paper "Sun" from a Sunday)
        if not name or (speaker and _normalised(name) in _normalised(speaker)):
            return None
        if self._known_person(run[:3]) or (len(run) == 1 and self._full_name(run[0], text)):
            return None  # "laut Müller": a person speaks, no source is cited
        return name

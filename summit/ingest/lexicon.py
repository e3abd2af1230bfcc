"""The words the importer reads names by, the lists of all languages merged.

The lists themselves, one dictionary a language, are in wordlists.py. The patterns in
speakers.py and sources.py are built from the lists of all languages together, since a
German ticker quotes English sources and back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from summit.ingest.wordlists import ENGLISH, GERMAN

LANGUAGES = {"de": GERMAN, "en": ENGLISH}


@dataclass(frozen=True)
class Lexicon:
    """The word lists of several languages, merged (order kept, duplicates dropped)."""

    speech_verbs: tuple[str, ...]
    name_after: tuple[str, ...]
    name_before: tuple[str, ...]
    name_after_completed_by: dict[str, tuple[str, ...]]
    after_so_name: frozenset[str]
    opinion_cues: frozenset[str]
    role_articles: tuple[str, ...]
    source_labels: tuple[str, ...]
    source_after: tuple[str, ...]
    source_as_verbs: tuple[str, ...]
    source_before: tuple[str, ...]
    articles: frozenset[str]
    stopwords: frozenset[str]
    role_suffixes: tuple[str, ...]
    role_abbreviations: frozenset[str]
    surname_particles: frozenset[str]
    organisation_roles: tuple[str, ...]
    apposition_roles: frozenset[str]
    before_name: frozenset[str]
    handle_verbs: tuple[str, ...]
    recap_words: tuple[str, ...]
    back_references: frozenset[str]
    company_kinds: tuple[str, ...]
    organisation_endings: tuple[str, ...]
    auxiliaries: frozenset[str]
    source_nouns: frozenset[str]
    adjective_endings: tuple[str, ...]
    organisation_words: frozenset[str]
    name_particles: frozenset[str]
    subject_pronouns: frozenset[str]
    organisation_heads: frozenset[str]
    spokespeople: frozenset[str]
    reported_speech: tuple[str, ...]
    articles_and_contractions: frozenset[str]

    @classmethod
    def of(cls, languages: Iterable[str] = tuple(LANGUAGES)) -> Lexicon:
        chosen = [LANGUAGES[code] for code in languages]

        def merged(key: str) -> tuple[str, ...]:
            return tuple(dict.fromkeys(word for words in chosen for word in words[key]))

        articles = frozenset(merged("articles"))
        return cls(
            speech_verbs=merged("speech_verbs"),
            name_after=merged("name_after"),
            name_before=merged("name_before"),
            name_after_completed_by={
                cue: tuple(words)
                for language in chosen
                for cue, words in language["name_after_completed_by"].items()
            },
            after_so_name=frozenset(merged("after_so_name")),
            opinion_cues=frozenset(cue.lower() for cue in merged("opinion_cues")),
            role_articles=merged("role_articles"),
            source_labels=merged("source_labels"),
            source_after=merged("source_after"),
            source_as_verbs=merged("source_as_verbs"),
            source_before=merged("source_before"),
            articles=articles,
            # Articles and the pronouns and particles after them: never a name.
            stopwords=articles | frozenset(merged("stopwords")),
            role_suffixes=merged("role_suffixes"),
            role_abbreviations=frozenset(merged("role_abbreviations")),
            surname_particles=frozenset(merged("surname_particles")),
            organisation_roles=merged("organisation_roles"),
            apposition_roles=frozenset(merged("apposition_roles")),
            before_name=frozenset(merged("before_name")),
            handle_verbs=merged("handle_verbs"),
            recap_words=merged("recap_words"),
            back_references=frozenset(merged("back_references")),
            company_kinds=merged("company_kinds"),
            organisation_endings=merged("organisation_endings"),
            auxiliaries=frozenset(merged("auxiliaries")),
            source_nouns=frozenset(merged("source_nouns")),
            adjective_endings=merged("adjective_endings"),
            organisation_words=frozenset(merged("organisation_words")),
            name_particles=frozenset(merged("name_particles")),
            subject_pronouns=frozenset(merged("subject_pronouns")),
            organisation_heads=frozenset(merged("organisation_heads")),
            spokespeople=frozenset(merged("spokespeople")),
            reported_speech=merged("reported_speech"),
            articles_and_contractions=articles | frozenset(merged("contractions")),
        )


LEXICON = Lexicon.of()

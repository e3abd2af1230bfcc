"""Enrich drafts: speaker, source and tags from known names, aliases, attribution cues and keywords.

Every detection comes from the entry's own words: a known name or alias, an attribution
("sagte Müller", "Müller erklärte", "Müller: …", "said Smith"), a source cue ("laut",
"Quelle:", "in einem Interview mit der Zeitung …", "berichtet", "according to") or a
tag keyword. A name nobody knows yet is only taken when it reads as a person's full
name (for speakers) or a proper name after a cue (for sources); it becomes a new
speaker or source when the import is applied, and the draft says so. What cannot be
detected stays empty, with a warning. Speakers are found in speakers.py, sources in
sources.py, what both share in finder.py; the words these cues are made of are in
wordlists.py, merged in lexicon.py; what the database knows is in names.py.

An organisation that speaks ("twitterte die Polizei", "The Weather Service warned") or
that a person spoke to ("sagte Anna Berg der Bild") is the source. What only a weak cue
gives is marked as guessed (speaker_guessed / source_guessed): a person named after a
role without any attribution, a surname alone before "ist der Meinung", an account
("@Office says"), an agency named without a cue, the organisation behind a spokesperson
("ein Polizeisprecher") or behind a word referring back to it ("die Behörde").
"""

from __future__ import annotations

from collections import Counter

from summit.ingest.credits import without_credits
from summit.ingest.cues import cue_words_of, lowercase_of, lowered_text, words_of
from summit.ingest.drafts import EntryDraft
from summit.ingest.finder import OUTLET_NAMES
from summit.ingest.names import KnownNames, NameIndex, RoleIndex, TagMatcher
from summit.ingest.reported import ReportedFinder
from summit.ingest.said import entry_text
from summit.ingest.sources import SourceFinder
from summit.ingest.speakers import SpeakerFinder, is_recap

__all__ = ["Enricher", "KnownNames", "NameIndex", "RoleIndex", "TagMatcher"]

_PUBLISHER_MENTIONS = 3


class Enricher(SpeakerFinder, SourceFinder, ReportedFinder):
    """Speaker, source and tags for each draft of one import."""

    _tag_forms: dict[str, tuple[str | None, str]]

    def enrich(self, drafts: list[EntryDraft], texts: list[str] | None = None) -> None:
        """texts: the drafts' entry_text when the caller has made them already."""
        if texts is None:
            texts = [entry_text(draft.title, draft.body) for draft in drafts]
        self._texts = texts
        self._full_names = {}
        self._signers = None
        self._translations = {}
        self._tag_forms = {}
        mentions, cue_words, suggested = _read_words(texts, self.known.tags)
        # An outlet named without a cue in many entries is the ticker's own: no source.
        counts = Counter(outlet for named in mentions for outlet in named)
        publishers = {outlet for outlet, count in counts.items() if count >= _PUBLISHER_MENTIONS}
        self._publishers = publishers
        for draft, text, named, words, tags in zip(
            drafts, texts, mentions, cue_words, suggested, strict=True
        ):
            self._entry_text = text
            self._lowered = lowered_text(lowercase_of(text), words)
            self._recap = is_recap(text, self._lowered)
            self._speaker(draft, text)
            self._source(draft, text, [name for name in named if name not in publishers])
            self._reported(draft, text)
            self._tags(draft, tags)

    # -- tags ------------------------------------------------------------------------

    def _tags(self, draft: EntryDraft, suggested: tuple[str, ...]) -> None:
        """suggested: the tags the entry's keywords suggest (_read_words)."""
        names = [*draft.tags, *self.extra_tags, *suggested]
        draft.tags = []
        forms = self._tag_forms
        for name in names:
            canonical, written = forms[name] if name in forms else self._tag_form(name)
            draft.add_tag(canonical or written)
            if canonical is None and written not in draft.new_tags:
                draft.new_tags.append(written)

    def _tag_form(self, name: str) -> tuple[str | None, str]:
        """A tag's known name (None if new) and its name as written: the same few tags
        are added to every entry of an import, looked up once (_tags)."""
        form = self._tag_forms[name] = (self.known.tags.canonical(name), name.strip())
        return form


def _read_words(
    texts: list[str], tags: TagMatcher
) -> tuple[list[tuple[str, ...]], list[frozenset[str]], list[tuple[str, ...]]]:
    """Per text, the agencies it names, the words of it that open cues and the tags its
    keywords suggest: its words are read once for all three (the second is all cue
    detection needs of them)."""
    mentions: list[tuple[str, ...]] = []
    cue_words: list[frozenset[str]] = []
    suggested: list[tuple[str, ...]] = []
    # Sets of few words, and few tags: the many entries alike share one (outlets: one
    # empty tuple).
    shared: dict[frozenset[str], frozenset[str]] = {}
    shared_tags: dict[tuple[str, ...], tuple[str, ...]] = {}
    for text in texts:
        lowered = lowercase_of(text)
        words = words_of(lowered)
        cleaned = without_credits(text, lowered, words)
        if cleaned is text and "İ" not in text:  # lowered is then text.lower()
            mentions.append(OUTLET_NAMES.mentioned(text, lowered, words))
        else:
            mentions.append(OUTLET_NAMES.mentioned(cleaned))
        opening = cue_words_of(words)
        cue_words.append(shared.setdefault(opening, opening))
        named = tuple(tags.suggest_in_words(text, lowered, words))
        suggested.append(shared_tags.setdefault(named, named))
    return mentions, cue_words, suggested

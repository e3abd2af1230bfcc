"""Known names as people write them: speakers and sources with aliases, roles, tag keywords.

Loaded once per import (KnownNames.from_database) and asked by enrichment and by the
apply step; a name created during an import is added, so later entries find it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from summit.ingest.lexicon import LEXICON
from summit.ingest.tagwords import TagMatcher
from summit.ticker.models import Source, Speaker, Tag, normalise_name

_WORD = re.compile(r"[^\W\d_][\w-]*")
# How similar a misspelt name must be to a known one (difflib's ratio).
_CLOSE = 0.85


class NameIndex:
    """Known names and aliases of speakers or sources, matched the way people write them.

    Matching ignores case, accents and spacing (normalise_name); a surname alone matches
    when only one known person carries it; misspellings ("Angella Merkel", "Olaf
    Schulz") match by surname plus a similar first name, or by close spelling.
    """

    def __init__(self, names: Iterable[tuple[str, Iterable[str]]]) -> None:
        self._exact: dict[str, str] = {}
        self._lengths: dict[int, list[str]] = {}  # the keys of _exact by their length
        self._bearers: dict[str, set[str]] = {}  # surname -> canonical names carrying it
        self._surnames: dict[str, str] = {}  # surnames only one known person carries
        self._first_names: dict[str, set[str]] = {}
        self._memo: dict[str, str | None] = {}  # written name -> canonical name
        # One written word -> canonical name, or None for a word that names nobody known.
        self._word_hits: dict[str, str | None] = {}
        for canonical, aliases in names:
            self.add(canonical, aliases)

    def add(self, canonical: str, aliases: Iterable[str] = ()) -> None:
        """Know one more name (a speaker created during an import): cost independent of size."""
        for name in (canonical, *aliases):
            key = normalise_name(name)
            if not key:
                continue
            if key not in self._exact:
                self._exact[key] = canonical
                self._lengths.setdefault(len(key), []).append(key)
            parts = key.split(" ")
            bearers = self._bearers.setdefault(parts[-1], set())
            bearers.add(canonical)
            if len(bearers) == 1:
                self._surnames[parts[-1]] = canonical
            else:
                self._surnames.pop(parts[-1], None)
            if len(parts) > 1:
                self._first_names.setdefault(canonical, set()).add(parts[0])
        if self._memo or self._word_hits:
            self._memo, self._word_hits = {}, {}

    def __bool__(self) -> bool:
        return bool(self._exact)

    def resolve(self, name: str) -> str | None:
        """The canonical name for a written name, or None when nobody known is meant."""
        if name not in self._memo:
            self._memo[name] = self._resolve(normalise_name(name))
        return self._memo[name]

    def _resolve(self, key: str) -> str | None:
        if not key:
            return None
        if key in self._exact:
            return self._exact[key]
        parts = key.split(" ")
        candidate = self._surnames.get(parts[-1])
        if candidate and (len(parts) == 1 or self._similar_first_name(candidate, parts[0])):
            return candidate
        near = self._near_in_length(key)
        # Without a key near in length none is close: the matcher, which costs more to make
        # than an unknown name costs to look up otherwise, is not made.
        close = difflib.get_close_matches(key, near, n=1, cutoff=_CLOSE) if near else []
        return self._exact[close[0]] if close else None

    def _near_in_length(self, key: str) -> list[str]:
        """The keys get_close_matches may find close to key: one whose length alone keeps
        the ratio under the cutoff (its real_quick_ratio, computed as difflib does) is
        passed over there. Asked per length, not per key, of an index that grows with
        the names of every import."""
        size = len(key)
        near = []
        for length, keys in self._lengths.items():
            if 2.0 * min(size, length) / (size + length) >= _CLOSE:
                near += keys
        return near

    def _similar_first_name(self, canonical: str, first: str) -> bool:
        known = self._first_names.get(canonical)
        if not known:
            return True
        return any(difflib.SequenceMatcher(None, first, name).ratio() >= 0.6 for name in known)

    def mentioned(self, text: str) -> set[str]:
        """Known names that occur in a text, as canonical names."""
        words = set(_WORD.findall(text))
        hits = self._word_hits
        for word in words.difference(hits):
            key = normalise_name(word)
            hits[word] = self._exact.get(key) or self._surnames.get(key) or None
        return set(filter(None, map(hits.__getitem__, words)))


class Outlets:
    """The agencies and pollsters of the lexicon, found only as written in full.

    Unlike NameIndex, no surname stands for the whole: "Presse" is no Agence France-Presse,
    "international" no United Press International. Short names ("AP", "dpa") must match
    their case; longer ones match in any case.
    """

    def __init__(self, outlets: dict[str, list[str]]) -> None:
        self._names: dict[str, str] = {}
        # Written forms looked for as written (short ones) and in the lowercased text,
        # each with the outlets it names.
        self._cased_forms: dict[str, list[str]] = {}
        self._lowered_forms: dict[str, list[str]] = {}
        for canonical, aliases in outlets.items():
            for name in (canonical, *aliases):
                self._names[normalise_name(name)] = canonical
                if len(name) < 6:
                    self._cased_forms.setdefault(name, []).append(canonical)
                else:
                    self._lowered_forms.setdefault(name.lower(), []).append(canonical)
        # The forms by the word each starts with in lowercase, and those without one.
        self._cased_keys, self._cased_unkeyed = _keyed(self._cased_forms)
        self._lowered_keys, self._lowered_unkeyed = _keyed(self._lowered_forms)
        self._keys = frozenset([*self._cased_keys, *self._lowered_keys])

    def resolve(self, name: str) -> str | None:
        canonical = self._names.get(normalise_name(name))
        # A short name that is also a word counts only in its own case: "who reports" names
        # no WHO (other short ones are cited in any case: "(dpa/afp)").
        if canonical and name.lower() in LEXICON.stopwords and name not in self._cased_forms:
            return None
        return canonical

    def mentioned(
        self, text: str, lowered: str | None = None, words: frozenset[str] | None = None
    ) -> tuple[str, ...]:
        """The outlets a text names, sorted; the many texts naming none share one tuple.
        lowered: text.lower(), and words: its words (\\w+), when read already.

        A substring test per written form is far cheaper than one alternation over all
        of them; only a form that occurs is checked for standing as a word of its own."""
        if lowered is None:
            lowered = text.lower()
        if words is not None:
            # A form standing alone starts with a whole word of the text (lowercasing keeps
            # what is a word character): only the forms that start with one are looked for.
            keys = self._keys.intersection(words)
            if not (keys or self._cased_unkeyed or self._lowered_unkeyed):
                return ()  # most texts: no form starts with one of their words
            cased = [form for key in keys for form in self._cased_keys.get(key, ()) if form in text]
            in_lowered = [
                form for key in keys for form in self._lowered_keys.get(key, ()) if form in lowered
            ]
            cased += [form for form in self._cased_unkeyed if form in text]
            in_lowered += [form for form in self._lowered_unkeyed if form in lowered]
        else:
            cased = [form for form in self._cased_forms if form in text]
            in_lowered = [form for form in self._lowered_forms if form in lowered]
        if not (cased or in_lowered):
            return ()
        found = set()
        for form in cased:
            if _stands_alone(form, text):
                found.update(self._cased_forms[form])
        for form in in_lowered:
            if _stands_alone(form, lowered):
                found.update(self._lowered_forms[form])
        return tuple(sorted(found)) if found else ()


_WORD_CHARS = re.compile(r"\w+")


def _keyed(forms: Iterable[str]) -> tuple[dict[str, list[str]], list[str]]:
    """Forms by the word (\\w+) each starts with, in lowercase; apart, the forms that
    start otherwise (or with a word not in ASCII, which lowercasing may change)."""
    keyed: dict[str, list[str]] = {}
    unkeyed = []
    for form in forms:
        found = _WORD_CHARS.match(form)
        if found and found.group(0).isascii():
            keyed.setdefault(found.group(0).lower(), []).append(form)
        else:
            unkeyed.append(form)
    return keyed, unkeyed


def _stands_alone(form: str, text: str) -> bool:
    """Whether form occurs in text as words of its own (not "xAP", "Ex-AFP", "APs")."""
    start = text.find(form)
    while start != -1:
        end = start + len(form)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-" or after.isalnum() or after in "_-"):
            return True
        start = text.find(form, start + 1)
    return False


class RoleIndex:
    """Known speakers by role, for "so der russische Präsident" when that speaker is present."""

    def __init__(self, roles: Iterable[tuple[str, str]]) -> None:
        self._roles = [(name, _role_words(role)) for name, role in roles if role]
        # may_name's answers: the roles stay as they are, and an import writes the same few
        # phrases after its cues ("der russische Präsident").
        self._named: dict[str, bool] = {}

    def resolve(self, phrase: str, present: set[str]) -> str | None:
        words = _role_words(phrase)
        if not words:
            return None
        matches = [name for name, role in self._roles if name in present and words <= role]
        return matches[0] if len(matches) == 1 else None

    def may_name(self, phrase: str) -> bool:
        """Whether a known speaker has the role at all: only then is it worth reading
        which speakers an entry mentions (resolve's `present`)."""
        named = self._named.get(phrase)
        if named is None:
            words = _role_words(phrase)
            named = self._named[phrase] = bool(words) and any(
                words <= role for _name, role in self._roles
            )
        return named


_ENDINGS_LONGEST_FIRST = sorted(LEXICON.adjective_endings, key=len, reverse=True)


@lru_cache(maxsize=4096)
def _role_words(text: str) -> frozenset[str]:
    """Role words without adjective endings: "russische Präsident" ~ "russischer Präsident".
    Cached: an import writes the same few roles after its cues, and may_name and resolve
    both ask for them."""
    words = set()
    for word in normalise_name(text).replace("-", " ").split():
        for ending in _ENDINGS_LONGEST_FIRST:
            if word.endswith(ending) and len(word) > len(ending) + 3:
                word = word[: -len(ending)]
                break
        words.add(word)
    return frozenset(words - LEXICON.articles)


@dataclass
class KnownNames:
    """What the database knows, loaded once per import."""

    speakers: NameIndex
    sources: NameIndex
    roles: RoleIndex
    tags: TagMatcher

    @classmethod
    def from_database(cls) -> KnownNames:
        speakers = list(Speaker.objects.values_list("name", "aliases", "role"))
        return cls(
            speakers=NameIndex((name, aliases or []) for name, aliases, _role in speakers),
            sources=NameIndex(
                (name, aliases or [])
                for name, aliases in Source.objects.values_list("name", "aliases")
            ),
            roles=RoleIndex((name, role) for name, _aliases, role in speakers),
            tags=TagMatcher(
                (name, keywords or [])
                for name, keywords in Tag.objects.values_list("name", "keywords")
            ),
        )

    @classmethod
    def empty(cls) -> KnownNames:
        return cls(NameIndex(()), NameIndex(()), RoleIndex(()), TagMatcher(()))

"""Words around an attribution cue, read as a name: who stands after "sagte", before "zufolge".

Pure functions over a text and a position, shared by speaker and source detection in
speakers.py and sources.py; the words they know are in wordlists.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summit.ingest.lexicon import LEXICON
from summit.ingest.nonnames import is_place, is_time, may_be_a_name, opens_no_subject
from summit.ingest.wordlists import ENGLISH, GERMAN

TOKEN_STRIP = ",.;:!?\"'„“”«»‚‘’()[]"


# A surname after an Arabic article: "al-Qudra", "el-Sisi", "bin-Salman".
_ARTICLED_SURNAME = re.compile(r"(?:al|el|ad|ar|as|ash|an|at|az|bin|ibn|abu)-[A-Z]")


def is_capitalised(token: str) -> bool:
    if not token:
        return False
    first = token[0]
    if first.isupper() or (first.isdigit() and token[-1].isalpha()):
        return True
    return first in "aeib" and "-" in token[1:5] and bool(_ARTICLED_SURNAME.match(token))


@lru_cache(maxsize=8192)
def is_role(token: str) -> bool:
    """A role word, also declined ("des Präsidenten", "des Ministers") or short ("Sen.")."""
    lower = token.lower()
    last = lower.split("-")[-1]
    return (
        last.endswith(LEXICON.role_suffixes)
        or (last != lower and lower.endswith(LEXICON.role_suffixes))  # "co-ordinator"
        or (last.endswith(("n", "s")) and last[:-1].endswith(LEXICON.role_suffixes))
        or (last.endswith(("en", "es")) and last[:-2].endswith(LEXICON.role_suffixes))
        or not LEXICON.role_abbreviations.isdisjoint((lower, lower.removesuffix("s")))  # "MPs"
        or token == "OB"  # Oberbürgermeister, in capitals only: "ob" asks whether
    )


# Roles of who writes the ticker ("Südkurier-Redakteurin Eva Berg"): not who speaks in it.
_REPORTERS = ("autor", "autorin", "journalist", "journalistin", "korrespondent",
              "korrespondentin", "reporter", "reporterin", "redakteur", "redakteurin",
              "correspondent")  # fmt: skip


def is_reporter(role: str) -> bool:
    return role.lower().endswith(_REPORTERS)


@lru_cache(maxsize=16384)
def names_a_role(word: str) -> bool:
    """A role word, or a word for a position that an apposition names ("Leiter", "head")."""
    return is_role(word) or word.lower() in LEXICON.apposition_roles


def is_organisation(words: list[str]) -> bool:
    """Whether a name ends as organisations do: "Polizei", "National Weather Service",
    "Bundesregierung"."""
    return is_organisation_word(words[-1] if words else "")


@lru_cache(maxsize=16384)
def is_organisation_word(word: str) -> bool:
    """is_organisation of a name ending with word: asked of every word around every cue,
    the same few thousand words of an import."""
    last = word.lower().split("-")[-1]
    # (Declined too: "nach Angaben des Kiewer Innenministeriums".)
    ending = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    return last in LEXICON.organisation_words or (
        len(last) > 5 and ending.endswith(LEXICON.organisation_endings)
    )


_BODIES = frozenset(LEXICON.organisation_endings)
_COMPOUND_HEADS = tuple(head for head in LEXICON.organisation_heads if len(head) >= 5)


def is_organisation_head(word: str) -> bool:
    """A word that opens an organisation's name before its place: "Polizei Gütersloh",
    "Landeshauptstadt Dresden", "County Durham"."""
    lower = word.lower()
    return lower in LEXICON.organisation_heads or lower.endswith(_COMPOUND_HEADS)


def names_a_body(word: str) -> bool:
    """A body's word written after a name, in lowercase: "(London Metropolitan) police",
    "(the Israeli) army": the name is the body's, no person's."""
    return word in _BODIES


def words_after(text: str, position: int, count: int = 6) -> list[str]:
    """The next words, cut at the first clause boundary (a comma or a full stop)."""
    words: list[str] = []
    # At most count splits: the first count pieces are those of a full split.
    pieces = text[position : position + 120].split(None, count)[:count]
    for index, raw in enumerate(pieces):
        if raw[0] == "(" and index:
            break  # "Anna Berg (Grüne)": the party in brackets is no part of the name
        word = raw.strip(TOKEN_STRIP)
        if word:  # (a piece of marks only, "–", is no word)
            words.append(word)
        # A word ends the clause with its own mark, or with one before closing quotes
        # (a word that is only quotes ends it too): rstrip only where a quote ends it.
        last = raw[-1]
        if last == "." and _is_title(raw):
            continue  # "according to Sen. Chuck Schumer": a title's full stop ends nothing
        if last in ",.;:!?)" or (last in "\"“”»«'" and raw.rstrip("\"“”»«'")[-1:] in ",.;:!?"):
            break
    return words


def _is_title(raw: str) -> bool:
    """A title written short before a name: "Dr.", "Sen.", "Gov."."""
    return raw[:1].isupper() and raw[:-1].lower() in LEXICON.role_abbreviations


# A name's abbreviation, whose full stop ends no clause: "U.S.", "St. Gallen".
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|St\.")


def words_before(text: str, position: int, count: int = 4) -> list[str]:
    """The preceding words, back to the previous clause boundary."""
    words: list[str] = []
    window = _without_closing_brackets(text[max(0, position - 120) : position])
    # A line break ends a clause too: the headline above is no part of the sentence.
    # At most count splits from the right: the last count pieces are those of a full split.
    pieces = window[window.rfind("\n") + 1 :].rsplit(None, count)[-count:]
    for raw in reversed(pieces):
        if raw[-1] in ",.;:!?" and not (raw[-1] == "." and _ABBREVIATION.fullmatch(raw)):
            break  # (not "U.S. Geological Survey", "Kantonspolizei St. Gallen")
        if raw[-1] in '"“”»«' and raw[0] not in '"„“»«':
            break  # (a word quoted whole is a name: "die »Bild« berichtet")
        if raw[0] == "(":
            break  # "Kriminalbeamter (BDK) André Schulz sagt": the name opens after it
        # A piece ending with a full stop that got here is an abbreviation (asked above).
        word = raw if raw[-1] == "." else raw.strip(TOKEN_STRIP)
        if word:
            words.append(word)
    words.reverse()
    return words


def _without_closing_brackets(window: str) -> str:
    """The words before a bracket that closes right before a cue: "Anna Berg (Grüne)
    sagte", "Bärbel Bas (53, SPD) verkündet": the bracket is no part of the name."""
    stripped = window.rstrip()
    if not stripped.endswith(")"):
        return window
    opening = stripped.rfind("(", max(0, len(stripped) - 40))
    return stripped[:opening] if opening != -1 else window


@lru_cache(maxsize=16384)
def is_name_word(word: str) -> bool:
    """Cached: the words around every cue of an import are the same few thousand."""
    return is_capitalised(word) and word.lower() not in LEXICON.stopwords


@lru_cache(maxsize=16384)
def is_adjective(word: str) -> bool:
    """Cached: asked of the words after every cue, the same few thousand of an import."""
    return (
        word[:1].islower()
        and len(word) > 4
        and word.endswith(LEXICON.adjective_endings)
        and word not in LEXICON.stopwords
    )


_PARTICLE_WORDS = frozenset(word for group in LEXICON.surname_particles for word in group.split())
# A German "von" or "zu" alone after a role is a place ("Präsident von Frankreich").
_PARTICLES_AFTER_FIRST_NAME_ONLY = frozenset({"von", "vom", "zu"})


def is_particle(word: str) -> bool:
    return word.lower() in _PARTICLE_WORDS


def _particles_end(words: list[str], start: int) -> int:
    """Where the surname stands after a particle group at start ("van der" Meer), or 0."""
    if start >= len(words) or not is_particle(words[start]):
        return 0  # every group starts with a particle word
    for end in range(min(len(words) - 1, start + 3), start, -1):
        group = " ".join(words[start:end]).lower()
        if group in LEXICON.surname_particles and is_name_word(words[end]):
            return end
    return 0


def _particles_start(words: list[str], end: int) -> int:
    """Where a particle group before words[end] starts ("van der" before Meer), or end."""
    start = end
    while start > 0 and end - start < 3 and is_particle(words[start - 1]):
        start -= 1
    for first in range(start, end):
        if " ".join(words[first:end]).lower() in LEXICON.surname_particles:
            return first
    return end


def _particles_may_follow(before: str | None, group: list[str]) -> bool:
    """Whether a particle group after `before` belongs to a surname: "Ursula van der
    Meer", "Kommissionspräsidentin von der Berg", not "Regierung von Japan"."""
    alone = len(group) == 1 and group[0].lower() in _PARTICLES_AFTER_FIRST_NAME_ONLY
    if before is None or is_role(before):
        return not alone
    return (
        is_name_word(before)
        and before.lower() not in LEXICON.source_nouns
        and not is_organisation([before])
    )


# After a role, what opens its complement: "der Vorsitzende des Bundes …", "head of …".
_COMPLEMENT_OPENERS = frozenset({"des", "der", "of"})


_AM = ("am", "Am")


def _in_time_phrase(words: list[str], index: int) -> bool:
    """Whether a word is "am" before a time of day or that time: "am Nachmittag" (the
    words compared first, as most are neither)."""
    if words[index] in _AM:
        return index + 1 < len(words) and is_time(words[index + 1])
    return index > 0 and words[index - 1] in _AM and is_time(words[index])


def name_after(words: list[str]) -> list[str]:
    """The name right after a cue, past articles, adjectives and a role: "der russische
    Regierungssprecher Steffen Hebestreit" gives Steffen Hebestreit; "er", "über" give nothing."""
    run: list[str] = []
    before: str | None = None
    for index, word in enumerate(words):
        if run and is_name_word(word):
            run.append(word)
            continue
        if run and is_role(word) and index + 1 < len(words) and is_name_word(words[index + 1]):
            run, before = [], word  # "Shiv Sena chief Uddhav Thackeray": the party, the role
            continue
        lower = word.lower()
        if not run and before is not None and lower in _COMPLEMENT_OPENERS:
            return []  # "der Vorsitzende des Bundes …": the role's organisation, no name
        if not run and (lower in LEXICON.articles or lower in LEXICON.before_name):
            continue
        if not run and _in_time_phrase(words, index):
            continue  # "sagte am Nachmittag Sängerin Anna Berg"
        if not run and (is_adjective(word) or is_role(word)):
            before = word if is_role(word) else before
            continue
        if not run and is_name_word(word):
            run.append(word)
            continue
        if run and names_a_body(word):
            return []  # "according to London Metropolitan police": an organisation's name
        end = _particles_end(words, index) if len(run) < 2 else 0  # not "Anna Berg von der …"
        if end and _particles_may_follow(run[-1] if run else before, words[index:end]):
            run += words[index : end + 1]  # the surname ends the name
        elif not run:
            return []
        break
    return without_roles(run)


_BETWEEN_NAME_AND_VERB = frozenset({
    *GERMAN["weekdays"], *ENGLISH["weekdays"], "on", "has", "have", "had", "hat", "hatte", "hatten"
})  # fmt: skip


def name_before(words: list[str]) -> list[str]:
    """The name right before a verb: "Regierungssprecher Anna Berg warnte" gives Anna Berg;
    a role's complement is no first name ("Secretary of State Mara Linde")."""
    run: list[str] = []
    end = len(words)
    # "Macron (on) Saturday appealed", "Al-Arouri has told": the day and the auxiliary
    # stand between the name and its verb.
    while end > 0 and words[end - 1].lower() in _BETWEEN_NAME_AND_VERB:
        end -= 1
    while end > 0:
        if is_name_word(words[end - 1]):
            run.insert(0, words[end - 1])
            end -= 1
            continue
        start = _particles_start(words, end) if len(run) == 1 else end
        if start < end and _particles_may_follow(
            words[start - 1] if start else None, words[start:end]
        ):
            run = words[start:end] + run
            end = start
            continue
        break
    if end > 0 and opens_no_subject(words[end - 1], run, any(map(is_role, run))):
        return []  # "an adviser to Prime Minister Tom Hale", "The Telecommunications Forum"
    if len(run) == 3 and end > 0 and words[end - 1] in ("of", "for", "von", "des", "der", "and"):
        run = run[1:]  # "Minister for Culture and Sport Mary Hanafin"
    elif len(run) > 2 and end > 0 and words[end - 1].lower() in LEXICON.articles:
        run = run[-2:]  # "to the United States Anatoly Antonov": a place, then the name
    while len(run) > 2 and is_place(run[0]):
        run = run[1:]  # "American Joe Kovacs says": where the person is from
    named = without_roles(run)
    if any(map(is_organisation_word, named)):
        return []  # "Fox News Research tweeted": a body, no person
    return named


def without_roles(run: list[str]) -> list[str]:
    """What follows the last role word: "Italiens Verteidigungsminister Marco Rossi";
    at most three names, with the particles between them ("Ursula van der Meer")."""
    if not run or is_role(run[-1]):
        return []
    if len(run) == 1:
        return run  # one word, no role: the common case, read without the lists below
    roles = [index for index, word in enumerate(run) if is_role(word)]
    if roles:
        run = run[roles[-1] + 1 :]
    names = [index for index, word in enumerate(run) if not is_particle(word)]
    return run[names[-3] :] if len(names) > 3 else run


_LINKING_S = ("ungs", "heits", "keits", "iums", "amts", "ums", "ats")


@lru_cache(maxsize=16384)
def organisation_of_role(word: str) -> str | None:
    """The organisation a compound role speaks for: "Polizeisprecherin" -> Polizei,
    "Regierungssprecher" -> Regierung; a press officer ("Pressesprecher") names none.
    Cached: asked of the first words after every speech verb."""
    lower = word.lower()
    for role in LEXICON.organisation_roles:
        if lower.endswith(role) and len(word) - len(role) >= 4:
            prefix = word[: -len(role)].rstrip("-")
            if prefix.lower().endswith(_LINKING_S):
                prefix = prefix[:-1]
            if prefix.lower() in ("presse", "unternehmen", "partei", "fraktion"):
                return None
            return prefix if prefix[:1].isupper() else None
    return None


def name_words(words: list[str]) -> list[str]:
    """A name's words without the particles before its surname: "van der Meer" -> Meer."""
    return [word for word in words[:-1] if not is_particle(word)] + words[-1:]


ACRONYM = re.compile(r"[A-ZÄÖÜ]{2}")
# A capital inside a word, as brands write it ("SpaceX", "YouTube", "BlackRock"), but not
# after the prefixes of surnames ("McAnulty", "DeSantis", "DiCaprio", "MacKenzie").
_SURNAME_PREFIX = re.compile(r"^(?:Mc|Mac|D[eiau]|L[ae]|Van|Fitz)(?=[A-ZÄÖÜ])")
_INNER_CAPITAL = re.compile(r"[a-zäöü][A-ZÄÖÜ]")


def brand_cased(word: str) -> bool:
    """A capital inside a word: a brand's or an account's name, not a person's."""
    return _INNER_CAPITAL.search(_SURNAME_PREFIX.sub("", word)) is not None


_DIGIT = re.compile(r"\d")


def after_owner(words: list[str]) -> list[str]:
    """The words after an owner's: "Sánchez" of "Spain's Sánchez", "Peter Whittlesea" of
    "The BBC's Peter Whittlesea"."""
    owners = [index for index, word in enumerate(words[:-1]) if word.endswith(("'s", "’s"))]
    return words[owners[-1] + 1 :] if owners else words


def looks_like_person(words: list[str]) -> bool:
    """Capitalised words, no digits, no acronym ("ZDF-Umfrage"), place or time, not "… Post"."""
    return _looks_like_person(tuple(words))


@lru_cache(maxsize=8192)
def _looks_like_person(written: tuple[str, ...]) -> bool:
    """looks_like_person, asked again and again for the same few names of an import."""
    words = name_words(list(written))
    return (
        bool(words)
        and not is_organisation_head(words[0])  # "Polizei Gütersloh"
        and all(map(is_name_word, words))
        and not _DIGIT.search("".join(words))
        and not any(ACRONYM.search(word) or brand_cased(word) for word in words)
        and not is_organisation(words)
        and not any(word.lower() in LEXICON.source_nouns for word in words)
        and may_be_a_name(list(written[:1]))  # "Der Streik": an article, no particle
        and may_be_a_name(words)
    )

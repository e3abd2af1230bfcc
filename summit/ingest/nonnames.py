"""Capitalised words that never name a person: what opens a sentence, a place, an
institution or a time. phrases.py asks may_be_a_name of every name it reads as a person's.
"""

from __future__ import annotations

import re

from summit.ingest.datewords import MONTHS
from summit.ingest.lexicon import LEXICON
from summit.ingest.wordlists import ENGLISH, GERMAN

# Capitalised words that open no person's name: a preposition, a conjunction or an adverb
# first in its sentence ("Seit Dienstag", "Apropos Adam Szalai", "Without Borders"), the
# first word of a place ("North East", "New Mexico", "Hong Kong", "Mt Roskill") or of an
# institution ("United Future", "Civil Defence", "Foreign Affairs"), a country or its
# people ("Scotland Yard", "Indian Navy", "Pakistan Muslim League").
_NO_FIRST_NAMES = frozenset({
    "seit", "apropos", "ab", "bis", "trotz", "wegen", "während", "über", "unter", "gegen",
    "ohne", "durch", "für", "aus", "neben", "zwischen", "dank", "statt", "falls", "wenn",
    "auf", "in", "im", "ins", "am", "vom", "zum", "zur", "beim", "nach", "vor", "mit", "bei",
    "weil", "obwohl", "ob", "denn", "jedoch", "trotzdem", "deshalb", "daher", "bereits", "erst",
    "inzwischen", "mittlerweile", "unterdessen", "derweil", "zunächst", "danach", "bisher",
    "außerdem", "zudem", "auch", "dazu", "ebenfalls", "schließlich", "also", "plus",
    "additionally", "finally", "again", "besides",
    "without", "with", "under", "over", "against", "before", "since", "until", "when",
    "while", "if", "because", "although", "but", "and", "or", "meanwhile", "however",
    "earlier", "later", "update", "breaking", "live", "watch", "what", "where", "why", "how",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "new", "nord", "süd", "ost", "mt", "mount", "saint", "st", "san", "santa", "los", "las",
    "hong", "sri", "greater", "upper", "lower", "united", "royal", "national", "federal",
    "international", "civil", "foreign", "public", "supreme",
    # Articles and determiners open a noun, never a name: "Der Streik ist beendet: …".
    "der", "die", "das", "zu", "folgende", "alle", "viele", "einige", "keine", "diese",
    "the", "this", "these", "all", "many", "some",
    "unser", "unsere", "mein", "meine", "kein", "ein", "eine", "jeder", "jede", "our", "my",
    "your", "no", "every", "a", "an", "sein", "seine", "seinen", "seinem", "seiner", "ihre",
    "ihren", "ihrem", "ihrer", "deren", "dessen", "wenige", "mehrere", "beide", "zwei", "drei",
    "vier", "fünf", "sechs", "sieben", "acht", "zehn", "zwölf", "hundert", "which", "whose",
    "does", "did", "do", "is", "are", "was", "were", "has", "have", "going", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "hunderte", "tausende", "dutzende",
    # Labels and the nouns of places, groups and platforms: "Danke Nemo", "Große
    # Hilfsbereitschaft", "Start Overtime", "Bad Tölz", "Kanton Zürich", "Facebook Fotos".
    "danke", "thanks", "große", "großer", "großes", "kleine", "kleiner", "kleines", "start",
    "bad", "kanton", "gruppe", "instagram", "facebook", "twitter", "telegram", "youtube",
    "tiktok",
    # Storms are named like people: "Sturm Sabine", "Hurricane Dorian", "Cyclone Gabrielle".
    "sturm", "orkan", "storm", "hurricane", "cyclone", "typhoon",
    # Labels before a quotation: "Kommentar: "…"", "Reaction: "…"".
    "kommentar", "fazit", "zitat", "reaktion", "frage", "antwort", "comment", "quote",
    "reaction", "verdict", "question", "answer", "analysis", "statement",
    # A market wire's topic labels: "Aktien Frankfurt: Rekordjagd …", "Leitindex Dax: …".
    "aktien", "devisen", "anleihen", "leitindex", "ölpreise", "goldpreis", "stocks",
    "markets",
})  # fmt: skip
# Countries and their people: no person's name, nor a source of their own ("India reports").
_COUNTRIES = frozenset({
    "scotland", "england", "ireland", "britain", "france", "germany", "spain",
    "italy", "russia", "china", "japan", "pakistan", "iran", "iraq", "syria", "turkey",
    "ukraine", "poland", "canada", "mexico", "brazil", "australia", "zealand", "africa",
    "europe", "asia", "egypt", "gaza", "nigeria", "deutschland", "frankreich", "russland",
    "österreich", "schweiz", "bayern", "indian", "arab", "pakistani", "british", "irish",
    "chinese", "russian", "american", "israeli", "palestinian", "ukrainian", "german",
    "french", "spanish", "italian", "turkish", "iranian", "syrian", "european", "african",
    "asian", "scottish", "israel", "india", "korea", "afghanistan", "lebanon", "qatar",
    "taiwan", "singapore", "thailand", "indonesia", "hungary", "belarus",
})  # fmt: skip
_NO_FIRST_NAMES |= _COUNTRIES
# Words of a time or an answer, never part of a person's name: "Seit Dienstag",
# "Heute Abend", "Durchsetzungs-Initiative Ja"; months but the short forms and those that
# are first names too ("April", "June").
_TIMES = frozenset({
    *GERMAN["weekdays"], *ENGLISH["weekdays"], "heute", "gestern", "today", "yesterday",
    "tonight", "ja", "nein", "yes", "vormittag", "mittag", "nachmittag", "abend", "nacht",
    "mal",  # "Dieses Mal berichtet …"
    *(month for month in MONTHS if len(month) > 4 and month not in ("april", "june", "august")),
})  # fmt: skip


_WEEKDAYS = tuple(GERMAN["weekdays"])
_DAYTIMES = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")


def is_time(word: str) -> bool:
    """A day or a time of one: "Dienstag", "today", "Sonntagabend"."""
    lower = word.lower()
    return lower in _TIMES or (lower.startswith(_WEEKDAYS) and lower.endswith(_DAYTIMES))


def is_place(word: str) -> bool:
    """A country or its people: "India", "Israeli"."""
    return word.lower() in _COUNTRIES


# First words of an institution's name of two words: "Civil Defence", "Federal Reserve".
_INSTITUTION_OPENERS = frozenset({
    "united", "royal", "national", "federal", "international", "civil", "foreign", "public",
    "supreme",
})  # fmt: skip


def names_an_institution(words: list[str]) -> bool:
    """Two capitalised words that open as no person's name does, with a country or an
    institution's word: "Scotland Yard", "Indian Navy", "Civil Defence" (not "New Mexico")."""
    first = words[0].lower() if len(words) == 2 else ""
    return (first in _COUNTRIES or first in _INSTITUTION_OPENERS) and words[1][:1].isupper()


# The part of a region a name ends with: "Oberbayern Nord", "Berlin-Mitte" apart.
_PLACE_PARTS = frozenset({"nord", "süd", "ost", "mitte"})
# A German adjective or ordinal, declined, opens a noun, no name: "Glückliche Siegerin",
# "Fleißige Wähler", "Hessische Landesmuseum", "Viertes Duell". (No first name ends so:
# "Ludwig" has no ending after the "-ig", and "-iger" is left to "Rüdiger".)
_DECLINED_ADJECTIVE = re.compile(
    r"(?:ig(?:e|es|en|em)|(?:lich|isch|erst|zweit|dritt|viert|fünft|sechst|letzt)(?:e|er|es|en|em))$"
)


def may_be_a_name(words: list[str]) -> bool:
    """Whether capitalised words may name a person: not "Seit Dienstag", "New Mexico"."""
    if not words:
        return False
    first = words[0].lower()
    return (
        first not in _NO_FIRST_NAMES
        and not _DECLINED_ADJECTIVE.search(first)
        and words[-1].lower() not in _PLACE_PARTS
        and not any(map(is_time, words))
    )


# German prepositions merged with their article: opening a clause, they put its subject
# after the verb ("Zum Thema Afrika sagt Merkel, …").
CONTRACTED_PREPOSITIONS = frozenset({"zum", "zur", "beim", "vom", "im", "am"})
# Words before a name that make it an object, not the subject: "an adviser to Prime
# Minister …", "Zum Thema Afrika sagt …".
_OBJECT_OPENERS = frozenset({"to", "with", "from", "against", "mit", "gegen"}) | (
    CONTRACTED_PREPOSITIONS
)


def opens_no_subject(before: str, run: list[str], role: bool) -> bool:
    """Whether the word before capitalised words at a verb makes them no subject: an
    object's preposition ("an adviser to Prime Minister Tom Hale has said"), or an article
    before a name of one or two words and no role ("The Telecommunications Forum says",
    not "Der Kanzler Scholz sagte")."""
    lower = before.lower()
    return lower in _OBJECT_OPENERS or (lower in LEXICON.articles and len(run) < 3 and not role)


# How nouns end that no first name ends with ("Richtung", "Todesfall", "Karriere").
# ("-nis" and "-ment" end first names too: "Antonis", "Clement".)
_NOUN_ENDINGS = (
    "ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ismus", "fall", "erei", "iere", "wahl",
    "wahlen", "iker",
)  # fmt: skip
# German adjectives, declined, that open a label's two words ("Erste Top-Nachricht: …",
# "Interessantes Detail: …", "Letztes Ständchen: …"), never a person's name.
_LABEL_ADJECTIVES = frozenset(
    stem + ending
    for stem in (
        "erst", "zweit", "dritt", "letzt", "nächst", "weiter", "neu", "interessant", "falsch",
        "richtig", "wichtig", "kurz", "schön", "spannend", "aktuell", "offiziell", "nett",
        "bitter", "knapp", "deutlich", "überraschend", "traurig", "erfreulich", "gut", "best",
    )
    for ending in ("e", "er", "es", "en", "em")
)  # fmt: skip


def opens_a_thing(first: str) -> bool:
    """The first of two capitalised words, a noun or a declined adjective: the words name a
    thing ("Richtung Renault", "Erste Top-Nachricht"), not a person. (Asked of full names
    only: as the first word of any name it would also take author lines and headlines.)"""
    lower = first.lower()
    return lower.endswith(_NOUN_ENDINGS) or lower in _LABEL_ADJECTIVES

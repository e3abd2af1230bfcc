"""Where an entry's words were said or posted: a broadcast ("im Sky-Interview", "in der
ARD") or a platform ("wrote on X"). Such a source is weaker than one the entry cites."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from summit.ingest.cues import LoweredText, sought_words
from summit.ingest.finder import SPEECH_VERBS, Candidates
from summit.ingest.lexicon import LEXICON
from summit.ingest.organisations import organisation_before
from summit.ingest.phrases import words_after, words_before

# Where someone spoke: "im Sky-Interview", "im BR-Fernsehen", "in den ARD-„Tagesthemen“".
_BROADCAST = re.compile(
    r"\b(?:[Ii]m|[Ii]n der|[Ii]n den|[Ii]n einem|[Ii]n einer|[Bb]eim|[Bb]ei|[Gg]egenüber dem)"
    # "in einem BBC-Interview", "in der ZDF-Sendung", "im ARD-„Bericht aus Berlin“".
    r"\s+([A-ZÄÖÜ][\w]*)-(?:(?:Interview|Sendung)\b|[„\"](?!Tagesthemen|Tagesschau|Morgenmagazin)"
    r"|(Fernsehen|Radio|Morgenmagazin|Mittagsmagazin|Tagesthemen|Tagesschau|heute-journal)\b"
    r"|[„\"](Tagesthemen|Tagesschau|Morgenmagazin)[“\"])"
    # Whose projection: "nach einer ARD-Prognose", "die ZDF-Hochrechnung".
    r"|\b([A-ZÄÖÜ][\w]*)-(?:Prognose|Hochrechnung|Umfrage)\b"
)


# What every _BROADCAST match holds: a hyphen and the programme's or projection's word
# or a quotation mark right after it ("Sky-Interview", "ARD-„Tagesthemen“"); a text without one is not asked,
# as most that name an interview or a poll write it apart ("Interview mit …").
_BROADCAST_HINT = re.compile(
    r"-(?:Interview|Sendung|[„\"]|Fernsehen|Radio|Morgenmagazin|Mittagsmagazin|Tagesthemen"
    r"|Tagesschau|heute-journal|Prognose|Hochrechnung|Umfrage)"
)


def _broadcaster(match: re.Match[str]) -> str | None:
    """The outlet of a _BROADCAST match: "Sky" of "im Sky-Interview", "BR-Fernsehen", "ARD"
    of "ARD-Prognose"; none of "im TV-Interview mit der ARD" (the outlet comes after)."""
    named, programme = match.group(1) or match.group(4), match.group(2) or match.group(3)
    if named.lower() in _NO_OUTLET:
        return None
    return f"{named}-{programme}" if programme else named


_NO_OUTLET = frozenset({"tv", "radio", "live", "exklusiv", "telefon", "video", "online", "gesamt"})
PLATFORMS = ("X", "Twitter", "Facebook", "Instagram", "Telegram", "Truth Social", "Bluesky")
_PLATFORM_NAME = "(" + "|".join(PLATFORMS) + r")\b(?![-\w])"
# Where a statement was posted: "in a post on X", "wrote on Facebook".
_PLATFORM = re.compile(r"\b(?:post|posted|wrote|writes|statement)\s+on\s+" + _PLATFORM_NAME)
# A platform after a preposition: "Auf X schrieb er", "schreibt Anna Berg bei Telegram".
_ON_PLATFORM = re.compile(r"\b(?:[Vv]ia|on|[Aa]uf|[Bb]ei|[Pp]er|[Üü]ber)\s+" + _PLATFORM_NAME)
# "wrote on his Telegram channel", "beim Kurznachrichtendienst X": the platform after a
# possessive or a word for what it is.
_SERVICES = (
    r"(?:Kurznachrichtendienst|Kurzbotschaftendienst|Nachrichtendienst|Mitteilungsdienst"
    r"|Onlinedienst)"
)
# "teilte Hajdaj auf seinem Telegram-Kanal mit": a channel of one's own, in one word.
_OWN_CHANNEL_WORD = (
    r"[Aa]uf (?:seinem|ihrem) (" + "|".join(PLATFORMS) + r")-(?:Kanal|Account|Konto)"
)
_OWN_CHANNEL = re.compile(
    rf"\b(?:on (?:his|her|its|their)|beim {_SERVICES}|[Aa]uf dem {_SERVICES}"
    rf"|[Ii]m (?:{_SERVICES}|Nachrichtenkanal))\s+{_PLATFORM_NAME}|\b{_OWN_CHANNEL_WORD}\b"
)
# Posting on Twitter, said in one word: "tweeted", "twitterte".
# (Not "the best tweets" or "im Tweet": the verb's past, or "tweets:" before the words.)
_TWEETED = re.compile(r"\b(?:tweeted|twitterte|getwittert)\b|\btweets:", re.IGNORECASE)
# A broadcaster named after a preposition, as where someone spoke: "sagte er in der ARD",
# "so Ellensohn im ORF", "told Sky News".
_CAPITALISED_BROADCASTERS = (
    r"ARD|ZDF|ORF(?: III)?|SRF|Ö1|Ö3|NDR|WDR|MDR|SWR|RBB|BR24|RTL|Phoenix"
    r"|Deutschlandfunk|ServusTV|Puls 24|BBC(?: Radio \w+)?|Sky News|ITV|RTÉ|CNN|Fox News|MSNBC"
    # Sports broadcasters: "nannte er gegenüber DAZN einen Faserriss".
    r"|Sky(?: Sport)?|DAZN|Sport1|Eurosport|MagentaSport"
)
_LOWERCASE_BROADCASTERS = ("n-tv", "ntv")
_BROADCASTERS = "|".join([_CAPITALISED_BROADCASTERS, *_LOWERCASE_BROADCASTERS])
_ON_AIR_PREPOSITIONS = (
    r"[Ii]m|[Ii]n der|[Bb]eim|[Ff]ür den|[Gg]egenüber(?: dem| der)?|told(?: the)?"
    r"|speaking to(?: the)?|in an interview with(?: the)?"
)
# (Not the broadcaster's app or library: "in der SWR Aktuell App", "in der ARD Mediathek".)
_SPOKE_ON_AIR = re.compile(
    rf"\b(?:{_ON_AIR_PREPOSITIONS})\s+({_BROADCASTERS})\b(?![-\w])"
    r"(?!\s+(?:\w+\s+)?(?:App|Mediathek|Audiothek)\b)"
)

# _SPOKE_ON_AIR read from its broadcasters: each is looked for alone, and only the spaces
# and the preposition right before it are read (none of the prepositions holds one).
_BROADCASTER = re.compile(_BROADCASTERS)
# The same for a text that names no broadcaster in lowercase (most): a search tries the
# names at every letter that opens one, and "n" opens many German words.
_CAPITALISED_BROADCASTER = re.compile(_CAPITALISED_BROADCASTERS)
_PREPOSITION_ENDS = re.compile(rf"\b(?:{_ON_AIR_PREPOSITIONS})\s+\Z")
# The longest preposition of _SPOKE_ON_AIR: "in an interview with the".
_LONGEST_PREPOSITION = 24
# The letters its prepositions end with ("im", "der", "den", "told", "to", "the", "with"):
# before a broadcaster after any other (most: "des ZDF-Politbarometer"), none ends.
_PREPOSITION_LAST_LETTERS = frozenset("mrndoeh")


def _first_words(names: Iterable[str]) -> Iterator[str]:
    """The word each name opens with, in lowercase: "sky" of "Sky(?: Sport)?", "n" of "n-tv"."""
    for name in names:
        found = re.match(r"\w+", name)
        if found is None:
            raise ValueError(f"no word opens {name!r}")
        yield found.group(0).lower()


# A broadcaster or platform the patterns find stands after spaces and ends a word of its
# own: its first word is then one of the text's words, and a text with none of these
# (most) is not searched for them (the entry's words are read once, in enrich.py).
_BROADCASTER_NAMES = _BROADCASTERS.split("|")
_BROADCASTER_FIRSTS = tuple(_first_words(_BROADCASTER_NAMES))
_BROADCASTER_WORDS = sought_words(_BROADCASTER_FIRSTS)
_PLATFORM_WORDS = sought_words(_first_words(PLATFORMS))


@lru_cache(maxsize=256)
def _broadcasters_opening(firsts: frozenset[str]) -> re.Pattern[str]:
    """_BROADCASTER of the broadcasters whose first word is one of firsts (lowercase).

    A broadcaster _SPOKE_ON_AIR finds stands as whole words: its first word is one of the
    text's, and the names of the few a text holds are searched for at C speed, where the
    pattern of all is tried at every capital letter."""
    names = zip(_BROADCASTER_NAMES, _BROADCASTER_FIRSTS, strict=True)
    return re.compile("|".join(name for name, first in names if first in firsts))


def _spoken_on_air(text: str, words: frozenset[str] | None = None) -> Iterator[re.Match[str]]:
    """_SPOKE_ON_AIR.finditer(text), tried only where a preposition ends before a
    broadcaster (a pattern of many prepositions is slow to try at every position);
    words: the text's words that open a broadcaster's name, when read already."""
    end = 0  # where the last match ended: the matches do not overlap
    if words is not None:
        broadcaster = _broadcasters_opening(words)
    elif any(map(text.__contains__, _LOWERCASE_BROADCASTERS)):
        broadcaster = _BROADCASTER
    else:
        broadcaster = _CAPITALISED_BROADCASTER
    found = broadcaster.search(text)
    while found:
        named = found.start()
        spaced = named
        while spaced and text[spaced - 1].isspace():
            spaced -= 1
        # With pos, \b still sees the character before it; with endpos, \Z is there.
        low = max(end, spaced - _LONGEST_PREPOSITION)
        ends = 0 < spaced < named and text[spaced - 1] in _PREPOSITION_LAST_LETTERS
        preposition = _PREPOSITION_ENDS.search(text, low, named) if ends else None
        match = preposition and _SPOKE_ON_AIR.match(text, preposition.start())
        if match:
            end = match.end()
            yield match
        found = broadcaster.search(text, max(named + 1, end))


# Words of posting that are no speech verbs of the lexicon: "hat Le Pen über Twitter
# gratuliert", "via Twitter geäußert", "teilten die Veranstalter auf Facebook mit".
_POSTING = frozenset(
    {"gratuliert", "gratulierte", "geäußert", "mitgeteilt", "teilten", "gewandt", "so",
     "veröffentlicht", "veröffentlichte", "veröffentlichten"}
)  # fmt: skip


def _posted_there(text: str, match: re.Match[str]) -> bool:
    """Whether a platform after a preposition is where words were posted: a speech verb in
    the clause ("Auf X schrieb er", "posted a photo of themselves on Instagram") or a
    colon after it ("Arne via Twitter: …"); not "Tributes are pouring in via Twitter"."""
    before = words_before(text, match.start(), count=6)
    names = len(before) - len(organisation_before(before))
    if names < len(before) and names > 0 and before[names - 1].lower() in LEXICON.articles:
        return False  # "der Unwetterzentrale Deutschland bei Facebook": its account
    if text.startswith(":", match.end()):
        return True
    near = [*before, *words_after(text, match.end(), count=3)]
    return any(word.lower() in SPEECH_VERBS or word.lower() in _POSTING for word in near)


def media_sources(text: str, candidates: Candidates, lowered: str = "") -> None:
    """The broadcast someone spoke in, or the platform they posted on (a guess); lowered:
    the text's LoweredText, when made already (its cue_words are asked, not the text)."""
    words = lowered.cue_words if isinstance(lowered, LoweredText) else None
    if _BROADCAST_HINT.search(text):
        for match in _BROADCAST.finditer(text):
            outlet = _broadcaster(match)
            if outlet:
                # A projection's outlet ("ARD-Prognose") yields to an attribution.
                candidates.add(outlet, 1 if match.group(4) else 2, match.start())
    broadcasters = None if words is None else _BROADCASTER_WORDS.intersection(words)
    if broadcasters is None or broadcasters:
        for match in _spoken_on_air(text, broadcasters):
            candidates.add(match.group(1), 1, match.start())
    # Every platform pattern names a platform: most texts name none, and are not scanned.
    if words is None:
        platform = any(map(text.__contains__, PLATFORMS))
    else:
        platform = not _PLATFORM_WORDS.isdisjoint(words)
    if platform and " on " in text:
        for match in _PLATFORM.finditer(text):
            candidates.add(match.group(1), 1, match.start())
    if platform:
        for match in _OWN_CHANNEL.finditer(text):
            candidates.add(match.group(1) or match.group(2), 1, match.start())
    if not candidates.scores and platform:
        for match in _ON_PLATFORM.finditer(text):
            if _posted_there(text, match):
                candidates.add(match.group(1), 1, match.start())
                break
    if not candidates.scores and ("witter" in text or "weet" in text):
        tweeted = _TWEETED.search(text)
        if tweeted:
            candidates.add("Twitter", 1, tweeted.start())

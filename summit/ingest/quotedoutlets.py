"""An outlet named in quotation marks right before its reporting verb: "»El Mundo
Deportivo« berichtet", "Die „New York Times“ berichtet mit der Zeile …", "Der „Spiegel“
etwa schreibt", "Das Bündnis "Stop G7 Elmau" meldet"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from summit.ingest.cues import alternation
from summit.ingest.lexicon import LEXICON

_REPORTING = alternation(
    (*LEXICON.source_as_verbs, *LEXICON.source_before, "titelt", "titelte", "zitiert")
)
# A name of at most five words, no sentence in quotation marks ("„Wir schaffen das“
# berichtet" is none), and one word at most before the verb ("etwa", "online", "zuerst"),
# kept as group 2.
_QUOTED_BEFORE_VERB = re.compile(
    r"[„\"«»‚“]([A-ZÄÖÜ][^\s„\"“”«»‚‘.!?,:;]*(?: [^\s„\"“”«»‚‘.!?,:;]+){0,4})[“”\"«»‘]"
    rf"\s+(?:([a-zäöü]+)\s+)?(?:{_REPORTING})\b"
)


def outlets_quoted_before_verb(text: str) -> Iterator[tuple[str, int]]:
    """Each quoted name before a reporting verb, and where."""
    for match in _QUOTED_BEFORE_VERB.finditer(text):
        between = match.group(2)
        if between in LEXICON.auxiliaries:
            continue  # "the same year "Fame" was released": a title, passive
        if _names_an_outlet(match.group(1).split()):
            yield match.group(1), match.start()


def _names_an_outlet(words: list[str]) -> bool:
    """Capitalised words, one lowercase at most ("Bild am Sonntag", "Ärzte ohne Grenzen");
    not words said ("„Wir schaffen das“ berichtet er")."""
    lowercase = sum(1 for word in words if word[:1].islower())
    return lowercase <= 1 and words[0].lower() not in LEXICON.stopwords

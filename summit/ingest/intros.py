"""The sentence that introduces a ticker below its title ("… as it happened", "Dieser
Artikel wird laufend aktualisiert.", "Alle Entwicklungen im Newsblog."): the last block
of the page's head, never an entry's text.
"""

from __future__ import annotations

import re

# Intros are short: a longer line is an entry's text even when it ends alike.
MAX_INTRO_LENGTH = 300
_TICKER_INTRO = re.compile(
    r"\b(?:live-?blogged|(?:is|are|were|was) live-?blogging)\b.{0,80}\bas (?:they|it)"
    r" (?:happened|unfolded)\.?$"
    r"|\b(?:Dieser|Der) (?:[\w-]*[Tt]icker|Artikel|Liveblog|Newsblog|Blog)\b.{0,60}"
    r"\bwird (?:laufend|fortlaufend|regelmäßig|ständig) aktualisiert\.?$"
    r"|\balle Infos hier im Live-?Ticker:$",
    re.IGNORECASE,
)
# How an intro ends, its closing marks aside.
INTRO_ENDINGS = ("happened", "unfolded", "aktualisiert", "ticker")


def is_ticker_intro(text: str) -> bool:
    """A sentence introducing the ticker ("… liveblogged Thursday's events as they
    unfolded.", "Dieser Artikel wird laufend aktualisiert."): it closes the page's head."""
    ending = text.rstrip(".:")
    if not ending.endswith(INTRO_ENDINGS) or len(text) > MAX_INTRO_LENGTH:
        return False
    return bool(_TICKER_INTRO.search(text[-160:]))


def ends_like_intro(text: str) -> bool:
    """A cheap sieve before is_ticker_intro: False only where it cannot match."""
    return text.rstrip(".:").endswith(INTRO_ENDINGS)

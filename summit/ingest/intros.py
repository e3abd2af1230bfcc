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
# A standfirst's last sentence, pointing to the ticker under it: "Alle Entwicklungen im
# Newsblog.", "Die Ereignisse im Liveticker:", "Verfolgen Sie die Ereignisse im Liveblog.".
_POINTER = re.compile(
    r"(?:^|[.!?] )(?:(?:Alle|Die) (?:aktuellen |weiteren |neuesten )?|Verfolgen Sie (?:alle |die )?)"
    r"(?:Entwicklungen|Infos|Informationen|News|Ereignisse)(?: lesen Sie| finden Sie)?"
    r" (?:im|in unserem) [\w-]*(?:ticker|blog)$",
    re.IGNORECASE,
)
# How an intro ends, its closing marks aside.
INTRO_ENDINGS = ("happened", "unfolded", "aktualisiert", "ticker", "Ticker", "blog", "Blog")


def is_ticker_intro(text: str) -> bool:
    """A sentence introducing the ticker ("… liveblogged Thursday's events as they
    unfolded.", "Dieser Artikel wird laufend aktualisiert."): it closes the page's head."""
    if not ends_like_intro(text) or len(text) > MAX_INTRO_LENGTH:
        return False
    return bool(_TICKER_INTRO.search(text[-160:]))


def points_to_the_ticker(text: str) -> bool:
    """A standfirst that ends by pointing to the ticker below it ("… Alle Entwicklungen im
    Newsblog."): the page's, not an entry's. Unlike the intro it closes no head: a summary
    or a note may stand between it and the entries."""
    if not ends_like_intro(text) or len(text) > MAX_INTRO_LENGTH:
        return False
    return bool(_POINTER.search(text[-160:].rstrip(".:!")))


def ends_like_intro(text: str) -> bool:
    """A cheap sieve before is_ticker_intro: False only where it cannot match."""
    return text.rstrip(".:!").endswith(INTRO_ENDINGS)

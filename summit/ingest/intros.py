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
# How a page's intro speaks of its own coverage.
_COVERAGE = re.compile(
    # (A name may stand between: "in unserem SWR Aktuell Newsticker".)
    r"\b(?:im|in unserem|unser(?:em)?|our|this|the) (?:[A-ZÄÖÜ][\w-]* ){0,3}?"
    r"(?:Live-?[Tt]icker|Liveblog|Live-Blog|[Nn]ewsblog|[Nn]ews-?[Tt]icker|[Tt]icker|live ?blog"
    r"|live coverage|live updates)\b"
    r"|\bLive Updates of\b|\bwe[’']ll be updating\b|\bFollow (?:all )?(?:the |our )?(?:latest|live)\b"
    r"|\bHier finden Sie (?:alle )?(?:aktuellen? )?(?:Infos|Informationen|Entwicklungen|News)\b"
    r"|\bauf dem Laufenden\b|\bstay with us\b"
    # An outlet's own coverage, named with its name: "Relive 1News' live coverage of …".
    r"|\b[\w.]+(?:[’']s|s[’']) live(?:[ -]?blog| coverage| updates)\b|\bFollow all the action\b"
)
_GREETING = re.compile(
    r"(?:Hello|Hi|Good (?:morning|afternoon|evening)|Guten (?:Morgen|Tag|Abend)|Hallo)\b",
    re.IGNORECASE,
)
# The label of a page's summary box above its entries ("Key points", "What we know so far",
# "Das Wichtigste in Kürze", "Darum geht's", "What we're covering here").
_SUMMARY_LABEL = re.compile(
    r"(?:Key points|What (?:you need to|we) know(?: so far| now)?|Here'?s what we know"
    r"|What we(?:'re| are)? cover(?:ing|ed) here|Where things stand"
    r"|Das Wichtigste(?: in Kürze| im Überblick)?|Darum geht'?s|Das ist passiert)\s*:?",
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


def speaks_of_the_coverage(text: str) -> bool:
    """Whether a line of a page's first block speaks of the coverage itself ("Wir halten Sie
    in unserem Live-Ticker auf dem Laufenden"): the page's intro, when no greeting opens it."""
    return bool(_COVERAGE.search(text))


def greets(text: str) -> bool:
    """A greeting opening a line ("Good evening!", "Hallo"): a first post, not the intro."""
    return bool(_GREETING.match(text))


def labels_a_summary(text: str) -> bool:
    """The label over a page's summary box ("Key points", "Das Wichtigste in Kürze")."""
    return bool(_SUMMARY_LABEL.fullmatch(text))

"""Consent and cookie notices inside a pasted page: which lines may be one, cheaply.

furniture.py asks these before its consent rule: most lines hold none of the words.
"""

from __future__ import annotations

import re

_CONSENT_WORDS = (
    "cookie", "datenschutz", "drittanbieter", "externe", "browser", "third-party",
    "consent", "empfohlene", "zustimmung",
)  # fmt: skip
_CONSENT_BYTES = tuple(word.encode() for word in _CONSENT_WORDS)
_CONSENT_BLOCK = 256  # lines tested for those words at once
CONSENT_NOTICE = re.compile(
    r"\b(?:Cookies?|Datenschutzgründen|Drittanbieter|externe[nr]? Inhalts?|Ihr Browser ist"
    r" veraltet|Ihr Browser unterstützt|third-party content|consent|your browser"
    # "… befindet sich ein von unserer Redaktion empfohlener Inhalt von YouTube (Video)."
    r"|empfohlene[nr]? Inhalts? von|Ihre IP-Adresse wird|your IP address will"
    # "Um mit Inhalten aus Sozialen Netzwerken zu interagieren …, brauchen wir deine Zustimmung."
    r"|Inhalten? .{0,80}brauchen wir (?:deine|Ihre) Zustimmung(?=\.?$))\b",
    re.IGNORECASE,
)

# A notice about cookies may run longer than other furniture: the BBC's for an embedded post
# names the network three times ("This article contains content provided by Twitter. …").
_MAX_CONSENT_LENGTH = 400


def is_long_consent_notice(text: str, consent_word: bool) -> bool:
    """Whether a line longer than other furniture is a consent notice: only one about cookies,
    as a longer line saying "by mutual consent" is a post's text."""
    return (
        consent_word
        and len(text) <= _MAX_CONSENT_LENGTH
        and "cookie" in text.lower()
        and bool(CONSENT_NOTICE.search(text))
    )


def consent_words(texts: list[str]) -> list[bool]:
    """For each line, whether its lowercased text holds one of the consent notices' words.

    A block of lines is lowercased and tested at once: most blocks hold none of the words,
    and their lines need no test of their own.
    """
    found: list[bool] = []
    for start in range(0, len(texts), _CONSENT_BLOCK):
        block = texts[start : start + _CONSENT_BLOCK]
        if _may_hold_consent_word("\n".join(block)):
            found.extend(holds_consent_word(text.lower()) for text in block)
        else:
            found.extend([False] * len(block))
    return found


def _may_hold_consent_word(text: str) -> bool:
    """False only where no line of the text holds a consent word in any case.

    Lowercased as bytes, ASCII only, far cheaper than str.lower(): the words are ASCII,
    and of the other characters only the Kelvin sign lowercases into one of their letters
    ("İ" gives an "i" and a combining dot, which no word holds)."""
    if "\u212a" in text:
        return True
    lowered = text.encode("latin-1", "replace").lower()
    return any(map(lowered.__contains__, _CONSENT_BYTES))


def holds_consent_word(lowered: str) -> bool:
    return any(map(lowered.__contains__, _CONSENT_WORDS))

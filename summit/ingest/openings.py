"""How the lines that a furniture rule may match open and end: a cheap sieve before the
rules' expressions (furniture.py), since most lines of a page open and end otherwise.
"""

from __future__ import annotations

# How lines open, lowercased, that a rule of furniture._ANY_OPENING may match: most lines open
# otherwise and skip the expression. A line of one word (_IMAGE_ID), with a slash
# (_AGENCY_CREDIT) or opening with a digit is always asked.
RULE_OPENINGS = (
    "anzeige", "werbung", "advertisement", "teilen", "drucken", "artikel", "share", "suchbegriff",
    "zum ", "weiterlesen", "mehr ", "show ", "read ", "continue reading", "find out", "get involved", "as it",
    "live ", "download", "video", "audio", "kalender", "direkt", "skip to", "bild konnte", "cookie-",
    "sort by", "schicke", "all times", "dieser ", "coverage", "play video", "watch", "newsletter",
    "jetzt abonnieren", "subscribe", "nach oben", "back to top", "load more", "neue einträge",
    "ältere einträge", "key events", "pinned post", "angepinnter", "online seit", "veröffentlicht",
    "erstellt am", "published on", "first published", "diesen ", "den ", "beitrag ", "eintrag ",
    "post ", "link ", "copy link", "auf ", "bei ", "per ", "via ", "facebook", "twitter",
    "whatsapp", "linkedin", "pinterest", "flipboard", "messenger", "e-mail", "email", "lesen ",
    "auch ", "more ", "siehe ", "see ", "also ", "related", "das ", "weitere ", "most ", "von",
    "by", "from ", "edited by", "ticker-kommentator:", "posted ", "(", "©", "heute mit", "alles zum",
    "updated", "recommended", "comments", "rss-feed", "sie sind hier", "top-thema", "top stories",
    "click here to share", "| lesedauer", "lesedauer", "{", "please refresh", "please turn on",
    "stay tuned", "article continues", "story continues",
    "this is a live blog", "welcome to ", "willkommen ", "foto ©", "fotos ©", "bild ©", "photo ©", "image ©",
    "live-", "ticker ", "jetzt ", "aktualisieren", "seite ", "refresh", "listen ", "diese ",
    "empfohlener ", "externer ", "lesezeit", "ein von ", "a post shared", "mit von ", "bewerten",
    "schließen", "sie haben bereits", "es gibt neue", "automatisch", "auto", "estimated read",
    "reading time", "read time", "advertising", "edition:", "skip ", "end of ", "allow ", "the bbc is not",
    "tap here", "this was published", "key posts", "latest posts", "live feed", "must read",
    "more like", "kommentieren", "view more", "headshot", "credit...", "mehr.", "mehr…",
    "liveblog", "newsblog", "news-blog", "fullscreen", "vollbild", "loading", "weiter",
    "hier geht", "bbc ", "see new", "our live", "live coverage", "quote message",
    "image copyright", "livenow", "fehlermeldung", "deprecated", "warning:", "notice:",
    "- anzeige", "– anzeige", "— anzeige", "- werbung", "– werbung", "— werbung",
    "- advertisement", "– advertisement", "— advertisement", "hide ad",
    "key update", "formular", "anfang des formulars", "ende des formulars",
    "instagram", "youtube", "tiktok", "bluesky", "an dieser stelle",
    "image", "featured-", "avatar-", "videoplayer", "table of", "neue beiträge",
    "deine meinung", "leserreporter", "schicken sie", "your support", "be sure", "ein klick",
    "*datenschutz", "datenschutz", "empfohlener", "kommentare", "relevant offers",
    "version ", "x: @", "to get ", "download our", "this report", "über dieses", "local democracy", "local live", "— posted", "– posted", "- posted",
    "this article is from", "you can find the current", "the article has changed",
)  # fmt: skip
MORE_STORIES_OPENINGS = (
    "mehr ",
    "das ",
    "lesen ",
    "auch ",
    "weitere ",
    "related",
    "more ",
    "most ",
)
PHOTO_CREDIT_OPENINGS = (
    "(",
    "foto",
    "bild",
    "photo",
    "image",
    "credit",
    "media",
    "video",
    "ap photo",
)
HEAD_ROW_OPENINGS = (
    "online seit", "veröffentlicht am", "erstellt am", "published", "first published on",
    "live reporting", "live breaking news", "sort by", "dieser liveticker", "live coverage", "coverage is over",
    "zuletzt ", "aktualisiert am", "last updated", "updated", "letzte aktualisierung", "stand",
)  # fmt: skip
# The longest opening above. The expressions' case-insensitive matching takes "İ" and "ı"
# for "i" and "ſ" for "s", which str.lower() does not: a line with one is always asked.
_OPENING_LENGTH = 24
# How the rules that open with a number end ("12 Posts", "3 neue Updates", "5 Kommentare").
COUNTER_ENDINGS = (
    "posts", "update", "updates", "views", "aufrufe", "comments", "kommentare", "bewertungen",
)  # fmt: skip
COMMENT_ENDINGS = ("kommentar", "kommentare", "comment", "comments")
_ENDING_LENGTH = 12


def _by_first_letter(openings: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {
        first: tuple(o for o in openings if o[0] == first) for first in {o[0] for o in openings}
    }


RULES_BY_LETTER = _by_first_letter(RULE_OPENINGS)
MORE_STORIES_BY_LETTER = _by_first_letter(MORE_STORIES_OPENINGS)
HEAD_ROWS_BY_LETTER = _by_first_letter(HEAD_ROW_OPENINGS)
PHOTO_CREDITS_BY_LETTER = _by_first_letter(PHOTO_CREDIT_OPENINGS)


def opens_like(text: str, openings: dict[str, tuple[str, ...]]) -> bool:
    """Whether a line may open as one of these openings (by their first letter), in any case."""
    head = text[:_OPENING_LENGTH]
    if not head.isascii() and has_odd_case(head):
        return True
    # Past the odd cases, no character lowercases to more than one: the first one tells
    # which openings may match, and a line opening with none's letter (a digit, a quote
    # mark, a bullet) needs no more lowercased.
    candidates = openings.get(head[:1].lower())
    return candidates is not None and head.lower().startswith(candidates)


def has_odd_case(text: str) -> bool:
    return "İ" in text or "ı" in text or "ſ" in text


def ends_like(text: str, endings: tuple[str, ...]) -> bool:
    """Whether a line may end as one of these endings, in any case."""
    tail = text[-_ENDING_LENGTH:]
    if not tail.isascii() and has_odd_case(tail):
        return True
    return tail.lower().endswith(endings)

"""Page furniture: the lines of a pasted page that are the site's, not the ticker's.

Between and inside entries: consent and cookie notices, skip links, share and ad
markers, bylines and credits, image captions, update counters. After the content: comment
counters, "Mehr zum Thema", category lines and teasers of other stories, which mark the
start of the site's tail. Each rule names a kind of line that real sites print in
general, never one site's sentence.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

from summit.ingest import openings
from summit.ingest.authors import is_author_card
from summit.ingest.consent import CONSENT_NOTICE, holds_consent_word, is_long_consent_notice
from summit.ingest.intros import ends_like_intro, is_ticker_intro, points_to_the_ticker
from summit.ingest.lonelines import LONE as _LONE
from summit.ingest.prompts import is_contact_prompt
from summit.ingest.shapes import printed_twice

# Furniture lines are short; a longer line is an entry's text even when it shares words.
MAX_FURNITURE_LENGTH = 300
# How much of a line's end the caption and teaser patterns look at.
_ENDING = 80
_LABELLED_CREDIT = 56  # the longest "Photo: Name" or "Quelle: dpa/Name" at a caption's end
_CREDIT_LABELS = (
    "Photo", "Photos", "Photograph", "Foto", "Fotos", "Picture", "Pic", "Image", "Bild", "Credit", "CREDIT",
    "credit", "Quelle", "date", "Bildrechte", "Copyright",
)  # fmt: skip

MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_AGENCIES = r"dpa|AFP|AP|Reuters|REUTERS|EPA|Getty Images|getty|imago|IMAGO|Keystone|APA|Pool"

# Share prompts, alone on their line under or inside an entry.
_SHARE = re.compile(
    r"^(?:(?:Diesen |Den )?(?:Beitrag|Artikel|Eintrag|Post|Link) (?:teilen|kopieren)"
    r"|Share (?:this )?(?:post|article|page|story|update|entry)|Copy link|Link kopieren"
    r"|(?:Auf|Bei|Per|Via) (?:Facebook|X|Twitter|WhatsApp|LinkedIn|Threads|Bluesky|E-Mail)"
    r" teilen|Share (?:on|via) (?:Facebook|X|Twitter|WhatsApp|LinkedIn|Email|E-mail)"
    r"|Facebook|Twitter|WhatsApp|LinkedIn|Pinterest|Flipboard|Messenger|E-Mail|Email)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:[Vv]on|[Bb]y|Heute mit|From \w+[’']s|Edited by|Ticker-Kommentator:|Beitrag von"
    # (A dash before it, as a post's footer: "— Posted by Jane Doe".)
    r"|(?:[—–-] )?Posted (?:on|by)|Post by|By (?:[a-z]+ ){1,3}(?:reporter|correspondent|editor))\s+"
    r"[A-ZÄÖÜ][\w.’'-]*(?:[ /,]+(?:und|and|in\s)?\s*[A-ZÄÖÜ0-9][\w.’'-]*){0,8}"
    # "By Alexandra Rogers, political reporter", "By Jane Doe and John Roe, msnbc.com"
    r"(?:,?\s.*\d{1,2}:\d{2}|,\s[a-z][a-z -]{2,40}|,\s[a-z][\w-]*\.(?:com|de|at|ch|co\.uk))?$"
)
_INITIALS = re.compile(r"^\((?:[a-z]{2,4}|dpa|AFP|AP|Reuters)(?:/[a-zA-Z]{2,8})*\)$")
_PHOTO_CREDIT = re.compile(
    r"^\(?(?:Fotos?|Bild(?:er)?|Bildquelle|Bildrechte|Bildunterschrift|Photo(?:graph)?|Image|Credit"
    r"|(?:Image|Media|Video|Photo) (?:caption|source)|AP Photo)\s*[:/]\s*\S",
    re.IGNORECASE,
)
_AGENCY_CREDIT = re.compile(
    rf"^(?:(?:(?:Fotos?|Bild|Photo|Image)\s?)?©\s*\S.*|[A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+){{0,3}}\s?/\s?(?:{_AGENCIES})(?:/[\w .-]+)*"
    # The agency or outlet first: "APA/Georg Hochmuth", "ORF.at/Roland Winkler".
    rf"|(?:{_AGENCIES}|ORF(?:\.at)?)/[A-ZÄÖÜ][\w.-]+(?: [A-ZÄÖÜ][\w.-]+){{1,3}})$"
)
# A video's length and source under its title ("02:18 - Source: CNN"): no time of day.
_VIDEO_LENGTH = re.compile(r"\d{1,2}:\d{2}(?::\d{2})? - Source: \S.{0,40}$")
_PICTURE_SOURCE = re.compile(r"Image source, [^:]{0,60}$")
_IMAGE_ID = re.compile(
    r"^(?:[A-Za-z]+\d{6,}\w*|[a-z]+(?:-[a-z]+)*-\d{3,4})$|^[\w-]{3,40}\.(?:jpe?g|png|gif|webp)$"
)
# "Die Elbe bei Meißen. © Jane Doe", "+ © Jane Doe": the copyright sign and a short credit
# end a caption, never a sentence of an entry.
_COPYRIGHT_CREDIT = re.compile(r"©\s?[^©]{1,50}(?<![.!?])$")
_CAPTION_TAIL = re.compile(
    r"\((?:Archivbild|Archivfoto|Symbolbild|Archiv|Illustration|Foto|Bild)\)(?:\.? Quelle: [^:]{1,50})?$"
    rf"|\s\(?(?:{_AGENCIES})(?: Photo)?(?:/[\w .-]+)+\)?$"
    r"|\((?:[A-Z][^()/]{1,60}/)+[^()]{1,60}\)$"  # "(Jane Doe/The Royal Court via AP)"
    # "… on August 5 in Washington, DC. Jane Doe/Pool/AFP/Getty Images"
    rf"|[.!?]\s(?:[A-Z][\w.'-]+ ){{1,3}}?[A-Z][\w.'-]+(?:/[\w .-]+)*/(?:{_AGENCIES})$"
    # "Wahlparty auf dem Parkdeck | Bild: Jane Doe"
    r"|\s\|\s(?:Fotos?|Bild(?:er)?|Photo|Image|Credit):\s[^\s,|:/]+(?: [^\s,|:/]+){0,3}$"
    # "… cash rate. Photograph: Jaimi Joy/Reuters", "… hat Foto: Jane Doe/dpa", "… | Foto: X/Y"
    r"|[.!?|\w]\s(?:Photograph|Photo|Foto|Bild|Image|Picture|Pic):\s[^:/]{1,60}/[\w .-]+$"
    # "Drei brennende Autos in Kreuzberg / Foto: spreepicture"
    r"|\s/\s(?:Foto|Bild|Photo|Fotos):\s?[^/:]{1,40}$"
    # "Smoke rising above Bolton. Credit: Granada viewer.", "Babar Azam Photograph: AFP"
    r"|[.!?]\sCredit:\s[^:/]{1,40}$|\s(?-i:Photograph|Credit):\s[A-Z][^:]{0,50}$"
    # "… is hopeful of an upset. Photo: Rebecca Ryan", "… (Image: Karen Penny)", "… at the
    # count. Pic: Getty", "… on Thursday. Photo credit: Newshub.", "Photo credit: ITV"
    r"|[.!?]\s(?:Photo credit|Photo|Foto|Picture|Pic|Image)s?:\s[A-Z][^:/.!?]{1,50}\.?$"
    r"|^Photo credit:\s[^:]{1,50}$"
    r"|\((?:Photo|Foto|Picture|Pic|Image|Bild|Grafik|Video)s?:\s[^()]{1,60}\)$"
    # "… am Heumarkt. Copyright: Raphael Markert"
    r"|[.!?]\sCopyright:\s[A-Z][^:/.!?]{1,50}$"
    # "… zu bestaunen. Bildrechte: MDR", "… (Source: 1News)", "… (Jane Doe/PA) — © Jane Doe"
    r"|[.!?)]\sBildrechte:\s[^:]{1,60}$|\(Source:\s[^()]{1,40}\)$|\s[—–]\s©\s[^©/]{1,60}$"
    # "… at Celtic Park, Glasgow. Picture date: Saturday December 10, 2022."
    r"|\bPicture date:\s[^:]{5,50}$"
    # "… on May 30.Mark Peterson / Pool via Getty Images", "… / Foto: picture alliance / dpa"
    r"|\svia (?:Getty Images|AP|AFP|Reuters)$|\s/\s(?:Foto|Bild|Photo|Fotos):\s?[^:]{1,60}$"
    # "Ein Kuss sagt mehr als tausend Worte – vor allem heute Quelle: dpa": a caption has no
    # full stop before its credit, an entry's text has.
    rf"|[^\W\d]\sQuelle:\s(?:{_AGENCIES})(?:/[\w .-]+)*$",
    re.IGNORECASE,
)
# The sizes of the bracketed words that end a caption, brackets included.
_BRACKETED_WORD_SIZES = (len("(Foto)"), len("(Illustration)"))
# Agency captions end with the place and day the picture was taken.
_DATED_CAPTION = re.compile(
    rf",\s(?:{MONTH_NAMES})\.? \d{{1,2}}, \d{{4}}\.?(?: \(?(?:{_AGENCIES}).*)?$", re.IGNORECASE
)

_COMMENT_COUNTER = re.compile(
    r"^(?:\[\s*\d+\s+Kommentare?\s*\]|\d+\s+Kommentare?|Kommentare\s*\(\d+\)|\d+\s+comments?)$",
    re.IGNORECASE,
)
_MORE_STORIES = re.compile(
    r"^(?:Mehr zum Thema|Das könnte Sie auch interessieren|Lesen Sie auch|Auch interessant"
    r"|Weitere (?:Artikel|Meldungen|Nachrichten)|Related|More on this story|Most (?:read|viewed))"
    r"\s*:?$",
    re.IGNORECASE,
)
# A pointer to another story inside an entry ("Mehr zum Thema – …", "Lesen Sie hier, wie …",
# "Read more here."), or a capitalised label glued to its teaser ("READ MORE  Covid: …").
_MORE_STORY_LINK = re.compile(
    r"^(?:(?i:Mehr zum Thema|Lesen Sie auch|Lesen Sie mehr|Auch interessant|Read more(?: here)?"
    r"|Read the full (?:story|article|report)(?: here)?|More here"
    r"|More on this story|Siehe auch|See also|Also read|Related)\s*[:–—-]\s*\S"
    r"|(?i:Read more here|More here|Mehr dazu lesen Sie hier|Lesen Sie hier mehr)[.!]?$"
    r"|Lesen Sie hier[, ]|Alles zum Thema\s\S"
    r"|(?:MEHR ZUM THEMA|LESEN SIE AUCH|READ MORE|ALSO READ|RELATED|SEE ALSO|WATCH):?\s+\S)"
)
# The rows that close a page's head: when it went online, how many updates, what the page is.
_HEAD_ROW = re.compile(
    r"^(?:Online seit|Veröffentlicht am|Erstellt am|Published on|First published on)\s.*\d"
    r"|^\d+ neue Updates?$|^\d+ (?:Posts|updates)$|^Live Reporting$|^Live Breaking News$"
    r"|^Sort by.*|^(?:Letzte Aktualisierung|Zuletzt aktualisiert|Last updated):?\s\d{1,2}:\d{2}(?::\d{2})?$"
    r"|^Dieser Liveticker ist älter als ein Jahr\.?$|^(?:LIVE )?COVERAGE IS OVER.*",
    re.IGNORECASE,
)
# A headline with its time in brackets after it, as overviews of a page's entries list them.
# When the page was last updated, with its full date: the last row of the page's head
# (an entry's own update line gives a time, not a weekday and year).
_DATED_HEAD_ROW = re.compile(
    r"^(?:(?:Zuletzt )?(?:aktualisiert am|Last updated|Updated|Published)|Stand:)\s.{0,60}\b(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
# When the page was published and updated, in one row: "12/02/2017 11:20 CET | Aktualisiert
# 12/02/2017 15:52 CET".
_PUBLISHED_UPDATED = re.compile(
    r"^\d[^|]{0,40}\|\s*(?:Aktualisiert|Updated)\b.{0,40}\b(?:19|20)\d{2}\b", re.IGNORECASE
)
# A page's own welcome above its entries ("Welcome to The Spinoff's live updates for …").
_WELCOME = re.compile(
    r"^(?:Welcome to (?:the |our )?[^.!]{0,60}?\b(?:live|blog|coverage|updates|news service)\b"
    r"|Willkommen (?:zum|im|beim) [\w-]*(?:[Tt]icker|[Bb]log)\b)"
)
_POST_HEADER = re.compile(r"^Post(?:ed)? (?:by|on)\s.*\b(?:19|20)\d{2}\b")
_CATEGORY_LINE = re.compile(r"^[^/]{2,40}(?:\s/\s[^/]{2,40}){2,}$")
_TRUNCATED_TEASER = re.compile(r"(?:\[…\]|\[\.\.\.\])\s*(?:\(\d+\))?$")


def _either(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One expression that matches where any of these matches, each with its own flags."""
    return re.compile(
        "|".join(
            f"(?i:{pattern.pattern})" if pattern.flags & re.IGNORECASE else f"(?:{pattern.pattern})"
            for pattern in patterns
        )
    )


# Every rule of line_reason that looks at a line's start, in one expression: most lines
# match none, and one call sieves them instead of nine.
_ANY_OPENING = _either(
    _LONE, _IMAGE_ID, _HEAD_ROW, _SHARE, _MORE_STORY_LINK, _MORE_STORIES, _BYLINE, _INITIALS,
    _AGENCY_CREDIT, _WELCOME,
)  # fmt: skip


def _may_open_with_rule(text: str) -> bool:
    """A cheap sieve before _ANY_OPENING: False only where none of its rules can match."""
    if text[:1].isdigit():  # only counters and pictures' file names open with a number
        return openings.ends_like(text, openings.COUNTER_ENDINGS) or (
            " " not in text and "." in text[-5:]
        )
    return " " not in text or "/" in text or openings.opens_like(text, openings.RULES_BY_LETTER)


def line_reason(text: str, *, consent_word: bool | None = None) -> str | None:
    """Why a line inside the content is the site's furniture, or None when it is text;
    `consent_word` is consent_words' answer for the line, when the caller has it."""
    if consent_word is None:
        consent_word = holds_consent_word(text.lower())
    if len(text) > MAX_FURNITURE_LENGTH:
        return _consent_reason() if is_long_consent_notice(text, consent_word) else None
    if _may_open_with_rule(text) and _ANY_OPENING.match(text):
        return _opened_line_reason(text, consent_word)
    # No rule looking at the line's start matches (most lines): the rest of the rules.
    if text == "+" or printed_twice(text):
        return _("Seitenelement")
    if text[:1].isdigit() and _VIDEO_LENGTH.match(text):
        return caption()
    if is_ticker_intro(text) or points_to_the_ticker(text):
        return _("Einleitung des Tickers")
    if consent_word and CONSENT_NOTICE.search(text):
        return _consent_reason()
    if is_contact_prompt(text):
        return _("Seitenelement")
    if is_author_card(text):
        return _("Autorenzeile")
    ending = text[-_ENDING:]
    if _names_picture(text, ending):
        return caption()
    dated = ending[-1:].isdigit() and len(text.split()) >= 9 and _DATED_CAPTION.search(ending)
    tail = (ending.endswith(")") or "/" in ending or _late_colon(ending)) and _has_caption_tail(
        ending
    )
    if tail or dated or _ends_with_copyright(text, ending):
        return caption()
    return None


def _consent_reason() -> str:
    return _("Hinweis zu Cookies oder externen Inhalten")


def may_be_furniture(text: str, consent_word: bool) -> bool:
    """Cheap sieve before line_reason, is_photo_credit and trim's timed teasers: False only where
    none of them can find anything, as for most lines of an entry's text."""
    if len(text) > MAX_FURNITURE_LENGTH:
        return is_long_consent_notice(text, consent_word)
    last = text[-1:]
    return (
        consent_word
        or " " not in text
        or "/" in text
        or ": " in text  # a credit's label late in the line
        or last == ")"
        or "©" in text  # a credit ending a caption
        or last.isdigit()  # a dated caption
        or openings.opens_like(text, openings.RULES_BY_LETTER)
        # A counter ("12 Posts"); a time ("21:15 Uhr") is none, nor is it a photo credit.
        or (text[:1].isdigit() and openings.ends_like(text, openings.COUNTER_ENDINGS))
        or (":" in text and openings.opens_like(text, openings.PHOTO_CREDITS_BY_LETTER))
        or ends_like_intro(text)
        or is_author_card(text)
        or "Image " in text  # a picture's label (_names_picture)
        or "#" in text  # a hashtag to write to (is_contact_prompt)
        or text[:2].casefold() == "to"
        or printed_twice(text)
    )


def _opened_line_reason(text: str, consent_word: bool) -> str | None:
    """line_reason of a line that a rule looking at its start may match."""
    if (
        _LONE.match(text)
        or _IMAGE_ID.match(text)
        or _HEAD_ROW.match(text)
        or text == "+"
        or (len(text) <= 40 and _SHARE.match(text))
    ):
        return _("Seitenelement")
    if _MORE_STORY_LINK.match(text) or _MORE_STORIES.match(text):
        return _("Hinweis auf andere Artikel")
    if is_ticker_intro(text) or points_to_the_ticker(text) or _WELCOME.match(text):
        return _("Einleitung des Tickers")
    # Plain substring tests first: the regular expressions only see likely lines.
    if consent_word and CONSENT_NOTICE.search(text):
        return _consent_reason()
    if _BYLINE.match(text) or _INITIALS.match(text) or is_author_card(text):
        return _("Autorenzeile")
    # A dated caption describes a picture in a sentence; a dateline alone is a time line.
    ending = text[-_ENDING:]
    dated = ending[-1:].isdigit() and len(text.split()) >= 9 and _DATED_CAPTION.search(ending)
    if _AGENCY_CREDIT.match(text) or _has_caption_tail(ending) or dated:
        return caption()
    return caption() if _ends_with_copyright(text, ending) else None


def _ends_with_copyright(text: str, ending: str) -> bool:
    """A caption's credit after the copyright sign; a line opened by a time ("23.40 Uhr: …
    © SZ") is a post, whatever picture it carries."""
    return "©" in ending and not text[:1].isdigit() and bool(_COPYRIGHT_CREDIT.search(ending))


def _names_picture(text: str, ending: str) -> bool:
    """A picture's source or caption as BBC pages label it ("TowerImage source, AFP")."""
    return bool(_PICTURE_SOURCE.search(ending)) or text.startswith("Image caption, ")


def _late_colon(ending: str) -> bool:
    """Whether a credit's label and colon stand near the end ("… Photo: Rebecca Ryan")."""
    colon = ending.rfind(": ")
    return colon > len(ending) - _LABELLED_CREDIT and ending[:colon].endswith(_CREDIT_LABELS)


def _has_caption_tail(ending: str) -> bool:
    if "/" in ending or _late_colon(ending):
        return bool(_CAPTION_TAIL.search(ending))
    # Without a slash only a bracketed word ("(Archivbild)") ends a caption: the last bracket's.
    start = ending.rfind("(")
    if start < 0 or not ending.endswith(")"):
        return False
    # "(Foto)" to "(Illustration)", or a credit in another case ("CREDIT: …"): a bracket
    # of another size without a colon ("(2)", "(mit Video)") is asked nothing.
    labelled = ":" in ending[start:]
    if not _BRACKETED_WORD_SIZES[0] <= len(ending) - start <= _BRACKETED_WORD_SIZES[1]:
        return labelled and bool(_CAPTION_TAIL.search(ending, start))
    # Without a colon only the bracketed word can match, and it opens with a letter: a
    # number in brackets ("(2)", "(1234)") is asked nothing.
    worded = labelled or ending[start + 1 : start + 2].isalpha()
    return worded and bool(_CAPTION_TAIL.search(ending, start))


def without_credit(text: str) -> str:
    """A caption's words without the credit that ends it ("… zu bestaunen. Bildrechte: MDR"
    gives "… zu bestaunen."); the text itself when no credit ends it."""
    ending = text[-_ENDING:]
    found = _CAPTION_TAIL.search(ending)
    if found is None:
        return text
    cut = len(text) - len(ending) + found.start()
    # (A credit's pattern may take the full stop before it: the sentence keeps it.)
    return text[: cut + 1 if text[cut] in ".!?)" else cut].rstrip()


def caption() -> str:
    """The reason given for an image's caption or credit line."""
    return _("Bildnachweis oder Bildunterschrift")


def is_story_link(text: str) -> bool:
    """A pointer to another story ("Related: …", "Mehr zum Thema – …")."""
    return bool(_MORE_STORY_LINK.match(text))


def is_more_stories_label(text: str) -> bool:
    """ "Mehr zum Thema" alone on its line: the line below it is the other story's title."""
    return len(text) <= 40 and bool(_MORE_STORIES.match(text))


def is_post_header(text: str) -> bool:
    """A blog or forum post's dated header row ("Post by Jane Sun 28 Jun 2020, 10:08",
    "Posted on April 24, 2012 by …"): the first one closes the page's head."""
    return len(text) <= 120 and text.startswith("Post") and bool(_POST_HEADER.match(text))


def is_head_row(text: str) -> bool:
    """A row that closes the page's head: the blocks above it are the page's, not entries."""
    if len(text) > 120:
        return is_ticker_intro(text)
    if text[:1].isdigit():
        if "|" in text and _PUBLISHED_UPDATED.match(text):
            return True
        sieved = openings.ends_like(text, openings.COUNTER_ENDINGS)
    else:
        sieved = openings.opens_like(text, openings.HEAD_ROWS_BY_LETTER)
    row = sieved and bool(_HEAD_ROW.match(text) or _DATED_HEAD_ROW.match(text))
    return row or is_ticker_intro(text)


def is_photo_credit(text: str) -> bool:
    """A credit or caption label line, whose image title may stand right above it."""
    return (
        len(text) <= MAX_FURNITURE_LENGTH
        and ("/" in text or ":" in text)
        and openings.opens_like(text, openings.PHOTO_CREDITS_BY_LETTER)
        and bool(_PHOTO_CREDIT.match(text))
    )


def tail_reason(text: str) -> str | None:
    """Why a line marks the start of the site's tail after the content, or None."""
    first = text[:1]
    # A counter opens with a bracket, "Kommentare" (the Kelvin sign matches "k") or a
    # number, which "Kommentare" or "comments" follows.
    counter = (
        openings.ends_like(text, openings.COMMENT_ENDINGS)
        if first.isdigit()
        else first in "[Kk\u212a"
    )
    if counter and _COMMENT_COUNTER.match(text):
        return _("Kommentarzähler")
    if openings.opens_like(text, openings.MORE_STORIES_BY_LETTER) and _MORE_STORIES.match(text):
        return _("Hinweis auf andere Artikel")
    if text.count("/") >= 2 and _CATEGORY_LINE.match(text):
        return _("Rubrikenzeile")
    if text.endswith((")", "]")) and _TRUNCATED_TEASER.search(text[-_ENDING:]):
        return _("Anriss eines anderen Artikels")
    return None

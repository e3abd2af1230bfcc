"""The shape of one line's text, whatever its place on the page: a paragraph, a
headline, a quotation, a title naming the ticker."""

from __future__ import annotations

import re

from summit.ingest.nonnames import may_be_a_name, opens_a_thing

# Headlines of real tickers stay short (in the corpus none is longer than 117 characters):
# a longer line is a sentence of the text, even when it ends without a full stop.
MAX_HEADLINE_LENGTH = 120
# A title naming the ticker: "Liveblog: …", "+++ Ticker +++", "Deutschland-Ticker",
# "Ukraine-Lage im Live-Ticker", "Transfer Blog", "Corona-Blog: …", "… – as it happened",
# "… zum Nachlesen".
LIVE_TITLE = re.compile(
    r"(?:(?:^|(?<=[\s+-]))(?:\+*\s*)?(?:live|(?:news|live-?)?ticker|newsblog|liveblog|live blog"
    r"|live updates|latest updates|as it happened|zum nachlesen)|(?<=\w )blog|(?<=\w-)blog)\b",
    re.IGNORECASE,
)
# A list item's bullet: a sign, or a number ("• Titel", "2. Titel").
BULLET_SIGNS = "•·▪►‣◦■□●○◆▶➤*–-"
BULLET = re.compile(rf"^(?:[{BULLET_SIGNS}]|\d{{1,2}}[.)])\s+(?=\S)")
_OPENING_QUOTES = "\"„“”«»‚‘'"
_CLOSING_QUOTES = "\"“”«»‘’'"
_QUOTE_INTERRUPTED = re.compile(r"[\"“”«»]\s*[,–—-]\s*[a-zäöüß]")
# An embedded post's closing line: "— Jane Doe (@janedoe) April 10, 2020".
_POST_SIGNATURE = re.compile(r"(?:—|–|-{1,2})\s*[^—–]{0,60}\(@\w+\)\s*\w{3,9}\.? ?\d{1,2},? \d{4}$")
# A sentence ends inside the line ("… bis 2 Uhr geöffnet. Das Land …").
_INNER_SENTENCE = re.compile(r"[.!?][\"“”»’']? [A-ZÄÖÜ\"„“]")
TRAILING_CLOSERS = "\"“”»«’')]" + " "
# An author's name, as pages sign a post beside its time ("14:46 Lorenz Hemicker").
# A capitalised name, "O'Dell" and "McDonald" too.
_NAME = r"[A-ZÄÖÜ](?:['’][A-Z]|c[A-Z])?[a-zäöüß]+"
_AUTHOR = re.compile(rf"^{_NAME}(?:[ -](?:{_NAME}|[A-Z]\.?)){{1,2}}$")


# A closing post: the ticker's own words that it ends for now ("An dieser Stelle beenden
# wir den Liveticker", "That's all for today's blog"); read at the start of a line only.
_SIGN_OFF = re.compile(
    r"(?i:beenden wir (?:den|unseren|hiermit|an dieser stelle|für heute)"
    r"|beenden (?:hiermit |nun |jetzt )?(?:den|unseren) (?:live-?ticker|liveblog|newsblog|ticker)"
    r"|^das war(?:'s| es)\b|verabschieden? (?:wir|mich|uns)|wir verabschieden"
    r"|verabschiede ich mich|(?:ich|wir) (?:mich|uns) [^.!?]{0,40}verabschieden"
    r"|^damit endet (?:unser|der|die|das|eine?)\b|^das soll es [^.!?]{0,60}gewesen sein"
    r"|schluss für heute|schließen wir (?:den|unseren|hiermit)"
    r"|(?:vielen dank|^danke) (?:für ihr interesse|für ihre aufmerksamkeit|fürs mitlesen)"
    r"|^that[’']s (?:all|it) (?:for|from)|that[’']s all from (?:me|us)\b|that[’']s a wrap"
    r"|we[’']ll be back|\b(?:this|the|our) (?:live ?)?blog is (?:now )?(?:closing|closed|ending"
    r"|pausing|adjourned)"
    r"|thank(?:s| you) for (?:joining|following|reading|staying)"
    r"|^(?:ok(?:ay)?|right|so|and)?,? ?we[’']re (?:going to )?(?:pause|wrap|end|close|pausing"
    r"|wrapping|ending|closing)"
    r"|(?:ticker|blog) macht (?:jetzt |nun )?(?:eine )?(?:kleine )?pause"
    r"|signing off|\bclocking off\b|\bleav(?:e|ing) this (?:live ?)?blog\b"
    r"|^(?:and |well,? )?that[’']s (?:all|it)(?:,? folks\b|\s*[–—-])"
    r"|^final update\b"
    r"|^\W{0,3}(?:tschüss|auf wiedersehen|macht[’']s gut|machen sie[’']s gut|ticker-ende"
    r"|ende des (?:live-?)?tickers|feierabend)\b|^that concludes\b)"
)
_SIGN_OFF_REACH = 120


# The page's note on itself, which may thank the reader too: its head, no closing post.
_PAGE_NOTE = re.compile(
    r"(?i:^\W{0,3}(?:editor[’']s note|anmerkung der redaktion|hinweis der redaktion)\b"
    r"|\bno longer (?:being )?updated\b|\bnicht (?:mehr|weiter) aktualisiert\b)"
)


def signs_off(text: str) -> bool:
    """Whether a line opens a closing post: an entry, never the page's head."""
    return _SIGN_OFF.search(text, 0, _SIGN_OFF_REACH) is not None and not _PAGE_NOTE.search(text)


# A word each closing post's phrase holds, asked first: most posts hold none of them.
_SIGN_OFF_WORDS = (
    "beenden", "das war", "verabschied", "schluss", "schließen", "dank", "that", "thank",
    "we’", "we'", "signing", "endet", "soll es", "blog is", "tschüss", "wiedersehen",
    "s gut", "ticker-ende", "ende des", "pause",
    "clocking", "leav", "final update", "feierabend", "concludes",
)  # fmt: skip


def opens_a_sign_off(lowered: str) -> bool:
    """Whether an entry's text, lowered (its opening in lower case will do), opens as a
    closing post. (The sign-offs are read in any case: the lowered text serves.)"""
    start = lowered[:200]
    return any(map(start.__contains__, _SIGN_OFF_WORDS)) and signs_off(start.lstrip())


def is_paragraph(text: str) -> bool:
    return len(text) >= 80 and text.rstrip(TRAILING_CLOSERS)[-1:] in ".!?"


# Where a post's words come from, under it: no headline of the next.
_CREDIT_LINE = re.compile(r"(?:Quelle|Quellen|Source|Sources): \S")
# The longest quotation that may be a headline: a few words, no sentence.
MAX_QUOTED_TITLE = 60
# A line of this many items parted by commas is a list.
MIN_LIST_COMMAS = 4


def could_be_headline(text: str) -> bool:
    """Short, unpunctuated at the end, starting like a sentence: the shape of a headline."""
    if len(text) > MAX_HEADLINE_LENGTH:
        return False
    end = text.rstrip(TRAILING_CLOSERS)[-1:]
    if end in ".,;:" or (is_quotation(text) and not _quoted_title(text, end)):
        return False  # (the end first: it rules out most paragraphs)
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in _OPENING_QUOTES):
        return False
    if text.count(", ") >= MIN_LIST_COMMAS or text.count("%") >= MIN_LIST_COMMAS:
        return False  # a list ("Subs: Lössl, Holgate, Tosun, Iwobi", "CDU: 27% – SPD: …")
    if first in "QS" and _CREDIT_LINE.match(text):
        return False  # "Quelle: Forschungsgruppe Wahlen, ZDF": the end of a post
    if "(@" in text[-80:] and _POST_SIGNATURE.search(text[-80:]):
        return False  # the end of an embedded post, not the next entry's headline
    # Several sentences, the last one exclaimed or asked: a paragraph.
    return not (end in "!?" and len(text) >= 80 and _INNER_SENTENCE.search(text))


def _quoted_title(text: str, end: str) -> bool:
    """A short quotation without a sentence's end, as headlines quote ("'Still burning'")."""
    return len(text) <= MAX_QUOTED_TITLE and end not in "!?"


def is_quotation(text: str) -> bool:
    """A paragraph that is one quotation from its first character to its last."""
    return (
        len(text) > 2
        and text[0] in _OPENING_QUOTES
        and text.rstrip(".")[-1] in _CLOSING_QUOTES
        and not _QUOTE_INTERRUPTED.search(text[1:-1])
    )


def is_author_name(text: str) -> bool:
    """Two or three capitalised names and nothing else: "Luke Baker", "Anna-Lena Pieper",
    not "Unser Fazit"."""
    words = text.split()
    if not _AUTHOR.match(text) or words[0] in _TITLE_OPENERS:
        return False
    return may_be_a_name(words) and not opens_a_thing(words[0])


# English words that open a title of two or three words, never a person's name beside a
# time: "21:05 - Best Film", "Final Result", "Latest Updates".
_TITLE_OPENERS = frozenset(
    {"Best", "First", "Last", "Final", "Latest", "Live", "Breaking", "Key", "Top", "More"}
)


def printed_twice(text: str) -> bool:
    """A label or caption printed twice and glued ("Send in e-mailSend in e-mail", a
    picture's alternative text and its caption): no writer's sentence."""
    half = len(text) // 2
    # The halves' first characters first: most lines differ there, and need no half cut out.
    if half < _TWICE_MIN or text[half] != text[0]:
        return False
    words = " " in text[:half]  # not a rule line ("------")
    return words and text[:half] == text[half:]


_TWICE_MIN = 6

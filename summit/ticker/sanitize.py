"""The one place entry HTML is cleaned (the only module that imports bleach).

bleach is no longer maintained; keeping it behind clean_entry_html() means it can be
swapped (for nh3, say) in one place, and the Content-Security-Policy stays the second
wall for anything a sanitiser misses.
"""

import html
import re
from functools import lru_cache, partial
from html.parser import HTMLParser

import bleach
from bleach.linkifier import LinkifyFilter

ALLOWED_TAGS = frozenset(
    {
        "p",
        "br",
        "strong",
        "b",
        "em",
        "i",
        "a",
        "ul",
        "ol",
        "li",
        "blockquote",
        "cite",
        "q",
        "h3",
        "h4",
        "sub",
        "sup",
        "s",
    }
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title"], "blockquote": ["cite"], "q": ["cite"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "noopener nofollow"

# Content of these elements is dropped entirely, not just their tags: the text inside a
# <script> or <style> is never meant to be read.
_ACTIVE = ("script", "style", "template", "iframe", "object", "embed", "svg", "math", "noscript")
_ACTIVE_OPEN = re.compile(r"<(" + "|".join((*_ACTIVE, "textarea", "select")) + r")\b", re.I)
_ACTIVE_CLOSE = {
    name: re.compile(rf"</{name}\s*>", re.I) for name in (*_ACTIVE, "textarea", "select")
}

# Markup nested deeper than this is read as text: no entry needs it, and the HTML parser's
# work grows with depth times length.
MAX_MARKUP_DEPTH = 100
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)[^<>]*?(/?)>")
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "col"})
_CLOSED_BY_SIBLING = frozenset({"p", "li"})

# Control characters never belong in a text (PostgreSQL refuses NUL outright); tab and line
# breaks stay.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """The text without NUL and other control characters."""
    return _CONTROL.sub("", text) if text and _CONTROL.search(text) else text


def has_controls(text: str) -> bool:
    return bool(text) and _CONTROL.search(text) is not None


def safe_link(url: str) -> str:
    """The address when it is an http, https or mailto link, else "" (no javascript: or data:).

    The scheme is read the way a browser reads it: spaces and control characters inside it
    are ignored, case does not count.
    """
    url = strip_controls(url or "").strip()
    if not url:
        return ""
    scheme, colon, rest = url.partition(":")
    scheme = re.sub(r"\s", "", scheme).lower()
    if not colon or scheme not in ALLOWED_PROTOCOLS:
        return ""
    if scheme != "mailto" and not rest.startswith("//"):
        return ""
    return url


def markup_depth(raw: str, limit: int = MAX_MARKUP_DEPTH) -> int:
    """How deeply the elements of raw HTML nest, counted up to just past `limit` (linear time)."""
    stack: list[str] = []
    deepest = 0
    for match in _TAG.finditer(raw):
        closing, name, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if closing:
            if name in stack:
                while stack.pop() != name:
                    pass
        elif name not in _VOID and not self_closing:
            if name in _CLOSED_BY_SIBLING and stack and stack[-1] == name:
                stack.pop()
            stack.append(name)
            deepest = max(deepest, len(stack))
            if deepest > limit:
                break
    return deepest


def _drop_active(raw: str) -> str:
    """Remove script, style and their kind with their content; an unclosed one takes the rest."""
    parts, position = [], 0
    while match := _ACTIVE_OPEN.search(raw, position):
        parts.append(raw[position : match.start()])
        close = _ACTIVE_CLOSE[match.group(1).lower()].search(raw, match.end())
        if close is None:
            return "".join(parts)
        position = close.end()
    parts.append(raw[position:])
    return "".join(parts)


# A pattern that never matches: the filter is used only to rewrite existing links,
# not to turn bare text into links.
_NO_BARE_URLS = re.compile(r"(?!x)x")


def _set_link_rel(attrs, new=False):
    attrs[(None, "rel")] = LINK_REL
    return attrs


@lru_cache(maxsize=1)
def _cleaner() -> bleach.Cleaner:
    return bleach.Cleaner(
        tags=ALLOWED_TAGS,
        attributes={**ALLOWED_ATTRIBUTES, "a": [*ALLOWED_ATTRIBUTES["a"], "rel"]},
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
        filters=[
            partial(
                LinkifyFilter,
                callbacks=[_set_link_rel],
                url_re=_NO_BARE_URLS,
                email_re=_NO_BARE_URLS,
                parse_email=False,
            )
        ],
    )


# Escaped text without control characters, and no "&amp;" before a word or "#" (the
# sanitiser would turn "&amp;nbsp;" back into an entity). Runs of plain characters are
# taken whole and never given back (possessive): what follows a run is "&" or "<", which
# no plain character is, so giving back could never make a match; tried a character at
# a time, the check cost ten times as much.
_PLAIN_TEXT = (
    r"(?:[^<>&\x00-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]++"
    r"|&(?:lt;|gt;|amp;(?![\w#])))++"
)
# Paragraphs, sub-headings, quotations and lists of such text, without attributes: the
# markup importers write, which the sanitiser returns unchanged.
_ALREADY_CLEAN = re.compile(
    rf"(?:<p>{_PLAIN_TEXT}</p>|<h3>{_PLAIN_TEXT}</h3>|<blockquote><p>{_PLAIN_TEXT}</p></blockquote>"
    rf"|<ul>(?:<li>{_PLAIN_TEXT}</li>)+</ul>)+"
)


def clean_entry_html(raw: str) -> str:
    """Entry HTML reduced to the allow-list; every link gets rel="noopener nofollow".

    Idempotent: cleaning already clean HTML returns it unchanged. Linear in the input:
    markup nested deeper than MAX_MARKUP_DEPTH is kept as text.
    """
    if not raw:
        return ""
    if _ALREADY_CLEAN.fullmatch(raw):
        # The HTML parser costs most of saving a large import; this markup needs none of it.
        return raw
    without_active = _drop_active(strip_controls(raw))
    if markup_depth(without_active) > MAX_MARKUP_DEPTH:
        return _as_text(without_active)
    cleaned = _cleaner().clean(without_active)
    return cleaned.strip()


def _as_text(raw: str) -> str:
    """Markup too deep to parse, kept as its text in paragraphs (tags removed, linear time)."""
    return text_to_html(html.unescape(_TAG.sub(" ", raw)))


_BLOCKS = frozenset({"p", "li", "h3", "h4", "blockquote", "ul", "ol"})


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        self.parts.append(data)


# A tag as the sanitiser writes it: a known name, attributes in quotes, nothing else.
_CLEAN_TAG = re.compile(
    r"<(/?)(" + "|".join(sorted(ALLOWED_TAGS, key=len, reverse=True)) + r")"
    r"((?:\s+[\w:-]+(?:=\"[^\"<>]*\")?)*)\s*(/?)>"
)


def _clean_html_parts(cleaned_html: str) -> list[str] | None:
    """The text and breaks of the sanitiser's own markup, read by one regex.

    None for anything the regex does not fully explain (a stray "<", a comment, an unknown
    tag): that input goes through the HTML parser, so the text is the same either way.
    """
    parts: list[str] = []
    position = 0
    for match in _CLEAN_TAG.finditer(cleaned_html):
        data = cleaned_html[position : match.start()]
        if "<" in data:
            return None
        parts.append(html.unescape(data))
        closing, name, _attrs, self_closing = match.groups()
        if closing:
            if self_closing:
                return None
            parts.append("\n\n" if name in _BLOCKS else "")
        elif name == "br":
            parts.append("\n")
        elif name in _BLOCKS:
            parts.append("\n\n\n\n" if self_closing else "\n\n")
        position = match.end()
    rest = cleaned_html[position:]
    if "<" in rest:
        return None
    parts.append(html.unescape(rest))
    return parts


# Tags without attributes (but a link's), as importers and the sanitiser write them.
_PLAIN_BLOCK_TAG = re.compile(r"</?(?:blockquote|h3|h4|li|ol|p|ul)>")
_PLAIN_INLINE_TAG = re.compile(
    r'</?(?:strong|cite|sub|sup|em|a|b|i|q|s)>|<a(?: [\w:-]+="[^"<>\n]*")*>'
)


def _plain_markup_text(cleaned_html: str) -> str | None:
    """The text and breaks of the commonest markup by three replacements, as
    _clean_html_parts reads it; None for anything else (an entity, other tags).

    No pattern matches across a line break, so a break put in cannot make a new tag."""
    if "&" in cleaned_html:
        return None  # a removed tag could join two pieces into one entity
    text = _PLAIN_BLOCK_TAG.sub("\n\n", cleaned_html).replace("<br>", "\n")
    if "<" in text:
        text = _PLAIN_INLINE_TAG.sub("", text)
    return None if "<" in text else text


def html_to_text(cleaned_html: str) -> str:
    """Plain text of sanitised HTML, paragraphs separated by blank lines (for search and feeds)."""
    text = _plain_markup_text(cleaned_html)
    if text is None:
        parts = _clean_html_parts(cleaned_html)
        if parts is None:
            extractor = _TextExtractor()
            extractor.feed(cleaned_html)
            extractor.close()
            parts = extractor.parts
        text = "".join(parts)
    return _paragraphs(text)


_SPACE_RUN = re.compile(r"[ \t\r\f\v]+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _paragraphs(text: str) -> str:
    """Paragraphs separated by one blank line, each with runs of spaces and tabs as one space.

    The runs are replaced in the whole text at once (they never hold a line break, so
    they never cross a paragraph's end), and only when there is one that is not a single
    space."""
    if "  " in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text:
        text = _SPACE_RUN.sub(" ", text)
    paragraphs = (paragraph.strip() for paragraph in _PARAGRAPH_BREAK.split(text))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def text_to_html(text: str) -> str:
    """Plain text (paragraphs separated by blank lines) as safe paragraph HTML."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]
    return "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs)


_BLOCK_MARKUP = re.compile(r"<(p|ul|ol|li|blockquote|h3|h4|br)\b", re.I)
_LIST_ITEM = re.compile(r"^[-*•]\s+")


def typed_to_html(typed: str) -> str:
    """An editor's typed text with simple formatting, as clean entry HTML.

    A blank line starts a new paragraph, a line break stays one, lines starting with "- "
    make a list and lines starting with "> " a quote; inline markup (<strong>, <em>, <a>)
    is kept. Text that already carries block markup (an earlier save, pasted HTML) is
    only cleaned, so saving twice changes nothing.
    """
    typed = (typed or "").replace("\r\n", "\n").replace("\r", "\n")
    if _BLOCK_MARKUP.search(typed):
        return clean_entry_html(typed)
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", typed) if b.strip()]
    return clean_entry_html("".join(_typed_block(block) for block in blocks))


def _typed_block(block: str) -> str:
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if all(_LIST_ITEM.match(line) for line in lines):
        return "<ul>" + "".join(f"<li>{_LIST_ITEM.sub('', line)}</li>" for line in lines) + "</ul>"
    if all(line.startswith(">") for line in lines):
        quoted = "<br>".join(line.lstrip("> ").strip() for line in lines)
        return f"<blockquote><p>{quoted}</p></blockquote>"
    return "<p>" + "<br>".join(lines) + "</p>"

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
_DROP_WITH_CONTENT = re.compile(
    r"<(script|style|template|iframe|object|embed|svg|math|noscript|textarea|select)\b.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)


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


def clean_entry_html(raw: str) -> str:
    """Entry HTML reduced to the allow-list; every link gets rel="noopener nofollow".

    Idempotent: cleaning already clean HTML returns it unchanged.
    """
    if not raw:
        return ""
    without_active = _DROP_WITH_CONTENT.sub("", raw.replace("\x00", ""))
    cleaned = _cleaner().clean(without_active)
    return cleaned.strip()


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


def html_to_text(cleaned_html: str) -> str:
    """Plain text of sanitised HTML, paragraphs separated by blank lines (for search and feeds)."""
    extractor = _TextExtractor()
    extractor.feed(cleaned_html)
    extractor.close()
    text = "".join(extractor.parts)
    paragraphs = [re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def text_to_html(text: str) -> str:
    """Plain text (paragraphs separated by blank lines) as safe paragraph HTML."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]
    return "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paragraphs)

"""Highlight the words of a search in titles and sanitised entry bodies."""

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# Endings stripped before matching, so "Verhandlung" also marks "Verhandlungen" — the same
# forgiveness the German full-text search applies (a cheap approximation of its stemming).
GERMAN_ENDINGS = ("ungen", "ern", "em", "en", "er", "es", "e", "n", "s")
MIN_STEM = 4
# Tags and character references are never touched; only the text between them is.
MARKUP_RE = re.compile(r"(<[^>]*>|&[#\w]+;)")


def _stem(word: str) -> str:
    for ending in GERMAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def search_pattern(query: str) -> re.Pattern | None:
    """A case-insensitive pattern for whole words starting with any query term's stem."""
    words = {_stem(w.casefold()) for w in re.findall(r"\w+", query or "") if len(w) >= 2}
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)


def _mark_text(html: str, pattern: re.Pattern) -> str:
    parts = MARKUP_RE.split(html)
    for i in range(0, len(parts), 2):  # even indexes are text, odd ones markup
        parts[i] = pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", parts[i])
    return "".join(parts)


@register.filter
def highlight(value, query) -> SafeString:
    """Wrap matches of `query` in <mark>. Plain text is escaped first; safe (sanitised) HTML is
    changed only between its tags, so the markup stays intact."""
    html = value if isinstance(value, SafeString) else escape(value or "")
    pattern = search_pattern(query)
    if pattern is None:
        return mark_safe(html)
    return mark_safe(_mark_text(str(html), pattern))


LINK_TARGETS = {"_blank", "_top", "_parent", "_self"}
ANCHOR_RE = re.compile(r"<a\s(?![^>]*\btarget=)", re.IGNORECASE)


def with_link_target(html: str, target: str | None) -> str:
    """Give every link of sanitised HTML a target (embeds open links outside the frame)."""
    if target not in LINK_TARGETS:
        return html
    return ANCHOR_RE.sub(f'<a target="{target}" ', html)


@register.simple_tag
def entry_body(entry, query="", link_target=None) -> SafeString:
    """The entry's sanitised body, with search words marked and links given their target."""
    html = highlight(mark_safe(entry.body), query)
    return mark_safe(with_link_target(str(html), link_target))

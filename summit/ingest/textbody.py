"""The body of an entry read from a pasted page: its lines as sanitised HTML."""

from __future__ import annotations

import html

from summit.ingest.lines import BULLET, BULLET_LINE, HEADLINE_LINE, Line
from summit.ingest.shapes import is_quotation


def body_html(lines: list[Line], *, subheadings: bool) -> str:
    """Paragraphs, lists, quotations and sub-headings, escaped: already in sanitised form."""
    parts: list[str] = []
    items: list[str] = []
    for line in lines:
        if line.kind is BULLET_LINE:
            items.append(_escape(BULLET.sub("", line.text)))
            continue
        if items:
            parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            items = []
        text = _escape(line.text)
        if line.kind is HEADLINE_LINE and subheadings:
            parts.append(f"<h3>{text}</h3>")
        elif is_quotation(line.text):
            parts.append(f"<blockquote><p>{text}</p></blockquote>")
        else:
            parts.append(f"<p>{text}</p>")
    if items:
        parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
    return "".join(parts)


def _escape(text: str) -> str:
    # Quotes stay as they are: the sanitiser's canonical form escapes only &, < and >.
    if "&" in text or "<" in text or ">" in text:
        return html.escape(text, quote=False)
    return text

"""Which format an input is in, when the editor chose "auto"."""

from __future__ import annotations

import json
import re

FORMATS = ("text", "json", "ninjs", "csv", "rss")

_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_CSV_HEADER_FIELDS = frozenset(
    {"published_at", "title", "body", "speaker", "source", "tags", "source_url", "external_id"}
)
# ninjs keys that our own schema never uses.
_NINJS_KEYS = frozenset(
    {"uri", "versioncreated", "firstcreated", "headline", "headlines", "body_html", "body_text",
     "bodies", "byline", "subject", "subjects", "located", "type", "pubstatus", "associations"}
)  # fmt: skip


# How JSON opens: an object with a key, an array of values or of arrays ("[[[" deeper);
# "[14:03] Text", "[ad_1]" or a template's "[[title]]" opening a pasted page is text.
_JSON_OPENING = re.compile(
    r'\s*(?:\{\s*["}]|\[\s*(?:\[\s*\[|(?:\[\s*)?(?:[{"\]]|-?\d[\d.eE+-]*\s*[,\]]|true|false|null)))'
)


def detect_format(text: str) -> str:
    start = text.lstrip()[:1]
    if start and start in "[{" and _JSON_OPENING.match(text):
        return _json_flavour(text)
    if start == "<" and _FEED_ROOT.search(text[:4096]):
        return "rss"
    if _looks_like_csv_header(text):
        return "csv"
    return "text"


def _json_flavour(text: str) -> str:
    """Our schema or ninjs, decided by the keys of the first item (broken JSON: ours)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return "json"
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        data = data["entries"]
    item = data[0] if isinstance(data, list) and data else data
    if isinstance(item, dict) and set(item) & _NINJS_KEYS and "published_at" not in item:
        return "ninjs"
    return "json"


def _looks_like_csv_header(text: str) -> bool:
    first_line = text.lstrip("\ufeff").split("\n", 1)[0].strip().lower()
    for delimiter in ",;\t":
        fields = {field.strip().strip('"') for field in first_line.split(delimiter)}
        known = fields <= _CSV_HEADER_FIELDS
        if len(fields) >= 2 and known and fields & {"title", "body"}:
            return True
    return False

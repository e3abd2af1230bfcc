"""RSS 2.0 and Atom feeds, read safely.

feedparser reads every flavour of feed, but XML can carry entity expansion ("billion
laughs") and external entities. A feed needs neither, so the document is first checked
with defusedxml, which refuses any DTD, and only a clean document reaches feedparser.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime
from xml.etree.ElementTree import ParseError

import feedparser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext as _

from summit.ingest.dates import DateReader
from summit.ingest.drafts import EntryDraft, ParseResult, UnreadableInput, body_html
from summit.ticker.sanitize import safe_link


def parse_feed(text: str, reader: DateReader) -> ParseResult:
    _refuse_unsafe_xml(text)
    feed = feedparser.parse(text.encode("utf-8"))
    if feed.bozo and not feed.entries:
        raise UnreadableInput(_("Der Feed ist kein gültiges RSS oder Atom."))
    result = ParseResult(format="rss", ticker_title=feed.feed.get("title", ""))
    result.ticker_description = feed.feed.get("subtitle", "") or feed.feed.get("description", "")
    result.drafts = [_draft(entry) for entry in feed.entries]
    return result


def _refuse_unsafe_xml(text: str) -> None:
    try:
        fromstring(text.lstrip("\ufeff").encode("utf-8"), forbid_dtd=True)
    except DefusedXmlException as error:
        raise UnreadableInput(
            _("Der Feed enthält DTD- oder Entity-Deklarationen; sie werden nicht gelesen.")
        ) from error
    except ParseError as error:
        raise UnreadableInput(_("Kein gültiges XML: %(error)s") % {"error": error}) from error


def _draft(entry: feedparser.FeedParserDict) -> EntryDraft:
    content = entry.get("content") or []
    body = content[0].get("value", "") if content else entry.get("summary", "")
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    source = entry.get("source", {}).get("title") if entry.get("source") else None
    return EntryDraft(
        title=(entry.get("title") or "").strip(),
        body=body_html(body),
        published_at=datetime.fromtimestamp(calendar.timegm(when), UTC) if when else None,
        source=source or None,
        # A feed's link may be its guid ("urn:…"): only a web address is a link.
        source_url=safe_link(entry.get("link", "") or ""),
        tags=[tag["term"].strip() for tag in entry.get("tags", []) if tag.get("term", "").strip()],
        external_id=entry.get("id", "") or "",
    )

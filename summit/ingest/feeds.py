"""RSS 2.0 and Atom feeds, read safely.

feedparser reads every flavour of feed, but XML can carry entity expansion ("billion
laughs") and external entities. A feed needs neither, so the document is first checked
with defusedxml, which refuses any DTD, and only a clean document reaches feedparser.

Pictures: an item's image enclosures (RSS <enclosure>, Atom <link rel="enclosure">) and
media:content of medium image become the draft's images, media:description -> alt,
media:title -> caption, media:credit -> credit (on the content, its group or the item).
feedparser folds media:description and media:title into the entry's own summary and title,
so they are read from the checked XML tree, item by item in document order.
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
from summit.ingest.feed_media import item_pictures
from summit.media.checks import INCOMPLETE_MESSAGE
from summit.media.imports import lacks_words
from summit.ticker.sanitize import safe_link


def parse_feed(text: str, reader: DateReader) -> ParseResult:
    root = _refuse_unsafe_xml(text)
    feed = feedparser.parse(text.encode("utf-8"))
    if feed.bozo and not feed.entries:
        raise UnreadableInput(_("Der Feed ist kein gültiges RSS oder Atom."))
    result = ParseResult(format="rss", ticker_title=feed.feed.get("title", ""))
    result.ticker_description = feed.feed.get("subtitle", "") or feed.feed.get("description", "")
    result.drafts = [_draft(entry) for entry in feed.entries]
    pictures = item_pictures(root)
    # Items the tree and feedparser count alike are the same items in the same order.
    if len(pictures) == len(result.drafts):
        for draft, images in zip(result.drafts, pictures, strict=True):
            _add_pictures(draft, images)
    return result


def _add_pictures(draft: EntryDraft, images: list[dict[str, str]]) -> None:
    draft.images = images
    if lacks_words(images):
        draft.warn(str(INCOMPLETE_MESSAGE))


def _refuse_unsafe_xml(text: str):
    try:
        return fromstring(text.lstrip("\ufeff").encode("utf-8"), forbid_dtd=True)
    except DefusedXmlException as error:
        raise UnreadableInput(
            _("Der Feed enthält DTD- oder Entity-Deklarationen; sie werden nicht gelesen.")
        ) from error
    except ParseError as error:
        raise UnreadableInput(_("Kein gültiges XML: %(error)s") % {"error": error}) from error


def _draft(entry: feedparser.FeedParserDict) -> EntryDraft:
    content = entry.get("content") or []
    body = content[0].get("value", "") if content else entry.get("summary", "")
    # (The plain dict's own: feedparser's answers an absent "updated_parsed" with the
    # published one, and a deprecation warning.)
    when = entry.get("published_parsed") or dict.get(entry, "updated_parsed")
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

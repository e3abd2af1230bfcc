"""A ticker as a self-contained zip: static pages that open from the file system, the
entries as JSON in the API's format, the stylesheet, and a README saying where it came from.

The same ticker state gives the same bytes: files in a fixed order, every timestamp the
ticker's last change, nothing that depends on the clock or the machine.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from dataclasses import dataclass
from io import BytesIO

from django.contrib.staticfiles import finders
from django.core.exceptions import ImproperlyConfigured
from django.template.loader import render_to_string
from django.utils import timezone, translation

from summit.ops import archive_media
from summit.ops.site import site_request
from summit.ticker.api import entry_json
from summit.ticker.models import Entry, Ticker

STYLESHEET = "ticker/ticker.css"
# {archive path: static file}: the page's own look, then the figures' and the post cards'.
STYLESHEETS = {
    "static/ticker.css": STYLESHEET,
    "static/figures.css": "media/figures.css",
    "static/posts.css": "media/posts.css",
}
ARCHIVE_FORMAT = 1
# zip cannot store times before 1980.
EARLIEST_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class ArchiveFile:
    name: str
    content: bytes


def archive_entries(ticker: Ticker) -> list[Entry]:
    """Every published entry, newest first as on the timeline, with what a page shows: its
    pictures and post cards as the archive names them (archive_pictures, archive_cards)."""
    entries = list(Entry.objects.filter(ticker=ticker).published().newest_first().with_relations())
    for entry in entries:
        entry.archive_pictures = archive_media.entry_pictures(entry)
        entry.archive_cards = archive_media.entry_cards(entry)
    return entries


def archive_files(ticker: Ticker, site_url: str) -> list[ArchiveFile]:
    """The archive's files, in the order they are written."""
    entries = archive_entries(ticker)
    with translation.override("de"):
        context = {
            "ticker": ticker,
            "entries": entries,
            "key_events": [entry for entry in entries if entry.pinned],
            "site_url": site_url,
            "ticker_url": site_url + ticker.get_absolute_url(),
            "stand": ticker.updated_at,
            "archive_format": ARCHIVE_FORMAT,
        }
        pages = [
            ArchiveFile(
                "index.html", render_page("ops/archive/index.html", {**context, "root": ""})
            ),
            *(
                ArchiveFile(
                    f"entries/{entry.pk}.html",
                    render_page(
                        "ops/archive/entry.html", {**context, "entry": entry, "root": "../"}
                    ),
                )
                for entry in entries
            ),
        ]
        readme = render_to_string("ops/archive/README.txt", context).encode()
    return [
        ArchiveFile("README.txt", readme),
        ArchiveFile("entries.json", entries_json(ticker, entries, site_url)),
        *pages,
        *(ArchiveFile(name, stylesheet(path)) for name, path in STYLESHEETS.items()),
        *(
            ArchiveFile(name, archive_media.read_stored(stored))
            for name, stored in archive_media.stored_files(entries).items()
        ),
    ]


def render_page(template: str, context: dict) -> bytes:
    return render_to_string(template, context).encode()


def entries_json(ticker: Ticker, entries: list[Entry], site_url: str) -> bytes:
    """{"ticker": {...}, "entries": [...]}: each entry exactly as entries.json serves it."""
    request = site_request(site_url)
    zone = ticker.zone
    document = {
        "ticker": {
            "slug": ticker.slug,
            "title": ticker.title,
            "description": ticker.description,
            "url": site_url + ticker.get_absolute_url(),
            "revision": ticker.revision,
            "updated_at": timezone.localtime(ticker.updated_at, zone).isoformat(),
        },
        "entries": [archive_entry_json(request, ticker, entry) for entry in entries],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()


def archive_entry_json(request, ticker: Ticker, entry: Entry) -> dict:
    """The API's entry, its pictures and card thumbnails named by their paths in the archive."""
    document = entry_json(request, ticker, entry, ticker.zone)
    document["images"] = archive_media.pictures_json(entry.archive_pictures)
    for embed, extra in zip(
        document["embeds"], archive_media.cards_json(entry.archive_cards), strict=True
    ):
        embed.update(extra)
    return document


def stylesheet(static_path: str = STYLESHEET) -> bytes:
    path = finders.find(static_path)
    if not isinstance(path, str):
        raise ImproperlyConfigured(f"The static file {static_path} is missing.")
    with open(path, "rb") as source:
        return source.read()


def zip_time(ticker: Ticker) -> tuple[int, int, int, int, int, int]:
    moment = timezone.localtime(ticker.updated_at, dt.UTC).timetuple()[:6]
    return max(moment, EARLIEST_ZIP_TIME)


def write_archive(ticker: Ticker, site_url: str) -> bytes:
    """The zip's bytes. Folder is the ticker's slug, so unpacking makes one folder."""
    buffer = BytesIO()
    stamp = zip_time(ticker)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in archive_files(ticker, site_url):
            info = zipfile.ZipInfo(f"{ticker.slug}/{item.name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, item.content)
    return buffer.getvalue()

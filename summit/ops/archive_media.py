"""The pictures and post cards of an archived ticker: which stored files go into the zip, under
which relative path, and how entries.json names them.

The 960 px JPEG is the archive's picture where it exists (sharp on every screen, small enough
for thousands of entries), else the stored original, which is already the safe re-encoded copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.files.storage import default_storage

from summit.media.models import EntryEmbed, EntryImage
from summit.media.post_presentation import german_time
from summit.media.posts import provider_name
from summit.ticker.models import Entry

ARCHIVE_WIDTH = 960
MEDIA_FOLDER = "media/"


@dataclass(frozen=True)
class ArchivePicture:
    path: str  # inside the archive, e.g. "media/entries/…/960.jpg"
    stored: str  # the storage name it is copied from
    width: int
    height: int
    alt: str
    caption: str
    credit: str


@dataclass(frozen=True)
class ArchiveCard:
    url: str
    provider: str
    author: str
    text: str
    when: str
    thumbnail: str  # inside the archive; empty when there is no copy
    stored: str


def archive_picture(image: EntryImage) -> ArchivePicture:
    chosen = next(
        (
            item
            for item in image.renditions
            if item["format"] == "jpeg" and item["width"] == ARCHIVE_WIDTH
        ),
        None,
    )
    if chosen is None:
        stored, width, height = image.original.name or "", image.width, image.height
    else:
        stored, width, height = chosen["name"], chosen["width"], chosen["height"]
    return ArchivePicture(
        MEDIA_FOLDER + stored, stored, width, height, image.alt, image.caption, image.credit
    )


def archive_card(embed: EntryEmbed) -> ArchiveCard:
    stored = embed.thumbnail.name or ""
    return ArchiveCard(
        url=embed.url,
        provider=provider_name(embed.provider),
        author=embed.author,
        text=embed.text or embed.title,
        when=german_time(embed),
        thumbnail=MEDIA_FOLDER + stored if stored else "",
        stored=stored,
    )


def entry_pictures(entry: Entry) -> list[ArchivePicture]:
    return [archive_picture(image) for image in entry.images.all()]


def entry_cards(entry: Entry) -> list[ArchiveCard]:
    return [archive_card(embed) for embed in entry.embeds.all()]


def pictures_json(pictures: list[ArchivePicture]) -> list[dict]:
    return [
        {
            "url": item.path,
            "width": item.width,
            "height": item.height,
            "alt": item.alt,
            "caption": item.caption,
            "credit": item.credit,
        }
        for item in pictures
    ]


def cards_json(cards: list[ArchiveCard]) -> list[dict]:
    return [{"thumbnail": card.thumbnail} if card.thumbnail else {} for card in cards]


def stored_files(entries: list[Entry]) -> dict[str, str]:
    """{path in the archive: storage name}, sorted, each file once."""
    files: dict[str, str] = {}
    for entry in entries:
        for item in entry_pictures(entry):
            files[item.path] = item.stored
        for card in entry_cards(entry):
            if card.stored:
                files[card.thumbnail] = card.stored
    return dict(sorted(files.items()))


def read_stored(name: str) -> bytes:
    with default_storage.open(name, "rb") as source:
        return source.read()

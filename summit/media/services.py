"""Storing pictures and their renditions through Django's storage API (STORAGES["default"])."""

from __future__ import annotations

import io
import logging
from functools import partial

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction

from summit.media import post_cards, posts, processing
from summit.media.models import EntryEmbed, EntryImage
from summit.ticker.models import Entry
from summit.ticker.services.revisions import entry_presentation_change

logger = logging.getLogger(__name__)


def safe_upload(upload, size: int | None = None) -> tuple[ContentFile, int, int]:
    """The upload's re-encoded copy as a file to store, with its width and height;
    processing.RefusedImage when it is no image we keep."""
    safe = processing.safe_copy(upload, size)
    return ContentFile(safe.content, name=f"upload.{safe.extension}"), safe.width, safe.height


def image_add(entry: Entry, upload, **words) -> EntryImage:
    """Store a picture for an entry (alt, caption, credit, position as keywords), its
    renditions to follow in the background; processing.RefusedImage stores nothing."""
    content, width, height = safe_upload(upload)
    image = EntryImage(entry=entry, width=width, height=height, **words)
    image.original.save(content.name or "upload", content, save=False)
    image.save()
    renditions_request(image)
    return image


def renditions_request(image: EntryImage) -> None:
    """Have the renditions made in the background once the picture is committed."""
    from summit.media.tasks import make_renditions

    transaction.on_commit(partial(make_renditions.enqueue, image.pk))


def renditions_make(image: EntryImage) -> int:
    """Make and store the renditions of a stored picture; a published entry then moves its
    ticker's revision, so pages and the poll hand readers the sharper versions. Idempotent:
    a second run replaces the files under the same names."""
    folder = (image.original.name or "").rsplit("/", 1)[0]
    with image.original.open("rb") as source:
        made = processing.renditions(source)
    stored = []
    for rendition in made:
        name = f"{folder}/{rendition.width}.{'jpg' if rendition.format == 'jpeg' else 'webp'}"
        if default_storage.exists(name):
            default_storage.delete(name)
        name = default_storage.save(name, ContentFile(rendition.content))
        stored.append(
            {
                "width": rendition.width,
                "height": rendition.height,
                "format": rendition.format,
                "name": name,
                "bytes": len(rendition.content),
            }
        )
    _record_renditions(image, stored)
    return len(stored)


def _record_renditions(image: EntryImage, stored: list[dict]) -> None:
    with entry_presentation_change(image.entry_id):
        EntryImage.objects.filter(pk=image.pk).update(renditions=stored)
    image.renditions = stored


def files_delete(names: list[str]) -> None:
    for name in names:
        try:
            default_storage.delete(name)
        except OSError:
            logger.warning("Could not delete the stored picture %s", name)


def embed_add(entry: Entry, url: str, position: int = 0) -> EntryEmbed:
    """A post or video on the entry with its card (UnknownPost for a URL we do not know)."""
    embed = EntryEmbed(entry=entry, position=position)
    embed_fill(embed, url)
    embed.save()
    return embed


def embed_fill(embed: EntryEmbed, url: str) -> None:
    """Set the URL and the card fetched for it (a plain link card when the provider fails)."""
    post = posts.detect(url)
    embed.url = post.url
    for name, value in post_cards.card_fields(post).items():
        setattr(embed, name, value)
    copy = _thumbnail_copy(embed.thumbnail_url)
    embed.thumbnail = copy[0] if copy else None
    embed.thumbnail_width, embed.thumbnail_height = copy[1:] if copy else (0, 0)


def _thumbnail_copy(url: str) -> tuple[ContentFile, int, int] | None:
    """The provider's preview picture, checked and re-encoded like an upload; stored with
    the card when it is saved. None when there is none or it cannot be had."""
    if not url:
        return None
    try:
        return safe_upload(io.BytesIO(post_cards.fetch(url)))
    except (post_cards.FetchFailed, processing.RefusedImage) as error:
        logger.info("post thumbnail %s left out: %s", url, error)
        return None

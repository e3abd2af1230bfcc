"""What a picture is to its readers: URLs, sizes and words, for the page, feeds, API and JSON-LD."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.files.storage import default_storage

from summit.media.models import EntryImage
from summit.ticker.origins import absolute

# The figure spans the entry's column: the full viewport on phones, at most about 44rem.
SIZES = "(min-width: 50rem) 44rem, 100vw"


def storage_url(name: str | None) -> str:
    return default_storage.url(name)


@dataclass(frozen=True)
class Picture:
    image: EntryImage
    src: str  # the largest JPEG we have (the safe original until renditions exist)
    width: int
    height: int
    webp_srcset: str
    jpeg_srcset: str

    @property
    def alt(self) -> str:
        return self.image.alt

    @property
    def caption(self) -> str:
        return self.image.caption

    @property
    def credit(self) -> str:
        return self.image.credit


def picture(image: EntryImage) -> Picture:
    by_format: dict[str, list[dict]] = {"webp": [], "jpeg": []}
    for rendition in image.renditions:
        by_format.setdefault(rendition["format"], []).append(rendition)
    jpegs = by_format["jpeg"]
    original = storage_url(image.original.name)
    return Picture(
        image=image,
        src=storage_url(jpegs[-1]["name"]) if jpegs else original,
        width=image.width,
        height=image.height,
        webp_srcset=_srcset(by_format["webp"]),
        jpeg_srcset=_srcset(jpegs),
    )


def _srcset(renditions: list[dict]) -> str:
    return ", ".join(f"{storage_url(item['name'])} {item['width']}w" for item in renditions)


def entry_pictures(entry) -> list[Picture]:
    """The entry's pictures in order (prefetched by EntryQuerySet.with_relations)."""
    return [picture(image) for image in entry.images.all()]


def image_json(image: EntryImage, origin: str) -> dict:
    """An image in entries.json: the original and every rendition, with sizes and words."""
    return {
        "url": absolute(origin, storage_url(image.original.name)),
        "width": image.width,
        "height": image.height,
        "alt": image.alt,
        "caption": image.caption,
        "credit": image.credit,
        "renditions": [
            {
                "url": absolute(origin, storage_url(item["name"])),
                "width": item["width"],
                "height": item["height"],
                "type": f"image/{item['format']}",
            }
            for item in image.renditions
        ],
    }


def entry_images_json(entry, origin: str) -> list[dict]:
    return [image_json(image, origin) for image in entry.images.all()]


def share_image(entry, origin: str) -> dict | None:
    """The picture for og:image, JSON-LD and the feed: the entry's first, as a JPEG that every
    reader understands (the 1600 px rendition where there is one)."""
    images = list(entry.images.all())
    if not images:
        return None
    image = images[0]
    jpegs = [item for item in image.renditions if item["format"] == "jpeg"]
    if jpegs:
        best = jpegs[-1]
        url, width, height = storage_url(best["name"]), best["width"], best["height"]
        length = best.get("bytes", 0)
    else:
        url, width, height = storage_url(image.original.name), image.width, image.height
        length = 0
    mime = "image/png" if url.endswith(".png") else "image/jpeg"
    return {
        "url": absolute(origin, url),
        "width": width,
        "height": height,
        "alt": image.alt,
        "type": mime,
        "length": length,
    }

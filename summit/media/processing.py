"""Pillow's work on an uploaded picture: the checks, the safe copy and the renditions.

Nothing an uploader sent is stored as it came: every stored file is re-encoded from the
decoded pixels (orientation applied first), so no EXIF, GPS or other metadata survives,
and a file Pillow cannot decode never reaches the storage.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import IO

from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

# The documented limits of an upload (README, editor section).
MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
# Pillow refuses (DecompressionBombError) what is far beyond our own limit before decoding.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

RENDITION_WIDTHS = (480, 960, 1600)
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
# Quality settings chosen so a 960 px rendition of a 12-megapixel photo stays under 150 KB.
JPEG_OPTIONS = {"quality": 78, "optimize": True, "progressive": True}
WEBP_OPTIONS = {"quality": 75, "method": 4}


class RefusedImage(ValueError):
    """The upload is no image we store; the message says why (German, for the editor)."""


@dataclass(frozen=True)
class SafeImage:
    """A decoded, upright picture re-encoded without metadata."""

    content: bytes
    extension: str  # "jpg" or "png"
    width: int
    height: int


@dataclass(frozen=True)
class Rendition:
    width: int
    height: int
    format: str  # "webp" or "jpeg"
    content: bytes


def safe_copy(upload: IO[bytes], size: int | None = None) -> SafeImage:
    """Check an upload against the limits and return its re-encoded copy; RefusedImage
    with a clear message for anything else."""
    if size is not None and size > MAX_BYTES:
        raise RefusedImage(_("Die Datei ist größer als 20 MB."))
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise RefusedImage(_("Die Datei ist größer als 20 MB."))
    image = _decode(data)
    keep_alpha = image.mode in ("RGBA", "LA") or "transparency" in image.info
    image = image.convert("RGBA" if keep_alpha else "RGB")
    content = encode(image, "png" if keep_alpha else "jpeg")
    return SafeImage(content, "png" if keep_alpha else "jpg", image.width, image.height)


def _decode(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Pillow only warns between the limit and twice the limit; we refuse at once.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
        if image.format not in ACCEPTED_FORMATS:
            raise RefusedImage(_("Nur JPEG-, PNG-, WebP- und GIF-Bilder sind erlaubt."))
        if image.width * image.height > MAX_PIXELS:
            raise RefusedImage(_("Das Bild hat mehr als 40 Megapixel."))
        image.load()
        return ImageOps.exif_transpose(image)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise RefusedImage(_("Das Bild hat mehr als 40 Megapixel.")) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        if isinstance(error, RefusedImage):
            raise
        raise RefusedImage(_("Die Datei ist kein lesbares Bild.")) from error


def encode(image: Image.Image, format: str) -> bytes:
    """Encode without any metadata (Pillow writes EXIF only when it is asked to)."""
    buffer = io.BytesIO()
    if format == "jpeg":
        image.convert("RGB").save(buffer, "JPEG", **JPEG_OPTIONS)
    elif format == "webp":
        image.save(buffer, "WEBP", **WEBP_OPTIONS)
    else:
        image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def renditions(source: IO[bytes]) -> list[Rendition]:
    """The responsive widths below the picture's own, each as WebP and as JPEG."""
    with Image.open(source) as image:
        image.load()
        result = []
        for width in RENDITION_WIDTHS:
            if width >= image.width:
                break
            height = round(image.height * width / image.width)
            resized = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
            for format in ("webp", "jpeg"):
                result.append(Rendition(width, height, format, encode(resized, format)))
        return result

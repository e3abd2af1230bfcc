"""An author's picture: the upload checked like every picture, then cut to a small square."""

import io

from django.core.files.base import ContentFile
from PIL import Image, ImageOps

from summit.media import processing
from summit.ticker.authors import AVATAR_SIDE


def avatar_file(upload, size: int | None = None) -> ContentFile:
    """The square AVATAR_SIDE copy of an uploaded picture, re-encoded without metadata
    (JPEG, PNG when it has transparency); processing.RefusedImage for anything else, with
    the same limits and messages as pictures on entries."""
    safe = processing.safe_copy(upload, size)
    with Image.open(io.BytesIO(safe.content)) as image:
        square = ImageOps.fit(image, (AVATAR_SIDE, AVATAR_SIDE), Image.Resampling.LANCZOS)
    format = "png" if safe.extension == "png" else "jpeg"
    return ContentFile(processing.encode(square, format), name=f"avatar.{safe.extension}")

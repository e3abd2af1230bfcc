"""Pictures for the media tests, made here (no files shipped), and a private MEDIA_ROOT."""

import io
import os

import pytest
from PIL import Image, ImageChops


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.SERVE_MEDIA = True
    return tmp_path / "media"


@pytest.fixture
def tasks_at_once(settings):
    """Renditions are made as soon as the upload commits (the background task, run inline)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def stored_files(root) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def photo(width: int = 4000, height: int = 3000) -> Image.Image:
    """Photo-like content: smooth colour gradients under random noise, fine grain and coarser
    texture that survives the scaling down (what makes real photos expensive to compress)."""
    red = Image.linear_gradient("L").resize((width, height))
    green = Image.linear_gradient("L").rotate(90).resize((width, height))
    blue = Image.radial_gradient("L").resize((width, height))
    gradients = Image.merge("RGB", (red, green, blue))
    grain = Image.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    size = (width // 4, height // 4)
    texture = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    texture = texture.resize((width, height), Image.Resampling.BICUBIC)
    return ImageChops.blend(ImageChops.blend(gradients, texture, 0.25), grain, 0.1)


def jpeg_bytes(image: Image.Image, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, **options)
    return buffer.getvalue()


def camera_jpeg(width: int = 1200, height: int = 900) -> bytes:
    """A JPEG as a phone writes it: rotated by the EXIF orientation, with GPS and a maker."""
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turn 90° clockwise to show
    exif[0x010F] = "Kamerahersteller"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (61.0, 10.0, 30.0)
    return jpeg_bytes(photo(width, height), exif=exif)

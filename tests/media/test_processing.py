"""Pillow's part: sizes of the renditions, metadata gone, bad files refused."""

import io

import pytest
from PIL import Image

from summit.media import processing
from summit.media.processing import RefusedImage
from tests.media.conftest import camera_jpeg, jpeg_bytes, photo


def test_the_960_rendition_of_a_12_megapixel_photo_is_at_most_150_kb():
    safe = processing.safe_copy(io.BytesIO(jpeg_bytes(photo(4000, 3000))))
    made = processing.renditions(io.BytesIO(safe.content))
    sizes = {(item.width, item.format): len(item.content) for item in made}
    assert set(sizes) == {(w, f) for w in (480, 960, 1600) for f in ("webp", "jpeg")}
    assert sizes[(960, "webp")] <= 150_000
    assert sizes[(960, "jpeg")] <= 150_000
    heights = {item.width: item.height for item in made}
    assert heights == {480: 360, 960: 720, 1600: 1200}


def test_orientation_is_applied_and_exif_and_gps_are_gone_from_every_file():
    upload = camera_jpeg(1200, 900)
    assert Image.open(io.BytesIO(upload)).getexif()  # the camera's file carries them

    safe = processing.safe_copy(io.BytesIO(upload))
    assert (safe.width, safe.height) == (900, 1200)  # turned upright
    files = [safe.content, *(r.content for r in processing.renditions(io.BytesIO(safe.content)))]
    for content in files:
        image = Image.open(io.BytesIO(content))
        assert not image.getexif()
        assert "exif" not in image.info and "xmp" not in image.info
        assert image.height > image.width


def test_a_small_picture_gets_no_renditions_larger_than_itself():
    safe = processing.safe_copy(io.BytesIO(jpeg_bytes(photo(600, 400))))
    assert [(r.width, r.format) for r in processing.renditions(io.BytesIO(safe.content))] == [
        (480, "webp"),
        (480, "jpeg"),
    ]


def test_transparency_is_kept_as_png():
    buffer = io.BytesIO()
    Image.new("RGBA", (50, 40), (200, 0, 0, 128)).save(buffer, "PNG")
    buffer.seek(0)
    safe = processing.safe_copy(buffer)
    assert safe.extension == "png"
    assert Image.open(io.BytesIO(safe.content)).mode == "RGBA"


def _png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.4 not a picture", "kein lesbares Bild"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "kein lesbares Bild"),
        (jpeg_bytes(photo(200, 150))[:600], "kein lesbares Bild"),  # cut off
        (_png(8000, 6000), "mehr als 40 Megapixel"),
        (_png(20000, 20000), "mehr als 40 Megapixel"),  # a decompression bomb
    ],
)
def test_files_that_are_no_acceptable_picture_are_refused(content, message):
    with pytest.raises(RefusedImage, match=message):
        processing.safe_copy(io.BytesIO(content))


def test_a_file_over_20_mb_is_refused_before_it_is_decoded():
    with pytest.raises(RefusedImage, match="größer als 20 MB"):
        processing.safe_copy(io.BytesIO(b"x"), size=20 * 1024 * 1024 + 1)
    with pytest.raises(RefusedImage, match="größer als 20 MB"):
        processing.safe_copy(io.BytesIO(b"\xff" * (20 * 1024 * 1024 + 1)))

"""The editor's side: uploading in the entry form, and what publishing asks of a picture."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from summit.media import services
from summit.media.models import EntryImage
from summit.ticker.models import Entry
from tests.editorial_helpers import CHANGELIST, change_url, form_data
from tests.media.conftest import camera_jpeg, jpeg_bytes, photo, stored_files

ADD_URL = f"{CHANGELIST}add/"
INCOMPLETE = "braucht jedes Bild einen Alternativtext und einen Bildnachweis"


def with_picture(data: dict, upload, **words) -> dict:
    picture = {"alt": "", "caption": "", "credit": "", "position": "0", **words}
    data.update({"images-TOTAL_FORMS": "1", "images-INITIAL_FORMS": "0"})
    data.update({f"images-0-{name}": value for name, value in picture.items()})
    data["images-0-original"] = upload
    return data


def new_entry_form(client, ticker, **changes) -> dict:
    base = form_data(client.get(ADD_URL))
    base.update(
        {
            "ticker": ticker.pk,
            "title": "Ankunft",
            "body": "<p>Text</p>",
            "published_at_0": "14.08.2025",
            "published_at_1": "21:15:00",
            "position": "0",
        }
    )
    base.update(changes)
    return base


def jpeg_upload(content: bytes | None = None, name: str = "IMG_0001.JPG"):
    return SimpleUploadedFile(name, content or camera_jpeg(), content_type="image/jpeg")


def test_an_editor_uploads_a_photo_with_its_words_and_publishes(
    staff_client, ticker, tasks_at_once, media_root, client, django_capture_on_commit_callbacks
):
    data = with_picture(
        new_entry_form(staff_client, ticker, status="published"),
        jpeg_upload(),
        alt="Zwei Präsidenten",
        caption="Ankunft in Anchorage",
        credit="Foto: Jane Doe",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(ADD_URL, data)
    assert response.status_code == 302
    image = EntryImage.objects.get()
    assert image.entry.status == Entry.Status.PUBLISHED
    assert (image.width, image.height) == (900, 1200)  # upright
    assert len(image.renditions) == 2  # 480 px as WebP and JPEG (the photo is 900 px wide)
    assert "IMG_0001" not in image.original.name  # the uploader's name is not kept
    assert len(stored_files(media_root)) == 3
    page = client.get(ticker.get_absolute_url()).content.decode()
    assert 'alt="Zwei Präsidenten"' in page and "Foto: Jane Doe" in page


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("bild.jpg", b"<?php echo 1; ?>", "image/jpeg"), "kein lesbares Bild"),
        (SimpleUploadedFile("bild.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"), "kein"),
    ],
)
def test_a_bad_file_is_refused_with_a_message_and_nothing_is_stored(
    staff_client, ticker, media_root, upload, message
):
    data = with_picture(new_entry_form(staff_client, ticker), upload, alt="A", credit="B")
    response = staff_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Entry.objects.exists() and not EntryImage.objects.exists()
    assert stored_files(media_root) == []


def test_a_picture_over_40_megapixels_is_refused(staff_client, ticker, media_root):
    buffer = io.BytesIO()
    photo(200, 100).resize((8000, 6000)).convert("1").save(buffer, "PNG")
    upload = SimpleUploadedFile("gross.png", buffer.getvalue(), "image/png")
    data = with_picture(new_entry_form(staff_client, ticker), upload, alt="A", credit="B")
    response = staff_client.post(ADD_URL, data)
    assert "mehr als 40 Megapixel" in response.content.decode()
    assert not EntryImage.objects.exists() and stored_files(media_root) == []


@pytest.mark.parametrize("missing", ["alt", "credit"])
def test_publishing_a_picture_without_alt_text_or_credit_is_refused(
    staff_client, ticker, media_root, missing
):
    words = {"alt": "Zwei Präsidenten", "credit": "Foto: Jane Doe", missing: "  "}
    data = with_picture(
        new_entry_form(staff_client, ticker, status="published"), jpeg_upload(), **words
    )
    response = staff_client.post(ADD_URL, data)
    assert response.status_code == 200
    assert INCOMPLETE in response.content.decode()
    assert not Entry.objects.exists() and stored_files(media_root) == []


def test_a_draft_may_keep_a_picture_without_words_until_it_is_published(
    staff_client, ticker, make_entry, tasks_at_once
):
    entry = make_entry(status=Entry.Status.DRAFT)
    services.image_add(entry, io.BytesIO(jpeg_bytes(photo(600, 400))))
    response = staff_client.post(
        CHANGELIST, {"action": "publish", "_selected_action": [entry.pk]}, follow=True
    )
    assert INCOMPLETE in response.content.decode()
    entry.refresh_from_db()
    assert entry.status == Entry.Status.DRAFT

    # Completing the words and publishing in the same save is accepted.
    page = staff_client.get(change_url(entry))
    data = form_data(page, status="published")
    image = entry.images.get()
    data.update(
        {
            "images-TOTAL_FORMS": "1",
            "images-INITIAL_FORMS": "1",
            "images-0-id": image.pk,
            "images-0-entry": entry.pk,
            "images-0-alt": "Das Rollfeld",
            "images-0-caption": "",
            "images-0-credit": "Foto: Jane Doe",
            "images-0-position": "0",
        }
    )
    assert staff_client.post(change_url(entry), data).status_code == 302
    entry.refresh_from_db()
    assert entry.status == Entry.Status.PUBLISHED
    assert entry.images.get().credit == "Foto: Jane Doe"

"""A photo sent with the composer: checked and stored by the media app, with its words."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from summit.media.models import EntryImage
from summit.ticker.models import Entry
from tests.editorial_helpers import client_for

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


def jpeg(width: int = 1600, height: int = 1200) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.linear_gradient("L").resize((width, height)).convert("RGB").save(buffer, "JPEG")
    return SimpleUploadedFile("IMG_0001.JPG", buffer.getvalue(), content_type="image/jpeg")


def send(client, ticker, **fields):
    data = {"title": "Ankunft", "body": "Die Delegation ist gelandet.", **fields}
    return client.post(f"/redaktion/{ticker.slug}/", data, headers=HTMX)


def test_a_chief_publishes_a_photo_with_its_words(client, chef, ticker, media_root):
    response = send(
        client_for(type(client), chef),
        ticker,
        photo=jpeg(),
        photo_alt="Zwei Präsidenten auf dem Rollfeld",
        photo_credit="Foto: Jane Doe",
    )
    assert response.status_code == 200
    assert "Veröffentlicht." in response.content.decode()
    image = EntryImage.objects.get()
    assert image.entry.status == Entry.Status.PUBLISHED
    assert (image.width, image.height) == (1600, 1200)
    assert (image.alt, image.credit) == ("Zwei Präsidenten auf dem Rollfeld", "Foto: Jane Doe")
    assert (media_root / image.original.name).is_file()


def test_a_photo_without_alt_text_or_credit_is_not_published(client, chef, ticker):
    response = send(client_for(type(client), chef), ticker, photo=jpeg(), photo_alt="Rollfeld")
    assert response.status_code == 200
    assert "Alternativtext und einen Bildnachweis" in response.content.decode()
    assert not EntryImage.objects.exists()
    assert not Entry.objects.filter(status=Entry.Status.PUBLISHED).exists()


def test_a_file_that_is_no_picture_is_refused_and_nothing_stored(client, chef, ticker, media_root):
    fake = SimpleUploadedFile("bild.jpg", b"kein Bild", content_type="image/jpeg")
    response = send(
        client_for(type(client), chef), ticker, photo=fake, photo_alt="x", photo_credit="y"
    )
    assert response.status_code == 200
    assert "Die Datei ist kein lesbares Bild." in response.content.decode()
    assert not Entry.objects.exists() and not EntryImage.objects.exists()
    assert not media_root.exists() or not any(media_root.rglob("*.*"))


def test_an_editor_hands_in_a_photo_and_the_chief_is_asked_for_its_words(
    client, redakteur, chef, ticker
):
    response = send(client_for(type(client), redakteur), ticker, photo=jpeg())
    assert response.status_code == 200
    entry = Entry.objects.get()
    assert entry.in_review and entry.images.count() == 1
    publish = client_for(type(client), chef).post(
        f"/redaktion/{ticker.slug}/entries/{entry.pk}/publish/", headers=HTMX
    )
    assert publish.status_code == 403
    entry.refresh_from_db()
    assert entry.status == Entry.Status.DRAFT


def test_the_photo_field_opens_the_camera_and_is_shrunk_by_the_page(client, chef, ticker):
    page = client_for(type(client), chef).get(f"/redaktion/{ticker.slug}/").content.decode()
    assert 'accept="image/*"' in page and 'capture="environment"' in page
    assert 'data-max-side="2048"' in page and 'enctype="multipart/form-data"' in page
    assert "newsroom/photo" in page

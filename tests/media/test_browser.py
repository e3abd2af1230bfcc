"""In a real browser: an editor uploads a photo in the admin and publishes; readers see the
figure with its renditions on the page and in the embed, and nothing loads from elsewhere."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from summit.media.models import EntryImage
from summit.ticker.models import Entry, Ticker
from tests.browser.conftest import screenshot
from tests.browser.test_accessibility import assert_no_serious_violations
from tests.media.conftest import camera_jpeg, stored_files

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ALT = "Zwei Präsidenten gehen über das Rollfeld"


@pytest.fixture
def live_ticker(transactional_db, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    return Ticker.objects.create(slug="gipfel", title="Gipfel", status=Ticker.Status.LIVE)


@pytest.fixture
def chief(transactional_db, django_user_model):
    return django_user_model.objects.create_superuser("chefin", "c@example.org", "pw-123456")


def log_in(tab, base: str) -> None:
    tab.goto(f"{base}/admin/login/?next=/admin/")
    tab.fill("#id_username", "chefin")
    tab.fill("#id_password", "pw-123456")
    tab.click("input[type=submit]")
    expect(tab.locator("#site-name")).to_be_visible()


def publish_with_photo(tab, base: str, ticker: Ticker) -> None:
    tab.goto(f"{base}/admin/ticker/entry/add/")
    tab.select_option("#id_ticker", str(ticker.pk))
    tab.select_option("#id_status", "published")
    tab.fill("#id_title", "Ankunft in Anchorage")
    tab.fill("#id_body", "Die Maschine ist gelandet.")
    tab.fill("#id_published_at_0", "14.08.2025")
    tab.fill("#id_published_at_1", "21:15:00")
    tab.set_input_files(
        "#id_images-0-original",
        {"name": "IMG_0042.JPG", "mimeType": "image/jpeg", "buffer": camera_jpeg(2400, 1800)},
    )
    tab.fill("#id_images-0-alt", ALT)
    tab.fill("#id_images-0-caption", "Ankunft auf der Joint Base Elmendorf-Richardson")
    tab.fill("#id_images-0-credit", "Foto: Jane Doe")
    tab.click("input[name=_save]")
    expect(tab.locator(".messagelist .success")).to_be_visible()


def open_counting_requests(tab, url: str) -> list[str]:
    """Open `url` and return the hosts of every request that was not to our own."""
    ours = urlsplit(url).netloc
    elsewhere: list[str] = []
    tab.on(
        "request",
        lambda request: (
            urlsplit(request.url).netloc not in ("", ours)
            and not request.url.startswith("data:")
            and elsewhere.append(request.url)
        ),
    )
    tab.goto(url)
    return elsewhere


def expect_figure_loaded(tab) -> None:
    image = tab.get_by_role("img", name=ALT)
    image.scroll_into_view_if_needed()
    expect(image).to_be_visible()
    tab.wait_for_function(
        "() => { const i = document.querySelector('.entry-figure img');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )
    current = image.evaluate("img => img.currentSrc")
    assert current.endswith(".webp"), current  # a rendition, not the original
    expect(tab.locator(".entry-figure figcaption")).to_contain_text("Foto: Jane Doe")


def test_editor_uploads_and_publishes_a_photo_readers_see_it_with_nothing_from_elsewhere(
    browser,
    page,
    live_server,
    live_ticker,
    chief,
):
    log_in(page, live_server.url)
    publish_with_photo(page, live_server.url, live_ticker)
    image = EntryImage.objects.get()
    assert image.entry.status == Entry.Status.PUBLISHED
    assert len(image.renditions) == 6

    reader = browser.new_context(viewport={"width": 390, "height": 844}, locale="de-DE")
    tab = reader.new_page()
    tab.console_errors = []
    tab.on("console", lambda msg: msg.type == "error" and tab.console_errors.append(msg.text))
    try:
        elsewhere = open_counting_requests(tab, f"{live_server.url}/ticker/gipfel/")
        expect_figure_loaded(tab)
        (width, height) = tab.locator(".entry-figure img").evaluate(
            "img => [img.getAttribute('width'), img.getAttribute('height')]"
        )
        assert (width, height) == ("1800", "2400")  # upright, the space kept before loading
        screenshot(tab, "media-timeline-390")
        assert_no_serious_violations(tab)

        elsewhere += open_counting_requests(tab, f"{live_server.url}/ticker/gipfel/embed/")
        expect_figure_loaded(tab)
        assert_no_serious_violations(tab)
        assert elsewhere == []
    finally:
        reader.close()


def test_a_file_that_is_no_picture_is_refused_in_the_form_and_nothing_is_stored(
    page, live_server, live_ticker, chief, media_root
):
    log_in(page, live_server.url)
    page.goto(f"{live_server.url}/admin/ticker/entry/add/")
    page.select_option("#id_ticker", str(live_ticker.pk))
    page.fill("#id_title", "Ankunft")
    page.fill("#id_published_at_0", "14.08.2025")
    page.fill("#id_published_at_1", "21:15:00")
    page.set_input_files(
        "#id_images-0-original",
        {"name": "foto.jpg", "mimeType": "image/jpeg", "buffer": b"<html>kein Bild</html>"},
    )
    page.fill("#id_images-0-alt", ALT)
    page.fill("#id_images-0-credit", "Foto: Jane Doe")
    page.click("input[name=_save]")
    expect(page.locator(".errorlist")).to_contain_text("Die Datei ist kein lesbares Bild.")
    screenshot(page, "media-refused-upload")
    assert not Entry.objects.exists() and not EntryImage.objects.exists()
    assert stored_files(media_root) == []

"""The composer on a phone: a chief publishes in one interaction after typing and readers
see it arrive; an editor's entry waits in the queue until a chief publishes it."""

import os
import re
import statistics
import time

import pytest
from django.conf import settings
from django.test import Client
from PIL import Image
from playwright.sync_api import expect

from summit.media.models import EntryImage
from summit.ticker.models import Entry

from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)

# The ticker fixture polls every second; the test allows a generous bound on a busy machine.
ARRIVAL_MS = 6000


def sign_in(page, live_server, user) -> None:
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )


def open_composer(page, live_server, ticker, user) -> None:
    sign_in(page, live_server, user)
    page.goto(f"{live_server.url}/redaktion/{ticker.slug}/")
    expect(page.get_by_label("Titel")).to_be_visible()


def type_entry(page, title: str, tag: str = "") -> None:
    page.get_by_label("Titel").fill(title)
    page.get_by_label("Text", exact=True).fill("Erster Satz des Eintrags. Zweiter Satz folgt.")
    if tag:
        page.get_by_label("Schlagwörter").fill(tag)


def test_a_chief_publishes_from_a_phone_and_readers_see_it(
    page, browser, live_server, ticker, chef
):
    reader_context = browser.new_context(viewport={"width": 390, "height": 844})
    reader = reader_context.new_page()
    reader.goto(f"{live_server.url}/ticker/{ticker.slug}/")
    expect(reader.locator("#ticker-poller")).to_have_attribute("hx-get", re.compile("since="))

    open_composer(page, live_server, ticker, chef)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390  # no sideways
    type_entry(page, "Gipfel beginnt", tag="Gipfel")
    interactions = 0
    page.get_by_label("Schlagwörter").press("Control+Enter")  # the one interaction: send
    interactions += 1
    sent = time.monotonic()
    expect(page.locator("#composer-status")).to_have_text("Veröffentlicht.")
    expect(page.get_by_label("Titel")).to_be_focused()  # ready for the next entry
    expect(page.get_by_label("Titel")).to_have_value("")

    entry = Entry.objects.get(title="Gipfel beginnt")
    expect(reader.locator(f"#entry-{entry.pk}")).to_be_visible(timeout=ARRIVAL_MS)
    print(f"send to visible: {time.monotonic() - sent:.2f} s")
    assert interactions <= 4
    assert entry.status == Entry.Status.PUBLISHED
    assert list(entry.tags.values_list("name", flat=True)) == ["Gipfel"]
    screenshot(page, "composer-chief-390")
    assert page.console_errors == []
    reader_context.close()


def test_an_editor_s_entry_goes_through_the_queue_to_a_chief(
    page, browser, live_server, ticker, redakteur, chef
):
    open_composer(page, live_server, ticker, redakteur)
    type_entry(page, "Aus der Redaktion")
    page.get_by_role("button", name="Zur Freigabe").click()
    expect(page.locator("#composer-status")).to_have_text("Zur Freigabe gesendet.")
    entry = Entry.objects.get(title="Aus der Redaktion")
    assert entry.status == Entry.Status.DRAFT

    chief_context = browser.new_context(viewport={"width": 390, "height": 844})
    chief = chief_context.new_page()
    open_composer(chief, live_server, ticker, chef)
    waiting = chief.locator(f"#newsroom-entry-{entry.pk}")
    expect(waiting).to_contain_text("Zur Freigabe")
    waiting.get_by_role("button", name="Veröffentlichen").click()
    expect(chief.locator(f"#newsroom-entry-{entry.pk}")).to_contain_text("Veröffentlicht")
    entry.refresh_from_db()
    assert entry.status == Entry.Status.PUBLISHED
    assert page.console_errors == []
    chief_context.close()


def test_a_send_during_a_network_failure_loses_nothing(page, live_server, ticker, chef):
    open_composer(page, live_server, ticker, chef)
    type_entry(page, "Trotz Funkloch")
    page.context.set_offline(True)
    page.get_by_label("Titel").press("Control+Enter")
    expect(page.locator("#composer-status")).to_contain_text("Keine Verbindung")
    expect(page.get_by_label("Titel")).to_have_value("Trotz Funkloch")
    stored = page.evaluate(f"() => localStorage.getItem('composer-{ticker.slug}')")
    assert "Trotz Funkloch" in stored
    page.context.set_offline(False)
    expect(page.locator("#composer-status")).to_have_text("Veröffentlicht.", timeout=20000)
    assert Entry.objects.filter(title="Trotz Funkloch").count() == 1


def test_a_phone_photo_is_shrunk_before_upload(page, live_server, ticker, chef, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    camera = tmp_path / "IMG_0001.JPG"
    Image.linear_gradient("L").resize((4000, 3000)).convert("RGB").save(camera, "JPEG")
    open_composer(page, live_server, ticker, chef)
    type_entry(page, "Mit Foto")
    page.get_by_label("Foto").set_input_files(str(camera))
    expect(page.get_by_label("Foto")).to_have_attribute("data-state", "ready")
    assert page.evaluate("() => document.getElementById('id_photo').files[0].size") < (
        camera.stat().st_size
    )
    page.get_by_label("Alternativtext").fill("Das Rollfeld von oben")
    page.get_by_label("Bildnachweis").fill("Foto: Jane Doe")
    page.get_by_role("button", name="Veröffentlichen").click()
    expect(page.locator("#composer-status")).to_have_text("Veröffentlicht.")
    image = EntryImage.objects.get(entry__title="Mit Foto")
    assert max(image.width, image.height) <= 2048
    with Image.open(image.original.path) as stored:
        assert max(stored.size) <= 2048
    assert page.console_errors == []


def test_typing_saves_a_draft_on_the_server(page, live_server, ticker, redakteur):
    open_composer(page, live_server, ticker, redakteur)
    type_entry(page, "Noch nicht fertig")
    expect(page.locator("#draft-state")).to_contain_text("Entwurf gespeichert")
    draft = Entry.objects.get(title="Noch nicht fertig")
    assert draft.status == Entry.Status.DRAFT and not draft.in_review
    page.get_by_role("button", name="Zur Freigabe").click()
    expect(page.locator("#composer-status")).to_have_text("Zur Freigabe gesendet.")
    assert list(Entry.objects.values_list("pk", "in_review")) == [(draft.pk, True)]
    assert page.console_errors == []


def test_the_composer_passes_axe_for_both_roles(
    page, browser, live_server, ticker, chef, make_entry
):
    from .test_accessibility import assert_no_serious_violations

    make_entry(title="Schon öffentlich")
    make_entry(title="Wartet", status=Entry.Status.DRAFT)
    open_composer(page, live_server, ticker, chef)
    assert_no_serious_violations(page)
    page.get_by_label("Text", exact=True).fill("   ")  # only blanks: refused by the server
    page.locator("#composer").get_by_role("button", name="Veröffentlichen").click()
    expect(page.locator(".composer-error")).to_be_visible()
    assert_no_serious_violations(page)


def test_a_preview_link_shows_the_draft_in_page_and_embed(page, live_server, ticker, make_entry):
    from summit.newsroom.preview import preview_url

    make_entry(title="Schon öffentlich")
    draft = make_entry(title="Noch ein Entwurf", status=Entry.Status.DRAFT)
    url = f"{live_server.url}{preview_url(draft)}"
    for address in (url, f"{url}embed/"):
        page.goto(address)  # no account: the link is enough
        expect(page.locator(f"#entry-{draft.pk}")).to_contain_text("Noch ein Entwurf")
        expect(page.locator("article.entry")).to_have_count(2)
    screenshot(page, "preview-embed-390")
    assert page.console_errors == []


RUNS = int(os.environ.get("COMPOSER_RUNS", "0"))


@pytest.mark.skipif(not RUNS, reason="a measurement: COMPOSER_RUNS=20 runs it")
def test_measure_send_to_visible(page, browser, live_server, ticker, chef):
    """Prints the median seconds from Ctrl+Enter in the composer to the entry on a reader's
    open page (poll interval of the ticker: 1 s)."""
    reader_context = browser.new_context(viewport={"width": 390, "height": 844})
    reader = reader_context.new_page()
    reader.goto(f"{live_server.url}/ticker/{ticker.slug}/")
    open_composer(page, live_server, ticker, chef)
    delays = []
    for run in range(RUNS):
        type_entry(page, f"Messung {run}")
        page.get_by_label("Schlagwörter").press("Control+Enter")
        sent = time.monotonic()
        reader.locator("article.entry", has_text=f"Messung {run}").wait_for(timeout=ARRIVAL_MS)
        delays.append(time.monotonic() - sent)
        expect(page.get_by_label("Titel")).to_have_value("")
    print(
        f"send to visible over {RUNS} runs: median {statistics.median(delays):.2f} s, "
        f"max {max(delays):.2f} s"
    )
    reader_context.close()

"""Filtering tells the reader what happened: on a phone the panel folds and the results'
heading (with the kept count) takes focus; on a desktop it is announced; several tags mean
"any of them"; an empty result offers to take the last choice back."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from summit.ticker.models import Tag

from ..conftest import long_ticker
from .conftest import ARTIFACTS, screenshot
from .test_reading import RECORD_ANNOUNCEMENTS, announcements

pytestmark = pytest.mark.django_db(transaction=True)

ARTICLES = "#entry-list article.entry"


@pytest.fixture
def alaska_page(page, live_server, request):
    call_command("loaddata", "alaska_summit", verbosity=0)
    width = getattr(request, "param", 390)
    page.set_viewport_size({"width": width, "height": 844 if width < 600 else 900})
    page.add_init_script(RECORD_ANNOUNCEMENTS)
    page.goto(f"{live_server.url}/ticker/alaska-gipfel/")
    expect(page.locator(ARTICLES)).to_have_count(18)
    return page


def open_filters(page) -> None:
    """On phones the filter form is folded behind its summary (and folds again after each
    choice, once htmx has settled the new results)."""
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-settling')")
    if not page.get_by_label("Sprecher").is_visible():
        page.get_by_text("Filter und Suche").click()


def option_count(page, label: str) -> int:
    """The count shown beside a speaker in the filter ("Wladimir Putin (2)")."""
    text = page.locator("#filter-speaker option", has_text=label).inner_text()
    return int(re.search(r"\((\d+)\)", text).group(1))


def test_on_a_phone_the_panel_folds_and_the_heading_takes_focus(alaska_page):
    page = alaska_page
    open_filters(page)
    expected = option_count(page, "Wladimir Putin")
    page.get_by_label("Sprecher").select_option("wladimir-putin")

    heading = page.locator("#results-heading")
    expect(heading).to_be_focused()
    expect(heading).to_have_text(f"{expected} Einträge von Wladimir Putin")
    expect(page.locator(ARTICLES)).to_have_count(expected)
    expect(page.locator(".filters-panel")).not_to_have_attribute("open", re.compile(".*"))
    box = heading.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= 844, box  # in view, not 1,470 px down
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "filter-phone-viewport.png"))  # what the reader sees
    assert page.console_errors == []


@pytest.mark.parametrize("alaska_page", [1280], indirect=True)
def test_on_a_desktop_the_heading_is_announced_and_focus_stays(alaska_page):
    page = alaska_page
    speaker = page.get_by_label("Sprecher")
    speaker.focus()  # a keyboard reader on the field
    speaker.select_option("donald-trump")
    expect(page.locator("#results-heading")).to_have_text("3 Einträge von Donald Trump")
    expect(speaker).to_be_focused()
    page.wait_for_function("() => window.__announced.length > 0")
    assert announcements(page) == ["3 Einträge von Donald Trump"]
    assert page.console_errors == []


@pytest.mark.parametrize("alaska_page", [390, 1280], indirect=True)
def test_several_tags_mean_any_of_them(alaska_page):
    page = alaska_page
    open_filters(page)
    expect(page.locator("#tags-hint")).to_contain_text("eines der Schlagwörter")
    page.get_by_label("Atomwaffen").check()
    expect(page.locator("#results-heading")).to_have_text("2 Einträge zum Schlagwort Atomwaffen")
    open_filters(page)
    page.get_by_label("Umfrage").check()
    expect(page.locator("#results-heading")).to_have_text(
        "3 Einträge zu einem der Schlagwörter Atomwaffen oder Umfrage"
    )
    expect(page.locator(ARTICLES)).to_have_count(3)
    assert page.console_errors == []


@pytest.mark.parametrize("alaska_page", [390, 1280], indirect=True)
def test_an_empty_result_offers_to_take_back_the_last_choice(alaska_page):
    page = alaska_page
    open_filters(page)
    page.get_by_label("Atomwaffen").check()
    expect(page.locator(ARTICLES)).to_have_count(2)
    open_filters(page)
    page.get_by_label("Suche").fill("Flugzeug")
    page.get_by_label("Suche").press("Enter")

    expect(page.locator("#entry-list")).to_contain_text("Keine Einträge passen")
    expect(page.locator("#results-heading")).to_have_text(
        "0 Einträge zum Schlagwort Atomwaffen mit „Flugzeug“"
    )
    offer = page.get_by_role("link", name="Suche „Flugzeug“ entfernen")
    expect(offer).to_be_visible()
    screenshot(page, f"filter-empty-{page.viewport_size['width']}")
    expect(page.get_by_role("link", name="Schlagwort Atomwaffen entfernen")).to_be_hidden()
    offer.click()
    expect(page.locator(ARTICLES)).to_have_count(2)
    expect(page).to_have_url(re.compile(r"/ticker/alaska-gipfel/\?tag=atomwaffen$"))
    expect(page.locator("#results-heading")).to_be_focused()
    assert page.console_errors == []


def test_without_a_kept_count_a_long_result_says_more_than_a_page(page, live_server):
    tags = [Tag.objects.create(slug=s, name=s.title()) for s in ("alpha", "beta")]
    long_ticker(tags=tags)
    page.goto(f"{live_server.url}/ticker/lang/?tag=alpha&tag=beta")
    expect(page.locator("#results-heading")).to_have_text(
        "Mehr als 20 Einträge zu einem der Schlagwörter Alpha oder Beta"
    )
    page.goto(f"{live_server.url}/ticker/lang/?tag=alpha")
    expect(page.locator("#results-heading")).to_have_text("14 Einträge zum Schlagwort Alpha")
    page.goto(f"{live_server.url}/ticker/lang/?tag=alpha&tag=beta&lang=en")
    expect(page.locator("#results-heading")).to_have_text(
        "More than 20 entries tagged with any of Alpha or Beta"
    )
    assert page.console_errors == []

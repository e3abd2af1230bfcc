"""A reader filters and pages the timeline in a real browser: no full reloads, working Back."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from ..conftest import long_ticker
from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def open_filters(page) -> None:
    """On phones the filter form is folded behind its summary (and folds again after each
    choice, once htmx has settled the new results)."""
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-settling')")
    if not page.get_by_label("Sprecher").is_visible():
        page.get_by_text("Filter und Suche").click()


def no_full_reload_marker(page) -> None:
    """A value that survives htmx swaps but not a page load."""
    page.evaluate("window.__sameDocument = true")


def still_same_document(page) -> bool:
    return page.evaluate("window.__sameDocument === true")


def test_choosing_a_speaker_narrows_the_list_and_back_restores_it(page, live_server):
    call_command("loaddata", "alaska_summit", verbosity=0)
    page.goto(f"{live_server.url}/ticker/alaska-gipfel/")
    articles = page.locator("#entry-list article.entry")
    expect(articles).to_have_count(18)
    no_full_reload_marker(page)
    open_filters(page)

    page.get_by_label("Sprecher").select_option("dmitri-peskow")
    expect(articles).to_have_count(1)
    expect(articles.first).to_contain_text("Peskow")
    expect(page).to_have_url(re.compile(r"/ticker/alaska-gipfel/\?speaker=dmitri-peskow$"))
    assert still_same_document(page)

    page.go_back()
    expect(page).to_have_url(re.compile(r"/ticker/alaska-gipfel/$"))
    expect(articles).to_have_count(18)
    assert page.console_errors == []


def test_search_and_tags_narrow_without_reload(page, live_server):
    call_command("loaddata", "alaska_summit", verbosity=0)
    page.goto(f"{live_server.url}/ticker/alaska-gipfel/")
    no_full_reload_marker(page)
    open_filters(page)
    page.get_by_label("Atomwaffen").check()
    articles = page.locator("#entry-list article.entry")
    expect(articles).to_have_count(2)
    open_filters(page)  # on a phone the panel folds after each choice
    page.get_by_label("Suche").fill("Flugzeug")
    page.get_by_label("Suche").press("Enter")
    expect(page.locator("#entry-list")).to_contain_text("Keine Einträge passen")
    expect(page).to_have_url(re.compile(r"q=Flugzeug&tag=atomwaffen$"))
    assert still_same_document(page)
    assert page.console_errors == []


def test_load_older_entries_appends_the_next_page(page, live_server):
    long_ticker()
    page.goto(f"{live_server.url}/ticker/lang/")
    articles = page.locator("#entry-list article.entry")
    expect(articles).to_have_count(20)
    no_full_reload_marker(page)

    page.get_by_role("link", name="Ältere Einträge laden").click()
    expect(articles).to_have_count(27)
    expect(articles.last).to_contain_text("Meldung 0")
    expect(page.get_by_role("link", name="Ältere Einträge laden")).to_have_count(0)
    assert still_same_document(page)
    titles = articles.locator(".entry-title").all_inner_texts()
    assert len(set(titles)) == 27
    assert page.console_errors == []


@pytest.mark.parametrize("width", [390, 1280])
def test_timeline_screenshots_and_accessibility(page, live_server, width):
    from axe_playwright_python.sync_playwright import Axe

    call_command("loaddata", "alaska_summit", verbosity=0)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_server.url}/ticker/alaska-gipfel/?q=Putin")
    expect(page.locator("#entry-list article.entry").first).to_be_visible()
    screenshot(page, f"timeline-filtered-{width}")
    page.goto(f"{live_server.url}/ticker/alaska-gipfel/")
    screenshot(page, f"timeline-{width}")
    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], [(v["id"], v["nodes"][0]["html"]) for v in serious]
    assert page.console_errors == []

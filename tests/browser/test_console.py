"""No console error and no Content-Security-Policy violation on any public page or in any
reader's flow (filter, Back, Forward, permalink, embed), at phone and desktop width. (The
Atom feed is left out: a browser showing it asks for /favicon.ico, which the site does not
serve.)"""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

# Violations are also reported as events, even those the console would word differently.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e =>
  window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));
"""
ARTICLES = "#entry-list article.entry"


def settled(page) -> None:
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-settling')")


def assert_clean(page, where: str) -> None:
    violations = page.evaluate("window.__violations || []")
    assert violations == [], (where, violations)
    assert page.console_errors == [], (where, page.console_errors)


def open_filters(page) -> None:
    settled(page)
    if not page.get_by_label("Sprecher").is_visible():
        page.get_by_text("Filter und Suche").click()


@pytest.fixture
def visitor(page, request):
    width = request.param
    page.set_viewport_size({"width": width, "height": 844 if width < 600 else 900})
    page.add_init_script(RECORD_VIOLATIONS)
    call_command("loaddata", "alaska_summit", verbosity=0)
    return page


@pytest.mark.parametrize("visitor", [390, 1280], indirect=True)
def test_every_public_page_and_flow_is_free_of_console_errors(visitor, live_server):
    page = visitor
    base = live_server.url

    page.goto(f"{base}/")  # the one live ticker
    page.goto(f"{base}/ticker/alaska-gipfel/")
    expect(page.locator(ARTICLES)).to_have_count(18)
    assert_clean(page, "timeline")

    open_filters(page)
    page.get_by_label("Sprecher").select_option("donald-trump")
    expect(page.locator(ARTICLES)).to_have_count(3)
    open_filters(page)
    page.get_by_label("Atomwaffen").check()
    expect(page).to_have_url(re.compile(r"speaker=donald-trump&tag=atomwaffen$"))
    settled(page)
    assert_clean(page, "filters")

    page.go_back()
    expect(page).to_have_url(re.compile(r"\?speaker=donald-trump$"))
    expect(page.locator(ARTICLES)).to_have_count(3)
    settled(page)
    assert_clean(page, "back")
    page.go_back()
    expect(page).to_have_url(re.compile(r"/ticker/alaska-gipfel/$"))
    expect(page.locator(ARTICLES)).to_have_count(18)
    settled(page)
    assert_clean(page, "back to the start")
    page.go_forward()
    expect(page).to_have_url(re.compile(r"\?speaker=donald-trump$"))
    expect(page.locator(ARTICLES)).to_have_count(3)
    settled(page)
    assert_clean(page, "forward")

    page.get_by_role("link", name="Alle Einträge zeigen").click()
    expect(page.locator(ARTICLES)).to_have_count(18)
    page.locator("a.entry-permalink").first.click()
    page.wait_for_url("**/entries/**")
    page.get_by_role("link", name=re.compile("Zur Stelle im Liveticker")).click()
    expect(page.locator(ARTICLES).first).to_be_visible()
    page.go_back()
    page.wait_for_url("**/entries/**")
    page.go_forward()
    expect(page.locator(ARTICLES).first).to_be_visible()
    assert_clean(page, "permalink and back")

    page.goto(f"{base}/ticker/alaska-gipfel/?q=Putin&order=oldest")
    expect(page.locator("#results-heading")).to_be_visible()
    page.goto(f"{base}/ticker/alaska-gipfel/embed/?theme=dark&tag=diplomatie")
    expect(page.locator(ARTICLES).first).to_be_visible()
    page.go_back()
    expect(page.locator("#results-heading")).to_be_visible()
    page.go_forward()
    expect(page.locator(ARTICLES).first).to_be_visible()
    assert_clean(page, "search, embed, back and forward")

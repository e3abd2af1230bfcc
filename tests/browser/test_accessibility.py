"""axe-core finds no serious or critical accessibility problems on the public pages, in light
and dark, on a phone and on a desktop; the notice pages are screenshotted for review."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from summit.ticker import services
from summit.ticker.models import Entry, Ticker

from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def assert_no_serious_violations(page) -> None:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], [(v["id"], [n["html"] for n in v["nodes"][:3]]) for v in serious]
    assert page.console_errors == []


@pytest.fixture
def alaska_live(transactional_db):
    call_command("loaddata", "alaska_summit", verbosity=0)
    return Ticker.objects.get(slug="alaska-gipfel")


def an_entry_with_speaker_source_and_tags(ticker) -> Entry:
    return (
        ticker.entries.published()
        .filter(speaker__isnull=False, source__isnull=False, tags__isnull=False)
        .first()
    )


def test_entry_permalink_page(page, live_server, alaska_live):
    entry = an_entry_with_speaker_source_and_tags(alaska_live)
    page.goto(f"{live_server.url}{entry.get_absolute_url()}")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    screenshot(page, "entry-detail-390")
    assert_no_serious_violations(page)


def test_ticker_list_page(page, live_server, alaska_live):
    Ticker.objects.create(
        slug="zweiter-gipfel",
        title="Zweiter Gipfel",
        description="Ein zweiter Ticker, damit die Übersicht beide Liveticker zeigt.",
        status=Ticker.Status.LIVE,
    )
    page.goto(f"{live_server.url}/")
    expect(page.locator(".ticker-list li")).to_have_count(2)
    screenshot(page, "ticker-list-390")
    assert_no_serious_violations(page)


@pytest.mark.parametrize(
    ("theme", "device"),
    [("light", "light"), ("dark", "light"), ("light", "dark"), ("auto", "dark")],
)
def test_embed_page(page, live_server, alaska_live, theme, device):
    """The partner's theme wins over the device's colour scheme, legibly either way."""
    page.emulate_media(color_scheme=device)
    page.goto(f"{live_server.url}/ticker/alaska-gipfel/embed/?theme={theme}&q=Putin")
    expect(page.locator("#entry-list mark").first).to_be_visible()
    screenshot(page, f"embed-{theme}-on-{device}-390")
    assert_no_serious_violations(page)


@pytest.mark.parametrize("width", [390, 1280])
def test_timeline_in_dark_mode(page, live_server, alaska_live, width):
    page.emulate_media(color_scheme="dark")
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_server.url}/ticker/alaska-gipfel/?q=Putin")
    expect(page.locator("#entry-list mark").first).to_be_visible()
    assert_no_serious_violations(page)
    page.goto(f"{live_server.url}/ticker/alaska-gipfel/")
    expect(page.locator("#entry-list article.entry").first).to_be_visible()
    screenshot(page, f"timeline-dark-{width}")
    assert_no_serious_violations(page)


def test_timeline_at_desktop_width(page, live_server, alaska_live):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/ticker/alaska-gipfel/?tag=diplomatie")
    expect(page.locator(".filter-summary")).to_be_visible()
    assert_no_serious_violations(page)


def test_notice_pages_at_phone_width(page, live_server, alaska_live):
    """410 (withdrawn entry), 404 and 400 (invalid filter) look like part of the site."""
    entry = an_entry_with_speaker_source_and_tags(alaska_live)
    services.entry_withdraw(entry)
    for name, path, status in [
        ("entry-gone-390", entry.get_absolute_url(), 410),
        ("not-found-390", "/ticker/gibt-es-nicht/", 404),
        ("invalid-filter-390", "/ticker/alaska-gipfel/?day=2025-13-45", 400),
        ("embed-invalid-filter-390", "/ticker/alaska-gipfel/embed/?day=2025-13-45", 400),
    ]:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == status
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        screenshot(page, name)
        page.console_errors.clear()  # the failed document load itself is logged as an error
        assert_no_serious_violations(page)

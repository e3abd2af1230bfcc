"""In a real browser: a post card on the page loads nothing from the provider until the reader
clicks; then our own sandboxed frame opens and only it reaches for the provider (a stub here)."""

import datetime as dt
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from summit.media import post_cards, services
from summit.ticker import services as ticker_services
from summit.ticker.models import Entry, Ticker
from tests.browser.conftest import screenshot
from tests.browser.test_accessibility import assert_no_serious_violations
from tests.media.test_posts import ANSWERS, RECORDINGS, YOUTUBE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PROVIDER = "www.youtube-nocookie.com"


@pytest.fixture
def carded(transactional_db, monkeypatch):
    monkeypatch.setattr(
        post_cards, "fetch", lambda url: (RECORDINGS / ANSWERS[url.split("?")[0]]).read_bytes()
    )
    ticker = Ticker.objects.create(slug="gipfel", title="Gipfel", status=Ticker.Status.LIVE)
    entry = ticker_services.entry_create(
        ticker,
        by=None,
        title="Pressekonferenz",
        body="<p>Die Pressekonferenz beginnt.</p>",
        published_at=dt.datetime(2025, 8, 15, 21, 0, tzinfo=dt.UTC),
        status=Entry.Status.PUBLISHED,
    )
    services.embed_add(entry, YOUTUBE)
    return ticker


def watch_requests(tab, base: str) -> tuple[list[str], list[str]]:
    """(requests to other hosts, frames of ours opened); the provider answers with a stub."""
    ours = urlsplit(base).netloc
    elsewhere: list[str] = []
    frames: list[str] = []

    def note(request):
        parts = urlsplit(request.url)
        if parts.netloc not in ("", ours) and parts.scheme in ("http", "https"):
            elsewhere.append(request.url)
        elif parts.path.startswith("/post-frame/"):
            frames.append(request.url)

    tab.on("request", note)
    tab.route(
        f"https://{PROVIDER}/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<p>Player</p>"),
    )
    return elsewhere, frames


def test_the_card_loads_the_provider_only_after_a_click(page, live_server, carded):
    elsewhere, frames = watch_requests(page, live_server.url)
    page.goto(f"{live_server.url}/ticker/gipfel/")
    card = page.locator(".post-card")
    expect(card).to_contain_text("Pressekonferenz nach dem Treffen in Anchorage")
    expect(card.get_by_role("link", name="Original bei YouTube öffnen")).to_be_visible()
    load = card.get_by_role("button", name="Inhalt von YouTube laden")
    expect(load).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert elsewhere == [] and frames == []
    assert_no_serious_violations(page)
    screenshot(page, "post-card-before-consent-390")

    load.click()
    frame = card.locator("iframe.post-card-frame")
    expect(frame).to_have_attribute("src", f"/post-frame/{carded.entries.get().embeds.get().pk}/")
    assert "allow-scripts" in frame.get_attribute("sandbox")
    expect(
        page.frame_locator("iframe.post-card-frame").frame_locator("iframe").get_by_text("Player")
    ).to_be_visible()
    assert frames and urlsplit(frames[0]).netloc == urlsplit(live_server.url).netloc
    assert [urlsplit(url).netloc for url in elsewhere] == [PROVIDER]


def test_a_remembered_provider_loads_by_itself_until_withdrawn(page, live_server, carded):
    elsewhere, _frames = watch_requests(page, live_server.url)
    page.goto(f"{live_server.url}/ticker/gipfel/")
    page.get_by_role("button", name="YouTube immer laden").click()
    expect(page.locator("iframe.post-card-frame")).to_have_count(1)

    page.reload()
    expect(page.locator("iframe.post-card-frame")).to_have_count(1)  # without a click
    # The player has loaded: no request of this page may reach the count below.
    player = page.frame_locator("iframe.post-card-frame").frame_locator("iframe")
    expect(player.get_by_text("Player")).to_be_visible()
    withdraw = page.get_by_role("button", name="YouTube nicht mehr automatisch laden")
    expect(withdraw).to_be_visible()
    withdraw.click()
    expect(page.get_by_role("button", name="YouTube immer laden")).to_be_visible()

    elsewhere.clear()
    page.reload()
    expect(page.get_by_role("button", name="Inhalt von YouTube laden")).to_be_visible()
    page.wait_for_load_state("networkidle")
    expect(page.locator("iframe.post-card-frame")).to_have_count(0)
    assert elsewhere == []

"""Live updates in a real browser: entries arrive, change and go without a reload; readers
who scrolled down are not pushed around; polling backs off while the server fails."""

import re
import time

import pytest
from playwright.sync_api import expect

from summit.ticker import services
from summit.ticker.models import Ticker

from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)

# The ticker fixture polls every second; a change must show within poll interval + 2 s.
ARRIVAL_MS = 3000


def open_timeline(page, live_server, ticker):
    page.goto(f"{live_server.url}/ticker/{ticker.slug}/")
    expect(page.locator("#ticker-poller")).to_have_attribute("hx-get", re.compile("since="))


def test_published_edited_and_withdrawn_entries_reach_an_open_page(
    page, live_server, ticker, make_entry
):
    make_entry(title="Vorher da")
    open_timeline(page, live_server, ticker)

    entry = make_entry(title="Trump landet in Anchorage")
    arrived = page.locator(f"#entry-{entry.pk}")
    expect(arrived).to_be_visible(timeout=ARRIVAL_MS)
    expect(arrived).to_contain_text("Trump landet in Anchorage")

    services.entry_update(entry, title="Trump ist in Anchorage gelandet")
    expect(arrived).to_contain_text("Trump ist in Anchorage gelandet", timeout=ARRIVAL_MS)
    expect(page.locator("article.entry")).to_have_count(2)

    services.entry_pin(entry)
    expect(page.locator(f'#key-events a[href$="#entry-{entry.pk}"]')).to_be_visible(
        timeout=ARRIVAL_MS
    )

    services.entry_withdraw(entry)
    expect(arrived).to_have_count(0, timeout=ARRIVAL_MS)
    expect(page.locator(f'#key-events a[href$="#entry-{entry.pk}"]')).to_have_count(0)
    expect(page.locator("article.entry")).to_have_count(1)
    assert page.console_errors == []


def test_first_entry_replaces_the_empty_notice(page, live_server, ticker, make_entry):
    open_timeline(page, live_server, ticker)
    expect(page.locator("#entry-list .empty")).to_be_visible()
    entry = make_entry()
    expect(page.locator(f"#entry-{entry.pk}")).to_be_visible(timeout=ARRIVAL_MS)
    expect(page.locator("#entry-list .empty")).to_have_count(0)
    expect(page.locator("#entry-list .day-heading")).to_have_count(1)
    assert page.console_errors == []


def test_a_reader_scrolled_down_gets_a_button_and_nothing_moves(
    page, live_server, ticker, make_entry
):
    entries = [make_entry(body="<p>" + "Lange Meldung. " * 40 + "</p>") for _ in range(12)]
    open_timeline(page, live_server, ticker)
    reading = page.locator(f"#entry-{entries[5].pk}")
    # Scroll (instantly, no smooth scrolling) so that this entry is near the top: the reader
    # is inside the list, well below its start.
    reading.evaluate(
        "e => window.scrollTo({top: e.getBoundingClientRect().top + window.scrollY - 100, "
        "behavior: 'instant'})"
    )
    page.wait_for_function("() => window.scrollY > 0")
    expect(page.locator("#live-news-button")).to_be_hidden()
    top_before = reading.evaluate("e => e.getBoundingClientRect().top")

    news = [make_entry(title="Neu 1"), make_entry(title="Neu 2")]

    button = page.locator("#live-news-button")
    expect(button).to_have_text("2 neue Einträge", timeout=ARRIVAL_MS + 1000)
    expect(button).to_be_visible()
    assert reading.evaluate("e => e.getBoundingClientRect().top") == top_before
    expect(page.locator(f"#entry-{news[0].pk}")).to_have_count(0)
    screenshot(page, "live-new-entries-button")

    button.click()
    expect(page.locator(f"#entry-{news[1].pk}")).to_be_in_viewport()
    expect(button).to_be_hidden()
    ids = page.locator("#entry-list article.entry").evaluate_all("els => els.map(e => e.id)")
    assert ids[:3] == [f"entry-{news[1].pk}", f"entry-{news[0].pk}", f"entry-{entries[-1].pk}"]
    assert page.console_errors == []


def test_a_reader_at_the_top_sees_entries_arrive_in_place(page, live_server, ticker, make_entry):
    old = make_entry()
    open_timeline(page, live_server, ticker)
    new = make_entry()
    expect(page.locator(f"#entry-{new.pk}")).to_be_visible(timeout=ARRIVAL_MS)
    expect(page.locator("#live-news-button")).to_be_hidden()
    ids = page.locator("#entry-list article.entry").evaluate_all("els => els.map(e => e.id)")
    assert ids == [f"entry-{new.pk}", f"entry-{old.pk}"]


def test_polling_backs_off_while_the_server_fails_and_recovers(
    page, live_server, ticker, make_entry
):
    open_timeline(page, live_server, ticker)
    failed_at: list[float] = []

    def unavailable(route):
        failed_at.append(time.monotonic())
        route.fulfill(status=503, body="maintenance")

    page.route("**/updates/**", unavailable)
    page.wait_for_timeout(8000)  # the protocol's own pace is what is measured here
    page.unroute("**/updates/**")

    # At one poll a second that would be 8 requests; backing off it is 2 to 4 (1 s, then
    # about 2 s, 4 s, 8 s apart), and each gap is longer than the one before.
    assert 2 <= len(failed_at) <= 4, failed_at
    gaps = [b - a for a, b in zip(failed_at, failed_at[1:], strict=False)]
    assert all(later > earlier for earlier, later in zip(gaps, gaps[1:], strict=False)), gaps
    assert gaps[0] >= 1.5, gaps

    entry = make_entry(title="Wieder da")
    expect(page.locator(f"#entry-{entry.pk}")).to_be_visible(timeout=15000)


def test_an_ended_ticker_stops_polling(page, live_server, ticker, make_entry):
    open_timeline(page, live_server, ticker)
    polls: list[str] = []
    page.on("request", lambda request: "/updates/" in request.url and polls.append(request.url))
    last = make_entry(title="Schlussbericht")
    services.ticker_update(ticker, status=Ticker.Status.ENDED)
    expect(page.locator(f"#entry-{last.pk}")).to_be_visible(timeout=ARRIVAL_MS)
    expect(page.locator("#ticker-poller")).not_to_have_attribute("hx-get", re.compile("."))
    seen = len(polls)
    page.wait_for_timeout(2500)  # two and a half poll intervals: no further request
    assert len(polls) == seen


HIDE_TAB = """hidden => {
    Object.defineProperty(document, 'hidden', {configurable: true, get: () => hidden});
    Object.defineProperty(document, 'visibilityState', {
        configurable: true, get: () => (hidden ? 'hidden' : 'visible')});
    document.dispatchEvent(new Event('visibilitychange'));
}"""


def test_a_hidden_tab_polls_rarely_and_catches_up_when_visible(
    page, live_server, ticker, make_entry
):
    open_timeline(page, live_server, ticker)
    with page.expect_response("**/updates/**"):  # a visible tab polls every second
        pass
    polls: list[float] = []
    page.on(
        "request", lambda request: "/updates/" in request.url and polls.append(time.monotonic())
    )
    page.evaluate(HIDE_TAB, True)
    hidden_since = time.monotonic()
    entry = make_entry(title="Während der Tab verborgen war")
    page.wait_for_timeout(3000)  # three poll intervals
    assert [t for t in polls if t > hidden_since] == []  # at most one poll a minute
    expect(page.locator(f"#entry-{entry.pk}")).to_have_count(0)

    page.evaluate(HIDE_TAB, False)
    expect(page.locator(f"#entry-{entry.pk}")).to_be_visible(timeout=1000)

"""Calm live reading with a keyboard, measured in a real browser at phone and desktop width:
focus survives every kind of update, the entry being read does not move, screen readers
hear counts (once) instead of whole entries, a skip link leads to the entries."""

import re

import pytest
from playwright.sync_api import expect

from summit.ticker import services

from ..conftest import long_ticker

pytestmark = pytest.mark.django_db(transaction=True)

WIDTHS = [390, 1280]
# One-second polls; generous, so that a loaded two-core machine passes too.
ARRIVAL_MS = 10_000
LONG_BODY = "<p>" + "Eine längere Meldung mit Einzelheiten. " * 30 + "</p>"

# Every polite announcement the page makes, in order (a screen reader's transcript).
RECORD_ANNOUNCEMENTS = """
window.__announced = [];
document.addEventListener('DOMContentLoaded', () => {
  const region = document.getElementById('announcer');
  if (!region) return;
  new MutationObserver(() => {
    const text = region.textContent.trim();
    if (text) window.__announced.push(text);
  }).observe(region, {childList: true, characterData: true, subtree: true});
});
"""


@pytest.fixture
def reader(page, request):
    width = request.param if hasattr(request, "param") else 390
    page.set_viewport_size({"width": width, "height": 844 if width < 600 else 900})
    page.add_init_script(RECORD_ANNOUNCEMENTS)
    return page


def open_timeline(page, live_server, ticker) -> None:
    page.goto(f"{live_server.url}/ticker/{ticker.slug}/")
    expect(page.locator("#ticker-poller")).to_have_attribute("hx-get", re.compile("since="))


def next_poll(page) -> None:
    """Until one more poll has been answered (and its swap has had time to land)."""
    with page.expect_response(lambda r: "/updates/" in r.url, timeout=ARRIVAL_MS):
        pass
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def focused(page) -> dict:
    return page.evaluate(
        """() => {
          const a = document.activeElement;
          const entry = a.closest('article');
          return {tag: a.tagName, id: a.id, href: a.getAttribute('href'),
                  entry: entry ? entry.id : null, inKeyEvents: !!a.closest('#key-events')};
        }"""
    )


def announcements(page) -> list[str]:
    return page.evaluate("window.__announced")


def top_of(locator) -> float:
    return locator.evaluate("e => e.getBoundingClientRect().top")


def scroll_to(page, locator, offset: int) -> None:
    """Scroll instantly so that `locator` sits `offset` px below the viewport's top."""
    locator.evaluate(
        f"e => window.scrollTo({{top: e.getBoundingClientRect().top + window.scrollY - {offset},"
        " behavior: 'instant'})"
    )
    page.wait_for_function("() => window.scrollY > 0")


@pytest.mark.parametrize("reader", WIDTHS, indirect=True)
def test_focus_in_das_wichtigste_survives_its_update(reader, live_server, ticker, make_entry):
    pinned = make_entry(title="Angepinnt", pinned=True)
    make_entry(title="Noch eine")
    open_timeline(reader, live_server, ticker)
    link = reader.locator(f'#key-events a[href$="#entry-{pinned.pk}"]')
    link.focus()

    second = make_entry(title="Auch wichtig")
    services.entry_pin(second)
    expect(reader.locator(f'#key-events a[href$="#entry-{second.pk}"]')).to_be_visible(
        timeout=ARRIVAL_MS
    )
    next_poll(reader)
    now = focused(reader)
    assert now["inKeyEvents"] and now["href"].endswith(f"#entry-{pinned.pk}"), now
    assert reader.console_errors == []


@pytest.mark.parametrize("reader", WIDTHS, indirect=True)
def test_focus_inside_an_edited_entry_survives_the_edit(reader, live_server, ticker, make_entry):
    entry = make_entry(title="Vor der Korrektur")
    open_timeline(reader, live_server, ticker)
    reader.locator(f"#entry-{entry.pk} a.entry-permalink").focus()

    services.entry_update(entry, title="Nach der Korrektur")
    expect(reader.locator(f"#entry-{entry.pk}")).to_contain_text(
        "Nach der Korrektur", timeout=ARRIVAL_MS
    )
    next_poll(reader)
    now = focused(reader)
    assert now["entry"] == f"entry-{entry.pk}" and now["tag"] == "A", now
    assert now["href"].endswith(f"/entries/{entry.pk}/")
    assert reader.console_errors == []


@pytest.mark.parametrize("reader", WIDTHS, indirect=True)
def test_load_more_focuses_the_first_new_entry_and_announces_a_count(reader, live_server):
    long_ticker()
    reader.goto(f"{live_server.url}/ticker/lang/")
    more = reader.get_by_role("link", name="Ältere Einträge laden")
    more.focus()
    reader.keyboard.press("Enter")

    expect(reader.locator("#entry-list article.entry")).to_have_count(27)
    reader.wait_for_function("() => document.activeElement.tagName === 'ARTICLE'")
    expect(reader.locator("article:focus")).to_contain_text("Meldung 6")
    expect(reader.locator("article:focus")).to_be_in_viewport()
    reader.wait_for_function("() => window.__announced.length > 0")
    assert announcements(reader) == ["7 weitere Einträge geladen"]
    assert reader.console_errors == []


@pytest.mark.parametrize("reader", WIDTHS, indirect=True)
def test_new_entries_button_comes_first_and_is_announced_once(
    reader, live_server, ticker, make_entry
):
    entries = [make_entry(body=LONG_BODY) for _ in range(8)]
    open_timeline(reader, live_server, ticker)
    scroll_to(reader, reader.locator(f"#entry-{entries[4].pk}"), 120)

    make_entry(title="Neu")
    button = reader.locator("#live-news-button")
    expect(button).to_have_text("1 neuer Eintrag", timeout=ARRIVAL_MS)
    for _ in range(3):  # three more polls (nothing new): no repeated announcement
        next_poll(reader)
    assert announcements(reader) == ["1 neuer Eintrag"]

    before_entries = button.evaluate(
        "b => !!(b.compareDocumentPosition(document.querySelector('#entry-list article'))"
        " & Node.DOCUMENT_POSITION_FOLLOWING)"
    )
    assert before_entries
    button.focus()
    reader.keyboard.press("Enter")
    expect(reader.locator("article:focus")).to_contain_text("Neu")
    assert reader.console_errors == []


@pytest.mark.parametrize("reader", WIDTHS, indirect=True)
def test_the_skip_link_leads_to_the_first_entry(reader, live_server, ticker, make_entry):
    make_entry(title="Älter")
    newest = make_entry(title="Neuester Eintrag")
    open_timeline(reader, live_server, ticker)

    reader.keyboard.press("Tab")
    expect(reader.locator(".skip-link")).to_be_focused()
    expect(reader.locator(".skip-link")).to_have_text("Zu den Einträgen springen")
    reader.keyboard.press("Enter")
    expect(reader.locator("#entry-list")).to_be_focused()
    reader.keyboard.press("Tab")
    assert focused(reader)["entry"] == f"entry-{newest.pk}"
    assert reader.console_errors == []


@pytest.mark.parametrize("reader", WIDTHS, indirect=True)
def test_a_reader_just_below_the_top_reads_on_undisturbed(reader, live_server, ticker, make_entry):
    """Reading the first entry, a few pixels scrolled: a new entry waits behind the button."""
    entries = [make_entry(body=LONG_BODY) for _ in range(4)]
    open_timeline(reader, live_server, ticker)
    first = reader.locator(f"#entry-{entries[-1].pk}")
    reader.evaluate("window.scrollTo({top: 40, behavior: 'instant'})")
    reader.wait_for_function("() => window.scrollY === 40")
    before = top_of(first)

    new = make_entry(title="Eilmeldung")
    expect(reader.locator("#live-news-button")).to_be_visible(timeout=ARRIVAL_MS)
    assert abs(top_of(first) - before) <= 2
    expect(reader.locator(f"#entry-{new.pk}")).to_have_count(0)

    reader.evaluate("window.scrollTo({top: 0, behavior: 'instant'})")
    # Released once the browser reports the title back in view (an observer and a frame,
    # which a loaded machine may hold back): the arrival bound, not the default.
    expect(reader.locator(f"#entry-{new.pk}")).to_be_visible(timeout=ARRIVAL_MS)
    expect(reader.locator("#live-news-button")).to_be_hidden()
    assert reader.console_errors == []


@pytest.mark.parametrize("reader", WIDTHS, indirect=True)
def test_a_reader_back_at_the_top_as_the_button_appears_is_not_pulled_down(
    reader, live_server, ticker, make_entry
):
    """Going back to the top while the page still keeps the read entry in place."""
    for _ in range(4):
        make_entry(body=LONG_BODY)
    open_timeline(reader, live_server, ticker)
    reader.evaluate("window.scrollTo({top: 40, behavior: 'instant'})")
    reader.wait_for_function("() => window.scrollY === 40")
    # The reader's scroll lands the moment the button shows, before the page has put the
    # entry they were reading back where it was.
    reader.evaluate(
        """() => {
          const button = document.getElementById('live-news-button');
          new MutationObserver(() => {
            if (!button.hidden) window.scrollTo({top: 0, behavior: 'instant'});
          }).observe(button, {attributes: true, attributeFilter: ['hidden']});
        }"""
    )

    new = make_entry(title="Eilmeldung")
    expect(reader.locator(f"#entry-{new.pk}")).to_be_visible(timeout=ARRIVAL_MS)
    expect(reader.locator("#live-news-button")).to_be_hidden()
    assert reader.evaluate("window.scrollY") == 0
    assert reader.console_errors == []


@pytest.mark.parametrize("reader", WIDTHS, indirect=True)
def test_an_entry_growing_above_the_reader_does_not_move_the_read_entry(
    reader, live_server, ticker, make_entry
):
    entries = [make_entry(body=LONG_BODY) for _ in range(8)]
    open_timeline(reader, live_server, ticker)
    read = reader.locator(f"#entry-{entries[3].pk}")
    scroll_to(reader, read, 60)
    before = top_of(read)

    above = entries[6]
    services.entry_update(above, body=LONG_BODY * 3, correction_note="Ergänzt")
    expect(reader.locator(f"#entry-{above.pk} .entry-correction")).to_have_count(
        1, timeout=ARRIVAL_MS
    )
    next_poll(reader)
    assert abs(top_of(read) - before) <= 2, (before, top_of(read))
    assert reader.console_errors == []


@pytest.mark.parametrize("reader", WIDTHS, indirect=True)
def test_focus_in_a_withdrawn_entry_moves_to_its_neighbour_not_the_body(
    reader, live_server, ticker, make_entry
):
    older = make_entry(title="Bleibt")
    gone = make_entry(title="Wird zurückgezogen")
    make_entry(title="Neuester")
    open_timeline(reader, live_server, ticker)
    reader.locator(f"#entry-{gone.pk} a.entry-permalink").focus()

    services.entry_withdraw(gone)
    expect(reader.locator(f"#entry-{gone.pk}")).to_have_count(0, timeout=ARRIVAL_MS)
    reader.wait_for_function("() => document.activeElement !== document.body")
    assert focused(reader)["id"] == f"entry-{older.pk}"
    assert reader.console_errors == []

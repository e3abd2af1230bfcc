"""A partner page on another origin frames the ticker: allowed origins only, height follows content.

Two origins on two ports: the live server (the ticker, http://localhost:<port>) and a
tiny static server for partner pages. The same partner server is reached as
http://127.0.0.1:<port> (allowed) and http://localhost:<port> (not allowed): different
host names are different origins to the browser.
"""

import functools
import http.server
import threading

import pytest
from playwright.sync_api import expect

from summit.ticker import services

from .conftest import screenshot

pytestmark = pytest.mark.django_db(transaction=True)

FRAME = "iframe[data-summit-ticker]"


@pytest.fixture
def partner_site(tmp_path):
    """A static web server for partner pages; yields its port."""
    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.pages = tmp_path
    yield server
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


def partner_page(partner_site, live_server, name="artikel.html", extra="") -> None:
    """An article on the partner's site with our snippet pasted into it."""
    html = f"""<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Partnerzeitung</title>
<link rel="icon" href="data:,"></head>
<body>
  <h1>Partnerzeitung</h1>
  <p>Ein Artikel mit dem Liveticker.</p>
  <iframe src="{live_server.url}/ticker/test-ticker/embed/" title="Liveticker"
          data-summit-ticker="test-ticker" width="100%" height="600" loading="lazy"></iframe>
  <script src="{live_server.url}/static/ticker/embed-resize.js" async></script>
  {extra}
</body></html>"""
    (partner_site.pages / name).write_text(html, encoding="utf-8")


def allowed_origin(partner_site) -> str:
    return f"http://127.0.0.1:{partner_site.server_port}"


def foreign_origin(partner_site) -> str:
    return f"http://localhost:{partner_site.server_port}"


def frame_content_height(page) -> float:
    frame = page.frame_locator(FRAME)
    return frame.locator("[data-embed-root]").evaluate("el => el.getBoundingClientRect().height")


def iframe_height(page) -> float:
    return page.locator(FRAME).evaluate("el => el.getBoundingClientRect().height")


def expected_height(page) -> float:
    """The content's height, capped at the frame's data-max-height (1,200 px by default)."""
    cap = page.locator(FRAME).evaluate("el => Number(el.dataset.maxHeight) || 1200")
    return min(frame_content_height(page), cap)


def wait_until_sized(page) -> None:
    """Until the iframe's height equals its (capped) content height, within a few pixels."""
    page.wait_for_function(
        """() => {
          const frame = document.querySelector('iframe[data-summit-ticker]');
          return frame && frame.dataset.summitSized === 'true';
        }"""
    )
    for _ in range(50):
        if abs(iframe_height(page) - expected_height(page)) <= 3:
            return
        page.wait_for_timeout(100)
    assert abs(iframe_height(page) - expected_height(page)) <= 3


@pytest.fixture
def framed_ticker(ticker, make_entry, partner_site):
    ticker.embed_origins = [allowed_origin(partner_site)]
    ticker.save()
    for _ in range(3):
        make_entry()
    return ticker


def test_allowed_partner_frames_the_ticker_and_the_height_follows(
    page, live_server, partner_site, framed_ticker, make_entry
):
    partner_page(partner_site, live_server)
    page.goto(f"{allowed_origin(partner_site)}/artikel.html")

    frame = page.frame_locator(FRAME)
    expect(frame.locator("article.entry")).to_have_count(3)
    wait_until_sized(page)
    before = iframe_height(page)
    assert before != 600  # no longer the snippet's fixed height

    new = make_entry(
        title="Neuer Eintrag, der live eintrifft",
        body="<p>" + "Ein langer Text, der den Rahmen wachsen lässt. " * 20 + "</p>",
    )
    expect(frame.locator(f"#entry-{new.pk}")).to_be_visible(timeout=15_000)
    wait_until_sized(page)
    assert iframe_height(page) > before + 50
    assert page.console_errors == []
    screenshot(page, "embed-partner-page")


def test_origin_not_in_the_list_is_refused_by_the_browser(
    page, live_server, partner_site, framed_ticker
):
    partner_page(partner_site, live_server)

    with page.expect_console_message(lambda msg: "frame-ancestors" in msg.text) as refusal:
        page.goto(f"{foreign_origin(partner_site)}/artikel.html")

    assert "The request has been blocked" in refusal.value.text
    assert page.frame_locator(FRAME).locator("[data-embed-root]").count() == 0
    page.console_errors.clear()  # the refusal is the expected outcome here


def test_partner_script_ignores_messages_from_other_origins(
    page, live_server, partner_site, framed_ticker
):
    # A frame from another origin (and the partner page itself) claim a huge height.
    impostor = """<!doctype html><script>
      parent.postMessage({type: "summit-ticker:height", slug: "test-ticker", height: 5000}, "*");
      parent.postMessage({type: "impostor-done"}, "*");
    </script>"""
    (partner_site.pages / "impostor.html").write_text(impostor, encoding="utf-8")
    extra = f'<iframe src="{foreign_origin(partner_site)}/impostor.html" title="Werbung"></iframe>'
    partner_page(partner_site, live_server, extra=extra)
    page.add_init_script(
        "window.addEventListener('message', e => {"
        " if (e.data && e.data.type === 'impostor-done') window.impostorDone = true; });"
    )

    page.goto(f"{allowed_origin(partner_site)}/artikel.html")
    wait_until_sized(page)
    page.wait_for_function("() => window.impostorDone === true")
    sized = iframe_height(page)

    page.evaluate(
        "window.postMessage({type: 'summit-ticker:height', slug: 'test-ticker', height: 4000}, '*')"
    )
    page.evaluate("() => new Promise(resolve => setTimeout(resolve, 0))")
    assert iframe_height(page) == sized
    assert sized < 4000


def test_without_the_partner_script_the_frame_keeps_its_height_and_scrolls(
    page, live_server, partner_site, framed_ticker, make_entry
):
    for _ in range(15):
        make_entry()
    html = f"""<!doctype html><title>Ohne Skript</title>
    <iframe src="{live_server.url}/ticker/test-ticker/embed/" title="Liveticker"
            data-summit-ticker="test-ticker" width="100%" height="400"></iframe>"""
    (partner_site.pages / "ohne-skript.html").write_text(html, encoding="utf-8")

    page.goto(f"{allowed_origin(partner_site)}/ohne-skript.html")

    frame = page.frame_locator(FRAME)
    expect(frame.locator("article.entry").first).to_be_visible()
    assert page.locator(FRAME).evaluate("el => el.clientHeight") == 400
    scrollable = frame.locator("html").evaluate("el => el.scrollHeight > el.clientHeight")
    assert scrollable


# --- the embed on a partner's page: height cap and calm reading -------------------------

LONG_BODY = "<p>" + "Ein längerer Absatz im Rahmen des Partners. " * 25 + "</p>"
SPACER = '<div style="height: 1500px">Vorspann des Partners</div>'


def partner_article(partner_site, live_server, name: str, frame_attrs: str = "") -> str:
    """A partner article with a tall introduction above the frame; returns its URL."""
    html = f"""<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Partnerzeitung</title>
<link rel="icon" href="data:,"></head>
<body>
  <h1>Partnerzeitung</h1>
  {SPACER}
  <iframe src="{live_server.url}/ticker/test-ticker/embed/" title="Liveticker"
          data-summit-ticker="test-ticker" width="100%" height="600" {frame_attrs}></iframe>
  <div style="height: 3000px">Weitere Artikel</div>
  <script src="{live_server.url}/static/ticker/embed-resize.js" async></script>
</body></html>"""
    (partner_site.pages / name).write_text(html, encoding="utf-8")
    return f"{allowed_origin(partner_site)}/{name}"


def top_in_partner_viewport(page, entry_id: int) -> float:
    """Where an entry of the frame appears in the partner's viewport, in px from its top."""
    frame_top = page.locator(FRAME).evaluate("el => el.getBoundingClientRect().top")
    inner = page.frame_locator(FRAME).locator(f"#entry-{entry_id}")
    return frame_top + inner.evaluate("e => e.getBoundingClientRect().top")


def scroll_partner_to(page, entry_id: int, offset: int) -> None:
    """Scroll the partner page so that a framed entry sits `offset` px below the viewport top."""
    delta = top_in_partner_viewport(page, entry_id) - offset
    page.evaluate(f"window.scrollBy({{top: {delta}, behavior: 'instant'}})")
    page.wait_for_function("() => window.scrollY > 0")


def frame_settled(page) -> None:
    """Until two animation frames in the partner page after the frame's last resize."""
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


@pytest.fixture
def partner_reader(page, request):
    width = getattr(request, "param", 390)
    page.set_viewport_size({"width": width, "height": 844 if width < 600 else 900})
    return page


@pytest.mark.parametrize("partner_reader", [390, 1280], indirect=True)
@pytest.mark.parametrize(("frame_attrs", "cap"), [("", 1200), ('data-max-height="700"', 700)])
def test_the_frame_stops_growing_at_the_partners_maximum_and_scrolls_inside(
    partner_reader, live_server, partner_site, framed_ticker, make_entry, frame_attrs, cap
):
    page = partner_reader
    for _ in range(17):
        make_entry(body=LONG_BODY)
    page.goto(partner_article(partner_site, live_server, "lang.html", frame_attrs))
    frame = page.frame_locator(FRAME)
    expect(frame.locator("article.entry")).to_have_count(20)
    page.wait_for_function(
        f"() => document.querySelector('{FRAME}').getBoundingClientRect().height === {cap}"
    )
    assert frame_content_height(page) > cap
    scrolls_inside = frame.locator("html").evaluate("el => el.scrollHeight > el.clientHeight")
    assert scrolls_inside
    assert page.console_errors == []


@pytest.mark.parametrize("partner_reader", [390, 1280], indirect=True)
def test_a_partner_reader_inside_the_frame_is_not_pushed_by_new_entries(
    partner_reader, live_server, partner_site, framed_ticker, make_entry
):
    page = partner_reader
    entries = [make_entry(body=LONG_BODY) for _ in range(2)]
    page.goto(partner_article(partner_site, live_server, "ruhig.html", 'data-max-height="9000"'))
    frame = page.frame_locator(FRAME)
    expect(frame.locator("article.entry")).to_have_count(5)
    wait_until_sized(page)
    read = entries[0].pk
    scroll_partner_to(page, read, 80)
    before = top_in_partner_viewport(page, read)

    new = make_entry(title="Eilmeldung im Rahmen")
    button = frame.locator("#live-news-button")
    expect(button).to_have_text("1 neuer Eintrag", timeout=10_000)
    frame_settled(page)
    assert abs(top_in_partner_viewport(page, read) - before) <= 2
    # The button shows at the top of the partner's viewport, where the reader is.
    frame_top = page.locator(FRAME).evaluate("el => el.getBoundingClientRect().top")
    button_top = frame_top + button.evaluate("b => b.getBoundingClientRect().top")
    assert 0 <= button_top <= 60, button_top
    expect(frame.locator(f"#entry-{new.pk}")).to_have_count(0)
    assert page.console_errors == []


@pytest.mark.parametrize("partner_reader", [390, 1280], indirect=True)
def test_growth_above_the_reader_is_compensated_on_the_partner_page(
    partner_reader, live_server, partner_site, framed_ticker, make_entry
):
    page = partner_reader
    entries = [make_entry(body=LONG_BODY) for _ in range(3)]
    page.goto(partner_article(partner_site, live_server, "wachsen.html", 'data-max-height="9000"'))
    frame = page.frame_locator(FRAME)
    expect(frame.locator("article.entry")).to_have_count(6)
    wait_until_sized(page)
    read = entries[0].pk  # the oldest of these three: others sit above it
    scroll_partner_to(page, read, 60)
    before = top_in_partner_viewport(page, read)
    height_before = iframe_height(page)

    services.entry_update(entries[2], body=LONG_BODY * 3, correction_note="Ergänzt")
    expect(frame.locator(f"#entry-{entries[2].pk} .entry-correction")).to_have_count(
        1, timeout=10_000
    )
    page.wait_for_function(
        f"() => document.querySelector('{FRAME}').getBoundingClientRect().height > {height_before + 100}"
    )
    frame_settled(page)
    assert abs(top_in_partner_viewport(page, read) - before) <= 2
    assert page.console_errors == []


def test_inside_a_capped_frame_a_scrolled_reader_gets_the_button(
    page, live_server, partner_site, framed_ticker, make_entry
):
    entries = [make_entry(body=LONG_BODY) for _ in range(10)]
    url = partner_article(partner_site, live_server, "kappe.html")
    page.goto(url)
    frame = page.frame_locator(FRAME)
    expect(frame.locator("article.entry")).to_have_count(13)
    page.locator(FRAME).scroll_into_view_if_needed()
    read = frame.locator(f"#entry-{entries[6].pk}")
    read.evaluate("e => window.scrollTo({top: e.offsetTop - 40, behavior: 'instant'})")
    before = top_in_partner_viewport(page, entries[6].pk)

    new = make_entry(title="Neu im gekappten Rahmen")
    expect(frame.locator("#live-news-button")).to_be_visible(timeout=10_000)
    assert abs(top_in_partner_viewport(page, entries[6].pk) - before) <= 2
    expect(frame.locator(f"#entry-{new.pk}")).to_have_count(0)
    assert iframe_height(page) == 1200
    assert page.console_errors == []


@pytest.mark.parametrize("partner_reader", [390, 1280], indirect=True)
def test_growth_below_the_reader_moves_nothing_on_the_partner_page(
    partner_reader, live_server, partner_site, framed_ticker, make_entry
):
    page = partner_reader
    entries = [make_entry(body=LONG_BODY) for _ in range(3)]
    page.goto(partner_article(partner_site, live_server, "unten.html", 'data-max-height="9000"'))
    frame = page.frame_locator(FRAME)
    expect(frame.locator("article.entry")).to_have_count(6)
    wait_until_sized(page)
    read = entries[2].pk  # the newest: the others sit below it
    scroll_partner_to(page, read, 60)
    before = top_in_partner_viewport(page, read)
    height_before = iframe_height(page)

    services.entry_update(entries[0], body=LONG_BODY * 3, correction_note="Ergänzt")
    expect(frame.locator(f"#entry-{entries[0].pk} .entry-correction")).to_have_count(
        1, timeout=10_000
    )
    page.wait_for_function(
        f"() => document.querySelector('{FRAME}').getBoundingClientRect().height"
        f" > {height_before + 100}"
    )
    frame_settled(page)
    assert abs(top_in_partner_viewport(page, read) - before) <= 2
    assert page.console_errors == []

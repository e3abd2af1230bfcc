"""Shared fixtures: a ticker, entries made through the service layer, and editors."""

import datetime as dt
import os
import shutil
import zoneinfo
from pathlib import Path

import pytest
from django.core.cache import cache, caches
from django.core.management import call_command

from summit.ticker import services
from summit.ticker.models import Entry, Ticker

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")

# Tests whose outcome does not depend on the database run once, in CI's SQLite pass (the
# PostgreSQL pass deselects them with -m "not once"): the nginx edge, the import scorer, and
# the real-browser journeys (what they check lives in the browser; the database behaviour
# under them is covered on both databases by the tests without a browser).
ONCE_PATHS = ("tests/edge/", "tests/ingest/test_import_corpus.py")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        path = item.path.relative_to(config.rootpath).as_posix()
        in_browser = "browser" in getattr(item, "fixturenames", ())
        if path.startswith(ONCE_PATHS) or in_browser:
            item.add_marker(pytest.mark.once)


# The real browser (tests/browser and the browser journeys of other areas). Defined once
# here: a second definition would start a second Playwright, which its event loop refuses.
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    if CHROMIUM is None:
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail("REQUIRE_BROWSER=1 but Debian's chromium is not installed")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; ORM calls made by the test
    # itself (creating entries while the page is open) are still plain synchronous calls.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, request):
    """A fresh page (390 px wide unless the test resizes it) that records console errors."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="de-DE")
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
    yield page
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-failure.png"), full_page=True)
    context.close()


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rendered fragments are keyed by revision, and rolled-back tests reuse revisions and ids.
    fragments = caches["template_fragments"]
    cache.clear()
    fragments.clear()
    yield
    cache.clear()
    fragments.clear()


@pytest.fixture
def ticker(db) -> Ticker:
    return Ticker.objects.create(
        slug="test-ticker", title="Testticker", status=Ticker.Status.LIVE, poll_interval=1
    )


@pytest.fixture
def make_entry(ticker):
    """make_entry(**overrides) -> a published entry created through the service layer."""
    counter = {"n": 0}

    def make(**overrides) -> Entry:
        counter["n"] += 1
        fields = {
            "title": f"Eintrag {counter['n']}",
            "body": f"<p>Text {counter['n']}</p>",
            "published_at": dt.datetime(2025, 8, 14, 12, 0, tzinfo=BERLIN)
            + dt.timedelta(minutes=counter["n"]),
            "status": Entry.Status.PUBLISHED,
        }
        fields.update(overrides)
        target = fields.pop("ticker", ticker)
        tags = fields.pop("tags", ())
        by = fields.pop("by", None)
        return services.entry_create(target, by=by, tags=tags, **fields)

    return make


def long_ticker(entries: int = 27, tags=()) -> Ticker:
    """A ticker with more entries than one page: "Meldung 0" (the oldest) to "Meldung N-1",
    ten minutes apart; with `tags`, each entry carries one of them in turn."""
    ticker = Ticker.objects.create(slug="lang", title="Langer Ticker", poll_interval=1)
    start = dt.datetime(2025, 8, 14, 8, 0, tzinfo=BERLIN)
    for n in range(entries):
        services.entry_create(
            ticker,
            title=f"Meldung {n}",
            body=f"<p>Text {n}</p>",
            published_at=start + dt.timedelta(minutes=10 * n),
            status=Entry.Status.PUBLISHED,
            tags=[tags[n % len(tags)]] if tags else (),
        )
    return ticker


@pytest.fixture
def alaska(db) -> Ticker:
    call_command("loaddata", "alaska_summit", verbosity=0)
    return Ticker.objects.get(slug="alaska-gipfel")


@pytest.fixture
def staff_user(db, django_user_model):
    """A superuser editor (all permissions)."""
    return django_user_model.objects.create_superuser("chefin", "chefin@example.org", "pw-123456")


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


@pytest.fixture
def redakteur(db, django_user_model):
    """An editor in the "Redaktion" group: writes and tags drafts, cannot publish."""
    from tests.editorial_helpers import make_editor

    return make_editor(django_user_model, "redakteur", "Redaktion")


@pytest.fixture
def chef(db, django_user_model):
    """An editor in the "Chef vom Dienst" group: publishes, withdraws, pins, purges."""
    from tests.editorial_helpers import make_editor

    return make_editor(django_user_model, "cvd", "Chef vom Dienst")

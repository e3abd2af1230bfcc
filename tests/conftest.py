"""Shared fixtures: a ticker, entries made through the service layer, and editors."""

import datetime as dt
import zoneinfo
from collections import defaultdict

import pytest
from django.core.cache import cache, caches
from django.core.management import call_command

from summit.ticker import services
from summit.ticker.models import Entry, Ticker

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")

# Tests whose outcome does not depend on the database run once, in CI's SQLite pass (the
# PostgreSQL pass deselects them with -m "not once"): the nginx edge, the import scorer, and
# browser tests at every viewport after the first one a test is parametrised with.
ONCE_PATHS = ("tests/edge/", "tests/ingest/test_import_corpus.py")
VIEWPORT_WIDTHS = frozenset({390, 1280})


def _viewport_width(item) -> int | None:
    params = getattr(getattr(item, "callspec", None), "params", {})
    return next((v for v in params.values() if type(v) is int and v in VIEWPORT_WIDTHS), None)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    widths = defaultdict(set)
    for item in items:
        width = _viewport_width(item)
        if width is not None:
            widths[item.nodeid.split("[")[0]].add(width)
    for item in items:
        path = item.path.relative_to(config.rootpath).as_posix()
        width = _viewport_width(item)
        later_viewport = width is not None and width != min(widths[item.nodeid.split("[")[0]])
        if path.startswith(ONCE_PATHS) or later_viewport:
            item.add_marker(pytest.mark.once)


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

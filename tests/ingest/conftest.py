"""Fixtures for the importer: the seed texts, a fixed "now", curated names, a command runner."""

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command

from summit.demo.curation import curate_names
from summit.ingest.enrich import KnownNames
from summit.ingest.pipeline import ImportOptions, Prepared, prepare_import
from summit.ticker.models import Entry, ImportBatch, Source, Speaker, Tag, Ticker

from ..conftest import BERLIN

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
TICKER_SEED = SEEDS / "000_03cd942545f963b3.txt"
ARTICLE_SEED = SEEDS / "001_fd0f4cb902b02a9c.txt"
# The day the portal page of the dpa article was saved; relative times count from here.
REFERENCE = dt.datetime(2025, 12, 9, 12, 0, tzinfo=BERLIN)


def prepare(raw: bytes | str, known: KnownNames | None = None, **options) -> Prepared:
    options.setdefault("reference_time", REFERENCE)
    return prepare_import(raw, ImportOptions(**options), known or KnownNames.empty())


@pytest.fixture
def curated(db) -> KnownNames:
    """The Alaska ticker's speakers, sources and tags, as the fixture's curation records them."""
    curate_names()
    return KnownNames.from_database()


@pytest.fixture
def target(db) -> Ticker:
    return Ticker.objects.create(slug="import-ziel", title="Importziel")


@pytest.fixture
def run_import() -> Callable[..., tuple[str, str]]:
    """run_import(*args) -> (stdout, stderr) of `manage.py import_ticker`."""

    def run(*args: str) -> tuple[str, str]:
        out, err = io.StringIO(), io.StringIO()
        call_command("import_ticker", *args, stdout=out, stderr=err)
        return out.getvalue(), err.getvalue()

    return run


def database_state() -> dict:
    """Everything an import may touch, to prove a refused or failed import left no trace."""
    return {
        "entries": list(Entry.objects.values_list("pk", "title", "status", "revision")),
        "speakers": list(Speaker.objects.values_list("name", flat=True)),
        "sources": list(Source.objects.values_list("name", flat=True)),
        "tags": list(Tag.objects.values_list("name", flat=True)),
        "batches": ImportBatch.objects.count(),
        "revisions": list(Ticker.objects.values_list("slug", "revision")),
        "history": Entry.history.count(),
    }

"""The importer fills "said at" only where the text names the day of a statement unambiguously."""

import datetime as dt

import pytest
from django.urls import reverse

from summit.ingest.apply import batch_apply, batch_create
from summit.ingest.said import said_at_from_text
from summit.ticker.templatetags.ticker_format import said_at

from ..conftest import BERLIN
from .conftest import TICKER_SEED, prepare

THURSDAY = dt.datetime(2025, 8, 14, 21, 15, tzinfo=BERLIN)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("erklärte Trump am Mittwoch bei einer Rede", dt.date(2025, 8, 13)),
        ("Putin hatte am Dienstag gesagt, er sei bereit.", dt.date(2025, 8, 12)),
        ("so der russische Präsident am Donnerstag.", dt.date(2025, 8, 14)),
        ("Trump said on Wednesday that he expects a deal.", dt.date(2025, 8, 13)),
        (
            "Das sagte Peskow am Mittwoch um 18:30 Uhr in Moskau.",
            dt.datetime(2025, 8, 13, 18, 30, tzinfo=BERLIN),
        ),
        # A stated time later than the report cannot be today's: only the day is kept.
        ("sagte Peskow am Donnerstag um 23:00 Uhr", dt.date(2025, 8, 14)),
        # A weekday that is not the day of a statement, or two different days: nothing.
        ("Am Freitag treffen sich Trump und Putin in Alaska.", None),
        ("erklärte Trump am Mittwoch; Putin sagte am Dienstag, er komme.", None),
        ("Der Kreml äußerte sich nicht.", None),
    ],
)
def test_the_day_of_a_statement_is_read_against_the_entrys_date(text, expected):
    assert said_at_from_text("", f"<p>{text}</p>", THURSDAY, BERLIN) == expected


def test_no_entry_date_no_said_at():
    assert said_at_from_text("", "<p>erklärte Trump am Mittwoch</p>", None, BERLIN) is None


def test_the_seed_entry_gets_wednesday_and_the_public_page_shows_the_day_only(
    client, target, curated
):
    prepared = prepare(TICKER_SEED.read_bytes(), curated, source="RT DE")
    batch_apply(batch_create(prepared, target))
    entry = target.entries.get(title__startswith="Trump schlägt ein")
    assert entry.said_at == dt.datetime(2025, 8, 13, tzinfo=BERLIN)
    assert (
        not target.entries.filter(said_at__isnull=False)
        .exclude(title__in=[entry.title, "Putin skizziert Aussichten für Atomabkommen mit den USA"])
        .exists()
    )
    page = client.get(reverse("ticker:timeline", args=[target.slug])).content.decode()
    assert "Aussage vom 13.08." in page and "Aussage vom 13.08.," not in page


def test_said_at_renders_a_known_time_and_a_day_alone():
    assert said_at(dt.datetime(2025, 8, 13, 18, 30, tzinfo=BERLIN), "Europe/Berlin") == (
        "13.08., 18:30 Uhr"
    )
    assert said_at(dt.datetime(2025, 8, 13, tzinfo=BERLIN), "Europe/Berlin") == "13.08."


def test_said_at_is_in_the_json_export_only_where_known_and_read_back(curated):
    items = [d.to_schema(BERLIN) for d in prepare(TICKER_SEED.read_bytes(), curated).drafts]
    dated = [item for item in items if "said_at" in item]
    assert [item["said_at"] for item in dated] == ["2025-08-14", "2025-08-13"]
    [draft] = prepare(
        '[{"title": "T", "body": "Nur Text.", "published_at": "2025-08-14T21:15:00+02:00",'
        ' "said_at": "2025-08-13T18:30:00+02:00"}]'
    ).drafts
    assert draft.said_at == dt.datetime(2025, 8, 13, 18, 30, tzinfo=BERLIN)

"""Our JSON import takes "publish_at": the entry waits as a planned draft, as in the composer."""

import datetime as dt
import io
import json

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from summit.ingest.apply import batch_apply, batch_create
from summit.ingest.pipeline import ImportOptions, prepare_import
from summit.ticker import services
from summit.ticker.models import Entry, Ticker
from tests.ingest.conftest import database_state

pytestmark = pytest.mark.django_db


@pytest.fixture
def target() -> Ticker:
    return Ticker.objects.create(slug="import-ziel", title="Importziel")


def items(publish_at) -> str:
    return json.dumps(
        [
            {"title": "Sofort", "body": "Jetzt.", "published_at": "2025-08-15T20:00:00+02:00"},
            {"title": "Um vierzehn Uhr", "body": "Später.", "publish_at": publish_at},
        ]
    )


def run_import(*args: str) -> str:
    out = io.StringIO()
    call_command("import_ticker", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def prepare(raw: str, **options):
    return prepare_import(raw, ImportOptions(format="json", **options))


def test_a_planned_entry_waits_as_a_draft_and_its_publication_is_queued(
    target, django_capture_on_commit_callbacks
):
    at = (timezone.now() + dt.timedelta(hours=2)).replace(microsecond=0)
    with django_capture_on_commit_callbacks(execute=True):
        report = batch_apply(batch_create(prepare(items(at.isoformat())), target))
    assert len(report.created) == 2
    planned = target.entries.get(title="Um vierzehn Uhr")
    assert planned.status == Entry.Status.DRAFT and planned.publish_at == at
    assert not planned.in_review
    assert list(services.scheduled(target)) == [planned]
    assert target.entries.get(title="Sofort").status == Entry.Status.PUBLISHED
    assert not target.entries.published().filter(pk=planned.pk).exists()
    assert DBTaskResult.objects.filter(run_after=at).count() == 1

    assert services.entries_publish_due(now=at) == 1
    planned.refresh_from_db()
    assert planned.status == Entry.Status.PUBLISHED and planned.published_at == at


def test_the_dry_run_json_shows_the_planned_time_and_reads_it_back(tmp_path):
    at = (timezone.now() + dt.timedelta(days=1)).replace(microsecond=0)
    path = tmp_path / "planned.json"
    path.write_text(items(at.isoformat()))
    out = run_import(str(path), "--dry-run", "--json", "--format", "json")
    schema = json.loads(out)
    assert "publish_at" not in schema[0]
    assert dt.datetime.fromisoformat(schema[1]["publish_at"]) == at
    assert prepare(out).drafts[1].publish_at == at


@pytest.mark.parametrize(
    "value, message",
    [
        ("2020-01-01T14:00:00+01:00", "liegt nicht in der Zukunft"),
        ("morgen um zwei", "ist kein Datum nach ISO 8601"),
    ],
)
def test_a_past_or_malformed_time_refuses_the_import_and_stores_nothing(
    target, tmp_path, value, message
):
    before = database_state()
    path = tmp_path / "planned.json"
    path.write_text(items(value))
    with pytest.raises(Exception, match=message):
        run_import(str(path), "--ticker", target.slug, "--format", "json")
    assert database_state() == before


def test_planning_through_an_import_is_the_chief_s_decision(target, redakteur):
    at = timezone.now() + dt.timedelta(hours=2)
    prepared = prepare(items(at.isoformat()), status="draft")
    report = batch_apply(batch_create(prepared, target, by=redakteur), by=redakteur)
    assert [item["reason"] for item in report.skipped] == [
        "geplant; planen darf nur, wer veröffentlichen darf"
    ]
    assert list(target.entries.values_list("title", flat=True)) == ["Sofort"]

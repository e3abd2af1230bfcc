"""Large imports are applied outside the request; the batch page says so until they are done."""

import pytest
from django.urls import reverse

from summit.ingest import apply
from summit.ticker.models import Entry, ImportBatch

from .conftest import database_state
from .test_admin import IMPORT_URL, form


@pytest.fixture
def started(monkeypatch) -> list:
    """Every import run at a low threshold; the "thread" is kept here to run when the test says."""
    monkeypatch.setattr("summit.ingest.background.BACKGROUND_THRESHOLD", 5)
    runs: list = []
    monkeypatch.setattr(
        "summit.ingest.background.start_thread", lambda work, *args: runs.append((work, args))
    )
    return runs


def confirm(client, target, capture) -> tuple[ImportBatch, object]:
    client.post(IMPORT_URL, form(target))
    batch = ImportBatch.objects.get()
    with capture(execute=True):
        response = client.post(reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1"})
    return batch, response


def test_a_large_import_runs_in_the_background_with_a_self_refreshing_status_page(
    staff_client, target, started, django_capture_on_commit_callbacks
):
    batch, response = confirm(staff_client, target, django_capture_on_commit_callbacks)
    batch_url = reverse("admin:ingest_batch", args=[batch.pk])
    assert response["Location"] == batch_url
    assert len(started) == 1 and not Entry.objects.exists()

    page = staff_client.get(batch_url).content.decode()
    assert '<meta http-equiv="refresh" content="2">' in page
    assert "wird übernommen …" in page and "Die Seite lädt sich neu" in page
    # While it runs, the preview cannot be confirmed a second time.
    preview_url = reverse("admin:ingest_preview", args=[batch.pk])
    assert staff_client.get(preview_url)["Location"] == batch_url
    assert staff_client.post(preview_url, {"apply": "1"})["Location"] == batch_url
    assert len(started) == 1

    work, args = started.pop()
    work(*args)
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED and "applying" not in batch.report
    assert target.entries.count() == 17
    page = staff_client.get(batch_url).content.decode()
    assert 'http-equiv="refresh"' not in page and "17 Einträge angelegt" in page


def test_a_small_import_stays_in_the_request(
    staff_client, target, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr("summit.ingest.background.BACKGROUND_THRESHOLD", 18)
    batch, _response = confirm(staff_client, target, django_capture_on_commit_callbacks)
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED and target.entries.count() == 17


@pytest.mark.django_db(transaction=True)
def test_a_failure_in_the_background_marks_the_batch_failed_and_leaves_nothing(
    staff_client, target, started, monkeypatch, django_capture_on_commit_callbacks
):
    staff_client.post(IMPORT_URL, form(target))
    before = database_state()
    original = apply._Writer._create

    def create_then_fail(self, new):
        original(self, new)  # the entries are written, then the disk is full
        raise OSError("Kein Platz mehr auf dem Gerät")

    monkeypatch.setattr(apply._Writer, "_create", create_then_fail)
    batch = ImportBatch.objects.get()
    staff_client.post(reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1"})
    work, args = started.pop()
    work(*args)

    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.FAILED
    assert "Kein Platz mehr auf dem Gerät" in batch.report["error"]
    assert database_state() == before
    page = staff_client.get(reverse("admin:ingest_batch", args=[batch.pk])).content.decode()
    assert "Kein Platz mehr auf dem Gerät" in page and 'http-equiv="refresh"' not in page
    assert "Zur Vorschau" in page  # the editor can try again

"""The import round trip as an editor lives it: import, undo, import again; the preview says
beforehand which rows will be skipped and why, and writes nothing."""

import json

from django.test import Client
from django.urls import reverse

from summit.ticker import services
from summit.ticker.models import Entry, ImportBatch

from .conftest import database_state

IMPORT_URL = "/admin/ticker/importbatch/import/"
RESTORE_CHOICE = 'name="restore_withdrawn"'
ENTRIES = [
    {
        "title": f"Meldung {n}",
        "body": f"Der Text der Meldung Nummer {n}.",
        "published_at": f"2025-08-15T1{n}:00:00+02:00",
    }
    for n in range(3)
]


def paste(client: Client, ticker, items: list[dict], status: str = "published") -> ImportBatch:
    response = client.post(
        IMPORT_URL,
        {
            "ticker": ticker.pk,
            "text": json.dumps(items),
            "format": "json",
            "time_zone": "",
            "status": status,
        },
    )
    batch = ImportBatch.objects.latest("pk")
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:ingest_preview", args=[batch.pk])
    return batch


def preview(client: Client, batch: ImportBatch) -> str:
    response = client.get(reverse("admin:ingest_preview", args=[batch.pk]))
    assert response.status_code == 200
    return response.content.decode()


def confirm(client: Client, batch: ImportBatch, **choices: str) -> str:
    """Apply the preview; the batch page's text, with the message."""
    response = client.post(
        reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1", **choices}, follow=True
    )
    assert response.status_code == 200
    batch.refresh_from_db()
    return response.content.decode()


def undo(client: Client, batch: ImportBatch) -> None:
    response = client.post(reverse("admin:ingest_undo", args=[batch.pk]))
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.UNDONE


def statuses(ticker) -> list[str]:
    return list(ticker.entries.order_by("title").values_list("status", flat=True))


def test_a_chief_brings_back_what_an_undone_import_withdrew(staff_client, target):
    first = paste(staff_client, target, ENTRIES)
    assert "3 angelegt" in confirm(staff_client, first)
    undo(staff_client, first)
    assert statuses(target) == [Entry.Status.WITHDRAWN] * 3

    second = paste(staff_client, target, ENTRIES)
    page = preview(staff_client, second)
    assert "3 Einträge dieser Seite werden beim Übernehmen übersprungen" in page
    assert page.count("Wird übersprungen: zurückgezogen; wird wiederhergestellt, wenn") == 3
    assert RESTORE_CHOICE in page and "schon vorhanden" not in page

    # Not chosen: skipped, with the reason kept on the batch, nothing brought back.
    page = confirm(staff_client, second)
    assert "0 angelegt, 0 aktualisiert, 3 übersprungen" in page
    assert statuses(target) == [Entry.Status.WITHDRAWN] * 3
    assert all("zurückgezogen" in item["reason"] for item in second.report["skipped"])

    third = paste(staff_client, target, ENTRIES)
    target.refresh_from_db()
    revision = target.revision
    page = confirm(staff_client, third, restore_withdrawn="1")
    assert "0 angelegt, 0 aktualisiert, 3 wiederhergestellt, 0 übersprungen" in page
    assert "3 Einträge wiederhergestellt" in page
    assert statuses(target) == [Entry.Status.PUBLISHED] * 3
    assert target.entries.count() == 3  # the same rows, no copies
    assert set(target.entries.values_list("import_batch", flat=True)) == {third.pk}
    target.refresh_from_db()
    assert target.revision == revision + 1  # readers see them again in one step

    # The import that brought them back can be undone like any other.
    undo(staff_client, third)
    assert statuses(target) == [Entry.Status.WITHDRAWN] * 3


def test_an_editor_is_told_why_withdrawn_entries_stay_withdrawn(client, redakteur, target):
    client.force_login(redakteur)
    first = paste(client, target, ENTRIES, status="draft")
    confirm(client, first)
    undo(client, first)

    second = paste(client, target, ENTRIES, status="draft")
    page = preview(client, second)
    assert page.count("zurückgezogen; wiederherstellen darf nur, wer veröffentlichen darf") == 3
    assert RESTORE_CHOICE not in page

    before = database_state()
    page = confirm(client, second, restore_withdrawn="1")  # posted anyway: not allowed
    assert "0 angelegt, 0 aktualisiert, 3 übersprungen" in page
    assert database_state() == before
    assert statuses(target) == [Entry.Status.WITHDRAWN] * 3


def test_the_preview_warns_of_every_skip_and_writes_nothing(client, redakteur, chef, target):
    present = services.entry_create(
        target, by=None, status=Entry.Status.PUBLISHED, **_content(ENTRIES[0])
    )
    known = services.entry_create(
        target,
        by=None,
        status=Entry.Status.PUBLISHED,
        external_id="agentur-1",
        **_content(ENTRIES[1]),
    )
    removed = services.entry_create(
        target, by=None, status=Entry.Status.PUBLISHED, **_content(ENTRIES[2])
    )
    services.entry_purge(removed, by=None, reason="Gerichtsbeschluss")
    changed = {**ENTRIES[1], "external_id": "agentur-1", "body": "Ein neuer Text."}
    unchanged = {**ENTRIES[1], "external_id": "agentur-1"}
    fresh = {"title": "Ganz neu", "body": "Noch nie gesehen.", "published_at": "2025-08-15T18:00"}

    client.force_login(redakteur)
    batch = paste(client, target, [ENTRIES[0], changed, ENTRIES[2], fresh], status="draft")
    before = database_state()
    page = preview(client, batch)
    assert database_state() == before  # the dry run writes nothing
    assert "3 Einträge dieser Seite werden beim Übernehmen übersprungen" in page
    assert "Wird übersprungen: schon vorhanden (gleicher Titel und Text)" in page
    assert "Wird übersprungen: rechtlich entfernt" in page
    assert "Wird übersprungen: schon Veröffentlicht; ändern darf ihn nur" in page

    client.logout()
    client.force_login(chef)
    again = paste(client, target, [unchanged, fresh], status="draft")
    page = preview(client, again)
    assert "1 Eintrag dieser Seite wird beim Übernehmen übersprungen" in page
    assert "Wird übersprungen: unverändert" in page

    # What the preview announced is what applying does.
    confirm(client, again)
    assert [item["reason"] for item in again.report["skipped"]] == ["unverändert"]
    assert target.entries.filter(title="Ganz neu").count() == 1
    present.refresh_from_db()
    known.refresh_from_db()
    assert (present.status, known.body) == (
        Entry.Status.PUBLISHED,
        "<p>Der Text der Meldung Nummer 1.</p>",
    )


def test_the_dry_run_costs_the_same_queries_for_any_number_of_rows(
    target, staff_user, django_assert_num_queries
):
    def rows(n: int) -> list[services.ImportRow]:
        return [
            services.ImportRow(
                entry=Entry(title=f"T{i}", body=f"B{i}", external_id=f"x-{i}"), tags=[], index=i
            )
            for i in range(n)
        ]

    # Known external ids, matching texts, legal removals: three reads, however long the input.
    with django_assert_num_queries(3):
        services.import_plan(target, rows(2), by=staff_user)
    with django_assert_num_queries(3):
        plan = services.import_plan(target, rows(300), by=staff_user)
    assert len(plan.new) == 300 and not plan.skipped
    assert not Entry.objects.exists()


def _content(item: dict) -> dict:
    return {
        "title": item["title"],
        "body": f"<p>{item['body']}</p>",
        "published_at": item["published_at"],
    }

"""Re-imports stamp updates like every other change and never bring back purged entries;
the input's title and intro can become the ticker's."""

import json

from django.urls import reverse

from summit.ingest.apply import batch_apply, batch_create
from summit.ticker.models import ImportBatch
from summit.ticker.services import entry_purge

from .conftest import prepare
from .test_admin import IMPORT_URL, form


def item(body: str, external_id: str = "dpa:1") -> str:
    return json.dumps(
        [
            {
                "title": "Peskow",
                "body": body,
                "published_at": "2025-08-14T21:15:00+02:00",
                "external_id": external_id,
            }
        ]  # fmt: skip
    )


def import_json(target, body: str, by=None, external_id: str = "dpa:1"):
    return batch_apply(batch_create(prepare(item(body, external_id)), target, by=by), by=by)


def test_a_reimport_updates_an_entry_stamped_with_the_revision_and_the_editor(target, staff_user):
    import_json(target, "Erste Fassung.")
    report = import_json(target, "Zweite Fassung.", by=staff_user)
    entry = target.entries.get()
    target.refresh_from_db()
    assert report.updated == [entry.pk] and "Zweite Fassung." in entry.body
    assert entry.revision == target.revision
    assert entry.updated_by == staff_user
    assert entry.history.first().history_user == staff_user


def test_a_reimport_never_updates_an_entry_purged_for_legal_reasons(target, staff_user):
    import_json(target, "Eine Behauptung über eine Privatperson.")
    entry = target.entries.get()
    entry_purge(entry, by=staff_user, reason="Gegendarstellung")
    report = import_json(target, "Eine Behauptung über eine Privatperson, ergänzt.")
    entry.refresh_from_db()
    assert report.updated == [] and report.created == []
    assert [skip["reason"] for skip in report.skipped] == ["rechtlich entfernt"]
    assert (entry.title, entry.body) == ("", "")


def test_purged_text_does_not_come_back_under_another_or_no_external_id(target, staff_user):
    import_json(target, "Eine Behauptung über eine Privatperson.")
    entry_purge(target.entries.get(), by=staff_user, reason="Gerichtsbeschluss")
    for other_id in ("", "afp:7"):
        report = import_json(
            target, "Eine Behauptung über eine Privatperson.", external_id=other_id
        )
        assert report.created == []
        assert [skip["reason"] for skip in report.skipped] == ["rechtlich entfernt"]
    assert target.entries.count() == 1
    assert not target.entries.filter(body__icontains="Privatperson").exists()


def test_the_inputs_title_and_intro_can_become_the_tickers(staff_client, target, curated):
    staff_client.post(IMPORT_URL, form(target))
    batch = ImportBatch.objects.get()
    preview_url = reverse("admin:ingest_preview", args=[batch.pk])
    assert (
        "Titel und Einleitung für den Ticker übernehmen"
        in staff_client.get(preview_url).content.decode()
    )
    revision = target.revision
    staff_client.post(preview_url, {"apply": "1", "take_ticker_head": "1"})
    target.refresh_from_db()
    assert target.title == batch.report["ticker_title"] != "Importziel"
    assert target.description == batch.report["ticker_description"] != ""
    assert target.revision == revision + 2  # the entries and the title change each moved it
    assert set(target.entries.values_list("revision", flat=True)) == {revision + 1}

    # Once they agree, nothing is offered; and not taking it leaves the ticker as it was.
    staff_client.post(IMPORT_URL, form(target))
    again = ImportBatch.objects.latest("pk")
    page = staff_client.get(reverse("admin:ingest_preview", args=[again.pk])).content.decode()
    assert "Titel und Einleitung für den Ticker übernehmen" not in page


def test_without_the_checkbox_the_ticker_keeps_its_title(staff_client, target, curated):
    staff_client.post(IMPORT_URL, form(target))
    batch = ImportBatch.objects.get()
    staff_client.post(reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1"})
    target.refresh_from_db()
    assert (target.title, target.description) == ("Importziel", "")

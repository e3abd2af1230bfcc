"""The role model holds through every import door: admin form, preview, undo, command line.

Each test replays an attack that once worked: a "Redaktion" user rewriting, withdrawing or
publishing what only a chief may, or changing the ticker's head, through an import.
"""

import json

import pytest
from django.core.management import CommandError
from django.urls import reverse

from summit.ticker import services
from summit.ticker.models import Entry, ImportBatch
from summit.ticker.policy import NotAllowed

from .conftest import REFERENCE, database_state
from .test_admin import IMPORT_URL, form

AGENCY_ITEM = {
    "title": "Regierung bestätigt Treffen",
    "body": "Das Treffen findet am Freitag statt, bestätigte die Regierung.",
    "published_at": "2025-08-14T21:15:00+02:00",
    "external_id": "agentur:4711",
    "source": "Agentur",
}


def json_form(target, items, **changes) -> dict:
    return form(target, text=json.dumps(items), format="json", source="", **changes)


def import_through_admin(client, target, items, **changes) -> ImportBatch:
    """Paste, then confirm the preview as it stands; returns the batch."""
    client.post(IMPORT_URL, json_form(target, items, **changes))
    batch = ImportBatch.objects.latest("pk")
    client.post(reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1", **_head(changes)})
    batch.refresh_from_db()
    return batch


def _head(changes: dict) -> dict:
    return {"take_ticker_head": "1"} if changes.pop("take_ticker_head", False) else {}


def test_an_editors_import_never_rewrites_a_published_entry(client, chef, redakteur, target):
    client.force_login(chef)
    import_through_admin(client, target, [AGENCY_ITEM])
    entry = target.entries.get()
    assert entry.status == Entry.Status.PUBLISHED
    before = (entry.title, entry.body, entry.speaker_id, entry.revision)

    client.force_login(redakteur)
    rewritten = {
        **AGENCY_ITEM,
        "title": "Gefälscht",
        "body": "Ganz andere Worte.",
        "speaker": "X Y",
    }
    client.post(IMPORT_URL, json_form(target, [rewritten]))
    preview_url = reverse("admin:ingest_preview", args=[ImportBatch.objects.latest("pk").pk])
    preview = client.get(preview_url).content.decode()
    assert "Ändert einen schon veröffentlichten oder zurückgezogenen Eintrag" in preview
    batch = import_through_admin(client, target, [rewritten])

    entry.refresh_from_db()
    assert (entry.title, entry.body, entry.speaker_id, entry.revision) == before
    assert entry.status == Entry.Status.PUBLISHED
    assert batch.report["updated"] == [] and batch.report["created"] == []
    [skipped] = batch.report["skipped"]
    assert "ändern darf ihn nur, wer veröffentlichen darf" in skipped["reason"]
    page = client.get(reverse("admin:ingest_batch", args=[batch.pk])).content.decode()
    assert "ändern darf ihn nur, wer veröffentlichen darf" in page


def test_an_editor_still_updates_drafts_and_a_chief_updates_published_entries(
    client, chef, redakteur, target
):
    client.force_login(redakteur)
    import_through_admin(client, target, [AGENCY_ITEM])
    import_through_admin(client, target, [{**AGENCY_ITEM, "title": "Zweite Fassung"}])
    assert target.entries.get().title == "Zweite Fassung"  # still a draft: open to editors

    services.entry_publish(target.entries.get(), by=chef)
    client.force_login(chef)
    batch = import_through_admin(client, target, [{**AGENCY_ITEM, "title": "Dritte Fassung"}])
    assert target.entries.get().title == "Dritte Fassung" and batch.report["updated"]


def test_an_editor_cannot_withdraw_published_entries_by_undoing_an_import(
    client, chef, redakteur, target
):
    client.force_login(redakteur)
    batch = import_through_admin(client, target, [AGENCY_ITEM, {**AGENCY_ITEM, "external_id": ""}])
    assert set(target.entries.values_list("status", flat=True)) == {Entry.Status.DRAFT}
    services.entry_publish(target.entries.first(), by=chef)
    before = database_state()

    response = client.post(reverse("admin:ingest_undo", args=[batch.pk]))

    assert response.status_code in (302, 403)
    assert database_state() == before
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED


def test_undo_by_the_service_is_refused_for_an_editor_once_an_entry_is_published(
    chef, redakteur, target, client
):
    client.force_login(redakteur)
    batch = import_through_admin(client, target, [AGENCY_ITEM])
    services.entry_publish(target.entries.get(), by=chef)
    with pytest.raises(NotAllowed, match="veröffentlichen"):
        services.batch_undo(batch, by=redakteur)
    assert target.entries.get().status == Entry.Status.PUBLISHED
    assert services.batch_undo(batch, by=chef) == 1


def test_an_editor_cannot_publish_by_applying_a_chiefs_preview(client, chef, redakteur, target):
    bad_row = {**AGENCY_ITEM, "external_id": "x", "published_at": "kein Datum"}
    client.force_login(chef)
    client.post(IMPORT_URL, json_form(target, [AGENCY_ITEM, bad_row], status="published"))
    batch = ImportBatch.objects.get()
    assert batch.options["status"] == "published"
    before = database_state()

    client.force_login(redakteur)
    preview_url = reverse("admin:ingest_preview", args=[batch.pk])
    response = client.post(preview_url, {"exclude": ["2"], "apply": "1"})

    assert response.status_code == 302
    assert not Entry.objects.exists()
    assert database_state()["entries"] == before["entries"]
    batch.refresh_from_db()
    assert batch.status != ImportBatch.Status.APPLIED


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Übernommener Titel</title>
<description>Übernommene Beschreibung</description>
<item><title>Meldung</title><description>Ein Text.</description>
<pubDate>Thu, 14 Aug 2025 19:15:00 GMT</pubDate><guid>feed:1</guid></item>
</channel></rss>"""


def test_an_editor_cannot_change_the_tickers_head_through_an_import(client, redakteur, target):
    client.force_login(redakteur)
    client.post(IMPORT_URL, form(target, text=FEED, format="rss", source=""))
    batch = ImportBatch.objects.get()
    response = client.post(
        reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1", "take_ticker_head": "1"}
    )
    assert response.status_code == 302
    target.refresh_from_db()
    assert (target.title, target.description) == ("Importziel", "")
    assert not target.entries.exists()


def test_whoever_may_change_tickers_may_take_the_tickers_head(client, staff_user, target):
    client.force_login(staff_user)
    client.post(IMPORT_URL, form(target, text=FEED, format="rss", source=""))
    batch = ImportBatch.objects.get()
    client.post(
        reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1", "take_ticker_head": "1"}
    )
    target.refresh_from_db()
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED, batch.report["error"]
    assert target.title == "Übernommener Titel"


# -- the command line ------------------------------------------------------------------

REF = ["--reference-time", REFERENCE.isoformat()]


def write_items(tmp_path, items, name="items.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(items), encoding="utf-8")
    return str(path)


def test_the_command_applies_the_users_rights_like_the_admin(
    target, run_import, tmp_path, chef, redakteur
):
    run_import(write_items(tmp_path, [AGENCY_ITEM]), "--ticker", target.slug, *REF)
    entry = target.entries.get()
    assert entry.status == Entry.Status.PUBLISHED

    changed = write_items(tmp_path, [{**AGENCY_ITEM, "title": "Gefälscht"}], "changed.json")
    out, _err = run_import(changed, "--ticker", target.slug, "--user", "redakteur", *REF)
    assert "0 angelegt, 0 aktualisiert, 1 übersprungen" in out
    entry.refresh_from_db()
    assert entry.title == AGENCY_ITEM["title"]

    new = write_items(tmp_path, [{**AGENCY_ITEM, "external_id": "neu", "title": "Neu"}], "new.json")
    _out, err = run_import(new, "--ticker", target.slug, "--user", "redakteur", *REF)
    assert "darf nicht veröffentlichen" in err
    assert target.entries.get(external_id="neu").status == Entry.Status.DRAFT

    out, _err = run_import(changed, "--ticker", target.slug, "--user", "cvd", *REF)
    assert "0 angelegt, 1 aktualisiert" in out


def test_without_user_the_command_keeps_full_rights(target, run_import, tmp_path):
    run_import(write_items(tmp_path, [AGENCY_ITEM]), "--ticker", target.slug, *REF)
    changed = write_items(tmp_path, [{**AGENCY_ITEM, "title": "Berichtigt"}], "changed.json")
    out, _err = run_import(changed, "--ticker", target.slug, *REF)
    assert "0 angelegt, 1 aktualisiert" in out
    assert target.entries.get().title == "Berichtigt"


def test_a_user_without_import_rights_gets_a_one_line_refusal(
    target, run_import, tmp_path, django_user_model
):
    django_user_model.objects.create_user("leser")
    before = database_state()
    with pytest.raises(CommandError, match="leser darf nicht importieren") as caught:
        run_import(write_items(tmp_path, [AGENCY_ITEM]), "--ticker", target.slug, "--user", "leser")
    assert "\n" not in str(caught.value)
    assert database_state() == before

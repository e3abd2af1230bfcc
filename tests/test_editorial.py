"""Editorial integrity: history with restore, corrections readers see, no lost updates, purge."""

import datetime as dt
import threading
import zoneinfo

import pytest
from django.db import connection
from django.test import Client

from summit.ticker import services
from summit.ticker.models import Entry, EntryPurge, ImportBatch, Ticker
from tests.editorial_helpers import (
    CHANGELIST,
    change_url,
    client_for,
    form_data,
    make_editor,
)

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def ticker_revision(ticker) -> int:
    return Ticker.objects.get(pk=ticker.pk).revision


@pytest.fixture
def chef_client(chef):
    return client_for(Client, chef)


def save_through_form(client, entry, **changes):
    return client.post(change_url(entry), form_data(client.get(change_url(entry)), **changes))


# --- history -------------------------------------------------------------------------------


def test_every_change_creates_a_history_record_with_the_right_user(
    make_entry, redakteur, chef, chef_client
):
    entry = make_entry(status=Entry.Status.DRAFT, by=redakteur)
    redaktion_client = client_for(Client, redakteur)
    assert save_through_form(redaktion_client, entry, title="Zweite Fassung").status_code == 302
    chef_client.post(CHANGELIST, {"action": "publish", "_selected_action": [entry.pk]})
    chef_client.post(CHANGELIST, {"action": "withdraw", "_selected_action": [entry.pk]})
    records = list(entry.history.order_by("history_date", "history_id"))
    assert [(r.history_user, r.status, r.title) for r in records] == [
        (redakteur, "draft", "Eintrag 1"),
        (redakteur, "draft", "Zweite Fassung"),
        (chef, "published", "Zweite Fassung"),
        (chef, "withdrawn", "Zweite Fassung"),
    ]


def test_history_page_shows_an_escaped_field_by_field_diff(make_entry, chef, chef_client):
    entry = make_entry(title="Alter Titel")
    services.entry_update(entry, by=chef, title="<b>Neuer</b> Titel")
    page = chef_client.get(f"{CHANGELIST}{entry.pk}/history/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Alter Titel" in html
    assert "&lt;b&gt;Neuer&lt;/b&gt; Titel" in html
    assert "<b>Neuer</b>" not in html
    assert "Diese Fassung wiederherstellen" in html


def test_restore_brings_back_the_old_content_as_a_new_change(make_entry, chef, chef_client):
    entry = make_entry(title="Richtig", body="<p>Guter Text</p>")
    first = entry.history.get()
    services.entry_update(entry, by=chef, title="Falsch", body="<p>Verschlimmbessert</p>")
    revision = ticker_revision(entry.ticker)
    response = chef_client.post(f"{CHANGELIST}{entry.pk}/history/{first.history_id}/restore/")
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.title, entry.body) == ("Richtig", "<p>Guter Text</p>")
    assert entry.status == Entry.Status.PUBLISHED
    assert entry.revision == ticker_revision(entry.ticker) == revision + 1
    newest = entry.history.order_by("-history_date", "-history_id").first()
    assert newest.history_user == chef
    assert "wiederhergestellt" in newest.history_change_reason
    assert entry.history.count() == 3


def test_restore_needs_a_post_and_the_right_to_change_the_entry(make_entry, redakteur, chef_client):
    entry = make_entry(title="Veröffentlicht")
    record = entry.history.get()
    url = f"{CHANGELIST}{entry.pk}/history/{record.history_id}/restore/"
    assert chef_client.get(url).status_code == 405
    assert client_for(Client, redakteur).post(url).status_code == 403


def test_the_history_form_cannot_be_used_to_overwrite_an_entry(make_entry, chef_client):
    entry = make_entry(title="Aktuell")
    record = entry.history.get()
    url = f"{CHANGELIST}{entry.pk}/history/{record.history_id}/"
    assert chef_client.get(url).status_code == 200
    assert chef_client.post(url, {"title": "Hintertür"}).status_code == 403
    entry.refresh_from_db()
    assert entry.title == "Aktuell"


# --- no lost updates --------------------------------------------------------------------------


def test_the_second_of_two_editors_gets_the_conflict_page_and_the_first_change_survives(
    make_entry, chef, django_user_model
):
    entry = make_entry(title="Ausgangslage", status=Entry.Status.DRAFT)
    anna = client_for(Client, chef)
    bert = client_for(Client, make_editor(django_user_model, "bert", "Chef vom Dienst"))
    annas_form = form_data(anna.get(change_url(entry)), title="Annas Titel")
    berts_form = form_data(bert.get(change_url(entry)), title="Berts Titel", origin="dpa")

    assert anna.post(change_url(entry), annas_form).status_code == 302
    revision = ticker_revision(entry.ticker)
    conflict = bert.post(change_url(entry), berts_form)

    assert conflict.status_code == 409
    html = conflict.content.decode()
    assert "Annas Titel" in html and "Berts Titel" in html
    entry.refresh_from_db()
    assert entry.title == "Annas Titel"
    assert entry.origin == ""
    assert ticker_revision(entry.ticker) == revision  # the refused save left no trace

    # Bert re-applies consciously from the conflict page: it carries the new base revision.
    resubmit = {
        name: values if len(values) > 1 else values[0]
        for name, values in _hidden_fields(html).items()
    }
    assert int(resubmit["base_version"]) == entry.version
    assert bert.post(change_url(entry), resubmit).status_code == 302
    entry.refresh_from_db()
    assert (entry.title, entry.origin) == ("Berts Titel", "dpa")


def _hidden_fields(html: str) -> dict[str, list[str]]:
    from html.parser import HTMLParser

    fields: dict[str, list[str]] = {}

    class Collect(HTMLParser):
        inside = False

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "form" and "conflict-reapply" in (attrs.get("class") or ""):
                self.inside = True
            elif tag == "input" and self.inside and attrs.get("type") == "hidden":
                fields.setdefault(attrs["name"], []).append(attrs.get("value") or "")

    Collect().feed(html)
    return fields


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_concurrent_saves_on_postgresql_exactly_one_wins(django_user_model):
    ticker = Ticker.objects.create(slug="race", title="Race", poll_interval=1)
    entry = services.entry_create(
        ticker, title="Start", published_at=dt.datetime(2025, 8, 15, 12, 0, tzinfo=BERLIN)
    )
    editors = [make_editor(django_user_model, f"editor{n}", "Chef vom Dienst") for n in range(2)]
    clients = [client_for(Client, user) for user in editors]
    forms = [
        form_data(client.get(change_url(entry)), title=f"Fassung {n}")
        for n, client in enumerate(clients)
    ]
    barrier = threading.Barrier(2)
    statuses: dict[int, int] = {}

    def save(n: int) -> None:
        try:
            barrier.wait(timeout=10)
            statuses[n] = clients[n].post(change_url(entry), forms[n]).status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(statuses.values()) == [302, 409]
    winner = next(n for n, status in statuses.items() if status == 302)
    entry.refresh_from_db()
    assert entry.title == f"Fassung {winner}"
    assert entry.history.count() == 2


def test_a_stale_publish_action_does_not_bring_back_a_withdrawn_entry(
    make_entry, chef, chef_client
):
    entry = make_entry(status=Entry.Status.DRAFT)
    stale = Entry.objects.get(pk=entry.pk)  # what an admin page loaded earlier
    services.entry_withdraw(entry, by=chef)
    changed = services.entries_update(
        [stale], by=chef, only_status=[Entry.Status.DRAFT], status=Entry.Status.PUBLISHED
    )
    assert changed == 0
    entry.refresh_from_db()
    assert entry.status == Entry.Status.WITHDRAWN
    chef_client.post(CHANGELIST, {"action": "publish", "_selected_action": [entry.pk]})
    entry.refresh_from_db()
    assert entry.status == Entry.Status.WITHDRAWN


# --- corrections --------------------------------------------------------------------------------


def correct(client, entry, note, **changes):
    return save_through_form(client, entry, mark_correction="on", correction_text=note, **changes)


def public_pages(client, entry) -> dict[str, str]:
    slug = entry.ticker.slug
    pages = {
        "timeline": client.get(f"/ticker/{slug}/"),
        "permalink": client.get(f"/ticker/{slug}/entries/{entry.pk}/"),
        "feed": client.get(f"/ticker/{slug}/feed/"),
        "api": client.get(f"/ticker/{slug}/entries.json"),
    }
    for name, response in pages.items():
        assert response.status_code == 200, name
    return {name: response.content.decode() for name, response in pages.items()}


def test_a_correction_note_shows_on_the_entry_and_its_permalink(make_entry, chef_client, client):
    entry = make_entry(title="Treffen in Anchorage")
    response = correct(
        chef_client, entry, "Ort war falsch angegeben.", title="Treffen in Anchorage, Alaska"
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.correction_note == "Ort war falsch angegeben."
    assert entry.corrected_at is not None
    clock = entry.corrected_at.astimezone(BERLIN).strftime("%H:%M")
    pages = public_pages(client, entry)
    for name in ("timeline", "permalink"):
        assert 'class="entry-correction"' in pages[name], name
        assert f"Korrigiert um {clock}" in pages[name], name
        assert "Ort war falsch angegeben." in pages[name], name


def test_the_feed_and_the_api_carry_the_correction_note(make_entry, chef_client, client):
    entry = make_entry()
    correct(chef_client, entry, "Zitat präzisiert.")
    pages = public_pages(client, entry)
    assert "Zitat präzisiert." in pages["feed"]
    api_entry = next(
        e
        for e in client.get(f"/ticker/{entry.ticker.slug}/entries.json").json()["entries"]
        if str(e["id"]) == str(entry.pk)
    )
    note = api_entry.get("correction_note") or (api_entry.get("correction") or {}).get("note")
    assert note == "Zitat präzisiert."


def test_an_ordinary_edit_stays_silent(make_entry, chef_client, client):
    entry = make_entry(title="Tippfeler")
    assert save_through_form(chef_client, entry, title="Tippfehler").status_code == 302
    entry.refresh_from_db()
    assert entry.title == "Tippfehler"
    assert (entry.correction_note, entry.corrected_at) == ("", None)
    for name, html in public_pages(client, entry).items():
        assert "Korrigiert" not in html, name


def test_a_draft_is_never_marked_as_corrected(make_entry, chef_client):
    draft = make_entry(status=Entry.Status.DRAFT)
    correct(chef_client, draft, "Gibt es nicht.")
    draft.refresh_from_db()
    assert (draft.correction_note, draft.corrected_at) == ("", None)


def test_a_correction_needs_a_note(make_entry, chef_client):
    entry = make_entry()
    response = correct(chef_client, entry, "")
    assert response.status_code == 200
    assert "correction_text" in response.context["adminform"].form.errors


def test_said_at_is_editable_in_the_admin(make_entry, chef_client):
    entry = make_entry()
    data = form_data(
        chef_client.get(change_url(entry)), said_at_0="13.08.2025", said_at_1="18:30:00"
    )
    assert chef_client.post(change_url(entry), data).status_code == 302
    entry.refresh_from_db()
    assert entry.said_at == dt.datetime(2025, 8, 13, 18, 30, tzinfo=BERLIN)


# --- legal removal ------------------------------------------------------------------------------


def purge(client, entry, reason="Einstweilige Verfügung LG Hamburg"):
    return client.post(f"{CHANGELIST}{entry.pk}/purge/", {"reason": reason})


def test_a_purge_erases_content_and_history_and_keeps_who_when_why(
    make_entry, chef, chef_client, client
):
    from summit.ticker.models import Speaker, Tag

    speaker = Speaker.objects.create(name="Max Mustermann")
    entry = make_entry(
        title="Persönliche Daten",
        body="<p>Adresse: Musterweg 1</p>",
        speaker=speaker,
        origin="Leserhinweis",
        tags=[Tag.objects.create(name="Privat")],
    )
    services.entry_update(entry, by=chef, title="Persönliche Daten (ergänzt)")
    revision = ticker_revision(entry.ticker)

    assert chef_client.get(f"{CHANGELIST}{entry.pk}/purge/").status_code == 200
    assert purge(chef_client, entry).status_code == 302

    entry.refresh_from_db()
    assert (entry.title, entry.body, entry.body_text, entry.origin) == ("", "", "", "")
    assert entry.speaker is None and not entry.tags.exists()
    assert entry.status == Entry.Status.WITHDRAWN
    assert not entry.history.exists()
    assert not Entry.history.filter(title__contains="Persönliche").exists()
    record = EntryPurge.objects.get()
    assert (record.entry, record.purged_by, record.reason) == (
        entry,
        chef,
        "Einstweilige Verfügung LG Hamburg",
    )
    assert record.purged_at is not None
    # The next poll sees the entry as changed (and withdrawn): open pages drop it.
    assert entry.revision == ticker_revision(entry.ticker) == revision + 1
    assert list(Entry.objects.changed_since(revision)) == [entry]
    slug = entry.ticker.slug
    assert client.get(f"/ticker/{slug}/entries/{entry.pk}/").status_code == 410
    assert "Persönliche Daten" not in client.get(f"/ticker/{slug}/").content.decode()
    # The audit view keeps who, when and why.
    activity = chef_client.get(f"/admin/ticker/ticker/{entry.ticker.pk}/activity/")
    html = activity.content.decode()
    assert "Einstweilige Verfügung LG Hamburg" in html and "cvd" in html
    assert "Persönliche Daten" not in html


SECRET_TITLE = "Wohnadresse des Informanten"
SECRET_SENTENCE = "Er wohnt im Musterweg 17 in Kleinstadt."


def import_json(ticker, by, items: list[dict], *, ensure_ascii: bool = False) -> ImportBatch:
    """Import items of the exchange schema the way the admin does: preview, then apply."""
    import json

    from summit.ingest.apply import batch_apply, batch_create
    from summit.ingest.enrich import KnownNames
    from summit.ingest.pipeline import ImportOptions, prepare_import

    raw = json.dumps(items, ensure_ascii=ensure_ascii, indent=2)
    options = ImportOptions(format="json", reference_time=dt.datetime(2025, 8, 15, tzinfo=BERLIN))
    batch = batch_create(prepare_import(raw, options, KnownNames.empty()), ticker, by=by)
    batch_apply(batch, by=by)
    return batch


def text_columns_holding(model, needle: str) -> list[str]:
    """Every text or JSON column of `model` in which some row contains `needle`."""
    from django.db import models as db_models

    found = []
    for field in model._meta.concrete_fields:
        if not isinstance(field, db_models.CharField | db_models.TextField | db_models.JSONField):
            continue
        values = model.objects.values_list(field.attname, flat=True)
        in_python = any(needle.casefold() in str(value).casefold() for value in values)
        in_database = model.objects.filter(**{f"{field.attname}__icontains": needle}).exists()
        if in_python or in_database:
            found.append(f"{model.__name__}.{field.attname}")
    return found


def test_a_purge_erases_the_text_everywhere_including_its_import(ticker, chef, chef_client):
    from django.contrib.admin.models import LogEntry

    items = [
        {"published_at": "2025-08-14T12:00:00+02:00", "title": "Gipfel beginnt", "body": "Bleibt."},
        {
            "published_at": "2025-08-14T12:05:00+02:00",
            "title": SECRET_TITLE,
            "body": f"Ein Leser meldet sich.\n\n{SECRET_SENTENCE}",
            "external_id": "leser-1",
        },
        {"published_at": "2025-08-14T12:10:00+02:00", "title": "Gipfel endet", "body": "Auch."},
    ]
    batch = import_json(ticker, chef, items)
    entry = Entry.objects.get(external_id="leser-1")
    # Edited once after the import, through the admin (which writes a LogEntry).
    save_through_form(chef_client, entry, title=f"{SECRET_TITLE} (ergänzt)")
    excluded_before = list(batch.excluded)

    assert purge(chef_client, entry).status_code == 302

    for needle in (SECRET_TITLE, SECRET_SENTENCE):
        for model in (Entry, Entry.history.model, ImportBatch, LogEntry, EntryPurge):
            assert text_columns_holding(model, needle) == []
    batch.refresh_from_db()
    # The other entries' texts and the draft positions stay, so the batch still lines up.
    assert [draft["title"] for draft in batch.drafts] == [
        "Gipfel beginnt",
        "[entfernt]",
        "Gipfel endet",
    ]
    assert "Gipfel beginnt" in batch.raw_input and "Gipfel endet" in batch.raw_input
    assert batch.excluded == excluded_before
    assert batch.report["purged"] == [{"entry": entry.pk, "drafts": [1], "raw_input": "redacted"}]


def test_a_purge_blanks_an_import_input_where_the_text_cannot_be_located(ticker, chef):
    items = [
        {
            "published_at": "2025-08-14T12:05:00+02:00",
            "title": "Privatanschrift",
            "body": "Die Straße heißt Musterweg.",  # escaped in the raw JSON below
        },
        {"published_at": "2025-08-14T12:10:00+02:00", "title": "Gipfel endet", "body": "Auch."},
    ]
    batch = import_json(ticker, chef, items, ensure_ascii=True)
    entry = Entry.objects.get(title="Privatanschrift")

    services.entry_purge(entry, by=chef, reason="Persönlichkeitsrecht")

    batch.refresh_from_db()
    assert batch.raw_input == ""
    assert batch.report["purged"] == [{"entry": entry.pk, "drafts": [0], "raw_input": "blanked"}]
    assert batch.drafts[0]["title"] == "[entfernt]" and batch.drafts[0]["body"] == ""
    assert batch.drafts[1]["title"] == "Gipfel endet"


def test_the_next_poll_removes_a_purged_entry(make_entry, chef_client, client):
    entry = make_entry(title="Wird gelöscht")
    revision = ticker_revision(entry.ticker)
    purge(chef_client, entry)
    response = client.get(f"/ticker/{entry.ticker.slug}/updates/?since={revision}")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"entry-{entry.pk}" in html
    assert "Wird gelöscht" not in html


def test_a_purge_needs_a_reason(make_entry, chef_client):
    entry = make_entry(title="Bleibt")
    response = purge(chef_client, entry, reason="")
    assert response.status_code == 200
    entry.refresh_from_db()
    assert entry.title == "Bleibt"
    assert not EntryPurge.objects.exists()


def test_a_purged_entry_is_not_republished_by_the_republish_action(make_entry, chef, chef_client):
    entry = make_entry()
    services.entry_purge(entry, by=chef, reason="Gegendarstellung")
    chef_client.post(CHANGELIST, {"action": "republish", "_selected_action": [entry.pk]})
    entry.refresh_from_db()
    assert entry.status == Entry.Status.WITHDRAWN


# --- audit view ---------------------------------------------------------------------------------


def test_the_activity_page_lists_all_changes_newest_first_and_filters_by_editor(
    make_entry, chef, redakteur, chef_client
):
    entry = make_entry(title="Gipfel beginnt", status=Entry.Status.DRAFT, by=redakteur)
    services.entry_publish(entry, by=chef)
    services.entry_pin(entry, by=chef)
    services.entry_withdraw(entry, by=chef)
    ImportBatch.objects.create(
        ticker=entry.ticker, created_by=redakteur, format="text", status="applied"
    )
    url = f"/admin/ticker/ticker/{entry.ticker.pk}/activity/"
    ticker_page = chef_client.get(f"/admin/ticker/ticker/{entry.ticker.pk}/change/")
    assert url in ticker_page.content.decode()

    html = chef_client.get(url).content.decode()
    order = [
        html.index(text)
        for text in ("Import #", "zurückgezogen", "angeheftet", "veröffentlicht", "angelegt")
    ]
    assert order == sorted(order)

    only_redakteur = chef_client.get(url, {"editor": redakteur.pk}).content.decode()
    assert "angelegt" in only_redakteur and "Import #" in only_redakteur
    assert "veröffentlicht" not in only_redakteur


def test_the_activity_page_is_paginated(make_entry, chef, chef_client):
    entry = make_entry()
    for n in range(55):
        services.entry_update(entry, by=chef, position=n)
    url = f"/admin/ticker/ticker/{entry.ticker.pk}/activity/"
    first = chef_client.get(url)
    assert len(first.context["activities"]) == 50
    second = chef_client.get(url, {"p": 2})
    assert len(second.context["activities"]) == 6
    assert chef_client.get(url, {"p": "x", "editor": "y"}).status_code == 200


def test_the_activity_page_costs_the_same_queries_for_5_and_for_40_rows(
    make_entry, chef, chef_client, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    entry = make_entry(title="Erster Eintrag")
    ImportBatch.objects.create(ticker=entry.ticker, created_by=chef, format="text")
    services.entry_publish(entry, by=chef)
    services.entry_update(entry, by=chef, title="Erster Eintrag, ergänzt")
    services.entry_pin(entry, by=chef)
    url = f"/admin/ticker/ticker/{entry.ticker.pk}/activity/"
    chef_client.get(url)  # warm the session and the content types
    with CaptureQueriesContext(connection) as few:
        response = chef_client.get(url)
    assert len(response.context["activities"]) == 5

    for n in range(7):
        other = make_entry(title=f"Weiterer Eintrag {n}")
        services.entry_update(other, by=chef, title=f"Weiterer Eintrag {n}, ergänzt")
        services.entry_pin(other, by=chef)
        services.entry_withdraw(other, by=chef)
        services.entry_update(other, by=chef, position=n)
    with django_assert_num_queries(len(few)):
        response = chef_client.get(url)
    assert len(response.context["activities"]) == 40
    # Still described from the version before, not just "geändert".
    html = response.content.decode()
    assert "„Weiterer Eintrag 6, ergänzt“ geändert: Reihenfolge" in html
    assert "„Weiterer Eintrag 6, ergänzt“ zurückgezogen" in html
    assert "„Erster Eintrag, ergänzt“ geändert: Titel" in html

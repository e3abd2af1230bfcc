"""Nothing lost while writing, the review queue, and planned entries (never public early)."""

import datetime as dt

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from summit.ticker import services
from summit.ticker.models import Entry, Speaker
from summit.ticker.tasks import publish_due_entries
from tests.editorial_helpers import client_for

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
SECRET = "Geheimer Plan Zwölf"


def url(ticker, rest: str = "") -> str:
    return f"/redaktion/{ticker.slug}/{rest}"


def autosave(client, ticker, **fields):
    return client.post(url(ticker, "draft/"), {"body": "Entwurf", **fields}, headers=HTMX)


def test_typing_saves_one_draft_and_updates_it(client, redakteur, ticker):
    editor = client_for(type(client), redakteur)
    first = autosave(editor, ticker, title="Erst", speaker="Halb getippt")
    assert first.status_code == 200
    draft = Entry.objects.get()
    assert draft.status == Entry.Status.DRAFT and not draft.in_review
    assert draft.speaker is None and not Speaker.objects.exists()  # no half-typed names
    assert f'name="entry" value="{draft.pk}"' in first.content.decode()
    autosave(editor, ticker, title="Dann", entry=draft.pk, version=draft.version)
    assert list(Entry.objects.values_list("title", flat=True)) == ["Dann"]


def test_a_stale_autosave_is_a_conflict_and_changes_nothing(client, redakteur, chef, ticker):
    editor = client_for(type(client), redakteur)
    autosave(editor, ticker, title="Meins")
    draft = Entry.objects.get()
    services.entry_update(draft, by=chef, title="Vom Chef geändert")
    response = autosave(editor, ticker, title="Überschrieben?", entry=draft.pk, version=0)
    assert "Jemand anderes hat den Entwurf geändert" in response.content.decode()
    assert Entry.objects.get().title == "Vom Chef geändert"


def test_sending_after_a_conflict_keeps_the_text_as_a_new_entry(client, chef, ticker):
    writer = client_for(type(client), chef)
    autosave(writer, ticker, title="Erste Fassung")
    draft = Entry.objects.get()
    services.entry_update(draft, title="Andere Fassung")
    data = {"title": "Meine Fassung", "body": "Text", "entry": draft.pk, "version": 0}
    response = writer.post(url(ticker), data, headers=HTMX)
    html = response.content.decode()
    assert "anderswo geändert" in html and "Meine Fassung" in html
    assert Entry.objects.get().title == "Andere Fassung"  # nothing overwritten
    data.update(entry="", version="")
    writer.post(url(ticker), data, headers=HTMX)
    assert Entry.objects.filter(title="Meine Fassung", status="published").count() == 1


def test_send_publishes_the_autosaved_draft_not_a_second_entry(client, chef, ticker):
    writer = client_for(type(client), chef)
    autosave(writer, ticker, title="Gleich raus")
    draft = Entry.objects.get()
    data = {"title": "Gleich raus", "body": "Text", "entry": draft.pk, "version": draft.version}
    writer.post(url(ticker), data, headers=HTMX)
    assert list(Entry.objects.values_list("pk", "status")) == [(draft.pk, "published")]


def test_the_queue_from_hand_in_to_send_back_to_publish(client, redakteur, chef, ticker):
    editor = client_for(type(client), redakteur)
    chief = client_for(type(client), chef)
    editor.post(url(ticker), {"title": "Bitte prüfen", "body": "Text"}, headers=HTMX)
    entry = Entry.objects.get()
    assert entry.in_review and entry.status == Entry.Status.DRAFT
    assert "Freigabe (1)" in chief.get(url(ticker)).content.decode()

    action = url(ticker, f"entries/{entry.pk}/send-back/")
    assert editor.post(action, {"note": "Quelle fehlt"}).status_code == 403
    chief.post(action, {"note": "Quelle fehlt"}, headers=HTMX)
    entry.refresh_from_db()
    assert not entry.in_review and entry.review_note == "Quelle fehlt"
    assert "Quelle fehlt" in editor.get(url(ticker)).content.decode()
    assert "Freigabe (0)" in chief.get(url(ticker)).content.decode()

    services.entry_hand_in(entry, by=redakteur)
    chief.post(url(ticker, f"entries/{entry.pk}/publish/"), headers=HTMX)
    entry.refresh_from_db()
    assert entry.status == Entry.Status.PUBLISHED and not entry.in_review


def test_an_entry_carries_its_writer_s_byline_by_default(client, chef, ticker):
    client_for(type(client), chef).post(url(ticker), {"body": "Text"}, headers=HTMX)
    assert [str(a) for a in Entry.objects.get().authors.all()] == ["cvd"]


def plan(client, chef, ticker, at):
    data = {"title": SECRET, "body": f"{SECRET} im Text.", "tags": "Plantag"}
    data["publish_at"] = timezone.localtime(at).strftime("%Y-%m-%dT%H:%M")
    return client_for(type(client), chef).post(url(ticker), data, headers=HTMX)


def test_a_planned_entry_waits_and_its_task_is_queued_for_its_time(
    client, chef, ticker, django_capture_on_commit_callbacks
):
    at = (timezone.now() + dt.timedelta(hours=1)).replace(second=0, microsecond=0)
    with django_capture_on_commit_callbacks(execute=True):
        plan(client, chef, ticker, at)
    entry = Entry.objects.get()
    assert entry.status == Entry.Status.DRAFT and entry.publish_at == at
    queued = DBTaskResult.objects.get(task_path="summit.ticker.tasks.publish_due_entries")
    assert queued.run_after == at
    assert services.entries_publish_due(now=at - dt.timedelta(seconds=1)) == 0
    assert services.entries_publish_due(now=at) == 1
    entry.refresh_from_db()
    assert entry.status == Entry.Status.PUBLISHED and entry.published_at == at
    assert entry.publish_at is None


def test_the_task_publishes_nothing_before_its_time(chef, make_entry):
    draft = make_entry(status=Entry.Status.DRAFT)
    services.entry_schedule(draft, by=chef, at=timezone.now() + dt.timedelta(minutes=5))
    assert publish_due_entries.call() == 0
    assert Entry.objects.get().status == Entry.Status.DRAFT


def test_an_editor_cannot_plan(redakteur, make_entry):
    draft = make_entry(status=Entry.Status.DRAFT)
    with pytest.raises(services.NotAllowed):
        services.entry_schedule(draft, by=redakteur, at=timezone.now() + dt.timedelta(hours=1))
    assert Entry.objects.get().publish_at is None


def public_outputs(client, ticker, entry_id: int) -> dict[str, str]:
    """Every public answer a reader, partner or crawler can get of this ticker."""
    page = f"/ticker/{ticker.slug}/"
    answers = {
        "page": client.get(page),
        "kept page (second request)": client.get(page),
        "search": client.get(page, {"q": "Geheimer"}),
        "tag filter": client.get(page, {"tag": "plantag"}),
        "embed": client.get(f"{page}embed/"),
        "poll": client.get(f"{page}updates/", {"since": 0}, headers=HTMX),
        "embed poll": client.get(f"{page}embed/updates/", {"since": 0}, headers=HTMX),
        "feed": client.get(f"{page}feed/"),
        "api": client.get(f"{page}entries.json"),
        "permalink": client.get(f"{page}entries/{entry_id}/"),
        "oembed": client.get("/oembed", {"url": f"http://testserver{page}entries/{entry_id}/"}),
    }
    return {name: (r.status_code, r.content.decode()) for name, r in answers.items()}


def test_a_planned_entry_leaves_no_trace_in_any_public_output(
    client, chef, ticker, make_entry, django_capture_on_commit_callbacks
):
    make_entry(title="Öffentlich")
    plan(client, chef, ticker, timezone.now() + dt.timedelta(hours=1))
    planned = Entry.objects.get(title=SECRET)
    for name, (_status, body) in public_outputs(client, ticker, planned.pk).items():
        assert SECRET not in body and "Plantag" not in body, name
        assert f"entry-{planned.pk}" not in body, name
    with django_capture_on_commit_callbacks(execute=True):
        services.entries_publish_due(now=planned.publish_at)
    after = public_outputs(client, ticker, planned.pk)
    assert SECRET in after["page"][1] and SECRET in after["feed"][1] and SECRET in after["api"][1]

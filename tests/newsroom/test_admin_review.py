"""The entries' admin plans ("Geplant für") and sends back with a note, as the composer does."""

import datetime as dt

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from summit.ticker import services
from summit.ticker.models import Entry
from tests.editorial_helpers import CHANGELIST, change_url, client_for, form_data
from tests.newsroom.test_editor_fixes import add_form_data

pytestmark = pytest.mark.django_db


def local_parts(moment: dt.datetime) -> dict:
    local = timezone.localtime(moment)
    return {"publish_at_0": local.strftime("%d.%m.%Y"), "publish_at_1": local.strftime("%H:%M:%S")}


def draft(make_entry, **fields) -> Entry:
    return make_entry(status=Entry.Status.DRAFT, **fields)


def test_a_chief_plans_a_draft_in_the_admin(
    client, chef, make_entry, django_capture_on_commit_callbacks
):
    entry = draft(make_entry, title="Um vierzehn Uhr")
    at = (timezone.now() + dt.timedelta(hours=3)).replace(microsecond=0)
    admin = client_for(type(client), chef)
    data = {**form_data(admin.get(change_url(entry))), **local_parts(at)}
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(change_url(entry), data)
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.status == Entry.Status.DRAFT and entry.publish_at == at
    assert list(services.scheduled()) == [entry]
    assert DBTaskResult.objects.filter(run_after=at).count() == 1


def test_a_past_plan_is_refused_and_nothing_changes(client, chef, make_entry):
    entry = draft(make_entry)
    admin = client_for(type(client), chef)
    data = {
        **form_data(admin.get(change_url(entry)), title="Geändert"),
        **local_parts(timezone.now() - dt.timedelta(hours=1)),
    }
    response = admin.post(change_url(entry), data, follow=True)
    assert "muss in der Zukunft liegen" in response.content.decode()
    entry.refresh_from_db()
    assert entry.publish_at is None and entry.title != "Geändert"


def test_editors_see_the_plan_but_cannot_set_it(client, redakteur, ticker):
    admin = client_for(type(client), redakteur)
    page = admin.get(f"{CHANGELIST}add/")
    assert "publish_at" not in page.context["adminform"].form.fields
    at = timezone.now() + dt.timedelta(hours=3)
    data = {
        **add_form_data(page, ticker=ticker.pk, title="Von der Redaktion", body="Text"),
        **local_parts(at),
    }
    assert admin.post(f"{CHANGELIST}add/", data).status_code == 302
    assert Entry.objects.get(title="Von der Redaktion").publish_at is None


def test_a_chief_sends_back_with_a_note_from_the_list(client, chef, redakteur, make_entry):
    waiting = draft(make_entry, title="Bitte prüfen")
    services.entry_hand_in(waiting, by=redakteur)
    other = draft(make_entry, title="Noch in Arbeit")
    admin = client_for(type(client), chef)
    response = admin.post(
        CHANGELIST,
        {
            "action": "send_back",
            "_selected_action": [waiting.pk, other.pk],
            "note": "Quelle fehlt",
        },
        follow=True,
    )
    text = response.content.decode()
    assert "1 Eintrag zurückgegeben." in text
    assert "1 Eintrag übersprungen (wartet nicht auf Freigabe)." in text
    waiting.refresh_from_db()
    assert not waiting.in_review and waiting.review_note == "Quelle fehlt"
    assert "Hinweis an die Redaktion" in admin.get(CHANGELIST).content.decode()


def test_editors_are_not_offered_sending_back(client, redakteur, make_entry):
    waiting = draft(make_entry)
    services.entry_hand_in(waiting, by=redakteur)
    admin = client_for(type(client), redakteur)
    assert "send_back" not in admin.get(CHANGELIST).content.decode()
    admin.post(CHANGELIST, {"action": "send_back", "_selected_action": [waiting.pk], "note": "x"})
    waiting.refresh_from_db()
    assert waiting.in_review and waiting.review_note == ""

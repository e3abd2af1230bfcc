"""What an editor noticed in the admin: typed paragraphs, publication time, defaults, wording."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from summit.ticker import services
from summit.ticker.models import Entry
from tests.editorial_helpers import CHANGELIST, change_url, client_for, form_data

pytestmark = pytest.mark.django_db

ADD_URL = f"{CHANGELIST}add/"


def add_form_data(response, **changes) -> dict:
    """form_data for the add page, with the inlines' management forms a browser sends."""
    data = form_data(response, **changes)
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        data[management.add_prefix("TOTAL_FORMS")] = 0  # no picture added
    return data


def test_typed_paragraphs_survive_the_admin(client, chef, ticker):
    editor = client_for(type(client), chef)
    page = editor.get(ADD_URL)
    typed = "Erster Absatz.\n\nZweiter Absatz mit <strong>Betonung</strong>.\n\n- eins\n- zwei"
    data = add_form_data(page, ticker=ticker.pk, title="Absätze", body=typed)
    response = editor.post(ADD_URL, data)
    assert response.status_code == 302
    entry = Entry.objects.get(title="Absätze")
    assert entry.body == (
        "<p>Erster Absatz.</p><p>Zweiter Absatz mit <strong>Betonung</strong>.</p>"
        "<ul><li>eins</li><li>zwei</li></ul>"
    )
    assert "Leerzeile" in page.content.decode()  # the field says how to write


def test_new_entry_form_starts_now_in_the_only_live_ticker(client, chef, ticker):
    editor = client_for(type(client), chef)
    before = timezone.now().replace(microsecond=0)
    form = editor.get(ADD_URL).context["adminform"].form
    assert form["ticker"].value() == ticker.pk
    assert form["published_at"].value() >= before


def test_publishing_a_default_timed_draft_later_stamps_now(client, chef, redakteur, ticker):
    page = client_for(type(client), redakteur).get(ADD_URL)
    data = add_form_data(page, ticker=ticker.pk, title="Später freigegeben", body="Text")
    # the hidden initial the browser sends back with the untouched time
    data["initial-published_at_0"], data["initial-published_at_1"] = (
        data["published_at_0"],
        data["published_at_1"],
    )
    assert client_for(type(client), redakteur).post(ADD_URL, data).status_code == 302
    draft = Entry.objects.get(title="Später freigegeben")
    assert not draft.time_set
    Entry.objects.filter(pk=draft.pk).update(published_at=timezone.now() - dt.timedelta(hours=2))
    approved = timezone.now()
    client_for(type(client), chef).post(
        CHANGELIST, {"action": "publish", "_selected_action": [draft.pk]}
    )
    draft.refresh_from_db()
    assert draft.status == Entry.Status.PUBLISHED
    assert draft.published_at >= approved - dt.timedelta(seconds=1)


def test_a_time_set_on_purpose_is_kept_on_publishing(ticker, chef):
    chosen = timezone.now() - dt.timedelta(hours=3)
    draft = services.entry_create(ticker, by=chef, title="Termin", published_at=chosen)
    services.entry_publish(draft, by=chef)
    draft.refresh_from_db()
    assert draft.published_at == chosen


@pytest.mark.parametrize(("count", "message"), [(1, "1 Eintrag veröffentlicht."), (2, None)])
def test_admin_messages_use_singular_and_plural(client, chef, make_entry, count, message):
    drafts = [make_entry(status=Entry.Status.DRAFT) for _ in range(count)]
    response = client_for(type(client), chef).post(
        CHANGELIST,
        {"action": "publish", "_selected_action": [entry.pk for entry in drafts]},
        follow=True,
    )
    texts = [str(m) for m in response.context["messages"]]
    assert texts == [message or f"{count} Einträge veröffentlicht."]


def test_history_shows_readable_german_values(client, chef, make_entry):
    entry = make_entry(status=Entry.Status.DRAFT)
    services.entry_publish(entry, by=chef)
    page = client_for(type(client), chef).get(change_url(entry).replace("change/", "history/"))
    diff = page.content.decode().split('id="change-history"')[1]
    assert "<del>Entwurf</del>" in diff and "<ins>Veröffentlicht</ins>" in diff
    assert "draft" not in diff and "published" not in diff


def test_setup_demo_prints_one_login_per_role(settings, capsys):
    settings.DEBUG = True
    call_command("setup_demo", "--port", "8001")
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8001/admin/" in out
    users = get_user_model().objects.filter(username__in=["redaktion", "chef"])
    roles = {user.username: [g.name for g in user.groups.all()] for user in users}
    assert roles == {"redaktion": ["Redaktion"], "chef": ["Chef vom Dienst"]}
    assert not any(user.is_superuser for user in users)
    assert "redaktion / " in out and "chef / " in out

"""Roles: "Redaktion" writes drafts; only "Chef vom Dienst" publishes, withdraws, pins, purges."""

import pytest
from django.test import Client

from summit.ticker.models import Entry, Ticker
from tests.editorial_helpers import (
    CHANGELIST,
    change_url,
    client_for,
    form_data,
)

PUBLISHING_ACTIONS = ["publish", "republish", "withdraw", "pin", "unpin"]


@pytest.fixture
def redaktion_client(redakteur):
    return client_for(Client, redakteur)


@pytest.fixture
def chef_client(chef):
    return client_for(Client, chef)


def test_the_two_roles_have_the_permissions_of_the_matrix(redakteur, chef):
    assert redakteur.has_perms(["ticker.add_entry", "ticker.change_entry", "ticker.view_entry"])
    assert redakteur.has_perms(["ticker.add_tag", "ticker.add_importbatch", "ticker.view_ticker"])
    assert not redakteur.has_perm("ticker.publish_entry")
    assert not redakteur.has_perm("ticker.purge_entry")
    assert not redakteur.has_perm("ticker.change_ticker")
    assert chef.has_perms(["ticker.publish_entry", "ticker.purge_entry", "ticker.change_entry"])
    assert chef.has_perms(["ticker.change_importbatch", "ticker.change_ticker"])
    assert not chef.has_perm("ticker.delete_entry")  # entries are withdrawn, never deleted


def add_entry_data(ticker, **extra):
    return {
        "ticker": ticker.pk,
        "title": "Neuer Eintrag",
        "body": "<p>Text</p>",
        "published_at_0": "14.08.2025",
        "published_at_1": "21:15:00",
        "position": 0,
        **extra,
    }


def test_a_new_entry_of_redaktion_is_an_unpinned_draft_even_when_the_post_says_otherwise(
    redaktion_client, redakteur, ticker
):
    response = redaktion_client.post(
        f"{CHANGELIST}add/", add_entry_data(ticker, status="published", pinned="on")
    )
    assert response.status_code == 302
    entry = Entry.objects.get(title="Neuer Eintrag")
    assert entry.status == Entry.Status.DRAFT
    assert not entry.pinned
    assert entry.created_by == entry.updated_by == redakteur


def test_redaktion_sees_status_and_pin_read_only(redaktion_client, make_entry):
    draft = make_entry(status=Entry.Status.DRAFT)
    form = redaktion_client.get(change_url(draft)).context["adminform"].form
    assert "title" in form.fields
    assert "status" not in form.fields
    assert "pinned" not in form.fields


def test_redaktion_edits_a_draft_but_crafted_status_and_pin_are_ignored(
    redaktion_client, make_entry
):
    draft = make_entry(status=Entry.Status.DRAFT)
    page = redaktion_client.get(change_url(draft))
    data = form_data(page, title="Entwurf überarbeitet", status="published", pinned="on")
    assert redaktion_client.post(change_url(draft), data).status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Entwurf überarbeitet"
    assert draft.status == Entry.Status.DRAFT
    assert not draft.pinned


@pytest.mark.parametrize("status", [Entry.Status.PUBLISHED, Entry.Status.WITHDRAWN])
def test_published_and_withdrawn_entries_are_read_only_for_redaktion(
    redaktion_client, chef_client, make_entry, status
):
    entry = make_entry(status=status, title="Original")
    page = redaktion_client.get(change_url(entry))
    assert page.status_code == 200
    assert page.context["has_change_permission"] is False
    crafted = form_data(chef_client.get(change_url(entry)), title="Überschrieben")
    assert redaktion_client.post(change_url(entry), crafted).status_code == 403
    entry.refresh_from_db()
    assert entry.title == "Original"
    assert entry.status == status


@pytest.mark.parametrize("action", PUBLISHING_ACTIONS)
def test_redaktion_is_not_offered_and_cannot_run_publishing_actions(
    redaktion_client, make_entry, action
):
    entries = [make_entry(status=Entry.Status.DRAFT), make_entry(status=Entry.Status.WITHDRAWN)]
    offered = [
        name
        for name, _label in redaktion_client.get(CHANGELIST)
        .context["action_form"]
        .fields["action"]
        .choices
    ]
    assert action not in offered
    revision = Ticker.objects.get().revision
    redaktion_client.post(
        CHANGELIST, {"action": action, "_selected_action": [e.pk for e in entries]}
    )
    for entry in entries:
        before = (entry.status, entry.pinned)
        entry.refresh_from_db()
        assert (entry.status, entry.pinned) == before
    assert Ticker.objects.get().revision == revision


def test_redaktion_adds_tags_to_drafts_only(redaktion_client, make_entry):
    from summit.ticker.models import Tag

    draft, published = make_entry(status=Entry.Status.DRAFT), make_entry()
    tag = Tag.objects.create(name="Eilmeldung")
    redaktion_client.post(
        CHANGELIST,
        {
            "action": "add_tag",
            "_selected_action": [draft.pk, published.pk],
            "apply": "1",
            "tag": tag.pk,
        },
    )
    assert list(tag.entries.all()) == [draft]


def test_chef_publishes_pins_and_withdraws_through_the_form(chef_client, make_entry, chef):
    draft = make_entry(status=Entry.Status.DRAFT)
    data = form_data(chef_client.get(change_url(draft)), status="published", pinned="on")
    assert chef_client.post(change_url(draft), data).status_code == 302
    draft.refresh_from_db()
    assert (draft.status, draft.pinned, draft.updated_by) == (Entry.Status.PUBLISHED, True, chef)
    data = form_data(chef_client.get(change_url(draft)), status="withdrawn", pinned=None)
    assert chef_client.post(change_url(draft), data).status_code == 302
    draft.refresh_from_db()
    assert (draft.status, draft.pinned) == (Entry.Status.WITHDRAWN, False)


@pytest.mark.parametrize(
    ("action", "start", "expected"),
    [
        ("publish", {"status": Entry.Status.DRAFT}, ("published", False)),
        ("withdraw", {}, ("withdrawn", False)),
        ("pin", {}, ("published", True)),
        ("unpin", {"pinned": True}, ("published", False)),
        ("republish", {"status": Entry.Status.WITHDRAWN}, ("published", False)),
    ],
)
def test_chef_runs_publishing_actions(chef_client, make_entry, action, start, expected):
    entry = make_entry(**start)
    response = chef_client.post(CHANGELIST, {"action": action, "_selected_action": [entry.pk]})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.status, entry.pinned) == expected


def test_editors_see_who_created_and_last_changed_each_entry(
    chef_client, make_entry, redakteur, chef
):
    from summit.ticker import services

    entry = make_entry(status=Entry.Status.DRAFT, by=redakteur)
    services.entry_update(entry, by=chef, title="Vom CvD geändert")
    listing = chef_client.get(CHANGELIST).content.decode()
    assert "redakteur" in listing and "cvd" in listing
    page = chef_client.get(change_url(entry)).content.decode().lower()
    assert "angelegt von" in page and "redakteur" in page
    assert "geändert von" in page and "cvd" in page


def test_purge_is_refused_to_redaktion(redaktion_client, make_entry):
    entry = make_entry(title="Bleibt")
    url = f"{CHANGELIST}{entry.pk}/purge/"
    assert redaktion_client.get(url).status_code == 403
    assert redaktion_client.post(url, {"reason": "Versuch"}).status_code == 403
    entry.refresh_from_db()
    assert entry.title == "Bleibt"
    assert entry.history.exists()
    assert "/purge/" not in redaktion_client.get(change_url(entry)).content.decode()

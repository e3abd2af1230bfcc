"""The review queue in the admin: its count in the navigation, the list of waiting entries."""

import pytest

from summit.ticker import services
from summit.ticker.models import Author, Entry
from tests.editorial_helpers import CHANGELIST, change_url, client_for
from tests.newsroom.test_editor_fixes import add_form_data

pytestmark = pytest.mark.django_db

QUEUE = f"{CHANGELIST}?status__exact=draft&in_review__exact=1"


def test_chiefs_see_the_queue_count_and_list_in_the_admin(client, chef, redakteur, make_entry):
    waiting = make_entry(title="Wartet", status=Entry.Status.DRAFT)
    services.entry_hand_in(waiting, by=redakteur)
    make_entry(title="Nur Entwurf", status=Entry.Status.DRAFT)
    chief = client_for(type(client), chef)
    index = chief.get("/admin/").content.decode()
    assert "Zur Freigabe (1)" in index and "/redaktion/" in index
    listing = chief.get(QUEUE)
    assert listing.status_code == 200
    assert [entry.pk for entry in listing.context["cl"].result_list] == [waiting.pk]


def test_editors_see_the_way_to_the_composer_but_no_queue(client, redakteur):
    index = client_for(type(client), redakteur).get("/admin/").content.decode()
    assert "/redaktion/" in index and "Zur Freigabe (" not in index


def test_authors_are_chosen_in_the_admin_form(client, chef, make_entry):
    entry = make_entry(status=Entry.Status.DRAFT)
    anna = Author.objects.create(name="Anna Berg", role="Anchorage")
    editor = client_for(type(client), chef)
    page = editor.get(change_url(entry))
    data = add_form_data(page, authors=[anna.pk])
    assert editor.post(change_url(entry), data).status_code == 302
    entry.refresh_from_db()
    assert entry.bylines == [{"name": "Anna Berg", "role": "Anchorage"}]

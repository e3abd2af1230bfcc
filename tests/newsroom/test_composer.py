"""The composer at /redaktion/: who may use it, what one send does, and the entry list."""

import pytest

from summit.ticker.models import Entry, Speaker, Tag
from tests.editorial_helpers import client_for

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def composer_url(ticker) -> str:
    return f"/redaktion/{ticker.slug}/"


def send(client, ticker, **fields):
    data = {"title": "Gipfel beginnt", "body": "Erster Satz. Zweiter Satz.", **fields}
    return client.post(composer_url(ticker), data, headers=HTMX)


def test_composer_needs_a_login(client, ticker):
    response = client.get(composer_url(ticker))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_composer_is_refused_to_users_without_a_role(client, django_user_model, ticker):
    nobody = django_user_model.objects.create_user("leser", "", "pw-123456", is_staff=True)
    response = client_for(type(client), nobody).post(composer_url(ticker), {"body": "x"})
    assert response.status_code == 403
    assert not Entry.objects.exists()


def test_the_page_is_private_and_offers_the_role_s_button(client, chef, redakteur, ticker):
    chief_page = client_for(type(client), chef).get(composer_url(ticker))
    editor_page = client_for(type(client), redakteur).get(composer_url(ticker))
    assert chief_page.status_code == editor_page.status_code == 200
    assert "Veröffentlichen</button>" in chief_page.content.decode()
    assert "Zur Freigabe</button>" in editor_page.content.decode()
    assert "no-store" in chief_page["Cache-Control"] and "private" in chief_page["Cache-Control"]
    assert chief_page["X-Robots-Tag"] == "noindex, nofollow"
    assert 'for="id_body"' in chief_page.content.decode()  # every field has its label


def test_a_chief_publishes_in_one_send_with_new_names(client, chef, ticker):
    response = send(
        client_for(type(client), chef),
        ticker,
        body="Erster Satz.\n\nZweiter Satz.",
        speaker="Neue Sprecherin",
        source="dpa",
        tags="Gipfel, Sicherheit",
        key_event="on",
    )
    assert response.status_code == 200
    entry = Entry.objects.get()
    assert entry.status == Entry.Status.PUBLISHED and entry.pinned
    assert entry.body == "<p>Erster Satz.</p><p>Zweiter Satz.</p>"
    assert entry.speaker == Speaker.objects.get(name="Neue Sprecherin")
    assert sorted(entry.tags.values_list("name", flat=True)) == ["Gipfel", "Sicherheit"]
    assert entry.created_by == chef
    html = response.content.decode()
    assert 'id="composer"' in html and "Veröffentlicht." in html
    assert 'hx-swap-oob="true"' in html and f"newsroom-entry-{entry.pk}" in html
    ticker.refresh_from_db()
    assert ticker.revision > 0  # readers' polls learn of it


def test_an_editor_hands_in_for_review_and_cannot_pin(client, redakteur, ticker):
    send(client_for(type(client), redakteur), ticker, key_event="on")
    entry = Entry.objects.get()
    assert entry.status == Entry.Status.DRAFT and not entry.pinned
    ticker.refresh_from_db()
    assert ticker.revision == 0  # nothing readers see


def test_existing_names_are_reused_whatever_the_case(client, chef, ticker):
    Tag.objects.create(name="Gipfel")
    send(client_for(type(client), chef), ticker, tags="gipfel,  GIPFEL ")
    assert Tag.objects.count() == 1
    assert list(Entry.objects.get().tags.values_list("name", flat=True)) == ["Gipfel"]


def test_an_empty_text_is_refused_and_nothing_stored(client, chef, ticker):
    response = send(client_for(type(client), chef), ticker, body="  <p> </p> ")
    assert response.status_code == 200
    assert "Bitte einen Text schreiben." in response.content.decode()
    assert not Entry.objects.exists()


def test_without_htmx_the_send_redirects_back(client, chef, ticker):
    response = client_for(type(client), chef).post(
        composer_url(ticker), {"title": "Ohne Skript", "body": "Text"}
    )
    assert response.status_code == 302 and response["Location"] == composer_url(ticker)


def test_drafts_come_first_with_the_chief_s_actions(client, chef, redakteur, make_entry, ticker):
    published = make_entry(title="Alt")
    waiting = make_entry(title="Wartet", status=Entry.Status.DRAFT, by=redakteur)
    html = client_for(type(client), chef).get(composer_url(ticker)).content.decode()
    assert html.index(f"newsroom-entry-{waiting.pk}") < html.index(f"newsroom-entry-{published.pk}")
    assert f"/entries/{waiting.pk}/publish/" in html
    assert f"/entries/{published.pk}/withdraw/" in html


def test_a_chief_publishes_a_waiting_entry_in_one_step(client, chef, redakteur, make_entry, ticker):
    waiting = make_entry(title="Wartet", status=Entry.Status.DRAFT, by=redakteur)
    url = f"{composer_url(ticker)}entries/{waiting.pk}/publish/"
    response = client_for(type(client), chef).post(url, headers=HTMX)
    assert response.status_code == 200
    waiting.refresh_from_db()
    assert waiting.status == Entry.Status.PUBLISHED


def test_an_editor_cannot_publish_or_withdraw(client, redakteur, make_entry, ticker):
    draft = make_entry(status=Entry.Status.DRAFT)
    published = make_entry()
    editor = client_for(type(client), redakteur)
    for entry, action in ((draft, "publish"), (published, "withdraw"), (published, "pin")):
        url = f"{composer_url(ticker)}entries/{entry.pk}/{action}/"
        assert editor.post(url).status_code == 403
    assert list(Entry.objects.order_by("pk").values_list("status", "pinned")) == [
        (Entry.Status.DRAFT, False),
        (Entry.Status.PUBLISHED, False),
    ]
    html = editor.get(composer_url(ticker)).content.decode()
    assert "/publish/" not in html and "/withdraw/" not in html


def test_an_unknown_action_is_refused(client, chef, make_entry, ticker):
    entry = make_entry()
    url = f"{composer_url(ticker)}entries/{entry.pk}/delete/"
    assert client_for(type(client), chef).post(url).status_code == 403
    assert Entry.objects.filter(pk=entry.pk, status=Entry.Status.PUBLISHED).exists()

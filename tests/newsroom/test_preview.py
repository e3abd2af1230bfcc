"""Preview links: a draft as readers will see it, for 24 hours, private and never public."""

import datetime as dt

import pytest
from django.core import signing

from summit.newsroom import preview
from summit.newsroom.preview import preview_url
from summit.ticker import services
from summit.ticker.models import Entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(make_entry):
    make_entry(title="Schon öffentlich")
    return make_entry(title="Noch geheim", status=Entry.Status.DRAFT)


def test_the_preview_shows_the_draft_in_page_and_embed_without_an_account(client, draft, ticker):
    url = preview_url(draft)
    for address in (url, f"{url}embed/"):
        response = client.get(address)
        html = response.content.decode()
        assert response.status_code == 200, address
        assert f'id="entry-{draft.pk}"' in html and "Schon öffentlich" in html
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= cache_control
        assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_the_preview_counts_nowhere_public(client, draft, ticker):
    client.get(preview_url(draft))
    page = client.get(f"/ticker/{ticker.slug}/").content.decode()
    assert "Noch geheim" not in page
    assert client.get(f"/ticker/{ticker.slug}/entries/{draft.pk}/").status_code == 404


def test_an_expired_or_forged_link_shows_nothing(client, draft, monkeypatch):
    url = preview_url(draft)
    monkeypatch.setattr(preview, "PREVIEW_TTL", dt.timedelta(seconds=-1))
    expired = client.get(url)
    assert expired.status_code == 410 and "Noch geheim" not in expired.content.decode()
    monkeypatch.undo()
    forged = signing.TimestampSigner(salt="other").sign_object({"entry": draft.pk})
    assert client.get(f"/redaktion/vorschau/{forged}/").status_code == 410


def test_a_published_entry_s_preview_leads_to_its_permalink(client, draft):
    url = preview_url(draft)
    services.entry_publish(draft)
    response = client.get(url)
    assert response.status_code == 302 and response["Location"] == draft.get_absolute_url()


def test_the_composer_offers_the_preview_of_drafts(client, chef, draft, ticker):
    client.force_login(chef)
    html = client.get(f"/redaktion/{ticker.slug}/").content.decode()
    assert "/redaktion/vorschau/" in html

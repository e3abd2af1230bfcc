"""A search that runs into the public read timeout: a friendly 503, never a 500, never kept."""

import pytest

from summit.ticker.querysets import EntryQuerySet, SearchTooExpensive

pytestmark = pytest.mark.django_db


@pytest.fixture
def slow_search(monkeypatch):
    """Every search runs over the statement timeout (PostgreSQL cancels it)."""
    page = EntryQuerySet.page

    def cancelled_when_searching(self, filters, *args, **kwargs):
        if filters.q:
            raise SearchTooExpensive("canceling statement due to statement timeout")
        return page(self, filters, *args, **kwargs)

    monkeypatch.setattr(EntryQuerySet, "page", cancelled_when_searching)


def test_timeline_search_answers_503_in_the_site_layout(client, make_entry, slow_search):
    make_entry()
    response = client.get("/ticker/test-ticker/?q=zzzznotfound")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert "Diese Suche dauert zu lange." in html
    assert 'class="site-footer"' in html
    assert 'href="/ticker/test-ticker/"' in html
    assert "ETag" not in response


def test_a_503_is_never_kept(client, make_entry, slow_search, monkeypatch):
    make_entry()
    assert client.get("/ticker/test-ticker/?q=Text").status_code == 503
    monkeypatch.undo()
    assert client.get("/ticker/test-ticker/?q=Text").status_code == 200


def test_embed_search_answers_503_in_the_frame(client, ticker, make_entry, slow_search):
    ticker.embed_origins = ["https://partner.example"]
    ticker.save()
    response = client.get("/ticker/test-ticker/embed/?q=Text&lang=en")
    assert response.status_code == 503
    assert "https://partner.example" in response["Content-Security-Policy"]
    assert 'href="/ticker/test-ticker/embed/?lang=en" target="_top"' in response.content.decode()


@pytest.mark.parametrize(
    "url", ["/ticker/test-ticker/entries.json?q=x", "/ticker/test-ticker/feed/?q=x"]
)
def test_api_and_feed_answer_503_as_json(client, make_entry, slow_search, url):
    make_entry()
    response = client.get(url)
    assert response.status_code == 503
    assert "error" in response.json()


def test_pages_without_a_search_are_unaffected(client, make_entry, slow_search):
    make_entry()
    assert client.get("/ticker/test-ticker/").status_code == 200

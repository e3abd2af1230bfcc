"""oEmbed answers for our ticker and entry URLs with the iframe snippet, and only for ours."""

import pytest

from summit.ticker.models import Entry

pytestmark = pytest.mark.django_db


def oembed(client, url, **params):
    return client.get("/oembed", {"url": url, **params})


def test_ticker_url_gives_rich_iframe_snippet(client, ticker):
    response = oembed(client, "http://testserver/ticker/test-ticker/")

    assert response.status_code == 200
    data = response.json()
    assert data["version"] == "1.0"
    assert data["type"] == "rich"
    assert data["title"] == "Testticker"
    assert data["width"] and data["height"]
    html = data["html"]
    assert 'src="http://testserver/ticker/test-ticker/embed/"' in html
    assert 'loading="lazy"' in html
    assert 'title="Liveticker: Testticker"' in html
    assert '<script src="http://testserver/static/ticker/embed-resize.js" async></script>' in html


def test_filters_of_the_url_carry_into_the_frame(client, ticker):
    data = oembed(
        client, "http://testserver/ticker/test-ticker/?tag=atomwaffen&before=1_2_3"
    ).json()
    assert 'src="http://testserver/ticker/test-ticker/embed/?tag=atomwaffen"' in data["html"]


def test_entry_url_embeds_its_ticker_titled_after_the_entry(client, ticker, make_entry):
    entry = make_entry(title="Trump landet in Anchorage")
    data = oembed(client, f"http://testserver/ticker/test-ticker/entries/{entry.pk}/").json()
    assert data["title"] == "Trump landet in Anchorage"
    assert "/ticker/test-ticker/embed/" in data["html"]


def test_maxwidth_and_maxheight_are_respected(client, ticker):
    data = oembed(
        client, "http://testserver/ticker/test-ticker/", maxwidth="400", maxheight="300"
    ).json()
    assert data["width"] <= 400
    assert data["height"] <= 300
    assert 'height="300"' in data["html"]


def test_site_url_host_is_ours_too(client, ticker, settings):
    settings.SITE_URL = "https://ticker.example.org"
    data = oembed(client, "https://ticker.example.org/ticker/test-ticker/").json()
    assert 'src="https://ticker.example.org/ticker/test-ticker/embed/"' in data["html"]


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/ticker/test-ticker/",
        "http://testserver.evil.example/ticker/test-ticker/",
        "http://testserver/admin/",
        "http://testserver/ticker/gibt-es-nicht/",
        "javascript:alert(1)",
    ],
)
def test_foreign_or_unknown_urls_are_404(client, ticker, url):
    assert oembed(client, url).status_code == 404


def test_unpublished_entry_is_404(client, ticker, make_entry):
    draft = make_entry(status=Entry.Status.DRAFT)
    url = f"http://testserver/ticker/test-ticker/entries/{draft.pk}/"
    assert oembed(client, url).status_code == 404


def test_xml_format_is_501(client, ticker):
    response = oembed(client, "http://testserver/ticker/test-ticker/", format="xml")
    assert response.status_code == 501


def test_missing_url_is_400(client):
    assert client.get("/oembed").status_code == 400


def test_ticker_and_entry_pages_link_to_oembed_and_feed(client, ticker, make_entry):
    entry = make_entry()
    for path in ("/ticker/test-ticker/", f"/ticker/test-ticker/entries/{entry.pk}/"):
        html = client.get(path).content.decode()
        page_url = f"http%3A%2F%2Ftestserver{path.replace('/', '%2F')}"
        assert (
            '<link rel="alternate" type="application/json+oembed" '
            f'href="http://testserver/oembed?url={page_url}"'
        ) in html
        assert (
            'type="application/atom+xml" href="http://testserver/ticker/test-ticker/feed/"' in html
        )

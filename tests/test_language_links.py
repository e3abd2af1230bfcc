"""A reader who chose English (?lang=en) stays in English on every link of the public pages;
German pages (the default) carry no lang parameter at all."""

from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest

from summit.ticker import services
from summit.ticker.models import Ticker

pytestmark = pytest.mark.django_db


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.hidden_lang: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if tag == "input" and attrs.get("type") == "hidden" and attrs.get("name") == "lang":
            self.hidden_lang.append(attrs.get("value"))


def collect(response) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(response.content.decode())
    return collector


def internal_links(hrefs: list[str]) -> list[str]:
    """Links to our ticker pages, relative or absolute (the embed links to the full ticker)."""
    return [h for h in hrefs if urlsplit(h).path.startswith("/ticker/")]


def languages(href: str) -> list[str]:
    return parse_qs(urlsplit(href).query).get("lang", [])


def assert_all_english(hrefs: list[str]) -> None:
    links = internal_links(hrefs)
    assert links
    without = [h for h in links if languages(h) != ["en"]]
    assert without == []


def assert_none_with_language(hrefs: list[str]) -> None:
    links = internal_links(hrefs)
    assert links
    assert [h for h in links if languages(h)] == []


def entry_with_everything(alaska):
    """An entry of the fixture with speaker, source and tags, so every kind of link occurs."""
    entry = (
        alaska.entries.published()
        .filter(speaker__isnull=False, source__isnull=False, tags__isnull=False)
        .first()
    )
    assert entry is not None
    return entry


def test_every_timeline_link_keeps_english(client, alaska):
    response = client.get("/ticker/alaska-gipfel/?lang=en")
    page = collect(response)

    assert_all_english(page.hrefs)
    kinds = " ".join(internal_links(page.hrefs))
    for kind in ("speaker=", "source=", "tag=", "/entries/", "#entry-"):
        assert kind in kinds
    assert page.hidden_lang == ["en"]  # the filter form, with and without JavaScript
    assert languages([h for h in page.hrefs if h.startswith("/?") or h == "/"][0]) == ["en"]


def test_german_timeline_links_carry_no_language(client, alaska):
    page = collect(client.get("/ticker/alaska-gipfel/"))

    assert_none_with_language(page.hrefs)
    assert page.hidden_lang == []


def test_filtered_and_paged_links_keep_english(client, alaska):
    response = client.get("/ticker/alaska-gipfel/?lang=en&tag=diplomatie")
    assert_all_english(collect(response).hrefs)


def test_permalink_page_keeps_english_including_the_way_back(client, alaska):
    entry = entry_with_everything(alaska)
    page = collect(client.get(f"{entry.get_absolute_url()}?lang=en"))

    assert_all_english(page.hrefs)
    back = [h for h in page.hrefs if f"#entry-{entry.pk}" in h]
    assert back and languages(back[0]) == ["en"]

    german = collect(client.get(entry.get_absolute_url()))
    assert_none_with_language(german.hrefs)


def test_embed_links_keep_english(client, alaska):
    page = collect(client.get("/ticker/alaska-gipfel/embed/?lang=en&theme=dark"))
    assert_all_english(page.hrefs)
    assert_none_with_language(collect(client.get("/ticker/alaska-gipfel/embed/")).hrefs)


def test_notice_pages_and_the_ticker_list_keep_english(client, alaska):
    entry = entry_with_everything(alaska)
    services.entry_withdraw(entry)
    gone = client.get(f"{entry.get_absolute_url()}?lang=en")
    assert gone.status_code == 410
    assert_all_english(collect(gone).hrefs)
    invalid = client.get("/ticker/alaska-gipfel/?day=2025-13-45&lang=en")
    assert invalid.status_code == 400
    assert_all_english(collect(invalid).hrefs)

    Ticker.objects.create(slug="zweiter", title="Zweiter Ticker", status=Ticker.Status.LIVE)
    assert_all_english(collect(client.get("/?lang=en")).hrefs)
    assert_none_with_language(collect(client.get("/")).hrefs)

"""The public timeline: filters, search, paging, permalinks, structured data, robust parameters."""

import datetime as dt
import html
import json
import re

import pytest
from django.db import connection
from django.test import override_settings

from summit.ticker import services
from summit.ticker.filters import Cursor, InvalidFilter, TimelineFilters
from summit.ticker.models import Entry, Tag

from .conftest import BERLIN

URL = "/ticker/alaska-gipfel/"
HTMX = {"HX-Request": "true"}
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL (German full-text search)"
)


def article_ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'<article id="entry-(\d+)"', html)]


def shown(client, url: str, **headers) -> list[int]:
    response = client.get(url, headers=headers)
    assert response.status_code == 200, response.content[:500]
    return article_ids(response.content.decode())


def newest_first(queryset) -> list[int]:
    return list(queryset.published().newest_first().values_list("pk", flat=True))


def next_url(html: str) -> str | None:
    match = re.search(r'<nav class="pager" id="pager".*?href="([^"]+)"', html, re.S)
    return match.group(1).replace("&amp;", "&") if match else None


# --- filters on the Alaska fixture -------------------------------------------------------


def test_speaker_filter_shows_only_his_entries(client, alaska):
    peskow = alaska.entries.get(speaker__slug="dmitri-peskow")
    assert shown(client, URL + "?speaker=dmitri-peskow") == [peskow.pk]


def test_source_filter(client, alaska):
    expected = newest_first(alaska.entries.filter(source__slug="corriere-della-sera"))
    assert len(expected) == 2
    assert shown(client, URL + "?source=corriere-della-sera") == expected


def test_several_tags_show_entries_with_any_of_them(client, alaska):
    nuclear = set(alaska.entries.filter(tags__slug="atomwaffen").values_list("pk", flat=True))
    diplomacy = set(alaska.entries.filter(tags__slug="diplomatie").values_list("pk", flat=True))
    either = shown(client, URL + "?tag=atomwaffen&tag=diplomatie")
    assert set(either) == nuclear | diplomacy
    assert len(either) == len(set(either))  # an entry with both tags appears once
    assert set(shown(client, URL + "?tag=gibt-es-nicht&tag=atomwaffen")) == nuclear


def test_tags_combine_with_other_filters_by_and(client, ticker, make_entry):
    summit, truce = Tag.objects.create(name="Gipfel"), Tag.objects.create(name="Waffenruhe")
    both = make_entry(title="Gipfel mit Waffenruhe", tags=[summit, truce])
    only_summit = make_entry(title="Nur Gipfel", tags=[summit])
    make_entry(title="Ohne Schlagwort")
    url = ticker.get_absolute_url()
    assert shown(client, url + "?tag=gipfel&tag=waffenruhe") == [only_summit.pk, both.pk]
    assert shown(client, url + "?tag=gipfel&tag=waffenruhe&q=Waffenruhe") == [both.pk]


def test_day_filter_uses_the_tickers_time_zone(client, alaska):
    sunday = alaska.entries.get(published_at=dt.datetime(2025, 8, 10, 12, 47, tzinfo=BERLIN))
    assert shown(client, URL + "?day=2025-08-10") == [sunday.pk]
    assert len(shown(client, URL + "?day=2025-08-14")) == 17
    assert shown(client, URL + "?day=2025-08-11") == []


def test_oldest_first_reverses_the_order(client, alaska):
    expected = newest_first(alaska.entries.all())
    assert shown(client, URL + "?order=oldest") == expected[::-1]


def test_filters_combine(client, alaska):
    expected = newest_first(
        alaska.entries.filter(speaker__slug="donald-trump", tags__slug="waffenruhe")
    )
    assert expected
    assert (
        shown(client, URL + "?speaker=donald-trump&tag=waffenruhe&order=oldest") == expected[::-1]
    )


def test_unknown_slugs_give_a_friendly_empty_list(client, alaska):
    response = client.get(URL + "?speaker=niemand&tag=gibt-es-nicht")
    assert response.status_code == 200
    html = response.content.decode()
    assert article_ids(html) == []
    assert "Keine Einträge passen zu diesen Filtern." in html


def test_facet_counts_list_speakers_sources_and_days_that_occur(client, alaska):
    html = client.get(URL).content.decode()
    assert '<option value="donald-trump">Donald Trump (3)</option>' in html
    assert '<option value="rt-de">RT DE (11)</option>' in html
    assert '<option value="2025-08-10">Sonntag, 10. August 2025 (1)</option>' in html
    assert "wolodymyr-selenskyj" not in html.split('id="filter-speaker"')[1].split("</select>")[0]


def test_the_filter_form_works_without_javascript(client, alaska):
    """A plain form submission sends every field, empty ones included."""
    query = "?q=&speaker=dmitri-peskow&source=&day=&order=newest"
    assert len(shown(client, URL + query)) == 1


# --- search -------------------------------------------------------------------------------


def test_search_matches_a_substring_and_marks_it(client, alaska):
    response = client.get(URL + "?q=Flugzeug")
    html = response.content.decode()
    ids = article_ids(html)
    assert alaska.entries.get(title="In welchem Flugzeug sitzt Putin?").pk in ids
    assert "<mark>Flugzeug</mark>" in html


@on_postgresql
@pytest.mark.postgres
def test_german_full_text_search_matches_inflected_forms(client, ticker, make_entry):
    found = make_entry(title="Gipfel", body="<p>Die Verhandlungen dauern an.</p>")
    make_entry(title="Anderes", body="<p>Wetter in Anchorage.</p>")
    ids = shown(client, ticker.get_absolute_url() + "?q=Verhandlung")
    assert ids == [found.pk]


def test_highlighting_keeps_markup_and_escapes_titles(client, ticker, make_entry):
    make_entry(
        title="<b>Verhandlung</b> & mehr",
        body='<p>Die <a href="https://example.org/verhandlung">Verhandlungen</a> laufen.</p>',
    )
    html = client.get(ticker.get_absolute_url() + "?q=verhandlung").content.decode()
    if connection.vendor != "postgresql":
        assert "&lt;b&gt;<mark>Verhandlung</mark>&lt;/b&gt; &amp; mehr" in html
    assert '<a href="https://example.org/verhandlung" rel="noopener nofollow">' in html
    assert "<mark>Verhandlungen</mark></a>" in html


# --- paging -------------------------------------------------------------------------------


def follow_pages(client, url: str) -> list[list[int]]:
    pages = []
    while url:
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        pages.append(article_ids(html))
        url = next_url(html)
    return pages


def test_paging_walks_all_entries_in_pages_of_twenty(client, ticker, make_entry):
    entries = [make_entry() for _ in range(45)]
    pages = follow_pages(client, ticker.get_absolute_url())
    assert [len(p) for p in pages] == [20, 20, 5]
    assert sum(pages, []) == [e.pk for e in reversed(entries)]


def test_paging_combines_with_filters_and_order(client, ticker, make_entry):
    tag = Tag.objects.create(name="Gipfel")
    tagged = [make_entry(tags=[tag]) if n % 2 else make_entry() for n in range(50)]
    expected = [e.pk for e in tagged if e.tags.exists()]
    pages = follow_pages(client, ticker.get_absolute_url() + "?tag=gipfel&order=oldest")
    assert [len(p) for p in pages] == [20, 5]
    assert sum(pages, []) == expected


def test_same_time_entries_page_by_position_then_id(client, ticker, make_entry):
    moment = dt.datetime(2025, 8, 14, 21, 15, tzinfo=BERLIN)
    entries = [make_entry(published_at=moment, position=n % 3) for n in range(30)]
    pages = follow_pages(client, ticker.get_absolute_url())
    expected = sorted(entries, key=lambda e: (e.position, e.pk), reverse=True)
    assert sum(pages, []) == [e.pk for e in expected]


def test_new_entries_between_page_loads_neither_duplicate_nor_skip(client, ticker, make_entry):
    before = [make_entry() for _ in range(30)]
    first = client.get(ticker.get_absolute_url()).content.decode()
    # Meanwhile the newsroom publishes more, some at the very same minute as the page's edge.
    edge = Entry.objects.get(pk=article_ids(first)[-1])
    make_entry(published_at=edge.published_at + dt.timedelta(hours=5))
    make_entry(published_at=edge.published_at, position=edge.position + 1)
    second = client.get(next_url(first)).content.decode()
    seen = article_ids(first) + article_ids(second)
    assert len(seen) == len(set(seen)) == 30
    assert seen == [e.pk for e in reversed(before)]


def test_load_more_for_htmx_returns_only_the_next_entries_and_pager(client, ticker, make_entry):
    for _ in range(25):
        make_entry()
    first = client.get(ticker.get_absolute_url()).content.decode()
    response = client.get(next_url(first), headers=HTMX)
    html = response.content.decode()
    assert len(article_ids(html)) == 5
    assert "<html" not in html
    assert 'id="entry-list"' not in html
    assert "day-heading" not in html  # the day continues from the page above


def test_permalink_links_back_to_the_page_that_starts_with_the_entry(client, ticker, make_entry):
    entries = [make_entry() for _ in range(30)]
    old = entries[3]
    html = client.get(old.get_absolute_url()).content.decode()
    place = re.search(r'<nav class="back".*?href="([^"]+)"', html, re.S).group(1)
    assert place.endswith(f"#entry-{old.pk}")
    ids = shown(client, place.replace("&amp;", "&").split("#")[0])
    assert ids[0] == old.pk
    assert ids == [e.pk for e in reversed(entries[:4])]


# --- queries and caching ------------------------------------------------------------------


def bulk_entries(ticker, count: int) -> None:
    start = dt.datetime(2025, 8, 1, tzinfo=BERLIN)
    Entry.objects.bulk_create(
        Entry(
            ticker=ticker,
            title=f"Eintrag {n}",
            body=f"<p>Text {n}</p>",
            body_text=f"Text {n}",
            published_at=start + dt.timedelta(minutes=n),
            status=Entry.Status.PUBLISHED,
        )
        for n in range(count)
    )


@pytest.mark.parametrize("count", [20, 2000])
def test_page_queries_do_not_grow_with_the_ticker(
    client, ticker, make_entry, django_assert_num_queries, count, settings
):
    settings.TICKER_REVISION_TTL = 60  # the cached revision outlives a slow, busy machine
    tag = Tag.objects.create(name="Gipfel")
    make_entry(tags=[tag], pinned=True)
    bulk_entries(ticker, count)
    url = ticker.get_absolute_url()
    client.get(url)  # computes the facet counts of this revision once, and keeps the page
    with django_assert_num_queries(0):  # the next reader of this URL at this revision
        assert client.get(url).status_code == 200
    # Another URL, its entries not rendered yet: the ticker, the page's rows, then those
    # entries in full with their tags, pictures and posts; facets and pinned entries come
    # from the cache.
    with django_assert_num_queries(6):
        assert client.get(url + "?order=oldest").status_code == 200
    # Rendered fresh again (no kept answer), each entry's HTML and the JSON-LD kept: the
    # ticker and the page's rows only.
    settings.TICKER_KEEP_PAGES = False
    with django_assert_num_queries(2):
        assert client.get(url + "?order=oldest").status_code == 200
    settings.TICKER_KEEP_PAGES = True
    # On PostgreSQL a search first reads the matching ids through the full-text index, under
    # a statement timeout (set, read, reset; a savepoint around it inside the test).
    search_queries = 6 + (5 if connection.vendor == "postgresql" else 0)
    with django_assert_num_queries(search_queries):
        assert client.get(url + "?tag=gipfel&q=Text").status_code == 200


def test_facet_counts_follow_the_revision(
    client, ticker, make_entry, django_capture_on_commit_callbacks
):
    make_entry(speaker=None)
    from summit.ticker.models import Speaker

    putin = Speaker.objects.create(name="Wladimir Putin")
    client.get(ticker.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):  # as after a real commit
        make_entry(speaker=putin)
    html = client.get(ticker.get_absolute_url()).content.decode()
    assert "Wladimir Putin (1)" in html


# --- htmx and caches ------------------------------------------------------------------------


def test_htmx_gets_the_results_region_and_a_canonical_history_url(client, alaska):
    response = client.get(
        URL + "?tag=diplomatie&speaker=dmitri-peskow&q=&source=&org.htmx.cache-buster=results",
        headers=HTMX,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="results"')
    assert 'id="entry-list"' in html
    assert response["HX-Push-Url"] == URL + "?speaker=dmitri-peskow&tag=diplomatie"
    assert "HX-Request" in response["Vary"]


def test_page_and_fragment_vary_on_hx_request(client, alaska):
    response = client.get(URL)
    assert "HX-Request" in response["Vary"]
    assert "<html" in response.content.decode()


def test_htmx_history_restore_gets_the_full_page(client, alaska):
    headers = {**HTMX, "HX-History-Restore-Request": "true"}
    assert "<html" in client.get(URL, headers=headers).content.decode()


def test_english_interface_keeps_the_language_in_links(client, ticker, make_entry):
    for _ in range(21):
        make_entry()
    html = client.get(ticker.get_absolute_url() + "?lang=en").content.decode()
    assert "&amp;lang=en" in html or "?lang=en" in html.split('id="pager"')[1]


# --- permalinks -----------------------------------------------------------------------------


@override_settings(SITE_URL="https://ticker.example.org")
def test_permalink_has_card_tags_and_canonical(client, alaska):
    entry = alaska.entries.get(speaker__slug="dmitri-peskow")
    response = client.get(entry.get_absolute_url())
    html = response.content.decode()
    canonical = f"https://ticker.example.org/ticker/alaska-gipfel/entries/{entry.pk}/"
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert f'<meta property="og:url" content="{canonical}">' in html
    assert '<meta property="og:title" content="Peskow: Besser keine Vorhersagen machen">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert article_ids(html) == [entry.pk]


def test_withdrawn_entry_answers_410(client, ticker, make_entry):
    entry = services.entry_withdraw(make_entry())
    response = client.get(entry.get_absolute_url())
    assert response.status_code == 410
    assert "zurückgezogen" in response.content.decode()


def test_draft_entry_is_not_found(client, ticker, make_entry):
    entry = make_entry(status=Entry.Status.DRAFT)
    assert client.get(entry.get_absolute_url()).status_code == 404
    assert entry.pk not in shown(client, ticker.get_absolute_url())


def test_entry_shows_correction_and_when_it_was_said(client, ticker, make_entry):
    make_entry(
        said_at=dt.datetime(2025, 8, 13, 18, 30, tzinfo=BERLIN),
        correction_note="Zitat präzisiert.",
        corrected_at=dt.datetime(2025, 8, 14, 22, 5, tzinfo=BERLIN),
    )
    html = client.get(ticker.get_absolute_url()).content.decode()
    assert '<p class="entry-correction">Korrigiert um 22:05 Uhr: Zitat präzisiert.</p>' in html
    assert "Aussage vom 13.08., 18:30 Uhr" in html


# --- structured data ------------------------------------------------------------------------


def structured_data(html: str) -> dict:
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(block.group(1))


def test_json_ld_has_one_live_blog_update_per_shown_entry(client, alaska):
    html = client.get(URL).content.decode()
    data = structured_data(html)
    assert data["@type"] == "LiveBlogPosting"
    assert "coverageStartTime" in data
    updates = data["liveBlogUpdate"]
    assert len(updates) == len(article_ids(html)) == 18
    first = updates[0]
    assert first["@type"] == "BlogPosting"
    assert first["headline"] == "In welchem Flugzeug sitzt Putin?"
    assert {"datePublished", "articleBody", "author", "publisher"} <= set(first)
    filtered = client.get(URL + "?speaker=dmitri-peskow").content.decode()
    assert len(structured_data(filtered)["liveBlogUpdate"]) == 1


def test_json_ld_cannot_break_out_of_its_script(client, ticker, make_entry):
    make_entry(title="</script><script>alert(1)</script>")
    html = client.get(ticker.get_absolute_url()).content.decode()
    assert "<script>alert" not in html
    assert structured_data(html)["liveBlogUpdate"][0]["headline"].startswith("</script>")


# --- bad parameters -------------------------------------------------------------------------

BAD_QUERIES = [
    "before=",
    "before=abc",
    "before=-1",
    "before=-1_-1_-1",
    "before=99999999999999999999_1_1",
    "before=1_99999999999_1",
    "before=1_1_99999999999999999999",
    "before=" + "9" * 5000,
    "before=1755198900000000_0_1",
    "day=2025-13-45",
    "day=0000-00-00",
    "day=9999-12-31",
    "day=yesterday",
    "day=",
    "order=sideways",
    "order=",
    "speaker=' OR 1=1 --",
    "speaker=%00",
    "source=a%00b",
    "tag=%3Cscript%3E",
    "tag=a&tag=a&tag=b",
    "&".join(f"tag=t{n}" for n in range(50)),
    "q=%00",
    "q=' OR 1=1; DROP TABLE ticker_entry; --",
    'q="unbalanced',
    "q=-",
    "q=!!!&&|",
    "q=" + "x" * 10_000,
    "speaker=" + "a" * 10_000,
    "speaker=a&speaker=b&speaker=c",
    "order=oldest&order=newest",
    "lang=xx",
    "org.htmx.cache-buster=results&foo=bar",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("htmx", [False, True])
def test_bad_parameters_never_cause_a_server_error(client, alaska, query, htmx):
    response = client.get(f"{URL}?{query}", headers=HTMX if htmx else {})
    assert response.status_code in (200, 400), response.status_code


def test_malformed_values_answer_400_with_a_way_back(client, alaska):
    response = client.get(URL + "?day=2025-13-45")
    assert response.status_code == 400
    assert 'href="/ticker/alaska-gipfel/"' in response.content.decode()


# --- the filters value ------------------------------------------------------------------------


def test_querystring_is_canonical():
    a = TimelineFilters.from_query(_query("tag=b&tag=a&speaker=x&q=&order=newest"))
    b = TimelineFilters.from_query(_query("speaker=x&tag=a&tag=b"))
    assert a == b
    assert a.querystring() == b.querystring() == "speaker=x&tag=a&tag=b"
    assert TimelineFilters().querystring() == ""
    assert TimelineFilters().is_default
    assert not a.is_default
    cursor = Cursor(dt.datetime(2025, 8, 14, 19, 15, tzinfo=dt.UTC), 3, 42)
    assert a.querystring(before=cursor) == f"before={cursor}&speaker=x&tag=a&tag=b"
    assert Cursor.parse(str(cursor)) == cursor


def test_malformed_values_raise_invalid_filter():
    for query in ("day=2025-02-30", "order=up", "before=x", "q=" + "x" * 201):
        with pytest.raises(InvalidFilter):
            TimelineFilters.from_query(_query(query))


def _query(text: str):
    from django.http import QueryDict

    return QueryDict(text)


@pytest.mark.parametrize("path", [URL, "/ticker/alaska-gipfel/embed/"])
def test_htmx_runs_without_eval_and_without_injected_styles(client, alaska, path):
    html_page = client.get(path).content.decode()
    content = re.search(r'<meta name="htmx-config" content="([^"]*)">', html_page).group(1)
    config = json.loads(html.unescape(content))
    assert config["allowEval"] is False
    assert config["includeIndicatorStyles"] is False
    assert config["allowScriptTags"] is False

"""One caching contract for every public answer: ETag, 304, shared caching, kept per revision."""

import gzip

import pytest
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext

from summit.ticker import services
from summit.ticker.keeping import keepable

pytestmark = pytest.mark.django_db

SURFACES = {
    "page": "/ticker/test-ticker/",
    "embed": "/ticker/test-ticker/embed/",
    "poll": "/ticker/test-ticker/updates/?since={since}",
    "embed poll": "/ticker/test-ticker/embed/updates/?since={since}",
    "feed": "/ticker/test-ticker/feed/",
    "api": "/ticker/test-ticker/entries.json",
    "oembed": "/oembed?url=http://testserver/ticker/test-ticker/",
}


@pytest.fixture(autouse=True)
def _patient_cache(settings):
    """Cached state outlives a slow test machine: "no query" must not depend on timing."""
    settings.TICKER_REVISION_TTL = 60


@pytest.fixture
def published(ticker, make_entry, django_capture_on_commit_callbacks):
    """Two entries; polls ask since the first, so they get a fragment (not a 204)."""
    with django_capture_on_commit_callbacks(execute=True):
        first = make_entry()
        second = make_entry()
    return first, second


def surface_urls(entries) -> dict[str, str]:
    first, second = entries
    urls = {name: url.format(since=first.revision) for name, url in SURFACES.items()}
    urls["entry"] = f"/ticker/test-ticker/entries/{second.pk}/"
    return urls


@pytest.mark.parametrize("surface", [*SURFACES, "entry"], ids=lambda name: name.replace(" ", "-"))
def test_every_public_answer_is_revalidated_and_kept_without_a_query(
    client, published, surface, django_assert_num_queries
):
    url = surface_urls(published)[surface]
    first = client.get(url)
    assert first.status_code == 200
    directives = {part.strip() for part in first["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=0", "s-maxage=1"}
    assert "Last-Modified" not in first
    with django_assert_num_queries(0):
        not_modified = client.get(url, headers={"If-None-Match": first["ETag"]})
        kept = client.get(url)
    assert not_modified.status_code == 304
    assert not_modified["ETag"] == first["ETag"]
    assert kept.status_code == 200
    assert kept.content == first.content
    assert kept["ETag"] == first["ETag"]


def test_a_change_moves_every_etag(
    client, published, make_entry, django_capture_on_commit_callbacks
):
    before = {name: client.get(url)["ETag"] for name, url in surface_urls(published).items()}
    with django_capture_on_commit_callbacks(execute=True):
        make_entry(title="Neu")
    for name, url in surface_urls(published).items():
        response = client.get(url, headers={"If-None-Match": before[name]})
        assert response.status_code == 200, name
        assert response["ETag"] != before[name], name


def test_without_keeping_pages_are_rendered_again_but_still_revalidated(
    client, published, settings, django_assert_num_queries
):
    settings.TICKER_KEEP_PAGES = False
    url = "/ticker/test-ticker/"
    first = client.get(url)
    with django_assert_num_queries(0):
        assert client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 304
    with CaptureQueriesContext(connection) as rendering:
        assert client.get(url).status_code == 200
    assert len(rendering) > 0  # rendered again, from the database


@pytest.mark.parametrize("url", [*SURFACES.values(), "/ticker/test-ticker/entries/{entry}/"])
def test_head_is_answered_like_get_without_a_body(client, published, url):
    url = url.format(since=published[0].revision, entry=published[1].pk)
    get = client.get(url)
    head = client.head(url)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head["Content-Type"] == get["Content-Type"]
    assert head["ETag"] == get["ETag"]


def test_head_of_a_page_not_yet_kept_has_no_body_either(client, published, settings):
    settings.TICKER_KEEP_PAGES = False
    response = client.head("/ticker/test-ticker/?order=oldest")
    assert response.status_code == 200
    assert response.content == b""


@pytest.mark.parametrize("url", [*SURFACES.values(), "/ticker/test-ticker/entries/1/"])
def test_cors_preflight_is_answered_on_every_public_url(client, ticker, url):
    response = client.options(
        url.format(since=0),
        headers={
            "Origin": "https://partner.example",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "if-none-match",
        },
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]


def test_api_and_feed_answers_are_open_to_any_sites_scripts(client, published):
    for url in (SURFACES["api"], SURFACES["feed"], SURFACES["api"] + "?day=kaputt"):
        assert client.get(url)["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("url", ["/ticker/test-ticker/", SURFACES["api"], SURFACES["feed"]])
def test_answers_are_gzip_compressed_once(client, published, url):
    first = client.get(url, headers={"Accept-Encoding": "gzip, br"})
    again = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert first["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in first["Vary"]
    # Django pads every compression with random bytes: equal bytes mean compressed once.
    assert again.content == first.content
    plain = client.get(url)
    assert gzip.decompress(first.content) == plain.content
    assert "Content-Encoding" not in plain


# --- what is part of the key (issue: page-cache key collisions) ------------------------


def test_unknown_parameters_share_the_answer(client, published, django_assert_num_queries):
    url = "/ticker/test-ticker/"
    first = client.get(url)
    with django_assert_num_queries(0):
        tracked = client.get(url + "?utm_id=newsletter&utm_source=x&fbclid=abc")
    assert tracked["ETag"] == first["ETag"]


def test_repeated_language_gives_the_page_the_header_names(client, published):
    for query in ("lang=de&lang=en", "lang=en&lang=de"):
        response = client.get(f"/ticker/test-ticker/?{query}")
        language = response["Content-Language"]
        assert f'<html lang="{language}"' in response.content.decode()
    assert (
        client.get("/ticker/test-ticker/?lang=de&lang=en")["ETag"]
        != client.get("/ticker/test-ticker/?lang=en&lang=de")["ETag"]
    )


def test_repeated_speaker_is_the_same_page_as_its_effective_value(client, published):
    last_wins = client.get("/ticker/test-ticker/?speaker=putin&speaker=trump")
    assert last_wins["ETag"] == client.get("/ticker/test-ticker/?speaker=trump")["ETag"]


def test_scheme_and_host_are_part_of_the_key(client, published, settings):
    settings.SITE_URL = ""
    plain = client.get("/ticker/test-ticker/")
    secure = client.get("/ticker/test-ticker/", headers={"X-Forwarded-Proto": "https"})
    assert secure["ETag"] != plain["ETag"]
    assert 'href="https://testserver' in secure.content.decode()
    again = client.get("/ticker/test-ticker/")
    assert "https://testserver" not in again.content.decode()
    other_host = client.get("/ticker/test-ticker/", headers={"Host": "localhost"})
    assert other_host["ETag"] != plain["ETag"]


def test_htmx_variants_are_kept_apart(client, published):
    url = "/ticker/test-ticker/"
    full = client.get(url)
    partial = client.get(url, headers={"HX-Request": "true", "HX-Target": "results"})
    assert partial["ETag"] != full["ETag"]
    assert "<html" not in partial.content.decode()
    assert {"HX-Request", "HX-Target"} <= {part.strip() for part in full["Vary"].split(",")}


# --- the embed's framing policy travels with the kept answer ---------------------------


def frame_ancestors(response) -> str:
    policy = response["Content-Security-Policy"]
    return next(part for part in policy.split(";") if "frame-ancestors" in part).strip()


def test_kept_embed_keeps_its_framing_policy_and_a_new_origin_moves_it(
    client, ticker, published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.ticker_update(ticker, embed_origins=["https://partner.example"])
    url = "/ticker/test-ticker/embed/"
    first = client.get(url)
    kept = client.get(url)
    assert frame_ancestors(first) == frame_ancestors(kept)
    assert "https://partner.example" in frame_ancestors(kept)
    with django_capture_on_commit_callbacks(execute=True):
        services.ticker_update(ticker, embed_origins=["https://other.example"])
    changed = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200
    assert "https://other.example" in frame_ancestors(changed)
    assert "partner.example" not in frame_ancestors(changed)


# --- what is never kept -----------------------------------------------------------------


def test_the_admin_is_never_part_of_the_contract(staff_client, published):
    response = staff_client.get("/admin/")
    assert "ETag" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_a_full_refresh_instruction_is_never_kept(client, published):
    url = f"/ticker/test-ticker/updates/?since={published[1].revision + 5}"
    response = client.get(url)
    assert response["HX-Refresh"] == "true"
    assert "no-store" in response["Cache-Control"]
    assert "ETag" not in response


def personal_answers():
    cookie = HttpResponse("für eine Person")
    cookie.set_cookie("sessionid", "x")
    session = HttpResponse("für eine Person")
    session.headers["Vary"] = "Accept-Encoding, Cookie"
    private = HttpResponse("für eine Person")
    private.headers["Cache-Control"] = "private"
    return {"sets-a-cookie": cookie, "depends-on-the-session": session, "private": private}


@pytest.mark.parametrize("name", ["sets-a-cookie", "depends-on-the-session", "private"])
def test_answers_for_one_reader_are_never_kept(name):
    assert not keepable(personal_answers()[name])
    assert keepable(HttpResponse("für alle"))

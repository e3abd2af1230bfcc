"""The JSON API: same filters as the timeline, cursor paging, ETag, CORS, clear 400s."""

import datetime as dt

import pytest

from summit.ticker import services
from summit.ticker.models import Entry, Source, Speaker, Tag

from .conftest import BERLIN

pytestmark = pytest.mark.django_db


def api(ticker, query=""):
    return f"/ticker/{ticker.slug}/entries.json" + (f"?{query}" if query else "")


def ids(response):
    return [item["id"] for item in response.json()["entries"]]


def test_entry_fields_as_documented(client, ticker, make_entry):
    peskow = Speaker.objects.create(name="Dmitri Peskow", role="Kremlsprecher")
    tass = Source.objects.create(name="TASS", kind=Source.Kind.AGENCY, url="https://tass.ru")
    tag = Tag.objects.create(name="Atomwaffen")
    entry = make_entry(
        title="Peskow äußert sich",
        body="<p>Zitat</p>",
        speaker=peskow,
        source=tass,
        source_url="https://tass.ru/1",
        tags=[tag],
        published_at=dt.datetime(2025, 8, 14, 21, 15, tzinfo=BERLIN),
    )
    make_entry(status=Entry.Status.DRAFT, title="Entwurf")

    response = client.get(api(ticker))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    body = response.json()
    assert body["next"] is None
    [item] = body["entries"]
    assert item == {
        "id": entry.pk,
        "permalink": f"http://testserver/ticker/test-ticker/entries/{entry.pk}/",
        "published_at": "2025-08-14T21:15:00+02:00",
        "time_estimated": False,
        "title": "Peskow äußert sich",
        "body": "<p>Zitat</p>",
        "speaker": {"name": "Dmitri Peskow", "slug": "dmitri-peskow", "role": "Kremlsprecher"},
        "source": {"name": "TASS", "slug": "tass", "kind": "agency", "url": "https://tass.ru"},
        "source_url": "https://tass.ru/1",
        "tags": [{"name": "Atomwaffen", "slug": "atomwaffen"}],
        "authors": [],
        "images": [],
        "embeds": [],
        "pinned": False,
        "revision": entry.revision,
        "updated_at": item["updated_at"],
        "correction": None,
    }
    updated_at = dt.datetime.fromisoformat(item["updated_at"])
    assert updated_at.utcoffset() == updated_at.astimezone(BERLIN).utcoffset()


def test_correction_is_part_of_the_entry(client, ticker, make_entry):
    entry = make_entry()
    corrected = dt.datetime(2025, 8, 14, 22, 0, tzinfo=BERLIN)
    services.entry_update(entry, correction_note="Name berichtigt", corrected_at=corrected)

    [item] = client.get(api(ticker)).json()["entries"]

    assert item["correction"] == {"note": "Name berichtigt", "at": "2025-08-14T22:00:00+02:00"}


def test_permalinks_use_site_url_when_set(client, ticker, make_entry, settings):
    settings.SITE_URL = "https://ticker.example.org"
    entry = make_entry()
    [item] = client.get(api(ticker)).json()["entries"]
    assert item["permalink"] == f"https://ticker.example.org/ticker/test-ticker/entries/{entry.pk}/"


def test_filters_as_on_the_timeline(client, ticker, make_entry):
    tag = Tag.objects.create(name="Atomwaffen")
    peskow = Speaker.objects.create(name="Peskow")
    tagged = make_entry(tags=[tag])
    spoken = make_entry(speaker=peskow)
    make_entry()

    assert ids(client.get(api(ticker, "tag=atomwaffen"))) == [tagged.pk]
    assert ids(client.get(api(ticker, "speaker=peskow"))) == [spoken.pk]
    assert ids(client.get(api(ticker, "tag=unbekannt"))) == []


def test_malformed_parameters_give_a_json_400(client, ticker):
    for query in ("day=2025-13-40", "order=sideways", "before=nonsense", "tag=%3Cscript%3E"):
        response = client.get(api(ticker, query))
        assert response.status_code == 400, query
        assert response.json()["error"] == "invalid parameter"


def test_unknown_or_draft_ticker_is_404(client, ticker):
    ticker.status = ticker.Status.DRAFT
    ticker.save()
    assert client.get(api(ticker)).status_code == 404
    assert client.get("/ticker/gibt-es-nicht/entries.json").status_code == 404


def test_paging_reaches_every_entry_once_while_new_ones_arrive(client, ticker, make_entry):
    for _ in range(120):
        make_entry()
    seen, arrived = [], []
    url = api(ticker)
    while url:
        body = client.get(url).json()
        seen += [item["id"] for item in body["entries"]]
        # Newer entries keep arriving between page requests.
        arrived.append(make_entry(published_at=dt.datetime(2025, 8, 15, tzinfo=BERLIN)).pk)
        url = body["next"]

    assert len(seen) == len(set(seen)) == 120
    assert not set(seen) & set(arrived)
    assert body["next"] is None


def test_next_link_keeps_the_filters(client, ticker, make_entry):
    tag = Tag.objects.create(name="Atomwaffen")
    for _ in range(60):
        make_entry(tags=[tag])
    make_entry()

    first = client.get(api(ticker, "tag=atomwaffen&order=oldest")).json()
    assert "tag=atomwaffen" in first["next"] and "order=oldest" in first["next"]
    second = client.get(first["next"]).json()
    assert len(first["entries"]) + len(second["entries"]) == 60
    assert second["next"] is None


def test_etag_gives_304_until_the_ticker_changes(
    client, ticker, make_entry, django_capture_on_commit_callbacks
):
    make_entry()
    first = client.get(api(ticker))
    etag = first["ETag"]
    assert "Last-Modified" not in first  # one-second granularity: revalidation by ETag only

    again = client.get(api(ticker), headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again["Access-Control-Allow-Origin"] == "*"

    with django_capture_on_commit_callbacks(execute=True):
        make_entry()
    changed = client.get(api(ticker), headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_fixed_number_of_queries(client, ticker, make_entry, settings, django_assert_num_queries):
    tags = [Tag.objects.create(name=f"Tag {n}") for n in range(3)]
    speaker = Speaker.objects.create(name="Peskow")
    source = Source.objects.create(name="TASS")
    for _ in range(30):
        make_entry(tags=tags, speaker=speaker, source=source)

    settings.TICKER_KEEP_PAGES = False  # measure the rendering, not the kept answer
    client.get(api(ticker))  # the ticker's state is then in the cache
    # ticker, entries (with speaker and source), tags, pictures, posts
    with django_assert_num_queries(5):
        response = client.get(api(ticker))
    assert len(response.json()["entries"]) == 30


def test_api_denies_framing(client, ticker):
    response = client.get(api(ticker))
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]

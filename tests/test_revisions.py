"""What moves a ticker's revision (everything readers see) and what does not (drafts, no-ops)."""

import re

import pytest
from django.test import Client

from summit.ticker import services
from summit.ticker.models import Entry, Source, Speaker, Tag, Ticker
from tests.editorial_helpers import change_url, client_for, form_data

DRAFT, PUBLISHED = Entry.Status.DRAFT, Entry.Status.PUBLISHED


def revision_of(ticker: Ticker) -> int:
    return Ticker.objects.values_list("revision", flat=True).get(pk=ticker.pk)


def article_ids(html: str) -> set[int]:
    return {int(pk) for pk in re.findall(r'id="entry-(\d+)"', html)}


@pytest.fixture
def other_ticker(db) -> Ticker:
    return Ticker.objects.create(slug="anderer", title="Anderer Ticker", poll_interval=1)


@pytest.fixture
def chef_client(chef):
    return client_for(Client, chef)


# --- drafts never touch a public answer (issue 17, finding 15) ---------------------------------


def test_saving_a_draft_keeps_the_readers_kept_page(
    client, ticker, make_entry, redakteur, django_assert_num_queries
):
    make_entry(title="Öffentlich")
    url = ticker.get_absolute_url()
    client.get(url)  # rendered and kept for this revision
    before = revision_of(ticker)
    draft = make_entry(title="Geheimer Entwurf", status=DRAFT, by=redakteur)
    services.entry_update(draft, by=redakteur, title="Geheimer Entwurf, ergänzt")
    assert revision_of(ticker) == before
    with django_assert_num_queries(0):  # still the kept page: nothing public changed
        response = client.get(url)
    assert "Geheimer Entwurf" not in response.content.decode()


def test_the_anonymous_poll_never_names_a_draft(client, ticker, make_entry, redakteur):
    since = revision_of(ticker)
    draft = make_entry(title="Entwurf", status=DRAFT, by=redakteur)
    services.entry_update(draft, by=redakteur, title="Entwurf, zweite Fassung")
    services.entry_withdraw(draft, by=redakteur)  # a draft withdrawn: never on a page either
    published = make_entry(title="Neu veröffentlicht")
    response = client.get(f"/ticker/{ticker.slug}/updates/?since={since}")
    assert response.status_code == 200
    assert article_ids(response.content.decode()) == {published.pk}


def test_publishing_a_draft_shows_it_to_the_next_poll(client, ticker, make_entry, chef):
    draft = make_entry(title="Bald öffentlich", status=DRAFT)
    since = revision_of(ticker)
    services.entry_publish(draft, by=chef)
    response = client.get(f"/ticker/{ticker.slug}/updates/?since={since}")
    assert draft.pk in article_ids(response.content.decode())


def test_two_editors_saving_the_same_draft_still_conflict(make_entry, redakteur, chef):
    draft = make_entry(title="Entwurf", status=DRAFT, by=redakteur)
    first, second = client_for(Client, redakteur), client_for(Client, chef)
    form_first = form_data(first.get(change_url(draft)), title="Fassung A")
    form_second = form_data(second.get(change_url(draft)), title="Fassung B")
    assert first.post(change_url(draft), form_first).status_code == 302
    response = second.post(change_url(draft), form_second)
    assert response.status_code == 409
    draft.refresh_from_db()
    assert draft.title == "Fassung A"


# --- everything readers see moves every affected ticker (issue 17, finding 9) -----------------


def test_moving_an_entry_moves_both_tickers(
    client, ticker, other_ticker, make_entry, chef, django_capture_on_commit_callbacks
):
    entry = make_entry(title="Falscher Ticker")
    client.get(ticker.get_absolute_url())  # kept at the old revision
    before, other_before = revision_of(ticker), revision_of(other_ticker)
    with django_capture_on_commit_callbacks(execute=True):
        services.entry_update(entry, by=chef, ticker=other_ticker)
    assert revision_of(ticker) == before + 1
    assert revision_of(other_ticker) == other_before + 1
    assert entry.pk not in article_ids(client.get(ticker.get_absolute_url()).content.decode())
    assert entry.pk in article_ids(client.get(other_ticker.get_absolute_url()).content.decode())


def test_an_open_page_of_the_old_ticker_removes_the_moved_entry_at_its_next_poll(
    client, ticker, other_ticker, make_entry, chef, django_capture_on_commit_callbacks
):
    entry = make_entry(title="Falscher Ticker")
    since = revision_of(ticker)  # the reader's page shows the entry
    with django_capture_on_commit_callbacks(execute=True):
        services.entry_update(entry, by=chef, ticker=other_ticker)
    response = client.get(f"/ticker/{ticker.slug}/updates/?since={since}")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="entry-{entry.pk}" hx-swap-oob="delete"' in html
    assert entry.pk not in {
        int(pk) for pk in re.findall(r'<article[^>]*id="entry-(\d+)"(?![^>]*delete)', html)
    }


def test_moving_a_draft_moves_no_ticker(ticker, other_ticker, make_entry, chef):
    draft = make_entry(status=DRAFT)
    before, other_before = revision_of(ticker), revision_of(other_ticker)
    services.entry_update(draft, by=chef, ticker=other_ticker)
    assert (revision_of(ticker), revision_of(other_ticker)) == (before, other_before)


def test_renaming_a_speaker_in_the_admin_reaches_pages_facets_and_the_api(
    client, ticker, other_ticker, make_entry, chef_client, django_capture_on_commit_callbacks
):
    speaker = Speaker.objects.create(name="Dmitri Peskow")
    make_entry(speaker=speaker)
    make_entry(speaker=speaker, ticker=other_ticker)
    untouched = Ticker.objects.create(slug="ohne", title="Ohne Peskow")
    page = client.get(ticker.get_absolute_url())
    api = client.get(f"/ticker/{ticker.slug}/entries.json")
    assert "Dmitri Peskow" in page.content.decode()
    before = {t.pk: revision_of(t) for t in (ticker, other_ticker, untouched)}

    with django_capture_on_commit_callbacks(execute=True):
        response = chef_client.post(
            f"/admin/ticker/speaker/{speaker.pk}/change/",
            {"name": "Dmitri S. Peskow", "slug": speaker.slug, "role": "Sprecher", "aliases": ""},
        )

    assert response.status_code == 302
    assert revision_of(ticker) == before[ticker.pk] + 1
    assert revision_of(other_ticker) == before[other_ticker.pk] + 1
    assert revision_of(untouched) == before[untouched.pk]
    html = client.get(ticker.get_absolute_url()).content.decode()
    assert "Dmitri S. Peskow" in html  # the entry and the facet list beside it
    assert ">Dmitri Peskow<" not in html
    revalidated = client.get(
        f"/ticker/{ticker.slug}/entries.json", headers={"If-None-Match": api["ETag"]}
    )
    assert revalidated.status_code == 200
    assert revalidated.json()["entries"][0]["speaker"]["name"] == "Dmitri S. Peskow"


@pytest.mark.parametrize("model", [Source, Tag])
def test_renaming_a_source_or_tag_moves_the_tickers_showing_it(ticker, make_entry, chef, model):
    name = model.objects.create(name="Alt")
    make_entry(**({"tags": [name]} if model is Tag else {"source": name}))
    before = revision_of(ticker)
    name.name = "Neu"
    services.name_save(name, by=chef)
    assert revision_of(ticker) == before + 1


def test_a_name_only_drafts_use_moves_nothing(ticker, make_entry, chef):
    speaker = Speaker.objects.create(name="Unbekannt")
    make_entry(speaker=speaker, status=DRAFT)
    before = revision_of(ticker)
    speaker.role = "Sprecher"
    services.name_save(speaker, by=chef)
    assert revision_of(ticker) == before


def test_merging_speakers_repoints_entries_keeps_the_names_and_moves_the_ticker(
    client, ticker, make_entry, chef_client
):
    keep = Speaker.objects.create(name="Wolodymyr Selenskyj")
    other = Speaker.objects.create(name="Wolodymyr Selenskij", aliases=["Zelensky"])
    entry = make_entry(speaker=other)
    before = revision_of(ticker)
    response = chef_client.post(
        "/admin/ticker/speaker/",
        {"action": "merge", "_selected_action": [keep.pk, other.pk], "apply": "1", "keep": keep.pk},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    keep.refresh_from_db()
    assert entry.speaker == keep
    assert set(keep.aliases) == {"Wolodymyr Selenskij", "Zelensky"}
    assert not Speaker.objects.filter(pk=other.pk).exists()
    assert revision_of(ticker) == before + 1


def test_merging_tags_keeps_one_link_per_entry(ticker, make_entry, chef):
    keep, other = Tag.objects.create(name="Gipfel"), Tag.objects.create(name="Gipfeltreffen")
    both = make_entry(tags=[keep, other])
    only_other = make_entry(tags=[other])
    services.names_merge(keep, [other], by=chef)
    assert list(both.tags.all()) == [keep]
    assert list(only_other.tags.all()) == [keep]
    assert Tag.objects.get(pk=keep.pk).keywords == ["Gipfeltreffen"]


def test_ticker_settings_move_the_revision_and_a_save_without_changes_does_not(
    ticker, staff_client
):
    url = f"/admin/ticker/ticker/{ticker.pk}/change/"
    data = {
        "title": ticker.title,
        "slug": ticker.slug,
        "description": ticker.description,
        "status": ticker.status,
        "language": ticker.language,
        "time_zone": ticker.time_zone,
        "poll_interval": ticker.poll_interval,
        "embed_origins": "",
    }
    before = revision_of(ticker)
    assert staff_client.post(url, data).status_code == 302
    assert revision_of(ticker) == before  # item 8: nothing changed, kept pages stay
    data["embed_origins"] = "https://partner.example"
    assert staff_client.post(url, data).status_code == 302
    assert revision_of(ticker) == before + 1


def test_ticker_update_with_the_stored_values_is_a_no_op(ticker):
    before = revision_of(ticker)
    services.ticker_update(ticker, title=ticker.title, poll_interval=ticker.poll_interval)
    assert revision_of(ticker) == before


# --- the services ask the policy (issue 10, item 1 and 5) ---------------------------------------


@pytest.mark.parametrize(
    "attempt",
    [
        lambda entry, user: services.entry_publish(entry, by=user),
        lambda entry, user: services.entry_pin(entry, by=user),
        lambda entry, user: services.entries_update([entry], by=user, status=PUBLISHED),
    ],
    ids=["publish", "pin", "bulk-publish"],
)
def test_an_editor_cannot_publish_or_pin_through_the_services(make_entry, redakteur, attempt):
    draft = make_entry(status=DRAFT, by=redakteur)
    with pytest.raises(services.NotAllowed):
        attempt(draft, redakteur)
    stored = Entry.objects.get(pk=draft.pk)
    assert (stored.status, stored.pinned) == (DRAFT, False)


def test_an_editor_cannot_rewrite_a_published_entry_through_the_services(make_entry, redakteur):
    entry = make_entry(title="Gesagt ist gesagt")
    with pytest.raises(services.NotAllowed, match="veröffentlichen darf"):
        services.entry_update(entry, by=redakteur, title="Anders gesagt")
    assert Entry.objects.get(pk=entry.pk).title == "Gesagt ist gesagt"


def test_an_editor_cannot_purge_or_change_the_ticker_through_the_services(
    ticker, make_entry, redakteur
):
    entry = make_entry(title="Bleibt")
    with pytest.raises(services.NotAllowed):
        services.entry_purge(entry, by=redakteur, reason="Versuch")
    with pytest.raises(services.NotAllowed):
        services.ticker_update(ticker, by=redakteur, title="Übernommen")
    assert Entry.objects.get(pk=entry.pk).title == "Bleibt"
    assert Ticker.objects.get(pk=ticker.pk).title == "Testticker"


def test_an_editor_withdraws_a_draft_of_their_own(make_entry, redakteur):
    draft = make_entry(status=DRAFT, by=redakteur)
    services.entry_withdraw(draft, by=redakteur)  # undoing an import of drafts does this
    assert Entry.objects.get(pk=draft.pk).status == Entry.Status.WITHDRAWN


# --- one list of content fields (issue 10, item 2) -----------------------------------------------


def test_a_purge_erases_every_content_field(make_entry, chef):
    speaker, source = Speaker.objects.create(name="Peskow"), Source.objects.create(name="TASS")
    entry = make_entry(
        title="Privat",
        body="<p>Privat</p>",
        speaker=speaker,
        source=source,
        source_url="https://example.org/privat",
        origin="TASS, 14.08.2025",
    )
    services.entry_purge(entry, by=chef, reason="Persönlichkeitsrecht")
    stored = Entry.objects.get(pk=entry.pk)
    for name in Entry.CONTENT_FIELDS:
        if name in ("published_at", "time_estimated"):  # the time stays: no one's words
            continue
        assert getattr(stored, name) in ("", None), name


def test_an_import_of_drafts_leaves_the_revision_and_the_poll(client, ticker, make_entry):
    since = revision_of(ticker)
    rows = [
        services.ImportRow(
            entry=Entry(title=f"Agenturentwurf {n}", published_at=make_entry().published_at),
            tags=[],
            index=n,
        )
        for n in range(3)
    ]
    published_meanwhile = revision_of(ticker)
    outcome = services.import_entries(ticker, rows, batch=None, by=None, status=DRAFT)
    assert len(outcome.created) == 3
    assert revision_of(ticker) == published_meanwhile
    response = client.get(f"/ticker/{ticker.slug}/updates/?since={since}")
    assert not set(outcome.created) & article_ids(response.content.decode())


def test_deleting_a_tag_in_the_admin_moves_the_tickers_showing_it(ticker, make_entry, staff_client):
    tag = Tag.objects.create(name="Vorübergehend")
    entry = make_entry(tags=[tag])
    before = revision_of(ticker)
    response = staff_client.post(f"/admin/ticker/tag/{tag.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Tag.objects.filter(pk=tag.pk).exists()
    assert list(entry.tags.all()) == []
    assert revision_of(ticker) == before + 1

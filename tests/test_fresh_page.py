"""The timeline page rendered fresh (TICKER_KEEP_PAGES=0): its furniture kept, its rows read.

The page's furniture (head, header, key events, filters, poller) is kept per revision and
filter state, the entries and the JSON-LD are put in per request (summit.ticker.pages): the
bytes must be those of the whole template, and every change must show at once.
"""

import datetime as dt

import pytest
from django.shortcuts import render
from django.utils import timezone

from summit.ticker import services, views
from summit.ticker.models import Ticker

from .conftest import long_ticker


@pytest.fixture
def fresh(settings):
    settings.TICKER_KEEP_PAGES = False


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def render_whole(request, template_name, context, furniture):
    return render(request, template_name, context)


@pytest.mark.parametrize("query", ["", "?speaker=wladimir-putin&lang=en", "?q=Gipfel&order=oldest"])
def test_a_page_put_together_has_the_bytes_of_the_whole_template(
    client, alaska, fresh, monkeypatch, query
):
    url = alaska.get_absolute_url() + query
    cold = page(client, url)  # every entry, the JSON-LD and the furniture rendered and kept
    warm = page(client, url)  # all of them from what was kept
    monkeypatch.setattr(views, "render_around_rows", render_whole)
    assert cold == warm == page(client, url)
    assert 'type="application/ld+json"' in warm and "entry-list" in warm


def test_a_later_page_and_an_empty_one_are_put_together_like_the_template(
    client, db, fresh, monkeypatch
):
    ticker = long_ticker()
    first = page(client, ticker.get_absolute_url())
    later = first.split('<nav class="pager" id="pager"', 1)[1].split('href="', 1)[1]
    later = later.split('"', 1)[0].replace("&amp;", "&")
    empty = ticker.get_absolute_url() + "?speaker=niemand"
    kept = [page(client, later), page(client, empty)]
    monkeypatch.setattr(views, "render_around_rows", render_whole)
    assert kept == [page(client, later), page(client, empty)]
    assert "Keine Einträge passen zu diesen Filtern." in kept[1]


def test_an_edit_a_new_entry_a_withdrawal_and_a_renamed_ticker_show_at_once(
    client, ticker, make_entry, fresh, django_capture_on_commit_callbacks
):
    entry = make_entry(title="Gipfel beginnt")
    assert "Gipfel beginnt" in page(client, ticker.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        services.entry_update(entry, title="Gipfel vertagt")
        services.ticker_update(ticker, title="Gipfelticker")
    html = page(client, ticker.get_absolute_url())
    assert "Gipfel vertagt" in html and "Gipfel beginnt" not in html
    assert "<h1>Gipfelticker" in html
    with django_capture_on_commit_callbacks(execute=True):
        make_entry(title="Gipfel in Anchorage")
        services.entry_withdraw(entry)
    html = page(client, ticker.get_absolute_url())
    assert "Gipfel in Anchorage" in html and "Gipfel vertagt" not in html


def test_the_planned_start_leaves_the_page_when_it_comes(client, ticker, make_entry, fresh):
    make_entry()
    start = timezone.now().replace(second=0, microsecond=0) + dt.timedelta(days=2)
    services.ticker_update(ticker, coverage_start=start)
    assert "Live ab" in page(client, ticker.get_absolute_url())
    # The time comes: nothing changed that moves the revision.
    Ticker.objects.filter(pk=ticker.pk).update(coverage_start=timezone.now())
    assert "Live ab" not in page(client, ticker.get_absolute_url())


def test_a_filtered_page_counts_its_own_entries(client, ticker, make_entry, fresh):
    for _ in range(3):
        make_entry()
    url = ticker.get_absolute_url()
    assert "3 Einträge" in page(client, url + "?day=2025-08-14")
    assert "Mehr als 1 Eintrag" not in page(client, url + "?day=2025-08-14")
    assert "Keine Einträge passen" in page(client, url + "?day=2025-08-15")

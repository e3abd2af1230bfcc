import datetime as dt
import re

from summit.ticker.models import Entry

from .conftest import BERLIN


def article_ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'<article id="entry-(\d+)"', html)]


def test_fixture_loads_a_live_ticker_with_18_published_entries(alaska):
    assert alaska.title == "Liveticker Alaska-Gipfel"
    assert alaska.is_live
    assert alaska.entries.published().count() == 18


def test_timeline_shows_all_entries_newest_first_in_source_order(client, alaska):
    response = client.get("/ticker/alaska-gipfel/")
    assert response.status_code == 200
    html = response.content.decode()
    expected = list(alaska.entries.published().newest_first().values_list("pk", flat=True))
    assert article_ids(html) == expected
    titles = list(alaska.entries.published().newest_first().values_list("title", flat=True))
    assert titles[0] == "In welchem Flugzeug sitzt Putin?"
    assert titles[1] == "Trump rechnet zu 75 Prozent mit einem Erfolg"
    assert titles[16] == "Selenskij-Berater: Kiew könnte einer Waffenruhe in der Luft zustimmen"
    assert titles[17] == "Ukraine-Verhandlungen in Alaska? Trump will Putin empfangen"


def test_exact_times_only_where_the_source_gave_one(client, alaska):
    html = client.get("/ticker/alaska-gipfel/").content.decode()
    exact = alaska.entries.filter(time_estimated=False)
    assert {e.published_at for e in exact} == {
        dt.datetime(2025, 8, 14, 21, 15, tzinfo=BERLIN),
        dt.datetime(2025, 8, 10, 12, 47, tzinfo=BERLIN),
    }
    assert html.count("14.08.2025, 21:15 Uhr") == 1
    assert html.count("10.08.2025, 12:47 Uhr") == 1
    assert html.count("Uhrzeit geschätzt") == 16


def test_dpa_article_keeps_headings_and_drops_portal_teasers(alaska):
    article = alaska.entries.get(source__name="dpa")
    assert "<h3>Worum geht es?</h3>" in article.body
    assert "Kommentare" not in article.body
    assert "vor 15 Stunden" not in article.body
    assert not Entry.objects.filter(title__icontains="Fallout").exists()

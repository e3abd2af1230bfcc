"""A page's standfirst that points to the ticker below it is no entry."""

import datetime as dt

import pytest

from summit.ingest.intros import labels_a_summary, points_to_the_ticker

from .conftest import BERLIN, prepare

NOW = dt.datetime(2019, 3, 4, 23, 0, tzinfo=BERLIN)


def test_a_standfirst_pointing_to_the_newsblog_is_no_entry():
    page = (
        "Karneval im Newsblog\n\n"
        "Umzug in Trier soll planmäßig starten\n\n"
        "04.03.2019, 10:32 Uhr | dpa, t-online.de\n\n"
        "Pünktlich hat sich am Montag in Köln der größte deutsche Karnevalszug in Bewegung "
        "gesetzt. Alle Entwicklungen im Newsblog.\n\n"
        "10.32 Uhr: Umzug in Trier soll planmäßig starten\n\n"
        "Trotz des Windes soll der Umzug in Trier wie geplant um 12.11 Uhr beginnen.\n\n"
        "10.05 Uhr: Sturmwarnung für Düsseldorf\n\n"
        "Der Wetterdienst warnt vor Böen bis zu 80 Kilometern pro Stunde."
    )
    found = prepare(page, reference_time=NOW).drafts
    assert not any("Alle Entwicklungen" in draft.body for draft in found)


@pytest.mark.parametrize(
    "line",
    [
        "Die Ereignisse im Liveticker:",
        "Alle aktuellen Entwicklungen finden Sie in unserem Live-Blog",
        "Er ist gewählt. Verfolgen Sie die Ereignisse in unserem Liveblog.",
        "Lokführerstreik in den Ferien: Der Diesel wird knapp. Die News im stern-Ticker.",
    ],
)
def test_the_ways_a_standfirst_points_to_the_ticker(line):
    assert points_to_the_ticker(line)


@pytest.mark.parametrize(
    "line",
    [
        "Das Spiel gibt es ab 20 Uhr im Liveticker.",
        "Die Polizei berichtet im Liveticker von zwei Verletzten.",
    ],
)
def test_a_post_that_names_the_ticker_points_to_none(line):
    assert not points_to_the_ticker(line)


def test_a_summary_box_under_a_videos_length_is_the_pages_head():
    page = (
        "Hurricane Dorian live updates\n\n"
        "Watch the latest update on Hurricane Dorian\n02:18 - Source: CNN\n\n"
        "What we're covering here\n\n"
        "  • Hurricane Dorian: The storm is heading northwest in the Atlantic.\n"
        "  • The US mainland: The storm is expected to strengthen before landfall.\n\n"
        "Dorian's winds strengthen to 140 mph\n\n"
        "Hurricane Dorian continues to strengthen as it moves over warm water.\n\n"
        "Miami Beach offers sandbags\n\n"
        "The city of Miami Beach will be opening two sandbagging sites on Saturday."
    )
    found = prepare(page, reference_time=NOW, time_zone="America/New_York").drafts
    assert [draft.title for draft in found] == [
        "Dorian's winds strengthen to 140 mph",
        "Miami Beach offers sandbags",
    ]
    assert all(draft.published_at is None for draft in found)


@pytest.mark.parametrize(
    "label",
    [
        "Key points",
        "Das Wichtigste in Kürze:",
        "Das Wichtigste im Überblick",
        "What we're covering here",
        "Here's what we know",
        "Where things stand",
    ],
)
def test_the_labels_of_a_summary_box(label):
    assert labels_a_summary(label)


def test_a_dateline_crediting_the_wires_heads_the_page_with_its_standfirst():
    page = (
        "Newsblog zum Wetter\n\n"
        "Starkregen und Schlammlawinen sorgen für Chaos\n\n"
        "29.07.2019, 15:36 Uhr | dpa, AFP, rtr, t-online.de\n\n"
        "Eine Unwetter-Lage bestimmt das Wetter in Deutschland: Am Montag soll es heftige "
        "Regenschauer und Gewitter geben.\n\n"
        "11.06 Uhr: Schlammlawinen in Bayern\n\n"
        "Starkregen und Gewitter in Bayern: Der Regen hat für Feuerwehreinsätze gesorgt.\n\n"
        "9.56 Uhr: Regenschauer sorgen für Unfälle\n\n"
        "Am Wochenende hat starker Regen zu zahlreichen Unfällen auf der Autobahn geführt."
    )
    found = prepare(page, reference_time=dt.datetime(2019, 7, 29, 23, 0, tzinfo=BERLIN)).drafts
    assert [draft.title for draft in found] == [
        "Schlammlawinen in Bayern",
        "Regenschauer sorgen für Unfälle",
    ]

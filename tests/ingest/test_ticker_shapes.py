"""How real tickers lay out their entries: times before, on and under the headline, markers."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from summit.ingest.dates import DateReader
from summit.ingest.shapes import could_be_headline

from .conftest import BERLIN, prepare

NOW = dt.datetime(2025, 8, 15, 22, 0, tzinfo=BERLIN)
LONG_TEXT = (
    "Die Delegationen sind in Anchorage eingetroffen und wurden am Flughafen von Vertretern "
    "der Gastgeber empfangen, wie Reporter vor Ort berichten."
)


def titles_and_times(text: str, **options) -> list[tuple[str, dt.datetime | None]]:
    options.setdefault("reference_time", NOW)
    return [(d.title, d.published_at) for d in prepare(text, **options).drafts]


def at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2025, 8, 15, hour, minute, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("+++ 20:48 Putin landet in Anchorage +++", "Putin landet in Anchorage"),
        ("20:48 Putin landet in Anchorage", "Putin landet in Anchorage"),
        ("20.48 Uhr: Putin landet in Anchorage", "Putin landet in Anchorage"),
        ("20:48 Uhr. Putin landet in Anchorage.", "Putin landet in Anchorage."),
        ("20:48 Uhr - Putin landet in Anchorage.", "Putin landet in Anchorage."),
        ("20:48 hrs: Putin landet in Anchorage", "Putin landet in Anchorage"),
        ("8.48pmPutin landet in Anchorage", "Putin landet in Anchorage"),
    ],
)
def test_a_time_before_the_headline_on_the_same_line(line, rest):
    reader = DateReader(zone=BERLIN, reference=NOW)
    stamp = reader.read(line)
    assert stamp is not None and stamp.rest == rest
    assert reader.resolve(stamp, None) == at(20, 48)


def test_hours_written_after_the_clock_in_a_named_zone():
    reader = DateReader(zone=BERLIN, reference=NOW)
    stamp = reader.read("23:48 hrs IST Putin lands in Anchorage")
    assert stamp is not None and stamp.rest == "Putin lands in Anchorage"
    assert reader.resolve(stamp, None) == dt.datetime(
        2025, 8, 15, 23, 48, tzinfo=ZoneInfo("Asia/Kolkata")
    )


@pytest.mark.parametrize("line", ["13:00 Uhr, 16:00 Uhr", "17:00 Uhr und 21:45 Uhr"])
def test_a_schedule_of_times_is_no_time_line(line):
    assert DateReader(zone=BERLIN, reference=NOW).read(line) is None


@pytest.mark.parametrize(
    "line",
    ["20:48 begann die Sitzung mit Verspätung.", "1.550 Sprengköpfe sind erlaubt", "3.0 Zoll"],
)
def test_a_sentence_that_merely_starts_with_a_number_is_no_time_line(line):
    assert DateReader(zone=BERLIN, reference=NOW).read(line) is None


def test_us_dates_with_seconds_and_am_pm():
    reader = DateReader(zone=BERLIN, reference=NOW)
    stamp = reader.read("8/15/2025 2:46:46 PM")
    assert reader.resolve(stamp, None) == dt.datetime(2025, 8, 15, 14, 46, 46, tzinfo=BERLIN)


def test_agency_ticker_with_time_and_headline_in_plus_signs():
    text = (
        "+++ 21:10 Trump trifft in Anchorage ein +++\n"
        "Air Force One ist gelandet.\n\n"
        "+++ 20:48 Putin landet zuerst +++\n"
        "Die russische Maschine steht auf dem Vorfeld.\n"
    )
    assert titles_and_times(text) == [
        ("Trump trifft in Anchorage ein", at(21, 10)),
        ("Putin landet zuerst", at(20, 48)),
    ]


@pytest.mark.parametrize("title", ["Unser Fazit", "Das Fazit", "Our Verdict"])
def test_a_two_word_headline_after_the_time_is_no_authors_signature(title):
    text = (
        f"+++19:57 Uhr: {title}+++\n\nDie Wagen waren schön, und es flogen viele Kamelle.\n\n"
        "+++19:32 Uhr: Halb so viele Einsätze+++\n\nDas DRK zählt weniger Einsätze.\n"
    )
    assert titles_and_times(text) == [(title, at(19, 57)), ("Halb so viele Einsätze", at(19, 32))]


def test_a_paragraph_after_the_time_is_the_body_not_a_headline():
    text = f"21:10 Uhr {LONG_TEXT}\n\n20:48 Uhr {LONG_TEXT}\n"
    drafts = prepare(text, reference_time=NOW).drafts
    assert [(d.title, d.published_at) for d in drafts] == [("", at(21, 10)), ("", at(20, 48))]
    assert drafts[0].body.startswith("<p>Die Delegationen sind in Anchorage")


def test_plus_signs_open_an_entry_without_a_time():
    text = (
        "+++ Die EU sagt der Ukraine weitere Hilfe zu.\n\nDas Geld soll in die Häfen gehen.\n\n"
        "+++ Moskau meldet einen abgewehrten Drohnenangriff.\n\nÜber Schäden ist nichts bekannt.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.body[:20] for d in drafts] == ["<p>Die EU sagt der U", "<p>Moskau meldet ein"]
    assert all(d.published_at is None or d.time_estimated for d in drafts)


def test_match_minutes_open_entries_and_are_no_times():
    text = (
        "90.+3: Schluss in Bremen. Werder rettet sich in die Relegation.\n\n"
        "88' Tor für Bremen\n\nDer Ball geht flach ins linke Eck.\n\n"
        "83. Minute: Gelbe Karte für den Kapitän nach einem Foul im Mittelfeld.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.title or d.body[:21] for d in drafts] == [
        "<p>Schluss in Bremen.",
        "Tor für Bremen",
        "<p>Gelbe Karte für de",
    ]
    assert all(d.published_at is None or d.time_estimated for d in drafts)


def test_stoppage_time_written_out_as_a_minute_opens_entries_too():
    markers = ["90. +6.", "90.+5", "90.+4.", "90. +3.", "90. +2.", "90.", "88.", "87."]
    texts = [f"Der HSV versucht es noch einmal, Versuch Nummer {n}." for n in range(8)]
    page = "".join(
        f"{marker} Minute: {text}\n\n" for marker, text in zip(markers, texts, strict=True)
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [d.body for d in drafts] == [f"<p>{text}</p>" for text in texts]


def test_bare_minute_numbers_count_only_in_the_order_of_a_match():
    markers = "90 Spielende\n\n88 Gelbe Karte für Stöger\n\nStöger fehlt im nächsten Spiel.\n\n"
    markers += "85 Wechsel bei Düsseldorf\n"
    assert len(prepare(markers, reference_time=NOW).drafts) == 3
    sentences = "18 Menschen wurden verletzt.\n\n40 Feuerwehrleute waren im Einsatz.\n\n"
    sentences += "25 Häuser sind unbewohnbar.\n"
    assert len(prepare(sentences, reference_time=NOW).drafts) == 1


def test_a_short_line_repeated_between_entries_separates_them_and_is_dropped():
    text = (
        "vor Beginn\n\nHerzlich willkommen zum letzten Spieltag.\n\n"
        "vor Beginn\n\nIn Bremen ist das Stadion ausverkauft.\n\n"
        "vor Beginn\n\nDie Aufstellungen sind da.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.body for d in drafts] == [
        "<p>Herzlich willkommen zum letzten Spieltag.</p>",
        "<p>In Bremen ist das Stadion ausverkauft.</p>",
        "<p>Die Aufstellungen sind da.</p>",
    ]


def test_race_and_match_clocks_are_no_times_of_day():
    reader = DateReader(zone=BERLIN, reference=NOW)
    assert reader.read("2:43.70") is None
    assert reader.read("65:59") is None
    assert reader.read("25:61 Uhr").error  # with "Uhr" it was meant as a time: say so


def test_a_date_after_now_is_the_day_the_page_was_saved_not_the_tickers_day():
    text = (
        "Samstag, 27. Juli 2030\n\nLiveticker zum Gipfel\n\n"
        "21:10: Trump trifft ein\n\nAir Force One ist gelandet.\n"
    )
    assert titles_and_times(text) == [("Trump trifft ein", at(21, 10))]


def test_numbered_entries_under_a_site_header():
    text = (
        "Got a licence?\n\nFind out more\n\nLive Reporting\n\nEdited by Jane Doe\n\n"
        "  1. Goodbye for now\n\n    We are pausing our coverage here.\n\n"
        "  2. What happened today\n\n    A short recap:\n\n"
        "    1. The minister resigned\n    2. Markets fell\n\n"
        "  3. Minister resigns\n\n    The minister has stepped down.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.title for d in drafts] == [
        "Goodbye for now",
        "What happened today",
        "Minister resigns",
    ]
    assert "<li>The minister resigned</li>" in drafts[1].body


def test_image_captions_and_their_titles_are_dropped():
    text = (
        "21:10: Front pages\n\nThe papers lead on the summit.\n\n"
        "Express front page\nImage caption: Express front page\n\n"
        "20:48: Trump departs\n\nHe left Washington.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert drafts[0].body == "<p>The papers lead on the summit.</p>"


def test_a_list_of_timed_items_is_a_list_of_entries_when_nothing_else_has_a_time():
    text = (
        "Das Finale im Ticker\n\nGleich geht es los in London.\n\n"
        "• 8:00pm Anstoß durch Italien\n• 1:26: Erste Ecke für Italien\n"
        "• 9:57: England vergibt eine Chance\n• Halbzeit, England führt 1:0\n"
        "• 65:59: Italien gleicht aus\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.title for d in drafts] == [
        "Anstoß durch Italien",
        "Erste Ecke für Italien",
        "England vergibt eine Chance",
        "Halbzeit, England führt 1:0",
        "Italien gleicht aus",
    ]
    assert drafts[0].published_at == at(20, 0)
    # Minutes and seconds of the match, which "65:59" shows are no times of day.
    assert all(d.published_at is None or d.time_estimated for d in drafts[1:])


def test_times_in_a_teaser_list_inside_an_entry_are_not_entries():
    text = (
        "21:10 Uhr\n\nWas bisher geschah\n\n"
        "• 16.20 Uhr: Strafe gegen den Verein\n• 15.22 Uhr: Gespräche auf Eis\n\n"
        "20:30 Uhr\n\n2. Liga\n\nHeidenheim verpasst den Sprung auf Platz drei.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [(d.title, d.published_at) for d in drafts] == [
        ("Was bisher geschah", at(21, 10)),
        ("2. Liga", at(20, 30)),
    ]
    assert "<li>16.20 Uhr: Strafe gegen den Verein</li>" in drafts[0].body


def test_a_paste_without_blank_lines_still_has_headlines():
    text = (
        "21:10 Uhr\nTrump trifft ein\n"
        "Air Force One ist am Nachmittag auf dem Stützpunkt Elmendorf-Richardson gelandet, "
        "wie Reporter vor Ort berichten.\n"
        "Verabschiedung\n"
        "Das war unser Ticker zum Gipfel in Anchorage, vielen Dank für Ihr Interesse und "
        "bis zum nächsten Mal an dieser Stelle.\n"
    )
    assert [title for title, _time in titles_and_times(text)] == [
        "Trump trifft ein",
        "Verabschiedung",
    ]


def test_results_tables_and_menus_are_no_entries():
    text = (
        "15.08. Ende\nBorussia Dortmund\nFSV Mainz 05\n\n"
        "15.08. Ende\nRB Leipzig\nFC Schalke 04\n\n"
        "21:10 Uhr: Spielende\n\n"
        "21:05 Uhr: Schluss in Dortmund\n\nDer BVB verpasst die Meisterschaft am letzten Spieltag.\n"
    )
    assert [title for title, _time in titles_and_times(text)] == [
        "Spielende",
        "Schluss in Dortmund",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("+++ 6:00 n-tv.de beendet den Ticker +++", dt.datetime(2025, 8, 15, 6, 0, tzinfo=BERLIN)),
        ("0815 PM", dt.datetime(2025, 8, 14, 20, 15, tzinfo=BERLIN)),
        (
            "1:09 p.m. ET, August 15, 2025",
            dt.datetime(2025, 8, 15, 13, 9, tzinfo=ZoneInfo("America/New_York")),
        ),
        (
            "(19.09 Uhr) Die Zahl der Fälle ist gestiegen.",
            dt.datetime(2025, 8, 15, 19, 9, tzinfo=BERLIN),
        ),
        ("Date: 2025-08-14 6 p.m.", dt.datetime(2025, 8, 14, 18, 0, tzinfo=BERLIN)),
        (
            "[19:09] Die Zahl der Fälle ist gestiegen.",
            dt.datetime(2025, 8, 15, 19, 9, tzinfo=BERLIN),
        ),
        (
            f"Update vom 14. August, 6.56 Uhr: {LONG_TEXT} {LONG_TEXT}",
            dt.datetime(2025, 8, 14, 6, 56, tzinfo=BERLIN),
        ),
    ],
)
def test_more_time_line_styles(line, expected):
    reader = DateReader(zone=BERLIN, reference=dt.datetime(2025, 8, 15, 20, 0, tzinfo=BERLIN))
    stamp = reader.read(line)
    assert stamp is not None and reader.resolve(stamp, None) == expected


@pytest.mark.parametrize(
    ("label", "zone"),
    [
        ("All times stated are UK", "Europe/London"),
        ("Here are the latest updates as the summit begins (EDT):", "America/New_York"),
        # The agencies' "The Latest" (AP, The Canadian Press), read by a paper elsewhere.
        ("The latest news on the summit in Canada (all times Eastern):", "America/New_York"),
        ("ANCHORAGE (AP) — The Latest on the summit (all times EST):", "EST"),
    ],
)
def test_a_zone_the_page_names_overrides_the_import_zone(label, zone):
    text = f"{label}\n\n21:10: Trump trifft ein\n\nAir Force One ist gelandet.\n"
    drafts = prepare(text, reference_time=dt.datetime(2025, 8, 16, 12, 0, tzinfo=BERLIN)).drafts
    expected = dt.datetime(2025, 8, 15, 21, 10, tzinfo=ZoneInfo(zone))
    assert [d.published_at.utcoffset() for d in drafts] == [expected.utcoffset()]
    assert [d.published_at for d in drafts] == [expected]


def test_a_racers_nation_after_the_name_is_no_zone_of_the_page():
    # "(EST)" is Estonia here; read as Eastern time it would move the race by six hours.
    text = "21:17\n\nJuhan Luik (EST)\n\nNun ist der letzte Sportler unterwegs.\n"
    drafts = prepare(text, reference_time=dt.datetime(2025, 12, 5, 22, 0, tzinfo=BERLIN)).drafts
    assert [d.published_at for d in drafts] == [dt.datetime(2025, 12, 5, 21, 17, tzinfo=BERLIN)]


def test_race_times_and_scores_are_no_times():
    reader = DateReader(zone=BERLIN, reference=NOW)
    assert all(reader.read(line) is None for line in ["1:15:24.10", "2.30", "1:32.30", "1+12"])


def test_bulleted_paragraphs_apart_from_each_other_are_entries():
    paragraph = "Die Delegationen sind in Anchorage eingetroffen und wurden empfangen, wie Reporter"
    text = "".join(f"■ Punkt {n} {paragraph} berichten.\n\n" for n in range(1, 4))
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.body[:11] for d in drafts] == ["<p>Punkt 1 ", "<p>Punkt 2 ", "<p>Punkt 3 "]


def test_a_run_of_headlines_is_a_run_of_entries_without_body():
    text = (
        "Der Sturm zieht über den Norden.\n\n"
        "NEU: 59 km/h Windböe in Hamburg gemessen\n\n"
        "Erster Schnee in Kiel gemeldet\n\n"
        "Schulen in Lübeck bleiben am Montag geschlossen\n\n"
        "Flughafen meldet Ausfälle\n\nAm Nachmittag fielen zwölf Flüge aus.\n"
    )
    assert [title for title, _time in titles_and_times(text)] == [
        "NEU: 59 km/h Windböe in Hamburg gemessen",
        "Erster Schnee in Kiel gemeldet",
        "Schulen in Lübeck bleiben am Montag geschlossen",
        "Flughafen meldet Ausfälle",
    ]


def test_an_authors_name_beside_the_time_is_not_the_headline():
    text = (
        "• 8/15/2025 2:46:46 PM Anna Beispiel\n"
        "Die Delegationen sind in Anchorage eingetroffen, wie Reporter berichten.\n"
        "• 8/15/2025 2:56:19 PM Max Muster\n"
        "Air Force One ist auf dem Stützpunkt gelandet.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [(d.title, d.body[:14]) for d in drafts] == [
        ("", "<p>Die Delegat"),
        ("", "<p>Air Force O"),
    ]


def test_a_comma_after_uhr_separates_the_headline():
    stamp = DateReader(zone=BERLIN, reference=NOW).read("21.10 Uhr, Trump trifft ein")
    assert stamp is not None and stamp.rest == "Trump trifft ein"


def test_a_page_pasted_without_line_breaks_is_cut_at_its_dated_times():
    body = LONG_TEXT * 3
    text = (
        f"Das ist unser Liveblog zum Gipfel. Download Graphic 15.08.2025 21:05 Trump trifft "
        f"ein! {body} 15.08.2025 20:15 Putin landet! {body} 15.08.2025 19:40 Start! {body}"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.published_at for d in drafts] == [at(21, 5), at(20, 15), at(19, 40)]


def test_a_dotted_time_with_a_dash_and_an_authors_initial():
    text = "17.50 - Jane D\n\nThanks for following along tonight.\n\n"
    text += "17.42 - John Roe\n\nThe last over was a thriller.\n"
    drafts = prepare(text, reference_time=NOW).drafts
    assert [(d.title, d.published_at) for d in drafts] == [("", at(17, 50)), ("", at(17, 42))]


def test_a_headline_above_a_time_that_opens_with_a_dateline():
    text = (
        "Trump trifft in Anchorage ein\n\n21.10 Uhr: Anchorage (dpa) - Air Force One ist "
        "gelandet.\n\nPutin landet zuerst\n\n20.48 Uhr: Anchorage - Die russische Maschine "
        "steht auf dem Vorfeld.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [(d.title, d.published_at) for d in drafts] == [
        ("Trump trifft in Anchorage ein", at(21, 10)),
        ("Putin landet zuerst", at(20, 48)),
    ]
    assert drafts[0].body == "<p>Anchorage (dpa) - Air Force One ist gelandet.</p>"


def test_timed_headlines_under_a_short_intro_are_a_teaser_list_in_that_entry():
    text = (
        "21:37 Uhr\n\nTop-News des Tages\n\nDas sind die bisherigen Top-News des Tages:\n\n"
        "15.31 Uhr: Trump trifft ein\n\n15.16 Uhr: Putin landet\n\n12.04 Uhr: Gipfel beginnt\n\n"
        "21:30 Uhr\n\nFeierabend\n\nDanke fürs Mitlesen, bis morgen an dieser Stelle.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [(d.title, d.published_at) for d in drafts] == [
        ("Top-News des Tages", at(21, 37)),
        ("Feierabend", at(21, 30)),
    ]
    assert "<li>15.31 Uhr: Trump trifft ein</li>" in drafts[0].body


@pytest.mark.parametrize(
    ("line", "expected"),
    [("2h ago", at(20, 0)), ("45m ago", at(21, 15)), ("vor 5 Min.", at(21, 55))],
)
def test_short_relative_times(line, expected):
    reader = DateReader(zone=BERLIN, reference=NOW)
    stamp = reader.read(line)
    assert stamp is not None and reader.resolve(stamp, None) == expected


def test_a_row_of_figures_above_the_next_time_stays_in_its_entry():
    text = (
        "18:00 Uhr - Die erste Prognose\n\nGrüne: 31,0 %\n\nCDU: 23,0 %\n\nSonstige: 4,5 %\n\n"
        f"17:52 Uhr\n\n{LONG_TEXT}\n\n17:50 Uhr\n\n{LONG_TEXT}\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [(d.title, d.published_at) for d in drafts] == [
        ("Die erste Prognose", at(18, 0)),
        ("", at(17, 52)),
        ("", at(17, 50)),
    ]
    assert "Sonstige: 4,5 %" in drafts[0].body


def test_a_short_closing_line_is_no_headline_when_the_page_puts_none_above_its_times():
    text = (
        f"21:30 Uhr\n\n{LONG_TEXT}\n\nMehr in Kürze\n\n21:10 Uhr\n\n{LONG_TEXT}\n\n"
        f"20:50 Uhr\n\n{LONG_TEXT}\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [(d.title, d.published_at) for d in drafts] == [
        ("", at(21, 30)),
        ("", at(21, 10)),
        ("", at(20, 50)),
    ]
    assert drafts[0].body.endswith("<p>Mehr in Kürze</p>")


@pytest.mark.parametrize(
    "closing",
    [
        "Damit verabschiede ich mich aus diesem Liveticker, morgen geht es hier weiter.",
        "Right, that’s all from me. Thanks for your company today and during the fortnight.",
        "Auf Wiedersehen! Morgen früh ist meine Kollegin hier für Sie am Ticker.",
    ],
)
def test_a_paste_opening_with_the_closing_post_keeps_it_as_the_first_entry(closing):
    text = f"{closing}\n\n21:10 Uhr\n\n{LONG_TEXT}\n\n20:50 Uhr\n\n{LONG_TEXT}\n"
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.body for d in drafts][0] == f"<p>{closing}</p>"
    assert [d.published_at for d in drafts][1:] == [at(21, 10), at(20, 50)]


@pytest.mark.parametrize(
    "note",
    [
        "Editor’s note: Thank you for reading our live blog. This page is no longer being updated.",
        "Vielen Dank fürs Mitlesen. Dieser Liveblog wird nicht mehr aktualisiert.",
    ],
)
def test_the_pages_note_that_it_is_no_longer_updated_is_no_closing_post(note):
    text = f"{note}\n\n21:10 Uhr\n\n{LONG_TEXT}\n\n20:50 Uhr\n\n{LONG_TEXT}\n"
    result = prepare(text, reference_time=NOW)
    assert [d.published_at for d in result.drafts] == [at(21, 10), at(20, 50)]
    assert all(note not in d.body for d in result.drafts)


def test_the_signature_of_an_embedded_post_is_not_the_next_headline():
    text = (
        "5:30 p.m.\n\nThe governor reports the largest single day increase in cases.\n\n"
        "464 have recovered — Jane Doe (@janedoe) April 10, 2020\n\n"
        "3:52 p.m.\n\nThe academy is canceling its public commissioning events.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.title for d in drafts] == ["", ""]
    assert "(@janedoe)" in drafts[0].body
    assert drafts[1].body == "<p>The academy is canceling its public commissioning events.</p>"


def test_several_sentences_ending_in_an_exclamation_are_no_headline():
    text = (
        "10:45 a.m.\n\nThe candidate has returned to his childhood home on his last day.\n\n"
        "He arrived at the small house to a welcome of more than 100 people across the "
        "street. He greeted the crowd and said: “It’s good to be home!”\n\n"
        "He lived in the home until he was 10 years old.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert len(drafts) == 1
    assert "good to be home" in drafts[0].body


def test_numbered_entries_whose_pictures_were_dropped_and_a_numbered_menu():
    text = (
        "Bundesliga\n2. Bundesliga\nChampions League\n\n"
        "  1. Roundup\n\n    A brief look back at what has been happening today.\n\n"
        "  2. Express front page\n\n    Express front page\n"
        "    Image caption: Express front page\n"
        "  3. Post update\n\n    The papers lead on the summit.\n\n"
        "1. FC Köln\nBayern München\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.title for d in drafts][:3] == ["Roundup", "Express front page", "Post update"]
    assert "Bundesliga" not in [d.title for d in drafts]


def test_an_overview_of_timed_headlines_is_dropped_and_a_time_fills_in_a_marked_entry():
    text = (
        "Das Wichtigste auf einen Blick:\n\n"
        "Putin landet in Anchorage (21.24 Uhr)\n\nTrump trifft ein (20.48 Uhr)\n\n"
        "Die Delegationen beraten (19.52 Uhr)\n\n"
        f"++ Putin landet in Anchorage\n\n(21.24 Uhr) {LONG_TEXT}\n\n"
        f"++ Trump trifft ein\n\n(20.48 Uhr) {LONG_TEXT}\n"
    )
    assert titles_and_times(text) == [
        ("Putin landet in Anchorage", at(21, 24)),
        ("Trump trifft ein", at(20, 48)),
    ]


def test_a_short_line_inside_a_timed_entry_is_no_headline_where_times_open_the_entries():
    text = (
        "21:30 Uhr\n\nDie Zahlen aus den Kreisen:\n\n12 in Anchorage\n\nDie Lage ist ruhig.\n\n"
        f"21:10 Uhr\n\n{LONG_TEXT}\n\n20:50 Uhr\n\n{LONG_TEXT}\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [(d.title, d.published_at) for d in drafts] == [
        ("", at(21, 30)),
        ("", at(21, 10)),
        ("", at(20, 50)),
    ]
    assert "<p>12 in Anchorage</p>" in drafts[0].body


def test_a_match_minute_alone_on_its_line_opens_an_entry():
    text = (
        f"15:30 Uhr\n\n{LONG_TEXT}\n\n1.\n\n1:0 für Wolfsburg! Ein Tor aus dem Nichts.\n\n"
        f"15:20 Uhr\n\n{LONG_TEXT}\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.body for d in drafts] == [
        f"<p>{LONG_TEXT}</p>",
        "<p>1:0 für Wolfsburg! Ein Tor aus dem Nichts.</p>",
        f"<p>{LONG_TEXT}</p>",
    ]


def test_where_headlines_follow_the_times_a_reading_tip_above_the_next_time_is_no_headline():
    text = (
        f"21:30 Uhr\n\nNachspielzeit\n\n{LONG_TEXT}\n\nTrainer im Interview: Der nette Coach\n\n"
        f"Wen würdest du wählen?\n\n21:10 Uhr\n\nTops des Tages\n\n{LONG_TEXT}\n\n"
        f"Zahl des Tages\n\n20:50 Uhr\n\nBild des Tages\n\n{LONG_TEXT}\n"
    )
    assert titles_and_times(text) == [
        ("Nachspielzeit", at(21, 30)),
        ("Tops des Tages", at(21, 10)),
        ("Bild des Tages", at(20, 50)),
    ]


def test_a_second_headline_under_a_numbered_entry_is_its_standfirst():
    text = (
        "  1. The latest headlines\n\n    Mural in the city centre\n\n"
        "    As we end our coverage for the day, here is a quick recap.\n\n"
        "  2. Coverage is finishing shortly\n\n    We will be wrapping up very soon.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.title for d in drafts] == ["The latest headlines", "Coverage is finishing shortly"]
    assert drafts[0].body.startswith("<p>Mural in the city centre</p>")


def test_a_pictures_caption_inside_a_numbered_post_opens_no_post():
    text = (
        "Live Reporting\n\n"
        "  1. Musical prepares to sail into the theatre\n\n"
        "    A musical featuring songs by Sting is due to come to Northampton.\n\n"
        "    Sting at the Royal & Derngate\n\n"
        '    He said the show is "about the town I was raised in" and was inspired by it.\n\n'
        "  2. Coverage is finishing shortly\n\n    We will be wrapping up very soon.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.title for d in drafts] == [
        "Musical prepares to sail into the theatre",
        "Coverage is finishing shortly",
    ]
    assert "about the town I was raised in" in drafts[0].body


def test_a_first_numbered_post_ending_the_coverage_is_a_post_not_the_pages_title():
    text = (
        "Live Reporting\n\n"
        "  1. Our live coverage across the day\n\n    Andrew Segal\n\n"
        "    Live updates have finished for the day, but we will be back on Tuesday.\n\n"
        "  2. Explorer to sail to the North Pole\n\n    The explorer wants to show the ice.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.title for d in drafts] == [
        "Our live coverage across the day",
        "Explorer to sail to the North Pole",
    ]


RUN_IN_POSTS = (
    "Senat berät über Ehe für alle: Am Freitag stimmt der Bundesrat über die Gleichstellung "
    "ab. Die Koalition in Berlin ist uneins darüber.",
    "Siemens will 1400 Stellen streichen: Im Gasturbinenwerk stehen bereits 800 Arbeitsplätze "
    "auf der Kippe, teilt die IG Metall mit.",
    "Google-Chef will mehr Forschung in Berlin: Der Konzern kündigt ein neues Labor in der "
    "Hauptstadt an, mit zweihundert Stellen.",
)


def test_paragraphs_each_opened_by_a_run_in_headline_are_posts_on_a_page_without_times():
    page = "Berlin am Morgen\n\nDarüber spricht Berlin heute:\n\n" + "\n\n".join(RUN_IN_POSTS)
    drafts = prepare(page, reference_time=NOW).drafts
    assert [d.body for d in drafts] == [f"<p>{post}</p>" for post in RUN_IN_POSTS]


def test_a_paragraph_introducing_a_quotation_stays_in_the_post_under_its_headline():
    posts = [
        f"{title}\n\nThere are reports of an incident on the bridge this afternoon, and the road is closed.\n\n{who} said on Facebook: "
        f'"{post.partition(": ")[2]}"'
        for title, who, post in zip(
            ("Delays in Neyland", "Garden damaged", "Fire in Newport"),
            ("The police", "The council", "The fire service"),
            RUN_IN_POSTS,
            strict=True,
        )
    ]
    drafts = prepare("Live blog\n\n" + "\n\n".join(posts), reference_time=NOW).drafts
    assert [d.title for d in drafts] == ["Delays in Neyland", "Garden damaged", "Fire in Newport"]


def test_a_teaser_dated_after_the_paste_above_a_bulleted_ticker_is_no_post():
    posts = [("Josh Lowensohn", "5:00:03 PM", "One minute to go here."),
             ("Tim Stevens", "5:01:15 PM", "Presentation starting off with a video."),
             ("Scott Stein", "5:01:40 PM", "Okay everyone, here we go.")]  # fmt: skip
    text = (
        "Apple Event Live Blog\n\nApple October iPad event\n"
        "Oct 16, 2026 - 11:00 AM EDT Apple is hosting an event to show off its devices.\n"
        + "".join(f"  • {name} 03/06/2024 {clock}\n    {post}\n" for name, clock, post in posts)
    )
    drafts = prepare(text, time_zone="America/New_York", reference_time=NOW).drafts
    assert [d.body for d in drafts] == [f"<p>{post}</p>" for _name, _clock, post in posts]
    assert drafts[0].published_at == dt.datetime(2024, 3, 6, 22, 0, 3, tzinfo=dt.UTC)


def test_a_match_minute_under_a_bare_time_is_the_text_of_the_post_the_time_opens():
    minutes = [("8.17pm", "90 min: There will be four added minutes."),
               ("8.16pm", "88 min: Alderweireld is booked for complaining."),
               ("8.15pm", "87 min: Aurier busts into the box down the right."),
               ("8.13pm", "86 min: Routledge comes on for van der Hoorn.")]  # fmt: skip
    page = "Spurs 0-0 Swansea – as it happened\n\n" + "\n\n".join(
        f"{clock} BST\n\n{post}" for clock, post in minutes
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [(d.published_at, d.time_estimated) for d in drafts] == [
        (at(21, 17), False), (at(21, 16), False), (at(21, 15), False), (at(21, 13), False)
    ]  # fmt: skip
    assert [d.body for d in drafts] == [f"<p>{post}</p>" for _clock, post in minutes]


def test_a_dotted_time_labelled_updated_is_a_time_but_a_dotted_day_labelled_stand_is_not():
    reader = DateReader(zone=BERLIN, reference=NOW)
    updated = reader.read("Updated 20.48")
    assert updated is not None and reader.resolve(updated, None) == at(20, 48)
    assert reader.read("Stand 14.03") is None or reader.read("Stand 14.03").clock is None


def test_a_post_signed_after_a_slash_keeps_the_name_out_of_its_text():
    page = "".join(f"{9 - n}pm / Ike Morris\n\n{LONG_TEXT} ({n})\n\n" for n in range(3))
    drafts = prepare(page, time_zone="Europe/Berlin", reference_time=NOW).drafts
    assert [d.published_at for d in drafts] == [at(21 - n, 0) for n in range(3)]
    assert all("Ike Morris" not in d.body and not d.title for d in drafts)


def test_an_award_after_a_time_is_the_headline_not_an_authors_name():
    page = f"04:38 Uhr | Bester Film\n\n{LONG_TEXT}\n\n04:28 Uhr | Beste Regie\n\n{LONG_TEXT}"
    assert [title for title, _time in titles_and_times(page)] == ["Bester Film", "Beste Regie"]


def test_a_short_quotation_under_a_time_is_the_headline_a_quoted_sentence_is_text():
    page = (
        f"21:10 Uhr\n\n„Wir sind bereit“\n\n{LONG_TEXT}\n\n"
        f"20:50 Uhr\n\n„Wir werden den Vertrag unterschreiben, sobald er vorliegt.“\n\n{LONG_TEXT}"
    )
    assert [title for title, _time in titles_and_times(page)] == ["„Wir sind bereit“", ""]


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Subs: Jonas Lössl, Mason Holgate, Cenk Tosun, Alex Iwobi, Djibril Sidibé", False),
        ("Putin, Trump und Selenskyj: das Treffen in Alaska", True),
        ("CDU: 27% – SPD: 19,8% – Grüne: 19,7% – Linke: 6,3% – FDP: 7,5%", False),
        # A credit line closes the post above it; it heads none below.
        ("Quelle: Forschungsgruppe Wahlen, ZDF", False),
        ("Source: Electoral Commission", False),
    ],
)
def test_a_list_or_a_credit_line_has_no_headlines_shape(line, headline):
    assert could_be_headline(line) is headline


def test_bulleted_entries_opened_by_times_past_midnight_keep_their_times():
    text = (
        "Demoticker\n\n"
        "  • 00:25 Uhr: Die Polizei macht den Zugang zur Innenstadt dicht.\n"
        "  • 23:45 Uhr: Auseinandersetzungen am Bahnhof. Mehrere Festnahmen.\n"
        "  • 22:40 Uhr: Ohne weitere Zwischenfälle ist die Demonstration beendet.\n"
    )
    drafts = prepare(text, reference_time=NOW + dt.timedelta(hours=3)).drafts
    assert [d.published_at for d in drafts] == [
        at(0, 25) + dt.timedelta(days=1),
        at(23, 45),
        at(22, 40),
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_headline_above_a_time_that_opens_a_short_sentence_is_the_entrys(gap):
    entries = [
        ("Schalke in Hamburg angekommen", "21.01 Uhr: Der FC Schalke 04 ist am Abend angekommen:"),
        ("Schiri Welz pfeift", "19.23 Uhr: Als Schiedsrichter setzte die DFL Tobias Welz an."),
        ("HSV gibt Kader bekannt", "18.28 Uhr: Der HSV hat den Kader für das Spiel benannt."),
    ]
    text = "Alle News rund um das Spiel hier im Ticker." + gap
    text += "".join(f"{title}{gap}{line}{gap}" for title, line in entries)
    assert titles_and_times(text) == [
        ("Schalke in Hamburg angekommen", at(21, 1)),
        ("Schiri Welz pfeift", at(19, 23)),
        ("HSV gibt Kader bekannt", at(18, 28)),
    ]


def test_a_paste_that_starts_with_the_first_entrys_headline_keeps_it():
    text = (
        "Lawinentote diesen Winter\n\n12.24 Uhr: In Österreich sind bisher zehn Menschen in "
        "Lawinen ums Leben gekommen.\n\nLawine trifft Hotel\n\n09.27 Uhr: Eine nächtliche Lawine "
        "hat ein Hotel getroffen.\n\nTauwetter lässt Pegel steigen\n\n08.38 Uhr: Das Hochwasser "
        "an der Wörnitz hat die zweithöchste Meldestufe erreicht.\n"
    )
    assert titles_and_times(text) == [
        ("Lawinentote diesen Winter", at(12, 24)),
        ("Lawine trifft Hotel", at(9, 27)),
        ("Tauwetter lässt Pegel steigen", at(8, 38)),
    ]


def test_two_entries_each_under_its_headline_above_a_text_opening_time_keep_them():
    text = (
        "Kulturpass gilt ab April\n\nUpdate, 15. August, 12 Uhr: Beim Kulturpass handelt es "
        "sich um ein Pilotprojekt.\n\nAnklage im Klinikskandal\n\nUpdate, 15. August, 8.55 Uhr: "
        "Die Staatsanwaltschaft hat Anklage gegen neun Personen erhoben.\n"
    )
    assert titles_and_times(text) == [
        ("Kulturpass gilt ab April", at(12, 0)),
        ("Anklage im Klinikskandal", at(8, 55)),
    ]


def test_a_posts_age_before_its_clock_leaves_the_clock_its_time():
    text = (
        "now 21.39 Our five-man breakaway has a lead of about 15 seconds.\n\n"
        "3m ago 21.36 Three riders were the original escape party.\n\n"
        "12m ago 21.27 Still no breakaway, but the front is strung out.\n"
    )
    assert [time for _title, time in titles_and_times(text)] == [at(21, 39), at(21, 36), at(21, 27)]


def test_the_posts_authors_beside_their_times_are_no_text():
    text = (
        "Salzburg-Wahl im Live-Blog\n\n"
        "21:10 | 15.08.2025 | Karl Ober Entspannte Stimmabgabe Die ÖVP kann mit einem Sieg rechnen.\n\n"
        "20:49 | 15.08.2025 | Karl Ober Endergebnis um 21.00 Das Ergebnis wird bald erwartet.\n\n"
        "20:12 | 15.08.2025 | Lukas Kap Pinke Hoffnung Als erster hatte der NEOS-Chef gewählt.\n\n"
        "19:18 | 15.08.2025 | Lukas Kap So wählte Salzburg 2013 Damals gab es ein starkes Team.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.published_at for d in drafts] == [at(21, 10), at(20, 49), at(20, 12), at(19, 18)]
    assert [d.body[3:20] for d in drafts] == [
        "Entspannte Stimma",
        "Endergebnis um 21",
        "Pinke Hoffnung Al",
        "So wählte Salzbur",
    ]


def test_a_users_handle_beside_most_times_is_no_entry_of_its_own():
    text = "Akademikerball live\n\n" + "".join(
        f"21:{minute} | ntatschl\n\n{body}\n\n"
        for minute, body in (
            ("38", "Wir verabschieden uns für heute und danken für die Aufmerksamkeit."),
            ("29", "Bisher wurden keine Attacken auf Ballgäste gemeldet."),
            ("26", "Es kam zu einigen Festnahmen, die genaue Zahl ist noch nicht bekannt."),
        )
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [(d.published_at, d.title, d.body[3:15]) for d in drafts] == [
        (at(21, 38), "", "Wir verabsch"),
        (at(21, 29), "", "Bisher wurde"),
        (at(21, 26), "", "Es kam zu ei"),
    ]


def test_a_clock_with_seconds_then_a_dash_and_its_day_is_one_stamp():
    text = (
        "4:41:05 pm - Fri 15 Aug\n\nOscar Pistorius granted bail.\n\n"
        "2:40:51 pm - Fri 15 Aug\n\nThe ruling is about to begin.\n\n"
        "11:02:10 am - Thu 14 Aug\n\nThe hearing resumes.\n"
    )
    drafts = prepare(text, reference_time=NOW).drafts
    assert [d.published_at for d in drafts] == [
        at(16, 41).replace(second=5),
        at(14, 40).replace(second=51),
        at(11, 2).replace(second=10) - dt.timedelta(days=1),
    ]
    assert [d.title or d.body[3:20] for d in drafts][0].startswith("Oscar Pistorius")

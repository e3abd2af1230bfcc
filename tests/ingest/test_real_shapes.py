"""Page shapes met on real tickers of more outlets: sub-headings over times that open with
text, kickers beside the time, label-and-bar commentaries, pages in a frame of bars or
broken inside sentences, desk labels, doubled lines, author cards, dotted times, IST."""

import datetime as dt

import pytest

from .conftest import BERLIN, prepare

NOW = dt.datetime(2024, 3, 7, 23, 0, tzinfo=BERLIN)
TEXTS = [
    "Der Stadtrat hat am Abend über den neuen Haushalt beraten und die Sitzung nach drei "
    "Stunden vertagt.",
    "Die Opposition kritisierte den Entwurf scharf und verlangte im Ausschuss weitere Änderungen.",
    "Am Nachmittag soll die Sitzung fortgesetzt werden, dann geht es um die Ausgaben für "
    "die Schulen.",
    "Die Verwaltung legt bis Freitag eine neue Aufstellung der Ausgaben und der Einnahmen vor.",
]


def long_posts(count: int) -> list[str]:
    """Posts as long as real ones: only a line of a whole page is taken for a flattened one."""
    return [" ".join(TEXTS[index:] + TEXTS[:index]) for index in range(count)]


def entries(page: str, **options) -> list[tuple[str, str, str | None]]:
    """(title, body, time as HH:MM) of each entry."""
    options.setdefault("reference_time", NOW)
    return [
        (d.title, d.body, d.published_at and d.published_at.strftime("%H:%M"))
        for d in prepare(page, **options).drafts
    ]


def test_sub_headings_a_page_puts_again_and_again_above_text_times_are_the_titles():
    page = "Stadtrat live\n\n" + "\n\n".join(
        [
            f"21:03 Uhr: {TEXTS[0]}",
            f"Kritik der Opposition\n\n20:59 Uhr: {TEXTS[1]}",
            f"Fortsetzung am Nachmittag\n\n20:49 Uhr: {TEXTS[2]}",
            f"Neue Zahlen\n\n20:45 Uhr: {TEXTS[3]}",
        ]
    )
    assert [(title, time) for title, _body, time in entries(page)] == [
        ("", "21:03"),
        ("Kritik der Opposition", "20:59"),
        ("Fortsetzung am Nachmittag", "20:49"),
        ("Neue Zahlen", "20:45"),
    ]


def test_a_page_title_right_above_a_time_that_opens_with_text_is_no_entry_title():
    page = "Stadtrat-Tracker: Haushalt vertagt - Opposition unzufrieden\n" + "\n".join(
        f"{hour}:00 Uhr - {text}" for hour, text in zip((22, 21, 20), TEXTS, strict=False)
    )
    found = entries(page)
    assert [title for title, _body, _time in found] == ["", "", ""]
    assert found[0][1] == f"<p>{TEXTS[0]}</p>"


def test_kickers_beside_the_times_give_way_to_the_headlines_below_them():
    page = "Stadtrat live\n\n" + "\n\n".join(
        f"{hour}:10 Uhr - {place}\n\nUpdate - {title}\n\n{text}"
        for hour, place, title, text in zip(
            (22, 21, 20),
            ("Emden", "Leer", "Aurich"),
            ("Haushalt vertagt", "Opposition dagegen", "Sitzung geht weiter"),
            TEXTS,
            strict=False,
        )
    )
    assert [title for title, _body, _time in entries(page)] == [
        "Update - Haushalt vertagt",
        "Update - Opposition dagegen",
        "Update - Sitzung geht weiter",
    ]


@pytest.mark.parametrize("bullet", ["", "• "])
def test_kickers_under_listed_times_give_way_to_the_headlines_below_them(bullet):
    kickers = ("Haushalt", "Streit im Rat", "Sitzung")
    titles = ("Rat vertagt die Beratung", "Opposition stimmt dagegen", "Es geht am Montag weiter")
    page = "Newsticker\n\n" + "\n\n".join(
        f"{bullet}{hour}:10\n\n{kicker}\n\n{title}\n\n{text}"
        for hour, kicker, title, text in zip((22, 21, 20), kickers, titles, TEXTS, strict=False)
    )
    assert entries(page) == [
        (title, f"<p>{text}</p>", f"{hour}:10")
        for hour, title, text in zip((22, 21, 20), titles, TEXTS, strict=False)
    ]


def test_a_kicker_in_capitals_beside_the_time_is_the_entry_title():
    page = f"Stadtrat live\n\n20:40 Uhr - GUTE NACHT - {TEXTS[0]}\n\n20:30 Uhr - {TEXTS[1]}\n"
    assert entries(page)[0] == ("GUTE NACHT", f"<p>{TEXTS[0]}</p>", "20:40")


def test_a_commentary_whose_paragraphs_open_with_a_label_and_a_bar_has_an_entry_each():
    page = "Live Commentary\n\n" + "\n\n".join(
        [
            "RESULT | The home side win by five wickets off the final ball.",
            "Over 20 | Two from one ball…",
            "Over 20 | It goes into the final over.",
            "Over 19 | Another wicket, caught at long on.",
        ]
    )
    assert [title or body for title, body, _time in entries(page)] == [
        "<p>The home side win by five wickets off the final ball.</p>",
        "Two from one ball…",
        "<p>It goes into the final over.</p>",
        "<p>Another wicket, caught at long on.</p>",
    ]


def test_a_label_over_a_short_line_stays_in_the_headline_a_reader_needs_it_in():
    page = "Live Commentary\n\n" + "\n\n".join(
        f"{set_name} set | FEDERER {games}, Djokovic {games}\n{text}"
        for set_name, games, text in zip(
            ("Third", "Third", "Second"), (6, 5, 4), TEXTS, strict=False
        )
    )
    assert [title for title, _body, _time in entries(page)] == [
        "Third set | FEDERER 6, Djokovic 6",
        "Third set | FEDERER 5, Djokovic 5",
        "Second set | FEDERER 4, Djokovic 4",
    ]


def test_a_page_in_a_frame_of_bars_broken_inside_sentences_is_read_as_its_text():
    page = (
        "| # stadt.de -- Ticker Haushaltsabend | |\n"
        "| 22.30 Uhr, Rathaus: Wir verabschieden uns. Morgen geht es | |\n"
        "| weiter mit der Sitzung des Stadtrats. | |\n"
        "| 22.20 Uhr, Rathaus: Die Opposition kritisiert den Entwurf und | |\n"
        "| verlangt Änderungen. | |\n"
        "| 22.05 Uhr, Rathaus: Die Verwaltung legt eine neue Aufstellung vor. | |\n"
    )
    assert [(body, time) for _title, body, time in entries(page)] == [
        ("<p>Wir verabschieden uns. Morgen geht es weiter mit der Sitzung des Stadtrats.</p>",
         "22:30"),
        ("<p>Die Opposition kritisiert den Entwurf und verlangt Änderungen.</p>", "22:20"),
        ("<p>Die Verwaltung legt eine neue Aufstellung vor.</p>", "22:05"),
    ]  # fmt: skip


def test_a_line_doubled_by_the_paste_is_one_entry():
    page = "Stadtrat live\n" + "\n".join(
        [f"18:45 Uhr | {TEXTS[0]}", f"18:45 Uhr | {TEXTS[0]}", f"18:00 Uhr | {TEXTS[1]}"]
    )
    assert [time for _title, _body, time in entries(page)] == ["18:45", "18:00"]


def test_author_cards_part_the_entries_of_an_untimed_page_and_are_dropped():
    page = "\n\n\n".join(
        [
            "Election night: state by state",
            TEXTS[0],
            "Anna Berg headshot\n\n\nAnna Berg in Bremen",
            TEXTS[1],
            "Jonas Weber headshot\n\n\nJonas Weber in Kiel",
            TEXTS[2],
            "Anna Berg headshot\n\n\nAnna Berg in Bremen",
            TEXTS[3],
        ]
    )
    bodies = [body for _title, body, _time in entries(page)]
    assert bodies[-3:] == [f"<p>{text}</p>" for text in TEXTS[1:]]
    assert not any("headshot" in body or "in Bremen" in body for body in bodies)


def test_dotted_times_open_the_entries_of_a_page_that_uses_them_again_and_again():
    page = "Games live\n\n" + "\n\n".join(
        f"18.{minute:02d} {text}" for minute, text in zip((10, 6, 3), TEXTS, strict=False)
    )
    assert [time for _title, _body, time in entries(page)] == ["18:10", "18:06", "18:03"]


def test_dotted_times_after_an_agency_bar_open_the_entries_of_a_page_that_uses_them():
    page = "Der Tag im Überblick\n\n" + "\n\n".join(
        f"++ 19.{minute:02d} {text}" for minute, text in zip((38, 34, 27), TEXTS, strict=False)
    )
    assert [time for _title, _body, time in entries(page)] == ["19:38", "19:34", "19:27"]


def test_a_dotted_number_once_is_no_time():
    page = f"Stadtrat live\n\n20:00 Uhr\n\n{TEXTS[0]}\n\n3.50 Euro kostet die Karte.\n"
    assert [time for _title, _body, time in entries(page)] == ["20:00"]


def test_ist_after_a_time_is_indian_time_unless_the_import_is_read_in_ireland():
    page = f"India News LIVE\n\n23:09 IST, April 23rd 2023\nCouncil meets\n\n{TEXTS[0]}\n"
    reference = dt.datetime(2023, 4, 24, 12, 0, tzinfo=dt.UTC)
    indian = prepare(page, reference_time=reference).drafts[0]
    assert indian.published_at == dt.datetime(2023, 4, 23, 17, 39, tzinfo=dt.UTC)
    irish = prepare(page, reference_time=reference, time_zone="Europe/Dublin").drafts[0]
    assert irish.published_at == dt.datetime(2023, 4, 23, 22, 9, tzinfo=dt.UTC)


def test_a_marker_used_once_above_clock_timed_entries_is_the_pages_head():
    page = (
        "Politik\n\n++ Haushalt vertagt ++\n\nDer Stadtrat vertagt sich. Mehr im Nachtblog.\n\n"
        + "\n\n".join(
            f"{hour}:00\n\nTitel {hour}\n\n{text}"
            for hour, text in zip((22, 21, 20), TEXTS, strict=False)
        )
    )
    assert [title for title, _body, _time in entries(page)] == ["Titel 22", "Titel 21", "Titel 20"]


def test_entries_keep_berlin_time_when_nothing_names_another_zone():
    page = f"Stadtrat live\n\n20:00 Uhr\n\n{TEXTS[0]}\n"
    draft = prepare(page, reference_time=NOW).drafts[0]
    assert draft.published_at == dt.datetime(2024, 3, 7, 20, 0, tzinfo=BERLIN)


def test_an_embedded_posts_signature_and_a_results_link_are_no_text_of_the_entry():
    page = (
        f"Stadtrat live\n\n20:00 Uhr\n\nErste Zahlen\n\n{TEXTS[0]}\n"
        "— Stadtanzeiger (@stadtanzeiger) March 7, 2024\n\nSee Bremen results\n\n"
        f"19:00 Uhr\n\nVor der Sitzung\n\n{TEXTS[1]}\n"
    )
    assert [body for _title, body, _time in entries(page)] == [
        f"<p>{TEXTS[0]}</p>",
        f"<p>{TEXTS[1]}</p>",
    ]


def test_match_minutes_written_as_mins_open_the_entries_of_a_commentary():
    page = "Spain v Italy live\n\n" + "\n\n".join(
        f"{minute} mins: {text}" for minute, text in zip((93, 91, 90), TEXTS, strict=False)
    )
    assert [body for _title, body, _time in entries(page)] == [
        f"<p>{text}</p>" for text in TEXTS[:3]
    ]


def test_minutes_ticked_alone_above_their_text_without_blank_lines_open_posts():
    # Eurosport: the match's minutes over the clock times of the build-up, newest first.
    minutes = "\n".join(
        f"{minute}'\n{text}" for minute, text in zip((5, 4, 3), TEXTS, strict=False)
    )
    clocks = "\n".join(f"19.{m}\n{text}" for m, text in zip((44, 42, 40), TEXTS[1:], strict=False))
    head = "Champions League / Final\nLive Updates\n\nUpdated 24/05/2014 at 22:46 GMT+1"
    page = f"{head}\n\n{minutes}\n{clocks}\n"
    bodies = [body for _title, body, _time in entries(page)]
    # (The first minute stands right under the page's stamp, whose block it joins.)
    assert bodies[-5:] == [f"<p>{text}</p>" for text in [*TEXTS[1:3], *TEXTS[1:]]]


def test_minutes_with_a_full_stop_open_posts_where_stoppage_time_is_written_so_too():
    posts = [("90+3.", "Schlusspfiff. Bittere Pleite für Rapid."), ("90+3.", "Wieder ein Freistoß."),
             ("90+2.", "Gute Freistoßposition für Rapid."), ("90.", TEXTS[0]), ("89.", TEXTS[1]),
             ("87.", TEXTS[2])]  # fmt: skip
    page = "Der Ticker zum Nachlesen\n\n" + "\n\n".join(f"{m} {text}" for m, text in posts)
    assert [body for _title, body, _time in entries(page)] == [
        f"<p>{text}</p>" for _m, text in posts
    ]


def test_a_numbered_list_with_full_stops_stays_numbered_items():
    page = "Die Favoriten\n\n" + "\n\n".join(f"{n}. {text}" for n, text in enumerate(TEXTS, 1))
    assert all("<p>1. " not in body for _title, body, _time in entries(page)[1:])


def test_minutes_written_after_the_word_open_entries_under_the_timed_ones():
    page = (
        f"Schweden – Schweiz 1:0\n\n17.57 Uhr – {TEXTS[0]}\n\n"
        f"Minute 90+ – {TEXTS[1]}\n\nMinute 90+ – {TEXTS[2]}\n\nMinute 88 – {TEXTS[3]}\n"
    )
    assert [body for _title, body, _time in entries(page)] == [
        f"<p>{text}</p>" for text in TEXTS[:4]
    ]


def test_a_races_laps_open_its_posts_and_stay_in_their_text():
    laps = [f"Lap {lap}/71 {text}" for lap, text in zip((35, 34, 33), TEXTS, strict=False)]
    standings = "  1. Verstappen\n\n  2. Norris\n\n  3. Alonso"
    page = "Brazilian Grand Prix – live\n\nKey events\n\n" + "\n\n".join(
        [laps[0], f"{laps[1]}\n\n{standings}", laps[2]]
    )
    assert [title or body for title, body, _time in entries(page)] == [
        f"<p>{laps[0]}</p>",
        f"<p>{laps[1]}</p><p>1. Verstappen</p><p>2. Norris</p><p>3. Alonso</p>",
        f"<p>{laps[2]}</p>",
    ]


def test_lap_headlines_on_lines_of_their_own_some_repeated_are_headlines_not_rules():
    # The Sun's race page without blank lines: "LAP 8/50" twice, "LAP 1/50" three times.
    laps = ("LAP 11/50", "LAP 8/50", "LAP 8/50", "LAP 6/50", "LAP 1/50", "LAP 1/50", "LAP 1/50")
    posts = [f"{lap}\n{TEXTS[index % 4]}" for index, lap in enumerate(laps)]
    page = "F1 Saudi Arabian Grand Prix LIVE RESULTS\n" + "\n".join(posts)
    assert [title for title, _body, _time in entries(page)] == list(laps)


@pytest.mark.parametrize(
    ("marker", "clock"),
    [("Runde {} von 61:", "14:10 Uhr:"), ("{}. Runde:", "23:07 Uhr:")],  # a race's, a fight's
)
def test_posts_opened_by_laps_or_rounds_above_a_timed_post_are_no_page_head(marker, clock):
    posts = [f"{marker.format(n)} {text}" for n, text in zip((3, 2, 1), TEXTS, strict=False)]
    page = "Live\n\n" + "\n\n".join([*posts, f"{clock} {TEXTS[3]}"])
    assert [body for _title, body, _time in entries(page)] == [
        *(f"<p>{post}</p>" for post in posts),
        f"<p>{TEXTS[3]}</p>",
    ]


def test_a_summary_box_of_facts_above_the_timed_posts_stays_the_pages_head():
    facts = "\n\n".join(
        f"+++ {fact}"
        for fact in (
            "7300 Demonstranten kamen vor die Rote Flora",
            "Die Demo wurde nach kürzester Zeit beendet",
            "Wasserwerfer und Schlagstöcke kamen zum Einsatz",
            "Es gab 21 Festnahmen",
        )
    )
    page = f"Live-Ticker: Alle Infos zur Demo\n\nDie Fakten im Überblick\n\n{facts}\n\n"
    page += f"01:05 Uhr: {TEXTS[0]}\n\n00:57 Uhr: {TEXTS[1]}"
    assert [body for _title, body, _time in entries(page)] == [
        f"<p>{TEXTS[0]}</p>",
        f"<p>{TEXTS[1]}</p>",
    ]


def test_a_place_before_the_time_opens_a_timed_entry_and_stays_its_dateline():
    page = "Demo-Montag live\n\n" + "\n\n".join(
        f"{place}, {clock} Uhr: {text}"
        for place, clock, text in zip(
            ("Leipzig", "Dresden"), ("22.00", "21:27"), TEXTS[:2], strict=True
        )
    )
    assert [(body, time) for _title, body, time in entries(page)] == [
        (f"<p>Leipzig - {TEXTS[0]}</p>", "22:00"),
        (f"<p>Dresden - {TEXTS[1]}</p>", "21:27"),
    ]


def test_a_place_and_time_alone_over_an_entry_time_it():
    page = "Stromausfall live\n\n" + "\n\n".join(
        f"{place}, {clock} Uhr\n\n{text}"
        for place, clock, text in zip(
            ("Nord/Süd", "Altstadt"), ("21.20", "20:14"), TEXTS[:2], strict=True
        )
    )
    assert [time for _title, _body, time in entries(page)] == ["21:20", "20:14"]


def test_an_update_label_before_the_time_is_no_place():
    page = (
        f"Wahlabend live\n\nUpdate, 19.43 Uhr: Wahllokale geschlossen\n\n{TEXTS[0]}\n\n"
        f"Update, 19.25 Uhr: Erstes Statement des Landrats\n\n{TEXTS[1]}"
    )
    assert [(title, time) for title, _body, time in entries(page)] == [
        ("Wahllokale geschlossen", "19:43"),
        ("Erstes Statement des Landrats", "19:25"),
    ]


def test_a_time_run_together_with_its_zone_opens_the_entry_in_that_zone():
    page = f"Gaza live\n\n1403GMT — {TEXTS[0]}\n\n1709GMT — Außenminister trifft Hamas-Chef\n"
    found = prepare(page, reference_time=NOW).drafts
    assert [d.published_at for d in found] == [
        dt.datetime(2024, 3, 7, 14, 3, tzinfo=dt.UTC),
        dt.datetime(2024, 3, 7, 17, 9, tzinfo=dt.UTC),
    ]


def test_dates_each_over_one_report_open_entries_without_an_invented_time():
    page = "\n".join(
        [
            "October 18, 2023",
            TEXTS[0],
            "October 15, 2023",
            TEXTS[1],
            "October 12, 2023",
            TEXTS[2],
        ]
    )
    found = prepare(page, reference_time=NOW).drafts
    assert [d.body for d in found] == [f"<p>{text}</p>" for text in TEXTS[:3]]
    assert all(d.published_at is None or d.time_estimated for d in found)


def test_an_agency_signing_off_an_entry_is_its_source():
    page = f"Ukraine live\n\n20:00 Uhr\n\n{TEXTS[0]} — AFP\n\n19:00 Uhr\n\n{TEXTS[1]}\n"
    assert [d.source for d in prepare(page, reference_time=NOW).drafts] == ["AFP", None]


def test_an_update_label_with_weekday_and_date_opens_a_long_entry():
    page = (
        "Großeinsatz in der Stadt\n\n"
        f"Update vom Donnerstag, 7. März, 21.11 Uhr: {TEXTS[0]} {TEXTS[1]}\n\n"
        f"Update vom Donnerstag, 7. März, 20.35 Uhr: {TEXTS[2]}\n"
    )
    assert [time for _title, _body, time in entries(page)] == ["21:11", "20:35"]


def test_a_live_coverage_row_closes_the_page_head_of_an_untimed_page():
    page = (
        "Friday, April 29, 2016\n\nCity Times\n\n3 HR PSI 73\nST Index  2,838.520 -23.780\n\n\n"
        "Live Breaking News\n\nCouncil meets tonight\nThe council meets tonight to vote on "
        "the budget for the coming year and the plans for schools.\n"
        "Happening now: Mayor speaks at the council meeting\n"
        "The mayor says she wants a clean vote on the budget and no personal attacks.\n"
    )
    assert [title for title, _body, _time in entries(page)] == [
        "Council meets tonight",
        "Happening now: Mayor speaks at the council meeting",
    ]


def test_a_pictures_title_twice_above_its_credit_is_no_headline_and_bylines_go():
    page = (
        "Der Tag\n\nHeute mit Anna Berg und Jonas Weber\n\n22:31 Uhr\n\nDas war der Donnerstag\n\n"
        "Sonnenfinsternis über der Stadt\n\nSonnenfinsternis über der Stadt\n\n(Foto: dpa)\n\n"
        f"{TEXTS[0]}\n\n22:11 Uhr\n\nPatient gestorben\n\n{TEXTS[1]}\n"
    )
    found = entries(page)
    assert [(title, body) for title, body, _time in found] == [
        ("Das war der Donnerstag", f"<p>{TEXTS[0]}</p>"),
        ("Patient gestorben", f"<p>{TEXTS[1]}</p>"),
    ]


def test_separated_blocks_above_the_first_time_are_the_pages_head():
    page = (
        "Neuer Abschnitt\nNeuer Abschnitt\n"
        f"{TEXTS[0]}\nNeuer Abschnitt\n\n{TEXTS[1]}\nNeuer Abschnitt\n"
        "Wir berichten aus den Regionen - alle Infos hier im Live-Ticker:\n"
        f"03.30 Uhr: Die Arbeiten dauern an\n{TEXTS[2]}\n"
        f"00.02 Uhr: Gemeindebund fordert Hilfe\n{TEXTS[3]}\n"
    )
    assert [title for title, _body, _time in entries(page)] == [
        "Die Arbeiten dauern an",
        "Gemeindebund fordert Hilfe",
    ]


def test_a_caption_with_its_photographer_and_the_pictures_title_go_and_updated_marks_too():
    page = (
        "Banks cut rates – as it happened\n\n"
        "People walk past a bank building in the city\n"
        "The bank has joined its rivals in cutting its fixed mortgage rates. "
        "Photograph: Jane Doe/Reuters\n\n"
        f"Albanese speaks from Laos\n\n{TEXTS[0]}\n\nUpdated\n\n"
        f"Shares ease but finish week higher\n\n{TEXTS[1]}\n\nUpdated\n"
    )
    assert [(title, body) for title, body, _time in entries(page)] == [
        ("Albanese speaks from Laos", f"<p>{TEXTS[0]}</p>"),
        ("Shares ease but finish week higher", f"<p>{TEXTS[1]}</p>"),
    ]


def test_a_title_naming_the_ticker_takes_no_time_from_the_line_below():
    page = "Nachrichten-Ticker\n\n" + "\n\n".join(
        f"13:{minute} Titel {minute} - Zusatz\n\nLeer - {text}"
        for minute, text in zip((20, 10, 0), TEXTS, strict=False)
    )
    assert [title for title, _body, _time in entries(page)][0] == "Titel 20 - Zusatz"


def test_a_24_hour_time_with_a_redundant_pm_is_read_and_13_am_is_refused():
    page = f"Live updates\n\n24 October 2019, 18:28 PM\n\n{TEXTS[0]}\n"
    found = prepare(page, reference_time=NOW, time_zone="Asia/Kolkata").drafts
    assert found[0].published_at == dt.datetime(2019, 10, 24, 12, 58, tzinfo=dt.UTC)
    refused = prepare(f"Live updates\n\n13:05 AM\n\n{TEXTS[0]}\n", reference_time=NOW).drafts
    assert refused[0].errors


def test_a_dated_ticker_title_above_clock_entries_is_the_page_head():
    page = (
        "02. März 2024 07:14 Uhr\n\nHochwasser-Liveticker\n\n"
        "Hochwasser in der Stadt: Die Pegel steigen. Alle News hier im Liveticker.\n\n"
        f"21.31 Uhr: Kreis Neu-Ulm wartet\n\n{TEXTS[0]}\n\n21.26 Uhr: Fahrverbot\n\n{TEXTS[1]}\n"
    )
    assert [title for title, _body, _time in entries(page)] == [
        "Kreis Neu-Ulm wartet",
        "Fahrverbot",
    ]


def test_a_caption_with_a_slashed_photo_credit_is_dropped_under_its_bullet_title():
    titles = ["Drei Autos brennen in Kreuzberg", "Unfall mit Bus", "Sitzung vertagt"]
    page = "Berlin live\n\n" + "\n\n".join(
        f"• {title}\n\n{title} / Foto: spreepicture\n\n{text}"
        for title, text in zip(titles, TEXTS, strict=False)
    )
    assert [(title, body) for title, body, _time in entries(page)] == [
        (title, f"<p>{text}</p>") for title, text in zip(titles, TEXTS, strict=False)
    ]


def test_midnight_written_24_00_is_a_time_of_day_not_a_match_clock():
    page = "Super Bowl live\n\n" + "\n\n".join(
        f"{clock} Uhr: {text}"
        for clock, text in zip(("00:15", "24:00", "23:50"), TEXTS, strict=False)
    )
    found = prepare(page, reference_time=dt.datetime(2024, 3, 8, 0, 20, tzinfo=BERLIN)).drafts
    assert [d.published_at.strftime("%d. %H:%M") for d in found] == [
        "08. 00:15",
        "08. 00:00",
        "07. 23:50",
    ]


def test_a_caption_credited_after_credit_is_dropped():
    page = (
        f"Bolton live\n\n20:00\n\nFire in the town centre\n\n{TEXTS[0]}\n\n"
        "Smoke rising above Bolton. Credit: Granada viewer.\n\n"
        f"{TEXTS[1]}\n"
    )
    assert entries(page)[0][1] == f"<p>{TEXTS[0]}</p><p>{TEXTS[1]}</p>"


def test_a_match_minute_after_the_clock_is_no_year():
    page = "\n\n".join(
        f"20:{minute}, {match_minute}'\n\nTor für Bremen ({minute})\n\n{text}"
        for minute, match_minute, text in zip((53, 49, 41), (69, 65, 60), TEXTS, strict=False)
    )
    found = entries(page)
    assert [(title, time) for title, _body, time in found] == [
        ("Tor für Bremen (53)", "20:53"),
        ("Tor für Bremen (49)", "20:49"),
        ("Tor für Bremen (41)", "20:41"),
    ]


def test_hours_and_minutes_run_together_open_entries_where_the_page_does_it_again():
    page = "LIVE TEXT COMMENTARY (all times GMT)\n\n" + "\n\n".join(
        f"{stamp}: {text}" for stamp, text in zip(("2200", "2156", "2152"), TEXTS, strict=False)
    )
    assert [time for _title, _body, time in entries(page)] == ["22:00", "21:56", "21:52"]


def test_a_chronology_of_years_is_no_run_of_times():
    page = "\n\n".join(
        f"{year}: {text}" for year, text in zip(("2015", "2016", "2017"), TEXTS, strict=False)
    )
    assert all(time is None for _title, _body, time in entries(page))


def test_a_dash_right_after_the_time_separates_it_from_the_headline():
    page = "\n\n".join(
        f"15:{minute}- {title}" for minute, title in (("09", "Schüsse am Parlament"),
                                                      ("10", "Polizei sperrt die Brücke"),
                                                      ("15", "Ein Auto fährt in Passanten"))
    )  # fmt: skip
    assert [(title, time) for title, _body, time in entries(page)] == [
        ("Schüsse am Parlament", "15:09"),
        ("Polizei sperrt die Brücke", "15:10"),
        ("Ein Auto fährt in Passanten", "15:15"),
    ]


def test_a_conference_ticker_names_the_match_beside_the_minute():
    page = "\n\n".join(
        f"{minute}. Minute ({match}): {text}"
        for minute, match, text in zip((90, 89, 87), ("SCF - SVW", "WOB - BVB", "SCP - HOF"), TEXTS,
                                       strict=False)
    )  # fmt: skip
    found = entries(page)
    assert len(found) == 3
    assert [body for _title, body, _time in found] == [f"<p>{text}</p>" for text in TEXTS[:3]]


def test_a_dotted_time_in_brackets_opening_the_text_under_a_marked_headline_is_its_time():
    page = "\n\n".join(
        f"+++ {title} +++\n\n[{stamp}] {text}"
        for title, stamp, text in zip(
            ("Gericht lässt Notdienste zu", "Bahn zieht Bilanz"), ("15.08", "14.52"), TEXTS,
            strict=False,
        )
    )  # fmt: skip
    assert [(title, time) for title, _body, time in entries(page)] == [
        ("Gericht lässt Notdienste zu", "15:08"),
        ("Bahn zieht Bilanz", "14:52"),
    ]


def test_a_dated_title_with_its_lead_above_timed_entries_is_the_pages_head():
    page = (
        "Donnerstag, 7. März 2024: Haushalt im Stadtrat\n\n"
        "Der Stadtrat berät heute über den Haushalt. Wir berichten live.\n\n"
        + "\n\n".join(
            f"{hour}:00 Uhr\n\n{text}" for hour, text in zip((22, 21, 20), TEXTS, strict=False)
        )
    )
    found = entries(page)
    assert [(body, time) for _title, body, time in found] == [
        (f"<p>{TEXTS[0]}</p>", "22:00"),
        (f"<p>{TEXTS[1]}</p>", "21:00"),
        (f"<p>{TEXTS[2]}</p>", "20:00"),
    ]


def test_a_period_and_its_game_clock_open_the_entries_of_a_match_ticker():
    page = "Super Bowl im Ticker\n\n" + "\n\n".join(
        f"4. Viertel, {clock}: {text}" for clock, text in zip(("0.08", "1.48", "2.39"), TEXTS,
                                                              strict=False)
    )  # fmt: skip
    assert [body for _title, body, _time in entries(page)] == [
        f"<p>{text}</p>" for text in TEXTS[:3]
    ]


def test_a_dateline_older_than_the_newest_first_entries_below_it_is_the_pages_head():
    page = (
        "Sturm über dem Norden\n\n07.03.2024, 18:35 Uhr\n\n"
        "Ein Orkan zieht über den Norden, mit Wind in Orkanstärke ist zu rechnen.\n\n"
        + "\n\n".join(f"+++ {clock} Uhr: {title} +++\n\n{text}" for clock, title, text in
                      zip(("19:25", "19:15", "19:02"), ("Baum stürzt auf Auto", "Bahn stoppt",
                          "Schulen schließen"), TEXTS, strict=False))
    )  # fmt: skip
    assert [(title, time) for title, _body, time in entries(page)] == [
        ("Baum stürzt auf Auto", "19:25"),
        ("Bahn stoppt", "19:15"),
        ("Schulen schließen", "19:02"),
    ]


def test_a_page_without_times_ends_its_head_with_the_block_titled_as_the_ticker():
    page = (
        "Formel 1\n\nGroßer Preis von Spanien: Verstappen siegt erneut\n\n"
        "Alle Runden des Rennens im Überblick\n\n"
        "F1 LIVE - Großer Preis von Spanien im Liveticker\n\n"
        "Hallo und willkommen zum Rennen in Barcelona, wir begleiten Sie durch den Nachmittag.\n\n"
        + "\n\n".join(f"{title}\n\n{text}" for title, text in zip(
            ("Verstappen gewinnt", "Schnellste Runde", "Ärger um Tsunoda"), TEXTS, strict=False))
    )  # fmt: skip
    assert [title for title, _body, _time in entries(page)] == [
        "Verstappen gewinnt",
        "Schnellste Runde",
        "Ärger um Tsunoda",
    ]


def test_hours_and_minutes_run_together_before_the_text_without_a_colon():
    page = "\n\n".join(
        f"{stamp} {text}" for stamp, text in zip(("2033", "2000", "1937"), TEXTS, strict=False)
    )
    assert [time for _title, _body, time in entries(page)] == ["20:33", "20:00", "19:37"]


def test_hours_and_minutes_run_together_before_a_dash_and_the_text():
    page = "\n\n".join(
        f"{stamp} – {text}" for stamp, text in zip(("2340", "2325", "2310"), TEXTS, strict=False)
    )
    found = entries(page)
    assert [time for _title, _body, time in found] == ["23:40", "23:25", "23:10"]
    assert [body for _title, body, _time in found] == [f"<p>{text}</p>" for text in TEXTS[:3]]


def test_a_run_together_time_with_its_zone_keeps_the_zone():
    page = "\n\n".join(
        f"{stamp} GMT — {text}" for stamp, text in zip(("1902", "1807", "1800"), TEXTS,
                                                        strict=False)
    )  # fmt: skip
    offsets = [d.published_at.utcoffset() for d in prepare(page, reference_time=NOW).drafts]
    assert offsets == [dt.timedelta(0)] * 3


def test_bold_tags_of_a_pasted_source_are_no_text():
    page = "\n\n".join(
        f"<b>{hour}.05 Uhr: {title}</b>\n\n{text}"
        for hour, title, text in zip((19, 18, 17), ("Bilanz", "Einsätze", "Festnahmen"), TEXTS,
                                     strict=False)
    )  # fmt: skip
    assert [(title, time) for title, _body, time in entries(page)] == [
        ("Bilanz", "19:05"),
        ("Einsätze", "18:05"),
        ("Festnahmen", "17:05"),
    ]


def test_the_ball_of_an_over_opens_the_entries_of_a_cricket_commentary():
    page = "Live Cricket Score\n\n" + "\n".join(
        f"{ball} overs ({runs} Run) {text}"
        for ball, runs, text in zip(("14.6", "14.5", "14.4"), (0, 1, 4), TEXTS, strict=False)
    )
    assert [body for _title, body, _time in entries(page)] == [
        f"<p>{text}</p>" for text in TEXTS[:3]
    ]


def test_a_live_blog_flattened_onto_one_line_with_each_time_written_twice_is_split():
    page = "Football clockwatch - as it happened\nVersion 0 of 1. " + " ".join(
        f"{clock}pm GMT{twice} {text}"
        for clock, twice, text in zip(("5.02", "5.01", "4.59"), ("17:02", "17:01", "16:59"),
                                      TEXTS, strict=False)
    )  # fmt: skip
    found = entries(page, time_zone="Europe/London")
    assert [(body, time) for _title, body, time in found] == [
        (f"<p>{TEXTS[0]}</p>", "17:02"),
        (f"<p>{TEXTS[1]}</p>", "17:01"),
        (f"<p>{TEXTS[2]}</p>", "16:59"),
    ]


def test_a_time_alone_on_its_line_may_end_with_a_colon():
    page = "Live-Ticker zum Abstimmungssonntag\n\n" + "\n\n".join(
        f"{stamp}\n{text}" for stamp, text in zip(("18:02:", "17:28:", "15.10:"), TEXTS,
                                                  strict=False)
    )  # fmt: skip
    assert [(body, time) for _title, body, time in entries(page)] == [
        (f"<p>{TEXTS[0]}</p>", "18:02"),
        (f"<p>{TEXTS[1]}</p>", "17:28"),
        (f"<p>{TEXTS[2]}</p>", "15:10"),
    ]


def test_two_pluses_or_three_stars_around_the_time_line_wrap_it_like_three_pluses():
    page = "Wahl-Ticker\n" + "\n".join(
        f"{stamp}\n{text}"
        for stamp, text in zip(
            ("***18:00 Danke fürs Dabeisein***", "++ 17.55 Uhr: Die Ergebnisse sind da"),
            TEXTS,
            strict=False,
        )
    )
    assert [(title, time) for title, _body, time in entries(page)] == [
        ("Danke fürs Dabeisein", "18:00"),
        ("Die Ergebnisse sind da", "17:55"),
    ]


def test_an_american_blog_flattened_onto_one_line_is_split_before_each_glued_time():
    posts = long_posts(3)
    page = "Live Blogging the Final Round\n" + "".join(
        f"{clock} p.m.{post}" for clock, post in zip(("8:00", "7:53", "7:52"), posts, strict=True)
    )
    found = entries(page, time_zone="America/New_York")
    assert [(body[3:40], time) for _title, body, time in found] == [
        (posts[0][:37], "20:00"),
        (posts[1][:37], "19:53"),
        (posts[2][:37], "19:52"),
    ]


def test_a_feeds_numeric_zone_offset_after_the_time_is_the_entrys_zone():
    page = "\n\n".join(
        f"{title}\nTue, 05 Mar 2024 {clock} +0800\n{text}"
        for title, clock, text in zip(("Rates held", "Ferry delayed"), ("15:59:37", "13:53:15"),
                                      TEXTS, strict=False)
    )  # fmt: skip
    moments = [d.published_at for d in prepare(page, reference_time=NOW).drafts]
    assert [m.isoformat() for m in moments] == [
        "2024-03-05T15:59:37+08:00",
        "2024-03-05T13:53:15+08:00",
    ]


def test_a_sections_name_before_the_entrys_date_and_time_leaves_the_time():
    page = "\n\n".join(
        f"{section} 07.03.2024 {clock} Uhr\n\n{title}\n\n{text}"
        for section, clock, title, text in zip(("Politik", "Chronik"), ("18:34", "15:13"),
                                               ("Streit im Stadtrat", "Brand im Hafen"), TEXTS,
                                               strict=False)
    )  # fmt: skip
    assert [(title, time) for title, _body, time in entries(page)] == [
        ("Streit im Stadtrat", "18:34"),
        ("Brand im Hafen", "15:13"),
    ]


def test_a_relative_age_beside_the_clock_gives_way_to_the_clock():
    # The age counts from when the page was saved, the clock from when the post went up.
    page = "\n\n".join(
        f"692d ago / {clock} AM UTC\n{title}\n{text}"
        for clock, title, text in zip(("6:45", "6:43"), ("Smith wins", "Biden wins"), TEXTS,
                                      strict=False)
    )  # fmt: skip
    moments = [d.published_at for d in prepare(page, reference_time=NOW).drafts]
    assert [m.isoformat() for m in moments] == [
        "2024-03-07T06:45:00+00:00",
        "2024-03-07T06:43:00+00:00",
    ]


def test_a_score_and_a_colon_open_the_entries_of_a_commentary_without_times():
    page = "Game 3 Live Blog\n\n" + "\n\n".join(
        f"{label}: {text}"
        for label, text in zip(("87-82, LA. 0:32", "84-80, LA. 1:10 left", "78-76, LA"), TEXTS,
                               strict=False)
    )  # fmt: skip
    assert [body for _title, body, _time in entries(page)] == [
        f"<p>{text}</p>" for text in TEXTS[:3]
    ]


def test_a_chronology_with_years_inside_one_text_stays_one_entry_when_a_time_opens_it():
    page = "21:15 Uhr: Die Geschichte des Gipfels\n\n" + "\n\n".join(
        f"{year}: {text}" for year, text in zip((2015, 2018, 2025), TEXTS, strict=False)
    )
    assert len(entries(page)) == 1


def test_unix_times_printed_above_each_post_are_their_times():
    posts = zip((1709829465, 1709829442, 1709829307), ("Try!", "69 minutes", "68 minutes"),
                TEXTS, strict=False)  # fmt: skip
    page = "Liveupdated\n\n" + "\n\n".join(
        f"{epoch}\n\n{title}\n\n{text}" for epoch, title, text in posts
    )
    assert [(title, time) for title, _body, time in entries(page)] == [
        ("Try!", "17:37"),
        ("69 minutes", "17:37"),
        ("68 minutes", "17:35"),
    ]


def test_a_single_ten_digit_number_is_no_time():
    page = f"21:15 Uhr: Hotline geschaltet\n\n1709829465\n\n{TEXTS[0]}"
    assert "17:37" not in [time for _title, _body, time in entries(page)]


def test_a_long_page_title_naming_the_live_updates_is_still_the_pages_head():
    page = (
        "Trump sentencing live updates: Judge sentences Trump to unconditional discharge in"
        " the hush money case\n\n"
        "The sentence means the conviction stands without any further penalties.\n\n"
        + "\n\n".join(f"{title}\n\n{text}" for title, text in zip(
            ("Trump speaks", "Judge explains", "Lawyers react"), TEXTS, strict=False))
    )  # fmt: skip
    assert [title for title, _body, _time in entries(page)] == [
        "Trump speaks",
        "Judge explains",
        "Lawyers react",
    ]


@pytest.mark.parametrize("shape", ["{minute}' - {post}", "{minute}' {post}"])
def test_a_match_report_flattened_onto_one_line_is_split_before_each_minute(shape):
    posts = long_posts(4)
    page = "Live Match Reports\n" + " ".join(
        shape.format(minute=minute, post=post)
        for minute, post in zip((1, 5, 7, 12), posts, strict=True)
    )
    assert [body[3:40] for _title, body, _time in entries(page)] == [post[:37] for post in posts]


@pytest.mark.parametrize(
    ("head", "post_shape", "clocks", "times"),
    [
        # a BBC commentary's four figures, and an English blog's times with their zone
        ("LIVE TEXT COMMENTARY (all times BST)", "{clock}: {post}",
         ("1435", "1432", "1430", "1428"), ["14:35", "14:32", "14:30", "14:28"]),
        ("Ireland v Australia – live", "{clock}pm GMT {post} Updated at {clock}pm GMT",
         ("8.58", "8.55", "8.52", "8.48"), ["20:58", "20:55", "20:52", "20:48"]),
        # an agency's four figures with their zone
        ("Grammy Awards: AFP's Live Report.", "{clock} GMT: {post}",
         ("0450", "0442", "0431", "0425"), ["04:50", "04:42", "04:31", "04:25"]),
    ],
)  # fmt: skip
def test_a_page_flattened_onto_one_line_is_split_before_each_time(head, post_shape, clocks, times):
    posts = long_posts(4)
    page = f"{head} " + " ".join(
        post_shape.format(clock=clock, post=post) for clock, post in zip(clocks, posts, strict=True)
    )
    found = entries(page, time_zone="Europe/London")
    assert [time for _title, _body, time in found] == times
    assert [body[3:40] for _title, body, _time in found] == [post[:37] for post in posts]


COMMENTARY = [
    "Und dann ist das Spiel aus.",
    "Agu sieht noch Gelb.",
    "Danneberg setzt Alvarez ein, aber der dribbelt sich fest.",
    "Es gibt drei Minuten oben drauf.",
    "Jena klärt, Sen setzt nach, aber Jena blockt.",
    "Alvarez flankt, der Ball wird zur Ecke verlängert.",
    "Sen im Vorwärtsgang gestoppt, es gibt noch einmal Freistoß.",
    "Wechsel beim VfL: Heider kommt für Klaas.",
]


def test_a_commentary_of_short_blocks_without_times_has_an_entry_per_block():
    page = "\n\n".join(COMMENTARY)
    assert [body for _title, body, _time in entries(page)] == [f"<p>{t}</p>" for t in COMMENTARY]


def test_short_blocks_that_exclaim_or_ask_are_posts_of_a_commentary_not_its_headlines():
    posts = [*COMMENTARY[:3], "Was für ein Spiel!", *COMMENTARY[3:6], "Wer trifft noch?"]
    found = entries("\n\n".join(posts))
    assert [title or body.removeprefix("<p>").removesuffix("</p>") for title, body, _ in found] == (
        posts
    )


def test_an_article_of_long_paragraphs_without_times_stays_one_entry():
    page = "\n\n".join(" ".join(TEXTS[index:] + TEXTS[:index]) for index in range(4)) + "\n\n"
    page = page * 2
    assert len(entries(page)) == 1


def test_game_clocks_under_the_periods_headings_are_no_times_of_day():
    page = "Second quarter\n\n" + "\n\n".join(
        f"{clock}: Chiefs 10, 49ers 10: {text}"
        for clock, text in zip(("5:05", "9:32", "14:08"), TEXTS, strict=False)
    )
    assert [time for _title, _body, time in entries(page)] == [None, None, None]


def test_times_printed_under_each_entry_belong_to_the_entry_above_them():
    page = "Ostsee Zeitung\n\nTop-Themen:\n\n" + "\n\n".join(
        f"{title}\n\n{text}\n\n{clock} Uhr"
        for title, text, clock in zip(("Kabinett entscheidet", "Mehr E-Autos", "Testpflicht"),
                                      TEXTS, ("15:23", "13:19", "12:43"), strict=False)
    )  # fmt: skip
    assert [(title, time) for title, _body, time in entries(page)] == [
        ("Kabinett entscheidet", "15:23"),
        ("Mehr E-Autos", "13:19"),
        ("Testpflicht", "12:43"),
    ]


def test_times_under_each_headline_of_a_page_of_headlines_time_the_headline_above():
    # The Washington Post's list of updates: a headline, its time, the next headline.
    page = "Russia-Ukraine war live updates\n\nLATEST UPDATES\n\n" + "\n\n".join(
        f"{title}\n\n{clock} a.m."
        for title, clock in zip(("Putin to meet U.N. chief", "Germany sends arms",
                                 "Poland sends tanks"), ("9:13", "8:20", "5:33"), strict=False)
    )  # fmt: skip
    found = entries(page)
    assert [
        (title or body.removeprefix("<p>").removesuffix("</p>"), time)
        for title, body, time in found
    ] == [
        ("Putin to meet U.N. chief", "09:13"),
        ("Germany sends arms", "08:20"),
        ("Poland sends tanks", "05:33"),
    ]


def test_a_time_a_post_was_begun_under_the_closing_time_of_the_post_above_is_skipped():
    # Sky Sports: "12/26/2013 5:27:23 PM" closes a post, "• 12/26/2013 5:29:45 PM" under
    # it tells when the next was begun; each post is timed by the time under it.
    posts = [("MAN CITY v LIVERPOOL", "5:27:23", "5:29:45"), ("MAN CITY 0-0 LIVERPOOL",
             "5:30:11", "5:30:33"), ("CITY 1-0 LIVERPOOL", "5:32:48", None)]  # fmt: skip
    page = "Christmas Football Live!\n\n" + "\n".join(
        f"{title}\n{text}\n12/26/2013 {closed} PM"
        + (f"\n\n• 12/26/2013 {begun} PM" if begun else "")
        for (title, closed, begun), text in zip(posts, TEXTS, strict=False)
    )
    result = prepare(page, time_zone="Europe/London", reference_time=NOW)
    assert [(d.title, d.published_at.strftime("%H:%M")) for d in result.drafts] == [
        ("MAN CITY v LIVERPOOL", "17:27"),
        ("MAN CITY 0-0 LIVERPOOL", "17:30"),
        ("CITY 1-0 LIVERPOOL", "17:32"),
    ]
    assert "• 12/26/2013 5:29:45 PM" in {skipped.text for skipped in result.result.skipped}


# A German ticker's editor pastes an English page too: the admin reads it in German only.
@pytest.mark.parametrize("languages", [("de", "en"), ("de",)])
def test_short_posts_paired_with_the_times_they_were_begun_are_closed_by_their_times(languages):
    page = (
        "Christmas Football Live! (24-29 Dec)\n\n"
        "  • MAN CITY v LIVERPOOL\n    The teams are on their way\n    12/26/2013 5:27:23 PM\n\n"
        "  • 12/26/2013 5:29:45 PM\n  • MAN CITY 0-0 LIVERPOOL\n    Off we go at the Etihad.\n"
        "    12/26/2013 5:30:11 PM\n\n  • 12/26/2013 5:30:33 PM\n  • CITY 1-0 LIVERPOOL\n"
        "    Navas scores.\n    12/26/2013 5:32:48 PM\n"
    )
    drafts = prepare(
        page, time_zone="Europe/London", reference_time=NOW, languages=languages
    ).drafts
    assert [d.published_at.strftime("%H:%M") for d in drafts] == ["17:27", "17:30", "17:32"]
    assert "MAN CITY v LIVERPOOL" in drafts[0].body
    assert "The teams are on their way" in drafts[0].body


def test_times_closing_bulleted_posts_whose_long_text_has_no_full_stop_close_them():
    first = (
        "Holtby pings one wide from the edge of the box - wasted chance as a worried Sherwood "
        "looks on from the touchline - that's his last chance as Holtby is subbed off"
    )
    posts = [("MISS! SPURS 1-1 WBA", first, "4:21"), ("MAN CITY v LIVERPOOL", TEXTS[0], "5:27"),
             ("MAN CITY 0-0 LIVERPOOL", TEXTS[1], "5:30")]  # fmt: skip
    page = "Christmas Football Live! (24-29 Dec)\n\n" + "\n\n".join(
        f"  • {title}\n    {text}\n    12/26/2013 {clock}:00 PM" for title, text, clock in posts
    )
    drafts = prepare(page, time_zone="Europe/London", reference_time=NOW).drafts
    assert [d.published_at.strftime("%H:%M") for d in drafts] == ["16:21", "17:27", "17:30"]
    assert all(title in d.title + d.body for d, (title, _t, _c) in zip(drafts, posts, strict=True))
    assert "Christmas Football" not in drafts[0].title + drafts[0].body


def test_a_paste_that_stops_after_a_time_line_keeps_its_times_above_the_entries():
    page = "\n\n".join(
        f"{clock} Uhr\n\n{title}\n\n{text}"
        for clock, title, text in zip(("15:23", "13:19"), ("Kabinett", "E-Autos"), TEXTS,
                                      strict=False)
    ) + "\n\n12:43 Uhr"  # fmt: skip
    found = [(title, time) for title, _body, time in entries(page)]
    assert found[:2] == [("Kabinett", "15:23"), ("E-Autos", "13:19")]


def test_an_update_time_in_brackets_under_the_headline_is_the_entrys_time():
    page = "Ukraine-Krieg: Alle Infos hier\n\n" + "\n\n".join(
        f"{title}\n(Update {clock})\n{text}"
        for title, clock, text in zip(("Jets stillgelegt", "Neue Strategie", "Kosovo warnt"),
                                      ("17:50", "17:40", "17:30"), TEXTS, strict=False)
    )  # fmt: skip
    assert [(title, time) for title, _body, time in entries(page)] == [
        ("Jets stillgelegt", "17:50"),
        ("Neue Strategie", "17:40"),
        ("Kosovo warnt", "17:30"),
    ]


def test_the_same_short_line_right_under_each_time_is_the_entries_title_not_a_separator():
    page = "Heute Live\nNFL\n" + "\n".join(
        f"{clock}\nPIT @ BAL\n{text}"
        for clock, text in zip(("22:32", "22:29", "22:27"), TEXTS, strict=False)
    )
    assert [(title, time) for title, _body, time in entries(page)] == [
        ("PIT @ BAL", "22:32"),
        ("PIT @ BAL", "22:29"),
        ("PIT @ BAL", "22:27"),
    ]


def test_a_ticker_run_together_into_one_paragraph_is_split_before_each_time_and_colon():
    posts = long_posts(4)
    page = "LIVE-Ticker zum Nachlesen\n\n" + " ".join(
        f"{clock} Uhr: {post}" for clock, post in zip(("21.32", "21.31", "21.29", "21.27"), posts,
                                                      strict=True)
    )  # fmt: skip
    found = entries(page)
    assert [(body[3:40], time) for _title, body, time in found] == [
        (post[:37], clock) for post, clock in zip(posts, ("21:32", "21:31", "21:29", "21:27"),
                                                  strict=True)
    ]  # fmt: skip


def test_a_headline_under_the_pages_plus_marked_label_belongs_to_the_time_below_it():
    page = (
        "+++ Die Entwicklungen im Live-Blog +++\n\nDonnerstag, 7. März\n\n"
        f"Haushalt vertagt\n\n22:10 Uhr\n\n{TEXTS[0]}\n\n"
        f"Opposition dagegen\n\n21:10 Uhr\n\n{TEXTS[1]}\n"
    )
    assert entries(page) == [
        ("Haushalt vertagt", f"<p>{TEXTS[0]}</p>", "22:10"),
        ("Opposition dagegen", f"<p>{TEXTS[1]}</p>", "21:10"),
    ]


def test_an_icons_name_pasted_after_a_posts_time_is_no_title():
    titles = ["Entwarnung nach dem Verdachtsfall", "Feuerwehren häufiger ausgerückt",
              "Wilde Verfolgungsjagd", "Auer will ein neues Gesetz"]  # fmt: skip
    times = ["21:51", "20:45", "19:42", "18:30"]
    page = "Nachrichten Aktuell\n\nVorarlberg ORF\n\n" + "\n".join(
        f"{title}\n{post}\nheute {time} open_in_new"
        for title, post, time in zip(titles, long_posts(4), times, strict=True)
    )
    found = entries(page)
    assert [(title, time) for title, _body, time in found] == list(zip(titles, times, strict=True))
    assert all("open_in_new" not in body for _title, body, _time in found)

"""The day of times printed without one: a ticker running past midnight under one day
heading, in both orders, and a page whose only date stands in its head."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from .conftest import BERLIN, prepare

TEXTS = [
    "Die Stimmen sind ausgezählt, die Wahlleitung gibt das Ergebnis am Montag bekannt.",
    "Nach dem vorläufigen Endergebnis gewinnt die SPD mit deutlichem Vorsprung die Wahl.",
    "Die Spitzenkandidatin dankt ihren Wählerinnen und Wählern in einer kurzen Rede.",
    "Die ersten Hochrechnungen bestätigen die Prognose vom frühen Abend in allen Punkten.",
]


def moments(page: str, reference: dt.datetime, **options) -> list[tuple[str, bool]]:
    """(day and time, whether the time is marked as estimated) of each entry."""
    return [
        (d.published_at.strftime("%d.%m. %H:%M"), d.time_estimated)
        for d in prepare(page, reference_time=reference, **options).drafts
    ]


def days_of(page: str, reference: dt.datetime, **options) -> list[str]:
    """The day and time of each entry."""
    return [day for day, _estimated in moments(page, reference, **options)]


def ticker(heading: str, clocks: tuple[str, ...]) -> str:
    return f"{heading}\n\n" + "\n\n".join(
        f"{clock} Uhr\n\n{text}" for clock, text in zip(clocks, TEXTS, strict=False)
    )


def test_a_newest_first_ticker_running_past_midnight_under_one_heading_changes_day():
    page = ticker("Sonntag, 14. März 2021", ("00:40", "00:07", "23:41", "22:10"))
    found = moments(page, dt.datetime(2021, 3, 15, 1, 0, tzinfo=BERLIN))
    assert found == [
        ("15.03. 00:40", False),
        ("15.03. 00:07", False),
        ("14.03. 23:41", False),
        ("14.03. 22:10", False),
    ]


def test_an_oldest_first_ticker_running_past_midnight_changes_day_after_the_night():
    page = ticker("Sonntag, 14. März 2021", ("22:10", "23:41", "00:07", "00:40"))
    found = moments(page, dt.datetime(2021, 3, 15, 1, 0, tzinfo=BERLIN))
    assert [moment for moment, _estimated in found] == [
        "14.03. 22:10",
        "14.03. 23:41",
        "15.03. 00:07",
        "15.03. 00:40",
    ]


def test_the_date_in_a_pages_head_gives_way_to_the_day_of_the_paste_marked_as_a_guess():
    page = (
        "Bahnstreik im Ticker\n\n06.11.2014\n\nLokführer drohen mit neuen Streiks\n\n"
        + "\n\n".join(f"{c}\n{t}" for c, t in zip(("16:57", "16:30", "15:43"), TEXTS, strict=False))
    )
    found = moments(page, dt.datetime(2014, 11, 8, 17, 0, tzinfo=BERLIN))
    assert found == [("08.11. 16:57", True), ("08.11. 16:30", True), ("08.11. 15:43", True)]


def test_a_pages_date_stays_the_day_of_a_ticker_pasted_long_after():
    page = ticker("Sonntag, 14. März 2021", ("20:40", "20:07", "19:41"))
    found = moments(page, dt.datetime(2021, 3, 20, 12, 0, tzinfo=BERLIN))
    assert found == [("14.03. 20:40", False), ("14.03. 20:07", False), ("14.03. 19:41", False)]


def test_day_headings_between_the_entries_name_their_day_however_late_the_paste():
    page = (
        ticker("Freitag, 15. August 2025", ("10:00", "08:00"))
        + "\n\nDonnerstag, 14. August 2025\n\n22:00 Uhr\n\n"
        + TEXTS[3]
    )
    found = moments(page, dt.datetime(2025, 8, 16, 11, 0, tzinfo=BERLIN))
    assert [moment for moment, _estimated in found] == [
        "15.08. 10:00",
        "15.08. 08:00",
        "14.08. 22:00",
    ]


def test_the_one_date_between_posts_is_the_day_of_the_times_under_it_not_the_pages():
    page = (
        "Wahl im Ticker\n\n09:30 Uhr\n\n"
        + TEXTS[0]
        + "\n\n10. August 2017\n\n"
        + "\n\n".join(
            f"{c} Uhr\n\n{t}" for c, t in zip(("20:30", "18:00"), TEXTS[1:], strict=False)
        )
    )
    found = moments(page, dt.datetime(2017, 8, 11, 23, 59, tzinfo=BERLIN))
    assert found[1:] == [("10.08. 20:30", False), ("10.08. 18:00", False)]


def test_a_date_after_the_paste_above_the_first_entry_is_the_day_the_page_was_saved():
    page = "24.01.2022, 10:00 Uhr\n\n" + "\n\n".join(
        f"{clock} Uhr\n\n{text}" for clock, text in zip(("10:00", "09:55"), TEXTS, strict=False)
    )
    found = moments(page, dt.datetime(2021, 3, 15, 10, 5, tzinfo=BERLIN))
    assert [moment for moment, _estimated in found] == ["15.03. 10:00", "15.03. 09:55"]


def test_the_text_after_a_date_of_the_saved_page_stays_the_entrys():
    page = "24.01.2022 " + " ".join(TEXTS)  # a page flattened onto the line of its date
    drafts = prepare(page, reference_time=dt.datetime(2021, 3, 15, 10, 5, tzinfo=BERLIN)).drafts
    assert [draft.body for draft in drafts] == [f"<p>{' '.join(TEXTS)}</p>"]


def test_a_page_without_any_day_running_past_midnight_changes_day_at_the_night():
    page = ticker("Silvester in Berlin", ("00:06", "23:57", "23:51", "23:39"))
    # Pasted on New Year's evening: 23:57 is no later today, it is the night before.
    found = moments(page, dt.datetime(2018, 1, 1, 23, 59, tzinfo=BERLIN))
    assert found == [
        ("01.01. 00:06", False),
        ("31.12. 23:57", False),
        ("31.12. 23:51", False),
        ("31.12. 23:39", False),
    ]


def test_a_pinned_morning_post_above_the_afternoon_is_no_night():
    page = ticker("Formel 1 live", ("08:05", "14:22", "14:14"))
    found = moments(page, dt.datetime(2024, 3, 2, 18, 0, tzinfo=BERLIN))
    assert found == [("02.03. 08:05", False), ("02.03. 14:22", False), ("02.03. 14:14", False)]


def test_times_without_am_or_pm_take_the_half_of_the_day_of_the_marked_times_beside_them():
    clocks = ("10:05", "9:57", "9:35 p.m.", "9:22 p.m.")
    page = "Election night live\n\n" + "\n\n".join(
        f"{clock}\n\n{text}" for clock, text in zip(clocks, TEXTS, strict=True)
    )
    reference = dt.datetime(2025, 8, 15, 23, 59, tzinfo=BERLIN)
    assert [moment for moment, _estimated in moments(page, reference)] == [
        "15.08. 22:05",
        "15.08. 21:57",
        "15.08. 21:35",
        "15.08. 21:22",
    ]


def test_unmarked_times_on_a_page_saying_all_its_times_are_pm_are_in_the_afternoon():
    page = "Finals live. All times below are p.m. Eastern.\n\n" + "\n\n".join(
        f"{clock}: {text}" for clock, text in zip(("11:47", "11:42", "9:05"), TEXTS, strict=False)
    )
    reference = dt.datetime(2025, 8, 15, 23, 59, tzinfo=BERLIN)
    assert [moment for moment, _estimated in moments(page, reference)] == [
        "15.08. 23:47",
        "15.08. 23:42",
        "15.08. 21:05",
    ]


def test_a_page_that_marks_no_time_keeps_its_times_as_written():
    page = ticker("Freitag, 15. August 2025", ("10:05", "9:57", "9:35", "9:22"))
    reference = dt.datetime(2025, 8, 15, 23, 59, tzinfo=BERLIN)
    assert [moment for moment, _estimated in moments(page, reference)] == [
        "15.08. 10:05",
        "15.08. 09:57",
        "15.08. 09:35",
        "15.08. 09:22",
    ]


def test_a_time_with_its_day_on_the_line_below_is_that_day_and_time():
    page = "Hochwasser-Ticker\n\n" + "\n\n".join(
        f"{clock} Uhr\n– 13.08.2025\n\n{text}"
        for clock, text in zip(("21:54", "21:29"), TEXTS[:2], strict=True)
    )
    reference = dt.datetime(2025, 8, 15, 23, 59, tzinfo=BERLIN)
    assert [moment for moment, _estimated in moments(page, reference)] == [
        "13.08. 21:54",
        "13.08. 21:29",
    ]


def test_times_below_an_entry_dated_with_its_own_day_change_day_after_the_night():
    page = (
        f"Wahlabend\n\n10.07 Uhr: {TEXTS[0]}\n\nMittwoch, 9 Uhr: {TEXTS[1]}\n\n"
        f"15.01 Uhr: {TEXTS[2]}\n\n14.41 Uhr: {TEXTS[3]}\n"
    )
    reference = dt.datetime(2023, 1, 4, 10, 30, tzinfo=BERLIN)  # a Wednesday
    assert days_of(page, reference) == [
        "04.01. 10:07", "04.01. 09:00", "03.01. 15:01", "03.01. 14:41"
    ]  # fmt: skip


def test_times_hours_later_below_an_entry_dated_with_its_own_day_are_the_day_before():
    # Pasted the same evening: the day written above them wins over the paste's day.
    page = (
        f"Tour-Ticker\n\n15.04 Uhr: {TEXTS[0]}\n\nFreitag, 18. September, 13.44 Uhr: {TEXTS[1]}"
        f"\n\n17.43 Uhr: {TEXTS[2]}\n\n15.30 Uhr: {TEXTS[3]}\n"
    )
    reference = dt.datetime(2020, 9, 18, 23, 59, tzinfo=BERLIN)
    assert days_of(page, reference) == [
        "18.09. 15:04", "18.09. 13:44", "17.09. 17:43", "17.09. 15:30"
    ]  # fmt: skip


def test_times_late_in_the_evening_below_a_post_dated_in_the_small_hours_are_the_day_before():
    # The ticker's last post carries the page's full date; the paste comes a day later.
    page = (
        "Liveticker zum Amoklauf\n24.07.2016, 01:04 UhrWir folgen der Polizei und beenden "
        f"den Liveticker.\n+++ 23:27 Ermittlungen übernommen +++\n{TEXTS[0]}\n"
        f"+++ 22:38 Zeuge berichtet +++\n{TEXTS[1]}\n"
    )
    reference = dt.datetime(2016, 7, 24, 23, 59, tzinfo=BERLIN)
    assert days_of(page, reference) == [
        "24.07. 01:04", "23.07. 23:27", "23.07. 22:38"
    ]  # fmt: skip


def test_an_audio_players_counter_at_zero_is_no_midnight_before_the_times():
    page = (
        "Nahost im Liveticker +++ 20:41 Armee gibt Entwarnung +++\n\n00:00\n"
        "Diese Audioversion wurde künstlich generiert. Mehr Infos\n\n"
        f"{TEXTS[0]}\n\n+++ 20:09 Erdogan warnt +++\n{TEXTS[1]}\n\n"
        f"+++ 19:46 Netanjahu meldet Erfolg +++\n{TEXTS[2]}\n"
    )
    reference = dt.datetime(2025, 6, 15, 23, 59, tzinfo=BERLIN)
    assert days_of(page, reference) == [
        "15.06. 20:41", "15.06. 20:09", "15.06. 19:46"
    ]  # fmt: skip


def test_a_pages_time_under_its_day_and_over_the_tickers_title_is_no_post_of_the_small_hours():
    page = (
        "August 27th, 2011\n02:45 AM ET\n\nLive blog: Hurricane death toll at 9\n\n"
        "Hurricane Irene continues to crawl north after making landfall in the morning.\n\n"
        f"[Update 11:40 p.m.] {TEXTS[0]}\n\n[Update 11:20 p.m.] {TEXTS[1]}\n"
    )
    reference = dt.datetime(2011, 8, 28, 0, 5, tzinfo=ZoneInfo("America/New_York"))
    found = days_of(page, reference, time_zone="America/New_York")
    assert found == ["27.08. 23:40", "27.08. 23:20"]


@pytest.mark.parametrize(
    ("title", "day"), [("vom Freitag", "22.07."), ("vom Donnerstag", "23.07.")]
)
def test_the_weekday_a_pages_title_looks_back_on_is_its_times_day_before_the_pages_date(title, day):
    page = (
        f"Politik\nSamstag, 23. Juli 2016\n\nLiveticker: Die Ereignisse {title} zum Nachlesen\n\n"
        f"+++ 23:59 Bahn stellt Züge bereit +++\n{TEXTS[0]}\n\n"
        f"+++ 23:36 Möglicherweise nur ein Täter +++\n{TEXTS[1]}\n"
    )
    reference = dt.datetime(2016, 7, 23, 23, 59, tzinfo=BERLIN)
    assert [when[:6] for when in days_of(page, reference)] == [day, day]


@pytest.mark.parametrize(
    ("clocks", "day"),
    [(("11:48 p.m.", "10:14 p.m."), "15.03."), (("9:19 a.m.", "9:15 a.m."), "16.03.")],
)
def test_the_weekday_an_english_intro_names_dates_an_evening_before_the_pages_date(clocks, day):
    """A page dated the morning after ("2018-03-16") whose intro names the evening's
    weekday ("tipped off Thursday"): its evening times are Thursday's, a morning's the
    date's own."""
    first, second = clocks
    page = (
        "2018-03-16\n\nThe first round tipped off Thursday. Catch up on all the scores below.\n\n"
        f"{first} — Alabama holds off Virginia Tech behind Sexton's 25 points.\n\n"
        f"{second} — Sexton sat for most of the first half after his second foul.\n"
    )
    reference = dt.datetime(2018, 3, 16, 23, 59, tzinfo=ZoneInfo("America/New_York"))
    found = days_of(page, reference, time_zone="America/New_York")
    assert [when[:6] for when in found] == [day, day]


def test_a_morning_post_on_top_of_an_undated_page_follows_the_evening_before():
    """AP's "The Latest": newest first, no date; "7:05 a.m." over "9 p.m." is a night."""
    page = (
        "The Latest on Southern California's strongest earthquake in 20 years (all times local):\n"
        f"7:05 a.m.\n{TEXTS[0]}\n9 p.m.\n{TEXTS[1]}\n12:35 p.m.\n{TEXTS[2]}\n"
    )
    reference = dt.datetime(2019, 7, 5, 23, 59, tzinfo=ZoneInfo("America/Los_Angeles"))
    found = days_of(page, reference, time_zone="America/Los_Angeles")
    assert found == ["05.07. 07:05", "04.07. 21:00", "04.07. 12:35"]


def test_a_morning_time_between_evening_ones_close_together_is_a_slip_and_no_night():
    page = ticker("Apple-Keynote im Liveticker", ("19.30", "19.15", "9.06", "19.00"))
    reference = dt.datetime(2019, 9, 10, 19, 35, tzinfo=BERLIN)
    assert [when[:6] for when in days_of(page, reference)] == ["10.09."] * 4


@pytest.mark.parametrize("heading", ["Präsidentschaftswahl in Frankreich", "Sonntag, 7. Mai 2017"])
def test_two_times_the_small_hours_over_the_late_evening_run_back_over_midnight(heading):
    page = ticker(heading, ("00.02", "23.08"))
    reference = dt.datetime(2017, 5, 8, 23, 59, tzinfo=BERLIN)
    assert days_of(page, reference) == ["08.05. 00:02", "07.05. 23:08"]


def test_the_date_an_archived_page_was_saved_on_leaves_its_tickers_date_the_only_one():
    """ "Dienstag, 19. März 2024" over a ticker of 2019: the day it was saved lies after
    "now", so the page's own date is its one date, and the night's times the day after."""
    head = "Dienstag, 19. März 2024\n\nArchiv\n\nLiveblog zur Europawahl\n\n26.05.2019"
    page = ticker(head, ("04:40", "04:36", "02:56"))
    reference = dt.datetime(2019, 5, 27, 5, 0, tzinfo=BERLIN)
    assert [when[:6] for when in days_of(page, reference)] == ["27.05."] * 3


def test_a_table_of_results_running_the_other_way_above_a_ticker_keeps_its_day():
    players = (("Ricky Evans", "16:28"), ("Josh Rock", "20:19"), ("Luke Littler", "21:25"))
    rows = "".join(f"{name}\n3\n1\n{clock}\nMo, 29.12.\nBeendet\n" for name, clock in players)
    page = f"Darts-WM\n\n{rows}23:44 Uhr\n\n{TEXTS[0]}\n\n23:39 Uhr\n\n{TEXTS[1]}\n"
    reference = dt.datetime(2025, 12, 29, 23, 59, tzinfo=BERLIN)
    assert days_of(page, reference)[-2:] == [
        "29.12. 23:44", "29.12. 23:39"
    ]  # fmt: skip


def test_the_day_a_pages_title_names_wins_over_the_date_it_was_last_changed():
    page = ticker("Flut-Liveticker vom 8. März\n\n10.03.2024, 07:32", ("23:55", "23:20", "22:49"))
    reference = dt.datetime(2024, 3, 10, 7, 32, tzinfo=BERLIN)
    assert moments(page, reference) == [
        ("08.03. 23:55", False),
        ("08.03. 23:20", False),
        ("08.03. 22:49", False),
    ]


def test_the_day_a_title_names_after_its_weekday_wins_too():
    head = "Der Ticker von Dienstag (05.03.2024) zum Nachlesen\n\nStand: 06.03.2024, 06:10 Uhr"
    page = ticker(head, ("21:40", "20:15"))
    reference = dt.datetime(2024, 3, 6, 23, 0, tzinfo=BERLIN)
    assert [moment for moment, _estimated in moments(page, reference)] == [
        "05.03. 21:40",
        "05.03. 20:15",
    ]


def test_a_day_named_as_yesterday_stays_the_day_before_the_paste():
    page = ticker("Gestern, 30.09.2016", ("17:19", "12:54"))
    found = moments(page, dt.datetime(2016, 10, 1, 21, 59, tzinfo=BERLIN))
    assert found == [("30.09. 17:19", False), ("30.09. 12:54", False)]


# A match day's page: each post under the kick-off and pairing of its match.
MATCH_LABELS = """13:30 Uhr Erzgeb. Aue - 1. FC Heidenheim

O-Ton Dirk Schuster

Aues Coach sagte: "Es war zeitweise ein wildes Spiel, ein brutal intensives Spiel."

13:30 Uhr Erzgeb. Aue - 1. FC Heidenheim

O-Ton Bernhard Raab

Heidenheims Interims-Cheftrainer sagte: " ir haben es nicht geschafft, in Führung zu gehen."

13:30 Uhr Halberstadt - FC Viktoria Berlin

Direkte Konkurrenz verliert auch

Was Halberstadt etwas trösten könnte: Auch die direkte Konkurrenz gegen den Abstieg hat verloren.

13:30 Uhr Halberstadt - FC Viktoria Berlin

Viktoria gegen Babelsberg

Die Berliner spielen bereits unter der Woche gegen Babelsberg, dann geht es nach Fürstenwalde.
"""


def test_a_kick_off_repeated_over_the_posts_on_its_match_is_no_posts_own_time():
    found = moments(MATCH_LABELS, dt.datetime(2020, 10, 18, 17, 0, tzinfo=BERLIN))
    assert found == [("18.10. 13:30", True)] * 4

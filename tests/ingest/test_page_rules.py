"""Rules that judge a line by the rest of its page: drawn rules, lone dates, changing
labels, posts signed beside their times."""

import datetime as dt

import pytest

from .conftest import BERLIN, prepare

NOW = dt.datetime(2024, 3, 7, 23, 0, tzinfo=BERLIN)
TEXTS = [
    "Der Stadtrat hat am Vormittag über den neuen Haushalt beraten und die Sitzung "
    "nach drei Stunden vertagt, wie eine Sprecherin mitteilte.",
    "Die Opposition kritisierte den Entwurf scharf und kündigte an, im Ausschuss "
    "weitere Änderungen zu verlangen, bevor sie zustimmen könne.",
    "Am Nachmittag soll die Sitzung fortgesetzt werden; dann stehen die Ausgaben "
    "für Schulen und den Nahverkehr auf der Tagesordnung.",
]


def drafts(page: str, **options):
    options.setdefault("reference_time", NOW)
    return prepare(page, **options).drafts


def test_a_rule_drawn_twice_with_signs_parts_the_entries_of_a_page_without_times():
    # The title and its intro are the page's head; a rule follows it and each entry.
    page = "\n\n++++\n\n".join(["Haushalt im Stadtrat\n\n" + TEXTS[0], *TEXTS[1:]])
    assert [draft.body for draft in drafts(page)] == [f"<p>{text}</p>" for text in TEXTS[1:]]


def test_a_rule_drawn_once_only_closes_the_head():
    once = "Haushalt im Stadtrat\n\n* * *\n\n" + "\n\n".join(TEXTS)
    assert len(drafts(once)) == 1


def test_the_rules_of_a_table_inside_an_entry_part_nothing():
    table = "| Ort | Böe |\n|---|---|\n| Freiburg | 109 km/h |\n|---|---|\n| Chemnitz | 94 km/h |"
    page = f"10:23 Uhr\n\nSturmböen im Süden\n\n{TEXTS[0]}\n\n{table}\n\n10:05 Uhr\n\n{TEXTS[1]}"
    found = drafts(page)
    assert len(found) == 2
    assert "Chemnitz" in found[0].body


def test_a_lone_date_above_paragraphs_in_boxes_of_their_own_leaves_them_entries():
    page = "Live text\n\nLast updated 7 March 2024\n\n\n" + "\n\n\n".join(TEXTS)
    found = drafts(page, time_zone="Europe/London")
    assert [draft.body for draft in found] == [f"<p>{text}</p>" for text in TEXTS]
    assert all(draft.published_at is None for draft in found)


def test_links_to_full_stories_and_refresh_prompts_are_no_entries():
    page = (
        "Please refresh the page for new updates\n"
        f"8.30pm: {TEXTS[0]}\n"
        "Read the full story here: Council adjourns budget debate\n"
        f"8.10pm: {TEXTS[1]}\n"
        "Read the full story here: Opposition wants changes\n"
        f"7.45pm: {TEXTS[2]}\n"
        "Read the full story here: Schools first\n"
    )
    found = drafts(page, time_zone="Europe/London")
    assert [(draft.title, draft.body) for draft in found] == [
        ("", f"<p>{text}</p>") for text in TEXTS
    ]
    skipped = " ".join(skip.text for skip in prepare(page).result.skipped)
    assert "Read the full story here" in skipped and "Please refresh" in skipped


def test_a_place_that_changes_from_entry_to_entry_stays_in_the_title():
    places = ["HOFBURG", "RING", "HOFBURG", "WIEN", "HOFBURG", "BALLHAUSPLATZ"]
    page = "\n\n".join(
        f"21:{50 - 5 * n:02d} Uhr - {place}: Titel {n}\n{TEXTS[n % 3]}"
        for n, place in enumerate(places)
    )
    assert [draft.title for draft in drafts(page)] == [
        f"{place}: Titel {n}" for n, place in enumerate(places)
    ]


def test_a_desk_label_beside_every_time_is_dropped_from_the_title():
    page = "\n\n".join(
        f"21:{50 - 5 * n:02d} Uhr, Onlinebunker: Titel {n}\n{TEXTS[n % 3]}" for n in range(4)
    )
    assert [draft.title for draft in drafts(page)] == [f"Titel {n}" for n in range(4)]


def test_a_post_signed_beside_its_time_takes_the_headline_above_the_time():
    page = "Ireland vs England LIVE\n" + "".join(
        f"Ireland 5-7 England, {39 - n} mins\n17:{34 - n:02d} , Luke Baker\n{TEXTS[n]}\n"
        for n in range(3)
    )
    found = drafts(page, time_zone="Europe/London")
    assert [(draft.title, draft.published_at.minute) for draft in found] == [
        (f"Ireland 5-7 England, {39 - n} mins", 34 - n) for n in range(3)
    ]
    assert all("Luke Baker" not in draft.body for draft in found)


@pytest.mark.parametrize("day", ["March 7, 2024", "3/7/2024 ", ""])
def test_a_post_signed_before_its_time_and_any_day_is_timed_and_the_name_is_no_text(day):
    authors = ["Jolie O'Dell", "Dylan McKay", "Kevin C. Tofel"]
    page = "Live blog: the keynote\n\n" + "".join(
        f"{authors[n]} {day}12:{39 - n:02d}:0{n} pm\n\n{TEXTS[n]}\n\n" for n in range(3)
    )
    found = drafts(page, time_zone="America/Los_Angeles")
    assert [(draft.published_at.hour, draft.published_at.minute) for draft in found] == [
        (12, 39 - n) for n in range(3)
    ]
    assert [draft.body for draft in found] == [f"<p>{text}</p>" for text in TEXTS]


def test_bare_dotted_times_above_text_open_entries_but_rows_of_results_do_not():
    page = "".join(
        f"13.{5 - n}5\n\n{'What to expect' if n == 1 else TEXTS[n]}\n\n{TEXTS[n]}\n\n"
        for n in range(3)
    )
    found = drafts(page, time_zone="Europe/Dublin")
    assert [(draft.published_at.hour, draft.published_at.minute) for draft in found] == [
        (13, 55),
        (13, 45),
        (13, 35),
    ]
    results = f"Slalom der Herren\n\n{TEXTS[0]}\n\n" + "".join(
        f"{n}\nFahrer {n}\nAUT\n2:0{n}.50\n{n}.{10 + n}\n" for n in range(1, 6)
    )
    assert all(draft.published_at is None for draft in drafts(results))


def test_a_time_glued_to_the_text_it_opens_is_read():
    page = "".join(f"21:0{7 - n}{TEXTS[n]}\n\n" for n in range(3))
    found = drafts(page, time_zone="Europe/London")
    assert [draft.published_at.minute for draft in found] == [7, 6, 5]
    assert [draft.body for draft in found] == [f"<p>{text}</p>" for text in TEXTS]


@pytest.mark.parametrize(
    "intro",
    [
        "Die Lage nach dem Unwetter. Wir halten Sie in unserem Live-Ticker auf dem Laufenden.",
        "Kurz und informativ: Nachrichten live in unserem SWR Aktuell Newsticker.",
    ],
)
def test_an_untimed_first_block_that_speaks_of_the_coverage_is_the_page_head(intro):
    headed = [f"Titel {n}\n\n{TEXTS[n]}" for n in range(3)]
    page = "\n\n".join(["Unwetter über der Stadt", intro, *headed])
    prepared = prepare(page, reference_time=NOW)
    assert [draft.title for draft in prepared.result.drafts] == ["Titel 0", "Titel 1", "Titel 2"]
    assert prepared.result.ticker_title == "Unwetter über der Stadt"
    plain = "\n\n".join(["Unwetter über der Stadt", TEXTS[2], *headed])
    assert drafts(plain)[0].title == "Unwetter über der Stadt"


def test_an_update_label_and_the_same_time_in_a_second_zone_leave_the_time_and_its_text():
    both = [("10.36", "5.06"), ("10.26", "4.56"), ("10.16", "4.46")]
    page = "".join(
        f"UPDATE - {ist} pm IST ({gmt} pm GMT) - {text}\n"
        for (ist, gmt), text in zip(both, TEXTS, strict=True)
    )
    found = drafts(page, time_zone="Asia/Kolkata")
    assert [draft.published_at.isoformat() for draft in found] == [
        f"2024-03-07T22:{36 - 10 * n}:00+05:30" for n in range(3)
    ]
    assert [draft.body for draft in found] == [f"<p>{text}</p>" for text in TEXTS]


def test_boxes_of_paragraphs_parted_by_two_blank_lines_are_entries():
    boxes = [
        "Hello, and welcome to our live blog.\n\n" + TEXTS[0],
        TEXTS[1] + "\n\nDie Sitzung wurde am Abend fortgesetzt.",
        "Die Stadt teilt mit:\n\n" + TEXTS[2],
    ]
    found = drafts("Stadtrat live\n\n\n" + "\n\n\n".join(boxes))
    assert [draft.body.count("<p>") for draft in found] == [2, 2, 2]
    assert found[1].body.startswith(f"<p>{TEXTS[1]}</p>")


def test_numbered_posts_opened_by_four_figures_are_timed_even_where_they_look_like_years():
    # BBC Sport's live pages: "1. 1949:" above each post, newest first.
    page = "As it happened\n\n" + "".join(
        f"  {n + 1}. 19{49 - 3 * n}: \n\n    {TEXTS[n]}\n\n" for n in range(3)
    )
    found = drafts(page, time_zone="Europe/London")
    assert [(draft.published_at.hour, draft.published_at.minute) for draft in found] == [
        (19, 49 - 3 * n) for n in range(3)
    ]
    assert [draft.body for draft in found] == [f"<p>{text}</p>" for text in TEXTS]


def test_a_chronology_of_years_stays_text():
    page = "Geschichte des Gipfels\n\n" + "".join(
        f"{1949 + 3 * n}: {TEXTS[n]}\n\n" for n in range(3)
    )
    assert all(draft.published_at is None for draft in drafts(page))


EVENING = ["1935", "1932", "1931", "1930", "1928"]


def test_an_evening_of_minutes_opened_by_four_figures_is_timed_though_they_look_like_years():
    page = "Masters final round\n\n" + "".join(
        f"{stamp}: {TEXTS[n % 3]}\n\n" for n, stamp in enumerate(EVENING)
    )
    found = drafts(page, time_zone="Europe/London")
    assert [draft.published_at.strftime("%H%M") for draft in found] == EVENING


def test_years_beside_a_year_no_clock_can_be_stay_a_chronology():
    page = "Geschichte des Gipfels\n\n" + "".join(
        f"{stamp}: {TEXTS[n % 3]}\n\n" for n, stamp in enumerate([*EVENING, "1978"])
    )
    assert all(draft.published_at is None for draft in drafts(page))


def test_posts_each_opened_by_an_update_label_are_entries_without_it():
    posts = [
        "Microsoft quietly launched the official Surface website.",
        "Baller is the one on stage now.",
        "Win8 makes Surface a PC. Surface is a tablet.",
    ]
    page = "Microsoft's media event – live\n\n" + "\n\n".join(f"Update: {post}" for post in posts)
    assert [draft.body for draft in drafts(page)] == [f"<p>{post}</p>" for post in posts]


def test_posts_each_opened_by_the_live_pages_label_are_entries_without_it():
    page = "Mumbai Rains LIVE Updates\n\n" + "\n".join(f"Mumbai Rains LIVE: {t}" for t in TEXTS)
    assert [draft.body for draft in drafts(page)] == [f"<p>{text}</p>" for text in TEXTS]


def test_a_cricket_overs_number_and_score_stay_the_text_of_the_post_they_open():
    overs = [
        "16th over: England 43-3 (Ballance 16, Root 0) With the spinner's work done, Clarke "
        "brings Hazlewood straight back.",
        "15th over: England 43-3 (Ballance 16, Root 0) Root inside edges onto his pads.",
        "14th over: England 43-2 (Ballance 16, Bell 1) That aggression did not pay off.",
    ]
    found = drafts("The Ashes: first Test, day one – live\n\n" + "\n\n".join(overs))
    assert [draft.body for draft in found] == [f"<p>{over}</p>" for over in overs]


def test_one_update_label_opens_nothing():
    page = "Haushalt im Stadtrat\n\n" + "\n\n".join([TEXTS[0], f"Update: {TEXTS[1]}", TEXTS[2]])
    assert all(not draft.body.startswith("<p>Update: ") for draft in drafts(page))


def test_a_calendar_of_stages_above_the_ticker_is_no_entries_and_lends_it_no_day():
    stages = "\n".join(f"  • {n}. Etappe\n    {n:02d}.03.2024 13:{n:02d}" for n in range(1, 13))
    page = f"Sport-Datencenter\n{stages}\n\nLiveticker\n\n17:46\nAusblick\n{TEXTS[0]}\n17:42\nDas Ziel\n{TEXTS[1]}"
    found = drafts(page)
    assert [draft.title for draft in found] == ["Ausblick", "Das Ziel"]
    assert [draft.published_at for draft in found] == [
        dt.datetime(2024, 3, 7, 17, 46, tzinfo=BERLIN),
        dt.datetime(2024, 3, 7, 17, 42, tzinfo=BERLIN),
    ]


def test_a_calendars_last_row_with_the_results_below_it_is_no_entry_and_lends_no_day():
    stages = "\n".join(f"  • {n}. Etappe\n    {n:02d}.03.2024 13:{n:02d}" for n in range(1, 13))
    results = "  • 1\n    Anton Berg\n    Berg\n    4:21:56h\n  • 2\n    Tom Hale\n    +0s"
    page = f"Sport-Datencenter\n{stages}\n{results}\n\nLiveticker\n\n17:46\nAusblick\n{TEXTS[0]}"
    found = drafts(page)
    assert [draft.title for draft in found] == ["Ausblick"]
    assert found[0].published_at == dt.datetime(2024, 3, 7, 17, 46, tzinfo=BERLIN)


def test_the_pages_update_row_closes_its_head_and_opens_no_entry():
    page = (
        "Liveblog\n\nHaushalt ++ Stadtrat vertagt die Sitzung ++\n\nStand: 07.03.2024 21:56 Uhr\n\n"
        f"Der Stadtrat hat beraten. Der Liveblog vom Donnerstag zum Nachlesen.\n\n"
        f"07.03.2024 • 21:56 Uhr\n\nEnde des Liveblogs\n\n{TEXTS[0]}\n\n"
        f"07.03.2024 • 20:10 Uhr\n\nDie Opposition\n\n{TEXTS[1]}"
    )
    found = drafts(page)
    assert [draft.title for draft in found] == ["Ende des Liveblogs", "Die Opposition"]


def test_four_figures_before_a_label_in_capitals_are_the_entries_times():
    page = "\n\n".join(
        f"{clock} DONE DEAL\n\n{text}"
        for clock, text in zip(("2245", "2227", "2220"), TEXTS, strict=True)
    )
    found = drafts("Deadline Day live\n\n" + page, time_zone="Europe/London")
    assert [draft.published_at.strftime("%H:%M") for draft in found] == ["22:45", "22:27", "22:20"]


def test_headlines_on_past_days_one_after_another_are_the_tickers_not_a_calendar():
    titles = ["Neue Zahlen", "Schulen schließen", "Erste Impfungen", "Lockerungen", "Bilanz"]
    page = "Corona-Chronik\n\n" + "\n\n".join(
        f"0{day}.03.2024 10:00\n{title}" for day, title in enumerate(titles, start=1)
    )
    assert [draft.title or draft.body for draft in drafts(page)] == [
        f"<p>{title}</p>" for title in titles
    ]


def test_the_pages_update_row_is_listed_among_what_is_not_taken():
    page = f"Haushalt live\n\nStand: 07.03.2024 21:56 Uhr\n\nDer Rat tagt.\n\n21:50 Uhr: {TEXTS[0]}"
    page += f"\n\n21:40 Uhr: {TEXTS[1]}"
    skipped = [
        (skip.text, skip.reason) for skip in prepare(page, reference_time=NOW).result.skipped
    ]
    assert ("Stand: 07.03.2024 21:56 Uhr", "Datum der Seite") in skipped


PLAN = [
    "9am: The congregation is seated at the Abbey",
    "10.20am: The procession sets off from the Palace",
    "11am: The ceremony begins",
    "2.15pm: The royal family appears on the balcony",
]
INTRO = (
    "After months of planning and preparation, the day of the coronation is here.\n\n"
    "Crowds are beginning to gather in London before millions around the world tune in."
)
POSTS = [
    "Anita Brook hired a minibus from Oxford to take her family to the coronation.",
    "People attending the service began filing into the Abbey at just after seven.",
]


def test_the_days_plan_above_a_ticker_beginning_earlier_is_no_entries_but_listed():
    page = "\n\n".join(["Coronation live", INTRO, *PLAN, "7.53am", POSTS[0], "7.50am", POSTS[1]])
    prepared = prepare(page, reference_time=NOW, time_zone="Europe/London")
    assert [draft.body for draft in prepared.drafts] == [f"<p>{post}</p>" for post in POSTS]
    skipped = [(skip.text, skip.reason) for skip in prepared.result.skipped]
    assert (PLAN[-1], "Terminplan") in skipped


def test_one_line_posts_rising_above_a_later_ticker_stay_entries():
    page = "\n\n".join(["Coronation live", INTRO, *PLAN, "3.53pm", POSTS[0], "3.50pm", POSTS[1]])
    found = drafts(page, time_zone="Europe/London")
    assert [draft.title for draft in found][:4] == [line.partition(": ")[2] for line in PLAN]


def test_four_figure_times_in_a_bulleted_list_of_posts_open_them():
    posts = [
        "Paul Tilsley, the deputy leader of the city council, says he was appalled.",
        "Graham Stringer, MP for Blackley, says the police have questions to answer.",
        "Crowds have gathered again in the city centre, the police say.",
    ]
    page = "Live: Riots\n" + "".join(
        f"  • {clock}:\n    {post}\n"
        for clock, post in zip(("2140", "2138", "2137"), posts, strict=True)
    )
    found = drafts(page, time_zone="Europe/London")
    assert [(d.published_at.strftime("%H:%M"), d.body) for d in found] == [
        (clock, f"<p>{post}</p>")
        for clock, post in zip(("21:40", "21:38", "21:37"), posts, strict=True)
    ]


def test_a_post_under_an_impossible_date_is_an_invalid_entry_not_lost_text():
    page = f"Haushalt live\n\nMontag (31. Februar), 10.20 Uhr: {TEXTS[0]}\n\n21:40 Uhr: {TEXTS[1]}"
    found = drafts(page)
    assert [draft.body for draft in found] == [f"<p>{TEXTS[0]}</p>", f"<p>{TEXTS[1]}</p>"]
    assert found[0].errors == ["Das Datum „Montag, 31. Februar, 10.20 Uhr“ gibt es nicht."]

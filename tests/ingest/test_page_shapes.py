"""Whole pages as editors paste them: flattened pages, page heads, paragraph entries."""

import datetime as dt
import json

import pytest

from .conftest import BERLIN, prepare

NOW = dt.datetime(2024, 3, 7, 12, 0, tzinfo=BERLIN)
SENTENCE = (
    "Der Stadtrat hat am Vormittag über den neuen Haushalt beraten und die Sitzung "
    "nach drei Stunden vertagt, wie eine Sprecherin mitteilte."
)
OTHERS = [
    "Die Opposition kritisierte den Entwurf scharf und kündigte an, im Ausschuss "
    "weitere Änderungen zu verlangen, bevor sie zustimmen könne.",
    "Am Nachmittag soll die Sitzung fortgesetzt werden; dann stehen die Ausgaben "
    "für Schulen und den Nahverkehr auf der Tagesordnung.",
]


def bodies_and_times(text: str, **options) -> list[tuple[str, dt.datetime | None]]:
    options.setdefault("reference_time", NOW)
    return [(d.body, d.published_at) for d in prepare(text, **options).drafts]


def test_a_flattened_page_with_american_stamps_is_cut_before_each_stamp():
    minutes = [55, 50, 41, 30, 22, 15, 5]
    line = " ".join(f"3/7/24 9:{minute:02d} AM {SENTENCE}" for minute in minutes)
    found = bodies_and_times("Newsblog Stadtrat\n\n" + line)
    assert [time.minute for _body, time in found] == minutes
    assert all(body == f"<p>{SENTENCE}</p>" for body, _time in found)


def test_a_flattened_page_with_titles_glued_to_their_times_is_cut_into_titled_posts():
    # A German news blog copied without its breaks: "…Text.Titel15.45 Uhr: Text …".
    page = (
        "Haushalt im Stadtrat | Newsblog\n\n"
        "Der Stadtrat berät den Haushalt. Alle Entwicklungen im Newsblog."
        f"Sitzung vertagt15.45 Uhr: {SENTENCE}"
        f"Opposition kündigt Widerstand an15.30 Uhr: {OTHERS[0] * 6}"
        f"Nachmittag: Schulen und Nahverkehr 14.10 Uhr: {OTHERS[1]}"
    )
    drafts = prepare(page, reference_time=NOW.replace(hour=18)).drafts
    assert [(d.title, d.published_at) for d in drafts] == [
        ("Sitzung vertagt", dt.datetime(2024, 3, 7, 15, 45, tzinfo=BERLIN)),
        ("Opposition kündigt Widerstand an", dt.datetime(2024, 3, 7, 15, 30, tzinfo=BERLIN)),
    ]
    assert drafts[0].body == f"<p>{SENTENCE}</p>"
    assert "Nachmittag" in drafts[1].body  # a time after a space is glued to nothing


def test_the_overview_of_a_pages_posts_above_them_is_no_entry():
    # Times and titles in a row at the top, the posts below with their text.
    page = (
        "- 20:27 Uhr: ➤ Neuer Bürgermeister gewählt\n"
        "- 20:06 Uhr: Stadtrat vertagt die Sitzung\n"
        "- 19:16 Uhr: Opposition kündigt Widerstand an\n\n"
        f"➤ Neuer Bürgermeister gewählt\n\n- 20:27 Uhr\n\n{SENTENCE}\n\n"
        f"Stadtrat vertagt die Sitzung\n\n- 20:06 Uhr\n\n{OTHERS[0]}\n"
    )
    result = prepare(page, reference_time=NOW.replace(hour=22))
    assert [(d.title, d.published_at.hour, d.body) for d in result.drafts] == [
        ("Neuer Bürgermeister gewählt", 20, f"<p>{SENTENCE}</p>"),
        ("Stadtrat vertagt die Sitzung", 20, f"<p>{OTHERS[0]}</p>"),
    ]
    skipped = {item.text for item in result.result.skipped}
    assert "- 19:16 Uhr: Opposition kündigt Widerstand an" in skipped


def test_paragraphs_each_in_a_box_of_their_own_are_entries_on_a_page_without_times():
    page = "Stadtrat live\n\n\n" + "\n\n\n".join([SENTENCE, *OTHERS])
    assert [body for body, _time in bodies_and_times(page)] == [
        f"<p>{text}</p>" for text in (SENTENCE, *OTHERS)
    ]


def test_the_updated_label_over_edited_posts_parts_them_on_a_page_without_times():
    posts = [
        "Wir halten uns aus dem Streit der Generationen heraus, aber…",
        "Wer gewinnt und wer verliert mit diesem Haushalt? Unsere Kollegin hat die Übersicht:",
        "Die Bauwirtschaft begrüßt die Mittel für den Wohnungsbau, warnt aber vor den Zinsen.",
        "Die Opposition nennt den Entwurf mutlos und kündigt Änderungsanträge im Ausschuss an.",
    ]
    page = "Haushalt im Stadtrat\n\n" + "\n\nUpdated\n\n".join(posts)
    found = prepare(page, reference_time=NOW).drafts
    assert [draft.body for draft in found][-3:] == [f"<p>{post}</p>" for post in posts[1:]]


def test_paragraphs_parted_by_single_blank_lines_stay_one_text():
    assert len(bodies_and_times("\n\n".join([SENTENCE, *OTHERS]))) == 1


LISTED_POSTS = [
    "The earnings call is under way, a few minutes late.",
    "Tim Cook speaks first, then the finance chief takes over.",
    "Music is on rotation while the analysts dial in.",
    "Services revenue was the highest ever, Cook says.",
    "The first question is about the new phones in China.",
]


@pytest.mark.parametrize("bullet", ["• {text}", "{number}. {text}"])
def test_a_page_ending_in_a_list_of_sentences_has_each_item_as_a_post(bullet):
    items = [bullet.format(number=n, text=text) for n, text in enumerate(LISTED_POSTS, 1)]
    page = (
        "Apple earnings call: live blog\n\n"
        "We will follow the call and update this post as it goes.\n\n" + "\n".join(items)
    )
    bodies = [body for body, _time in bodies_and_times(page)]
    assert bodies == [f"<p>{text}</p>" for text in LISTED_POSTS]


def test_a_list_its_line_above_announces_stays_in_the_text():
    page = (
        "Die Stadt stellt ihren Haushalt vor\n\n"
        f"{SENTENCE}\n\nDie Vorhaben im Überblick:\n\n"
        + "\n".join(f"• {text}" for text in LISTED_POSTS)
    )
    assert len(bodies_and_times(page)) == 1


def test_a_day_glued_to_a_read_more_link_is_the_day_of_the_entries_below_it():
    page = (
        "Match blog, page 4\nMarch 7, 2024\nAnother story's teaser\n"
        "Continue reading...March 5, 2024\nCity 2-0 United: as it happened\n"
        f"4.44pm GMT\n{SENTENCE}\n4.30pm GMT\n{SENTENCE}\n"
    )
    times = [time for _body, time in bodies_and_times(page, time_zone="Europe/London")]
    assert [(time.day, time.hour, time.minute) for time in times] == [(5, 16, 44), (5, 16, 30)]


def published_at_in_schema(page: str) -> list[str]:
    prepared = prepare(page, time_zone="Europe/Berlin", reference_time=NOW)
    return [draft.to_schema(BERLIN)["published_at"] for draft in prepared.drafts]


def test_a_zone_named_after_the_time_gives_published_at_its_offset():
    page = f"Council live\n\n9.44am GMT\n{SENTENCE}\n\n10:30 Uhr\n{SENTENCE}\n"
    assert published_at_in_schema(page) == [
        "2024-03-07T09:44:00+00:00",
        "2024-03-07T10:30:00+01:00",
    ]


def test_a_zone_the_page_names_for_all_times_gives_published_at_its_offset():
    page = f"Council live\nAll times stated are UK\n\n9.15am\n{SENTENCE}\n"
    assert published_at_in_schema(page) == ["2024-03-07T09:15:00+00:00"]


def test_the_named_offset_survives_the_json_round_trip():
    page = f"Council live\n\n4.15am EST\n{SENTENCE}\n"
    exported = [draft.to_schema(BERLIN) for draft in prepare(page, reference_time=NOW).drafts]
    again = prepare(json.dumps(exported), format="json", reference_time=NOW).drafts
    assert [draft.published_at for draft in again] == [
        dt.datetime(2024, 3, 7, 4, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    ]


def test_a_plus_marked_title_naming_the_ticker_is_the_page_head():
    page = (
        "+++ Ticker +++ Stadtrat berät über den Haushalt\n\n"
        "Der Stadtrat tagt heute. Die Entwicklungen im Überblick.\n\n"
        f"11.05 Uhr: Sitzung vertagt\n\n{SENTENCE}\n"
    )
    prepared = prepare(page, reference_time=NOW)
    assert [draft.title for draft in prepared.drafts] == ["Sitzung vertagt"]
    assert prepared.result.ticker_title == "Ticker Stadtrat berät über den Haushalt"


@pytest.mark.parametrize(
    "title",
    [
        "Council budget night - as it happened",
        "Haushaltsnacht im Stadtrat zum Nachlesen",
        "The Council Budget Blog - Tuesday July 22",
        "Haushalts-Blog: Stadtrat beschließt Sparpaket",
    ],
)
def test_a_title_naming_the_coverage_over_untimed_posts_is_the_page_head(title):
    page = (
        f"{title}\n\n• Budget passed after a long night\n• Opposition walks out\n\n"
        "Signing off\n\nThat will do it for tonight. Thanks for following the debate "
        "with us, we will be back in the morning.\n\n"
        "Budget passed\n\nThe council has passed the budget by 31 votes to 29 after a "
        "debate of nearly six hours.\n"
    )
    assert [draft.title for draft in prepare(page, reference_time=NOW).drafts] == [
        "Signing off",
        "Budget passed",
    ]


OTHER = (
    "Die Opposition kritisierte den Entwurf scharf und kündigte an, im Ausschuss weitere "
    "Änderungen zu verlangen, bevor sie zustimmen könne."
)


def test_a_pointer_to_another_story_is_dropped_from_the_entry_body():
    page = (
        f"Stadtrat live\n\n11:05 Uhr\n\nSitzung vertagt\n\n{SENTENCE}\n\n"
        "Mehr zum Thema – Was der Haushalt für die Schulen bedeutet\n\n"
        f"10:40 Uhr\n\nOpposition kritisiert Entwurf\n\n{OTHER}\n"
    )
    assert [body for body, _time in bodies_and_times(page)] == [
        f"<p>{SENTENCE}</p>",
        f"<p>{OTHER}</p>",
    ]


def test_share_prompts_inside_an_entry_are_dropped_from_its_body():
    page = (
        f"Stadtrat live\n\n11:05 Uhr\n\nSitzung vertagt\n\n{SENTENCE}\n\nArtikel teilen\n"
        f"Link kopieren\n\n{OTHER}\n\nShare this post\n\n10:40 Uhr\n\nOpposition dagegen\n\n"
        f"{OTHER}\n"
    )
    assert [body for body, _time in bodies_and_times(page)] == [
        f"<p>{SENTENCE}</p><p>{OTHER}</p>",
        f"<p>{OTHER}</p>",
    ]


def test_a_page_title_naming_the_ticker_and_its_last_update_row_are_the_head():
    page = (
        "+++ Stadtrat-Ticker +++\n\nHaushalt vertagt\n"
        "Aktualisiert am Donnerstag, 07.03.2024 | 11:50\nHaushalt vertagt\nStadtanzeiger\n\n"
        f"{OTHER}\n\nSitzung vertagt\n\n11.05 Uhr: Rathaus - Der Stadtrat hat vertagt.\n\n"
        "Opposition dagegen\n\n10.40 Uhr: Rathaus - Die Opposition\n"
    )
    prepared = prepare(page, reference_time=NOW)
    assert [(d.title, d.body, d.published_at) for d in prepared.drafts] == [
        (
            "Sitzung vertagt",
            "<p>Rathaus - Der Stadtrat hat vertagt.</p>",
            dt.datetime(2024, 3, 7, 11, 5, tzinfo=BERLIN),
        ),
        (
            "Opposition dagegen",
            "<p>Rathaus - Die Opposition</p>",
            dt.datetime(2024, 3, 7, 10, 40, tzinfo=BERLIN),
        ),
    ]
    assert prepared.result.ticker_title == "Stadtrat-Ticker"


def test_a_menu_beside_a_teaser_and_a_bodyless_ticker_title_are_no_entries():
    page = (
        "Ergebnisse\nLive-Ticker\nBundesliga\nErgebnisse\nLive-Ticker\nTabelle\nErgebnisse\n"
        "Live-Ticker\nMeisterschaft: Alle Infos zum Finale des Jahres\nRadsport\nMotorsport\n"
        "Live-Ticker Ski Alpin\n\nLive-Ticker Bundesliga Konferenz, 07.03.2024\n\n"
        f"Verabschiedung\n{SENTENCE}\n"
    )
    assert [d.title for d in prepare(page, reference_time=NOW).drafts] == ["Verabschiedung"]


def test_a_forum_posts_dated_header_closes_the_page_head():
    page = (
        "STADTFORUM\n\nWillkommen im Stadtforum - hier reden wir über alles, was die Stadt "
        "bewegt. Kommt vorbei!\n\n    Haushalt - 7. März\n\n    Anna\n    Anna\n\n"
        "    Ratsfan - Haushalt - 7. März\n\n    Post by Anna Do 7 Mär 2024, 10:08\n\n"
        f"    Zusammenfassung\n\n    • {SENTENCE}\n    • {OTHER}\n"
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [d.title for d in drafts] == ["Zusammenfassung"]


def test_the_sentence_introducing_the_ticker_closes_the_page_head():
    page = (
        "Live updates (closed)\n\nCouncil delays the budget\n\n"
        "Report says the two sides agreed to meet again after a tense year\n\n"
        "The Daily Example liveblogged Thursday’s events as they happened.\n\n"
        "Mayor announces a new budget for August\n\nThe mayor said on Thursday that the "
        "budget will come in August, after a long debate in the council.\n"
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [d.title for d in drafts] == ["Mayor announces a new budget for August"]


def test_rows_closing_the_head_of_an_untimed_page_leave_the_blocks_above_out():
    page = (
        "Liveticker\n\nStadtrat: Haushalt vertagt\n\n"
        "Der Stadtrat hat den Haushalt vertagt. Die Entwicklungen im Überblick, laufend "
        "aktualisiert.\n\nOnline seit 7. März 2024, 8.15 Uhr\nMehr zum Thema\n+\n2 neue Updates\n\n"
        f"Sitzung vertagt\n\n{SENTENCE}\n\nOpposition kritisiert Entwurf\n\n{OTHER}\n"
    )
    prepared = prepare(page, reference_time=NOW)
    assert [draft.title for draft in prepared.drafts] == [
        "Sitzung vertagt",
        "Opposition kritisiert Entwurf",
    ]
    assert all(draft.published_at is None for draft in prepared.drafts)


def test_a_dated_line_under_the_page_title_is_the_page_head_above_clock_entries():
    page = (
        "Stadtrat-Ticker: Haushalt vertagt\n\n07. März 2024, 11:05 Uhr\n\n"
        f"Der Stadtrat hat den Haushalt vertagt. {OTHER}\n\n"
        f"11:05 Uhr | Sitzung vertagt\n\n{SENTENCE}\n\n10:40 Uhr | Opposition dagegen\n\n{OTHER}\n"
    )
    assert [draft.title for draft in prepare(page, reference_time=NOW).drafts] == [
        "Sitzung vertagt",
        "Opposition dagegen",
    ]


def test_a_dated_line_with_only_the_page_title_below_it_is_the_page_head():
    page = (
        f"{OTHER}\n07. März 2024, 08:00\n\nStadtrat im Live-Ticker\n\n"
        f"Stadtrat im Live-Ticker\n\n• 11:05\n{SENTENCE}\n• 10:40\n{OTHER}\n"
    )
    assert bodies_and_times(page) == [
        (f"<p>{SENTENCE}</p>", dt.datetime(2024, 3, 7, 11, 5, tzinfo=BERLIN)),
        (f"<p>{OTHER}</p>", dt.datetime(2024, 3, 7, 10, 40, tzinfo=BERLIN)),
    ]


def test_a_long_image_caption_and_the_picture_title_above_it_are_dropped():
    caption = "Image caption: The paper leads on the story we have been following all day. " * 3
    page = f"09:30 Uhr\n\nFront pages\n\nThe Guardian\n{caption.strip()}\n\n{SENTENCE}\n"
    drafts = prepare(page, reference_time=NOW).drafts
    assert [(d.title, d.body) for d in drafts] == [("Front pages", f"<p>{SENTENCE}</p>")]


def test_bulleted_headlines_with_their_own_paragraphs_are_the_entries_of_an_untimed_page():
    page = (
        f"Council budget: full coverage\n\n{SENTENCE}\n\nOur live coverage has now ended.\n\n"
        "LIVE COVERAGE IS OVER 3 updates\n"
        f"  • Council adjourns the budget debate\n\n    {SENTENCE}\n\n"
        "  • Protest outside the town hall\n\n"
        f"  • Opposition rejects the draft\n\n    {OTHER}\n"
    )
    assert [draft.title for draft in prepare(page, reference_time=NOW).drafts] == [
        "Council adjourns the budget debate",
        "Protest outside the town hall",
        "Opposition rejects the draft",
    ]


def test_bulleted_headlines_over_text_cut_off_or_leading_on_with_a_colon_are_entries():
    cut = "Die Sitzung wird am Nachmittag fortgesetzt, dann geht es um die Ausgaben für"
    page = (
        f"Was heute im Stadtrat wichtig wird.\n\n  • Tschüss\n\n    {SENTENCE}\n\n"
        "  • Haushalt beschlossen\n\n    Der Rat hat den Haushalt beschlossen. Mehr dazu "
        "erfahren Sie in diesem Beitrag:\n\n"
        f"  • Opposition verlässt den Saal\n\n    {OTHER}\n\n"
        f"  • Sitzung geht weiter\n\n    {cut}"
    )
    assert [draft.title for draft in prepare(page, reference_time=NOW).drafts] == [
        "Tschüss",
        "Haushalt beschlossen",
        "Opposition verlässt den Saal",
        "Sitzung geht weiter",
    ]


def test_a_button_inside_plus_marks_is_dropped_as_the_bare_button_is():
    page = "Stadtrat live\n\n+++ Live-Ticker aktualisieren +++\n\n" + "\n\n".join(
        f"{minute}.: {text}" for minute, text in ((60, SENTENCE), (59, OTHER), (58, SENTENCE))
    )
    skipped = {skip.text: skip.reason for skip in prepare(page, reference_time=NOW).result.skipped}
    assert skipped["+++ Live-Ticker aktualisieren +++"] == "Seitenelement"


def test_the_post_right_under_an_update_counter_is_the_first_entry_not_the_intro():
    page = (
        f"Liveticker\n\nStadtrat berät über den Haushalt\n\n{SENTENCE}\n\n"
        "Online seit 7. März 2024, 5.07 Uhr\n+\n1 neue Updates\n\n"
        f"{OTHER} Die Berichterstattung endet hier.\n\n"
        f"Opposition verlässt den Saal\n\n{SENTENCE}\n"
    )
    prepared = prepare(page, reference_time=NOW)
    assert [draft.body for draft in prepared.drafts] == [
        f"<p>{OTHER} Die Berichterstattung endet hier.</p>",
        f"<p>{SENTENCE}</p>",
    ]
    assert prepared.result.ticker_title == "Stadtrat berät über den Haushalt"


def test_a_picture_posted_between_separators_keeps_its_caption_as_the_entry():
    caption = "Flooded streets in the old town after the storm, March 7, 2024. (Reuters/Jane Doe)"
    page = f"Storm live\n-\n{SENTENCE}\n-\n{caption}\n-\n{OTHER}\n"
    bodies = [body for body, _time in bodies_and_times(page)]
    assert bodies == [f"<p>{SENTENCE}</p>", f"<p>{caption}</p>", f"<p>{OTHER}</p>"]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (f"{SENTENCE} Bildrechte: dpa", "Bildrechte: dpa"),
        (
            "The council passed the budget by 31 votes to 29 after a long debate. Photo: Jane Doe",
            "Photo: Jane Doe",
        ),
    ],
)
def test_an_entry_whose_only_text_ends_with_a_credit_keeps_the_text_without_it(text, credit):
    page = (
        f"Stadtrat live\n\n11:05 Uhr\n\nHaushalt beschlossen\n\n{text}\n\n"
        f"10:40 Uhr\n\nSitzung beginnt\n\n{OTHER}\n"
    )
    prepared = prepare(page, reference_time=NOW)
    first = prepared.drafts[0]
    assert (first.title, first.body) == (
        "Haushalt beschlossen",
        f"<p>{text.removesuffix(credit).strip()}</p>",
    )
    assert credit in [skip.text for skip in prepared.result.skipped]


def test_a_caption_inside_an_entry_is_still_dropped():
    caption = "Flooded streets in the old town after the storm, March 7, 2024. (Reuters/Jane Doe)"
    page = f"Storm live\n\n09:30 Uhr\n\nFlut in der Altstadt\n\n{caption}\n\n{SENTENCE}\n"
    assert [body for body, _time in bodies_and_times(page)] == [f"<p>{SENTENCE}</p>"]


def test_the_newest_entry_in_the_title_bar_is_cut_from_the_page_title():
    page = (
        "Stadtrat im Liveticker +++ 11:05 Sitzung vertagt +++\n"
        f"{SENTENCE}\n\n+++ 10:40 Opposition kritisiert Entwurf +++\n{OTHER}\n"
    )
    assert [title for title, _time in titles(page)] == [
        "Sitzung vertagt",
        "Opposition kritisiert Entwurf",
    ]


def test_a_title_bar_entry_the_page_repeats_below_is_not_taken_twice():
    page = (
        "Liveticker: Stadtrat +++ 11:05 Sitzung vertagt +++\n\n"
        f"Der Stadtrat berät. {OTHER}\n\n+++ 11:05 Sitzung vertagt +++\n{SENTENCE}\n"
    )
    assert [title for title, _time in titles(page)] == ["Sitzung vertagt"]


def test_a_dateline_under_a_clock_timed_headline_gives_it_its_day():
    page = f"Politik\n\n+++ 11:05 Sitzung vertagt +++\n\n05.03.2024, 00:01 Uhr\n\n{SENTENCE}\n"
    assert titles(page) == [("Sitzung vertagt", dt.datetime(2024, 3, 5, 11, 5, tzinfo=BERLIN))]


def titles(page: str) -> list[tuple[str, dt.datetime | None]]:
    return [(d.title, d.published_at) for d in prepare(page, reference_time=NOW).drafts]


def test_a_schedule_inside_an_entry_of_a_page_oldest_first_stays_in_that_entry():
    page = (
        "Politics live\n\n8.40am: Here is the diary for today, with the main events.\n\n"
        "11am: The minister gives a speech on schools.\n\n"
        "2pm: MPs debate the budget in the Commons.\n\n"
        f"8.50am: {SENTENCE}\n\n9.05am: {OTHER}\n"
    )
    found = prepare(page, time_zone="Europe/London", reference_time=NOW).drafts
    assert [(d.published_at.hour, d.published_at.minute) for d in found] == [
        (8, 40),
        (8, 50),
        (9, 5),
    ]
    assert "11am: The minister gives a speech" in found[0].body


def test_entries_crossing_midnight_are_no_schedule():
    page = (
        f"Wahlabend live\n\n23:40 Uhr: {SENTENCE}\n\n23:50 Uhr: {OTHER}\n\n"
        f"23:55 Uhr: {SENTENCE}\n\n00:10 Uhr: {OTHER}\n"
    )
    assert len(prepare(page, reference_time=NOW).drafts) == 4


def test_two_headlines_under_one_time_are_a_headline_and_its_standfirst():
    page = (
        "Sport-Tag live\n\n11:05 Uhr\n\nTop-News des Tages\n\n"
        "Das sind die bisherigen Top-News des Tages\n\n"
        "- 10.31 Uhr: Trainer entlassen\n- 09.16 Uhr: Stürmer verlängert\n\n"
        f"10:40 Uhr\n\nOpposition kritisiert Entwurf\n\n{OTHER}\n"
    )
    found = prepare(page, reference_time=NOW).drafts
    assert [draft.title for draft in found] == [
        "Top-News des Tages",
        "Opposition kritisiert Entwurf",
    ]
    assert found[0].body.startswith("<p>Das sind die bisherigen Top-News des Tages</p>")


def test_a_newest_first_page_crossing_a_day_heading_keeps_every_entry():
    # The previous day's last entries come later on the clock than the new day's first:
    # on a newest-first page that is the day change, never a schedule.
    page = "Newsblog Stadtrat\n\n07.03.2024\n\n00:10 Uhr\n\n" + SENTENCE + "\n\n06.03.2024\n\n"
    page += "\n\n".join(f"23:{minute:02d} Uhr\n\n{SENTENCE}" for minute in (50, 40, 30, 20))
    times = [time for _body, time in bodies_and_times(page)]
    assert [(time.day, time.hour, time.minute) for time in times] == [
        (7, 0, 10),
        (6, 23, 50),
        (6, 23, 40),
        (6, 23, 30),
        (6, 23, 20),
    ]


def test_a_more_on_this_label_inside_a_lower_entry_drops_its_teaser_and_cuts_nothing():
    entries = [(11, 50, "Sitzung eröffnet"), (11, 20, "Erste Abstimmung"), (10, 55, "Pause")]
    entries += [(10, 40, "Opposition dagegen"), (10, 10, "Haushalt vorgelegt")]
    page = "Stadtrat live\n\n"
    for hour, minute, title in entries:
        page += f"{hour}:{minute:02d} Uhr\n\n{title}\n\n{SENTENCE}\n\n"
        if minute == 40:
            page += "Mehr zum Thema\n\nWas der Haushalt für die Schulen bedeutet\n\n"
    drafts = prepare(page, reference_time=NOW).drafts
    assert [d.title for d in drafts] == [title for _hour, _minute, title in entries]
    assert all(d.body == f"<p>{SENTENCE}</p>" for d in drafts)


def test_teasers_timed_like_the_entries_after_the_content_are_still_the_sites_tail():
    page = "Stadtrat live\n\n"
    for hour, title in ((11, "Sitzung eröffnet"), (10, "Haushalt vorgelegt"), (9, "Vorbericht")):
        page += f"{hour}:05 Uhr\n\n{title}\n\n{SENTENCE}\n\n"
    page += (
        "Mehr zum Thema\n\n08:10 Uhr\nSchulen warten auf Geld\n\n07:45 Uhr\nBusse fahren öfter\n"
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [d.title for d in drafts] == ["Sitzung eröffnet", "Haushalt vorgelegt", "Vorbericht"]


def test_a_lone_dateline_written_unlike_the_entries_times_is_the_pages_not_an_entry():
    entries = "".join(
        f"{hour}:{minute:02d} Uhr | Titel {minute}\n{SENTENCE}\n"
        for hour, minute in [(11, 50), (11, 40), (11, 30), (11, 20)]
    )
    for dateline in ["07. März 2024, 11:55 Uhr", "Stand: 07.03.2024 11:55 Uhr"]:
        page = f"Liveticker Stadtrat\n{dateline}\nHeute tagt der Rat zum Etat.\n{entries}"
        found = prepare(page, reference_time=NOW)
        assert [d.title for d in found.drafts] == ["Titel 50", "Titel 40", "Titel 30", "Titel 20"]
        assert all("Etat" not in d.body for d in found.drafts)


def test_a_first_entry_dated_like_the_entries_below_it_stays_an_entry():
    entries = "".join(
        f"07.03.2024, 11:{minute:02d} Uhr\n{SENTENCE} ({minute})\n" for minute in (50, 40, 30, 20)
    )
    page = f"Liveticker Stadtrat\n07.03.2024 - 11:55 Uhr\nDer Stadtrat berät heute.\n{entries}"
    assert len(prepare(page, reference_time=NOW).drafts) == 5


def test_a_label_the_page_repeats_above_every_entry_parts_them_and_is_no_title():
    stories = [
        SENTENCE,
        "Die Opposition kritisierte den Entwurf scharf und kündigte an, im Ausschuss "
        "weitere Änderungen zu verlangen, bevor sie zustimmen könne.",
        "Am Nachmittag soll die Sitzung fortgesetzt werden; dann stehen die Ausgaben "
        "für Schulen und den Nahverkehr auf der Tagesordnung.",
    ]
    page = "Nachrichten aus der Region\n" + "".join(
        f"  • Artikel mit Video-Inhalten\n{story}\n" for story in stories
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [(d.title, d.body) for d in drafts] == [("", f"<p>{story}</p>") for story in stories]


def test_entries_an_arrow_points_at_are_entries_beside_the_pages_plain_ones():
    clocks = ["►19.58 Uhr", "►19.27 Uhr", "►19.11 Uhr", "18.49 Uhr", "18.39 Uhr"]
    page = "Wahlabend live\n\n" + "\n\n".join(f"{clock}: {SENTENCE}" for clock in clocks)
    found = bodies_and_times(page)
    assert [(time.hour, time.minute) for _body, time in found] == [
        (19, 58),
        (19, 27),
        (19, 11),
        (18, 49),
        (18, 39),
    ]
    assert all(body == f"<p>{SENTENCE}</p>" for body, _time in found)


def test_a_sentence_too_long_for_a_headline_stays_in_its_entry():
    sentence = (
        "Die Feuerwehr verzeichnete laut eigenen Angaben rund 300 Einsätze bis etwa 15 Uhr "
        'und richtet eine Bitte an alle: "Haltet die Rettungswege frei!"'
    )
    page = (
        f"Liveticker\n\n17:55 Uhr: Feuerwehr zieht Bilanz\n\n{sentence}\n\n17:49 Uhr\n\n{SENTENCE}"
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [(d.title, d.body) for d in drafts] == [
        ("Feuerwehr zieht Bilanz", f"<p>{sentence}</p>"),
        ("", f"<p>{SENTENCE}</p>"),
    ]


def test_numbered_times_with_a_kicker_above_each_headline():
    posts = [("21:22", "Bürgergeld", "Bas sieht viele Arbeitsfähige"),
             ("21:04", "Stichwahl in Frankfurt", "Parteiloser siegt gegen AfD-Mann"),
             ("20:47", "Kurioser Wettkampf", "Strohballen-Rollen in Ostfriesland")]  # fmt: skip
    page = "Schlagzeilen\n\n" + "\n\n".join(
        f"  {number}. {clock}\n\n{kicker}\n\n{headline}\n\n{SENTENCE}"
        for number, (clock, kicker, headline) in enumerate(posts, start=1)
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [(d.published_at.strftime("%H:%M"), d.title, d.body) for d in drafts] == [
        (clock, headline, f"<p>{SENTENCE}</p>") for clock, _kicker, headline in posts
    ]


def test_paragraphs_of_a_live_page_without_times_or_headlines_are_its_entries():
    page = "Stadtrat live: alle Neuigkeiten\n\n" + "\n\n".join([SENTENCE, *OTHERS])
    assert [body for body, _time in bodies_and_times(page)] == [
        f"<p>{text}</p>" for text in (SENTENCE, *OTHERS)
    ]


def test_a_label_right_under_a_live_pages_title_heads_none_of_its_paragraph_entries():
    posts = [
        "Slowly and with feeling, the starter gets us going!",
        "Our men's race will shortly get under way.",
        "Anna, 90 years old, is our oldest runner, and she has been running these races since "
        "1982; what a woman.",
        "The favourite looks nicely relaxed. The pace today will, presumably, be too hot for him.",
        "My days, the leader is some athlete. He has already broken the field and is away on his "
        "own.",
    ]
    page = "City Marathon 2023 – live updates | City Marathon\n\nWichtige Ereignisse\n\n"
    bodies = [body for body, _time in bodies_and_times(page + "\n\n".join(posts))]
    assert bodies[-3:] == [f"<p>{post}</p>" for post in posts[-3:]]


def test_a_dateline_labelled_as_the_pages_is_no_entry_above_entries_timed_in_mixed_ways():
    clocks = ["11:50:", "11:40 Uhr:", "11:30", "11:20 Uhr:"]
    entries = "\n\n".join(f"{clock} {SENTENCE}" for clock in clocks)
    page = f"Liveticker Stadtrat\n\nVeröffentlicht:07.03.2024, 11:55\n\nVon:\n\n{entries}"
    found = bodies_and_times(page)
    assert [(time.hour, time.minute) for _body, time in found] == [
        (11, 50),
        (11, 40),
        (11, 30),
        (11, 20),
    ]


def test_a_link_to_another_story_is_dropped_inside_an_entry_and_kept_as_a_post_of_its_own():
    page = (
        "Election live\n\n10.42pm GMT\n\nThat is all from us tonight.\n\n"
        "Related: Labour deputy leader steps down\n\n10.30pm GMT\n\n"
        "Related: Parties agree an electoral pact\n\n10.20pm GMT\n\nThe count goes on.\n"
    )
    drafts = prepare(page, reference_time=NOW, time_zone="Europe/London").drafts
    assert [d.title + d.body for d in drafts] == [
        "<p>That is all from us tonight.</p>",
        "Related: Parties agree an electoral pact",
        "<p>The count goes on.</p>",
    ]


def test_a_desks_label_in_capitals_before_each_time_leaves_the_time_to_open_the_entry():
    desks = ["NSW UPDATE 18.15pm", "VIC UPDATE 18.10pm", "TAS UPDATE 17.45pm"]
    page = "Bushfires live\n\n" + "\n\n".join(f"{desk}: {SENTENCE}" for desk in desks)
    found = bodies_and_times(page, time_zone="Australia/Sydney")
    assert [(time.hour, time.minute) for _body, time in found] == [(18, 15), (18, 10), (17, 45)]
    assert all(body == f"<p>{SENTENCE}</p>" for body, _time in found)


def test_a_closing_post_above_the_last_entries_is_an_entry_not_the_page_head():
    page = (
        "An dieser Stelle beenden wir den Liveticker.\n"
        "01.10 Uhr Kempten ist da\n"
        "Nun liegen auch die Zahlen des Wahlkreises Kempten vor.\n"
        "00.19 Uhr: Warten auf Kempten\n"
        "Nahezu alle Stimmkreise sind ausgezählt.\n"
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [(d.title, d.body[:30]) for d in drafts] == [
        ("", "<p>An dieser Stelle beenden wi"),
        ("Kempten ist da", "<p>Nun liegen auch die Zahlen "),
        ("Warten auf Kempten", "<p>Nahezu alle Stimmkreise sin"),
    ]
    assert drafts[0].published_at is None or drafts[0].time_estimated


def test_a_title_opening_with_a_preposition_beside_the_time_is_no_writers_name():
    page = (
        f"+++ 09.58 Uhr Auf Wiedersehen +++\n\n{SENTENCE}\n\n"
        f"+++ 09.50 Uhr Telefonanlage ausgefallen +++\n\n{SENTENCE}\n"
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [d.title for d in drafts] == ["Auf Wiedersehen", "Telefonanlage ausgefallen"]


@pytest.mark.parametrize(
    ("closing", "title", "body"),
    [
        ("Das war es. Die Wahlleute lassen den Tag ausklingen.", "", "<p>Das war es."),
        ("Ende\nVielen Dank für Ihr Interesse!", "Ende", "<p>Vielen Dank für"),
        ("That's all for today's blog\nThanks for joining us.", "That's all for today's blog",
         "<p>Thanks for joining us."),
    ],
)  # fmt: skip
def test_a_closing_post_under_the_page_title_is_an_entry_and_the_title_stays(closing, title, body):
    page = (
        "Live-Ticker zur Wahl: Gauck ist Bundespräsident\n\n"
        "Mit 991 von 1228 gültigen Stimmen ist Joachim Gauck gewählt worden.\n\n"
        f"{closing}\n\n"
        "++++\n\n"
        "Gauck nimmt die Wahl an\n\n"
        "Der neue Bundespräsident hat die Wahl angenommen.\n"
    )
    prepared = prepare(page, reference_time=NOW)
    closing_post, last = prepared.drafts
    assert (closing_post.title, closing_post.body[: len(body)]) == (title, body)
    assert last.title == "Gauck nimmt die Wahl an"
    assert prepared.result.ticker_title == "Live-Ticker zur Wahl: Gauck ist Bundespräsident"


def test_a_bulleted_label_over_a_headline_is_dropped_and_the_entry_opens_below_it():
    page = (
        "In unserem Ticker informieren wir Sie über die aktuellen Entwicklungen in Hessen.\n\n"
        "  • Top-Thema\n\n"
        "    Kreis lässt Ausgangssperre auslaufen\n\n"
        f"    {SENTENCE}\n\n"
        "  • Polizei warnt vor Betrug mit Schockanrufen\n\n"
        f"    {OTHERS[0]}\n\n"
        "  • Segensbriefe statt Gesang bei Sternsingern\n\n"
        f"    {OTHERS[1]}\n"
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [d.title for d in drafts] == [
        "Kreis lässt Ausgangssperre auslaufen",
        "Polizei warnt vor Betrug mit Schockanrufen",
        "Segensbriefe statt Gesang bei Sternsingern",
    ]
    assert "Top-Thema" not in drafts[0].body


def test_a_bulleted_share_prompt_under_each_post_is_dropped():
    page = "".join(
        f"{title}\n\n{text}\n\n  • Share\n\n"
        for title, text in [("Stau auf der A1", SENTENCE), ("Sperrung aufgehoben", OTHERS[0])]
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [d.title for d in drafts] == ["Stau auf der A1", "Sperrung aufgehoben"]
    assert all("Share" not in d.body for d in drafts)


def test_headed_posts_each_under_a_rule_keep_the_first_post_above_the_first_rule():
    titles = ["Stau auf der A1", "Sperrung aufgehoben", "Sitzung geht weiter"]
    page = "Welcome to the breaking news service.\n\n" + "".join(
        f"{title}\n\n{text}\n\n  • Share\n\n"
        for title, text in zip(titles, [SENTENCE, *OTHERS], strict=True)
    )
    page += f"{SENTENCE}\n"  # a post without a headline
    drafts = prepare(page, reference_time=NOW).drafts
    assert [d.title for d in drafts] == [*titles, ""]


def test_a_caption_under_an_entry_above_the_next_bulleted_headline_opens_no_entry():
    page = (
        "Es gibt neue Meldungen\n\n"
        "  • Zwei Verletzte bei Wohnhausbrand\n\n"
        f"    {SENTENCE}\n\n"
        "    Brand Lützelbach - ein Wohnhaus mit verbrannter Fassade\n"
        "  • Wassertemperaturen der Badeseen\n\n"
        f"    {OTHERS[0]}\n\n"
        "    Badesee im Sonnenschein\n"
        "  • Segensbriefe statt Gesang\n\n"
        f"    {OTHERS[1]}\n"
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [d.title for d in drafts] == [
        "Zwei Verletzte bei Wohnhausbrand",
        "Wassertemperaturen der Badeseen",
        "Segensbriefe statt Gesang",
    ]


def test_the_summary_box_above_the_first_entry_of_an_untimed_page_is_no_entry():
    page = (
        "Key points\n\n- Der Stadtrat vertagt die Sitzung\n- Die Opposition kritisiert den Entwurf"
        f"\n\nSitzung vertagt\n\n{SENTENCE}\n\nKritik der Opposition\n\n{OTHERS[0]}\n"
    )
    drafts = prepare(page, reference_time=NOW).drafts
    assert [d.title for d in drafts] == ["Sitzung vertagt", "Kritik der Opposition"]


COUNCIL_POSTS = (
    "Budget passed\n\nThe council has passed the budget by 31 votes to 29 after a debate of "
    "nearly six hours.\n\nOpposition walks out\n\nThe opposition left the chamber before the "
    "vote, calling the cuts unfair.\n"
)


@pytest.mark.parametrize(
    ("top", "first_titles"),
    [
        # The page's intro naming the outlet's own live coverage: the page head.
        (
            "Council budget night: cuts approved\n\nThe council met for its budget. Relive "
            "Example News' live coverage of the night below.",
            [],
        ),
        # A first post greeting the reader of the coverage: an entry.
        (
            "Good evening!\n\nHello and welcome to our live coverage of the budget night.",
            ["Good evening!"],
        ),
    ],
)
def test_an_intro_naming_the_live_coverage_is_the_head_a_greeting_post_no_intro(top, first_titles):
    titles = [
        draft.title for draft in prepare(f"{top}\n\n{COUNCIL_POSTS}", reference_time=NOW).drafts
    ]
    assert titles == [*first_titles, "Budget passed", "Opposition walks out"]

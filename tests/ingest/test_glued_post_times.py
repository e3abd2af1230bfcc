"""Live pages that glue a post's time to its title ("Titlepublished at 16:16 British
Summer Time 7 May 2021") and a picture's source to its title ("TowerImage source, AFP"),
and put a label or a contributor's card above the post's text."""

import datetime as dt
from zoneinfo import ZoneInfo

from .conftest import prepare

LONDON = ZoneInfo("Europe/London")
BST = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2021, 5, 8, 20, 0, tzinfo=LONDON)
FIRST = "The count in the north is finished and the result was declared just after four."
SECOND = "Turnout was higher than at any election since the parliament was established."
PAGE = f"""Summary

  1. Count finished in the northpublished at 16:19 British Summer Time 7 May 2021

    Professor Sir Anna Berg
    Polling expert

    {FIRST}

  2. Turnout recordpublished at 16:16 British Summer Time 7 May 2021
    Breaking

    Town hallImage source, Getty Images

    {SECOND}
"""


def test_a_time_glued_after_the_title_times_the_post_it_closes():
    drafts = prepare(PAGE, time_zone="Europe/London", reference_time=NOW).drafts
    assert [(d.title, d.published_at) for d in drafts] == [
        ("Count finished in the north", dt.datetime(2021, 5, 7, 16, 19, tzinfo=BST)),
        ("Turnout record", dt.datetime(2021, 5, 7, 16, 16, tzinfo=BST)),
    ]
    assert [d.body for d in drafts] == [f"<p>{FIRST}</p>", f"<p>{SECOND}</p>"]


def test_a_named_zone_wins_over_the_import_zone():
    drafts = prepare(PAGE, time_zone="Europe/Berlin", reference_time=NOW).drafts
    assert drafts[0].published_at == dt.datetime(2021, 5, 7, 16, 19, tzinfo=BST)


def test_the_picture_source_glued_to_its_title_is_skipped_as_a_caption():
    result = prepare(PAGE, time_zone="Europe/London", reference_time=NOW)
    assert "Town hall" not in result.drafts[1].body
    assert any("Town hallImage source" in skipped.text for skipped in result.result.skipped)


def test_a_label_and_a_contributors_card_are_no_text_of_the_post():
    result = prepare(PAGE, time_zone="Europe/London", reference_time=NOW)
    skipped = {item.text for item in result.result.skipped}
    assert {"Professor Sir Anna Berg", "Polling expert", "Breaking"} <= skipped


def test_a_name_over_a_sentence_is_no_card():
    page = f"21:15 Uhr\n\nAnna Berg\nThe minister will travel to Anchorage on Friday.\n\n{FIRST}"
    drafts = prepare(page, time_zone="Europe/London", reference_time=NOW).drafts
    assert "Anna Berg" in drafts[0].title + drafts[0].body


def test_a_contributors_card_names_who_speaks_in_the_post_as_a_guess():
    drafts = prepare(PAGE, time_zone="Europe/London", reference_time=NOW).drafts
    assert (drafts[0].speaker, drafts[0].speaker_guessed) == ("Professor Sir Anna Berg", True)


def test_a_reporters_card_names_no_speaker():
    page = PAGE.replace("Polling expert", "Political reporter")
    drafts = prepare(page, time_zone="Europe/London", reference_time=NOW).drafts
    assert drafts[0].speaker is None
    assert "Political reporter" not in drafts[0].body


def test_a_card_with_its_role_at_an_outlet_a_blank_line_apart_is_furniture_too():
    page = PAGE.replace(
        "    Professor Sir Anna Berg\n    Polling expert\n",
        "    Anna Berg\n\n    Weather presenter, BBC North West Tonight\n",
    )
    drafts = prepare(page, time_zone="Europe/London", reference_time=NOW).drafts
    assert drafts[0].body == f"<p>{FIRST}</p>" and drafts[0].speaker is None


def test_a_card_naming_a_broadcasters_desk_is_furniture_and_names_no_speaker():
    page = PAGE.replace(
        "    Professor Sir Anna Berg\n    Polling expert\n", "    Anna Berg\n\n    BBC News\n"
    )
    drafts = prepare(page, time_zone="Europe/London", reference_time=NOW).drafts
    assert drafts[0].body == f"<p>{FIRST}</p>" and drafts[0].speaker is None


EASTERN = ZoneInfo("America/New_York")
EST = dt.timezone(dt.timedelta(hours=-5))
CALLED = (
    "News outlets have officially called the governor's race for the Democrat over his"
    " Republican rival. The election model of the state's largest paper predicts a margin"
    " of eight points."
)
CLOSE = (
    "In the relatively close race to replace the governor, the Democrat is the projected winner."
)
UPDATES = f"""Tuesday, November 7, 2017 at 7:34 pm |

Update (8:10 PM): {CALLED}

Update, November 7, 2017, 7:58 p.m.: {CLOSE} The outgoing governor is concluding a four-year term that began in 2014.

[Previous version, published at 7:31 p.m. ET]

Polls have closed across the state.
"""


def test_an_updates_label_with_its_clock_opens_a_long_line_as_a_timed_post():
    drafts = prepare(
        UPDATES,
        time_zone="America/New_York",
        reference_time=dt.datetime(2017, 11, 7, 23, 59, tzinfo=EASTERN),
    ).drafts
    assert [(d.published_at, d.body[:30]) for d in drafts] == [
        (dt.datetime(2017, 11, 7, 20, 10, tzinfo=EST), f"<p>{CALLED[:27]}"),
        (dt.datetime(2017, 11, 7, 19, 58, tzinfo=EST), f"<p>{CLOSE[:27]}"),
        # The label in brackets is no title glued before "published at" (BBC pages).
        (dt.datetime(2017, 11, 7, 19, 31, tzinfo=EST), "<p>Polls have closed across th"),
    ]


NEW_YORK = ZoneInfo("America/New_York")
EDT = dt.timezone(dt.timedelta(hours=-4))
EVENING = dt.datetime(2021, 5, 9, 23, 0, tzinfo=NEW_YORK)
OPENER = "The first guests walked up the steps just after six, to loud cheers from the crowd."
LATER = "The last of the nominees arrived in a borrowed car and waved from the kerb."


def test_a_time_glued_to_the_end_of_titles_opens_each_post():
    page = (
        "Gala night: live updates\n\n"
        f"The Last Nominee Arrives6:40 PM:\n{LATER}\n\n"
        f"First Guests on the Steps6:05 PM:\n{OPENER}\n"
    )
    drafts = prepare(page, time_zone="America/New_York", reference_time=EVENING).drafts
    assert [(d.title, d.published_at) for d in drafts if d.published_at] == [
        ("The Last Nominee Arrives", dt.datetime(2021, 5, 9, 18, 40, tzinfo=EDT)),
        ("First Guests on the Steps", dt.datetime(2021, 5, 9, 18, 5, tzinfo=EDT)),
    ]


def timed_titles(page: str, now: dt.datetime) -> list[tuple[str, dt.datetime]]:
    """The title and time of each timed entry, the page read in the zone of "now"."""
    drafts = prepare(page, time_zone=str(now.tzinfo), reference_time=now).drafts
    return [(d.title, d.published_at) for d in drafts if d.published_at]


def test_a_time_glued_after_a_title_in_bars_goes_inside_them():
    berlin = ZoneInfo("Europe/Berlin")
    page = (
        "Hochwasser-Blog: Die Lage im Überblick\n\n"
        "+++ Pegel sinken langsam +++10:20 Uhr\n\n"
        "Die Pegel an den Flüssen im Norden gehen seit dem Morgen langsam zurück, melden die Ämter.\n\n"
        "+++ Straßen wieder frei +++8:05 Uhr\n\n"
        "Die meisten Straßen im Tal sind wieder befahrbar, nur zwei Brücken bleiben noch gesperrt.\n"
    )
    now = dt.datetime(2021, 8, 12, 20, 0, tzinfo=berlin)
    assert timed_titles(page, now) == [
        ("Pegel sinken langsam", dt.datetime(2021, 8, 12, 10, 20, tzinfo=berlin)),
        ("Straßen wieder frei", dt.datetime(2021, 8, 12, 8, 5, tzinfo=berlin)),
    ]


def test_a_time_after_the_bars_of_a_title_goes_inside_them_and_a_name_there_is_a_title():
    """ "+++ Auftritt Melania Trump +++ 9:49 Uhr": after the bars the time may stand apart,
    and a title ending in a name, between bars, is no author's signature."""
    washington = ZoneInfo("America/New_York")
    page = (
        "Amtseinführung im Liveticker\n\n"
        "+++ Auftritt Melania Trump +++ 9:49 Uhr\n\n"
        "Die künftige First Lady erscheint auf den Stufen, die Windböen zerren an ihrem Mantel.\n\n"
        "+++ Das Wetter meldet sich +++ 8:15 Uhr\n\n"
        "Es beginnt zu regnen, die Menschen vor dem Kapitol spannen ihre Schirme auf.\n"
    )
    now = dt.datetime(2017, 1, 20, 23, 59, tzinfo=washington)
    assert timed_titles(page, now) == [
        ("Auftritt Melania Trump", dt.datetime(2017, 1, 20, 9, 49, tzinfo=washington)),
        ("Das Wetter meldet sich", dt.datetime(2017, 1, 20, 8, 15, tzinfo=washington)),
    ]


# A cricket blog: each post's date and time glued to its title, a ball's badge between.
CRICKET = """- June 19, 2023 16:104ENG 90/3 in 19 overs
Cummins slides one and Root nimbly flicks it through mid-wicket for two runs.
- June 19, 2023 16:03WENG 77/3 in 17 overs
Cummins to Pope, OUT! An unplayable delivery knocks off the off-stump.
- June 19, 2023 15:544ENG 72/2 in 16 overs
The onslaught continues. Short from Boland and Root slashes the ball through backward point for FOUR.
- June 16, 2023 22:54Aus 13/0 in 3 overs
Four!! Another drive through the covers for Warner.
"""


def titles_and_times(page: str, zone: ZoneInfo, reference: dt.datetime) -> list[tuple[str, str]]:
    drafts = prepare(page, time_zone=str(zone), reference_time=reference).drafts
    return [(draft.title, f"{draft.published_at:%d.%m. %H:%M}") for draft in drafts]


def test_a_title_glued_to_a_dated_time_past_a_balls_badge_leaves_the_time_whole():
    kolkata = ZoneInfo("Asia/Kolkata")
    reference = dt.datetime(2023, 6, 19, 23, 59, tzinfo=kolkata)
    assert titles_and_times(CRICKET, kolkata, reference) == [
        ("ENG 90/3 in 19 overs", "19.06. 16:10"),
        ("ENG 77/3 in 17 overs", "19.06. 16:03"),
        ("ENG 72/2 in 16 overs", "19.06. 15:54"),
        ("Aus 13/0 in 3 overs", "16.06. 22:54"),
    ]


# A tennis blog: the time glued to the quote that opens the post, under its headline.
QUOTES = """Murray on the roof

21:45"It's a tough situation: I like to think it's an outdoor event and you try to play outdoors as much as you can. But I managed to regain my focus.

Andy Murray

21:43"I'm delighted with that. It was very tough - completely different to any of the matches I've played so far.
"""


def test_a_time_glued_to_the_quote_it_opens_times_the_post():
    reference = dt.datetime(2013, 7, 5, 23, 59, tzinfo=LONDON)
    assert titles_and_times(QUOTES, LONDON, reference) == [
        ("Murray on the roof", "05.07. 21:45"),
        ("Andy Murray", "05.07. 21:43"),
    ]

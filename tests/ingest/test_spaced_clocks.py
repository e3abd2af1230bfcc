"""Times that open a post with a space slipped in after the hour ("17. 44 Uhr",
"7: 58 p.m."): each still opens a post of its own, where the line shows it is a time."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from summit.ingest import spacedclocks

from .conftest import prepare

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")

G7 = """17.58 Uhr - Kommentar: So stark können sieben Schwache sein: Der G7-Club hat diesmal geliefert, findet Robert Birnbaum in unserem Leitartikel. Stimmen Sie ihm zu?
17. 44 Uhr - G7 drohen Russland mit verschäften Wirtschaftssanktionen: Die G7-Staaten drohen Russland mit weiteren Wirtschaftssanktionen, falls die Regierung in Moskau die Hilfe für die prorussischen Separatisten in der Ostukraine nicht einstellt.
"""

SUPER_BOWL = """8:40 p.m. -Predictions on the game, thoughts on halftime performance and more!

7: 58 p.m. - Half-time #Superbowl53 NE-3 LAR-0

7:40 p.m. - The best seat in the house is right here at WFMY Studios! Check out our 21-foot monitor!
"""


def test_a_dotted_time_with_a_space_before_uhr_opens_a_post():
    now = dt.datetime(2015, 6, 8, 20, 0, tzinfo=BERLIN)
    drafts = prepare(G7, time_zone="Europe/Berlin", reference_time=now).drafts
    assert [d.published_at for d in drafts] == [
        dt.datetime(2015, 6, 8, 17, 58, tzinfo=BERLIN),
        dt.datetime(2015, 6, 8, 17, 44, tzinfo=BERLIN),
    ]


def test_a_spaced_time_before_pm_opens_a_post():
    now = dt.datetime(2019, 2, 3, 23, 0, tzinfo=NEW_YORK)
    drafts = prepare(SUPER_BOWL, time_zone="America/New_York", reference_time=now).drafts
    assert [d.published_at.astimezone(NEW_YORK).strftime("%H:%M") for d in drafts] == [
        "20:40",
        "19:58",
        "19:40",
    ]


NAIROBI = ZoneInfo("Africa/Nairobi")
VOTES = """9:40 Kamukunji constituency: Gideon Mbuvi 46,918 against Bishop Wanjiru 20,979 in Nairobi Senate race.
9:35 In Kamukunji constituency, Ferdinand Waititu 35,405 leads Nairobi Governor race against Evans Kidero (30,814).
9: 12 Some 13,802 polling stations have reported with Mr
Kenyatta still in the lead with 2,804,269 (53.36pc). Mr Odinga has
2,210,505 (42.06) Mr Mudavadi at 150,200 (3pc). 335, 416 votes rejected;
disputed votes are at 264.
"""


def test_a_spaced_time_opens_a_post_where_the_page_times_its_posts():
    now = dt.datetime(2013, 3, 6, 11, 0, tzinfo=NAIROBI)
    drafts = prepare(VOTES, time_zone="Africa/Nairobi", reference_time=now).drafts
    assert [d.published_at.strftime("%H:%M") for d in drafts] == ["09:40", "09:35", "09:12"]
    assert drafts[2].title == "Some 13,802 polling stations have reported with Mr"


def test_a_spaced_time_alone_on_an_untimed_page_is_text():
    now = dt.datetime(2013, 3, 6, 11, 0, tzinfo=NAIROBI)
    page = VOTES.split("\n", 2)[2]  # the two timed posts above it gone
    drafts = prepare(page, time_zone="Africa/Nairobi", reference_time=now).drafts
    assert len(drafts) == 1 and drafts[0].title.startswith("9: 12 Some 13,802")


@pytest.mark.parametrize(
    "text",
    [
        VOTES,
        "Kamukunji constituency: Gideon Mbuvi 46,918\n  12: 32 – Well evidently Miliband",
        "Ergebnis 3: 1 gegen Bayern\nAm Ende 2: 10 people\nPeskow: Besser keine Vorhersagen",
        "Die Wahl um 9: 12 Uhr\n15: 12",
    ],
)
def test_a_spaced_time_is_sought_where_the_expression_finds_one(text):
    # Looked for only where a digit stands before ": ", for speed: the same answer.
    found = spacedclocks._SPACED_CLOCK.search(text) is not None
    assert spacedclocks._has_spaced_clock(text) is found

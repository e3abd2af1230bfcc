"""Times that open a post with a space slipped in after the hour ("17. 44 Uhr",
"7: 58 p.m."): each still opens a post of its own, where the line shows it is a time."""

import datetime as dt
from zoneinfo import ZoneInfo

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

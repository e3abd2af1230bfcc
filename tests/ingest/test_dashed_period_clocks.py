"""A blog's times of day under a game's period heading ("Fourth Quarter" over "10:16 — So
... wow."): a dash after each clock shows them for times, not the game's clock."""

import datetime as dt
from zoneinfo import ZoneInfo

from .conftest import prepare

NEW_YORK = ZoneInfo("America/New_York")


SUPER_BOWL_BLOG = """Fourth Quarter

10:12 — My friend says that she doesn't think Santonio Holmes's right toe ever touched the ground on that touchdown.

10:11 — If I knew how to text message, I'd probably give the MVP to James Harrison.

10:10 — And the Gatorade color prop bet ... YELLOW.
"""


def test_clocks_followed_by_a_dash_under_a_period_heading_are_times_of_day():
    now = dt.datetime(2009, 2, 1, 23, 0, tzinfo=NEW_YORK)
    result = prepare(SUPER_BOWL_BLOG, time_zone="America/New_York", reference_time=now)
    clocks = {d.published_at.astimezone(NEW_YORK).strftime("%I:%M") for d in result.drafts}
    assert clocks == {"10:12", "10:11", "10:10"} and len(result.drafts) == 3

"""A date after the paste amid a ticker of earlier times: another article's teaser, whose
day is neither a post's nor the day of the posts under it."""

import datetime as dt
from zoneinfo import ZoneInfo

from .conftest import prepare

LONDON = ZoneInfo("Europe/London")

# An archived snooker ticker of August 2020 with the teaser of a later article in it.
PAGE = """20:10 - Goodnight

The Masters
'It is about balancing and doing what works for you' - Robertson
16/01/2022 AT 22:03
OK we are going to wrap things up here but you can read the report here and keep an eye on the Eurosport website for more reaction.

20:05 - Wilson: I'm a fighter

Here are some words from the beaten finalist...

19:55 - Wilson will win this tournament

O'Sullivan on Wilson: "Kyren is a top top player and he is improving all the time."
"""


def test_a_teasers_later_date_neither_times_a_post_nor_dates_the_posts_below():
    prepared = prepare(
        PAGE,
        time_zone="Europe/London",
        reference_time=dt.datetime(2020, 8, 16, 23, 59, tzinfo=LONDON),
    )
    assert prepared.refusal() is None
    timed = [
        (draft.title, f"{draft.published_at:%d.%m.%Y %H:%M}")
        for draft in prepared.drafts
        if draft.title != "The Masters"
    ]
    assert timed == [
        ("Goodnight", "16.08.2020 20:10"),
        ("Wilson: I'm a fighter", "16.08.2020 20:05"),
        ("Wilson will win this tournament", "16.08.2020 19:55"),
    ]


# A transfer ticker of January 2020 with a picture's dated caption in a post.
CAPTION = """Thursday January 23

19:15 - Dennis Wise's son on the bench for Watford

Before...

20th May 2000, Wembley, London, AXA FA Cup Final, Chelsea 1 v Aston Villa 0, The Chelsea captain Dennis Wise with his baby son Henry, during the celebrations with Celestine Babayaro, on rightGetty Images

And after...

18:30 - Man United move for Fernandes collapses?

Reports in the British press have claimed that Manchester United have ended their interest in Bruno Fernandes after baulking at Sporting Lisbon's £68 million asking price.
"""


def test_a_pictures_dated_caption_is_text_not_the_day_of_the_posts_below():
    prepared = prepare(
        CAPTION,
        time_zone="Europe/London",
        reference_time=dt.datetime(2020, 1, 24, 12, 0, tzinfo=LONDON),
    )
    timed = [(draft.title, f"{draft.published_at:%d.%m.%Y %H:%M}") for draft in prepared.drafts]
    assert timed == [
        ("Dennis Wise's son on the bench for Watford", "23.01.2020 19:15"),
        ("Man United move for Fernandes collapses?", "23.01.2020 18:30"),
    ]
    assert "20th May 2000, Wembley" in prepared.drafts[0].body

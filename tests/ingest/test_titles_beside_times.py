"""A title of two words beside a time ("21:05 - Best Film") is the post's headline, not
the name of the author who signed it ("14:46 Lorenz Hemicker")."""

import datetime as dt
from zoneinfo import ZoneInfo

from .conftest import prepare

NOW = dt.datetime(2015, 2, 22, 23, 59, tzinfo=ZoneInfo("America/Los_Angeles"))

# Screen Daily's blog of the 87th Academy Awards.
OSCARS = """21:05 - Best Film

Sean Penn walks on. It’s time for the big one. Best film. Will it be Birdman or Boyhood?

It’s Birdman! The movie ends the night tied with The Grand Budapest Hotel on four Oscars.

Inarritu, referring to his pal Alfonso Cuaron who enjoyed success with Gravity at last year’s show, says: “Two Mexicans in a row. That’s suspicious, I guess.”

Slightly more seriously, AGI also calls on his fellow Mexicans to help build a strong future for his beloved country.

Wow, a good night for Birdman and a surprisingly barren one for Boyhood. Pirates indeed, Ethan Hawke, but glorious pirates.

20:55 - Best Actress

Matthew McConaughey saunters on stage to announce best actress. Julianne Moore, five times a nominee at the Oscars is the favourite. Will she get it this time for Still Alice?

Yes she’s got it! Tears. Joy. A classy dress (oops sorry #AskHerMore).

"""


def test_a_title_opened_by_best_beside_a_time_is_the_posts_headline():
    found = prepare(OSCARS, reference_time=NOW, time_zone="America/Los_Angeles").drafts
    assert [(draft.published_at.strftime("%H:%M"), draft.title) for draft in found] == [
        ("21:05", "Best Film"),
        ("20:55", "Best Actress"),
    ]

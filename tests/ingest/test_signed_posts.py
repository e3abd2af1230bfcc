"""Live blogs that sign each post with its writer's name alone on a line: the name parts
the posts and is neither a post's headline nor its text."""

import datetime as dt

from .conftest import BERLIN, prepare

# Shortened from a real page (NBC News, Golden Globes 2023): a name above each post.
SIGNED_BETWEEN = """Golden Globes 2023: Winners, best moments and highlights

Kalhan Rosenblatt

The final award of the night — best motion picture, drama — went to Steven Spielberg's semi-autobiographical film "The Fabelmans."

He thanked his cast and crew and joked about why he wanted to keep his acceptance speech short.

Brahmjot Kaur

“The Banshees of Inisherin” won the award for best picture for a musical or comedy.

It was the most nominated film at the Golden Globes, with eight nods.

Crystal Minaya

“House of the Dragon” has won the Golden Globe for best television drama series.

Executive producer Miguel Sapochnik accepted the award.

Uwa Ede-Osifo

HFPA President Helen Hoehne thanked the industry for its support after a year away from the airwaves.
"""

# Shortened from a real page (ZEIT ONLINE, election night 2013): the name under each time.
SIGNED_UNDER_TIMES = """Bundestagswahl 2013 live: Die historische Wahlnacht zum Nachlesen

  • 03:01 Uhr
    Jochen Wegner

    Nun also das vorläufige amtliche Endergebnis:
    Union 41,5%. SPD 25,7%. Die Linke 8,6%. Grüne 8,4%.

  • 01:47 Uhr
    Tilman Steffen

    Endlich! Die Wahlkreise sind ausgezählt, das Ergebnis steht fest: Union 41,5 Prozent, SPD 25,7, Linke 8,6. Grüne 8,4, FDP draußen, AfD knapp gescheitert.

  • 01:02 Uhr
    Lenz Jacobsen

    Volker Kauder sollte nicht singen. Und tut es doch. Angela Merkel will nicht tanzen. Und tut es doch.
"""


def test_a_name_above_each_post_parts_the_posts_and_is_no_title():
    found = prepare(SIGNED_BETWEEN, reference_time=dt.datetime(2023, 1, 11, tzinfo=BERLIN)).drafts
    assert [draft.title for draft in found] == ["", "", "", ""]
    assert found[0].body.startswith("<p>The final award of the night")
    assert found[3].body.startswith("<p>HFPA President Helen Hoehne")


def test_a_name_under_each_time_is_no_title():
    found = prepare(
        SIGNED_UNDER_TIMES, reference_time=dt.datetime(2013, 9, 23, 23, 59, tzinfo=BERLIN)
    ).drafts
    assert len(found) == 3
    assert not any("Wegner" in draft.title or "Steffen" in draft.title for draft in found)
    assert found[1].body.startswith("<p>Endlich! Die Wahlkreise")


# Shortened from a real page (BBC News, rail strikes 2022): a numbered post and its
# writer's card, the job a blank line below the name.
CARD_APART = """  2. How much are rail workers paid?

    If drivers are excluded, its estimate is £39,518.

    The RMT said that figure was inaccurate and still too high because it excluded rail cleaning staff who are not categorised as rail workers by the ONS.

  3. Pressure on government to resolve union disputes

    Ione Wells

    Political correspondent

    With strikes affecting many pockets of people’s lives – from the post they send, to their travel and healthcare, the pressure on the government to resolve them is mounting.
"""


def test_a_writers_card_with_the_job_apart_from_the_name_is_no_text():
    found = prepare(
        CARD_APART, reference_time=dt.datetime(2022, 12, 16, 23, 59, tzinfo=BERLIN)
    ).drafts
    assert found[-1].title == "Pressure on government to resolve union disputes"
    assert found[-1].body.startswith("<p>With strikes affecting")

"""Pictures inside posts that carry no label: a picture's title over its bare credit."""

import datetime as dt

from .conftest import prepare

NOW = dt.datetime(2024, 3, 7, 23, 0, tzinfo=dt.UTC)


def drafts(page: str):
    return prepare(page, reference_time=NOW, time_zone="Europe/London").drafts


def test_a_picture_title_over_an_agency_credit_is_no_text_of_the_post():
    page = (
        "Live: Cup final\n\n"
        "21:40\n\nSquad named\n\n"
        "Roy Hodgson has named his squad for the friendlies.\n\n"
        "Ross Barkley\nGetty Images\n\n"
        "It includes Everton's Ross Barkley and John Stones.\n\n"
        "21:10\n\nTeams out\n\nBoth sides are unchanged from last week."
    )
    found = drafts(page)
    assert [draft.title for draft in found] == ["Squad named", "Teams out"]
    assert found[0].body == (
        "<p>Roy Hodgson has named his squad for the friendlies.</p>"
        "<p>It includes Everton's Ross Barkley and John Stones.</p>"
    )


def test_an_agency_signing_a_post_after_a_dash_stays_its_text():
    page = (
        "Live: Wildfires\n\n"
        "11:33\n\nFlights out\n\nFive flights will leave the airport on Thursday.\n\n– Reuters\n\n"
        "11:25\n\nCrisis group\n\nThe prime minister will convene the response group."
    )
    found = drafts(page)
    assert "Reuters" in found[0].body


def test_an_agency_credit_in_brackets_is_no_text_and_leaves_the_graphics_headline():
    # Shortened from a real page (PA Media, heatwave 2022): a graphic posted as a post.
    page = (
        "6.29pm\n\nWEATHER Heatwave\n(PA Graphics)\n\n"
        "5.50pm\n\nNorthern Ireland has recorded its hottest day of the year. The Met Office "
        "said that by 5pm, a temperature of 30.9C had been recorded in Derrylin in Co Fermanagh "
        "and 30.6C in Armagh.\n\n"
        "5.34pm\n\nWEATHER Heatwave\n(PA Graphics)\n"
    )
    found = drafts(page)
    assert [draft.title + draft.body for draft in found][::2] == ["<p>WEATHER Heatwave</p>"] * 2
    assert len(found) == 3

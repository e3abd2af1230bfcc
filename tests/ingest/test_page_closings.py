"""A closing post above a page's last entries opens its entries: no part of its head."""

import datetime as dt

import pytest

from summit.ingest.closings import _recaps_the_day
from summit.ingest.drafts import EntryDraft
from summit.ingest.shapes import signs_off

from .conftest import prepare

NOW = dt.datetime(2023, 5, 9, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=10)))


def _first_entry(page: str) -> EntryDraft:
    return prepare(page, reference_time=NOW, time_zone="Australia/Sydney").drafts[0]


def test_the_days_recap_under_the_title_is_the_first_entry():
    # The Guardian's budget blog, closed with the day's recap above its last posts.
    page = (
        "100’s of premium titles.\n"
        "One app.\n"
        "Start reading\n"
        "The Guardian - AU\n"
        "The Guardian - AU\n"
        "National\n"
        "Tory Shepherd (now) and Natasha May and Amy Remeikis (earlier)\n"
        "\n"
        "Treasurer delivers budget speech – as it happened\n"
        "\n"
        "What we learned; Tuesday 9 May\n"
        "\n"
        "After a disrupted budget cycle (because of the election, and Labor’s October "
        "budget last year) the 2023-24 budget landed when it should, on the second "
        "Tuesday in May.\n"
        "\n"
        "  • See the whole budget in graphs here, or build your own news coverage here.\n"
        "\n"
        "  • Treasurer Jim Chalmers kept some tricks up his sleeve for budget day, "
        "promising millions more bulk-billed GP appointments, a lift in the Jobseeker "
        "rate, rent assistance and more.\n"
        "\n"
        "  • Lenore Taylor asked if the voters will keep faith with Labor treading the "
        "line between helping the vulnerable and fiscal restraint.\n"
        "\n"
        "  • Low-cost loans for double-glazing, solar panels and other energy savers will"
        " help more than 100,000 households, while there’s $2bn for hydrogen projects.\n"
        "\n"
        "  • Here’s how cartoonist Fiona Katauskas saw the 2023 federal budget.\n"
        "\n"
        "There’ll be more budget nuggets in the days to come, but here are some non-"
        "budget stories from today:\n"
        "\n"
        "  • Melbourne tower residents won $5m compensation over the Covid lockdowns.\n"
        "\n"
        "  • A man who died at a NSW retreat after using Kambo frog toxin was ‘blue in "
        "the face’, the inquest heard.\n"
        "\n"
        "  • And John Farnham has staged yet another comeback - he’s made a full recovery"
        " after contracting an infection in hospital for a tumour removal.\n"
        "\n"
        "We’ll be back at sparrow fart to bring you more detail on today’s revelations, "
        "and a bunch of stories you don’t even know about yet.\n"
        "\n"
        "Updated\n"
        "\n"
        "Some of what Mike Bowers has had his eye on today:\n"
        "\n"
        "Treasurer Jim Chalmers gets a hug from his daughter Annabel, as Laura and son "
        "Leo watch after he delivered the 2023 budget.\n"
        "Treasurer Jim Chalmers gets a hug from his daughter Annabel, as Laura and son "
        "Leo look on after he delivered the 2023 budget in the "
    )
    first = _first_entry(page)
    assert first.title == "What we learned; Tuesday 9 May"
    assert "After a disrupted budget cycle" in first.body


@pytest.mark.parametrize(
    "headline",
    ["What we learned – Tuesday 14 May (budget day)", "The day that was, Sunday 1 October"],
)
def test_a_recap_names_its_day(headline):
    assert _recaps_the_day(headline)


def test_what_we_learned_from_a_thing_is_any_headline():
    assert not _recaps_the_day("What we learned from the debate")


def test_a_blog_adjourned_for_the_day_is_its_first_entry():
    # ABC's impeachment blog: the closing post stands right under the page's head.
    page = (
        "Skip to main content\n\n"
        "Trump impeachment trial updates: Senate adjourns ahead of closing arguments and"
        " final vote\n\n"
        "By Emily Olson in Washington DC\n"
        "Posted , updated \n"
        "US President Donald Trump reacts as he arrives to attend a campaign rally\n"
        "US President Donald Trump is the first president to be impeached twice.(Reuters:"
        " Jonathan Ernst)\n\n"
        "The US Senate has adjourned the impeachment trial of former president Donald Trump"
        " and will reconvene tomorrow for closing arguments and a final vote.\n\n"
        "Read back through our live blog.\n\n"
        "Key events\n\n"
        "Live updates\n\n"
        "This blog is adjourned for the day\n\n"
        "By Emily Olson\n\n"
        "But it'll resume tomorrow when the Senate does. For any brave souls willing to stay"
        " awake (or wake up early?), the House managers' closing arguments begin at 1:00 AM"
        " AEST.\n\n"
        "Here's what Joe Biden got up to today\n\n"
        "By Emily Olson\n\n"
        "While congress was wrapped up with the fate of the former President, the current"
        " President was trying to appear aggressively normal, by US political standards."
    )
    assert _first_entry(page).title == "This blog is adjourned for the day"


def test_the_final_update_under_the_standfirst_is_its_first_entry():
    # The Press and Journal's storm blog: its last post right under the standfirst.
    page = (
        "Storm Floris left a trail of destruction in its wake after hitting the north "
        "and north-east on Monday. \n"
        "\n"
        "The Met Office issued both a yellow and an amber weather warning which covered"
        " most of the country. \n"
        "\n"
        "The named storm caused widespread disruption with flights grounded, trains "
        "cancelled and roads blocked by fallen trees. \n"
        "\n"
        "When the storm ended, residents across Aberdeenshire, Moray and the Highlands "
        "faced power outages and continued travel disruption. \n"
        "\n"
        "Final update on Storm Floris\n"
        "\n"
        "5pm – Wednesday 06/08\n"
        "\n"
        "Today, most of the disruption caused by Storm Floris has been cleared.\n"
        "\n"
        "Council teams and volunteers have been working hard to clear roads of fallen "
        "trees and ensure area across the north and north-east are safe. \n"
        "\n"
        "The majority of public transport service have returned to normal with only a "
        "few cancelled trains on the Inverness to Kyle of Lochalsh route. \n"
        "\n"
        "Some properties do remain without power which engineers have said they hope to"
        " fully restore by tomorrow night."
    )
    assert _first_entry(page).title == "Final update on Storm Floris"


def test_feierabend_opens_the_closing_post_under_the_title():
    # SPOX's Olympics blog: "Feierabend" runs into the closing post's first sentence.
    page = (
        "Olympia 2024 in Paris, Tag 5 im großen Liveticker-Blog zum Nachlesen\n\n"
        "Update: Zu später Stunde dürfen wir hier noch eine deutsche Medaille verkünden!"
        " Isabel Gose hat über die 1500 Meter Freistil Bronze gewonnen.\n\n"
        "Feierabend Ein guter Zeitpunkt, um hier nach über acht Stunden nonstop Tickerei"
        " die Zelte abzubrechen. Danke fürs Durchhalten.\n\n"
        "18.11 Uhr: Wat hamwa noch? Koepfer/Struff sind leider in zwei Tiebreaks an den"
        " Australiern Ebden/Peers gescheitert, damit gibt es im Herrendoppel eine Nullrunde."
    )
    assert _first_entry(page).body.startswith("<p>Feierabend Ein guter Zeitpunkt")


def test_a_closing_post_right_under_the_page_title_is_its_first_entry():
    # A blog of the NFL draft: the title names the ticker, the closing post stands below.
    page = (
        "NFL Draft Live Coverage\n\n\n"
        "That concludes the First Round of the NFL Draft. Tomorrow there will be a recap of"
        " the second and third rounds that take place. I hope you have enjoyed the live"
        " coverage of the NFL Draft.\n\n"
        "Round 1, Pick 31: No late drama! The Seahawks will pick in the first round for the"
        " first time since 2012…The Pick is in…‘With the Thirty-First pick of the NFL Draft,"
        " The Seattle Seahawks select…German Ifedi, Offensive Tackle, Texas A & M’.\n\n"
        "Round 1, Pick 31: The Seattle Seahawks are on the clock…For how long? They haven’t"
        " picked in the first round since 2012.\n\n"
        "Round 1, Pick 30: The Pick is in…No Trade…‘With the Thirtieth pick of the NFL Draft,"
        " The Carolina Panthers select…Vernon Butler, Defensive Tackle, Louisiana Tech’."
    )
    first = _first_entry(page)
    assert first.body.startswith("<p>That concludes the First Round")
    assert first.title == ""


def test_a_title_saying_the_ticker_ended_is_the_closing_posts_own():
    # Blick's storm ticker.
    page = (
        "Liveticker beendet\n"
        "Und damit beenden wir den Ticker. Wo die Unwetter die Schweiz am heftigsten trafen,"
        " erfährst du in unserer Bilanz. Vielen Dank fürs Mitlesen.\n"
        "Gewitter wüteten heftig: fünf-Zentimeter-Hagel und Sturmböen\n"
        "Das Gröbste scheint jetzt durch zu sein. Doch der Donnerstagabend war turbulent."
    )
    assert _first_entry(page).title == "Liveticker beendet"


@pytest.mark.parametrize(
    "text",
    [
        "OK, we’re going to wrap this blog up now.",
        "This liveblog is closing now – you can read our latest news report here",
        "This blog is adjourned for the day",
        "Corona Blog macht jetzt Pause - Gute Nacht!",
        "Right, it's 4am in Qatar so I shall be clocking off.",
        "That’s it – we’re going to bed.",
        "And that's it folks. Apple Music, iOS 9, Mac OS X El Capitan",
        "Final update on Storm Floris",
        "Feierabend",
        "That concludes the First Round of the NFL Draft.",
    ],
)
def test_the_ways_a_blog_closes_for_the_day(text):
    assert signs_off(text)


def test_a_line_that_is_all_is_no_closing_post():
    assert not signs_off("That's it.")  # a speaker's words, quoted in a keynote's post

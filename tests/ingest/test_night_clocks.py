"""A live blog of a night on a 12-hour clock without "p.m.": its times are the evening's,
and "12.56" is the hour past midnight; a German page quoting "tonight" keeps its clock."""

import datetime as dt
from zoneinfo import ZoneInfo

from .conftest import prepare

NEW_YORK = ZoneInfo("America/New_York")
MALTA = ZoneInfo("Europe/Malta")
BERLIN = ZoneInfo("Europe/Berlin")


def times(page: str, zone: ZoneInfo, reference: dt.datetime) -> list[str]:
    drafts = prepare(page, time_zone=str(zone), reference_time=reference).drafts
    return [f"{draft.published_at:%d.%m. %H:%M}" for draft in drafts]


# The NFL draft's first round, an evening's blog.
DRAFT = """NFL Draft 2018: Live Blog

11:40:

That is it for tonight. Back at it tomorrow.

11:35:

The Ravens collected some capital earlier and now they move back into the first round via trade with the Eagles.

11:30:

The Patriots pick Sony Michel, RB from Georgia. The Patriots now have Michel, Rex Burkhead, James White, Jeremy Hill, and Mike Gillislee.
"""


def test_a_night_blog_on_a_twelve_hour_clock_has_its_times_in_the_evening():
    found = times(DRAFT, NEW_YORK, dt.datetime(2018, 4, 26, 23, 59, tzinfo=NEW_YORK))
    assert found == ["26.04. 23:40", "26.04. 23:35", "26.04. 23:30"]


# The Eurovision's voting, after midnight.
EUROVISION = """12.56 Well isn't that a cheery note to end on. I'm calling it a night on this live-blog ladies and gentlemen.

12.54 A song with the words "then everybody dies" has won the Eurovision.

12.47 So I have to admit, despite my scepticism, the new voting system delivered precisely what it was meant to.
"""


def test_twelve_oclock_on_a_night_blog_is_the_hour_past_midnight():
    found = times(EUROVISION, MALTA, dt.datetime(2016, 5, 15, 23, 59, tzinfo=MALTA))
    assert found == ["15.05. 00:56", "15.05. 00:54", "15.05. 00:47"]


# A German morning ticker that lists song titles with "tonight" in them.
MORNING = """Liveticker
Sinnlose Leihgeschäfte – Echte Sensationstransfers 0:0

10:16 Uhr

Morgen Freunde. Eigentlich wollten wir den Ticker mit der Nachricht eröffnen, dass Dortmund Interesse an Emre Can hat.

10:27 Uhr

Trotzdem noch ein Satz zu Emre Can. Einerseits fände ich es nämlich geil, wenn er zurück nach Deutschland käme.

10:34 Uhr

Hier außerdem eine Liste mit Can-Wortgags, die unser Wortspielpraktikant Gernhart Ablachen für euch in einer Nachtschicht zusammengetragen hat:
- Yes, we Can
- Can you feel it coming in the air tonight
- Can you feel the love tonight
- Can you dig it
"""


def test_a_german_page_quoting_tonight_keeps_its_morning_times():
    found = times(MORNING, BERLIN, dt.datetime(2020, 1, 25, 23, 59, tzinfo=BERLIN))
    assert found == ["25.01. 10:16", "25.01. 10:27", "25.01. 10:34"]


AUCKLAND = ZoneInfo("Pacific/Auckland")

# An election night on a 24-hour clock that writes the hour past midnight as twelve.
ELECTION = """Live Updates: Clark concedes, Key takes over

12.29: Key has told Sainsbury Helen Clark's career was "glittering" and said NZer's have a yearning for the country to be better and more prosperous, "or Kiwis will continue to head overseas".

12.00: Key confirms he will form a coalition Government with United Future and Act and says he will enter into talks with the Maori Party next week to find common ground.

23.52: Key begins his speech to loud music and app
"""


def test_twelve_oclock_over_a_late_evening_time_is_the_hour_past_midnight():
    found = times(ELECTION, AUCKLAND, dt.datetime(2008, 11, 9, 0, 40, tzinfo=AUCKLAND))
    assert found == ["09.11. 00:29", "09.11. 00:00", "08.11. 23:52"]


# An election night whose last post is timed by the word "Midnight".
MIDNIGHT = """Midnight: With 95% of the votes counted, Christopher Luxon’s National Party has clearly won the election. It will have 50 seats and could reach a razor thin majority with the Act Party’s 11.
We’ll file a more substantive story to read in the morning, but thanks for following along!
11:30: Luxon finished his speeches to a chant of “back on track”. That’s a wrap on Election 2023. Now the fun begins!
11:20: Luxon claims victory, says National will be in position to lead the next government. Huge applause for “restore law and order” line.
"""


def test_midnight_named_by_its_word_times_a_post_and_the_night_before_it():
    found = times(MIDNIGHT, AUCKLAND, dt.datetime(2023, 10, 15, 23, 59, tzinfo=AUCKLAND))
    assert found == ["15.10. 00:00", "14.10. 23:30", "14.10. 23:20"]

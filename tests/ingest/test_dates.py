"""Every timestamp form real tickers use, read against a fixed reference time."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from summit.ingest.dates import DateReader
from summit.ingest.moments import plausibility_error

from .conftest import BERLIN

NOW = dt.datetime(2025, 8, 15, 20, 0, tzinfo=BERLIN)


@pytest.fixture
def reader() -> DateReader:
    return DateReader(zone=BERLIN, reference=NOW, languages=("de", "en"))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("14.08.2025 21:15 Uhr", "2025-08-14T21:15:00+02:00"),
        ("14.08.2025, 21.15 Uhr", "2025-08-14T21:15:00+02:00"),
        ("Freitag, 15. August 2025, 18:02 Uhr", "2025-08-15T18:02:00+02:00"),
        ("10. August 2025, 12:47 Uhr · Quelle: dpa", "2025-08-10T12:47:00+02:00"),
        ("10.08.2025 · 12:47 Uhr", "2025-08-10T12:47:00+02:00"),
        ("21:15 Uhr", "2025-08-14T21:15:00+02:00"),  # later than "now": the day before
        ("19:40 Uhr", "2025-08-15T19:40:00+02:00"),
        ("20:00 Uhr (22. Sep. 2013)", "2013-09-22T20:00:00+02:00"),  # the day in brackets
        ("20:00 Uhr (22.09.2013)", "2013-09-22T20:00:00+02:00"),
        ("vor 3 Minuten", "2025-08-15T19:57:00+02:00"),
        ("vor einer Stunde", "2025-08-15T19:00:00+02:00"),
        ("gestern, 22:40 Uhr", "2025-08-14T22:40:00+02:00"),
        ("3.15pm BST", "2025-08-15T16:15:00+02:00"),
        ("15:15 GMT", "2025-08-15T17:15:00+02:00"),
        ("Updated at 9.05am ET", "2025-08-15T15:05:00+02:00"),
        ("August 14, 2025 at 3:15 p.m. ET", "2025-08-14T21:15:00+02:00"),
        ("2 hours ago", "2025-08-15T18:00:00+02:00"),
        ("6 hr 57 min ago", "2025-08-15T13:03:00+02:00"),  # hours and minutes, as CNN's
        ("Mittwoch, 13. Aug., 18 Uhr", "2025-08-13T18:00:00+02:00"),
        ("Update, 19.12 Uhr", "2025-08-15T19:12:00+02:00"),
        ("Update vom 13. August, 6.56 Uhr", "2025-08-13T06:56:00+02:00"),
        # The time before the day, as English pages write it.
        ("1:09 p.m. ET, August 10, 2025", "2025-08-10T19:09:00+02:00"),
        ("18:30 Uhr, gestern", "2025-08-14T18:30:00+02:00"),
        # A weekday alone: today's when read on that day before its time, else the last one.
        ("Freitag, 19:30 Uhr", "2025-08-15T19:30:00+02:00"),
        ("Freitag, 21:30 Uhr", "2025-08-08T21:30:00+02:00"),
        ("Donnerstag, 21:30 Uhr", "2025-08-14T21:30:00+02:00"),
        ("Update at 9.05am ET", "2025-08-15T15:05:00+02:00"),
        # A day without its year before the time: "22" is the hour, no year.
        ("27.01. 22:33", "2025-01-27T22:33:00+01:00"),
        # A section's name glued to the day ("Handball-WM27.01. 22:33").
        ("Handball-WM27.01. 22:33", "2025-01-27T22:33:00+01:00"),
        ("Politik 01.08.2025 18:34 Uhr", "2025-08-01T18:34:00+02:00"),
        # The page's own zone, and the same time in another one beside it.
        ("19:45 HKT [7:45 EDT]", "2025-08-15T13:45:00+02:00"),
        ("10am EST, 6pm EAT", "2025-08-15T17:00:00+02:00"),  # or listed after it
        ("9 a.m. PT/12 p.m. ET: Keynote begins", "2025-08-15T18:00:00+02:00"),
        ("10:32 AEST", "2025-08-15T02:32:00+02:00"),
        ("8:53: P.M. ET: Vance makes both", "2025-08-15T02:53:00+02:00"),  # a stray colon
        ("- 14 Aug 2025 4:48 PM GMT", "2025-08-14T18:48:00+02:00"),  # read by dateparser
        ("2m ago (11:00 GMT)", "2025-08-15T13:00:00+02:00"),
        ("15:24 UK", "2025-08-15T16:24:00+02:00"),
        ("08: 37 Uhr", "2025-08-15T08:37:00+02:00"),  # a space slipped in
        ("11:47 p.m. ET, Aug. 14", "2025-08-15T05:47:00+02:00"),  # a day without its year
        ("9:11 pm (IST)", "2025-08-15T17:41:00+02:00"),  # the zone in brackets
        ("janedoe August 14, 20254:50 PM", "2025-08-14T16:50:00+02:00"),  # a post's header
        ("• 9 Uhr", "2025-08-15T09:00:00+02:00"),  # a bulleted hour, no 9th of the month
        ("• 18 :44", "2025-08-15T18:44:00+02:00"),  # a space slipped in before the colon
        ("Update (8/14/25 15:43 PDT):", "2025-08-15T00:43:00+02:00"),  # in brackets
        # An update's label around its clock, as US pages print it.
        ("[Update 9:31 a.m. Thursday]", "2025-08-14T09:31:00+02:00"),
        ("[Breaking news update, posted at 8:02 a.m. ET]", "2025-08-15T14:02:00+02:00"),
        ("[Previous version, published at 7:31 a.m. ET]", "2025-08-15T13:31:00+02:00"),
        ("Original post (7:34 PM): Welcome", "2025-08-15T19:34:00+02:00"),
        ("11:50 a.m. update:", "2025-08-15T11:50:00+02:00"),
        ("2.45pm update: FTSE down on Tuesday", "2025-08-15T14:45:00+02:00"),
        ("* * *Update: 2:38 a.m. PDT:", "2025-08-15T11:38:00+02:00"),  # a break glued to it
        ("Update um 19:57 Uhr: Die Teams stehen auf dem Platz", "2025-08-15T19:57:00+02:00"),
        ("Update as of 04:05am EDT: The patrol has left", "2025-08-15T10:05:00+02:00"),
        ("UPDATE @ 1.00PM: Counting has resumed", "2025-08-15T13:00:00+02:00"),  # "@" for "at"
        ("Roads reopen in the north | 12:30 a.m. Thursday", "2025-08-14T00:30:00+02:00"),
        ("Lagos | 11:45 am", "2025-08-15T11:45:00+02:00"),  # the title or place, then the time
        ("Donnerstag (14. August), 10.20 Uhr: Text", "2025-08-14T10:20:00+02:00"),
        ("+++ 14.08.2025: 16.47 Uhr +++ Parolen", "2025-08-14T16:47:00+02:00"),  # a colon
        ("14.8., 09:06Anita Zielina", "2025-08-14T09:06:00+02:00"),  # its author glued on
        ("00.11 am", "2025-08-15T00:11:00+02:00"),  # midnight's hour with its "am"
        ("14.08.; 19 Uhr: Text", "2025-08-14T19:00:00+02:00"),  # a semicolon after the day
        ("Update 14.8; 12:56", "2025-08-14T12:56:00+02:00"),  # no dot after the month
        ("11:46 a.m.-TRUMP ARRIVES", "2025-08-15T11:46:00+02:00"),  # a hyphen after "a.m."
        ("+++ 21.44 Lawrow: Treffen ist vereinbart +++", "2025-08-14T21:44:00+02:00"),  # bars
        ("+++ 16.29 +++ Pressekonferenz beendet.", "2025-08-15T16:29:00+02:00"),  # bars round it
    ],
)
def test_timestamp_forms(reader, line, expected):
    stamp = reader.read(line)
    assert stamp is not None and stamp.error is None
    assert reader.resolve(stamp, None).astimezone(BERLIN).isoformat() == expected


def test_a_day_before_the_bar_is_no_title(reader):
    stamp = reader.read("Thursday Aug 14 2025 | 09:33 AM")
    assert stamp is not None and stamp.day == dt.date(2025, 8, 14)


def test_clock_time_under_a_day_heading(reader):
    heading = reader.read("Freitag, 15. August 2025")
    assert heading.is_day_heading
    stamp = reader.read("21:15 Uhr")
    assert reader.resolve(stamp, heading.day) == dt.datetime(2025, 8, 15, 21, 15, tzinfo=BERLIN)


@pytest.mark.parametrize(
    "line",
    [
        "14.8., 09:06Anita Zielina",
        "14.8., 09:06 Martin Obermayr derStandard.at",
        "Adam White14 August 2025 03:00",  # the writer glued to the day before it
    ],
)
def test_a_time_signed_by_its_writer_takes_no_headline(reader, line):
    stamp = reader.read(line)
    assert stamp.signed and stamp.day == dt.date(2025, 8, 14)


def test_a_label_in_capitals_between_the_time_and_update_stays_the_posts(reader):
    assert reader.read("7:58am TOLL UPDATE: Six days after the quake").rest == (
        "TOLL UPDATE: Six days after the quake"
    )


def test_source_after_the_dateline_is_kept(reader):
    assert reader.read("10. August 2025, 12:47 Uhr · Quelle: dpa").source == "dpa"


@pytest.mark.parametrize(
    ("line", "agency"),
    [("14.08.2025 11:45 dpa-AFX", "dpa-AFX"), ("11:45 dpa", "dpa"), ("11:45 Reuters", "Reuters")],
)
def test_an_agencys_credit_beside_the_time_is_the_source_not_a_headline(reader, line, agency):
    stamp = reader.read(line)
    assert (stamp.clock, stamp.source, stamp.rest) == (dt.time(11, 45), agency, "")


def test_text_glued_to_the_uhr_after_a_date_and_time_is_the_rest(reader):
    stamp = reader.read("14.08.2025, 01:04 UhrWir beenden den Ticker")
    assert (stamp.clock, stamp.rest) == (dt.time(1, 4), "Wir beenden den Ticker")


def test_a_sentence_opened_by_an_agency_after_the_time_stays_the_text(reader):
    stamp = reader.read("11:45 dpa meldet neue Zahlen")
    assert (stamp.source, stamp.rest) == (None, "dpa meldet neue Zahlen")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("10:00 08/04/2025", dt.date(2025, 8, 4)),
        ("10:00 30/04/2025", dt.date(2025, 4, 30)),
        ("Aktualisiert 12/08/2025 15:52 CET", dt.date(2025, 8, 12)),  # December is ahead
        ("Update 01/06/2019 um 17:23 GMT+2 Uhr", dt.date(2019, 6, 1)),  # German: day first
    ],
)
def test_a_slashed_date_is_month_first_unless_no_such_month_or_it_lies_ahead(reader, line, day):
    stamp = reader.read(line)
    assert stamp is not None and not stamp.error and stamp.day == day


@pytest.mark.parametrize(
    "line", ["31.02.2025", "25:61 Uhr", "30.02.2025 12:00 Uhr", "13.13.2025", "10:00 31/13/2025"]
)
def test_impossible_dates_are_errors(reader, line):
    stamp = reader.read(line)
    assert stamp is not None and stamp.error
    assert reader.resolve(stamp, None) is None


@pytest.mark.parametrize(
    "line",
    [
        "Trump rechnet zu 75 Prozent mit einem Erfolg",
        "Der Vertrag begrenzt die Zahl auf 1.550 Sprengköpfe.",
        "12.5",
        "+1.67%",
        "Bereits seit dem 1. August (und noch bis zum 31.) findet ein Manöver statt.",
        "4:21:56h",  # a race time in hours, minutes and seconds
        "4:21:56 h",
    ],
)
def test_text_is_not_a_timestamp(reader, line):
    assert reader.read(line) is None


def test_an_impossible_date_before_its_text_is_named_as_written_and_keeps_the_text(reader):
    stamp = reader.read("Montag (31. Februar), 10.20 Uhr: Der Text bleibt.")
    assert "„Montag, 31. Februar, 10.20 Uhr“" in stamp.error
    assert stamp.rest == "Der Text bleibt."


@pytest.mark.parametrize("joiner", [":", ",", ";", " -"])
def test_a_count_after_a_day_is_no_hour(reader, joiner):
    stamp = reader.read(f"14.08.2025{joiner} 3 Tote bei einem Unfall")
    assert stamp is None or (stamp.clock is None and "3 Tote" in stamp.rest)


def test_dateparser_reads_what_the_fast_path_does_not(reader):
    stamp = reader.read("15 Aug. 2025 um 18 Uhr 5")
    assert stamp is None or stamp.error is None  # never a crash on odd forms


def test_far_future_and_long_past_are_implausible():
    assert plausibility_error(dt.datetime(2030, 1, 1, tzinfo=BERLIN), NOW)
    assert plausibility_error(dt.datetime(1900, 1, 1, tzinfo=BERLIN), NOW)
    assert plausibility_error(NOW - dt.timedelta(days=3), NOW) is None


def test_times_are_read_in_the_zone_in_force():
    reader = DateReader(zone=ZoneInfo("America/Anchorage"), reference=NOW)
    stamp = reader.read("14.08.2025 21:15 Uhr")
    assert reader.resolve(stamp, None).isoformat() == "2025-08-14T21:15:00-08:00"


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("+ 19:37 Uhr: Dreimal Kölle Alaaf +", "Dreimal Kölle Alaaf"),
        ("+ 17:49 Uhr +", ""),
        ("+++ 20:48 Uhr: Gipfel beendet +++", "Gipfel beendet"),
        ("20:48 Uhr: C++ bleibt", "C++ bleibt"),
        ("15:24 UK troops enter the city", "UK troops enter the city"),
        ("21:15 Uhr (dpa) Die Polizei meldet", "(dpa) Die Polizei meldet"),
        # A dateline's place between the bars and the time.
        ("+++ Garmisch-Partenkirchen, 23.30 Uhr +++ Die Demo löst sich auf.",
         "Die Demo löst sich auf."),
    ],
)  # fmt: skip
def test_plus_marks_around_a_time_line_are_no_part_of_its_title(reader, line, rest):
    stamp = reader.read(line)
    assert stamp is not None and stamp.clock is not None and stamp.rest == rest


def test_a_long_line_opened_by_a_month_day_and_time_is_an_entrys_time_and_text(reader):
    text = "PTI and PML(N) are giving each other a tough fight in Punjab. " * 3
    stamp = reader.read(f"Aug 14, 2025 9:08 pm (IST) {text}")
    assert stamp is not None and stamp.rest == text.strip()
    assert stamp.moment.isoformat() == "2025-08-14T21:08:00+05:30"


def test_a_date_alone_behind_a_dash_is_a_day_not_a_midnight(reader):
    stamp = reader.read("– 14.08.2025")
    assert stamp is not None and stamp.is_day_heading and stamp.day == dt.date(2025, 8, 14)


@pytest.mark.parametrize(
    ("time", "text", "expected"),
    [
        ("Donnerstag, 19.32 Uhr:", "Hubschrauber sind gestartet.", "2025-08-14T19:32:00+02:00"),
        ("Freitag, 17.45 Uhr:", "Der Landeshauptmann fordert Hilfe.", "2025-08-15T17:45:00+02:00"),
        ("Freitag, 21.10 Uhr:", "Die Straße ist gesperrt.", "2025-08-08T21:10:00+02:00"),
        ("Thursday, 7:30 a.m.", "The fire department lifted it.", "2025-08-14T07:30:00+02:00"),
    ],
)
def test_a_weekday_and_a_time_open_an_entry_on_the_last_such_day(reader, time, text, expected):
    text += " Sie kreisen über dem Tal." * 8  # a long line: a whole entry after its time
    stamp = reader.read(f"{time} {text}")
    assert stamp is not None and stamp.rest == text
    assert reader.resolve(stamp, None).isoformat() == expected


@pytest.mark.parametrize(
    "line", ["Samstag, 15:30 Uhr, neun Mal wird angepfiffen.", "Thursday 16-22°c Sunny. Mild."]
)
def test_a_weekday_in_a_sentence_or_a_forecast_is_no_time(reader, line):
    stamp = reader.read(line)
    assert stamp is None or stamp.clock is None


@pytest.mark.parametrize(
    ("line", "hour"), [("(3:42p) CNN reports", 15), ("(4:19 p) Officials say", 16)]
)
def test_a_bracketed_time_with_a_lone_p_is_in_the_afternoon(reader, line, hour):
    stamp = reader.read(line)
    assert stamp is not None and stamp.clock == dt.time(hour, int(line[3:5]))
    assert stamp.rest == line.split(") ")[1]


def test_a_title_glued_to_the_time_after_a_date_is_the_rest(reader):
    stamp = reader.read("June 14, 2025 23:01AUS 14/0 in 4 overs")
    assert stamp is not None and stamp.rest == "AUS 14/0 in 4 overs"
    assert reader.resolve(stamp, None).isoformat() == "2025-06-14T23:01:00+02:00"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # 22 February 2025 is a Saturday: the Friday 22 February before it was in 2019.
        ("4:41 pm - Fri 22 Feb", dt.date(2019, 2, 22)),
        ("Sat 22 Feb, 16:41", dt.date(2025, 2, 22)),
        ("Freitag, 14.2., 16:41 Uhr", dt.date(2025, 2, 14)),
        ("So., 16.2., 12:00 Uhr", dt.date(2025, 2, 16)),  # "So" is Sunday, not Sonnabend
        # Within the reference's week a weekday that disagrees is a slip, not another year.
        ("Thursday August 15, 20:00", dt.date(2025, 8, 15)),
        ("Dienstag, 11.8., 19:00 Uhr", dt.date(2025, 8, 11)),
    ],
)
def test_a_yearless_date_falls_on_the_weekday_it_is_printed_with(reader, line, day):
    assert reader.read(line).day == day


def test_a_yearless_date_just_ahead_on_its_weekday_is_this_years_plan():
    # A biathlon weekend's plan read on its Friday, 10 January 2020: the Sunday after it.
    friday = DateReader(zone=BERLIN, reference=dt.datetime(2020, 1, 10, 23, 59, tzinfo=BERLIN))
    assert friday.read("Sonntag, 12. Januar").day == dt.date(2020, 1, 12)
    assert friday.read("Donnerstag, 9. Januar:").day == dt.date(2020, 1, 9)


def test_a_place_before_a_time_without_bars_stays_text(reader):
    assert reader.read("Garmisch-Partenkirchen, 23.30 Uhr Die Demo löst sich auf.") is None

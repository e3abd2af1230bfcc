"""How real tickers lay out their entries: times before, on and under the headline, markers."""

import datetime as dt

import pytest

from summit.ingest.dates import DateReader

from .conftest import BERLIN, prepare

NOW = dt.datetime(2025, 8, 15, 22, 0, tzinfo=BERLIN)
LONG_TEXT = (
    "Die Delegationen sind in Anchorage eingetroffen und wurden am Flughafen von Vertretern "
    "der Gastgeber empfangen, wie Reporter vor Ort berichten."
)


def titles_and_times(text: str, **options) -> list[tuple[str, dt.datetime | None]]:
    options.setdefault("reference_time", NOW)
    return [(d.title, d.published_at) for d in prepare(text, **options).drafts]


def at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2025, 8, 15, hour, minute, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("+++ 20:48 Putin landet in Anchorage +++", "Putin landet in Anchorage"),
        ("20:48 Putin landet in Anchorage", "Putin landet in Anchorage"),
        ("20.48 Uhr: Putin landet in Anchorage", "Putin landet in Anchorage"),
        ("20:48 Uhr. Putin landet in Anchorage.", "Putin landet in Anchorage."),
        ("20:48 Uhr - Putin landet in Anchorage.", "Putin landet in Anchorage."),
    ],
)
def test_a_time_before_the_headline_on_the_same_line(line, rest):
    reader = DateReader(zone=BERLIN, reference=NOW)
    stamp = reader.read(line)
    assert stamp is not None and stamp.rest == rest
    assert reader.resolve(stamp, None) == at(20, 48)


@pytest.mark.parametrize(
    "line",
    ["20:48 begann die Sitzung mit Verspätung.", "1.550 Sprengköpfe sind erlaubt", "3.0 Zoll"],
)
def test_a_sentence_that_merely_starts_with_a_number_is_no_time_line(line):
    assert DateReader(zone=BERLIN, reference=NOW).read(line) is None


def test_us_dates_with_seconds_and_am_pm():
    reader = DateReader(zone=BERLIN, reference=NOW)
    stamp = reader.read("8/15/2025 2:46:46 PM")
    assert reader.resolve(stamp, None) == dt.datetime(2025, 8, 15, 14, 46, 46, tzinfo=BERLIN)


def test_agency_ticker_with_time_and_headline_in_plus_signs():
    text = (
        "+++ 21:10 Trump trifft in Anchorage ein +++\n"
        "Air Force One ist gelandet.\n\n"
        "+++ 20:48 Putin landet zuerst +++\n"
        "Die russische Maschine steht auf dem Vorfeld.\n"
    )
    assert titles_and_times(text) == [
        ("Trump trifft in Anchorage ein", at(21, 10)),
        ("Putin landet zuerst", at(20, 48)),
    ]


def test_a_paragraph_after_the_time_is_the_body_not_a_headline():
    text = f"21:10 Uhr {LONG_TEXT}\n\n20:48 Uhr {LONG_TEXT}\n"
    drafts = prepare(text, reference_time=NOW).drafts
    assert [(d.title, d.published_at) for d in drafts] == [("", at(21, 10)), ("", at(20, 48))]
    assert drafts[0].body.startswith("<p>Die Delegationen sind in Anchorage")

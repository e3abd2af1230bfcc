"""A person reporting is the speaker ("Peter Whittlesea reports that …"); an outlet
reporting, a report's byline and a surname label before a quotation as pages write them."""

import pytest

from summit.ingest.drafts import EntryDraft
from summit.ingest.enrich import Enricher
from summit.ingest.names import KnownNames

from .test_enrich_speakers import speaker_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The BBC's Peter Whittlesea reports that ferries in Dover are anchored at sea.",
            "Peter Whittlesea",
        ),
        (
            "WDR-Reporterin Julia Küppers berichtet aus Ophoven von einer engagierten Nachbarschaft.",
            "Julia Küppers",
        ),
        (
            'Verstappen: "It was pretty boring, not very interesting, not much happening."',
            "Verstappen",
        ),
        # A full name opening the words before a colon and a quotation, or "speaks".
        (
            "Paul Breitner zum Barca-Los: „Es wäre unfair zu sagen, Real wäre einfacher.“",
            "Paul Breitner",
        ),
        ('Sebastian Vettel gerade bei Sky: "Ich dachte, wir wären schneller."', "Sebastian Vettel"),
        ("Andros Townsend speaks “Mentally we felt we had an advantage.”", "Andros Townsend"),
        (
            'Hofbräu-Festzelt-Wirt Ricky Steinberg am Mikro: "Die Wiesn neigt sich dem Ende zu."',
            "Ricky Steinberg",
        ),
    ],
)
def test_a_person_reporting_or_labelling_a_quotation_is_the_speaker(text, speaker):
    assert speaker_of(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "CNN reports that Hillary Clinton has called Donald Trump to concede the election.",
        "The complaint relates to probable war crimes in Gaza, Al Jazeera reports.",
        "Son scored a hat-trick as Spurs won at Burnley. Will Unwin reports from Turf Moor …",
        'Kommentar: "Das war nichts, und das wissen auch alle im Verein."',
        # Nouns, capitalised in German, opening the words before a colon and a quotation.
        'Es ist 9 Uhr. Den Ausblick aufs Wetter sparen wir uns: "Burglind" zieht ab.',
        "Persönliches Drama im Bahnstreik – eine Leserin schreibt: „Ich bin schwanger.“",
    ],
)
def test_an_outlet_reporting_a_byline_a_label_and_bare_nouns_are_no_speaker(text):
    assert speaker_of(text) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Anke Rehlinger bedankte sich unter lautem Beifall bei ihren Helfern.", "Anke Rehlinger"),
        ("Andy Murray gesteht: Ich bin traurig, dass es vorbei ist.", "Andy Murray"),
    ],
)
def test_thanking_and_letting_on_are_ways_of_speaking(text, speaker):
    assert speaker_of(text) == speaker


def test_a_reporter_of_an_outlet_is_the_speaker_and_no_source():
    draft = EntryDraft(
        title="", body="<p>The BBC's Peter Whittlesea reports that ferries are anchored at sea.</p>"
    )
    Enricher(KnownNames.empty()).enrich([draft])
    assert (draft.speaker, draft.source) == ("Peter Whittlesea", None)


@pytest.mark.parametrize(
    "text",
    [
        "Our Northern editor, Gerry Moriarty, writes: In the outgoing Assembly, the DUP had 38.",
        "Political correspondent Gerry Moriarty said the vote in the Assembly was close.",
    ],
)
def test_an_editor_or_correspondent_named_with_the_role_is_the_speaker(text):
    assert speaker_of(text) == "Gerry Moriarty"


def test_an_officer_before_a_name_is_a_role_and_a_surname_like_a_role_stays_a_name():
    assert speaker_of("Chief Executive Officer Amitabh Kant said the budget was bold.") == (
        "Amitabh Kant"
    )
    assert speaker_of("„Wir sind zufrieden“, sagte Tim Richter am Abend.") == "Tim Richter"

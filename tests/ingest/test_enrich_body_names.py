"""A capitalised run before a verb with a body's word in it names no person."""

from tests.ingest.test_enrich_speakers import speaker_of


def test_a_newsroom_tweeting_is_no_speaker() -> None:
    text = (
        "As Floridians ramp up last-second preparations for Hurricane Irma—the massive "
        "category 4 is forecast to make landfall in the southern part of the state late "
        "Saturday or early Sunday—Fox News Research tweeted out the latest figures from the "
        "Red Cross in the state."
    )
    assert speaker_of(text) is None

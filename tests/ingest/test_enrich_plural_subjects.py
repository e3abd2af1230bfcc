"""A name before a speech verb in the plural ("have reported", "say") is an organisation,
as British English writes one: the entry's source, not its speaker; several people named
before the verb are no organisation."""

import pytest

from .test_enrich_sources import enriched


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Highways England have reported a second incident on the M602 at junction 3 - 2.",
            "Highways England",
        ),
        (
            "6.00pm - Surf Lifesaving say they've assisted more than 200 members of the"
            " Murawai community overnight, temporarily housing them at the local surf club.",
            "Surf Lifesaving",
        ),
        (
            "The Daily Record say the Light Blues will command £1million for the defender.",
            "Daily Record",
        ),
    ],
)
def test_a_name_before_a_plural_speech_verb_is_the_source(text, source):
    draft = enriched(text)
    assert (draft.speaker, draft.source) == (None, source)


def test_a_place_before_a_plural_speech_verb_is_no_source():
    text = (
        "Authorities in Pennsylvania say a police officer was shot and killed while making a"
        " traffic stop and a search is underway for the gunman."
    )
    assert enriched(text).source != "Pennsylvania"

"""An organisation before a speech verb is the entry's source, not its speaker: a name
before a verb in the plural ("have reported", "say"), as British English writes one
(several people named before the verb are none), and a weather service's name opening
with its word ("Met", "Meteo"); the organisation is named in full, however many words
its name takes ("South Wales Fire and Rescue Service")."""

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
        (
            "Met Eireann has issued a new warning for “violent and destructive gusts” of up"
            " 150 kmph (93mph) across Ireland and even strong gusts in coastal and hilly areas.",
            "Met Eireann",
        ),
        (
            "It’s a nice fresh morning out there for now, although Met Eireann has said it will"
            " be a mixed day weather-wise.",
            "Met Eireann",
        ),
        (
            "Meteo Schweiz spricht von «heftigen Gewittern», die lokal über das Land fegten.",
            "Meteo Schweiz",
        ),
    ],
)
def test_an_organisation_before_a_speech_verb_is_the_source(text, source):
    draft = enriched(text)
    assert (draft.speaker, draft.source) == (None, source)


def test_a_place_before_a_plural_speech_verb_is_no_source():
    text = (
        "Authorities in Pennsylvania say a police officer was shot and killed while making a"
        " traffic stop and a search is underway for the gunman."
    )
    assert enriched(text).source != "Pennsylvania"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A South Wales Fire and Rescue Service spokeswoman has said the service were called"
            " to the incident on the A4232 close to M4 Junction 33 at 2.",
            "South Wales Fire and Rescue Service",
        ),
        (
            "Hawke's Bay Civil Defence Emergency Management Group said in a statement late last"
            " night that the key concern for Wairoa is dwindling food and water supplies,",
            "Hawke's Bay Civil Defence Emergency Management Group",
        ),
    ],
)
def test_an_organisation_of_many_words_is_the_source_in_full(text, source):
    assert enriched(text).source == source

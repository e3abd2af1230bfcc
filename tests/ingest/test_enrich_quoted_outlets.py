"""An outlet named in quotation marks right before its reporting verb is the source; a
title before a passive ("was released") or words said are none."""

import pytest

from .test_enrich_sources import source_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Aber: Die Katalanen haben ungewöhnliche Pläne mit dem Österreicher. »El Mundo"
            " Deportivo« berichtet, dass er in Spanien der Nachfolger von Javier Mascherano in der"
            " Innenverteidigung werden soll.",
            "El Mundo Deportivo",
        ),
        (
            'Das Bündnis "Stop G7 Elmau" meldet, dass "mindestens acht Leute" in der'
            ' Gefangenensammelstelle festgehalten würden".',
            "Stop G7 Elmau",
        ),
        ('Der französische Radiosender "Europe 1" berichtet unter Berufung auf e', "Europe 1"),
        (
            'Nun sehen die Dinge jedoch offenbar anders aus. Wie die "Bild" berichtet, will'
            " Werner nun doch in die USA wechseln - und das schon im Winter.",
            "Bild",
        ),
    ],
)
def test_a_quoted_outlet_before_its_reporting_verb_is_the_source(text, source):
    assert source_of(text) == source


def test_a_title_before_a_passive_names_no_source():
    text = (
        'Ehlrich first produced the Grammys in 1980, the same year "Fame" was released.'
        " Ehlrich previously announced that he will be stepping down after this year's award"
        " ceremony."
    )
    assert source_of(text) is None

"""The outlet someone spoke to, named after the speaker and the verb of telling: its
dative ("sagte der CDU-Politiker der „Mitteldeutschen Zeitung“"), a quoted outlet after
"in" or "gegenüber"; the article of a preposition or a noun's genitive names none."""

import pytest

from summit.ingest import interviews
from summit.ingest.cues import lowercase_of

from .test_enrich_sources import source_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "„Wir behalten in Deutschland die Nerven”, sagte der CDU-Politiker der"
            " „Mitteldeutschen Zeitung” am Mittwoch.",
            "Mitteldeutschen Zeitung",
        ),
        (
            'Beim Landesparteitag im April trete er nicht mehr an, sagte er der "Bild"-Zeitung.',
            "Bild",
        ),
        (
            "Davon entfielen 8000 auf die Hauptstadt Paris, sagte Premierminister Édouard"
            " Philippe am Donnerstagabend dem TV-Sender TF1.",
            "TF1",
        ),
        (
            '"Es ist sehr voll. Die Fans klatschen und schwenken ihre Fahnen", sagte Anja Marx'
            " von der Fanmeile in Berlin am Samstag dem SID.",
            "SID",
        ),
        ("„Man muss mich momentan eher bremsen“, sagte der 23-Jährige in „Bild“.", "Bild"),
        (
            "Dabei dürfen die Paderborner nicht fehlen, deren Manager eine Tapete mit der aktuellen"
            ' Tabelle im Fanshop herausgeben will. Sagt er jedenfalls dem "Kicker".',
            "Kicker",
        ),
        (
            "„Wir erachten den Zugang zu Informationen und die freie Meinungsäußerung als"
            " außerordentlich wichtig“, sagte Sprecherin Lena Heuermann gegenüber"
            " „Spiegel Online“.",
            "Spiegel Online",
        ),
    ],
)
def test_the_outlet_told_after_the_speaker_is_the_source(text, source):
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "»Er hat das verneint«, erklärte Karl-Heinz Rummenigge vorhin auf dem »Spobis«. Und"
        " dann hat er einfach doch noch wen geholt, der Brazzo, dieses Schlitzohr.",
        "Die Zauberformel sei tot, sagte Trede mit Blick auf die Ergebnisse der FDP zudem.",
    ],
)
def test_a_prepositions_article_or_a_genitive_names_no_outlet_told(text):
    assert source_of(text) is None


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        ('Sagt er jedenfalls dem "Kicker". ERKLÄRTE er der „Welt“, verriet er in „Bild“.', 3),
        ("Aussagte er dem SID, sagte_ er dem SID; erzählte er der „Zeit“", 1),
        ("ſagte er dem „Spiegel“, und dann sagt er der „Welt“", 2),  # (?i) reads "ſ" as "s"
    ],
)
def test_the_telling_verbs_are_those_the_pattern_finds(text, verbs):
    # Looked up by their lowercase beginnings first, for speed: the same verbs as before.
    found = [verb.span() for verb in interviews._telling_verbs(text, lowercase_of(text))]
    assert found == [verb.span() for verb in interviews._TELLING_VERB.finditer(text)]
    assert len(found) == verbs

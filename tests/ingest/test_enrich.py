"""Speakers, sources and tags: aliases, misspellings, attribution and source cues, keywords."""

import pytest

from summit.ingest.drafts import EntryDraft
from summit.ingest.enrich import Enricher, KnownNames
from summit.ticker.models import Speaker


def enrich(known: KnownNames, title: str, text: str, **options) -> EntryDraft:
    draft = EntryDraft(title=title, body=f"<p>{text}</p>")
    Enricher(known, **options).enrich([draft])
    return draft


@pytest.mark.parametrize("name", ["Selenskyj", "Selenskij", "Zelensky", "Wladimir Selenskij"])
def test_aliases_are_one_speaker(curated, name):
    assert curated.speakers.resolve(name) == "Wolodymyr Selenskyj"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("Jury Uschakow", "Juri Uschakow"), ("Juri Uschakow", "Juri Uschakow"), ("Waldimir Putin", "Wladimir Putin"),
     ("Dmitri Peskov", "Dmitri Peskow"), ("Melania Trump", None), ("Moskau", None)],
)  # fmt: skip
def test_spellings_and_typos_resolve_to_the_known_speaker(curated, written, canonical):
    assert curated.speakers.resolve(written) == canonical


@pytest.mark.parametrize(
    ("title", "text", "speaker"),
    [
        ("Neues vom Gipfel", "Das werde schwierig, sagte Peskow am Abend.", "Dmitri Peskow"),
        ("Neues vom Gipfel", "Es werde erfolgreich verlaufen, so Szijjártó.", "Péter Szijjártó"),
        ("Neues vom Gipfel", "Trump erklärte, er sei optimistisch.", "Donald Trump"),
        ("Peskow: Keine Vorhersagen", "Der Kreml hält sich bedeckt.", "Dmitri Peskow"),
        ("Talks in Alaska", "The summit will be long, said Zelensky.", "Wolodymyr Selenskyj"),
        ("Neues vom Gipfel", "Wie Uschakow betonte, steht das Programm.", "Juri Uschakow"),
        ("Neues vom Gipfel", "Er sprach über Putin und die Lage.", None),
    ],
)
def test_speaker_from_attribution(curated, title, text, speaker):
    assert enrich(curated, title, text).speaker == speaker


def test_unknown_speaker_is_new_and_only_a_full_name(db):
    known = KnownNames.from_database()
    draft = enrich(
        known, "Neues", "Russlands Außenminister Sergej Lawrow sagte, man sei bereit. So Lawrow."
    )
    assert (draft.speaker, draft.new_speaker) == ("Sergej Lawrow", True)
    assert not Speaker.objects.exists()  # created only when the import is applied


def test_nothing_detected_stays_empty_with_warnings(curated):
    draft = enrich(curated, "Wetter in Anchorage", "Es regnet in Alaska.")
    assert (draft.speaker, draft.source) == (None, None)
    assert draft.warnings == ["Kein Sprecher erkannt.", "Keine Quelle erkannt."]


@pytest.mark.parametrize(
    ("text", "source", "new"),
    [
        ("Das Flugzeug ist laut Flightradar24 auf dem Rückweg.", "Flightradar24", False),
        ("Laut einer Umfrage des ZDF-Politbarometer sind viele skeptisch.", "ZDF", False),
        (
            "Er sagte das in einem Interview mit der Zeitung The Washington Post.",
            "The Washington Post",
            False,
        ),
        ("Wie die New York Times berichtet, ist alles bereit.", "New York Times", True),
        ("According to Reuters, the talks will start on Friday.", "Reuters", True),
        ("Alles bereit. Quelle: dpa", "dpa", False),
        ("Laut Szijjártó gebe es Interessenten am Scheitern.", None, False),
        ("Das berichten laut russischen Medien mehrere Reporter.", None, False),
    ],
)
def test_source_from_cues(curated, text, source, new):
    draft = enrich(curated, "Neues vom Gipfel", text)
    assert (draft.source, draft.new_source) == (source, new)


def test_default_source_only_for_entries_that_cite_none(curated):
    cited = enrich(curated, "Neu", "Laut Flightradar24 fliegt sie.", default_source="RT DE")
    uncited = enrich(curated, "Neu", "Es regnet.", default_source="RT DE")
    assert (cited.source, uncited.source) == ("Flightradar24", "RT DE")


def test_tags_from_keywords_and_extra_tags(curated):
    draft = enrich(
        curated,
        "Atomabkommen",
        "Die Waffenruhe und die EU. Der Euro steigt.",
        extra_tags=["Alaska"],
    )
    assert draft.tags == ["Alaska", "Atomwaffen", "Europa", "Waffenruhe"]
    assert draft.new_tags == ["Alaska"]

"""Speakers, sources and tags: aliases, misspellings, attribution and source cues, keywords."""

import pytest

from summit.ingest.drafts import EntryDraft
from summit.ingest.enrich import Enricher
from summit.ingest.lexicon import Lexicon
from summit.ingest.names import KnownNames, NameIndex, RoleIndex, TagMatcher
from summit.ingest.wordlists import ENGLISH, GERMAN
from summit.ticker.models import Speaker


def known_names(speakers=(), sources=(), tags=()) -> KnownNames:
    """What a newsroom's database would know, made in memory: (name, role, aliases) speakers,
    (name, aliases) sources, (name, keywords) tags."""
    return KnownNames(
        speakers=NameIndex((name, aliases) for name, _role, aliases in speakers),
        sources=NameIndex(sources),
        roles=RoleIndex((name, role) for name, role, _aliases in speakers),
        tags=TagMatcher(tags),
    )


@pytest.fixture
def newsroom() -> KnownNames:
    return known_names(
        speakers=[
            ("Donald Trump", "US-Präsident", ["Trump"]),
            ("Wladimir Putin", "Präsident Russlands", ["Putin", "Vladimir Putin"]),
            ("Dmitri Peskow", "Kremlsprecher", ["Peskow", "Dmitry Peskov", "Peskov"]),
            ("Juri Uschakow", "Berater", ["Uschakow", "Yuri Ushakov"]),
            ("Péter Szijjártó", "Außenminister Ungarns", ["Szijjártó"]),
            (
                "Wolodymyr Selenskyj",
                "Präsident der Ukraine",
                ["Selenskyj", "Selenskij", "Wladimir Selenskij", "Zelensky"],
            ),
        ],
        sources=[
            ("RT DE", []),
            ("dpa", ["Deutsche Presse-Agentur"]),
            ("ZDF", ["ZDF-Politbarometer", "Politbarometer"]),
            ("The Washington Post", ["Washington Post"]),
            ("Flightradar24", []),
        ],
        tags=[
            ("Atomwaffen", ["Atom", "nuklear"]),
            ("Waffenruhe", ["Waffenruhe", "Feuerpause"]),
            ("Europa", ["EU", "Europäer"]),
        ],
    )


def enrich(known: KnownNames, title: str, text: str, **options) -> EntryDraft:
    draft = EntryDraft(title=title, body=f"<p>{text}</p>")
    Enricher(known, **options).enrich([draft])
    return draft


@pytest.mark.parametrize("name", ["Selenskyj", "Selenskij", "Zelensky", "Wladimir Selenskij"])
def test_aliases_are_one_speaker(newsroom, name):
    assert newsroom.speakers.resolve(name) == "Wolodymyr Selenskyj"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("Jury Uschakow", "Juri Uschakow"), ("Juri Uschakow", "Juri Uschakow"), ("Waldimir Putin", "Wladimir Putin"),
     ("Dmitri Peskov", "Dmitri Peskow"), ("Melania Trump", None), ("Moskau", None)],
)  # fmt: skip
def test_spellings_and_typos_resolve_to_the_known_speaker(newsroom, written, canonical):
    assert newsroom.speakers.resolve(written) == canonical


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
def test_speaker_from_attribution(newsroom, title, text, speaker):
    assert enrich(newsroom, title, text).speaker == speaker


def test_unknown_speaker_is_new_and_only_a_full_name(db):
    known = KnownNames.from_database()
    draft = enrich(
        known, "Neues", "Russlands Außenminister Sergej Lawrow sagte, man sei bereit. So Lawrow."
    )
    assert (draft.speaker, draft.new_speaker) == ("Sergej Lawrow", True)
    assert not Speaker.objects.exists()  # created only when the import is applied


def test_nothing_detected_stays_empty_with_warnings(newsroom):
    draft = enrich(newsroom, "Wetter in Anchorage", "Es regnet in Alaska.")
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
def test_source_from_cues(newsroom, text, source, new):
    draft = enrich(newsroom, "Neues vom Gipfel", text)
    assert (draft.source, draft.new_source) == (source, new)


def test_default_source_only_for_entries_that_cite_none(newsroom):
    cited = enrich(newsroom, "Neu", "Laut Flightradar24 fliegt sie.", default_source="RT DE")
    uncited = enrich(newsroom, "Neu", "Es regnet.", default_source="RT DE")
    assert (cited.source, uncited.source) == ("Flightradar24", "RT DE")


def test_tags_from_keywords_and_extra_tags(newsroom):
    draft = enrich(
        newsroom,
        "Atomabkommen",
        "Die Waffenruhe und die EU. Der Euro steigt.",
        extra_tags=["Alaska"],
    )
    assert draft.tags == ["Alaska", "Atomwaffen", "Europa", "Waffenruhe"]
    assert draft.new_tags == ["Alaska"]


def test_a_name_added_during_an_import_is_found_by_its_surname():
    index = NameIndex([("Anna Berg", [])])
    assert index.resolve("Müller") is None
    index.add("Karl Müller")
    assert index.resolve("Müller") == "Karl Müller"
    index.add("Eva Müller")  # two people of that name: the surname alone says nobody
    assert index.resolve("Müller") is None
    assert index.resolve("Eva Müller") == "Eva Müller"


def test_the_lexicon_reads_german_and_english_alike():
    both = Lexicon.of(["de", "en"])
    assert set(GERMAN) == set(ENGLISH)  # every language fills every list
    assert {"sagte", "said"} <= set(both.speech_verbs)
    assert {"der", "the"} <= both.stopwords
    known = known_names(speakers=[("Anna Berg", "Sprecherin", ["Berg"])])
    german = enrich(known, "Neu", "Das sei schwierig, sagte Berg.")
    english = enrich(known, "New", "It will be difficult, Berg said.")
    assert german.speaker == english.speaker == "Anna Berg"

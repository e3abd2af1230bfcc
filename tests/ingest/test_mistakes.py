"""The mistake listing of the corpus tooling names each mistake a figure counts, and no other."""

import json

import pytest

from .mistakes import mistakes
from .scoring import load_documents

TEXT = """14:05 Uhr

Erster Titel

Die Fähre fährt wieder.

13:00 Uhr

Zweiter Titel

Mehr dazu später.
"""

GOLD = {
    "timezone": "Europe/Berlin",
    "reference_time": "2025-08-14T18:00:00+02:00",
    "entries": [
        # The importer reads 14:05: a gold file saying 14:06 makes that a mistake.
        {
            "published_at": "2025-08-14T14:06:00+02:00",
            "title": "Erster Titel",
            "body_start": "Die Fähre",
            "speaker": None,
            "source": None,
        },
        {
            "published_at": "2025-08-14T13:00:00+02:00",
            "title": "Zweiter Titel",
            "body_start": "Mehr dazu",
            "speaker": "Anna Berg",
            "source": None,
        },
        {
            "published_at": None,
            "title": "Dritter Titel",
            "body_start": "Fehlt",
            "speaker": None,
            "source": None,
        },
    ],
    "boilerplate": ["Mehr dazu später."],
}


@pytest.fixture
def documents(tmp_path):
    (tmp_path / "de-probe-1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "de-probe-1.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return load_documents(tmp_path)


def listed(documents, figure):
    return list(mistakes(documents, figure))


def test_each_figure_lists_its_own_mistakes(db, documents):
    assert listed(documents, "time") == [
        "de-probe-1 #1: gold 2025-08-14T14:06:00+02:00 got 2025-08-14T14:05:00+02:00 · erster titel"
    ]
    assert listed(documents, "missed") == ["de-probe-1 #3: dritter titel"]
    assert listed(documents, "extra") == []
    (speaker,) = listed(documents, "speaker")
    assert speaker.startswith("de-probe-1 #2: gold 'Anna Berg' got None · zweiter titel")
    assert listed(documents, "source") == []
    assert listed(documents, "leaks") == ["de-probe-1 leaked: mehr dazu später."]

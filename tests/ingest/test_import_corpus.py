"""The importer on the corpus of real tickers: no overall figure may drop below its floor.

The floors are what the importer reaches today, rounded down (the leak ceiling rounded
up). The issue's targets are F1 ≥ 0.97, timestamps ≥ 0.97, speaker and source ≥ 0.9,
≥ 0.85 over the entries whose gold names one, and boilerplate leaks ≤ 1 %. Since the
documents first held back (sixteen rounds of them) joined the development part, most
figures are below their targets: the floors hold what is reached, so that nothing falls
further.
The hold-out part (corpus/holdout) is not tested here: nobody tunes on it.
"""

from .scoring import CORPUS, score

FLOORS = {
    "precision": 0.89,
    "recall": 0.86,
    "f1": 0.88,
    "timestamps": 0.97,
    "speaker": 0.90,
    "source": 0.90,
    "speaker_named": 0.64,
    "source_named": 0.59,
}
# A share that may only fall: boilerplate blocks that became (part of) an entry.
LEAK_CEILING = 0.083


def test_overall_figures_at_or_above_their_floors(db):
    figures = score(CORPUS).overall.figures()
    below = {
        name: round(figures[name], 4) for name, floor in FLOORS.items() if figures[name] < floor
    }
    assert not below, f"below the floor: {below}"
    assert figures["leak_share"] <= LEAK_CEILING

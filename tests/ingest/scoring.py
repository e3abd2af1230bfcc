"""Scores the text importer against the hand-written gold files of the ticker corpus.

Run `python -m tests.ingest.scoring [--holdout] [--json]` (or `make score-import`). Every
document `corpus/<id>.txt` has a gold file `corpus/<id>.gold.json`; the hold-out part lives
in `corpus/holdout/` and is looked at only to check that the figures are not tuned.

Each document goes through `import_ticker --dry-run --json` exactly as an editor's paste
would. A predicted entry matches a gold entry when the gold title (or, for a title-less
gold entry, the start of its body) agrees with the start of the predicted entry's text
(title, then body) after normalising case and whitespace: difflib similarity of at least
MATCH_SIMILARITY. Matches keep document order (a longest common subsequence), so one
predicted entry never stands for two gold entries.
"""

from __future__ import annotations

import argparse
import difflib
import html
import io
import json
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent / "corpus"
HOLDOUT = CORPUS / "holdout"
MATCH_SIMILARITY = 0.8
# How much of a predicted body counts as its start when looking for leaked furniture.
BODY_START_CHARS = 200

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", text or ""))).strip().casefold()


# -- documents ---------------------------------------------------------------------------


@dataclass
class Document:
    id: str
    path: Path
    gold: dict[str, Any]

    @property
    def entries(self) -> list[dict[str, Any]]:
        return self.gold["entries"]


def load_documents(folder: Path) -> list[Document]:
    return [
        Document(text.stem, text, json.loads(text.with_suffix(".gold.json").read_text("utf-8")))
        for text in sorted(folder.glob("*.txt"))
    ]


def run_importer(document: Document) -> tuple[list[dict[str, Any]], str]:
    """The importer's entries for one document, and its error message when it refused."""
    from django.core.management import CommandError, call_command

    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(
            "import_ticker",
            str(document.path),
            "--dry-run",
            "--json",
            "--timezone",
            document.gold["timezone"],
            "--reference-time",
            document.gold["reference_time"],
            stdout=out,
            stderr=err,
        )
    except CommandError as error:
        return [], str(error)
    return json.loads(out.getvalue()), ""


# -- matching ----------------------------------------------------------------------------


# A match minute opening an entry ("85. Minute -", "60.:", "93 mins:", "89. Minute (A - B):"):
# gold files and the importer may or may not keep it, the entry is the same.
_MATCH_MINUTE = re.compile(
    r"^\d{1,3}(?:\.|')?(?:\s?(?:minute|min\.?|mins))?(?:\s?\+\s?\d{1,2}'?)?"
    r"(?:\s\([^()]{1,24}\))?\s*[-:–]\s*"
)


def gold_key(entry: dict[str, Any]) -> str:
    return _MATCH_MINUTE.sub("", normalise(entry["title"] or entry["body_start"]))


def predicted_text(item: dict[str, Any]) -> str:
    return _MATCH_MINUTE.sub("", normalise(f"{item.get('title') or ''} {item.get('body') or ''}"))


def agrees(key: str, text: str) -> bool:
    if not key:
        return False
    start = text[: len(key)]
    return difflib.SequenceMatcher(None, key, start, autojunk=False).ratio() >= MATCH_SIMILARITY


def match_entries(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple]:
    """Pairs (gold index, predicted index): the most agreeing pairs that keep document order."""
    keys = [gold_key(entry) for entry in gold]
    texts = [predicted_text(item) for item in predicted]
    rows, cols = len(gold), len(predicted)
    best = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            skip = max(best[i + 1][j], best[i][j + 1])
            take = best[i + 1][j + 1] + 1 if agrees(keys[i], texts[j]) else 0
            best[i][j] = max(skip, take)
    pairs, i, j = [], 0, 0
    while i < rows and j < cols:
        if best[i][j] == best[i + 1][j + 1] + 1 and agrees(keys[i], texts[j]):
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


# -- field checks ------------------------------------------------------------------------


def time_right(gold: dict[str, Any], item: dict[str, Any]) -> bool:
    """To the minute, as an instant; a gold entry without time wants no invented one."""
    if gold["published_at"] is None:
        return item.get("published_at") is None or bool(item.get("time_estimated"))
    if item.get("published_at") is None:
        return False
    expected = datetime.fromisoformat(gold["published_at"])
    got = datetime.fromisoformat(item["published_at"])
    return expected.replace(second=0, microsecond=0) == got.replace(second=0, microsecond=0)


def name_right(gold: dict[str, Any], item: dict[str, Any], field_name: str) -> bool:
    expected = gold[field_name]
    got = item.get(field_name)
    if expected is None:
        return got is None
    names = {normalise(name) for name in [expected, *gold.get(f"{field_name}_aliases", [])]}
    return got is not None and normalise(got) in names


def leaked(block: str, predicted: list[dict[str, Any]]) -> bool:
    """Whether a furniture block became (part of) a title or the start of a body."""
    needle = normalise(block)
    if not needle:
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    for item in predicted:
        title = normalise(item.get("title") or "")
        body_start = normalise(item.get("body") or "")[: BODY_START_CHARS + len(needle)]
        if pattern.search(title) or pattern.search(body_start):
            return True
        # A long block turned title is cut short with an ellipsis (only then: a title may
        # rightly be the start of a caption, "Drei Autos brennen" over "… / Foto: X").
        short = title.rstrip("….").strip()
        if short != title and len(short) >= 20 and needle.startswith(short):
            return True
    return False


# -- figures -----------------------------------------------------------------------------


@dataclass
class Tally:
    """Counts behind every figure; documents add up to the overall (micro-averaged) tally."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    time_right: int = 0
    speaker_right: int = 0
    source_right: int = 0
    speaker_named: int = 0
    speaker_named_right: int = 0
    source_named: int = 0
    source_named_right: int = 0
    boilerplate: int = 0
    leaks: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            if name == "errors":
                self.errors.extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def figures(self) -> dict[str, float]:
        precision = ratio(self.matched, self.predicted)
        recall = ratio(self.matched, self.gold)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "timestamps": ratio(self.time_right, self.matched),
            "speaker": ratio(self.speaker_right, self.matched),
            "source": ratio(self.source_right, self.matched),
            "speaker_named": ratio(self.speaker_named_right, self.speaker_named),
            "source_named": ratio(self.source_named_right, self.source_named),
            "leak_share": self.leaks / self.boilerplate if self.boilerplate else 0.0,
        }


def ratio(part: int, whole: int) -> float:
    """A share; an empty whole has nothing to get wrong."""
    return part / whole if whole else 1.0


def score_document(document: Document) -> Tally:
    predicted, error = run_importer(document)
    tally = Tally(gold=len(document.entries), predicted=len(predicted))
    if error:
        tally.errors.append(f"{document.id}: {error}")
    for gold_index, predicted_index in match_entries(document.entries, predicted):
        gold, item = document.entries[gold_index], predicted[predicted_index]
        tally.matched += 1
        tally.time_right += time_right(gold, item)
        for field_name in ("speaker", "source"):
            right = name_right(gold, item, field_name)
            setattr(tally, f"{field_name}_right", getattr(tally, f"{field_name}_right") + right)
            if gold[field_name] is not None:
                named = f"{field_name}_named"
                setattr(tally, named, getattr(tally, named) + 1)
                setattr(tally, f"{named}_right", getattr(tally, f"{named}_right") + right)
    blocks = document.gold.get("boilerplate", [])
    tally.boilerplate = len(blocks)
    tally.leaks = sum(leaked(block, predicted) for block in blocks)
    return tally


@dataclass
class Report:
    documents: dict[str, Tally]
    overall: Tally

    def to_json(self) -> dict[str, Any]:
        return {
            "overall": {**self.overall.figures(), **counts(self.overall)},
            "documents": {
                name: {**tally.figures(), **counts(tally)} for name, tally in self.documents.items()
            },
        }


def counts(tally: Tally) -> dict[str, Any]:
    return {
        "gold": tally.gold,
        "predicted": tally.predicted,
        "matched": tally.matched,
        "entries_naming_a_speaker": tally.speaker_named,
        "entries_naming_a_source": tally.source_named,
        "boilerplate": tally.boilerplate,
        "leaks": tally.leaks,
        "errors": tally.errors,
    }


def score(folder: Path = CORPUS) -> Report:
    """Needs Django set up with a migrated (empty is fine) database: dry runs save nothing."""
    documents = {document.id: score_document(document) for document in load_documents(folder)}
    overall = Tally()
    for tally in documents.values():
        overall.add(tally)
    return Report(documents, overall)


# -- output ------------------------------------------------------------------------------

COLUMNS = (
    ("P", "precision"),
    ("R", "recall"),
    ("F1", "f1"),
    ("time", "timestamps"),
    ("spk", "speaker"),
    ("src", "source"),
    ("spk*", "speaker_named"),
    ("src*", "source_named"),
)


def format_row(name: str, tally: Tally) -> str:
    figures = tally.figures()
    cells = " ".join(f"{figures[key]:>5.2f}" for _label, key in COLUMNS)
    return (
        f"{name:<28} {tally.gold:>4} {tally.predicted:>4} {tally.matched:>4} {cells}"
        f" {tally.leaks:>3}/{tally.boilerplate:<3}"
    )


def format_report(report: Report, title: str) -> str:
    header = (
        f"{title:<28} {'gold':>4} {'pred':>4} {'hit':>4} "
        + " ".join(f"{label:>5}" for label, _key in COLUMNS)
        + " leaks"
    )
    lines = [header, "-" * len(header)]
    lines += [format_row(name, tally) for name, tally in report.documents.items()]
    lines += ["-" * len(header), format_row("overall", report.overall)]
    share = report.overall.figures()["leak_share"]
    lines.append(f"boilerplate blocks leaked into entries: {share:.1%}")
    lines.append("spk*/src*: over the entries whose gold names a speaker/source only")
    lines += [f"refused: {error}" for error in report.overall.errors]
    return "\n".join(lines)


def show_document(document_id: str) -> str:
    """The importer's entries for one document beside the gold, for checking a gold file."""
    text = next(
        path for folder in (CORPUS, HOLDOUT) if (path := folder / f"{document_id}.txt").exists()
    )
    gold = json.loads(text.with_suffix(".gold.json").read_text("utf-8"))
    document = Document(document_id, text, gold)
    predicted, error = run_importer(document)
    lines = [f"refused: {error}"] if error else []
    matched = dict((j, i) for i, j in match_entries(document.entries, predicted))
    for index, item in enumerate(predicted):
        mark = f"= gold {matched[index] + 1}" if index in matched else "unmatched"
        estimated = " (estimated)" if item.get("time_estimated") else ""
        lines += [
            f"{index + 1:>3} {mark}: {item.get('published_at')}{estimated}"
            f" · speaker {item.get('speaker')} · source {item.get('source')}",
            f"    title: {item.get('title')}",
            f"    body:  {normalise(item.get('body') or '')[:BODY_START_CHARS]}",
        ]
    return "\n".join(lines)


def setup_django() -> None:
    """Test settings and an empty in-memory database, migrated once: nothing is saved."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    os.environ["DATABASE_URL"] = "sqlite://:memory:"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", action="store_true", help="score the held-back part")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--show", metavar="ID", help="print what the importer makes of one document"
    )
    args = parser.parse_args(argv)
    setup_django()
    if args.show:
        print(show_document(args.show))
        return 0
    report = score(HOLDOUT if args.holdout else CORPUS)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        print(format_report(report, "hold-out" if args.holdout else "development"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

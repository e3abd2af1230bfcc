"""Lists the importer's mistakes on the development corpus for one figure, a line each.

Run `python -m tests.ingest.mistakes FIGURE [ID-PREFIX]`, FIGURE one of missed, extra,
time, speaker, source, leaks; ID-PREFIX narrows the documents ("en-", "de-ndr"). The
entries are matched as scoring.py matches them, so each line is one thing the figure
counts against the importer.

Only the development part: the hold-out is read for its overall figures alone
(`scoring.py --holdout`), never for its mistakes, so that no rule is written for a
document held back.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from typing import Any

from .scoring import (
    CORPUS,
    Document,
    leaked,
    load_documents,
    match_entries,
    name_right,
    normalise,
    run_importer,
    setup_django,
    time_right,
)

# How much of an entry's text a line shows.
SHOWN_CHARS = 160

Predicted = list[dict[str, Any]]


def _shown(text: str | None) -> str:
    return normalise(text or "")[:SHOWN_CHARS]


def _item_text(item: dict[str, Any]) -> str:
    return _shown(f"{item.get('title') or ''} | {item.get('body') or ''}")


def _gold_text(entry: dict[str, Any]) -> str:
    return _shown(entry.get("title") or entry.get("body_start"))


def missed(document: Document, predicted: Predicted) -> Iterator[str]:
    """Gold entries no predicted entry stands for."""
    found = {gold for gold, _ in match_entries(document.entries, predicted)}
    for index, entry in enumerate(document.entries):
        if index not in found:
            yield f"#{index + 1}: {_gold_text(entry)}"


def extra(document: Document, predicted: Predicted) -> Iterator[str]:
    """Predicted entries that stand for no gold entry."""
    found = {item for _, item in match_entries(document.entries, predicted)}
    for index, item in enumerate(predicted):
        if index not in found:
            yield f"+{index + 1}: {_item_text(item)}"


def wrong_times(document: Document, predicted: Predicted) -> Iterator[str]:
    for gold_index, index in match_entries(document.entries, predicted):
        gold, item = document.entries[gold_index], predicted[index]
        if not time_right(gold, item):
            estimated = " (estimated)" if item.get("time_estimated") else ""
            yield (
                f"#{gold_index + 1}: gold {gold['published_at']} got"
                f" {item.get('published_at')}{estimated} · {_gold_text(gold)}"
            )


def wrong_names(field_name: str) -> Callable[[Document, Predicted], Iterator[str]]:
    def listed(document: Document, predicted: Predicted) -> Iterator[str]:
        for gold_index, index in match_entries(document.entries, predicted):
            gold, item = document.entries[gold_index], predicted[index]
            if not name_right(gold, item, field_name):
                guessed = " (guessed)" if item.get(f"{field_name}_guessed") else ""
                yield (
                    f"#{gold_index + 1}: gold {gold[field_name]!r} got"
                    f" {item.get(field_name)!r}{guessed} · {_item_text(item)}"
                )

    return listed


def leaks(document: Document, predicted: Predicted) -> Iterator[str]:
    for block in document.gold.get("boilerplate", []):
        if leaked(block, predicted):
            yield f"leaked: {_shown(block)}"


FIGURES: dict[str, Callable[[Document, Predicted], Iterator[str]]] = {
    "missed": missed,
    "extra": extra,
    "time": wrong_times,
    "speaker": wrong_names("speaker"),
    "source": wrong_names("source"),
    "leaks": leaks,
}


def mistakes(documents: list[Document], figure: str) -> Iterator[str]:
    """One line per mistake, each led by its document's id; a refusal is one too."""
    listed = FIGURES[figure]
    for document in documents:
        predicted, error = run_importer(document)
        if error:
            yield f"{document.id} refused: {error}"
        for line in listed(document, predicted):
            yield f"{document.id} {line}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("figure", choices=sorted(FIGURES))
    parser.add_argument("prefix", nargs="?", default="", help="only documents whose id starts so")
    args = parser.parse_args(argv)
    setup_django()
    documents = [doc for doc in load_documents(CORPUS) if doc.id.startswith(args.prefix)]
    count = 0
    for line in mistakes(documents, args.figure):
        print(line)
        count += 1
    print(f"{count} lines from {len(documents)} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

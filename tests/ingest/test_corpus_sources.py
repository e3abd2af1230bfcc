"""The corpus's register: every document has one row in SOURCES.md naming its origin, the
hold-out rows and files agree, and the hold-out is at least a fifth of the corpus."""

from pathlib import Path

from .scoring import CORPUS, HOLDOUT

COLUMNS = 7  # id, outlet, origin, published, lang, messy, what is in it


def register() -> dict[str, list[str]]:
    rows = {}
    for line in (CORPUS / "SOURCES.md").read_text("utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        if line.startswith("| ") and len(cells) == COLUMNS and cells[0] not in ("id", "---"):
            assert cells[0] not in rows, f"two rows for {cells[0]}"
            rows[cells[0]] = cells
    return rows


def documents(folder: Path) -> set[str]:
    return {path.stem for path in folder.glob("*.txt")}


def test_every_document_has_one_row_with_its_origin_and_date():
    rows = register()
    assert set(rows) == documents(CORPUS) | documents(HOLDOUT)
    assert all(row[2] and row[3] and row[4] in ("de", "en") for row in rows.values())


def test_the_rows_marked_holdout_are_the_held_back_documents_and_a_fifth_at_least():
    rows = register()
    marked = {name for name, row in rows.items() if row[6].startswith("holdout")}
    assert marked == documents(HOLDOUT)
    assert len(marked) * 5 >= len(rows)

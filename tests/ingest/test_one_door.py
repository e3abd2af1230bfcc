"""The import's one door: no module of the importer writes an ImportBatch or an entry itself;
every such write goes through summit.ticker.services (issue: one door for writes)."""

import re
from pathlib import Path

import pytest

INGEST = Path(__file__).resolve().parents[2] / "summit" / "ingest"
WRITES = re.compile(
    r"\.save\(|\.delete\(|\.objects\.(create|bulk_create|update)\b|\)\.update\("
    r"|\b(batch|locked|entry)\.(status|report|excluded|options|drafts|applied_at|undone_at)\s*=(?!=)"
)
# Creating unknown speakers, sources and tags is the resolver's job (names, not entries).
NAMES = "return model.objects.bulk_create(objects)"


@pytest.mark.parametrize("module", ["admin.py", "apply.py", "forms.py", "resolve.py", "tasks.py"])
def test_the_importer_writes_batches_and_entries_only_through_the_services(module):
    lines = (INGEST / module).read_text(encoding="utf-8").splitlines()
    writes = [
        f"{module}:{number}: {line.strip()}"
        for number, line in enumerate(lines, 1)
        if WRITES.search(line) and line.strip() != NAMES
    ]
    assert writes == []

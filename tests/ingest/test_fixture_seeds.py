"""The fixture is what importing the seeds gives: same titles, times, speakers and sources."""

import io
import json
from datetime import datetime
from pathlib import Path

from django.core.management import call_command

from summit.demo import curation
from summit.ingest.enrich import KnownNames

from .conftest import BERLIN, SEEDS, prepare

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "alaska_summit.json"


def fixture_entries() -> list[tuple]:
    """(title, time in Berlin, estimated, speaker, source) of every entry in the fixture."""
    records = json.loads(FIXTURE.read_text(encoding="utf-8"))
    names = {
        (record["model"], record["pk"]): record["fields"]["name"]
        for record in records
        if record["model"] in ("ticker.speaker", "ticker.source")
    }
    return sorted(
        (
            fields["title"],
            datetime.fromisoformat(fields["published_at"]).astimezone(BERLIN).isoformat(),
            fields["time_estimated"],
            names.get(("ticker.speaker", fields["speaker"])),
            names.get(("ticker.source", fields["source"])),
        )
        for fields in (record["fields"] for record in records if record["model"] == "ticker.entry")
    )


def imported_entries() -> list[tuple]:
    """The same of a fresh import of the seeds, with the recorded speaker corrections."""
    curation.curate_names()
    known = KnownNames.from_database()
    rows = []
    for filename, source in curation.SEED_IMPORTS:
        for draft in prepare((SEEDS / filename).read_bytes(), known, source=source).drafts:
            when = draft.published_at.astimezone(BERLIN).isoformat()
            speaker = curation.SPEAKER_CORRECTIONS.get(draft.title, draft.speaker)
            rows.append((draft.title, when, draft.time_estimated, speaker, draft.source))
    return sorted(rows)


def test_reimporting_the_seeds_gives_the_fixture(db):
    fixture = fixture_entries()
    assert len(fixture) == 18
    assert imported_entries() == fixture


def test_the_fixture_rebuilds_from_the_seeds_to_the_same_file(db, tmp_path):
    output = tmp_path / "alaska_summit.json"
    call_command("build_alaska_fixture", "--output", str(output), stdout=io.StringIO())
    rebuilt = json.loads(output.read_text(encoding="utf-8"))
    committed = json.loads(FIXTURE.read_text(encoding="utf-8"))
    # A field added to a model later is left to its default by loaddata; the rest is exact.
    for record in rebuilt:
        known = next(
            r for r in committed if (r["model"], r["pk"]) == (record["model"], record["pk"])
        )
        record["fields"] = {name: record["fields"][name] for name in known["fields"]}
    assert rebuilt == committed

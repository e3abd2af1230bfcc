"""import_ticker: the command-line contract, atomic and idempotent apply, bad input of every kind."""

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError

from summit.ticker.models import Entry, ImportBatch, Speaker, Ticker
from summit.ticker.services import imports

from ..editorial_helpers import make_editor
from .conftest import ARTICLE_SEED, REFERENCE, TICKER_SEED, database_state

REF = ["--reference-time", REFERENCE.isoformat()]
ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path, name: str, content: bytes | str) -> str:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


def test_dry_run_json_prints_only_the_entries(db, run_import):
    out, err = run_import(str(TICKER_SEED), "--dry-run", "--json", "--source", "RT DE", *REF)
    items = json.loads(out)
    assert len(items) == 17
    assert list(items[0]) == [
        "published_at", "time_estimated", "title", "body", "speaker", "source",
        "source_url", "tags", "external_id", "warnings",
    ]  # fmt: skip
    assert items[0]["published_at"] == "2025-08-14T21:15:00+02:00"
    assert items[0]["time_estimated"] is False
    assert all(item["time_estimated"] for item in items[1:])
    assert "Titel des Tickers" in err
    assert not Entry.objects.exists() and not ImportBatch.objects.exists()


def test_dry_run_json_round_trips_through_the_json_format(db, run_import, tmp_path):
    out, _err = run_import(str(TICKER_SEED), "--dry-run", "--json", "--source", "RT DE", *REF)
    again, _err = run_import(write(tmp_path, "export.json", out), "--dry-run", "--json", *REF)
    assert json.loads(again) == json.loads(out)


def test_import_applies_all_entries_with_one_revision_step(
    target, run_import, curated, django_user_model
):
    user = make_editor(django_user_model, "importer", "Chef vom Dienst")
    out, _err = run_import(
        str(TICKER_SEED), "--ticker", target.slug, "--source", "RT DE", "--tag", "Alaska",
        "--user", "importer", *REF,
    )  # fmt: skip
    assert "17 angelegt, 0 aktualisiert, 0 übersprungen" in out
    target.refresh_from_db()
    assert target.revision == 1
    entries = target.entries.all()
    assert {entry.revision for entry in entries} == {1}
    assert all(entry.status == Entry.Status.PUBLISHED for entry in entries)
    assert all("Alaska" in [tag.name for tag in entry.tags.all()] for entry in entries)
    assert {entry.origin for entry in entries} == {"RT DE, 14.08.2025"}
    assert Entry.history.filter(ticker_id=target.pk).count() == 17
    batch = ImportBatch.objects.get()
    assert batch.created_by == user and batch.status == ImportBatch.Status.APPLIED
    peskow = target.entries.get(title="Peskow: Besser keine Vorhersagen machen")
    assert peskow.speaker.name == "Dmitri Peskow" and peskow.source.name == "RT DE"


def test_importing_the_same_file_twice_creates_nothing_the_second_time(target, run_import):
    run_import(str(ARTICLE_SEED), "--ticker", target.slug, *REF)
    out, _err = run_import(str(ARTICLE_SEED), "--ticker", target.slug, *REF)
    assert "0 angelegt, 0 aktualisiert, 1 übersprungen" in out
    assert target.entries.count() == 1
    assert Speaker.objects.count() == 1  # the new speaker was not made twice


def test_a_known_external_id_with_changed_text_updates_that_entry(target, run_import, tmp_path):
    item = {"published_at": "2025-08-14T21:15:00+02:00", "title": "Putin landet", "body": "Erst.",
            "external_id": "dpa:1"}  # fmt: skip
    run_import(write(tmp_path, "a.json", json.dumps([item])), "--ticker", target.slug, *REF)
    entry = target.entries.get()
    changed = write(tmp_path, "b.json", json.dumps([item | {"body": "Jetzt mit mehr Text."}]))
    out, _err = run_import(changed, "--ticker", target.slug, *REF)
    assert "0 angelegt, 1 aktualisiert" in out
    entry.refresh_from_db()
    assert entry.body == "<p>Jetzt mit mehr Text.</p>"
    assert entry.revision == 2
    out, _err = run_import(changed, "--ticker", target.slug, *REF)
    assert "0 angelegt, 0 aktualisiert, 1 übersprungen" in out


def test_a_failure_mid_apply_leaves_no_trace(target, run_import, monkeypatch, curated):
    before = database_state()
    original = imports._create

    def create_then_fail(*args):
        original(*args)
        raise RuntimeError("disk full")

    monkeypatch.setattr(imports, "_create", create_then_fail)
    with pytest.raises(RuntimeError):
        run_import(str(TICKER_SEED), "--ticker", target.slug, "--tag", "Neu", *REF)
    assert database_state() == before


def test_drafts_status_and_unknown_ticker_and_user(target, run_import):
    run_import(str(ARTICLE_SEED), "--ticker", target.slug, "--status", "draft", *REF)
    assert target.entries.get().status == Entry.Status.DRAFT
    with pytest.raises(CommandError, match="Ticker „fehlt“ gibt es nicht"):
        run_import(str(ARTICLE_SEED), "--ticker", "fehlt", *REF)
    with pytest.raises(CommandError, match="Benutzer „niemand“"):
        run_import(str(ARTICLE_SEED), "--ticker", target.slug, "--user", "niemand", *REF)
    with pytest.raises(CommandError, match="--ticker"):
        run_import(str(ARTICLE_SEED), *REF)


BAD_DATES = "\n\n".join(
    [
        "31.02.2025 10:00 Uhr\n\nUnmögliches Datum\n\nDieser Eintrag hat ein Datum, das es nicht gibt.",
        "14.08.2025 25:61 Uhr\n\nUnmögliche Uhrzeit\n\nDiese Uhrzeit gibt es nicht.",
        "14.08.2031 10:00 Uhr\n\nAus der Zukunft\n\nDieser Eintrag liegt weit in der Zukunft.",
        "14.08.2025 10:00 Uhr\n\nGuter Eintrag\n\nDieser Eintrag ist in Ordnung.",
    ]
)


def test_bad_entries_refuse_the_whole_file_naming_them(target, run_import, tmp_path):
    before = database_state()
    with pytest.raises(CommandError) as caught:
        run_import(write(tmp_path, "bad.txt", BAD_DATES), "--ticker", target.slug, *REF)
    message = str(caught.value)
    assert "3 fehlerhafte Einträge" in message
    for name in ("Unmögliches Datum", "Unmögliche Uhrzeit", "Aus der Zukunft"):
        assert name in message
    assert "\n" not in message
    assert database_state() == before


def test_skip_invalid_imports_only_the_good_entries(target, run_import, tmp_path):
    out, _err = run_import(
        write(tmp_path, "bad.txt", BAD_DATES), "--ticker", target.slug, "--skip-invalid", *REF
    )
    assert "1 angelegt, 0 aktualisiert, 3 übersprungen" in out
    assert list(target.entries.values_list("title", flat=True)) == ["Guter Eintrag"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7\n\x00\x01\x02binary", "keine Textdatei"),
        (bytes(range(256)) * 10, "keine Textdatei"),
        (b"", "leer"),
        (b"   \n\n  ", "leer"),
        (b"x" * (5 * 1024 * 1024), "länger als 200.000 Zeichen"),
        (b'[{"title": "x"', "Kein gültiges JSON"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(target, run_import, tmp_path, content, message):
    before = database_state()
    with pytest.raises(CommandError, match=message) as caught:
        run_import(write(tmp_path, "input.bin", content), "--ticker", target.slug, *REF)
    assert "\n" not in str(caught.value)
    assert database_state() == before


def test_utf16_with_bom_and_cp1252_agency_copy_are_read_correctly(db, run_import, tmp_path):
    text = "14.08.2025 21:15 Uhr\n\nSzijjártó: Gipfel wird erfolgreich\n\nÜber die Grenzen hinweg „äußerte“ er sich.\n"
    utf16 = write(tmp_path, "utf16.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    out, _err = run_import(utf16, "--dry-run", "--json", *REF)
    assert json.loads(out)[0]["title"] == "Szijjártó: Gipfel wird erfolgreich"
    cp1252 = write(tmp_path, "agentur.txt", text.encode("cp1252"))
    out, err = run_import(cp1252, "--dry-run", "--json", *REF)
    item = json.loads(out)[0]
    assert item["title"] == "Szijjártó: Gipfel wird erfolgreich"
    assert "„äußerte“" in item["body"]
    assert "Windows-1252" in err


def test_exit_status_1_and_one_line_on_stderr_for_a_binary_file(tmp_path):
    path = write(tmp_path, "bild.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    done = subprocess.run(
        [sys.executable, "manage.py", "import_ticker", "--dry-run", path],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip().count("\n") == 0
    assert "keine Textdatei" in done.stderr


def test_reading_from_standard_input(db, run_import, monkeypatch):
    stdin = type("Stdin", (), {"buffer": __import__("io").BytesIO(ARTICLE_SEED.read_bytes())})()
    monkeypatch.setattr(sys, "stdin", stdin)
    out, _err = run_import("-", "--dry-run", "--json", *REF)
    assert json.loads(out)[0]["source"] == "dpa"
    assert not Ticker.objects.exists()

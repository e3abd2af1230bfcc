"""Benchmark: parse + enrich of a generated 10,000-entry ticker text.

Run as `python tests/bench/bench_import.py [ENTRIES]`. Reports entries per second of the
whole preparation (the target is at least 10,000), the share of its stages (parsing the
text, the rest of the pipeline with enrich) and the peak memory of the run (at most
200 MB for 100,000 entries); timings are measured here, never asserted in unit tests.
The time is taken without tracemalloc, whose bookkeeping slows Python down; a second run
measures the peak memory. CPU time is printed too: a busy machine hides wall time.

`python tests/bench/bench_import.py --command [ENTRIES]` times the whole
`manage.py import_ticker` of the same text instead, saving included (the target is at
most 5 s for 10,000 entries on SQLite), against a fresh SQLite database in a temporary
folder that holds the curated names.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
COMMAND = "--command" in sys.argv[1:]
if COMMAND:
    # Settings read the database from the environment: a fresh file, never the project's.
    WORK_DIR = tempfile.TemporaryDirectory(prefix="bench-import-")
    os.environ["DATABASE_URL"] = f"sqlite:///{WORK_DIR.name}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from summit.demo import curation  # noqa: E402
from summit.ingest.dates import DateReader  # noqa: E402
from summit.ingest.names import KnownNames, NameIndex, RoleIndex, TagMatcher  # noqa: E402
from summit.ingest.pipeline import ImportOptions, prepare_import  # noqa: E402
from summit.ingest.text import parse_ticker_text  # noqa: E402

BERLIN = ZoneInfo("Europe/Berlin")
START = dt.datetime(2025, 8, 15, 23, 59, tzinfo=BERLIN)

PARAGRAPHS = [
    "Kremlsprecher Dmitri Peskow warnte davor, Vorhersagen über das Ergebnis des Gipfels zu "
    "treffen. Die Vorbereitungen hätten trotz der Kürze der Zeit alle Erwartungen erfüllt.",
    "In einem Interview mit Fox News Radio sagte Trump, es gebe eine Chance von 25 Prozent, "
    "dass das Treffen kein Erfolg werde. Ein zweites Treffen sei möglich.",
    "Laut einer Umfrage des ZDF-Politbarometer ist die große Mehrheit der Deutschen skeptisch, "
    "dass es auf dem Gipfel zu einer Waffenruhe im Ukraine-Konflikt kommt.",
    '"Die europäischen Politiker sind nicht in der Lage, diese Situation zu lösen."',
    "Die maritime Grenze zwischen Russland und den Vereinigten Staaten ist Schauplatz vieler "
    "Übungen. Das Manöver ist, so die Presseberichterstattung, auf Russland gerichtet.",
]
HEADLINES = [
    "Peskow: Besser keine Vorhersagen machen",
    "Trump rechnet mit einem Erfolg",
    "Umfrage: Mehrheit ist skeptisch",
    "Szijjártó: Das Treffen wird erfolgreich sein",
    "Manöver rund um das Treffen",
]


def ticker_text(entries: int) -> str:
    """A newest-first ticker: day headings, times, headlines, paragraphs, lists and quotes."""
    parts = ["Liveticker Benchmark\n\nEin generierter Ticker zum Messen.\n"]
    day = None
    for number in range(entries):
        moment = START - dt.timedelta(minutes=3 * number)
        if moment.date() != day:
            day = moment.date()
            parts.append(f"{moment:%d.%m.%Y}\n")
        parts.append(f"{moment:%H:%M} Uhr\n\n{HEADLINES[number % 5]} ({number})\n")
        parts.append(PARAGRAPHS[number % 5] + "\n")
        parts.append(PARAGRAPHS[(number + 1) % 5] + "\n")
        if number % 7 == 0:
            parts.append("• Außenminister Sergej Lawrow\n• Finanzminister Anton Siluanow\n")
    return "\n".join(parts)


def known_names() -> KnownNames:
    """The curated Alaska names, built in memory so the benchmark needs no database."""
    speakers = [(name, aliases) for name, _role, aliases in curation.SPEAKERS]
    return KnownNames(
        speakers=NameIndex(speakers),
        sources=NameIndex((name, aliases) for name, _kind, _url, aliases in curation.SOURCES),
        roles=RoleIndex((name, role) for name, role, _aliases in curation.SPEAKERS),
        tags=TagMatcher(curation.TAGS),
    )


OPTIONS = ImportOptions(format="text", reference_time=START + dt.timedelta(hours=1), source="RT DE")


def run(raw: bytes) -> int:
    return len(prepare_import(raw, OPTIONS, known_names()).drafts)


def parse_only(text: str) -> float:
    """CPU seconds of the text parser alone, the part before checks and enrich."""
    reader = DateReader(zone=OPTIONS.zone, reference=OPTIONS.now)
    started = time.process_time()
    parse_ticker_text(text, reader)
    return time.process_time() - started


def run_command(entries: int) -> None:
    """The whole import_ticker, saving included, into a fresh SQLite database."""
    from django.core.management import call_command

    from summit.ticker.models import Entry, Ticker

    call_command("migrate", verbosity=0)
    curation.curate_names()
    Ticker.objects.create(slug="bench", title="Benchmark")
    path = Path(WORK_DIR.name) / "ticker.txt"
    path.write_text(ticker_text(entries), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    arguments = [str(path), "--ticker", "bench", "--source", "RT DE"]
    arguments += ["--reference-time", OPTIONS.now.isoformat()]
    started, started_cpu = time.perf_counter(), time.process_time()
    call_command("import_ticker", *arguments, stdout=out, stderr=err)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    saved = Entry.objects.count()
    print(f"import_ticker of {entries} entries into SQLite: {out.getvalue().strip()}")
    print(f"time: {elapsed:.2f} s, cpu {cpu:.2f} s (target <= 5 s for 10,000)")
    if saved != entries:
        sys.exit(f"expected {entries} saved entries, got {saved}")


def main() -> None:
    numbers = [argument for argument in sys.argv[1:] if argument != "--command"]
    entries = int(numbers[0]) if numbers else 10_000
    if COMMAND:
        run_command(entries)
        return
    raw = ticker_text(entries).encode("utf-8")
    run(ticker_text(20).encode("utf-8"))  # warm-up: imports, regex compilation

    started, started_cpu = time.perf_counter(), time.process_time()
    parsed = run(raw)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu

    parse_cpu = parse_only(raw.decode("utf-8"))

    tracemalloc.start()
    run(raw)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"input: {len(raw) / 1e6:.1f} MB, {parsed} entries parsed and enriched")
    print(f"time: {elapsed:.2f} s -> {parsed / elapsed:,.0f} entries/s (target >= 10,000)")
    print(f"cpu time: {cpu:.2f} s -> {parsed / cpu:,.0f} entries/s (what a busy machine hides)")
    print(
        f"of which parsing the text: {parse_cpu:.2f} s cpu ({parse_cpu / cpu:.0%},"
        f" {parsed / parse_cpu:,.0f} entries/s); checks, said_at and enrich: the rest"
    )
    print(f"peak memory (tracemalloc): {peak / 1e6:.1f} MB")
    if parsed != entries:
        sys.exit(f"expected {entries} entries, got {parsed}")


if __name__ == "__main__":
    main()

"""build_alaska_fixture: rebuild fixtures/alaska_summit.json from the seed texts.

Everything happens inside a transaction that is rolled back at the end, so the command
can run against any database without leaving anything behind; primary keys in the
output are renumbered from 1 and timestamps are taken from the entries, so the same
seeds and curation always give the same file.
"""

from __future__ import annotations

import json
from datetime import datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core import serializers
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.db.models import Q

from summit.demo import curation
from summit.ingest.apply import batch_apply, batch_create
from summit.ingest.drafts import UnreadableInput
from summit.ingest.pipeline import ImportOptions, prepare_import, reading_languages
from summit.ticker import services
from summit.ticker.models import Entry, Source, Speaker, Tag, Ticker

DEFAULT_SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"
DEFAULT_OUTPUT = Path(settings.BASE_DIR) / "fixtures" / "alaska_summit.json"


class _Rollback(Exception):
    """Raised to leave the transaction once the fixture has been serialised."""


class Command(BaseCommand):
    help = (
        "Baut fixtures/alaska_summit.json aus den Seed-Texten und der festgehaltenen Kuratierung."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
        parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            with transaction.atomic():
                records = self._build(options["seeds"])
                raise _Rollback
        except _Rollback:
            pass
        options["output"].write_text(
            json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        entries = sum(record["model"] == "ticker.entry" for record in records)
        self.stdout.write(f"{options['output'].name}: {entries} Einträge geschrieben.")

    def _build(self, seeds: Path) -> list[dict[str, Any]]:
        curation.curate_names()
        # A database that already holds the fixture gets a fresh ticker (rolled back anyway).
        for old in Ticker.objects.filter(slug=curation.TICKER["slug"]):
            services.ticker_delete(old)
        ticker = services.ticker_create(Ticker(**curation.TICKER))
        # The day the portal page of the dpa article was saved (its teasers say "vor 3 Minuten").
        reference = datetime.fromisoformat("2025-12-09T12:00:00+01:00")
        description = ""
        for filename, source in curation.SEED_IMPORTS:
            options = ImportOptions(
                format="text",
                time_zone=ticker.time_zone,
                languages=reading_languages(ticker.language),
                reference_time=reference,
                source=source,
            )
            try:
                prepared = prepare_import((seeds / filename).read_bytes(), options)
            except (OSError, UnreadableInput) as error:
                raise CommandError(f"{filename}: {error}") from error
            description = description or prepared.result.ticker_description
            batch_apply(batch_create(prepared, ticker, filename=filename))
        curation.curate_entries(ticker)
        ticker.refresh_from_db()
        ticker.description = description
        entries = list(ticker.entries.order_by("-published_at", "-position"))
        _settle_times(ticker, entries)
        return _renumbered(
            [
                *_serialised(_used_or_curated(Speaker, ticker, curation.SPEAKERS)),
                *_serialised(_used_or_curated(Source, ticker, curation.SOURCES)),
                *_serialised(_used_or_curated(Tag, ticker, curation.TAGS)),
                *_serialised([ticker]),
                *_serialised(entries),
            ]
        )


def _used_or_curated(model: type[Speaker | Source | Tag], ticker: Ticker, curated: Any) -> Any:
    names = [row[0] for row in curated]
    used = Q(entries__ticker=ticker)
    return model.objects.filter(Q(name__in=names) | used).distinct().order_by("pk")


def _serialised(objects: Any) -> list[dict[str, Any]]:
    return json.loads(serializers.serialize("json", objects))


def _settle_times(ticker: Ticker, entries: list[Entry]) -> None:
    """Fixed timestamps instead of "now" (in memory only), so rebuilding gives the same file."""
    zone = ZoneInfo(ticker.time_zone)
    newest, oldest = entries[0].published_at, entries[-1].published_at
    ticker.coverage_start = datetime.combine(oldest.astimezone(zone).date(), time(0), zone)
    ticker.created_at = ticker.updated_at = newest
    for entry in entries:
        entry.created_at = entry.updated_at = entry.published_at


def _renumbered(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Primary keys from 1 per model, and the entries' references rewritten to match."""
    mapping: dict[str, dict[Any, int]] = {}
    for record in records:
        numbers = mapping.setdefault(record["model"], {})
        numbers[record["pk"]] = len(numbers) + 1
    references = {"ticker": "ticker.ticker", "speaker": "ticker.speaker", "source": "ticker.source"}
    for record in records:
        record["pk"] = mapping[record["model"]][record["pk"]]
        if record["model"] != "ticker.entry":
            continue
        fields = record["fields"]
        for name, model in references.items():
            if fields.get(name) is not None:
                fields[name] = mapping[model][fields[name]]
        fields["tags"] = sorted(mapping["ticker.tag"][pk] for pk in fields["tags"])
        fields["import_batch"] = fields["created_by"] = fields["updated_by"] = None
    return records

"""import_ticker: parse, enrich and apply an import from a file or standard input."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from summit.ingest.apply import ImportRefused, batch_apply, batch_create
from summit.ingest.collector import cycle_collection_paused
from summit.ingest.drafts import UnreadableInput
from summit.ingest.pipeline import (
    LANGUAGES,
    ImportOptions,
    Prepared,
    check_time_zone,
    prepare_import,
    reading_languages,
)
from summit.ticker import policy
from summit.ticker.models import Ticker
from summit.ticker.policy import NotAllowed


class Command(BaseCommand):
    help = (
        "Importiert Tickertext, Agenturmeldungen, JSON, ninjs, CSV oder RSS/Atom in einen Ticker. "
        "Mit --dry-run --json werden die erkannten Einträge als JSON ausgegeben; "
        "ein Eintrag, dessen Text den Tag einer Aussage nennt, hat zusätzlich „said_at“ "
        "(„2025-08-13“, oder mit Uhrzeit nach ISO 8601)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", metavar="FILE|-", help="Datei, oder - für die Standardeingabe")
        parser.add_argument("--ticker", metavar="SLUG", help="Ziel-Ticker (zum Speichern nötig)")
        parser.add_argument(
            "--format", default="auto", choices=["auto", "text", "json", "csv", "rss", "ninjs"]
        )
        parser.add_argument(
            "--reference-time", metavar="ISO8601", help="„Jetzt“ für relative Zeiten"
        )
        parser.add_argument(
            "--timezone", metavar="ZONE", help="Zeitzone (Standard: die des Tickers)"
        )
        parser.add_argument(
            "--source", metavar="NAME", help="Quelle für Einträge, die keine nennen"
        )
        parser.add_argument(
            "--tag",
            metavar="NAME",
            action="append",
            default=[],
            help="Schlagwort für jeden Eintrag",
        )
        parser.add_argument("--status", default="published", choices=["published", "draft"])
        parser.add_argument(
            "--user",
            metavar="USERNAME",
            help="Wer importiert: dessen Rechte gelten wie in der Redaktion (ohne: volle Rechte)",
        )
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Fehlerhafte Einträge überspringen"
        )
        parser.add_argument("--dry-run", action="store_true", help="Nur anzeigen, nichts speichern")
        parser.add_argument("--json", action="store_true", help="Ausgabe als JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        with cycle_collection_paused():
            self._import(options)

    def _import(self, options: dict[str, Any]) -> None:
        ticker = self._ticker(options["ticker"], required=not options["dry_run"])
        user = self._user(options["user"])
        if user is not None and not policy.may_import(user):
            raise CommandError(f"{user.get_username()} darf nicht importieren.")
        status = policy.import_status_for(user, options["status"])
        if status != options["status"]:
            self.stderr.write(
                f"{user.get_username()} darf nicht veröffentlichen: die Einträge werden Entwürfe."
            )
            options["status"] = status
        import_options = self._options(options, ticker)
        raw = self._read(options["file"])
        try:
            prepared = prepare_import(raw, import_options)
        except UnreadableInput as error:
            raise CommandError(str(error)) from error
        for note in prepared.notes:
            self.stderr.write(note)
        for skipped in prepared.result.skipped:
            self.stderr.write(f"übersprungen ({skipped.reason}): {skipped.text[:100]}")
        refusal = prepared.refusal()
        if refusal:
            raise CommandError(refusal)
        if options["dry_run"]:
            self._show(prepared, as_json=options["json"])
            return
        assert ticker is not None  # _ticker requires one unless --dry-run
        self._apply(prepared, ticker, user, options)

    # -- arguments ------------------------------------------------------------------

    def _ticker(self, slug: str | None, *, required: bool) -> Ticker | None:
        if slug is None:
            if required:
                raise CommandError("Zum Speichern fehlt --ticker SLUG (nur --dry-run geht ohne).")
            return None
        try:
            return Ticker.objects.get(slug=slug)
        except Ticker.DoesNotExist as error:
            raise CommandError(
                f"Ticker „{slug}“ gibt es nicht; bitte zuerst in der Redaktion anlegen."
            ) from error

    def _user(self, username: str | None):
        if username is None:
            return None
        try:
            return get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist as error:
            raise CommandError(f"Benutzer „{username}“ gibt es nicht.") from error

    def _options(self, options: dict[str, Any], ticker: Ticker | None) -> ImportOptions:
        try:
            zone = check_time_zone(
                options["timezone"] or (ticker.time_zone if ticker else "Europe/Berlin")
            )
        except UnreadableInput as error:
            raise CommandError(str(error)) from error
        reference = None
        if options["reference_time"]:
            try:
                reference = datetime.fromisoformat(options["reference_time"])
            except ValueError as error:
                raise CommandError(
                    f"--reference-time „{options['reference_time']}“ ist kein ISO-8601-Zeitpunkt."
                ) from error
            if reference.tzinfo is None:
                reference = reference.replace(tzinfo=ZoneInfo(zone))
        return ImportOptions(
            format=options["format"],
            time_zone=zone,
            languages=reading_languages(ticker.language) if ticker else LANGUAGES,
            reference_time=reference,
            source=options["source"],
            tags=tuple(options["tag"]),
            status=options["status"],
            skip_invalid=options["skip_invalid"],
            # Pictures named in the file are read relative to it.
            base_dir=None
            if options["file"] == "-"
            else str(Path(options["file"]).absolute().parent),
        )

    def _read(self, name: str) -> bytes:
        if name == "-":
            return sys.stdin.buffer.read()
        try:
            return Path(name).read_bytes()
        except OSError as error:
            raise CommandError(
                f"Datei „{name}“ kann nicht gelesen werden: {error.strerror}."
            ) from error

    # -- output ---------------------------------------------------------------------

    def _show(self, prepared: Prepared, *, as_json: bool) -> None:
        drafts = [draft for draft in prepared.drafts if not draft.errors]
        for draft in prepared.invalid:
            self.stderr.write(f"übersprungen (fehlerhaft): {draft.label}: {' '.join(draft.errors)}")
        zone = prepared.options.zone
        if as_json:
            items = [draft.to_schema(zone) for draft in drafts]
            self.stdout.write(json.dumps(items, ensure_ascii=False, indent=2))
            for draft in drafts:
                for kind, name, new in (
                    ("Sprecher", draft.speaker, draft.new_speaker),
                    ("Quelle", draft.source, draft.new_source),
                ):
                    if new:
                        self.stderr.write(f"{draft.label}: {kind} „{name}“ wird neu angelegt")
            return
        for draft in drafts:
            when = (
                draft.published_at.astimezone(zone).strftime("%d.%m.%Y %H:%M")
                if draft.published_at
                else "—"
            )
            mark = " (geschätzt)" if draft.time_estimated else ""
            speaker = (draft.speaker or "—") + (" (neu)" if draft.new_speaker else "")
            source = (draft.source or "—") + (" (neu)" if draft.new_source else "")
            self.stdout.write(f"{draft.index:>4}  {when}{mark}  {draft.title or '…'}")
            self.stdout.write(
                f"      Sprecher: {speaker} · Quelle: {source} · Schlagwörter: {', '.join(draft.tags) or '—'}"
            )
            for warning in draft.warnings:
                self.stdout.write(f"      Hinweis: {warning}")

    def _apply(self, prepared: Prepared, ticker: Ticker, user, options: dict[str, Any]) -> None:
        """Batch and entries in one transaction: a failure leaves no batch behind either."""
        filename = "" if options["file"] == "-" else Path(options["file"]).name
        try:
            with transaction.atomic():
                batch = batch_create(prepared, ticker, by=user, filename=filename)
                report = batch_apply(batch, by=user, drafts=prepared.drafts)
        except (ImportRefused, NotAllowed) as error:
            raise CommandError(str(error)) from error
        if options["json"]:
            self.stdout.write(
                json.dumps({"batch": batch.pk, **report.to_storage()}, ensure_ascii=False)
            )
        else:
            self.stdout.write(f"Import #{batch.pk}: {report.summary()}.")

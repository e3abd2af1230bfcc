"""Apply a previewed import: resolve its names, then write it through the services; and undo it.

Both the command and the admin come here. This module reads and resolves: which drafts
were chosen, which speakers, sources and tags they name (unknown ones are created here,
in one query each). The entries themselves are written by services.import_entries, in one
transaction and one revision step, idempotent (a re-import creates nothing). The rights
of whoever applies count, not of whoever made the preview.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.dispatch import Signal
from django.utils.translation import gettext as _

from summit.ingest.drafts import EntryDraft
from summit.ingest.pipeline import ImportOptions, Prepared
from summit.ingest.resolve import resolve_rows
from summit.media.imports import ImageNotReadable, read_images, store_images
from summit.media.post_imports import read_posts, store_posts
from summit.ticker import policy, services
from summit.ticker.models import Entry, ImportBatch, Ticker
from summit.ticker.policy import Actor
from summit.ticker.services.batches import (  # noqa: F401 (the admin and the tasks import them here)
    ImportRefused,
    batch_mark_failed,
    batch_undo,
)
from summit.ticker.tasks import plan_publication


@dataclass
class ApplyReport:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    restored: list[int] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)
    new_speakers: list[str] = field(default_factory=list)
    new_sources: list[str] = field(default_factory=list)
    new_tags: list[str] = field(default_factory=list)

    def skip(self, draft: EntryDraft, reason: str) -> None:
        self.skipped.append({"index": draft.index, "title": draft.title, "reason": reason})

    def to_storage(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "restored": self.restored,
            "skipped": self.skipped,
            "new_speakers": self.new_speakers,
            "new_sources": self.new_sources,
            "new_tags": self.new_tags,
        }

    def summary(self) -> str:
        n = {key: len(getattr(self, key)) for key in ("created", "updated", "restored", "skipped")}
        if not self.restored:
            return _("%(created)s angelegt, %(updated)s aktualisiert, %(skipped)s übersprungen") % n
        return (
            _(
                "%(created)s angelegt, %(updated)s aktualisiert, %(restored)s wiederhergestellt, "
                "%(skipped)s übersprungen"
            )
            % n
        )


def batch_create(
    prepared: Prepared,
    ticker: Ticker,
    *,
    by: Actor = None,
    filename: str = "",
) -> ImportBatch:
    """Keep a parsed import on the server as a preview, so a confirmation posts only choices."""
    return services.batch_create(
        ticker,
        by=by,
        filename=filename,
        raw_input=prepared.text,
        options=prepared.options.to_storage(),
        **preview_contents(prepared, ticker),
    )


def preview_contents(prepared: Prepared, ticker: Ticker) -> dict[str, Any]:
    """What a batch keeps of a parsed import: its format, drafts and the report's first part
    (for batch_create here, and services.batch_fill_preview when a task read the input)."""
    result = prepared.result
    _mark_changes_to_shown_entries(prepared.drafts, ticker)
    return {
        "format": result.format,
        "drafts": [draft.to_storage() for draft in prepared.drafts],
        "report": {
            "input_skipped": [skipped.to_storage() for skipped in result.skipped],
            "notes": prepared.notes,
            "ticker_title": result.ticker_title,
            "ticker_description": result.ticker_description,
            "document_source": result.document_source,
        },
    }


def _mark_changes_to_shown_entries(drafts: list[EntryDraft], ticker: Ticker) -> None:
    """Warn in the preview where a draft would change an entry that is no longer a draft:
    only a user who may publish can apply that change; for anyone else the row is skipped."""
    external_ids = {draft.external_id for draft in drafts if draft.external_id}
    shown = set(
        ticker.entries.filter(external_id__in=external_ids)
        .exclude(status=Entry.Status.DRAFT)
        .values_list("external_id", flat=True)
    )
    for draft in drafts:
        if draft.external_id in shown:
            draft.warn(
                _(
                    "Ändert einen schon veröffentlichten oder zurückgezogenen Eintrag; "
                    "übernommen nur von jemandem, der veröffentlichen darf."
                )
            )


def batch_drafts(batch: ImportBatch) -> list[EntryDraft]:
    return [EntryDraft.from_storage(data) for data in batch.drafts]


def batch_plan(
    batch: ImportBatch, drafts: list[EntryDraft], *, by: Actor, restore_withdrawn: bool
) -> services.ImportPlan:
    """What applying these drafts now would do, for the preview (nothing written, no names
    created: matching needs only the content and the external id)."""
    rows = [
        services.ImportRow(
            entry=Entry(title=draft.title, body=draft.body, external_id=draft.external_id),
            tags=[],
            index=draft.index,
        )
        for draft in drafts
        if not draft.errors
    ]
    return services.import_plan(batch.ticker, rows, by=by, restore_withdrawn=restore_withdrawn)


# Sent after a batch was applied, for the operators' metrics (summit.ops): seconds, entries
# written, input_bytes.
batch_applied = Signal()


def batch_apply(
    batch: ImportBatch, *, by: Actor = None, drafts: list[EntryDraft] | None = None
) -> ApplyReport:
    """Save the batch's drafts (less the excluded ones) as entries, all or nothing.

    `drafts`: the batch's drafts, for a caller that made the batch from them a moment ago
    (the command line), so thousands of them are not read back from it.
    Raises ImportRefused when the batch cannot be applied as it stands, and
    policy.NotAllowed when the user may not do what it would do.
    """
    started = time.perf_counter()
    with transaction.atomic():
        locked = services.batch_lock_open(batch, with_drafts=drafts is None)
        policy.require(
            policy.may_apply_import(by, locked),
            _(
                "Dieser Import veröffentlicht Einträge; übernehmen darf ihn nur, wer veröffentlichen darf."
            ),
        )
        options = ImportOptions.from_storage(locked.options)
        if options.take_ticker_head:
            policy.require(
                policy.may_change_ticker(by, locked.ticker),
                _(
                    "Titel und Beschreibung des Tickers ändern darf nur, wer Ticker bearbeiten darf."
                ),
            )
        report = ApplyReport()
        # Read once: thousands of drafts cost a noticeable moment.
        stored = batch_drafts(locked) if drafts is None else drafts
        chosen = _chosen_drafts(locked, stored, options, report)
        rows = resolve_rows(
            chosen,
            options,
            _origin(locked, stored, options),
            report.new_speakers,
            report.new_sources,
            report.new_tags,
        )
        pictures = _read_pictures(chosen, options)
        posts = {draft.index: read_posts(draft.embeds) for draft in chosen if draft.embeds}
        outcome = services.import_entries(
            locked.ticker,
            rows,
            batch=locked,
            by=by,
            status=options.status,
            restore_withdrawn=options.restore_withdrawn,
        )
        _store_pictures(rows, pictures, set(outcome.created))
        _store_posts(rows, posts, set(outcome.created))
        _plan_publications(rows, set(outcome.created))
        report.created, report.updated = outcome.created, outcome.updated
        report.restored = outcome.restored
        report.skipped.extend(outcome.skipped)
        if options.take_ticker_head:
            _take_ticker_head(locked, by)
        services.batch_mark_applied(locked, report.to_storage())
    _refresh_applied(batch, locked)
    batch_applied.send(
        ImportBatch,
        seconds=time.perf_counter() - started,
        entries=len(report.created) + len(report.updated),
        input_bytes=len(batch.raw_input.encode()),
    )
    return report


# What applying never changes, and reading again would cost a noticeable moment (thousands
# of drafts): the caller's batch takes them from the copy read under the lock.
_KEPT_WHEN_APPLIED = ("raw_input", "drafts")


def _refresh_applied(batch: ImportBatch, locked: ImportBatch) -> None:
    """The caller's batch as applying left it (drafts it passed stay as they are)."""
    for name in set(_KEPT_WHEN_APPLIED) - locked.get_deferred_fields():
        setattr(batch, name, getattr(locked, name))
    batch.refresh_from_db(
        fields=[
            field.attname
            for field in ImportBatch._meta.concrete_fields
            if not field.primary_key and field.attname not in _KEPT_WHEN_APPLIED
        ]
    )


def _plan_publications(rows: list, created: set[int]) -> None:
    """Planned entries are published by the same task as the composer's, at their time."""
    for row in rows:
        if row.entry.pk in created and row.entry.publish_at is not None:
            plan_publication(row.entry.publish_at)


def _read_pictures(drafts: list[EntryDraft], options: ImportOptions) -> dict[int, list]:
    """Every picture the drafts name, read and checked before anything is written."""
    publishing = options.status == Entry.Status.PUBLISHED
    try:
        return {
            draft.index: read_images(draft.images, options.base_dir, publishing=publishing)
            for draft in drafts
            if draft.images
        }
    except ImageNotReadable as error:
        raise ImportRefused(
            _("Bild nicht übernommen, nichts importiert: %(error)s") % {"error": error}
        ) from error


def _store_pictures(rows: list, pictures: dict[int, list], created: set[int]) -> None:
    """Pictures go with new entries (an update keeps the pictures its entry has)."""
    for row in rows:
        if row.index in pictures and row.entry.pk in created:
            store_images(row.entry, pictures[row.index])


def _store_posts(rows: list, posts: dict[int, list], created: set[int]) -> None:
    """Post cards go with new entries, as pictures do."""
    for row in rows:
        if row.index in posts and row.entry.pk in created:
            store_posts(row.entry, posts[row.index])


def ticker_head_differs(batch: ImportBatch) -> bool:
    """Whether the input's title and intro would change the target ticker's."""
    report, ticker = batch.report or {}, batch.ticker
    title = report.get("ticker_title") or ""
    description = report.get("ticker_description") or ""
    return bool(title) and (title, description) != (ticker.title, ticker.description)


def _take_ticker_head(batch: ImportBatch, by: Actor) -> None:
    batch.ticker.refresh_from_db()
    if not ticker_head_differs(batch):
        return
    services.ticker_update(
        batch.ticker,
        by=by,
        title=batch.report["ticker_title"][: Ticker._meta.get_field("title").max_length],
        description=batch.report.get("ticker_description") or "",
    )


def _chosen_drafts(
    batch: ImportBatch, stored: list[EntryDraft], options: ImportOptions, report: ApplyReport
) -> list[EntryDraft]:
    excluded = set(batch.excluded)
    chosen, invalid = [], []
    for draft in stored:
        if draft.index in excluded:
            report.skip(draft, _("vom Redakteur ausgelassen"))
        elif draft.errors:
            invalid.append(draft)
            report.skip(draft, " ".join(draft.errors))
        else:
            chosen.append(draft)
    if invalid and not options.skip_invalid:
        named = "; ".join(f"{draft.label}: {' '.join(draft.errors)}" for draft in invalid[:10])
        raise ImportRefused(
            _("Fehlerhafte Einträge, nichts übernommen: %(named)s") % {"named": named}
        )
    return chosen


def _origin(batch: ImportBatch, stored: list[EntryDraft], options: ImportOptions) -> str:
    """Where the entries come from: "Reuters, 14.08.2025" (publisher, date of the newest entry)."""
    publisher = options.source or batch.report.get("document_source")
    dates = [draft.published_at for draft in stored if draft.published_at]
    if not publisher:
        return ""
    if not dates:
        return publisher
    return f"{publisher}, {max(dates).astimezone(options.zone):%d.%m.%Y}"

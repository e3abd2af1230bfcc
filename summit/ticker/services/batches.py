"""An import's life as an ImportBatch: preview -> applied (or failed) -> undone; and its scrubbing.

Every change of a batch's state happens here, so the admin, the command line, the
background work and the legal purge move a batch the same way. The text of a legally
removed entry is scrubbed from the imports it came from (see erasure.py for how).
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from summit.ticker import erasure, policy
from summit.ticker.models import Entry, ImportBatch, Ticker
from summit.ticker.policy import Actor

OPEN_STATES = (ImportBatch.Status.PREVIEW, ImportBatch.Status.FAILED)


class ImportRefused(Exception):
    """The import cannot be applied or undone as it stands; the message says why, in one line."""


def batch_create(
    ticker: Ticker,
    *,
    by: Actor,
    format: str,
    raw_input: str,
    options: dict[str, Any],
    drafts: list[dict[str, Any]],
    report: dict[str, Any],
    filename: str = "",
) -> ImportBatch:
    """Keep a parsed import as a preview, so a confirmation posts only the editor's choices."""
    return ImportBatch.objects.create(
        ticker=ticker,
        created_by=by if by is not None and by.is_authenticated else None,
        format=format,
        filename=filename[: ImportBatch._meta.get_field("filename").max_length],
        raw_input=raw_input,
        options=options,
        drafts=drafts,
        report=report,
    )


def batch_fill_preview(
    batch: ImportBatch, *, format: str, drafts: list[dict[str, Any]], report: dict[str, Any]
) -> None:
    """A batch whose input was read later (by a task) gets its preview and its new report."""
    with transaction.atomic():
        locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        locked.format, locked.drafts = format, drafts
        locked.report = {**report, "error": ""}
        locked.save(update_fields=["format", "drafts", "report"])
    batch.refresh_from_db()


def batch_keep_preview(
    batch: ImportBatch, *, format: str, drafts: list[dict[str, Any]], report: dict[str, Any]
) -> None:
    """A task read the batch's input: its preview replaces the mark of the reading run."""
    report = {**_without(batch.report, "reading"), **report}
    batch_fill_preview(batch, format=format, drafts=drafts, report=report)


def batch_mark_unreadable(batch_id: int, message: str) -> ImportBatch:
    """The input could not be read (by a task): the batch fails with the reason, no longer
    marked as being read."""
    with transaction.atomic():
        batch = ImportBatch.objects.select_for_update().get(pk=batch_id)
        batch.report = _without(batch.report, "reading")
        batch_mark_failed(batch, message, unreadable=True)
    return batch


def batch_mark_queued(batch: ImportBatch, mark: dict[str, Any]) -> None:
    """Keep on the (locked) batch the mark of a run handed to the queue: the task's id, whose
    rights it applies, since when it is pending."""
    batch.report = {**batch.report, **mark}
    batch.save(update_fields=["report"])


def batch_choose(
    batch: ImportBatch,
    *,
    shown: set[int],
    excluded: set[int],
    options: dict[str, Any] | None = None,
) -> None:
    """The editor's choices on one page of the preview: which of the `shown` drafts to leave
    out (choices on other pages stay), and, on confirming, the options to apply with."""
    batch.excluded = sorted((set(batch.excluded) - shown) | (excluded & shown))
    fields = ["excluded"]
    if options is not None:
        batch.options = {**batch.options, **options}
        fields.append("options")
    batch.save(update_fields=fields)


def batch_lock_open(batch: ImportBatch, *, with_drafts: bool = True) -> ImportBatch:
    """The batch re-read under a row lock, refused unless it may still be applied; without
    its drafts (read when used) for a caller that has them.

    Call inside a transaction: the lock keeps a second apply out until this one ends.
    """
    batches = ImportBatch.objects.select_for_update()
    locked = (batches if with_drafts else batches.defer("drafts")).get(pk=batch.pk)
    if locked.status not in OPEN_STATES:
        raise ImportRefused(_("Dieser Import wurde bereits übernommen."))
    return locked


def batch_mark_applying(batch: ImportBatch) -> ImportBatch:
    """Mark a batch as handed to the background work; refuses a second start."""
    with transaction.atomic():
        locked = batch_lock_open(batch)
        if (locked.report or {}).get("applying"):
            raise ImportRefused(_("Dieser Import wird bereits übernommen."))
        locked.report = {**locked.report, "applying": timezone.now().isoformat(), "error": ""}
        locked.save(update_fields=["report"])
    batch.refresh_from_db()
    return batch


def batch_mark_applied(batch: ImportBatch, outcome: dict[str, Any]) -> None:
    """The batch is applied: keep what it did (created, updated, skipped, new names)."""
    batch.status = ImportBatch.Status.APPLIED
    batch.applied_at = timezone.now()
    batch.report = {**_without_applying(batch.report), **outcome, "error": ""}
    batch.save(update_fields=["status", "applied_at", "report"])


def batch_mark_failed(batch: ImportBatch, message: str, **report: Any) -> None:
    """Record why applying (or reading) failed, after the rollback, so the batch page can say
    so; `report` adds marks of its own (e.g. unreadable=True)."""
    ImportBatch.objects.filter(pk=batch.pk).update(
        status=ImportBatch.Status.FAILED,
        report={**_without_applying(batch.report), **report, "error": message},
    )
    batch.refresh_from_db()


def _without_applying(report: dict[str, Any]) -> dict[str, Any]:
    """The report less the mark of a background run in progress."""
    return _without(report, "applying")


def _without(report: dict[str, Any], key: str) -> dict[str, Any]:
    return {name: value for name, value in (report or {}).items() if name != key}


def batch_undo_entries(batch: ImportBatch) -> list[Entry]:
    """The entries an undo would withdraw: those the batch created and that still show."""
    return list(
        Entry.objects.filter(import_batch=batch, pk__in=_brought_in(batch.report or {})).exclude(
            status=Entry.Status.WITHDRAWN
        )
    )


def _brought_in(report: dict[str, Any]) -> list[int]:
    """The entries an import made show: those it created and those it brought back."""
    return [*report.get("created", []), *report.get("restored", [])]


def batch_undo(batch: ImportBatch, *, by: Actor = None) -> int:
    """Withdraw the entries this batch created (never deleted); the revision moves once.

    An editor without the publish permission may undo only while every entry it would
    withdraw is still a draft: withdrawing a published entry is a chief's decision.
    """
    from summit.ticker.services import entries_update

    with transaction.atomic():
        locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if locked.status != ImportBatch.Status.APPLIED:
            raise ImportRefused(_("Nur ein übernommener Import kann zurückgenommen werden."))
        entries = batch_undo_entries(locked)
        policy.require(
            policy.may_undo_import(by, locked, entries),
            _(
                "Dieser Import enthält inzwischen veröffentlichte Einträge; "
                "zurücknehmen darf ihn nur, wer veröffentlichen darf."
            ),
        )
        withdrawn = (
            entries_update(
                entries,
                by=by,
                status=Entry.Status.WITHDRAWN,
                # Re-read under the ticker lock: a chief may have published one meanwhile.
                only_status=_undoable_statuses(by),
            )
            if entries
            else 0
        )
        locked.status = ImportBatch.Status.UNDONE
        locked.undone_at = timezone.now()
        locked.save(update_fields=["status", "undone_at"])
    batch.refresh_from_db()
    return withdrawn


def _undoable_statuses(by: Actor) -> list[str]:
    if policy.may_publish(by):
        return [Entry.Status.DRAFT, Entry.Status.PUBLISHED]
    return [Entry.Status.DRAFT]


def batch_scrub_entry(entry: Entry, versions: list[erasure.Version]) -> list[ImportBatch]:
    """Remove a legally removed entry's text from every import of its ticker that holds it."""
    scrubbed = []
    for batch in ImportBatch.objects.filter(ticker_id=entry.ticker_id).order_by("pk"):
        if erasure.scrub_batch(batch, entry, versions):
            batch.save(update_fields=["raw_input", "drafts", "report"])
            scrubbed.append(batch)
    return scrubbed

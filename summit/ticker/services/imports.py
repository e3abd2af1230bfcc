"""Many entries written in one revision step: the door the importer goes through.

The importer reads and resolves (names, times, tags) and hands over unsaved entries;
here they are prepared (the same Entry.prepare_content as every single save), checked
against the policy, matched against what the ticker already has, and written with
history and tag links. Idempotent: an entry whose external_id is known is updated when
its content changed and skipped when not; one without is skipped when an entry with
the same fingerprint exists. Text removed for legal reasons never comes back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from summit.ticker import policy
from summit.ticker.models import Entry, EntryPurge, ImportBatch, Tag, Ticker
from summit.ticker.policy import Actor
from summit.ticker.services.revisions import entry_stamp, ticker_revision
from summit.ticker.services.rows import db_value, insert_new, insert_prepared

BULK_SIZE = 500


@dataclass
class ImportRow:
    """One entry to import: its content set on an unsaved Entry, its tags, where it came from."""

    entry: Entry
    tags: list[Tag]
    index: int


@dataclass
class ImportOutcome:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    restored: list[int] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)

    def skip(self, row: ImportRow, reason: str) -> None:
        self.skipped.append({"index": row.index, "title": row.entry.title, "reason": reason})


@dataclass
class ImportPlan:
    """What an import would do, row by row, before anything is written (the preview's dry run).

    `restorable`: rows matching an entry an undone import withdrew, which the user may bring
    back (they are skipped unless bringing back was chosen).
    """

    new: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    restored: list[int] = field(default_factory=list)
    restorable: list[int] = field(default_factory=list)
    skipped: list[dict[str, Any]] = field(default_factory=list)

    def reasons(self) -> dict[int, str]:
        return {item["index"]: item["reason"] for item in self.skipped}


NEW, UPDATE, RESTORE, SKIP = "new", "update", "restore", "skip"


def import_entries(
    ticker: Ticker,
    rows: list[ImportRow],
    *,
    batch: ImportBatch | None,
    by: Actor,
    status: str,
    restore_withdrawn: bool = False,
) -> ImportOutcome:
    """Create new entries and update known ones, all in one revision step of the ticker.

    New entries get `status`, which needs the publish permission unless it is draft. A known
    entry that is no longer a draft is changed only for a user who may edit it; for anyone
    else its row is skipped with the reason (a published text is never rewritten quietly).
    With `restore_withdrawn`, a user who may publish brings back (with `status`, now part
    of `batch`) the entries an undone import withdrew that rows match; otherwise those rows
    are skipped and the reason says why. The ticker is locked only for matching and
    writing; preparing the content comes first.
    """
    policy.require(
        status == Entry.Status.DRAFT or policy.may_publish(by),
        _(
            "Veröffentlichen darf nur, wer die Berechtigung dazu hat; bitte als Entwurf importieren."
        ),
    )
    user = by if by is not None and by.is_authenticated else None
    for row in rows:
        # A planned entry waits as a draft, as one planned in the composer (entry_schedule).
        row.entry.status = Entry.Status.DRAFT if row.entry.publish_at else status
        row.entry.import_batch = batch
        row.entry.created_by = row.entry.updated_by = user
        row.entry.prepare_content()
    outcome = ImportOutcome()
    # Drafts are no reader's business: the revision moves when something public changes.
    with ticker_revision(ticker.pk, move=status == Entry.Status.PUBLISHED) as locked:
        new = []
        for row, (action, detail) in _Matcher(locked, rows, by, restore_withdrawn).decide():
            if action == SKIP:
                outcome.skip(row, detail)
            elif action == NEW:
                new.append(row)
            else:
                _write_known(locked, detail, row, by, restore=action == RESTORE)
                (outcome.restored if action == RESTORE else outcome.updated).append(detail.pk)
        _create(locked, new, outcome, user)
    ticker.revision = locked.revision
    return outcome


def import_plan(
    ticker: Ticker, rows: list[ImportRow], *, by: Actor, restore_withdrawn: bool = False
) -> ImportPlan:
    """The matching of import_entries on the ticker as it is now, writing nothing."""
    for row in rows:
        row.entry.prepare_content()
    plan = ImportPlan()
    matcher = _Matcher(ticker, rows, by, restore_withdrawn)
    for row, (action, detail) in matcher.decide():
        if action == SKIP:
            plan.skipped.append({"index": row.index, "title": row.entry.title, "reason": detail})
        else:
            {NEW: plan.new, UPDATE: plan.updated, RESTORE: plan.restored}[action].append(row.index)
    plan.restorable = matcher.restorable
    return plan


class _Matcher:
    """Each row against what the ticker has: new, an update of a known entry (same
    external_id), bringing back a withdrawn one, or skipped with the reason."""

    def __init__(self, ticker: Ticker, rows: list[ImportRow], by: Actor, restore: bool) -> None:
        self.rows, self.by = rows, by
        self.may_restore = policy.may_publish(by)
        self.restore = restore and self.may_restore
        self.restorable: list[int] = []
        external_ids = [row.entry.external_id for row in rows if row.entry.external_id]
        self.known = {
            entry.external_id: entry
            for entry in ticker.entries.filter(external_id__in=external_ids)
        }
        self.shown: set[str] = set()
        self.withdrawn: dict[str, Entry] = {}
        for entry in ticker.entries.filter(fingerprint__in=[row.entry.fingerprint for row in rows]):
            if entry.status == Entry.Status.WITHDRAWN:
                self.withdrawn.setdefault(entry.fingerprint, entry)
            else:
                self.shown.add(entry.fingerprint)
        self.purged_ids, self.purged_fingerprints = _purged(ticker)
        self.taken: set[int] = set()  # known entries a row before this one already matched

    def decide(self) -> Iterator[tuple[ImportRow, tuple[str, Any]]]:
        for row in self.rows:
            yield row, self._decide(row)

    def _decide(self, row: ImportRow) -> tuple[str, Any]:
        entry = row.entry
        if entry.publish_at is not None:
            refusal = _planning_refusal(entry, self.by)
            if refusal:
                return SKIP, refusal
        existing = self.known.get(entry.external_id) if entry.external_id else None
        if (existing and existing.pk in self.purged_ids) or (
            entry.fingerprint in self.purged_fingerprints
        ):
            return SKIP, _("rechtlich entfernt")
        if existing is None and entry.fingerprint not in self.shown:
            existing = self.withdrawn.get(entry.fingerprint)
        if existing is not None and existing.status == Entry.Status.WITHDRAWN:
            return self._withdrawn(row, existing)
        if existing is not None:
            return self._known(row, existing)
        if entry.fingerprint in self.shown:
            return SKIP, _("schon vorhanden (gleicher Titel und Text)")
        self.shown.add(entry.fingerprint)
        return NEW, None

    def _withdrawn(self, row: ImportRow, existing: Entry) -> tuple[str, Any]:
        if existing.pk in self.taken:
            return SKIP, _("schon vorhanden (gleicher Titel und Text)")
        self.taken.add(existing.pk)
        if not self.may_restore:
            return SKIP, _("zurückgezogen; wiederherstellen darf nur, wer veröffentlichen darf")
        self.restorable.append(row.index)
        if not self.restore:
            return SKIP, _(
                "zurückgezogen; wird wiederhergestellt, wenn „Zurückgezogene Einträge "
                "wiederherstellen“ gewählt ist"
            )
        self.shown.add(row.entry.fingerprint)
        return RESTORE, existing

    def _known(self, row: ImportRow, existing: Entry) -> tuple[str, Any]:
        """A known external_id: take the new content when it changed and the user may edit."""
        if existing.fingerprint == row.entry.fingerprint:
            return SKIP, _("unverändert")
        if not policy.may_edit(self.by, existing):
            return SKIP, _("schon %(status)s; ändern darf ihn nur, wer veröffentlichen darf") % {
                "status": existing.get_status_display()
            }
        return UPDATE, existing


def _planning_refusal(entry: Entry, by: Actor) -> str | None:
    """Why a row cannot be planned (the rules of entry_schedule), or None."""
    if not policy.may_publish(by):
        return _("geplant; planen darf nur, wer veröffentlichen darf")
    if entry.publish_at is not None and entry.publish_at <= timezone.now():
        return _("der geplante Zeitpunkt liegt nicht mehr in der Zukunft")
    return None


def _purged(ticker: Ticker) -> tuple[set[int], set[str]]:
    """Entries of this ticker removed for legal reasons, and the fingerprints of their texts."""
    ids: set[int] = set()
    fingerprints: set[str] = set()
    for entry_id, hashes in EntryPurge.objects.filter(ticker=ticker).values_list(
        "entry_id", "fingerprints"
    ):
        ids.add(entry_id)
        fingerprints.update(hashes)
    return ids, fingerprints


def _write_known(ticker: Ticker, known: Entry, row: ImportRow, by: Actor, *, restore: bool) -> None:
    """Take the row's content (and tags) into a known entry; one brought back also takes the
    import's status and batch, so undoing this import withdraws it again."""
    fresh = row.entry
    for name in Entry.CONTENT_FIELDS:
        setattr(known, name, getattr(fresh, name))
    if restore:
        known.status, known.import_batch = fresh.status, fresh.import_batch
    entry_stamp(known, ticker, by)
    known.save()
    known.tags.set(row.tags)


def _create(ticker: Ticker, rows: list[ImportRow], outcome: ImportOutcome, user: Any) -> None:
    """New entries, each with its history record (by `user`) and its tag links."""
    if not rows:
        return
    for row in rows:
        row.entry.ticker = ticker
        row.entry.revision = ticker.revision if row.entry.status == Entry.Status.PUBLISHED else 0
    entries = [row.entry for row in rows]
    if connection.features.can_return_rows_from_bulk_insert:
        written = insert_new(Entry, entries)
        _write_history(written, entries, user)
    else:  # the entries' ids are looked up again before their history is written
        bulk_create_with_history(entries, Entry, batch_size=BULK_SIZE, default_user=user)
    links = [
        (entry.pk, tag.pk) for entry, row in zip(entries, rows, strict=True) for tag in row.tags
    ]
    link: Any = Entry.tags.through
    columns = {"entry_id": [pair[0] for pair in links], "tag_id": [pair[1] for pair in links]}
    insert_prepared(link, columns, ignore_conflicts=True)
    outcome.created.extend(entry.pk for entry in entries)


def _write_history(written: dict[str, list[Any]], entries: list[Entry], user: Any) -> None:
    """The creation records simple_history's bulk_history_create makes ("+", by `user`, no
    reason): the tracked columns as written for the entries (the record's fields are copies
    of the entry's, so they prepare a value alike), the record's own beside them."""
    history = Entry.history.model
    if user is None and entries:
        user = history.get_default_history_user(entries[0])
    meta, count = history._meta, len(entries)
    columns = {field.attname: written[field.attname] for field in history.tracked_fields}
    columns["history_date"] = [db_value(meta.get_field("history_date"), timezone.now())] * count
    columns["history_change_reason"] = [None] * count
    columns["history_type"] = ["+"] * count
    columns["history_user_id"] = [user.pk if user is not None else None] * count
    insert_prepared(history, columns)

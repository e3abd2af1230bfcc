"""Many entries written in one revision step: the door the importer goes through.

The importer reads and resolves (names, times, tags) and hands over unsaved entries;
here they are prepared (the same Entry.prepare_content as every single save), checked
against the policy, matched against what the ticker already has, and written with
history and tag links. Idempotent: an entry whose external_id is known is updated when
its content changed and skipped when not; one without is skipped when an entry with
the same fingerprint exists. Text removed for legal reasons never comes back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from summit.ticker import policy
from summit.ticker.models import Entry, EntryPurge, ImportBatch, Tag, Ticker
from summit.ticker.policy import Actor
from summit.ticker.services.revisions import entry_stamp, ticker_revision

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
    skipped: list[dict[str, Any]] = field(default_factory=list)

    def skip(self, row: ImportRow, reason: str) -> None:
        self.skipped.append({"index": row.index, "title": row.entry.title, "reason": reason})


def import_entries(
    ticker: Ticker,
    rows: list[ImportRow],
    *,
    batch: ImportBatch | None,
    by: Actor,
    status: str,
) -> ImportOutcome:
    """Create new entries and update known ones, all in one revision step of the ticker.

    New entries get `status`, which needs the publish permission unless it is draft. A known
    entry that is no longer a draft is changed only for a user who may edit it; for anyone
    else its row is skipped with the reason (a published text is never rewritten quietly).
    The ticker is locked only for matching and writing; preparing the content comes first.
    """
    policy.require(
        status == Entry.Status.DRAFT or policy.may_publish(by),
        _(
            "Veröffentlichen darf nur, wer die Berechtigung dazu hat; bitte als Entwurf importieren."
        ),
    )
    user = by if by is not None and by.is_authenticated else None
    for row in rows:
        row.entry.status = status
        row.entry.import_batch = batch
        row.entry.created_by = row.entry.updated_by = user
        row.entry.prepare_content()
    outcome = ImportOutcome()
    # Drafts are no reader's business: the revision moves when something public changes.
    with ticker_revision(ticker.pk, move=status == Entry.Status.PUBLISHED) as locked:
        new = _sorted_out(locked, rows, outcome, by)
        _create(locked, new, outcome, user)
    ticker.revision = locked.revision
    return outcome


def _sorted_out(
    ticker: Ticker, rows: list[ImportRow], outcome: ImportOutcome, by: Actor
) -> list[ImportRow]:
    """Update the known entries, skip duplicates and purged texts; the rest are new."""
    external_ids = [row.entry.external_id for row in rows if row.entry.external_id]
    known = {
        entry.external_id: entry for entry in ticker.entries.filter(external_id__in=external_ids)
    }
    seen = set(
        ticker.entries.filter(fingerprint__in=[row.entry.fingerprint for row in rows]).values_list(
            "fingerprint", flat=True
        )
    )
    purged_ids, purged_fingerprints = _purged(ticker)
    new = []
    for row in rows:
        entry = row.entry
        existing = known.get(entry.external_id) if entry.external_id else None
        if (existing and existing.pk in purged_ids) or entry.fingerprint in purged_fingerprints:
            outcome.skip(row, _("rechtlich entfernt"))
        elif existing is not None:
            _update(ticker, existing, row, outcome, by)
        elif entry.fingerprint in seen:
            outcome.skip(row, _("schon vorhanden (gleicher Titel und Text)"))
        else:
            seen.add(entry.fingerprint)
            new.append(row)
    return new


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


def _update(
    ticker: Ticker, known: Entry, row: ImportRow, outcome: ImportOutcome, by: Actor
) -> None:
    """A known external_id: take the new content when it changed and the user may edit."""
    fresh = row.entry
    if known.fingerprint == fresh.fingerprint:
        outcome.skip(row, _("unverändert"))
        return
    if not policy.may_edit(by, known):
        outcome.skip(
            row,
            _("schon %(status)s; ändern darf ihn nur, wer veröffentlichen darf")
            % {"status": known.get_status_display()},
        )
        return
    for name in Entry.CONTENT_FIELDS:
        setattr(known, name, getattr(fresh, name))
    entry_stamp(known, ticker, by)
    known.save()
    known.tags.set(row.tags)
    outcome.updated.append(known.pk)


def _create(ticker: Ticker, rows: list[ImportRow], outcome: ImportOutcome, user: Any) -> None:
    if not rows:
        return
    for row in rows:
        row.entry.ticker = ticker
        row.entry.revision = ticker.revision if row.entry.status == Entry.Status.PUBLISHED else 0
    created = bulk_create_with_history(
        [row.entry for row in rows], Entry, batch_size=BULK_SIZE, default_user=user
    )
    links = [
        Entry.tags.through(entry_id=entry.pk, tag_id=tag.pk)
        for entry, row in zip(created, rows, strict=True)
        for tag in row.tags
    ]
    Entry.tags.through.objects.bulk_create(links, batch_size=BULK_SIZE, ignore_conflicts=True)
    outcome.created.extend(entry.pk for entry in created)

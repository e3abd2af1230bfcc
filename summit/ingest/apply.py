"""Apply a previewed import: one transaction, one revision step, idempotent; and undo it.

Both the command and the admin come here. Re-importing the same input creates nothing:
an entry whose external_id is known is updated when its text changed and skipped when
not; an entry without one is skipped when an entry with the same fingerprint
(normalised title and text) exists. Any failure rolls everything back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from summit.ingest.drafts import EntryDraft
from summit.ingest.enrich import NameIndex
from summit.ingest.pipeline import ImportOptions, Prepared
from summit.ingest.said import said_moment
from summit.ticker.models import Entry, EntryPurge, ImportBatch, Source, Speaker, Tag, Ticker
from summit.ticker.services import entries_update, entry_stamp, ticker_revision, ticker_update

BULK_SIZE = 500


class ImportRefused(Exception):
    """The import cannot be applied as it stands; the message says why, in one line."""


@dataclass
class ApplyReport:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
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
            "skipped": self.skipped,
            "new_speakers": self.new_speakers,
            "new_sources": self.new_sources,
            "new_tags": self.new_tags,
        }

    def summary(self) -> str:
        return _("%(created)s angelegt, %(updated)s aktualisiert, %(skipped)s übersprungen") % {
            "created": len(self.created),
            "updated": len(self.updated),
            "skipped": len(self.skipped),
        }


def batch_create(
    prepared: Prepared,
    ticker: Ticker,
    *,
    by: AbstractBaseUser | None = None,
    filename: str = "",
) -> ImportBatch:
    """Keep a parsed import on the server as a preview, so a confirmation posts only choices."""
    result = prepared.result
    return ImportBatch.objects.create(
        ticker=ticker,
        created_by=by if by is not None and by.is_authenticated else None,
        format=result.format,
        filename=filename[:255],
        raw_input=prepared.text,
        options=prepared.options.to_storage(),
        drafts=[draft.to_storage() for draft in prepared.drafts],
        report={
            "input_skipped": [skipped.to_storage() for skipped in result.skipped],
            "notes": prepared.notes,
            "ticker_title": result.ticker_title,
            "ticker_description": result.ticker_description,
            "document_source": result.document_source,
        },
    )


def batch_drafts(batch: ImportBatch) -> list[EntryDraft]:
    return [EntryDraft.from_storage(data) for data in batch.drafts]


def batch_apply(batch: ImportBatch, *, by: AbstractBaseUser | None = None) -> ApplyReport:
    """Save the batch's drafts (less the excluded ones) as entries, all or nothing."""
    with transaction.atomic():
        locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if locked.status not in (ImportBatch.Status.PREVIEW, ImportBatch.Status.FAILED):
            raise ImportRefused(_("Dieser Import wurde bereits übernommen."))
        options = ImportOptions.from_storage(locked.options)
        report = ApplyReport()
        chosen = _chosen_drafts(locked, options, report)
        if options.take_ticker_head:
            _take_ticker_head(locked)
        with ticker_revision(locked.ticker_id) as ticker:
            _Writer(ticker, locked, options, report, by).write(chosen)
        locked.status = ImportBatch.Status.APPLIED
        locked.applied_at = timezone.now()
        locked.report = {**_without_applying(locked.report), **report.to_storage(), "error": ""}
        locked.save(update_fields=["status", "applied_at", "report"])
    batch.refresh_from_db()
    return report


def ticker_head_differs(batch: ImportBatch) -> bool:
    """Whether the input's title and intro would change the target ticker's."""
    report, ticker = batch.report or {}, batch.ticker
    title = report.get("ticker_title") or ""
    description = report.get("ticker_description") or ""
    return bool(title) and (title, description) != (ticker.title, ticker.description)


def _take_ticker_head(batch: ImportBatch) -> None:
    if not ticker_head_differs(batch):
        return
    ticker_update(
        batch.ticker,
        title=batch.report["ticker_title"][: Ticker._meta.get_field("title").max_length],
        description=batch.report.get("ticker_description") or "",
    )


def batch_mark_failed(batch: ImportBatch, message: str) -> None:
    """Record why applying failed (after the rollback), so the batch page can say so."""
    ImportBatch.objects.filter(pk=batch.pk).update(
        status=ImportBatch.Status.FAILED,
        report={**_without_applying(batch.report), "error": message},
    )
    batch.refresh_from_db()


def _without_applying(report: dict[str, Any]) -> dict[str, Any]:
    """The report less the mark of a background run in progress (see background.py)."""
    return {key: value for key, value in report.items() if key != "applying"}


def batch_undo(batch: ImportBatch, *, by: AbstractBaseUser | None = None) -> int:
    """Withdraw the entries this batch created (never deleted); the revision moves once."""
    with transaction.atomic():
        locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if locked.status != ImportBatch.Status.APPLIED:
            raise ImportRefused(_("Nur ein übernommener Import kann zurückgenommen werden."))
        entries = list(
            Entry.objects.filter(
                import_batch=locked, pk__in=locked.report.get("created", [])
            ).exclude(status=Entry.Status.WITHDRAWN)
        )
        withdrawn = entries_update(entries, by=by, status=Entry.Status.WITHDRAWN) if entries else 0
        locked.status = ImportBatch.Status.UNDONE
        locked.undone_at = timezone.now()
        locked.save(update_fields=["status", "undone_at"])
    batch.refresh_from_db()
    return withdrawn


def _chosen_drafts(
    batch: ImportBatch, options: ImportOptions, report: ApplyReport
) -> list[EntryDraft]:
    excluded = set(batch.excluded)
    chosen, invalid = [], []
    for draft in batch_drafts(batch):
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


class _Names:
    """Speakers, sources or tags by name; unknown names are created on first use."""

    def __init__(self, model: type[Speaker] | type[Source], report_list: list[str]) -> None:
        self.model = model
        self.objects = {obj.name: obj for obj in model.objects.all()}
        self.index = NameIndex((obj.name, obj.aliases or []) for obj in self.objects.values())
        self.created = report_list

    def get(self, name: str | None) -> Speaker | Source | None:
        if not name:
            return None
        canonical = self.index.resolve(name)
        if canonical:
            return self.objects[canonical]
        obj = self.model.objects.create(name=name)
        self.objects[name] = obj
        self.index = NameIndex((o.name, o.aliases or []) for o in self.objects.values())
        self.created.append(name)
        return obj


class _Tags:
    def __init__(self, report_list: list[str]) -> None:
        self.by_name = {tag.name.casefold(): tag for tag in Tag.objects.all()}
        self.created = report_list

    def get(self, names: list[str]) -> list[Tag]:
        tags = []
        for name in names:
            tag = self.by_name.get(name.casefold())
            if tag is None:
                tag = self.by_name[name.casefold()] = Tag.objects.create(name=name)
                self.created.append(name)
            tags.append(tag)
        return tags


class _Writer:
    """Turns drafts into entries inside the locked ticker revision."""

    def __init__(
        self,
        ticker: Ticker,
        batch: ImportBatch,
        options: ImportOptions,
        report: ApplyReport,
        by: AbstractBaseUser | None,
    ) -> None:
        self.ticker, self.batch, self.options, self.report = ticker, batch, options, report
        self.by = by if by is not None and by.is_authenticated else None
        self.speakers = _Names(Speaker, report.new_speakers)
        self.sources = _Names(Source, report.new_sources)
        self.tags = _Tags(report.new_tags)
        self.origin = _origin(batch, options)

    def write(self, drafts: list[EntryDraft]) -> None:
        entries = [(draft, self._entry(draft)) for draft in drafts]
        by_external_id = {
            entry.external_id: entry
            for entry in self.ticker.entries.filter(
                external_id__in=[e.external_id for _d, e in entries if e.external_id]
            )
        }
        seen = set(
            self.ticker.entries.filter(
                fingerprint__in=[e.fingerprint for _d, e in entries]
            ).values_list("fingerprint", flat=True)
        )
        purged, purged_fingerprints = self._purged()
        new: list[tuple[Entry, list[Tag]]] = []
        for draft, entry in entries:
            known = by_external_id.get(entry.external_id) if entry.external_id else None
            if (
                known is not None and known.pk in purged
            ) or entry.fingerprint in purged_fingerprints:
                # Content removed for legal reasons must never come back through an import.
                self.report.skip(draft, _("rechtlich entfernt"))
            elif known is not None:
                self._update(draft, known, entry)
            elif entry.fingerprint in seen:
                self.report.skip(draft, _("schon vorhanden (gleicher Titel und Text)"))
            else:
                seen.add(entry.fingerprint)
                new.append((entry, self.tags.get(draft.tags)))
        self._create(new)

    def _purged(self) -> tuple[set[int], set[str]]:
        """Entries of this ticker removed for legal reasons, and the fingerprints of their texts."""
        ids: set[int] = set()
        fingerprints: set[str] = set()
        for entry_id, hashes in EntryPurge.objects.filter(ticker=self.ticker).values_list(
            "entry_id", "fingerprints"
        ):
            ids.add(entry_id)
            fingerprints.update(hashes)
        return ids, fingerprints

    def _entry(self, draft: EntryDraft) -> Entry:
        published_at, estimated = draft.published_at, draft.time_estimated
        if published_at is None:
            published_at, estimated = self.options.now, True
        entry = Entry(
            ticker=self.ticker,
            published_at=published_at,
            time_estimated=estimated,
            said_at=said_moment(draft.said_at, self.options.zone),
            position=draft.position,
            title=draft.title,
            body=draft.body,
            speaker=self.speakers.get(draft.speaker),
            source=self.sources.get(draft.source),
            source_url=draft.source_url,
            origin=self.origin,
            status=self.options.status,
            external_id=draft.external_id,
            import_batch=self.batch,
            revision=self.ticker.revision,
            created_by=self.by,
            updated_by=self.by,
        )
        entry.prepare_content()
        return entry

    def _update(self, draft: EntryDraft, known: Entry, fresh: Entry) -> None:
        """A known external_id: update the entry when its text changed, else skip it."""
        if known.fingerprint == fresh.fingerprint:
            self.report.skip(draft, _("unverändert"))
            return
        for name in (
            "published_at",
            "time_estimated",
            "title",
            "body",
            "speaker",
            "source",
            "source_url",
            "said_at",
        ):
            setattr(known, name, getattr(fresh, name))
        entry_stamp(known, self.ticker, self.by)
        known.save()
        known.tags.set(self.tags.get(draft.tags))
        self.report.updated.append(known.pk)

    def _create(self, new: list[tuple[Entry, list[Tag]]]) -> None:
        if not new:
            return
        created = bulk_create_with_history(
            [entry for entry, _tags in new], Entry, batch_size=BULK_SIZE, default_user=self.by
        )
        links = [
            Entry.tags.through(entry_id=entry.pk, tag_id=tag.pk)
            for entry, (_unsaved, tags) in zip(created, new, strict=True)
            for tag in tags
        ]
        Entry.tags.through.objects.bulk_create(links, batch_size=BULK_SIZE)
        self.report.created.extend(entry.pk for entry in created)


def _origin(batch: ImportBatch, options: ImportOptions) -> str:
    """Where the entries come from: "RT DE, 14.08.2025" (publisher, date of the newest entry)."""
    publisher = options.source or batch.report.get("document_source")
    dates = [draft.published_at for draft in batch_drafts(batch) if draft.published_at]
    if not publisher:
        return ""
    if not dates:
        return publisher
    return f"{publisher}, {max(dates).astimezone(options.zone):%d.%m.%Y}"

"""The one door for changes to entries: every change moves the ticker revision once.

Readers poll "anything new since revision N?"; that only works if every change that
readers must see increments Ticker.revision in the same transaction and stamps the
changed entries with it. Views, the admin, bulk actions and the importer all come here.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import partial

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from summit.ticker import revision
from summit.ticker.models import Entry, EntryPurge, Tag, Ticker

User = AbstractBaseUser

# Fields an editor may change through entry_update (tags are handled apart: they are m2m).
EDITABLE_FIELDS = frozenset(
    {
        "published_at",
        "time_estimated",
        "position",
        "said_at",
        "title",
        "body",
        "speaker",
        "source",
        "source_url",
        "origin",
        "status",
        "pinned",
        "correction_note",
        "corrected_at",
        "external_id",
        "import_batch",
    }
)


@contextmanager
def ticker_revision(ticker_id: int) -> Iterator[Ticker]:
    """Lock the ticker, move its revision by one, and yield it; publish the new value on commit."""
    with transaction.atomic():
        ticker = Ticker.objects.select_for_update().get(pk=ticker_id)
        ticker.revision += 1
        ticker.save(update_fields=["revision", "updated_at"])
        yield ticker
        transaction.on_commit(partial(revision.remember_ticker, ticker))


def entry_stamp(entry: Entry, ticker: Ticker, by: User | None) -> None:
    """Mark an entry as changed in the ticker's current revision, by whom (before saving it).

    For code that already holds the ticker revision (the importer writes many entries in
    one revision step); everyone else saves through entry_save and friends.
    """
    entry.ticker = ticker
    entry.revision = ticker.revision
    if by is not None and by.is_authenticated:
        entry.updated_by = by
        entry._history_user = by  # simple_history records who made the change


_stamp = entry_stamp


def entry_create(
    ticker: Ticker, *, by: User | None = None, tags: Iterable[Tag] = (), **fields
) -> Entry:
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"entry_create() got unknown fields: {sorted(unknown)}")
    entry = entry_save(Entry(ticker=ticker, **fields), by=by, tags=list(tags))
    ticker.revision = entry.revision
    return entry


def entry_save(
    entry: Entry,
    *,
    by: User | None = None,
    tags: Iterable[Tag] | None = None,
    base_revision: int | None = None,
) -> Entry:
    """Save a new or changed entry as it stands (the admin form has already set its fields).

    With base_revision (the entry revision the editor started from) the save is refused with
    EditConflict when someone else saved the entry since: no silent lost update.
    """
    with ticker_revision(entry.ticker_id) as locked:
        if base_revision is not None and entry.pk is not None:
            _refuse_if_changed_since(entry.pk, base_revision)
        if entry.pk is None and by is not None and by.is_authenticated:
            entry.created_by = by
        _stamp(entry, locked, by)
        entry.save()
        if tags is not None:
            entry.tags.set(tags)
    return entry


def entry_update(
    entry: Entry, *, by: User | None = None, tags: Iterable[Tag] | None = None, **changes
) -> Entry:
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"entry_update() got unknown fields: {sorted(unknown)}")
    for name, value in changes.items():
        setattr(entry, name, value)
    return entry_save(entry, by=by, tags=tags)


def entry_publish(entry: Entry, *, by: User | None = None) -> Entry:
    return entry_update(entry, by=by, status=Entry.Status.PUBLISHED)


def entry_withdraw(entry: Entry, *, by: User | None = None) -> Entry:
    """Withdrawn entries disappear from every public page but are never deleted."""
    return entry_update(entry, by=by, status=Entry.Status.WITHDRAWN)


def entry_pin(entry: Entry, *, by: User | None = None, pinned: bool = True) -> Entry:
    return entry_update(entry, by=by, pinned=pinned)


def entries_update(
    entries: Iterable[Entry],
    *,
    by: User | None = None,
    add_tags: Iterable[Tag] = (),
    only_status: Iterable[str] | None = None,
    **changes,
) -> int:
    """Bulk change (admin actions): one revision step per ticker, each entry stamped and historied.

    Entries are saved one by one on purpose, so history records and the sanitiser run
    for each; bulk actions are small (a page of the admin list).

    only_status: change only entries that, re-read under the ticker lock, still have one of
    these statuses, so an admin page opened before a colleague withdrew an entry cannot
    publish it again.
    """
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"entries_update() got unknown fields: {sorted(unknown)}")
    add_tags = list(add_tags)
    by_ticker: dict[int, list[Entry]] = {}
    for entry in entries:
        by_ticker.setdefault(entry.ticker_id, []).append(entry)
    changed = 0
    with transaction.atomic():
        for ticker_id, group in by_ticker.items():
            with ticker_revision(ticker_id) as locked:
                if only_status is not None:
                    group = list(
                        Entry.objects.select_for_update().filter(
                            pk__in=[entry.pk for entry in group], status__in=list(only_status)
                        )
                    )
                for entry in group:
                    for name, value in changes.items():
                        setattr(entry, name, value)
                    _stamp(entry, locked, by)
                    entry.save()
                    if add_tags:
                        entry.tags.add(*add_tags)
                    changed += 1
    return changed


def ticker_update(ticker: Ticker, **changes) -> Ticker:
    """Ticker changes readers must learn of (status, poll interval, title) move the revision too."""
    with ticker_revision(ticker.pk) as locked:
        for name, value in changes.items():
            setattr(locked, name, value)
        locked.save()
    for name, value in changes.items():
        setattr(ticker, name, value)
    ticker.revision = locked.revision
    return ticker


class EditConflict(Exception):
    """The entry was saved by someone else after the editor opened it."""

    def __init__(self, current: Entry):
        super().__init__(f"entry {current.pk} changed (now at revision {current.revision})")
        self.current = current


def _refuse_if_changed_since(entry_id: int, base_revision: int) -> None:
    # Called with the ticker locked; the entry row is locked too, so two saves of the same
    # entry are strictly one after the other and the second sees the first's revision.
    current = Entry.objects.select_for_update().get(pk=entry_id)
    if current.revision > base_revision:
        raise EditConflict(current)


# What restoring an earlier version brings back: the content. Status and pin stay as they
# are (publishing is a decision of its own), and so does an existing correction note.
RESTORED_FIELDS = EDITABLE_FIELDS - {
    "status",
    "pinned",
    "correction_note",
    "corrected_at",
    "external_id",
    "import_batch",
}


def entry_restore(entry: Entry, *, history_id: int, by: User | None = None) -> Entry:
    """Bring back the content of an earlier version; the restore is itself a new change."""
    record = entry.history.get(history_id=history_id)
    for name in RESTORED_FIELDS:
        attname = Entry._meta.get_field(name).attname
        setattr(entry, attname, getattr(record, attname))
    entry._change_reason = f"Fassung vom {record.history_date:%d.%m.%Y %H:%M:%S} wiederhergestellt"
    return entry_save(entry, by=by)


# Everything a legal removal erases: all content a reader or an editor could see.
PURGED_CONTENT = {
    "title": "",
    "body": "",
    "speaker": None,
    "source": None,
    "source_url": "",
    "origin": "",
    "said_at": None,
    "correction_note": "",
    "corrected_at": None,
    "pinned": False,
    "status": Entry.Status.WITHDRAWN,
}


def entry_purge(entry: Entry, *, by: User | None, reason: str) -> EntryPurge:
    """Legal removal: erase the entry's content and history, keep who/when/why.

    The entry stays as an empty, withdrawn row stamped with the new revision, so the next
    poll removes it from open pages and feeds and its permalink answers "gone".
    """
    from django.contrib.admin.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    from summit.ticker import erasure

    with ticker_revision(entry.ticker_id) as locked:
        versions = erasure.entry_versions(entry)  # every wording, read before it is erased
        for name, value in PURGED_CONTENT.items():
            setattr(entry, name, value)
        _stamp(entry, locked, by)
        entry.skip_history_when_saving = True  # the erased state needs no history record
        try:
            entry.save()
        finally:
            del entry.skip_history_when_saving
        entry.tags.clear()
        entry.history.all().delete()
        # The imports it came from keep its raw text and parsed draft.
        erasure.scrub_import_batches(entry, versions)
        # The admin log keeps each change's title as object_repr; that is content too.
        LogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Entry), object_id=str(entry.pk)
        ).update(object_repr=f"#{entry.pk}")
        return EntryPurge.objects.create(
            ticker=locked,
            entry=entry,
            purged_by=by if by is not None and by.is_authenticated else None,
            reason=reason,
            fingerprints=sorted({version.fingerprint for version in versions}),
        )

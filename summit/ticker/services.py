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

from summit.ticker import live
from summit.ticker.models import Entry, Tag, Ticker

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
        transaction.on_commit(partial(live.remember_revision, ticker.slug, ticker.revision))


def _stamp(entry: Entry, ticker: Ticker, by: User | None) -> None:
    entry.ticker = ticker
    entry.revision = ticker.revision
    if by is not None and by.is_authenticated:
        entry.updated_by = by
        entry._history_user = by  # simple_history records who made the change


def entry_create(
    ticker: Ticker, *, by: User | None = None, tags: Iterable[Tag] = (), **fields
) -> Entry:
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"entry_create() got unknown fields: {sorted(unknown)}")
    entry = entry_save(Entry(ticker=ticker, **fields), by=by, tags=list(tags))
    ticker.revision = entry.revision
    return entry


def entry_save(entry: Entry, *, by: User | None = None, tags: Iterable[Tag] | None = None) -> Entry:
    """Save a new or changed entry as it stands (the admin form has already set its fields)."""
    with ticker_revision(entry.ticker_id) as locked:
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
    entries: Iterable[Entry], *, by: User | None = None, add_tags: Iterable[Tag] = (), **changes
) -> int:
    """Bulk change (admin actions): one revision step per ticker, each entry stamped and historied.

    Entries are saved one by one on purpose, so history records and the sanitiser run
    for each; bulk actions are small (a page of the admin list).
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

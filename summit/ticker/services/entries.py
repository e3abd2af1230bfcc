"""Creating and changing entries: single saves, bulk changes from the admin, restores.

Every write asks the policy first when a user is given (`by=None` is the operator with
full rights) and moves the revision of every ticker whose readers see the change.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from summit.ticker import policy
from summit.ticker.fields import model_field
from summit.ticker.models import Author, Entry, EntryDeparture, Tag, Ticker
from summit.ticker.policy import Actor
from summit.ticker.services.revisions import (
    entry_touch,
    is_public_change,
    lock_tickers,
    move_revision,
)

# Decisions about an entry, apart from its content: publishing, pinning, corrections, origin.
DECISION_FIELDS = ("status", "pinned", "correction_note", "corrected_at")
# Fields the services set (tags are handled apart: they are m2m).
EDITABLE_FIELDS = frozenset(
    {
        *Entry.CONTENT_FIELDS,
        *DECISION_FIELDS,
        "position",
        "external_id",
        "import_batch",
        "ticker",
        "time_set",
        "in_review",
        "review_note",
        "publish_at",
    }
)


class EditConflict(Exception):
    """The entry was saved by someone else after the editor opened it."""

    def __init__(self, current: Entry):
        super().__init__(f"entry {current.pk} changed (now at version {current.version})")
        self.current = current
        # What the editor tried to save, for the conflict page (set by the admin).
        self.submitted: Entry | None = None
        self.submitted_tags: list[Tag] = []


def _refuse_unknown(fields: Iterable[str], function: str) -> None:
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise TypeError(f"{function}() got unknown fields: {sorted(unknown)}")


def entry_create(
    ticker: Ticker,
    *,
    by: Actor = None,
    tags: Iterable[Tag] = (),
    authors: Iterable[Author] | None = None,
    **fields,
) -> Entry:
    _refuse_unknown(fields, "entry_create")
    entry = entry_save(Entry(ticker=ticker, **fields), by=by, tags=list(tags), authors=authors)
    ticker.revision = entry.ticker.revision
    return entry


def entry_save(
    entry: Entry,
    *,
    by: Actor = None,
    tags: Iterable[Tag] | None = None,
    base_version: int | None = None,
    authors: Iterable[Author] | None = None,
) -> Entry:
    """Save a new or changed entry as it stands (the admin form has already set its fields).

    With base_version (the entry version the editor started from) the save is refused with
    EditConflict when someone else saved the entry since: no silent lost update, for drafts
    as for published entries. Moving an entry to another ticker moves both revisions.
    A new entry written by a signed-in user carries that user's byline unless `authors`
    names others (1 to MAX_AUTHORS).
    """
    before = _stored(entry)
    with transaction.atomic():
        tickers = lock_tickers({entry.ticker_id, before.ticker_id if before else entry.ticker_id})
        if before is not None:
            before = _locked_current(entry.pk, base_version)
            entry.version = before.version
        policy.require_entry_change(by, before, entry)
        stamp_first_publication(entry, before.status if before else None)
        if before is None and by is not None and by.is_authenticated:
            entry.created_by = by
        if is_public_change(before.status if before else None, entry.status):
            for ticker in tickers.values():
                move_revision(ticker)
            entry.revision = tickers[entry.ticker_id].revision
            if before is not None and before.ticker_id != entry.ticker_id:
                _record_departure(entry, tickers[before.ticker_id])
        entry.ticker = tickers[entry.ticker_id]
        entry_touch(entry, by)
        entry.save()
        if tags is not None:
            entry.tags.set(tags)
        if authors is None and before is None and by is not None and by.is_authenticated:
            authors = [author_for(by)]
        if authors is not None:
            _set_authors(entry, authors)
    return entry


def _record_departure(entry: Entry, left: Ticker) -> None:
    """The ticker the entry left tells its readers' next poll to remove it."""
    EntryDeparture.objects.create(ticker=left, entry_id=entry.pk, revision=left.revision)


def stamp_first_publication(entry: Entry, before_status: str | None) -> None:
    """A draft published later lands at the top, where readers see it arrive: its time
    becomes now unless the editor set one on purpose (then it is kept, as are imports')."""
    first = before_status in (None, Entry.Status.DRAFT) and entry.status == Entry.Status.PUBLISHED
    if first and not entry.time_set:
        entry.published_at = timezone.now()
        entry.time_set = True
    if entry.status != Entry.Status.DRAFT:  # the queue and the plan end with the decision
        entry.in_review, entry.publish_at = False, None


MAX_AUTHORS = 3


def author_for(user) -> Author:
    """The user's byline, made from the account's name the first time it writes."""
    author = Author.objects.filter(user=user).first()
    if author is None:
        name = user.get_full_name() or user.get_username()
        author = Author.objects.create(user=user, name=name)
    return author


def bylines(authors: Iterable[Author]) -> list[Author]:
    authors = list(dict.fromkeys(authors))
    if len(authors) > MAX_AUTHORS:
        raise ValueError(f"at most {MAX_AUTHORS} authors, got {len(authors)}")
    return authors


def _set_authors(entry: Entry, authors: Iterable[Author]) -> None:
    authors = bylines(authors)
    entry.authors.set(authors)
    entry.bylines = [author.byline() for author in authors]
    # The display copy of the link just set: no content change, so no history record.
    Entry.objects.filter(pk=entry.pk).update(bylines=entry.bylines)


def _stored(entry: Entry) -> Entry | None:
    """The entry as stored, to know which tickers to lock (read again under the lock)."""
    if entry.pk is None:
        return None
    return Entry.objects.only("ticker_id").filter(pk=entry.pk).first()


def _locked_current(entry_id: int, base_version: int | None) -> Entry:
    """The stored entry, read under a row lock, so two saves of the same entry are strictly
    one after the other and the second sees the first's version; EditConflict when it is not
    the version the editor started from."""
    current = Entry.objects.select_for_update().get(pk=entry_id)
    if base_version is not None and current.version != base_version:
        raise EditConflict(current)
    return current


def entry_update(
    entry: Entry, *, by: Actor = None, tags: Iterable[Tag] | None = None, **changes
) -> Entry:
    _refuse_unknown(changes, "entry_update")
    for name, value in changes.items():
        setattr(entry, name, value)
    return entry_save(entry, by=by, tags=tags)


def entry_publish(entry: Entry, *, by: Actor = None) -> Entry:
    return entry_update(entry, by=by, status=Entry.Status.PUBLISHED)


def entry_withdraw(entry: Entry, *, by: Actor = None) -> Entry:
    """Withdrawn entries disappear from every public page but are never deleted."""
    return entry_update(entry, by=by, status=Entry.Status.WITHDRAWN)


def entry_pin(entry: Entry, *, by: Actor = None, pinned: bool = True) -> Entry:
    return entry_update(entry, by=by, pinned=pinned)


def entries_update(
    entries: Iterable[Entry],
    *,
    by: Actor = None,
    add_tags: Iterable[Tag] = (),
    only_status: Iterable[str] | None = None,
    **changes,
) -> int:
    """Bulk change (admin actions, undoing an import): each ticker's revision moves at most
    once, each entry is stamped and historied; all or nothing.

    Entries are saved one by one on purpose, so history records and the sanitiser run
    for each; bulk actions are small (a page of the admin list).

    only_status: change only entries that, re-read under the ticker lock, still have one of
    these statuses, so an admin page opened before a colleague withdrew an entry cannot
    publish it again.
    """
    _refuse_unknown(changes, "entries_update")
    add_tags = list(add_tags)
    by_ticker: dict[int, list[Entry]] = {}
    for entry in entries:
        by_ticker.setdefault(entry.ticker_id, []).append(entry)
    changed = 0
    with transaction.atomic():
        tickers = lock_tickers(by_ticker)
        for ticker_id, group in by_ticker.items():
            group = _current(group, only_status)
            changed += _update_group(tickers[ticker_id], group, by, add_tags, changes)
    return changed


def _current(group: list[Entry], only_status: Iterable[str] | None) -> list[Entry]:
    if only_status is None:
        return group
    return list(
        Entry.objects.select_for_update().filter(
            pk__in=[entry.pk for entry in group], status__in=list(only_status)
        )
    )


def _update_group(
    ticker: Ticker, group: list[Entry], by: Actor, add_tags: list[Tag], changes: dict
) -> int:
    for entry in group:
        after = Entry(pk=entry.pk, status=changes.get("status", entry.status))
        after.pinned = changes.get("pinned", entry.pinned)
        policy.require_entry_change(by, entry, after)
    for entry in group:
        if is_public_change(entry.status, changes.get("status", entry.status)):
            entry.revision = move_revision(ticker)
        before_status = entry.status
        for name, value in changes.items():
            setattr(entry, name, value)
        stamp_first_publication(entry, before_status)
        entry.ticker = ticker
        entry_touch(entry, by)
        entry.save()
        if add_tags:
            entry.tags.add(*add_tags)
    return len(group)


# What restoring an earlier version brings back: the content. Status and pin stay as they
# are (publishing is a decision of its own), and so does an existing correction note.
RESTORED_FIELDS = Entry.CONTENT_FIELDS


def entry_restore(entry: Entry, *, history_id: int, by: Actor = None) -> Entry:
    """Bring back the content of an earlier version; the restore is itself a new change."""
    policy.require(
        policy.may_restore(by, entry),
        _("Frühere Fassungen wiederherstellen darf nur, wer diesen Eintrag ändern darf."),
    )
    record = entry.history.get(history_id=history_id)
    for name in RESTORED_FIELDS:
        attname = model_field(Entry, name).attname
        setattr(entry, attname, getattr(record, attname))
    entry._change_reason = f"Fassung vom {record.history_date:%d.%m.%Y %H:%M:%S} wiederhergestellt"
    return entry_save(entry, by=by)

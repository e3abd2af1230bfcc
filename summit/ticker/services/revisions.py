"""The ticker revision: moved once per change readers must see, in the same transaction.

Readers poll "anything new since revision N?"; that only works if every change that
readers must see increments Ticker.revision in the transaction of the change and stamps
the changed entries with it. Changes readers cannot see (drafts) lock the ticker the same
way, so writes stay one after the other, but leave the revision where it is: kept pages
and answers stay valid.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import partial

from django.db import transaction
from django.utils import timezone

from summit.ticker import revision
from summit.ticker.models import Entry, Ticker
from summit.ticker.policy import Actor


def lock_tickers(ticker_ids: Iterable[int]) -> dict[int, Ticker]:
    """Lock the tickers (in id order, so two writers never wait on each other crosswise)."""
    ids = sorted(set(ticker_ids))
    tickers = {
        t.pk: t for t in Ticker.objects.select_for_update().filter(pk__in=ids).order_by("pk")
    }
    missing = set(ids) - set(tickers)
    if missing:
        raise Ticker.DoesNotExist(f"no ticker {sorted(missing)}")
    return tickers


def move_revision(ticker: Ticker) -> int:
    """Move a locked ticker's revision by one, once per transaction; the new value reaches
    the cache on commit."""
    if not getattr(ticker, "_revision_moved", False):
        ticker.revision += 1
        ticker.save(update_fields=["revision", "updated_at"])
        ticker._revision_moved = True
        transaction.on_commit(partial(revision.remember_ticker, ticker))
    return ticker.revision


@contextmanager
def ticker_revision(ticker_id: int, *, move: bool = True) -> Iterator[Ticker]:
    """Lock the ticker and (unless `move` is false: a change no reader sees) move its
    revision by one; yield it."""
    with transaction.atomic():
        ticker = lock_tickers([ticker_id])[ticker_id]
        if move:
            move_revision(ticker)
        yield ticker


def entry_stamp(entry: Entry, ticker: Ticker, by: Actor) -> None:
    """Mark an entry as changed, by whom (before saving it); a published one in a new
    revision of its (locked) ticker, a draft or withdrawn one without touching the revision.

    For code that already holds the ticker lock (the importer writes many entries in one
    step); everyone else saves through entry_save and friends.
    """
    entry.ticker = ticker
    if entry.status == Entry.Status.PUBLISHED:
        entry.revision = move_revision(ticker)
    entry_touch(entry, by)


def entry_touch(entry: Entry, by: Actor) -> None:
    """Count the save (the edit-conflict check compares this) and name its author."""
    entry.version = (entry.version or 0) + 1
    if by is not None and by.is_authenticated:
        entry.updated_by = by
        entry._history_user = by  # simple_history records who made the change


@contextmanager
def entry_presentation_change(entry_id: int) -> Iterator[Entry]:
    """Something an entry shows changes beside its content (a picture's renditions are
    ready): inside the block the caller writes it; a published entry is then stamped with a
    new revision, so kept pages and cached fragments render it anew. Not an edit of the
    content: no history record and no new version."""
    entry = Entry.objects.only("ticker_id", "status").get(pk=entry_id)
    published = entry.status == Entry.Status.PUBLISHED
    with ticker_revision(entry.ticker_id, move=published) as ticker:
        yield entry
        changes: dict[str, object] = {"updated_at": timezone.now()}
        if published:
            changes["revision"] = ticker.revision
        Entry.objects.filter(pk=entry_id).update(**changes)


def is_public_change(before_status: str | None, after_status: str) -> bool:
    """Readers see a change of an entry that is published before or after it; a draft (or
    a draft withdrawn) never was on a page.

    So an entry's revision stays 0 until it is first published, and a draft carries a
    revision only once it was public (then the poll must remove it): no public answer ever
    names a draft that no reader saw.
    """
    published = Entry.Status.PUBLISHED
    return before_status == published or after_status == published

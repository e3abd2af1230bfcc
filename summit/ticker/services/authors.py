"""The newsroom's authors: saved or deleted, the bylines of their entries follow.

Entries keep a copy of their authors' bylines (Entry.bylines: name, role, picture), so pages,
feed and API show them without another query. A changed or deleted author rewrites that
copy on every entry naming them, in the same transaction; tickers with a published one
move their revision and those entries are stamped with it, so polls, kept pages and cached
fragments show the new byline. No history record and no new version: the entries' content
is the same.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from functools import partial

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from summit.ticker import policy
from summit.ticker.models import Author, Entry
from summit.ticker.policy import Actor
from summit.ticker.services.revisions import lock_tickers, move_revision

logger = logging.getLogger(__name__)

Byline = dict[str, str]


def author_save(author: Author, *, by: Actor = None) -> Author:
    """Create or change an author; entries carrying the old byline get the new one."""
    action = "change" if author.pk is not None else "add"
    policy.require(policy.may_change_authors(by, action), policy.AUTHORS_REFUSED)
    with transaction.atomic():
        before = Author.objects.select_for_update().filter(pk=author.pk).first()
        author.save()
        if before is None:
            return author
        if before.byline() != author.byline():
            _rewrite_bylines(author, before.byline(), author.byline())
        if before.avatar.name and before.avatar.name != author.avatar.name:
            transaction.on_commit(partial(_delete_file, before.avatar.name))
    return author


def authors_delete(authors: Iterable[Author], *, by: Actor = None) -> None:
    """Delete authors; their names leave the bylines of the entries that carried them."""
    policy.require(policy.may_change_authors(by, "delete"), policy.AUTHORS_REFUSED)
    with transaction.atomic():
        for author in authors:
            _rewrite_bylines(author, author.byline(), None)
            avatar = author.avatar.name
            author.delete()
            if avatar:
                transaction.on_commit(partial(_delete_file, avatar))


def _rewrite_bylines(author: Author, old: Byline, new: Byline | None) -> None:
    """Replace (or, with new=None, remove) the author's byline on every entry naming them.

    Entries of one ticker and status sharing the same bylines are updated together: one
    UPDATE per such group, not one per entry. The tickers are locked first, like every entry write.
    """
    named = Entry.objects.filter(authors=author)
    tickers = lock_tickers(set(named.values_list("ticker_id", flat=True)))
    groups: dict[tuple[int, bool, str], list[int]] = {}
    for pk, ticker_id, status, bylines in named.values_list("pk", "ticker_id", "status", "bylines"):
        public = status == Entry.Status.PUBLISHED
        groups.setdefault((ticker_id, public, json.dumps(bylines)), []).append(pk)
    now = timezone.now()
    for (ticker_id, public, stored), ids in groups.items():
        # A published entry is stamped with its ticker's new revision; a draft only shows in
        # previews, which key on its time of change.
        stamp = {"revision": move_revision(tickers[ticker_id])} if public else {"updated_at": now}
        rewritten = _replaced(json.loads(stored), old, new)
        if rewritten is not None:
            Entry.objects.filter(pk__in=ids).update(bylines=rewritten, **stamp)
            continue
        for pk in ids:  # a copy older than the author's last change: read from the links
            Entry.objects.filter(pk=pk).update(bylines=_from_links(pk, author, new), **stamp)


def _replaced(bylines: list[Byline], old: Byline, new: Byline | None) -> list[Byline] | None:
    """The bylines with the author's entry replaced in place (order kept), None when the
    stored copy does not name the author as it was."""
    for index, shown in enumerate(bylines):
        if _same(shown, old):
            return [*bylines[:index], *([new] if new else []), *bylines[index + 1 :]]
    return None


def _same(shown: Byline, byline: Byline) -> bool:
    return shown.get("name") == byline["name"] and shown.get("role") == byline["role"]


def _from_links(entry_id: int, author: Author, new: Byline | None) -> list[Byline]:
    bylines = []
    for linked in Author.objects.filter(entries=entry_id).order_by("name", "pk"):
        if linked.pk != author.pk:
            bylines.append(linked.byline())
        elif new is not None:
            bylines.append(new)
    return bylines


def _delete_file(name: str) -> None:
    try:
        default_storage.delete(name)
    except OSError:
        logger.warning("Could not delete the stored author picture %s", name)

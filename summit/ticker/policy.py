"""Who may do what with entries, tickers and imports: the one place the role rules live.

The admin, the importer (admin and command line), the composer and the API all ask here,
and the services ask again before they write, so no door can skip a rule. Two roles are
created by a migration: "Redaktion" (write and tag drafts, import drafts) and "Chef vom
Dienst" (additionally publish, withdraw, pin, edit published entries, purge). A user
without any role and without the permissions below may do nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User
    from django.db.models import Model
    from django_stubs_ext import StrOrPromise

    from summit.ticker.models import Entry, ImportBatch, Ticker

# Who acts: a signed-in user, a visitor who is not signed in (refused everything), or None
# for the operator (command line without --user, migrations, the demo): full rights.
Actor: TypeAlias = "User | AnonymousUser | None"

# The permission names, defined once ("app_label.codename").
ADD_ENTRY = "ticker.add_entry"
CHANGE_ENTRY = "ticker.change_entry"
PUBLISH_ENTRY = "ticker.publish_entry"
PURGE_ENTRY = "ticker.purge_entry"
CHANGE_TICKER = "ticker.change_ticker"
ADD_TICKER = "ticker.add_ticker"
DELETE_TICKER = "ticker.delete_ticker"
# Speakers, sources and tags: the shared vocabulary ("ticker.change_speaker" ...).
CHANGE_NAMES = {
    "speaker": "ticker.change_speaker",
    "source": "ticker.change_source",
    "tag": "ticker.change_tag",
}

# Role names as the migration creates them (the outside world relies on these).
EDITOR_GROUP = "Redaktion"
CHIEF_GROUP = "Chef vom Dienst"


class NotAllowed(PermissionError):
    """The user lacks the right for this change; the message says which, for the editor."""


def _has(user: Actor, permission: str) -> bool:
    """None stands for the operator (command line without --user): full rights."""
    if user is None:
        return True
    return bool(user.is_active and user.has_perm(permission))


def may_write_drafts(user: Actor) -> bool:
    return _has(user, ADD_ENTRY) or _has(user, CHANGE_ENTRY)


def may_publish(user: Actor) -> bool:
    """Publish, withdraw, bring back and pin: the chief's decisions."""
    return _has(user, PUBLISH_ENTRY)


def may_edit(user: Actor, entry: Entry) -> bool:
    """Drafts are open to every editor; published and withdrawn entries only to chiefs."""
    from summit.ticker.models import Entry

    if not _has(user, CHANGE_ENTRY):
        return False
    return entry.pk is None or entry.status == Entry.Status.DRAFT or may_publish(user)


def may_restore(user: Actor, entry: Entry) -> bool:
    return may_edit(user, entry)


def may_purge(user: Actor) -> bool:
    return _has(user, PURGE_ENTRY)


def may_change_ticker(user: Actor, ticker: Ticker | None = None) -> bool:
    return _has(user, CHANGE_TICKER)


def may_add_ticker(user: Actor) -> bool:
    return _has(user, ADD_TICKER)


def may_delete_ticker(user: Actor) -> bool:
    return _has(user, DELETE_TICKER)


def may_import(user: Actor) -> bool:
    return _has(user, ADD_ENTRY)


def import_status_for(user: Actor, wanted: str) -> str:
    """The status an import may give its entries: drafts for editors without publish rights."""
    from summit.ticker.models import Entry

    return wanted if may_publish(user) else Entry.Status.DRAFT


def may_apply_import(user: Actor, batch: ImportBatch) -> bool:
    """Applying a preview writes what its options say: a preview made to publish needs a
    chief, whoever made it."""
    from summit.ticker.models import Entry

    if not may_import(user):
        return False
    status = (batch.options or {}).get("status", Entry.Status.PUBLISHED)
    return status == Entry.Status.DRAFT or may_publish(user)


def may_undo_import(user: Actor, batch: ImportBatch, entries: list[Entry] | None = None) -> bool:
    """Undo withdraws what the import created: only a chief may withdraw published entries,
    so an editor may undo only while every entry it would touch is still a draft."""
    from summit.ticker.models import Entry

    if may_publish(user):
        return True
    if not may_import(user):
        return False
    if entries is None:
        return (batch.options or {}).get("status") == Entry.Status.DRAFT
    return all(entry.status == Entry.Status.DRAFT for entry in entries)


def may_change_names(user: Actor, model: type[Model]) -> bool:
    """Rename or merge speakers, sources or tags (every ticker showing them changes)."""
    return _has(user, CHANGE_NAMES[model._meta.model_name or ""])


NAMES_REFUSED = _("Namen, Quellen und Schlagwörter ändern darf nur, wer die Berechtigung hat.")


def may_change_authors(user: Actor, action: str = "change") -> bool:
    """Add, change or delete ("add", "change", "delete") the newsroom's authors: a change
    reaches the byline of every entry naming them."""
    return _has(user, f"ticker.{action}_author")


AUTHORS_REFUSED = _("Autoren anlegen, ändern und löschen darf nur, wer die Berechtigung hat.")
NO_WRITING = _("Einträge schreiben darf nur, wer zur Redaktion gehört.")
EDITING_PUBLISHED = _(
    "Veröffentlichte und zurückgezogene Einträge ändern darf nur, wer veröffentlichen darf."
)
DECIDING = _("Veröffentlichen, zurückziehen und anheften darf nur, wer veröffentlichen darf.")


# What other apps ask before an entry goes public, registered in their AppConfig.ready():
# each raises NotAllowed with the editor-facing reason.
_publish_checks: list[Callable[[Entry], None]] = []


def register_publish_check(check: Callable[[Entry], None]) -> None:
    if check not in _publish_checks:  # ready() may run twice
        _publish_checks.append(check)


def require_entry_change(user: Actor, before: Entry | None, after: Entry) -> None:
    """Raise NotAllowed unless `user` may turn `before` (None: a new entry) into `after`.

    Writing drafts needs the editor's rights, changing a published or withdrawn entry and
    every step onto or off the public pages (publish, withdraw, bring back, pin) the
    chief's. Withdrawing a draft no reader ever saw is an editor's step (undoing an import).
    """
    from summit.ticker.models import Entry

    require(may_write_drafts(user), str(NO_WRITING))
    if before is not None:
        require(may_edit(user, before), str(EDITING_PUBLISHED))
    before_status = before.status if before is not None else Entry.Status.DRAFT
    before_pinned = before.pinned if before is not None else False
    published = Entry.Status.PUBLISHED
    goes_public = published in (before_status, after.status) and before_status != after.status
    require(not (goes_public or after.pinned != before_pinned) or may_publish(user), str(DECIDING))
    if after.status == published and before_status != published:
        for check in _publish_checks:
            check(after)  # e.g. alt text and credit on every picture


def require(allowed: bool, message: StrOrPromise) -> None:
    """Raise NotAllowed with the editor-facing message when `allowed` is false."""
    if not allowed:
        raise NotAllowed(str(message))


def may_add_name(user: Actor, model: type[Model]) -> bool:
    """Add a new speaker, source or tag while writing (editors may; renaming is apart)."""
    return _has(user, f"ticker.add_{model._meta.model_name}")

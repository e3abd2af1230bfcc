"""Legal removal of an entry: its content and history are erased, who/when/why stays."""

from __future__ import annotations

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils.translation import gettext as _

from summit.ticker import erasure, policy
from summit.ticker.fields import model_field
from summit.ticker.models import Entry, EntryPurge
from summit.ticker.policy import Actor
from summit.ticker.services.batches import batch_scrub_entry
from summit.ticker.services.revisions import entry_touch, lock_tickers, move_revision


def _erased_content() -> dict[str, object]:
    """The empty value of every content field that has one; the time stays (no one's words)."""
    erased: dict[str, object] = {}
    for name in Entry.CONTENT_FIELDS:
        field = model_field(Entry, name)
        if field.null:
            erased[name] = None
        elif field.blank and isinstance(field, models.CharField | models.TextField):
            erased[name] = ""
    return erased


# Everything a legal removal erases: all content a reader or an editor could see, and the
# decisions taken about it.
PURGED_CONTENT = {
    **_erased_content(),
    "correction_note": "",
    "corrected_at": None,
    "pinned": False,
    "status": Entry.Status.WITHDRAWN,
}


def entry_purge(entry: Entry, *, by: Actor, reason: str) -> EntryPurge:
    """Legal removal: erase the entry's content and history, keep who/when/why.

    The entry stays as an empty, withdrawn row; when readers could see it, it is stamped
    with a new revision, so the next poll removes it from open pages and feeds and its
    permalink answers "gone".
    """
    policy.require(
        policy.may_purge(by),
        _("Aus rechtlichen Gründen löschen darf nur, wer die Berechtigung hat."),
    )
    with transaction.atomic():
        locked = lock_tickers([entry.ticker_id])[entry.ticker_id]
        versions = erasure.entry_versions(entry)  # every wording, read before it is erased
        if entry.status == Entry.Status.PUBLISHED:
            entry.revision = move_revision(locked)
        for name, value in PURGED_CONTENT.items():
            setattr(entry, name, value)
        entry.ticker = locked
        entry_touch(entry, by)
        entry.skip_history_when_saving = True  # the erased state needs no history record
        try:
            entry.save()
        finally:
            del entry.skip_history_when_saving
        entry.tags.clear()
        entry.images.all().delete()  # pictures are content too; their files go on commit
        entry.embeds.all().delete()  # so are the posts' cards (their words and links)
        entry.history.all().delete()
        # The imports it came from keep its raw text and parsed draft.
        batch_scrub_entry(entry, versions)
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

"""Applying a large import outside the request, so the editor's browser does not time out.

The apply is one transaction, so there is no progress to report on the way: the batch
carries `report["applying"]` (when it started) until the thread is done, and the batch page
shows "wird übernommen" and reloads itself until then. Small imports stay in the request.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from summit.ingest.apply import ImportRefused, batch_apply, batch_mark_failed
from summit.ticker.models import ImportBatch

logger = logging.getLogger(__name__)

# Imports with at least this many chosen entries are applied in the background.
BACKGROUND_THRESHOLD = 500
# A run that has not finished after this long died with its process; the editor may retry.
STALE_AFTER = timedelta(minutes=30)


def runs_in_background(batch: ImportBatch) -> bool:
    return len(batch.drafts) - len(batch.excluded) >= BACKGROUND_THRESHOLD


def is_applying(batch: ImportBatch) -> bool:
    started = (batch.report or {}).get("applying")
    if not started or batch.status not in (ImportBatch.Status.PREVIEW, ImportBatch.Status.FAILED):
        return False
    return timezone.now() - datetime.fromisoformat(started) < STALE_AFTER


def batch_apply_in_background(batch: ImportBatch, *, by: AbstractBaseUser | None) -> None:
    """Mark the batch as being applied and apply it in a thread; refuses a second start."""
    with transaction.atomic():
        locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if locked.status not in (ImportBatch.Status.PREVIEW, ImportBatch.Status.FAILED):
            raise ImportRefused(_("Dieser Import wurde bereits übernommen."))
        if is_applying(locked):
            raise ImportRefused(_("Dieser Import wird bereits übernommen."))
        locked.report = {**locked.report, "applying": timezone.now().isoformat(), "error": ""}
        locked.save(update_fields=["report"])
    batch.refresh_from_db()
    user_id = by.pk if by is not None and by.is_authenticated else None
    transaction.on_commit(lambda: start_thread(apply_batch_by_id, batch.pk, user_id))


def apply_batch_by_id(batch_id: int, user_id: int | None) -> None:
    """The thread's work: apply, or record why not (the failed apply left nothing behind)."""
    batch = ImportBatch.objects.get(pk=batch_id)
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    try:
        batch_apply(batch, by=user)
    except ImportRefused as error:
        batch_mark_failed(batch, str(error))
    except Exception as error:
        logger.exception("Import #%s failed in the background", batch_id)
        batch_mark_failed(
            batch, _("Übernehmen fehlgeschlagen: %(error)s") % {"error": str(error) or repr(error)}
        )


def start_thread(work: Callable[..., None], *args: object) -> None:
    """Run work in a daemon thread with its own database connection, closed at the end."""

    def run() -> None:
        try:
            work(*args)
        finally:
            connection.close()

    threading.Thread(target=run, daemon=True, name="import-apply").start()

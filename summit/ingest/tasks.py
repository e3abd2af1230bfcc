"""Background work of the importer on django-tasks: applying a large import.

The apply is one transaction, so a worker killed in the middle leaves nothing behind.
While it runs, the task holds a row lock on its batch (on SQLite: the database's write
lock); the lock goes with the worker's connection. That is how a dead run is told from a
live one at once, from the queue's own state and the database's, without a heartbeat:
a task the queue still calls RUNNING whose batch nobody holds has lost its worker. Such a
batch is marked failed and its task is queued again (`batch_recover`), so it runs to
completion as soon as a worker is there; the editor may also retry from the preview.

Every product task runs on the default queue, so `manage.py db_worker` without options
runs them all. Tasks are idempotent: a second run of an applied batch does nothing.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import TaskResultStatus, task
from django_tasks.exceptions import TaskResultDoesNotExist

from summit.ingest import apply
from summit.ingest.apply import ImportRefused, batch_mark_failed
from summit.ticker.models import ImportBatch
from summit.ticker.policy import NotAllowed

logger = logging.getLogger(__name__)

# Imports with at least this many chosen entries are applied by a task, not in the request.
BACKGROUND_THRESHOLD = 500
OPEN_STATES = (ImportBatch.Status.PREVIEW, ImportBatch.Status.FAILED)
REFUSALS = (ImportRefused, NotAllowed)


class Progress(enum.Enum):
    IDLE = "idle"  # no run handed over, or it has finished
    QUEUED = "queued"  # waiting for a worker
    RUNNING = "running"
    LOST = "lost"  # the queue says running, but no process holds the batch


def runs_in_background(batch: ImportBatch) -> bool:
    return len(batch.drafts) - len(batch.excluded) >= BACKGROUND_THRESHOLD


@task()
def apply_import(batch_id: int, user_id: int | None) -> str:
    """Apply the batch as `user_id` would in the request; record a refusal on the batch."""
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    try:
        with transaction.atomic():
            # Held until the transaction ends: the sign that this run is alive.
            batch = ImportBatch.objects.select_for_update().get(pk=batch_id)
            if batch.status not in OPEN_STATES:
                return "nothing to do"  # a run before this one applied it
            report = apply.batch_apply(batch, by=user)
    except REFUSALS as error:
        batch_mark_failed(ImportBatch.objects.get(pk=batch_id), str(error))
        return "refused"
    except Exception as error:
        logger.exception("Import #%s failed in the background", batch_id)
        batch_mark_failed(
            ImportBatch.objects.get(pk=batch_id),
            _("Übernehmen fehlgeschlagen: %(error)s") % {"error": str(error) or repr(error)},
        )
        raise
    return report.summary()


def batch_apply_in_background(batch: ImportBatch, *, by: AbstractBaseUser | None) -> None:
    """Hand the batch to the task queue; refuses a second start while a run is pending."""
    if apply_progress(batch) in (Progress.QUEUED, Progress.RUNNING):
        raise ImportRefused(_("Dieser Import wird bereits übernommen."))
    user_id = by.pk if by is not None and by.is_authenticated else None
    _enqueue(batch, user_id)


def _enqueue(batch: ImportBatch, user_id: int | None, error: str = "") -> None:
    """Queue a run and mark the batch with its task, in one transaction.

    With the database backend the task and the mark commit together: a worker sees neither
    before both are there. The mark keeps who asked (the run applies with their rights)
    and, after a lost run, the error the batch page shows until the new run is done.
    """
    with transaction.atomic():
        locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if locked.status not in OPEN_STATES:
            raise ImportRefused(_("Dieser Import wurde bereits übernommen."))
        result = apply_import.enqueue(batch.pk, user_id)
        mark = {"task": result.id, "task_user": user_id}
        if result.is_finished:
            locked.refresh_from_db()  # a backend that runs tasks at once (immediate) did it
        else:
            mark |= {"applying": timezone.now().isoformat(), "error": error}
        locked.report = {**locked.report, **mark}
        locked.save(update_fields=["report"])
    batch.refresh_from_db()


def apply_progress(batch: ImportBatch) -> Progress:
    """Where the batch's background run stands, from the queue's state and the batch lock."""
    task_id = (batch.report or {}).get("task")
    if not task_id or batch.status not in OPEN_STATES or "applying" not in batch.report:
        return Progress.IDLE
    status = _task_status(task_id)
    if status == TaskResultStatus.READY:
        return Progress.QUEUED
    if status != TaskResultStatus.RUNNING:
        return Progress.IDLE
    return Progress.RUNNING if _batch_is_held(batch.pk) else Progress.LOST


def _task_status(task_id: str) -> TaskResultStatus | None:
    if not apply_import.get_backend().supports_get_result:
        return None  # a backend that cannot say has run the task already (immediate)
    try:
        return apply_import.get_result(task_id).status
    except TaskResultDoesNotExist:
        return None


def _batch_is_held(batch_id: int) -> bool:
    """Whether another connection holds the batch (the task's transaction), without waiting."""
    try:
        with _no_lock_wait(), transaction.atomic():
            list(ImportBatch.objects.select_for_update(nowait=True).filter(pk=batch_id))
    except DatabaseError:
        return True
    return False


@contextmanager
def _no_lock_wait() -> Iterator[None]:
    """SQLite locks the whole database for a writer: ask it not to wait for the lock either."""
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        (waited,) = cursor.fetchone()
        cursor.execute("PRAGMA busy_timeout = 0")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA busy_timeout = {int(waited)}")


def batch_recover(batch: ImportBatch) -> Progress:
    """The batch's progress; a lost run is marked failed at once and its task queued again.

    Returns LOST for a run found lost (and now queued again), so the caller can say so.
    """
    progress = apply_progress(batch)
    if progress != Progress.LOST:
        return progress
    logger.warning("Import #%s lost its worker; queued again", batch.pk)
    _close_lost_result(batch.report["task"])
    user_id = batch.report.get("task_user")
    message = _(
        "Der Hintergrunddienst wurde beendet, bevor der Import fertig war; nichts wurde "
        "übernommen. Der Import ist erneut eingereiht und läuft, sobald ein Dienst bereit ist."
    )
    batch_mark_failed(batch, message)
    # The failure stays on the batch page until the new run has applied the import.
    _enqueue(batch, user_id, error=message)
    return Progress.LOST


class WorkerLost(Exception):
    """The worker running the task ended without finishing it (killed, or its machine)."""


def _close_lost_result(task_id: str) -> None:
    """Let the queue's own record say what happened (django-tasks-db keeps it "running")."""
    db_result = getattr(apply_import.get_result(task_id), "db_result", None)
    if db_result is not None:
        db_result.set_failed(WorkerLost(_("Der Hintergrunddienst wurde beendet.")))


def recover_lost_imports() -> int:
    """Queue again every import whose worker died; a starting worker calls this first."""
    candidates = ImportBatch.objects.filter(status__in=OPEN_STATES, report__has_key="applying")
    return sum(1 for batch in candidates if batch_recover(batch) == Progress.LOST)

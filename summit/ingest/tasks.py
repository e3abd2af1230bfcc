"""Background work of the importer on django-tasks: reading a big paste, applying a large import.

Each run is one transaction, so a worker killed in the middle leaves nothing behind.
While it runs, the task holds a row lock on its batch (on SQLite: the database's write
lock); the lock goes with the worker's connection. That is how a dead run is told from a
live one at once, from the queue's own state and the database's, without a heartbeat:
a task the queue still calls RUNNING whose batch nobody holds has lost its worker. Such a
batch shows the failure and its task is queued again (`batch_recover`), so it runs to
completion as soon as a worker is there; the editor may also retry from the preview.

The batch carries the mark of its pending run in its report: "reading" or "applying"
(since when), "task" (the queue's id) and "task_user" (whose rights the run applies).
Every product task runs on the default queue, so `manage.py db_worker` without options
runs them all. Tasks are idempotent: a second run of a finished batch does nothing.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.contrib.auth import get_user_model
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django_tasks import TaskResultStatus, task
from django_tasks.exceptions import TaskResultDoesNotExist

from summit.ingest import apply
from summit.ingest.collector import cycle_collection_paused
from summit.ingest.drafts import UnreadableInput
from summit.ingest.pipeline import ImportOptions, Prepared, prepare_import
from summit.ticker.models import ImportBatch, Ticker
from summit.ticker.policy import Actor, NotAllowed
from summit.ticker.services.batches import (
    OPEN_STATES,
    ImportRefused,
    batch_create,
    batch_keep_preview,
    batch_mark_failed,
    batch_mark_queued,
    batch_mark_unreadable,
)

logger = logging.getLogger(__name__)

# Imports with at least this many chosen entries are applied by a task, not in the request.
BACKGROUND_THRESHOLD = 500
# Inputs of at least this many characters are read (parsed) by a task, not in the request.
READ_IN_BACKGROUND_CHARS = 1_000_000
REFUSALS = (ImportRefused, NotAllowed)
READING, APPLYING = "reading", "applying"
LOST_MESSAGE = gettext_noop(
    "Der Hintergrunddienst wurde beendet, bevor der Import fertig war; nichts wurde "
    "übernommen. Der Import ist erneut eingereiht und läuft, sobald ein Dienst bereit ist."
)


class Progress(enum.Enum):
    IDLE = "idle"  # no run handed over, or it has finished
    QUEUED = "queued"  # waiting for a worker
    RUNNING = "running"
    LOST = "lost"  # the queue says running, but no process holds the batch


class WorkerLost(Exception):
    """The worker running the task ended without finishing it (killed, or its machine)."""


def runs_in_background(batch: ImportBatch) -> bool:
    return len(batch.drafts) - len(batch.excluded) >= BACKGROUND_THRESHOLD


def reads_in_background(text: str | bytes) -> bool:
    return len(text) >= READ_IN_BACKGROUND_CHARS


# -- the tasks ----------------------------------------------------------------------------


@task()
def apply_import(batch_id: int, user_id: int | None) -> str:
    """Apply the batch as `user_id` would in the request; record a refusal on the batch."""
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    try:
        with cycle_collection_paused(), transaction.atomic():
            # Held until the transaction ends: the sign that this run is alive.
            batch = ImportBatch.objects.select_for_update().get(pk=batch_id)
            if batch.status not in OPEN_STATES or READING in batch.report:
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


@task()
def read_import(batch_id: int) -> str:
    """Parse the batch's stored input into its preview (a paste too big for the request)."""
    try:
        with cycle_collection_paused(), transaction.atomic():
            batch = ImportBatch.objects.select_for_update().get(pk=batch_id)
            if READING not in batch.report:
                return "nothing to do"
            prepared = prepare_import(batch.raw_input, ImportOptions.from_storage(batch.options))
            _keep_preview(batch, prepared)
    except UnreadableInput as error:
        batch_mark_unreadable(batch_id, str(error))
        return "unreadable"
    except Exception as error:
        logger.exception("Import #%s could not be read in the background", batch_id)
        batch_mark_unreadable(
            batch_id, _("Lesen fehlgeschlagen: %(error)s") % {"error": str(error) or repr(error)}
        )
        raise
    return f"{len(prepared.drafts)} entries"


def _keep_preview(batch: ImportBatch, prepared: Prepared) -> None:
    """The parsed preview on the batch, as apply.batch_create keeps one made in the request."""
    batch_keep_preview(batch, **apply.preview_contents(prepared, batch.ticker))


# -- handing work to the queue ------------------------------------------------------------


def batch_read_in_background(
    text: str, options: ImportOptions, ticker: Ticker, *, by: Actor, filename=""
) -> ImportBatch:
    """Keep the raw input as a batch whose preview a task fills in."""
    batch = batch_create(
        ticker,
        by=by,
        format=options.format,
        raw_input=text,
        options=options.to_storage(),
        drafts=[],
        report={READING: timezone.now().isoformat()},
        filename=filename,
    )
    _enqueue(batch, READING, _user_id(by))
    return batch


def batch_apply_in_background(batch: ImportBatch, *, by: Actor) -> None:
    """Hand the batch to the task queue; refuses a second start while a run is pending."""
    if batch_progress(batch) in (Progress.QUEUED, Progress.RUNNING):
        raise ImportRefused(_("Dieser Import wird bereits übernommen."))
    _enqueue(batch, APPLYING, _user_id(by))


def _user_id(by: Actor) -> int | None:
    return by.pk if by is not None and by.is_authenticated else None


def _enqueue(batch: ImportBatch, kind: str, user_id: int | None, error: str = "") -> None:
    """Queue a run and mark the batch with its task, in one transaction.

    With the database backend the task and the mark commit together: a worker sees neither
    before both are there. After a lost run, `error` stays on the batch page until the new
    run is done.
    """
    with transaction.atomic():
        locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if locked.status not in OPEN_STATES:
            raise ImportRefused(_("Dieser Import wurde bereits übernommen."))
        if kind == READING:
            result = read_import.enqueue(batch.pk)
        else:
            result = apply_import.enqueue(batch.pk, user_id)
        mark = {"task": result.id, "task_user": user_id}
        if result.is_finished:
            locked.refresh_from_db()  # a backend that runs tasks at once (immediate) did it
        else:
            mark |= {kind: timezone.now().isoformat(), "error": error}
        batch_mark_queued(locked, mark)
    batch.refresh_from_db()


# -- where a run stands -------------------------------------------------------------------


def pending_kind(batch: ImportBatch) -> str | None:
    """READING or APPLYING while a run was handed to the queue and has not finished."""
    report = batch.report or {}
    if batch.status not in OPEN_STATES or "task" not in report:
        return None
    return next((kind for kind in (READING, APPLYING) if kind in report), None)


def batch_progress(batch: ImportBatch) -> Progress:
    """Where the batch's background run stands, from the queue's state and the batch lock."""
    if pending_kind(batch) is None:
        return Progress.IDLE
    status = _task_status(batch.report["task"])
    if status == TaskResultStatus.READY:
        return Progress.QUEUED
    if status != TaskResultStatus.RUNNING:
        return Progress.IDLE
    return Progress.RUNNING if _batch_is_held(batch.pk) else Progress.LOST


def _task_result(task_id: str) -> Any:
    backend = apply_import.get_backend()
    if not backend.supports_get_result:
        return None  # a backend that cannot say has run the task already (immediate)
    try:
        return backend.get_result(task_id)
    except TaskResultDoesNotExist:
        return None


def _task_status(task_id: str) -> TaskResultStatus | None:
    result = _task_result(task_id)
    return result.status if result is not None else None


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


# -- lost runs ----------------------------------------------------------------------------


def batch_recover(batch: ImportBatch) -> Progress:
    """The batch's progress; a lost run shows as failed at once and is queued again.

    Returns LOST for a run found lost (and now queued again), so the caller can say so.
    """
    progress = batch_progress(batch)
    if progress != Progress.LOST:
        return progress
    kind, lost_task = pending_kind(batch), batch.report["task"]
    assert kind is not None  # a lost run is one whose kind is pending
    # One transaction, so nobody sees the lost run closed but not yet queued again.
    with transaction.atomic():
        locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
        if locked.report.get("task") != lost_task:
            batch.refresh_from_db()
            return batch_progress(batch)  # recovered by someone else meanwhile
        logger.warning("Import #%s lost its worker; queued again", batch.pk)
        _close_lost_result(lost_task)
        if kind == APPLYING:
            batch_mark_failed(locked, _(LOST_MESSAGE))
        _enqueue(locked, kind, locked.report.get("task_user"), error=_(LOST_MESSAGE))
    batch.refresh_from_db()
    return Progress.LOST


def _close_lost_result(task_id: str) -> None:
    """Let the queue's own record say what happened (django-tasks-db keeps it "running")."""
    db_result = getattr(_task_result(task_id), "db_result", None)
    if db_result is not None:
        db_result.set_failed(WorkerLost(_("Der Hintergrunddienst wurde beendet.")))


def recover_lost_imports() -> int:
    """Queue again every import whose worker died; a starting worker calls this first."""
    candidates = ImportBatch.objects.filter(status__in=OPEN_STATES, report__has_key="task")
    return sum(1 for batch in candidates if batch_recover(batch) == Progress.LOST)

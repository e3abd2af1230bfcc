"""Large imports run on the task queue; a worker that dies in the middle loses nothing.

The first tests run the queue's database backend inside the test (a worker pass with
`db_worker --batch`); the last ones start real `manage.py db_worker` processes on a
database of their own and kill one with SIGKILL in the middle of an import.
"""

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from summit.ingest import tasks
from summit.ticker.models import Entry, ImportBatch
from summit.ticker.policy import NotAllowed

from ..processes import manage
from .conftest import database_state
from .test_admin import IMPORT_URL, form

ROOT = Path(__file__).resolve().parents[2]
LOST = "Der Hintergrunddienst wurde beendet, bevor der Import fertig war"
POLLING = 'hx-trigger="load delay:2s"'


@pytest.fixture
def low_threshold(monkeypatch) -> None:
    """The seed's 17 entries count as a large import."""
    monkeypatch.setattr(tasks, "BACKGROUND_THRESHOLD", 5)


@pytest.fixture
def run_worker(monkeypatch) -> Iterator[Callable[[], None]]:
    """run_worker() runs every queued task once, as `manage.py db_worker` would."""
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    # Inside the test's transaction the worker must keep the test's connection.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )

    def run() -> None:
        call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)

    yield run
    for sig, handler in handlers.items():  # the worker installs its own
        signal.signal(sig, handler)


@task()
def answer(word: str) -> str:
    return word


def test_the_worker_without_options_runs_every_queue(db, run_worker, settings):
    settings.TASKS = {"default": {**settings.TASKS["default"], "QUEUES": ["default", "anderswo"]}}
    result = answer.using(queue_name="anderswo").enqueue("ja")
    run_worker()
    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL and result.return_value == "ja"


def confirm(client, target) -> tuple[ImportBatch, object]:
    client.post(IMPORT_URL, form(target))
    batch = ImportBatch.objects.get()
    response = client.post(reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1"})
    return batch, response


def batch_page(client, batch, **headers) -> str:
    response = client.get(reverse("admin:ingest_batch", args=[batch.pk]), headers=headers)
    assert response.status_code == 200
    return response.content.decode()


def test_a_large_import_is_queued_and_its_page_polls_until_a_worker_applied_it(
    staff_client, target, low_threshold, run_worker
):
    batch, response = confirm(staff_client, target)
    batch_url = reverse("admin:ingest_batch", args=[batch.pk])
    assert response["Location"] == batch_url
    assert not Entry.objects.exists()
    queued = DBTaskResult.objects.get()
    assert queued.status == "READY" and queued.task_path == "summit.ingest.tasks.apply_import"

    page = batch_page(staff_client, batch)
    assert POLLING in page and 'http-equiv="refresh"' not in page
    assert "wartet auf den Hintergrunddienst" in page
    fragment = batch_page(staff_client, batch, HX_Request="true")
    assert POLLING in fragment and "<html" not in fragment
    # While it waits, the preview cannot be confirmed a second time.
    preview_url = reverse("admin:ingest_preview", args=[batch.pk])
    assert staff_client.get(preview_url)["Location"] == batch_url
    assert staff_client.post(preview_url, {"apply": "1"})["Location"] == batch_url
    assert DBTaskResult.objects.count() == 1

    run_worker()
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED and target.entries.count() == 17
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    fragment = batch_page(staff_client, batch, HX_Request="true")
    assert "hx-trigger" not in fragment  # the answer without the trigger ends the polling
    assert "17 Einträge angelegt" in fragment


def test_with_the_immediate_backend_a_large_import_is_applied_at_once(
    staff_client, target, low_threshold, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    batch, response = confirm(staff_client, target)
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED and target.entries.count() == 17
    page = batch_page(staff_client, batch)
    assert "hx-trigger" not in page and "17 Einträge angelegt" in page


def test_a_second_run_of_an_applied_import_changes_nothing(staff_client, target, low_threshold):
    batch, _response = confirm(staff_client, target)
    tasks.apply_import.call(batch.pk, None)
    state = database_state()
    assert tasks.apply_import.call(batch.pk, None) == "nothing to do"
    assert database_state() == state


def test_a_small_import_stays_in_the_request(staff_client, target, monkeypatch):
    monkeypatch.setattr(tasks, "BACKGROUND_THRESHOLD", 18)
    batch, _response = confirm(staff_client, target)
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED and target.entries.count() == 17
    assert not DBTaskResult.objects.exists()


def test_a_failure_in_the_task_marks_the_batch_failed_and_leaves_nothing(
    staff_client, target, low_threshold, run_worker, monkeypatch
):
    staff_client.post(IMPORT_URL, form(target))
    before = database_state()
    original = tasks.apply.batch_apply

    def apply_then_fail(batch, *, by):
        original(batch, by=by)  # the entries are written, then the disk is full
        raise OSError("Kein Platz mehr auf dem Gerät")

    monkeypatch.setattr(tasks.apply, "batch_apply", apply_then_fail)
    batch = ImportBatch.objects.get()
    staff_client.post(reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1"})
    run_worker()

    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.FAILED
    assert "Kein Platz mehr auf dem Gerät" in batch.report["error"]
    assert DBTaskResult.objects.get().status == "FAILED"
    assert database_state() == {**before, "batches": 1}
    page = batch_page(staff_client, batch)
    assert "Kein Platz mehr auf dem Gerät" in page and "hx-trigger" not in page
    assert "Zur Vorschau" in page  # the editor can try again


def test_a_run_whose_worker_died_shows_as_failed_at_once_and_runs_again(
    staff_client, target, low_threshold, run_worker
):
    batch, _response = confirm(staff_client, target)
    before = database_state()
    # A worker claimed the task and was killed: the queue still says "running", but no
    # process holds the batch (its transaction went with its connection).
    DBTaskResult.objects.update(status="RUNNING", worker_ids=["gone"])

    page = batch_page(staff_client, batch)
    assert LOST in page and POLLING in page
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.FAILED
    assert database_state() == before
    assert DBTaskResult.objects.filter(status="READY").count() == 1  # queued again

    run_worker()
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED and target.entries.count() == 17
    assert LOST not in batch_page(staff_client, batch)


def test_a_big_paste_is_read_by_a_task_and_not_in_the_request(
    staff_client, target, run_worker, monkeypatch
):
    monkeypatch.setattr(tasks, "READ_IN_BACKGROUND_CHARS", 1000)
    response = staff_client.post(IMPORT_URL, form(target))
    batch = ImportBatch.objects.get()
    batch_url = reverse("admin:ingest_batch", args=[batch.pk])
    assert response["Location"] == batch_url
    assert batch.drafts == [] and batch.raw_input.startswith("Liveticker")
    assert DBTaskResult.objects.get().task_path == "summit.ingest.tasks.read_import"
    page = batch_page(staff_client, batch)
    assert POLLING in page and "wird im Hintergrund gelesen" in page
    preview_url = reverse("admin:ingest_preview", args=[batch.pk])
    assert staff_client.get(preview_url)["Location"] == batch_url

    run_worker()
    fragment = batch_page(staff_client, batch, HX_Request="true")
    assert "hx-trigger" not in fragment and "Zur Vorschau" in fragment
    preview = staff_client.get(preview_url).content.decode()
    assert preview.count('name="exclude"') == 17
    staff_client.post(preview_url, {"apply": "1"})
    assert target.entries.count() == 17


def test_a_reading_run_whose_worker_died_is_queued_again(
    staff_client, target, run_worker, monkeypatch
):
    monkeypatch.setattr(tasks, "READ_IN_BACKGROUND_CHARS", 1000)
    staff_client.post(IMPORT_URL, form(target))
    batch = ImportBatch.objects.get()
    DBTaskResult.objects.update(status="RUNNING", worker_ids=["gone"])

    page = batch_page(staff_client, batch)
    assert LOST in page and POLLING in page
    assert sorted(DBTaskResult.objects.values_list("status", flat=True)) == ["FAILED", "READY"]
    run_worker()
    batch.refresh_from_db()
    assert len(batch.drafts) == 17 and "Zur Vorschau" in batch_page(staff_client, batch)


def test_a_big_paste_without_entries_says_so_and_stores_nothing_else(
    staff_client, target, run_worker, monkeypatch
):
    monkeypatch.setattr(tasks, "READ_IN_BACKGROUND_CHARS", 1)
    before = database_state()
    staff_client.post(IMPORT_URL, form(target, text="[]", format="json"))
    run_worker()
    batch = ImportBatch.objects.get()
    assert batch.status == ImportBatch.Status.FAILED
    page = batch_page(staff_client, batch)
    assert "hx-trigger" not in page and "Zur Vorschau" not in page
    assert "kein Eintrag gefunden" in page
    assert database_state() == {**before, "batches": 1}


def test_editors_see_a_refusal_of_the_rules_as_a_message(
    redakteur, staff_client, target, monkeypatch
):
    # A chief's preview made to publish: an editor without the publish right may not apply it.
    staff_client.post(IMPORT_URL, form(target))
    batch = ImportBatch.objects.get()
    editor = Client()
    editor.force_login(redakteur)
    before = database_state()
    response = editor.post(
        reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1"}, follow=True
    )
    assert response.status_code == 200
    assert "übernehmen darf ihn nur, wer veröffentlichen darf" in response.content.decode()
    assert database_state() == before

    # A rule the services enforce (NotAllowed) reaches the editor as a message, never a 500.
    def refuse(batch, *, by):
        raise NotAllowed("Das darf nur der Chef vom Dienst.")

    monkeypatch.setattr("summit.ingest.admin.batch_apply", refuse)
    response = staff_client.post(
        reverse("admin:ingest_preview", args=[batch.pk]), {"apply": "1"}, follow=True
    )
    assert response.status_code == 200
    assert "Das darf nur der Chef vom Dienst." in response.content.decode()
    assert database_state() == before


# -- real worker processes ---------------------------------------------------------------

ENTRIES = 3000
SETUP = (
    f"ENTRIES = {ENTRIES}\n"
    + """
import datetime as dt, json
from django.contrib.auth import get_user_model
from django.test import Client
from summit.ticker.models import ImportBatch, Ticker
ticker = Ticker.objects.create(slug="gross", title="Großer Import")
chief = get_user_model().objects.create_superuser("chefin", "chefin@example.org", "pw-123456")
client = Client()
client.force_login(chief)
start = dt.datetime(2025, 8, 15, 12, 0, tzinfo=dt.UTC)
items = [
    {"title": f"Meldung {n}", "body": f"Der Text der Meldung {n}.", "external_id": f"m-{n}",
     "published_at": (start + dt.timedelta(seconds=n)).isoformat()}
    for n in range(ENTRIES)
]
client.post("/admin/ticker/importbatch/import/", {
    "ticker": ticker.pk, "text": json.dumps(items), "format": "json", "status": "published",
    "time_zone": "", "reference_time": "2025-08-16 12:00:00", "source": ""})
batch = ImportBatch.objects.get()
answer = client.post(f"/admin/ticker/importbatch/{batch.pk}/preview/", {"apply": "1"})
print(json.dumps({"batch": batch.pk, "location": answer["Location"]}))
"""
)

BATCH_PAGE = """
from django.contrib.auth import get_user_model
from django.test import Client
client = Client()
client.force_login(get_user_model().objects.get(username="chefin"))
print(client.get("/admin/ticker/importbatch/%s/batch/").content.decode())
"""


class Database:
    """A database of the test's own, read with plain SQL (the worker writes it)."""

    def __init__(self, url: str) -> None:
        self.url = url

    def query(self, sql: str, *params) -> list[tuple]:
        if self.url.startswith("sqlite"):
            import sqlite3

            with sqlite3.connect(self.url.removeprefix("sqlite:///"), timeout=30) as con:
                return con.execute(sql.replace("%s", "?"), params).fetchall()
        import psycopg

        with psycopg.connect(self.url) as con:
            return con.execute(sql, params).fetchall()

    def batch_is_held(self, batch_id: int) -> bool:
        """Whether a transaction holds the batch (SQLite: the database's write lock)."""
        if self.url.startswith("sqlite"):
            import sqlite3

            con = sqlite3.connect(self.url.removeprefix("sqlite:///"), timeout=0)
            try:
                con.isolation_level = None
                con.execute("BEGIN IMMEDIATE")
                con.execute("ROLLBACK")
                return False
            except sqlite3.OperationalError:
                return True
            finally:
                con.close()
        import psycopg

        with psycopg.connect(self.url) as con:
            try:
                con.execute(
                    "SELECT 1 FROM ticker_importbatch WHERE id = %s FOR UPDATE NOWAIT", [batch_id]
                )
                return False
            except psycopg.errors.LockNotAvailable:
                return True

    def task_statuses(self) -> list[str]:
        return [
            row[0] for row in self.query("SELECT status FROM django_tasks_database_dbtaskresult")
        ]

    def batch_status(self, batch_id: int) -> str:
        return self.query("SELECT status FROM ticker_importbatch WHERE id = %s", batch_id)[0][0]

    def batch_error(self, batch_id: int) -> str:
        report = self.query("SELECT report FROM ticker_importbatch WHERE id = %s", batch_id)[0][0]
        return (json.loads(report) if isinstance(report, str) else report).get("error", "")

    def entries(self) -> int:
        return self.query("SELECT count(*) FROM ticker_entry")[0][0]


def wait_for(condition: Callable[[], bool], within: float, what: str, every: float = 0.02) -> None:
    """Wait for a condition with a generous deadline (a loaded 2-core machine is slow)."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"not within {within} s: {what}")
        time.sleep(every)


@pytest.fixture
def database_url(tmp_path) -> Iterator[str]:
    """SQLite in a file, or a fresh PostgreSQL database when the suite runs on PostgreSQL."""
    main = os.environ.get("DATABASE_URL", "")
    if not main.startswith("postgres"):
        yield f"sqlite:///{tmp_path / 'tasks.sqlite3'}"
        return
    import psycopg

    server, _slash, _name = main.rpartition("/")
    name = f"summit_tasks_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    yield f"{server}/{name}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as con:
        con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def site(database_url) -> tuple[dict[str, str], Database]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DATABASE_URL", "TASKS_BACKEND"}
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "WARNING",
    }
    manage(env, "migrate", "--noinput", "-v", "0")
    return env, Database(database_url)


@pytest.fixture
def start_worker(site) -> Iterator[Callable[[], subprocess.Popen]]:
    """start_worker() -> a running `manage.py db_worker`, as production starts it."""
    env, _db = site
    started: list[subprocess.Popen] = []

    def start() -> subprocess.Popen:
        process = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.terminate()
    for process in started:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.mark.parametrize("looked_at", [True, False], ids=["editor-looks", "nobody-looks"])
def test_a_worker_killed_in_the_middle_of_an_import_loses_nothing(site, start_worker, looked_at):
    env, db = site
    setup = json.loads(manage(env, "shell", "-c", SETUP).strip().splitlines()[-1])
    batch = setup["batch"]
    assert setup["location"].endswith(f"/{batch}/batch/")
    assert db.task_statuses() == ["READY"] and db.entries() == 0

    worker = start_worker()
    wait_for(
        lambda: db.task_statuses() == ["RUNNING"] and db.batch_is_held(batch),
        within=120,
        what="the worker applying the import",
    )
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=30)

    # Nothing of the import is there, and the batch is still open.
    assert db.entries() == 0
    assert db.batch_status(batch) == "preview"

    if looked_at:
        # The batch page says so at once, and queues the import again.
        page = manage(env, "shell", "-c", BATCH_PAGE % batch)
        assert LOST in page
        assert db.batch_status(batch) == "failed"
        assert sorted(db.task_statuses()) == ["FAILED", "READY"]

    # A worker that starts later finishes the import (and finds a lost one by itself).
    start_worker()
    wait_for(
        lambda: not {"READY", "RUNNING"} & set(db.task_statuses()),
        within=240,
        what="the import run again",
    )
    assert db.batch_status(batch) == "applied", db.batch_error(batch)
    assert db.entries() == ENTRIES
    page = manage(env, "shell", "-c", BATCH_PAGE % batch)
    assert f"{ENTRIES} Einträge angelegt" in page and LOST not in page

"""Fixtures of the operations tests."""

import signal

import pytest
from django.core.management import call_command


@pytest.fixture
def run_worker(monkeypatch):
    """Runs every task that is due, as `manage.py db_worker` would, inside the test."""
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )

    def run() -> None:
        call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)

    yield run
    for sig, handler in handlers.items():
        signal.signal(sig, handler)

"""Planned entries published on time by the task queue (`manage.py db_worker`)."""

import datetime as dt

from django.db import transaction
from django_tasks import task

from summit.ticker import services


@task()
def publish_due_entries() -> int:
    """Publish every planned entry whose time has come (idempotent: an early or second run
    publishes nothing twice and nothing before its time)."""
    return services.entries_publish_due()


def plan_publication(at: dt.datetime) -> None:
    """Queue a run for `at`, once the plan is committed (the worker polls every second)."""
    transaction.on_commit(lambda: publish_due_entries.using(run_after=at).enqueue())

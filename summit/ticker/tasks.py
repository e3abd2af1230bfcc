"""The ticker's own background work on the task queue (`manage.py db_worker`): planned
entries published and planned ticker starts and ends reached on time. The composer, the admin, the
importer and the ticker's save signal queue these runs."""

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from summit.ticker import services
from summit.ticker.models import Ticker


@task()
def publish_due_entries() -> int:
    """Publish every planned entry whose time has come (idempotent: an early or second run
    publishes nothing twice and nothing before its time)."""
    return services.entries_publish_due()


def plan_publication(at: dt.datetime) -> None:
    """Queue a run for `at`, once the plan is committed (the worker polls every second)."""
    transaction.on_commit(lambda: publish_due_entries.using(run_after=at).enqueue())


@task()
def end_due_tickers() -> int:
    """End every ticker whose planned end has come, through the same service as the admin,
    so the revision moves and readers' pollers get the stop answer (idempotent: an ended
    ticker is left alone, an early run ends nothing)."""
    due = Ticker.objects.filter(coverage_end__lte=timezone.now()).exclude(
        status=Ticker.Status.ENDED
    )
    for ticker in due:
        services.ticker_update(ticker, status=Ticker.Status.ENDED)
    return len(due)


def plan_ticker_end(at: dt.datetime) -> None:
    """Queue the end for `at`, once the ticker's plan is committed."""
    transaction.on_commit(lambda: end_due_tickers.using(run_after=at).enqueue())


@task()
def start_due_tickers() -> int:
    """Tell readers a planned start has come: the revision moves, so kept pages and embeds
    are rendered again without "Live ab …" (idempotent, like the end)."""
    return services.tickers_reach_start()


def plan_ticker_start(at: dt.datetime) -> None:
    """Queue the start for `at`, once the ticker's plan is committed."""
    transaction.on_commit(lambda: start_due_tickers.using(run_after=at).enqueue())

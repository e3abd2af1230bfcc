"""The webhook tasks on django-tasks: collect a ticker's changes, deliver each one."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django_tasks import task

from summit.ops import webhooks
from summit.ticker.models import Ticker


@task()
def notify_webhooks(ticker_id: int) -> None:
    """After a revision move: one delivery per endpoint and change, each its own task."""
    for delivery in webhooks.collect_deliveries(ticker_id):
        deliver_webhook.enqueue(delivery.pk)


@task()
def deliver_webhook(delivery_id: int) -> None:
    """One attempt; a failure queues the next attempt for later (backoff), on backends that
    can run a task later (the database queue can)."""
    retry_at = webhooks.attempt(delivery_id)
    if retry_at is not None and deliver_webhook.get_backend().supports_defer:
        deliver_webhook.using(run_after=retry_at).enqueue(delivery_id)


@task()
def ping_websub_hub(ticker_id: int) -> None:
    webhooks.ping_hub(ticker_id)


def on_ticker_saved(sender, instance, created: bool, **kwargs) -> None:
    """post_save of Ticker: every revision move (and a ticker ending) may concern partners
    and the WebSub hub; the tasks run once the change is committed."""
    if created or instance.status == Ticker.Status.DRAFT:
        return
    if settings.WEBSUB_HUB_URL:
        transaction.on_commit(lambda: ping_websub_hub.enqueue(instance.pk))
    if instance.webhooks.filter(active=True).exists():
        transaction.on_commit(lambda: notify_webhooks.enqueue(instance.pk))


def on_entry_purged(sender, instance, created: bool, **kwargs) -> None:
    """post_save of EntryPurge: the erased text leaves the webhook log as well."""
    if created:
        webhooks.scrub_purged_entry(instance.entry_id)

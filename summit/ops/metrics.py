"""The figures /metrics shows: defined once here, recorded by the middleware and (through a
signal) the importer.

Counters and histograms live in each process (or, with PROMETHEUS_MULTIPROC_DIR set, in
files that every gunicorn worker writes and the scrape adds up). Figures that the database
already knows - revisions per ticker, the task queue - are read when scraped, so they are
the same whichever worker answers.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily

# Latency buckets for a site whose kept pages answer in milliseconds and whose freshly
# rendered pages take tens of them.
LATENCY_BUCKETS = (0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)

REQUESTS = Counter(
    "summit_http_requests",
    "Answered requests by view and status.",
    ["view", "method", "status"],
)
LATENCY = Histogram(
    "summit_http_request_duration_seconds",
    "Time from the request entering the middleware to the response leaving it.",
    ["view"],
    buckets=LATENCY_BUCKETS,
)
WITHOUT_QUERY = Counter(
    "summit_http_requests_without_query",
    "Answered requests that asked the database nothing (e.g. polls served from the cache).",
    ["view", "status"],
)
KEPT_ANSWERS = Counter(
    "summit_kept_answers",
    "Kept pages and poll fragments looked up: result=hit served from the cache, miss rendered.",
    ["kind", "result"],
)
IMPORT_DURATION = Histogram(
    "summit_import_apply_duration_seconds",
    "Time to apply an import batch.",
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
)
IMPORT_ENTRIES = Histogram(
    "summit_import_entries",
    "Entries in an applied import batch.",
    buckets=(1, 5, 10, 25, 50, 100, 250, 500, 1000, 5000),
)
IMPORT_BYTES = Histogram(
    "summit_import_input_bytes",
    "Size of an applied import's raw input.",
    buckets=(1e3, 1e4, 1e5, 1e6, 5e6, 2e7),
)


def observe_import(sender, *, seconds: float, entries: int, input_bytes: int, **kwargs) -> None:
    """Receiver of summit.ingest.apply.batch_applied."""
    IMPORT_DURATION.observe(seconds)
    IMPORT_ENTRIES.observe(entries)
    IMPORT_BYTES.observe(input_bytes)


class DatabaseFigures:
    """Revisions per ticker and the task queue, read from the database at scrape time."""

    def collect(self):
        yield self._revisions()
        yield from self._task_queue()
        yield from self._webhooks()

    def _revisions(self) -> GaugeMetricFamily:
        from summit.ticker.models import Ticker

        family = GaugeMetricFamily(
            "summit_ticker_revision", "Current revision of each public ticker.", labels=["ticker"]
        )
        for slug, revision in Ticker.objects.public().values_list("slug", "revision"):
            family.add_metric([slug], revision)
        return family

    def _task_queue(self):
        """Depth and age of the oldest waiting task; absent without django-tasks-db."""
        from django.apps import apps
        from django.utils import timezone

        if not apps.is_installed("django_tasks_db"):
            return
        from django.db.models import Count, Min
        from django_tasks_db.models import DBTaskResult

        waiting = DBTaskResult.objects.filter(status="READY").aggregate(
            depth=Count("id"), oldest=Min("enqueued_at")
        )
        yield GaugeMetricFamily(
            "summit_task_queue_depth", "Tasks waiting for a worker.", value=waiting["depth"]
        )
        age = (timezone.now() - waiting["oldest"]).total_seconds() if waiting["oldest"] else 0
        yield GaugeMetricFamily(
            "summit_task_queue_oldest_age_seconds",
            "How long the oldest waiting task has waited (0 when none waits).",
            value=age,
        )

    def _webhooks(self):
        from django.db.models import Count

        from summit.ops.models import WebhookDelivery, WebhookEndpoint

        deliveries = GaugeMetricFamily(
            "summit_webhook_deliveries",
            "Webhook deliveries by status (pending, delivered, gave_up).",
            labels=["status"],
        )
        counts = dict(
            WebhookDelivery.objects.values_list("status").annotate(n=Count("id")).order_by()
        )
        for status in WebhookDelivery.Status.values:
            deliveries.add_metric([status], counts.get(status, 0))
        yield deliveries
        failing = GaugeMetricFamily(
            "summit_webhook_failures_in_a_row",
            "Failed deliveries in a row per endpoint (10 disable it).",
            labels=["ticker", "endpoint"],
        )
        for slug, pk, failures in WebhookEndpoint.objects.values_list(
            "ticker__slug", "pk", "failures_in_a_row"
        ):
            failing.add_metric([slug, str(pk)], failures)
        yield failing
        yield GaugeMetricFamily(
            "summit_webhooks_disabled",
            "Endpoints switched off after repeated failures.",
            value=WebhookEndpoint.objects.filter(active=False).count(),
        )


def exposition() -> tuple[bytes, str]:
    """The scrape's body and content type: this process's figures, or all workers' in
    multiprocess mode, then the database's."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = REGISTRY
    database = CollectorRegistry()
    database.register(DatabaseFigures())
    return generate_latest(registry) + generate_latest(database), CONTENT_TYPE_LATEST

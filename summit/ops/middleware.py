"""One observation per request: the metrics and one log line (view, status, duration, ticker)."""

from __future__ import annotations

import functools
import logging
import time

from django.conf import settings
from django.db import connection

from summit.ops import metrics

logger = logging.getLogger("summit.requests")

STATIC_PATH = "/" + settings.STATIC_URL.lstrip("/")


class QueryCounter:
    """Counts the queries of one request (a database execute wrapper: no query is changed)."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def view_name(request) -> str:
    """The URL's name ("ticker:timeline"), so that one label covers every ticker; requests
    that matched no URL share one label instead of one per path."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return "static" if request.path.startswith(STATIC_PATH) else "unmatched"
    return match.view_name or match._func_path


def ticker_slug(request) -> str:
    match = getattr(request, "resolver_match", None)
    return (match.kwargs.get("slug") or "") if match else ""


@functools.lru_cache(maxsize=4096)
def labelled(metric, *labels: str):
    """A metric's child for these labels: prometheus looks it up under a lock on every call,
    our few views, methods and statuses repeat on every request."""
    return metric.labels(*labels)


class RequestObservationMiddleware:
    """Outermost middleware: what it measures is what the client waited for."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        queries = QueryCounter()
        # connection.execute_wrapper() without its context manager: the same list, a few
        # microseconds less on answers that take only a few dozen.
        wrappers = connection.execute_wrappers
        wrappers.append(queries)
        try:
            response = self.get_response(request)
        finally:
            wrappers.remove(queries)
        duration = time.perf_counter() - started
        self.record(request, response, duration, queries.count)
        return response

    def record(self, request, response, duration: float, query_count: int) -> None:
        view, status = view_name(request), str(response.status_code)
        labelled(metrics.REQUESTS, view, request.method, status).inc()
        labelled(metrics.LATENCY, view).observe(duration)
        if query_count == 0:
            labelled(metrics.WITHOUT_QUERY, view, status).inc()
        kept = getattr(request, "kept_answer", None)
        if kept is not None:
            kind, hit = kept
            labelled(metrics.KEPT_ANSWERS, kind, "hit" if hit else "miss").inc()
        if not logger.isEnabledFor(logging.INFO):
            return
        fields = {
            "method": request.method,
            "path": request.path,
            "view": view,
            "status": response.status_code,
            "duration_ms": round(duration * 1000, 1),
            "queries": query_count,
            "ticker": ticker_slug(request),
        }
        logger.info(
            "%(method)s %(path)s %(status)s %(duration_ms)sms view=%(view)s ticker=%(ticker)s",
            fields,
            extra={"request_fields": fields},
        )

"""The request as this project's middleware leaves it, for type checking views and middleware."""

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails


class TickerRequest(HttpRequest):
    htmx: HtmxDetails  # django-htmx's HtmxMiddleware
    # Set by the page keeping (kind of answer, served from the kept copy), read for metrics.
    kept_answer: tuple[str, bool]


def mark_public_read(request: HttpRequest) -> None:
    """GET or HEAD of a public ticker URL (summit.ticker.keeping): the editors' middleware
    (sessions, login, CSRF, messages: summit.middleware) lets it pass."""
    request.public_read = True  # type: ignore[attr-defined]


def is_public_read(request: HttpRequest) -> bool:
    return getattr(request, "public_read", False)

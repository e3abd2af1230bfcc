"""The request as this project's middleware leaves it, for type checking views and middleware."""

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails


class TickerRequest(HttpRequest):
    htmx: HtmxDetails  # django-htmx's HtmxMiddleware
    # Set by the page keeping (kind of answer, served from the kept copy), read for metrics.
    kept_answer: tuple[str, bool]

"""The ticker's live state in the cache: revision, live or not, poll interval. No HTTP here.

Readers ask "anything new since revision N?" every few seconds, all at once. The answer
"no" must cost no database query, so every process keeps each ticker's live state in the
cache: written through when a change commits (services.ticker_revision), read on every
poll, and trusted only for TICKER_REVISION_TTL seconds, so that a change committed by
another process (a command-line import, a second server with its own local-memory cache)
still reaches readers within that time. With Redis every process shares the value at once.
"""

from __future__ import annotations

from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache

from summit.ticker.models import Ticker


class TickerState(NamedTuple):
    """All a poll needs to answer "nothing new" or "stop polling" without the database."""

    id: int
    slug: str
    revision: int
    is_live: bool
    poll_interval: int

    @classmethod
    def of(cls, ticker: Ticker) -> TickerState:
        return cls(ticker.pk, ticker.slug, ticker.revision, ticker.is_live, ticker.poll_interval)


def state_cache_key(slug: str) -> str:
    return f"ticker-live:v1:{slug}"


def remember_ticker(ticker: Ticker) -> TickerState:
    """Write the ticker's state through to the cache (after commit, and after every database
    read); a ticker taken back to draft is forgotten, so its polls find nothing (404)."""
    state = TickerState.of(ticker)
    if ticker.status == Ticker.Status.DRAFT:
        cache.delete(state_cache_key(ticker.slug))
    else:
        cache.set(state_cache_key(ticker.slug), tuple(state), timeout=settings.TICKER_REVISION_TTL)
    return state


def ticker_state(slug: str, *, fresh: bool = False) -> TickerState | None:
    """The public ticker's state: from the cache (no query), or one query when cold or `fresh`.

    None when there is no public ticker with this slug.
    """
    if not fresh:
        cached = cache.get(state_cache_key(slug))
        if cached is not None:
            return TickerState(*cached)
    ticker = (
        Ticker.objects.public()
        .filter(slug=slug)
        .only("id", "slug", "revision", "status", "poll_interval")
        .order_by()[:1]
    )
    return remember_ticker(ticker[0]) if ticker else None

"""The ticker's live state in the cache: revision, live or not, poll interval. No HTTP here.

Readers ask "anything new since revision N?" every few seconds, all at once. The answer
"no" must cost no database query, so every process keeps each ticker's live state in the
cache: written through when a change commits (services.ticker_revision), read on every
poll, and trusted only for TICKER_REVISION_TTL seconds, so that a change committed by
another process (a command-line import, a second server with its own local-memory cache)
still reaches readers within that time. With Redis every process shares the value at once,
and keeps a near copy of it for a moment (near_lifetime), so that "nothing new" costs no
network round trip either. A cache that is unreachable costs a query, never an error
(summit.cache).
"""

from __future__ import annotations

import math
import time
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError

from summit.cache import NearCache
from summit.ticker.models import Ticker

_near = NearCache(max_items=1000)
# Seconds the last known state outlives its TTL, for a database outage: as long as a kept
# answer lives (summit.ticker.keeping.KEPT_TTL), so kept pages are served until they expire.
OUTAGE_GRACE = 30


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
    return f"ticker-live:v2:{slug}"


def remember_ticker(ticker: Ticker) -> TickerState:
    """Write the ticker's state through to the cache (after commit, and after every database
    read); a ticker taken back to draft is forgotten, so its polls find nothing (404).

    Never raises for the cache: an on-commit write must not turn a committed change into
    an error page."""
    state = TickerState.of(ticker)
    key = state_cache_key(ticker.slug)
    if ticker.status == Ticker.Status.DRAFT:
        _near.delete(key)
        cache.delete(key)
        return state
    ttl = settings.TICKER_REVISION_TTL
    _near.set(key, state, near_lifetime(ttl))
    cache.set(key, (tuple(state), time.time()), timeout=math.ceil(ttl) + OUTAGE_GRACE)
    return state


def near_lifetime(remaining: float) -> float:
    """A near copy lives no longer than the cached state may be trusted, nor than a shared
    cache (nginx, CDN) may hold a poll answer anyway: with Redis, a change still reaches
    every process within a second."""
    return min(remaining, settings.TICKER_POLL_SHARED_MAX_AGE)


def _cached_state(key: str, *, stale_ok: bool = False) -> TickerState | None:
    """The state from the near copy, else from the shared cache while younger than the TTL
    (or older, with `stale_ok`, while the database cannot be asked)."""
    state = _near.get(key)
    if state is not None:
        return state
    cached = cache.get(key)
    if cached is None:
        return None
    values, read_at = cached
    remaining = read_at + settings.TICKER_REVISION_TTL - time.time()
    if stale_ok:
        return TickerState(*values)
    if remaining <= 0:
        return None
    state = TickerState(*values)
    _near.set(key, state, near_lifetime(remaining))
    return state


def ticker_state(slug: str, *, fresh: bool = False) -> TickerState | None:
    """The public ticker's state: from the cache (no query), or one query when cold or `fresh`.

    None when there is no public ticker with this slug.
    """
    if not fresh:
        state = _cached_state(state_cache_key(slug))
        if state is not None:
            return state
    try:
        ticker = list(
            Ticker.objects.public()
            .filter(slug=slug)
            .only("id", "slug", "revision", "status", "poll_interval")
            .order_by()[:1]
        )
    except DatabaseError:
        # Database unreachable: the last state known keeps kept answers (named by its
        # revision) served until they expire; without one, the outage page (summit.ops).
        known = _cached_state(state_cache_key(slug), stale_ok=True)
        if known is None:
            raise
        return known
    return remember_ticker(ticker[0]) if ticker else None

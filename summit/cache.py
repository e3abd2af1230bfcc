"""The shared cache, and what happens when it is gone: every use degrades to a miss.

Everything the ticker keeps in the cache (ticker state, kept answers, facet counts) can
be computed again from the database, so an unreachable Redis must cost speed, never a
500: reads answer "not there", writes are dropped, and for a few seconds after a
failure the server is not asked again (no connect timeout per request). /healthz reports
the degraded state.
"""

from __future__ import annotations

import contextlib
import logging
import time

from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# After a failure, Redis is left alone for this long before the next attempt.
RETRY_AFTER = 2.0


class NearCache:
    """A per-process copy of hot values from the shared cache, each for a few seconds at most.

    Only for values that are either keyed by what makes them current (a kept answer names
    its revision) or carry their own lifetime (the ticker state): the copy can then never
    be staler than the shared cache itself would allow. Clearing the shared cache clears
    every near copy in the process too.
    """

    def __init__(self, max_items: int):
        self.max_items = max_items
        self._items: dict[str, tuple[float, object]] = {}
        NEAR_CACHES.append(self)

    def get(self, key: str):
        item = self._items.get(key)
        if item is None:
            return None
        if item[0] < time.monotonic():
            self._items.pop(key, None)
            return None
        return item[1]

    def set(self, key: str, value, lifetime: float) -> None:
        if lifetime <= 0:
            self._items.pop(key, None)
            return
        if len(self._items) >= self.max_items:
            # The oldest entry; another thread may change the dict meanwhile.
            with contextlib.suppress(RuntimeError, StopIteration):
                self._items.pop(next(iter(self._items)), None)
        self._items[key] = (time.monotonic() + lifetime, value)

    def delete(self, key: str) -> None:
        self._items.pop(key, None)

    def clear(self) -> None:
        self._items.clear()


NEAR_CACHES: list[NearCache] = []


def forget_near_copies() -> None:
    for near in NEAR_CACHES:
        near.clear()


class LocalMemoryCache(LocMemCache):
    """Django's local-memory cache; clearing it clears the near copies in front of it too."""

    def clear(self):
        forget_near_copies()
        super().clear()


class ResilientRedisCache(RedisCache):
    """Django's Redis cache, degrading to misses (and dropped writes) while Redis is down."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._down_until = 0.0

    def _guarded(self, default, operation, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return default
        try:
            return operation(*args, **kwargs)
        except (RedisError, OSError) as error:
            self._down_until = time.monotonic() + RETRY_AFTER
            logger.warning("cache unreachable, answering from the database: %s", error)
            return default

    def healthy(self) -> bool:
        """True when Redis answers a ping right now."""
        try:
            return bool(self._cache.get_client().ping())
        except (RedisError, OSError):
            return False

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._guarded(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._guarded(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._guarded(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._guarded({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._guarded(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        # A missing value is what incr reports as ValueError; an outage looks the same.
        result = self._guarded(None, super().incr, key, delta, version)
        if result is None:
            raise ValueError(f"Key '{key}' not found (or the cache is unreachable)")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        self._guarded(None, super().delete_many, keys, version)

    def clear(self):
        forget_near_copies()
        return self._guarded(False, super().clear)


def cache_is_healthy() -> bool:
    """False when the shared cache is configured but unreachable (local memory always is)."""
    healthy = getattr(cache, "healthy", None)
    return healthy() if healthy is not None else True

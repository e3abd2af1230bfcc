"""The ticker revision in the cache: "anything new?" answered without the database."""

from django.conf import settings
from django.core.cache import cache


def revision_cache_key(slug: str) -> str:
    return f"ticker-revision:{slug}"


def remember_revision(slug: str, revision: int) -> None:
    """Write-through after commit; short-lived so other processes' changes show up soon."""
    cache.set(revision_cache_key(slug), revision, timeout=settings.TICKER_REVISION_TTL)


def forget_revision(slug: str) -> None:
    cache.delete(revision_cache_key(slug))

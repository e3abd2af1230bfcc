"""Whose address a request comes from, behind our own reverse proxy: for login lockouts
and the /metrics allow-list."""

from __future__ import annotations

import os


def trusted_proxies() -> set[str]:
    """TRUSTED_PROXIES: addresses of the reverse proxies in front of the app (nginx)."""
    raw = os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1")
    return {item.strip() for item in raw.split(",") if item.strip()}


def client_address(request) -> str:
    """The client's address (also django-axes' AXES_CLIENT_IP_CALLABLE).

    Behind nginx every request comes from the proxy: counting login failures against it
    would let one guesser lock out the whole newsroom, and allowing it to scrape /metrics
    would allow everyone. The proxy appends the address it saw to
    X-Forwarded-For, so the last item is the one nobody but the proxy wrote; a direct
    client's own X-Forwarded-For is ignored.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if remote in trusted_proxies() and forwarded:
        return forwarded.split(",")[-1].strip() or remote
    return remote

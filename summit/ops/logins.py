"""Login protection glue: whose address a failed login counts against."""

from __future__ import annotations

import os


def trusted_proxies() -> set[str]:
    """TRUSTED_PROXIES: addresses of the reverse proxies in front of the app (nginx)."""
    raw = os.environ.get("TRUSTED_PROXIES", "127.0.0.1,::1")
    return {item.strip() for item in raw.split(",") if item.strip()}


def client_address(request) -> str:
    """The address a lockout counts against (AXES_CLIENT_IP_CALLABLE).

    Behind nginx every request comes from the proxy: counting failures against it would
    let one guesser lock out the whole newsroom. The proxy appends the address it saw to
    X-Forwarded-For, so the last item is the one nobody but the proxy wrote; a direct
    client's own X-Forwarded-For is ignored.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if remote in trusted_proxies() and forwarded:
        return forwarded.split(",")[-1].strip() or remote
    return remote

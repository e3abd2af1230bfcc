"""Requests the server makes on a partner's behalf go only to the public internet.

A partner (or anyone who can edit a webhook) names the URL; without this check they could
make the server reach the database, Redis, the cloud's metadata service or the newsroom's
intranet. Every address the host name resolves to must be public, unless the setting
OUTBOUND_ALLOW_PRIVATE allows private and loopback targets (tests, an intranet partner).
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _


class UnsafeTarget(ValueError):
    """The URL is not an http(s) URL of a public host; the message says why (German)."""


def check_public_url(url: str) -> None:
    """Raise UnsafeTarget unless `url` is http(s) and its host resolves to public addresses
    only. (The connection is made right after, so a name that changes its answer in that
    moment is the remaining gap; the partner's own DNS cannot reach our network through a
    literal address or a stale record.)"""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UnsafeTarget(_("Nur http- und https-Adressen sind erlaubt."))
    if getattr(settings, "OUTBOUND_ALLOW_PRIVATE", False):
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        answers = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except (OSError, ValueError) as error:
        raise UnsafeTarget(
            _("Der Name %(host)s lässt sich nicht auflösen.") % {"host": parts.hostname}
        ) from error
    for answer in answers:
        address = ipaddress.ip_address(str(answer[4][0]).split("%")[0])
        if not address.is_global:
            raise UnsafeTarget(
                _("%(host)s zeigt auf eine interne Adresse (%(address)s).")
                % {"host": parts.hostname, "address": address}
            )

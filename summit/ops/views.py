"""The operator's doors: /metrics for the scraper, and the 503 page for a database outage."""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
import sys

from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_GET
from django.views.defaults import server_error as django_server_error

from summit.ops import metrics
from summit.ops.clients import client_address

logger = logging.getLogger(__name__)

# Errors that mean "the database cannot be reached" rather than "our code is wrong".
OUTAGE_ERRORS = (OperationalError, InterfaceError)


def metrics_token() -> str:
    return os.environ.get("METRICS_TOKEN", "")


def metrics_allowed_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """METRICS_ALLOWED_IPS: comma-separated addresses or networks (10.0.0.0/8); a malformed
    item is left out (and logged), never a 500."""
    networks = []
    for item in os.environ.get("METRICS_ALLOWED_IPS", "").split(","):
        if not item.strip():
            continue
        try:
            networks.append(ipaddress.ip_network(item.strip(), strict=False))
        except ValueError:
            logger.warning("METRICS_ALLOWED_IPS: %r is no address or network", item.strip())
    return networks


def from_allowed_address(request, networks) -> bool:
    try:
        address = ipaddress.ip_address(client_address(request))
    except ValueError:
        return False
    return any(address in network for network in networks)


def bearer_token(request) -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else None


def token_refusal(offered: str | None, token: str) -> HttpResponse | None:
    """None when the offered token is right; else 401 (none offered) or 403 (wrong, or no
    token configured: only the allowed addresses may scrape)."""
    if offered is None and token:
        response = HttpResponse("bearer token required\n", status=401, content_type="text/plain")
        response["WWW-Authenticate"] = 'Bearer realm="metrics"'
        return response
    if not token or not hmac.compare_digest((offered or "").encode(), token.encode()):
        return HttpResponse("forbidden\n", status=403, content_type="text/plain")
    return None


@require_GET
@never_cache
def metrics_view(request):
    """Prometheus text format; 404 when neither a token nor addresses are configured (the
    door does not exist), 401 without a token, 403 with a wrong one."""
    token, networks = metrics_token(), metrics_allowed_networks()
    if not token and not networks:
        raise Http404("metrics are not configured")
    if not (networks and from_allowed_address(request, networks)):
        refusal = token_refusal(bearer_token(request), token)
        if refusal is not None:
            return refusal
    body, content_type = metrics.exposition()
    return HttpResponse(body, content_type=content_type)


@requires_csrf_token
def server_error(request):
    """handler500: a database that cannot be reached is an outage, not a bug: say so with a
    503 in the site's layout, and let clients retry shortly. Anything else stays a 500."""
    error = sys.exc_info()[1]
    if not isinstance(error, OUTAGE_ERRORS):
        return django_server_error(request)
    response = render(request, "503.html", status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response

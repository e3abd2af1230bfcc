"""The public site's address, for links in what leaves the site (archives, webhooks)."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.test import RequestFactory


def public_site_url() -> str:
    """SITE_URL, else https:// and the first allowed host."""
    if settings.SITE_URL:
        return settings.SITE_URL
    hosts = [host.lstrip(".") for host in settings.ALLOWED_HOSTS if host != "*"]
    return f"https://{hosts[0] if hosts else 'localhost'}"


def site_request(site_url: str):
    """A request on the public site, for the API serialiser's absolute permalinks."""
    parts = urlsplit(site_url)
    return RequestFactory().get("/", HTTP_HOST=parts.netloc, secure=parts.scheme == "https")

"""Uploaded pictures served by Django where no web server does it (`make run`, browser tests)."""

from django.conf import settings
from django.http import Http404
from django.views.static import serve


def media_file(request, path: str):
    """In production nginx serves MEDIA_ROOT (summit.edge); Django only with SERVE_MEDIA."""
    if not settings.SERVE_MEDIA:
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response

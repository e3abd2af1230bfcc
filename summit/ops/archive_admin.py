"""Archives in the admin: a chief starts one (a task), then downloads the zip."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_tasks import task

from summit.ops.archive import write_archive
from summit.ops.site import public_site_url
from summit.ticker import policy
from summit.ticker.models import Ticker

ARCHIVE_NAME = re.compile(r"^[a-z0-9-]+-r\d+\.zip$")


def archive_folder(ticker: Ticker) -> Path:
    return Path(settings.ARCHIVE_ROOT) / ticker.slug


@task()
def archive_to_file(ticker_id: int) -> str:
    """Write the ticker's archive at its current revision; the same revision, the same
    file (a second run rewrites identical bytes)."""
    ticker = Ticker.objects.get(pk=ticker_id)
    folder = archive_folder(ticker)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{ticker.slug}-r{ticker.revision}.zip"
    partial = target.with_suffix(".part")
    partial.write_bytes(write_archive(ticker, public_site_url()))
    os.replace(partial, target)  # readers never see half a file
    return target.name


def chiefs_ticker(request, pk: int) -> Ticker:
    ticker = get_object_or_404(Ticker, pk=pk)
    if not policy.may_change_ticker(request.user, ticker):
        raise PermissionDenied
    return ticker


@require_http_methods(["GET", "POST"])
def archive_page(request, pk: int):
    ticker = chiefs_ticker(request, pk)
    if request.method == "POST":
        archive_to_file.enqueue(ticker.pk)
        messages.success(
            request,
            _("Das Archiv wird erstellt; es erscheint hier, sobald es fertig ist."),
        )
        return redirect("ticker-archive", pk=ticker.pk)
    folder = archive_folder(ticker)
    files = sorted(folder.glob("*.zip"), key=lambda path: path.stat().st_mtime, reverse=True)
    context = {
        **admin.site.each_context(request),
        "title": _("Archiv von „%(title)s“") % {"title": ticker.title},
        "ticker": ticker,
        "opts": Ticker._meta,
        "original": ticker,
        "archives": [
            {
                "name": path.name,
                "size": path.stat().st_size,
                "created": dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC),
            }
            for path in files
        ],
    }
    return render(request, "ops/archive_admin.html", context)


def archive_download(request, pk: int, name: str):
    ticker = chiefs_ticker(request, pk)
    path = archive_folder(ticker) / name
    if not ARCHIVE_NAME.match(name) or not path.is_file():
        raise Http404("no such archive")
    return FileResponse(path.open("rb"), as_attachment=True, filename=name)

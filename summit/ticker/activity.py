"""The per-ticker activity log: entry changes, imports and legal removals, newest first."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import CharField, F, OuterRef, QuerySet, Subquery, Value
from django.http import Http404
from django.urls import path
from django.utils.translation import gettext as _

from summit.ticker.admin_pages import render_admin_page
from summit.ticker.fields import model_field
from summit.ticker.models import Entry, EntryPurge, ImportBatch, Ticker

ENTRY_CHANGE, IMPORT, PURGE = "entry", "import", "purge"


@dataclass
class Activity:
    at: datetime
    kind: str
    who: object  # the user, or None for the command line and the system
    what: str
    entry_id: int | None = None
    details: list[str] | None = None


def activity_queryset(ticker: Ticker, editor_id: int | None = None) -> QuerySet:
    """One union query over the three sources, so paging and counting stay in the database."""
    sources = [
        (
            Entry.history.filter(ticker_id=ticker.pk),
            ENTRY_CHANGE,
            "history_date",
            "history_user_id",
        ),
        (ImportBatch.objects.filter(ticker=ticker), IMPORT, "created_at", "created_by_id"),
        (EntryPurge.objects.filter(ticker=ticker), PURGE, "purged_at", "purged_by_id"),
    ]
    shaped = []
    for queryset, kind, at, who in sources:
        if editor_id is not None:
            queryset = queryset.filter(**{who: editor_id})
        shaped.append(
            queryset.order_by()
            .annotate(at=F(at), kind=Value(kind, output_field=CharField()), ref=F("pk"), who=F(who))
            .values_list("at", "kind", "ref", "who")
        )
    first, *rest = shaped
    return first.union(*rest, all=True).order_by("-at")


def describe(rows: list[tuple], users: Mapping[int, object]) -> list[Activity]:
    """Turn a page of (at, kind, ref, who) rows into readable lines, a few queries per page."""
    refs: dict[str, list[int]] = {ENTRY_CHANGE: [], IMPORT: [], PURGE: []}
    for _at, kind, ref, _who in rows:
        refs[kind].append(ref)
    records = history_with_previous(refs[ENTRY_CHANGE])
    batches = ImportBatch.objects.in_bulk(refs[IMPORT])
    purges = EntryPurge.objects.in_bulk(refs[PURGE])
    activities = []
    for at, kind, ref, who in rows:
        user = users.get(who)
        if kind == ENTRY_CHANGE:
            record = records[ref]
            activities.append(
                Activity(at, kind, user, describe_entry_change(record), record.id, None)
            )
        elif kind == IMPORT:
            batch = batches[ref]
            activities.append(
                Activity(
                    at,
                    kind,
                    user,
                    _("Import #%(id)s (%(format)s): %(status)s")
                    % {
                        "id": batch.pk,
                        "format": batch.format,
                        "status": batch.get_status_display(),
                    },
                )
            )
        else:
            purge = purges[ref]
            activities.append(
                Activity(
                    at,
                    kind,
                    user,
                    _("Eintrag #%(id)s aus rechtlichen Gründen gelöscht: %(reason)s")
                    % {"id": purge.entry_id, "reason": purge.reason},
                    purge.entry_id,
                )
            )
    return activities


def history_with_previous(history_ids: list[int]) -> dict[int, Any]:
    """The history records by id, each with `previous` (its entry's version before), in two queries.

    simple_history's prev_record would cost one query per row; here one subquery names each
    record's predecessor and one bulk query fetches them all.
    """
    HistoricalEntry = Entry.history.model
    predecessor = (
        HistoricalEntry.objects.filter(id=OuterRef("id"), history_date__lt=OuterRef("history_date"))
        .order_by("-history_date", "-history_id")
        .values("history_id")[:1]
    )
    records = HistoricalEntry.objects.filter(pk__in=history_ids).annotate(
        previous_id=Subquery(predecessor)
    )
    records = {record.pk: record for record in records}
    previous = HistoricalEntry.objects.in_bulk(
        [r.previous_id for r in records.values() if r.previous_id is not None]
    )
    for record in records.values():
        record.previous = previous.get(record.previous_id)
    return records


def describe_entry_change(record) -> str:
    """„angelegt“, „veröffentlicht“, „zurückgezogen“, „angeheftet“, „geändert: Titel, Text“ …"""
    label = f"„{record.title or record.pk}“"
    if record.history_type == "+":
        return _("%(entry)s angelegt") % {"entry": label}
    if record.history_type == "-":
        return _("%(entry)s gelöscht") % {"entry": label}
    previous = record.previous
    if previous is None:
        return _("%(entry)s geändert") % {"entry": label}
    changed = set(record.diff_against(previous).changed_fields)
    what = []
    if "status" in changed:
        what.append(
            {
                Entry.Status.PUBLISHED: _("veröffentlicht"),
                Entry.Status.WITHDRAWN: _("zurückgezogen"),
                Entry.Status.DRAFT: _("zum Entwurf gemacht"),
            }[record.status]
        )
    if "pinned" in changed:
        what.append(_("angeheftet") if record.pinned else _("gelöst"))
    if record.history_change_reason:
        what.append(record.history_change_reason)
    content = changed - {"status", "pinned", "revision", "updated_at", "updated_by"}
    if content and not record.history_change_reason:
        names = sorted(str(model_field(Entry, name).verbose_name) for name in content)
        what.append(_("geändert: %(fields)s") % {"fields": ", ".join(names)})
    return f"{label} " + ("; ".join(what) or _("gespeichert"))


def activity_view(model_admin: admin.ModelAdmin, request, object_id: str):
    """Everything that happened in this ticker, newest first, optionally of one editor."""
    ticker = model_admin.get_object(request, unquote(object_id))
    if ticker is None:
        raise Http404
    if not model_admin.has_view_permission(request, ticker):
        raise PermissionDenied
    editors = get_user_model().objects.filter(is_staff=True).order_by("username")
    editor_id = _int_or_none(request.GET.get("editor"))
    page = Paginator(activity_queryset(ticker, editor_id), 50).get_page(request.GET.get("p"))
    users = {user.pk: user for user in editors}
    return render_admin_page(
        model_admin,
        request,
        "admin/ticker/ticker/activity.html",
        _("Aktivität: %(ticker)s") % {"ticker": ticker},
        original=ticker,
        crumb=_("Aktivität"),
        ticker=ticker,
        editors=editors,
        editor_id=editor_id,
        page=page,
        activities=describe(list(page.object_list), users),
    )


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def activity_urls(model_admin: admin.ModelAdmin) -> list:
    """URLs for TickerAdmin.get_urls(); they go before the admin's catch-all object URL."""
    view = model_admin.admin_site.admin_view(partial(activity_view, model_admin))
    return [path("<path:object_id>/activity/", view, name="ticker_ticker_activity")]

"""The entries' admin: the list, the change form, history and restore, purge (the list's
actions in entry_actions.py, a chief's planning and sending back in review_admin.py).

Who may do what is decided by summit.ticker.policy; every change goes through the services.
"""

from typing import TYPE_CHECKING

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin

from summit.ticker import policy, services
from summit.ticker.admin_pages import render_admin_page
from summit.ticker.conflict import conflict_response
from summit.ticker.entry_actions import EntryActionsMixin
from summit.ticker.forms import EntryForm, PurgeForm
from summit.ticker.history_values import ReadableHistoryValues
from summit.ticker.models import Entry, Ticker
from summit.ticker.review_admin import ReviewAdminMixin

if TYPE_CHECKING:
    pass


@admin.register(Entry)
class EntryAdmin(EntryActionsMixin, ReviewAdminMixin, SimpleHistoryAdmin):
    form = EntryForm
    # Pictures and posts join the form as inlines from the media app's admin module.
    object_history_list_template = "admin/ticker/entry/object_history_list.html"
    list_display = [
        "published_at_display",
        "title_display",
        "speaker",
        "source",
        "tag_list",
        "status",
        "pinned",
        "created_by",
        "updated_by",
    ]
    list_display_links = ["published_at_display", "title_display"]
    list_filter = [
        "ticker",
        "status",
        "in_review",
        "pinned",
        "speaker",
        "source",
        "tags",
        "import_batch",
    ]
    list_select_related = ["speaker", "source", "ticker", "created_by", "updated_by"]
    search_fields = ["title", "body_text"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["speaker", "source", "tags", "authors"]
    actions = ["publish", "republish", "withdraw", "pin", "unpin", "add_tag", "send_back"]
    readonly_fields = [
        "revision",
        "created_by",
        "created_at",
        "updated_by",
        "updated_at",
        "import_batch",
        "correction_note",
        "corrected_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "ticker",
                    "status",
                    "in_review",
                    "pinned",
                    "title",
                    "body",
                    "base_version",
                ]
            },
        ),
        (
            _("Zeit"),
            {"fields": ["published_at", "publish_at", "time_estimated", "position", "said_at"]},
        ),
        (
            _("Wer und woher"),
            {"fields": ["authors", "speaker", "source", "source_url", "origin", "tags"]},
        ),
        (
            _("Korrektur"),
            {"fields": ["mark_correction", "correction_text", "correction_note", "corrected_at"]},
        ),
        (
            _("Verwaltung"),
            {
                "fields": [
                    "external_id",
                    "import_batch",
                    "revision",
                    "created_by",
                    "created_at",
                    "updated_by",
                    "updated_at",
                ],
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("tags")

    def get_changeform_initial_data(self, request):
        """A new entry starts at "now", in the ticker the list was filtered by, or the only
        live one."""
        initial = {"published_at": timezone.now, **super().get_changeform_initial_data(request)}
        filters = QueryDict(request.GET.get("_changelist_filters", ""))
        ticker_id = filters.get("ticker__id__exact")
        if ticker_id is None:
            live = list(Ticker.objects.filter(status=Ticker.Status.LIVE).values_list("pk")[:2])
            ticker_id = live[0][0] if len(live) == 1 else None
        if ticker_id is not None:
            initial.setdefault("ticker", ticker_id)
        return initial

    def get_historical_record_context_helper(self, request, historical_record):
        return ReadableHistoryValues(self.model, historical_record)

    @admin.display(description=_("Zeitpunkt"), ordering="published_at")
    def published_at_display(self, obj: Entry) -> str:
        local = timezone.localtime(obj.published_at)
        if obj.time_estimated:
            return f"{date_format(local, 'd.m.Y')} (~)"
        return date_format(local, "d.m.Y, H:i")

    @admin.display(description=_("Titel"), ordering="title")
    def title_display(self, obj: Entry) -> str:
        return str(obj)

    @admin.display(description=_("Schlagwörter"))
    def tag_list(self, obj: Entry) -> str:
        return format_html_join(", ", "{}", ((t.name,) for t in obj.tags.all())) or "–"

    def has_publish_permission(self, request: HttpRequest) -> bool:
        return policy.may_publish(request.user)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or policy.may_edit(request.user, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            readonly += ["status", "pinned", "publish_at"]
        return readonly

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:  # a new entry has nothing to correct yet
            fieldsets = [(name, opts) for name, opts in fieldsets if name != _("Korrektur")]
        return fieldsets

    def revert_disabled(self, request, obj=None):
        # Restoring goes through our own restore button (a new change through the service).
        return True

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied  # read-only: see restore_view
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        stored = (
            Entry.objects.filter(pk=obj.pk).values("status", "pinned", "publish_at").first()
            if change
            else None
        )
        planned = self.planned_time(request, obj, form, stored)
        if not self.has_publish_permission(request):
            # Server-side, whatever the form sent: status and pin stay as they are, new
            # entries are unpinned drafts.
            obj.status = stored["status"] if stored else Entry.Status.DRAFT
            obj.pinned = stored["pinned"] if stored else False
        if (
            stored
            and stored["status"] == Entry.Status.PUBLISHED
            and form.cleaned_data.get("mark_correction")
        ):
            obj.correction_note = form.cleaned_data["correction_text"]
            obj.corrected_at = timezone.now()
        tags = form.cleaned_data.get("tags")
        base_version = form.cleaned_data.get("base_version") if change else None
        try:
            # One door: the service saves fields and tags together and moves the revision.
            services.entry_save(
                obj,
                by=request.user,
                tags=tags,
                base_version=base_version,
                authors=form.cleaned_data.get("authors") or None,
            )
            if planned is not None:
                self.plan(request, obj, planned)
        except services.EditConflict as conflict:
            conflict.submitted = obj
            conflict.submitted_tags = list(tags or [])
            raise

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.EditConflict as conflict:
            # The admin's transaction has been rolled back: nothing of this save was kept.
            return conflict_response(self, request, conflict)
        except policy.NotAllowed as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
            return HttpResponseRedirect(request.path)

    def get_urls(self):
        def wrap(view):
            return self.admin_site.admin_view(view)

        return [
            path(
                "<path:object_id>/history/<int:history_id>/restore/",
                wrap(self.restore_view),
                name="ticker_entry_restore",
            ),
            path("<path:object_id>/purge/", wrap(self.purge_view), name="ticker_entry_purge"),
            *super().get_urls(),
        ]

    @method_decorator(require_POST)
    def restore_view(self, request, object_id, history_id):
        """One click on an earlier version: its content comes back as a new change."""
        entry = self.get_object(request, unquote(object_id))
        if entry is None:
            raise Http404
        if not policy.may_restore(request.user, entry):
            raise PermissionDenied
        get_object_or_404(entry.history, history_id=history_id)
        services.entry_restore(entry, history_id=history_id, by=request.user)
        self.message_user(request, _("Frühere Fassung wiederhergestellt."), messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:ticker_entry_history", args=[entry.pk]))

    def purge_view(self, request, object_id):
        """Legal removal, after a confirmation page asking why."""
        if not policy.may_purge(request.user):
            raise PermissionDenied
        entry = self.get_object(request, unquote(object_id))
        if entry is None:
            raise Http404
        form = PurgeForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            services.entry_purge(entry, by=request.user, reason=form.cleaned_data["reason"])
            self.message_user(
                request,
                _("Inhalt und Versionen von Eintrag #%(id)s wurden gelöscht.") % {"id": entry.pk},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:ticker_entry_change", args=[entry.pk]))
        return render_admin_page(
            self,
            request,
            "admin/ticker/entry/purge.html",
            _("Eintrag aus rechtlichen Gründen löschen"),
            original=entry,
            form=form,
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["can_purge"] = obj is not None and policy.may_purge(request.user)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def history_view(self, request, object_id, extra_context=None):
        entry = self.get_object(request, unquote(object_id))
        extra = {"can_restore": entry is not None and policy.may_restore(request.user, entry)}
        return super().history_view(request, object_id, {**extra, **(extra_context or {})})

    def save_related(self, request, form, formsets, change):
        # Tags were saved with the entry in save_model; only inline formsets remain.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

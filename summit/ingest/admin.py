"""The admin's import: paste or upload, preview, confirm as one ImportBatch, and undo.

The parsed preview is kept on the server in the batch; the confirmation posts only the
entries to leave out, so a 10,000-entry import fits in any request limit. The preview
is paged, and each page's choices are saved as the editor moves on.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.cache import patch_vary_headers
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from summit.ingest.apply import (
    batch_apply,
    batch_create,
    batch_drafts,
    batch_mark_failed,
    batch_plan,
    batch_undo,
    ticker_head_differs,
)
from summit.ingest.forms import ImportForm
from summit.ingest.pipeline import ImportOptions
from summit.ingest.tasks import (
    READING,
    REFUSALS,
    Progress,
    batch_apply_in_background,
    batch_progress,
    batch_read_in_background,
    batch_recover,
    pending_kind,
    runs_in_background,
)
from summit.ticker import policy, services
from summit.ticker.admin_pages import render_admin_page
from summit.ticker.models import Entry, ImportBatch
from summit.ticker.requests import TickerRequest
from summit.ticker.services.batches import batch_undo_entries

PREVIEW_PAGE_SIZE = 200
PENDING = (Progress.QUEUED, Progress.RUNNING)


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    change_list_template = "admin/ingest/change_list.html"
    list_display = ["__str__", "ticker", "status", "created_by", "created_at", "counts"]
    list_filter = ["status", "format", "ticker"]
    date_hierarchy = "created_at"

    @admin.display(description=gettext_lazy("angelegt / aktualisiert / übersprungen"))
    def counts(self, batch: ImportBatch) -> str:
        report = batch.report or {}
        if batch.status == ImportBatch.Status.PREVIEW:
            return "—"
        return " / ".join(
            str(len(report.get(key, []))) for key in ("created", "updated", "skipped")
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # imports start on the "Importieren" page

    def has_change_permission(self, request: HttpRequest, obj: ImportBatch | None = None) -> bool:
        return False

    def has_view_permission(self, request: HttpRequest, obj: ImportBatch | None = None) -> bool:
        return policy.may_import(request.user) or super().has_view_permission(request, obj)

    def change_view(
        self, request: HttpRequest, object_id: str, *args: Any, **kwargs: Any
    ) -> HttpResponse:
        return HttpResponseRedirect(reverse("admin:ingest_batch", args=[object_id]))

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("import/", wrap(self.import_view), name="ingest_import"),
            path("<int:pk>/preview/", wrap(self.preview_view), name="ingest_preview"),
            path("<int:pk>/batch/", wrap(self.batch_view), name="ingest_batch"),
            path("<int:pk>/undo/", wrap(self.undo_view), name="ingest_undo"),
            path("<int:pk>/publish/", wrap(require_POST(self.publish_view)), name="ingest_publish"),
            *super().get_urls(),
        ]

    def changelist_view(self, request: HttpRequest, extra_context: dict | None = None):
        extra = {"import_url": reverse("admin:ingest_import"), **(extra_context or {})}
        return super().changelist_view(request, extra)

    # -- pages ---------------------------------------------------------------------

    def import_view(self, request: HttpRequest) -> HttpResponse:
        self._require_import(request)
        can_publish = policy.may_publish(request.user)
        form = ImportForm(request.POST or None, request.FILES or None, can_publish=can_publish)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data.get("upload")
            filename = upload.name if upload else ""
            ticker = form.cleaned_data["ticker"]
            if form.unread is not None:
                batch = batch_read_in_background(
                    form.unread, form.import_options(), ticker, by=request.user, filename=filename
                )
                self.message_user(
                    request, _("Die Eingabe ist groß und wird im Hintergrund gelesen.")
                )
                return HttpResponseRedirect(reverse("admin:ingest_batch", args=[batch.pk]))
            assert form.prepared is not None  # a valid form read its input unless `unread`
            batch = batch_create(form.prepared, ticker, by=request.user, filename=filename)
            return HttpResponseRedirect(reverse("admin:ingest_preview", args=[batch.pk]))
        return render_admin_page(
            self, request, "admin/ingest/import_form.html", _("Importieren"), form=form
        )

    def preview_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        self._require_import(request)
        batch = get_object_or_404(ImportBatch.objects.select_related("ticker"), pk=pk)
        batch_recover(batch)
        if not self._open_for_preview(batch):
            return HttpResponseRedirect(reverse("admin:ingest_batch", args=[batch.pk]))
        drafts = batch_drafts(batch)
        page = Paginator(drafts, PREVIEW_PAGE_SIZE).get_page(request.GET.get("page"))
        if request.method == "POST":
            return self._confirm(request, batch, page)
        excluded = set(batch.excluded)
        restore = batch.options.get("restore_withdrawn", False)
        # A dry run of the matching for this page: which rows applying now would skip, and why.
        plan = batch_plan(batch, list(page.object_list), by=request.user, restore_withdrawn=False)
        skips = plan.reasons()
        return render_admin_page(
            self,
            request,
            "admin/ingest/preview.html",
            _("Vorschau des Imports"),
            batch=batch,
            page=page,
            rows=[
                (draft, draft.index in excluded, skips.get(draft.index))
                for draft in page.object_list
            ],
            skipped_here=len(skips),
            restorable=len(plan.restorable),
            restore_withdrawn=restore,
            zone=ImportOptions.from_storage(batch.options).zone,
            invalid=sum(1 for draft in drafts if draft.errors),
            total=len(drafts),
            offer_ticker_head=ticker_head_differs(batch),
            take_ticker_head=batch.options.get("take_ticker_head", False),
        )

    def _confirm(self, request: HttpRequest, batch: ImportBatch, page) -> HttpResponse:
        """Save this page's exclusions; apply when the editor confirmed."""
        applying = "apply" in request.POST
        services.batch_choose(
            batch,
            shown={draft.index for draft in page.object_list},
            excluded={int(value) for value in request.POST.getlist("exclude") if value.isdigit()},
            options={
                "take_ticker_head": "take_ticker_head" in request.POST,
                "restore_withdrawn": "restore_withdrawn" in request.POST,
            }
            if applying
            else None,
        )
        if not applying:
            target = request.POST.get("goto") or page.number
            return HttpResponseRedirect(
                f"{reverse('admin:ingest_preview', args=[batch.pk])}?page={target}"
            )
        if not policy.may_apply_import(request.user, batch):
            self.message_user(
                request,
                _(
                    "Dieser Import veröffentlicht Einträge; übernehmen darf ihn nur, wer veröffentlichen darf."
                ),
                messages.ERROR,
            )
            return HttpResponseRedirect(reverse("admin:ingest_preview", args=[batch.pk]))
        if runs_in_background(batch):
            return self._apply_in_background(request, batch)
        try:
            report = batch_apply(batch, by=request.user)
        except REFUSALS as error:
            batch_mark_failed(batch, str(error))
            self.message_user(request, str(error), messages.ERROR)
            return HttpResponseRedirect(reverse("admin:ingest_preview", args=[batch.pk]))
        self.message_user(
            request, _("Import übernommen: %(summary)s.") % {"summary": report.summary()}
        )
        return HttpResponseRedirect(reverse("admin:ingest_batch", args=[batch.pk]))

    def _apply_in_background(self, request: HttpRequest, batch: ImportBatch) -> HttpResponse:
        try:
            batch_apply_in_background(batch, by=request.user)
        except REFUSALS as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            self.message_user(
                request, _("Der Import wird übernommen; diese Seite zeigt, wenn er fertig ist.")
            )
        return HttpResponseRedirect(reverse("admin:ingest_batch", args=[batch.pk]))

    def batch_view(self, request: TickerRequest, pk: int) -> HttpResponse:
        """The batch page; while a run is pending, its content polls itself (htmx) until done."""
        self._require_import(request)
        batch = get_object_or_404(ImportBatch.objects.select_related("ticker", "created_by"), pk=pk)
        batch_recover(batch)
        progress = batch_progress(batch)
        report = batch.report or {}
        created = Entry.objects.filter(pk__in=report.get("created", [])).order_by(
            "-published_at", "-position"
        )
        updated = Entry.objects.filter(pk__in=report.get("updated", [])).order_by(
            "-published_at", "-position"
        )
        restored = Entry.objects.filter(pk__in=report.get("restored", [])).order_by(
            "-published_at", "-position"
        )
        template = "admin/ingest/batch.html"
        response = render_admin_page(
            self,
            request,
            f"{template}#batch-content" if request.htmx else template,
            str(batch),
            batch=batch,
            report=report,
            created=created,
            updated=updated,
            restored=restored,
            progress=progress.value,
            pending=progress in PENDING,
            reading=pending_kind(batch) == READING,
            has_preview=self._open_for_preview(batch),
            can_undo=batch.status == ImportBatch.Status.APPLIED
            and policy.may_undo_import(request.user, batch),
            drafts_to_publish=self._created_drafts(batch).count()
            if policy.may_publish(request.user)
            else 0,
        )
        patch_vary_headers(response, ["HX-Request"])
        return response

    @method_decorator(require_http_methods(["GET", "POST"]))
    def undo_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        """GET asks for confirmation and lists what would be withdrawn; POST withdraws it."""
        batch = get_object_or_404(ImportBatch.objects.select_related("ticker"), pk=pk)
        if not policy.may_undo_import(request.user, batch):
            raise PermissionDenied
        if request.method == "GET":
            return render_admin_page(
                self,
                request,
                "admin/ingest/undo.html",
                _("Import zurücknehmen"),
                original=batch,
                batch=batch,
                entries=batch_undo_entries(batch),
            )
        try:
            withdrawn = batch_undo(batch, by=request.user)
        except REFUSALS as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            self.message_user(
                request,
                _("Import zurückgenommen: %(n)s Einträge zurückgezogen.") % {"n": withdrawn},
            )
        return HttpResponseRedirect(reverse("admin:ingest_batch", args=[batch.pk]))

    def publish_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        """A chief publishes every draft the batch created, in one step."""
        batch = get_object_or_404(ImportBatch, pk=pk)
        if not policy.may_publish(request.user):
            raise PermissionDenied
        drafts = list(self._created_drafts(batch))
        try:
            published = services.entries_update(
                drafts,
                by=request.user,
                status=Entry.Status.PUBLISHED,
                only_status=[Entry.Status.DRAFT],
            )
        except REFUSALS as error:
            self.message_user(request, str(error), messages.ERROR)
        else:
            self.message_user(
                request, _("%(n)s Einträge des Imports veröffentlicht.") % {"n": published}
            )
        return HttpResponseRedirect(reverse("admin:ingest_batch", args=[batch.pk]))

    # -- helpers -------------------------------------------------------------------

    @staticmethod
    def _created_drafts(batch: ImportBatch):
        """The entries the batch created that are still drafts (none unless it was applied)."""
        if batch.status != ImportBatch.Status.APPLIED:
            return Entry.objects.none()
        return Entry.objects.filter(
            import_batch=batch,
            pk__in=(batch.report or {}).get("created", []),
            status=Entry.Status.DRAFT,
        )

    @staticmethod
    def _open_for_preview(batch: ImportBatch) -> bool:
        """A preview to look at and confirm: read, not applied, no run pending."""
        return (
            batch.status in (ImportBatch.Status.PREVIEW, ImportBatch.Status.FAILED)
            and bool(batch.drafts)
            and batch_progress(batch) not in PENDING
        )

    @staticmethod
    def _require_import(request: HttpRequest) -> None:
        if not policy.may_import(request.user):
            raise PermissionDenied

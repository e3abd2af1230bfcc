"""The entries' list actions: publish, withdraw, pin and tag the selected entries, each
through the services (which check the policy again under the row lock)."""

from typing import TYPE_CHECKING

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, ngettext_lazy

from summit.ticker import policy, services
from summit.ticker.admin_pages import render_admin_page
from summit.ticker.forms import AddTagForm
from summit.ticker.models import Entry

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class EntryActionsMixin(admin.ModelAdmin):
    """For the entries' admin, which decides has_publish_permission."""

    def _bulk(self, request, queryset: QuerySet, message: "StrOrPromise", **changes) -> int | None:
        """message: what happened, an ngettext_lazy(..., "count") so 1 reads singular."""
        selected = len(queryset)
        try:
            count = services.entries_update(
                queryset.select_related("ticker"), by=request.user, **changes
            )
        except policy.NotAllowed as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
            return None
        self.message_user(request, message % {"count": count}, messages.SUCCESS)
        if count < selected:
            skipped = selected - count
            self.message_user(
                request,
                ngettext(
                    "%(count)d Eintrag übersprungen (Status passt nicht).",
                    "%(count)d Einträge übersprungen (Status passt nicht).",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )
        return count

    @admin.action(description=_("Ausgewählte Einträge veröffentlichen"), permissions=["publish"])
    def publish(self, request, queryset):
        # Only drafts, checked again under the lock: a withdrawn entry is never brought back
        # by a stale page; that takes the explicit "wieder veröffentlichen" action.
        self._bulk(
            request,
            queryset,
            ngettext_lazy(
                "%(count)d Eintrag veröffentlicht.", "%(count)d Einträge veröffentlicht.", "count"
            ),
            only_status=[Entry.Status.DRAFT],
            status=Entry.Status.PUBLISHED,
        )

    @admin.action(
        description=_("Zurückgezogene Einträge wieder veröffentlichen"), permissions=["publish"]
    )
    def republish(self, request, queryset):
        self._bulk(
            request,
            queryset.filter(purges__isnull=True),  # legally removed entries stay removed
            ngettext_lazy(
                "%(count)d Eintrag wieder veröffentlicht.",
                "%(count)d Einträge wieder veröffentlicht.",
                "count",
            ),
            only_status=[Entry.Status.WITHDRAWN],
            status=Entry.Status.PUBLISHED,
        )

    @admin.action(description=_("Ausgewählte Einträge zurückziehen"), permissions=["publish"])
    def withdraw(self, request, queryset):
        self._bulk(
            request,
            queryset,
            ngettext_lazy(
                "%(count)d Eintrag zurückgezogen.", "%(count)d Einträge zurückgezogen.", "count"
            ),
            only_status=[Entry.Status.DRAFT, Entry.Status.PUBLISHED],
            status=Entry.Status.WITHDRAWN,
        )

    @admin.action(description=_("Bei „Das Wichtigste“ anheften"), permissions=["publish"])
    def pin(self, request, queryset):
        self._bulk(
            request,
            queryset,
            ngettext_lazy(
                "%(count)d Eintrag angeheftet.", "%(count)d Einträge angeheftet.", "count"
            ),
            pinned=True,
        )

    @admin.action(description=_("Von „Das Wichtigste“ lösen"), permissions=["publish"])
    def unpin(self, request, queryset):
        self._bulk(
            request,
            queryset,
            ngettext_lazy("%(count)d Eintrag gelöst.", "%(count)d Einträge gelöst.", "count"),
            pinned=False,
        )

    @admin.action(description=_("Schlagwort hinzufügen …"), permissions=["change"])
    def add_tag(self, request, queryset):
        form = AddTagForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            tag = form.cleaned_data["tag"]
            if not self.has_publish_permission(request):
                queryset = queryset.filter(status=Entry.Status.DRAFT)  # drafts only
            try:
                count = services.entries_update(
                    queryset.select_related("ticker"), by=request.user, add_tags=[tag]
                )
            except policy.NotAllowed as refusal:
                self.message_user(request, str(refusal), messages.ERROR)
                return None
            self.message_user(
                request,
                ngettext(
                    "Schlagwort „%(tag)s“ zu %(count)d Eintrag hinzugefügt.",
                    "Schlagwort „%(tag)s“ zu %(count)d Einträgen hinzugefügt.",
                    count,
                )
                % {"tag": tag.name, "count": count},
                messages.SUCCESS,
            )
            return None
        return render_admin_page(
            self,
            request,
            "admin/ticker/entry/add_tag.html",
            _("Schlagwort hinzufügen"),
            form=form,
            entries=queryset,
            action_checkbox_name=admin.helpers.ACTION_CHECKBOX_NAME,
        )

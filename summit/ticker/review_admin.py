"""The chief's review decisions on the entries' admin: planning with "Geplant für", sending
back with a note; the same services, policy and publishing task as the composer."""

import datetime as dt

from django.contrib import admin, messages
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from summit.ticker import policy, services
from summit.ticker.forms import ReviewActionForm
from summit.ticker.models import Entry
from summit.ticker.tasks import plan_publication


class ReviewAdminMixin:
    """For the entries' admin: the same services and policy as the composer."""

    action_form = ReviewActionForm

    def planned_time(self, request, entry: Entry, form, stored: dict | None) -> dt.datetime | None:
        """The time a chief newly planned in the form (to be passed to `plan` after saving);
        until then the stored plan stays on the entry, and a chief's cleared field ends it."""
        kept = stored["publish_at"] if stored else None
        wanted = form.cleaned_data.get("publish_at", kept)  # absent: read-only for editors
        entry.publish_at = None if wanted is None else kept
        return wanted if wanted is not None and wanted != kept else None

    def plan(self, request, entry: Entry, at: dt.datetime) -> None:
        """Plan the saved draft (policy.NotAllowed for an editor, a published entry, a past
        time) and queue its publication."""
        services.entry_schedule(entry, by=request.user, at=at)
        plan_publication(at)

    @admin.action(description=_("Mit Hinweis zurückgeben"), permissions=["publish"])
    def send_back(self, request, queryset):
        note = request.POST.get("note", "")
        waiting = queryset.filter(status=Entry.Status.DRAFT, in_review=True)
        try:
            with transaction.atomic():
                for entry in waiting:
                    services.entry_send_back(entry, by=request.user, note=note)
        except policy.NotAllowed as refusal:
            self.message_user(request, str(refusal), messages.ERROR)
            return
        count, skipped = len(waiting), len(queryset) - len(waiting)
        self.message_user(
            request,
            ngettext("%(count)d Eintrag zurückgegeben.", "%(count)d Einträge zurückgegeben.", count)
            % {"count": count},
            messages.SUCCESS,
        )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d Eintrag übersprungen (wartet nicht auf Freigabe).",
                    "%(count)d Einträge übersprungen (warten nicht auf Freigabe).",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )

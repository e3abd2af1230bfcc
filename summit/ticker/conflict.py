"""The edit-conflict page: an editor's save met a newer version; both side by side.

Nothing of the refused save was kept (the admin's transaction rolled back). The page shows
the stored version next to the editor's, field by field, and offers to save the editor's
version knowingly (resubmitting it against the version now stored) or to discard it.
"""

from django.contrib import admin
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from summit.ticker.admin_pages import render_admin_page
from summit.ticker.fields import model_field
from summit.ticker.models import Entry
from summit.ticker.services import EditConflict

# What the page compares: the content, and the decisions an editor sees in the form.
COMPARED_FIELDS = (*Entry.CONTENT_FIELDS, "status", "pinned", "correction_note")


def display(entry: Entry, field) -> str:
    """A field's value as an editor reads it (choices by label, times local, yes/no)."""
    if field.choices:
        return str(dict(field.flatchoices).get(getattr(entry, field.attname), ""))
    value = getattr(entry, field.name)
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(_("ja") if value else _("nein"))
    if hasattr(value, "tzinfo"):
        return timezone.localtime(value).strftime("%d.%m.%Y %H:%M")
    return str(value)


def compared_rows(theirs: Entry, yours: Entry, your_tags) -> list[tuple]:
    """(label, their value, your value, differs) for every compared field and the tags."""
    rows = []
    for name in COMPARED_FIELDS:
        field = model_field(Entry, name)
        their_value, your_value = display(theirs, field), display(yours, field)
        rows.append((field.verbose_name, their_value, your_value, their_value != your_value))
    their_tags = ", ".join(tag.name for tag in theirs.tags.all())
    your_tags = ", ".join(tag.name for tag in your_tags)
    rows.append((_("Schlagwörter"), their_tags, your_tags, their_tags != your_tags))
    return rows


def conflict_response(
    model_admin: admin.ModelAdmin, request: HttpRequest, conflict: EditConflict
) -> TemplateResponse:
    theirs = conflict.current
    assert conflict.submitted is not None  # the admin names what the editor tried to save
    resubmit = [
        (key, value)
        for key, values in request.POST.lists()
        if key not in {"csrfmiddlewaretoken", "base_version"}
        for value in values
    ]
    return render_admin_page(
        model_admin,
        request,
        "admin/ticker/entry/edit_conflict.html",
        _("Bearbeitungskonflikt: %(entry)s") % {"entry": theirs},
        original=theirs,
        crumb=_("Bearbeitungskonflikt"),
        status=409,
        theirs=theirs,
        rows=compared_rows(theirs, conflict.submitted, conflict.submitted_tags),
        resubmit=resubmit,
        current_version=theirs.version,
        change_url=reverse("admin:ticker_entry_change", args=[theirs.pk]),
    )

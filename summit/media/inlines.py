"""What the entry form's pictures and posts inlines share: they are parts of the entry, so
who may change the entry may change them, and a post without their forms leaves them be."""

from __future__ import annotations

from django import forms
from django.contrib import admin

from summit.ticker import policy


class EntryPartFormSet(forms.BaseInlineFormSet):
    def __init__(self, data=None, *args, **kwargs):
        prefix = kwargs.get("prefix") or self.get_default_prefix()
        if data is not None and f"{prefix}-TOTAL_FORMS" not in data:
            # A post without this part (a script, an older form) leaves it as it is instead
            # of failing the whole entry.
            data = data.copy()
            data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
        super().__init__(data, *args, **kwargs)


class EntryPartInline(admin.StackedInline):
    formset = EntryPartFormSet
    extra = 1

    def has_view_permission(self, request, obj=None):
        return policy.may_write_drafts(request.user) or super().has_view_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return policy.may_write_drafts(request.user) and (
            obj is None or policy.may_edit(request.user, obj)
        )

    def has_change_permission(self, request, obj=None):
        return self.has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.has_add_permission(request, obj)

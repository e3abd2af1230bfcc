"""The pictures inline on the entry form: upload, alt text, caption, credit, order."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from summit.media import services
from summit.media.checks import INCOMPLETE_MESSAGE
from summit.media.models import EntryImage
from summit.media.processing import RefusedImage
from summit.ticker import policy
from summit.ticker.models import Entry


class EntryImageForm(forms.ModelForm):
    class Meta:
        model = EntryImage
        fields = ["original", "alt", "caption", "credit", "position"]
        widgets = {"original": forms.ClearableFileInput(attrs={"accept": "image/*"})}

    def clean_original(self):
        upload = self.cleaned_data.get("original")
        if upload is None or not hasattr(upload, "content_type"):
            return upload  # unchanged: the stored safe copy stays
        try:
            content, width, height = services.safe_upload(upload, upload.size)
        except RefusedImage as refusal:
            raise ValidationError(str(refusal), code="refused") from refusal
        self.instance.width, self.instance.height = width, height
        self.instance.renditions = []
        self._new_file = True
        return content


class EntryImageFormSet(forms.BaseInlineFormSet):
    def __init__(self, data=None, *args, **kwargs):
        prefix = kwargs.get("prefix") or self.get_default_prefix()
        if data is not None and f"{prefix}-TOTAL_FORMS" not in data:
            # A post without the pictures' part (a script, an older form) leaves them as
            # they are instead of failing the whole entry.
            data = data.copy()
            data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
        super().__init__(data, *args, **kwargs)

    def clean(self):
        super().clean()
        if self.instance.status != Entry.Status.PUBLISHED:
            return
        self.instance.images_checked_by_form = True
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data or data.get("DELETE"):
                continue
            if not (data.get("alt", "").strip() and data.get("credit", "").strip()):
                raise ValidationError(str(INCOMPLETE_MESSAGE), code="incomplete")

    def save(self, commit=True):
        saved = super().save(commit)
        for form in self.forms:
            if getattr(form, "_new_file", False) and form.instance.pk:
                services.renditions_request(form.instance)
        return saved


class EntryImageInline(admin.StackedInline):
    model = EntryImage
    form = EntryImageForm
    formset = EntryImageFormSet
    extra = 1
    fields = ["original", "alt", "caption", "credit", "position"]
    verbose_name = _("Bild")

    # Pictures are part of the entry: who may change the entry may change its pictures.
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

    verbose_name_plural = _("Bilder (JPEG, PNG, WebP oder GIF; höchstens 20 MB und 40 Megapixel)")

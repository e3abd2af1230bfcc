"""The pictures inline on the entry form: upload, alt text, caption, credit, order; it and
the posts inline join the ticker's entry admin here."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from summit.media import services
from summit.media.checks import INCOMPLETE_MESSAGE
from summit.media.inlines import EntryPartFormSet, EntryPartInline
from summit.media.models import EntryImage
from summit.media.post_admin import EntryEmbedInline
from summit.media.processing import RefusedImage
from summit.ticker.entry_admin import EntryAdmin
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


class EntryImageFormSet(EntryPartFormSet):
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


class EntryImageInline(EntryPartInline):
    model = EntryImage
    form = EntryImageForm
    formset = EntryImageFormSet
    fields = ["original", "alt", "caption", "credit", "position"]
    verbose_name = _("Bild")
    verbose_name_plural = _("Bilder (JPEG, PNG, WebP oder GIF; höchstens 20 MB und 40 Megapixel)")


# The ticker's entry admin knows nothing of pictures and posts: they join its form from here.
EntryAdmin.inlines = [*EntryAdmin.inlines, EntryImageInline, EntryEmbedInline]

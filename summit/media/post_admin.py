"""The posts-and-videos inline on the entry form: paste a URL, the card is fetched on save."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from summit.media import services
from summit.media.models import EntryEmbed
from summit.media.posts import UnknownPost
from summit.ticker import policy


class EntryEmbedForm(forms.ModelForm):
    class Meta:
        model = EntryEmbed
        fields = ["url", "position"]
        field_classes = {"url": forms.CharField}  # detect() decides which URLs are posts

    def clean_url(self):
        url = self.cleaned_data["url"]
        if self.instance.pk and url == self.instance.url:
            return url  # unchanged: the card we kept stays, even if the original is gone
        try:
            services.embed_fill(self.instance, url)
        except UnknownPost as error:
            raise ValidationError(str(error), code="unknown") from error
        return self.instance.url


class EntryEmbedFormSet(forms.BaseInlineFormSet):
    def __init__(self, data=None, *args, **kwargs):
        prefix = kwargs.get("prefix") or self.get_default_prefix()
        if data is not None and f"{prefix}-TOTAL_FORMS" not in data:
            # A post without this part (a script, an older form) leaves the cards as they are.
            data = data.copy()
            data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
        super().__init__(data, *args, **kwargs)


class EntryEmbedInline(admin.StackedInline):
    model = EntryEmbed
    form = EntryEmbedForm
    formset = EntryEmbedFormSet
    extra = 1
    fields = ["url", "position", "card_summary"]
    readonly_fields = ["card_summary"]
    verbose_name = _("Beitrag oder Video")
    verbose_name_plural = _(
        "Beiträge und Videos (Adresse von X, Bluesky, Mastodon, Telegram, Instagram, "
        "YouTube oder Vimeo einfügen; die Karte wird beim Speichern geladen)"
    )

    @admin.display(description=_("Karte"))
    def card_summary(self, embed: EntryEmbed) -> str:
        if not embed.pk:
            return "–"
        if not embed.fetched:
            return str(_("Nur Link: der Dienst hat nicht geantwortet."))
        return f"{embed.author}: {(embed.title or embed.text)[:120]}"

    # Posts are part of the entry: who may change the entry may change them (as pictures).
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

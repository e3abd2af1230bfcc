"""The posts-and-videos inline on the entry form: paste a URL, the card is fetched on save."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from summit.media import services
from summit.media.inlines import EntryPartInline
from summit.media.models import EntryEmbed
from summit.media.posts import UnknownPost


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


class EntryEmbedInline(EntryPartInline):
    model = EntryEmbed
    form = EntryEmbedForm
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

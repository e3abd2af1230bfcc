"""Pictures on entries: the safe original, its renditions, and what readers are told about it."""

from __future__ import annotations

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from summit.ticker.models import Entry


def original_name(image: EntryImage, filename: str) -> str:
    """A random name: an uploader's file name says nothing readers need and may say too much."""
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"entries/{uuid.uuid4().hex}/original.{extension}"


class EntryImage(models.Model):
    entry = models.ForeignKey(
        Entry, on_delete=models.CASCADE, related_name="images", verbose_name=_("Eintrag")
    )
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    # The re-encoded copy of the upload (upright, without metadata), never the file as sent.
    original = models.FileField(_("Bilddatei"), upload_to=original_name, max_length=200)
    width = models.PositiveIntegerField(_("Breite"), default=0, editable=False)
    height = models.PositiveIntegerField(_("Höhe"), default=0, editable=False)
    alt = models.CharField(
        _("Alternativtext"),
        max_length=500,
        blank=True,
        help_text=_("Was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen."),
    )
    caption = models.CharField(_("Bildunterschrift"), max_length=500, blank=True)
    credit = models.CharField(
        _("Bildnachweis"), max_length=200, blank=True, help_text=_("z. B. „Foto: dpa/Jane Doe“")
    )
    # [{"width": 480, "height": 360, "format": "webp", "name": "entries/…/480.webp"}, …],
    # filled by the background task; empty until then (the page shows the original).
    renditions = models.JSONField(_("Varianten"), default=list, blank=True, editable=False)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        verbose_name = _("Bild")
        verbose_name_plural = _("Bilder")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.alt or self.caption or f"#{self.pk}"

    @property
    def is_complete(self) -> bool:
        """Alt text and credit: what an image needs before its entry goes public."""
        return bool(self.alt.strip() and self.credit.strip())

    def rendition_names(self) -> list[str]:
        return [item["name"] for item in self.renditions]


def thumbnail_name(embed: EntryEmbed, filename: str) -> str:
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"posts/{uuid.uuid4().hex}/thumbnail.{extension}"


class EntryEmbed(models.Model):
    """A post or video pasted on an entry, kept as the card we render ourselves.

    The words are copied at save time, so the card stays readable without JavaScript,
    without consent and after the original is deleted; the provider loads only on a click.
    """

    entry = models.ForeignKey(
        Entry, on_delete=models.CASCADE, related_name="embeds", verbose_name=_("Eintrag")
    )
    position = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    url = models.URLField(
        _("Adresse des Beitrags"),
        max_length=500,
        help_text=_("X, Bluesky, Mastodon, Telegram, Instagram, YouTube oder Vimeo"),
    )
    provider = models.CharField(_("Dienst"), max_length=20, editable=False)
    author = models.CharField(_("Autor"), max_length=200, blank=True, editable=False)
    title = models.CharField(_("Titel"), max_length=300, blank=True, editable=False)
    text = models.TextField(_("Text"), blank=True, editable=False)
    posted_at = models.DateTimeField(_("veröffentlicht"), null=True, blank=True, editable=False)
    thumbnail_url = models.URLField(_("Vorschaubild"), max_length=500, blank=True, editable=False)
    # The provider's preview picture copied through the picture pipeline (upright, without
    # metadata) and served by us: readers never load it from the provider.
    thumbnail = models.FileField(
        _("Vorschaubild (Kopie)"),
        upload_to=thumbnail_name,
        max_length=200,
        blank=True,
        editable=False,
    )
    thumbnail_width = models.PositiveIntegerField(default=0, editable=False)
    thumbnail_height = models.PositiveIntegerField(default=0, editable=False)
    # Where the provider's player or widget lives; opened only inside our sandboxed frame.
    frame_url = models.URLField(_("Player-Adresse"), max_length=500, blank=True, editable=False)
    # False: the provider did not answer in time, the card is a plain link.
    fetched = models.BooleanField(_("Daten geladen"), default=False, editable=False)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        verbose_name = _("Beitrag oder Video")
        verbose_name_plural = _("Beiträge und Videos")
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.url

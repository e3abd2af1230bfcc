"""The names entries refer to: speakers, sources and tags, each with a slug and the other
spellings the importer recognises."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from summit.ticker.fields import SluggedModel, WebAddressField


class Speaker(SluggedModel):
    role = models.CharField(_("Funktion"), max_length=200, blank=True)
    aliases = models.JSONField(
        _("Andere Schreibweisen"),
        default=list,
        blank=True,
        help_text=_("Weitere Schreibweisen des Namens, z. B. Müller, Mueller"),
    )

    class Meta(SluggedModel.Meta):
        verbose_name = _("Sprecher")
        verbose_name_plural = _("Sprecher")

    def all_names(self) -> list[str]:
        return [self.name, *self.aliases]


class Source(SluggedModel):
    class Kind(models.TextChoices):
        AGENCY = "agency", _("Agentur")
        BROADCASTER = "broadcaster", _("Sender")
        NEWSPAPER = "newspaper", _("Zeitung")
        GOVERNMENT = "government", _("Regierung/Behörde")
        SOCIAL = "social", _("Soziale Medien")
        OTHER = "other", _("Sonstige")

    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    url = WebAddressField(_("Website"), blank=True)
    aliases = models.JSONField(_("Andere Schreibweisen"), default=list, blank=True)

    class Meta(SluggedModel.Meta):
        verbose_name = _("Quelle")
        verbose_name_plural = _("Quellen")

    def all_names(self) -> list[str]:
        return [self.name, *self.aliases]


class Tag(SluggedModel):
    keywords = models.JSONField(
        _("Stichwörter"),
        default=list,
        blank=True,
        help_text=_("Wörter, bei denen der Import dieses Schlagwort vorschlägt"),
    )

    class Meta(SluggedModel.Meta):
        verbose_name = _("Schlagwort")
        verbose_name_plural = _("Schlagwörter")

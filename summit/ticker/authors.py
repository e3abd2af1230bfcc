"""The newsroom's people, as bylines name them: a display name and a role or place."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Author(models.Model):
    name = models.CharField(_("Name"), max_length=200)
    role = models.CharField(
        _("Funktion oder Ort"),
        max_length=200,
        blank=True,
        help_text=_("Z. B. „Reporterin in Berlin“"),
    )
    # The account that writes as this author; entries it writes carry this byline.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="byline",
        verbose_name=_("Benutzerkonto"),
    )

    class Meta:
        verbose_name = _("Autor")
        verbose_name_plural = _("Autoren")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.role})" if self.role else self.name

    def byline(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role}

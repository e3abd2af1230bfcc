"""The newsroom's people, as bylines name them: a display name, a role or place, a small picture."""

import uuid

from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

# The stored picture's side in pixels: shown at about 1.5rem, sharp on a 3x screen.
AVATAR_SIDE = 96
AVATAR_EXTENSIONS = ("jpg", "png")


def avatar_name(author: "Author", filename: str) -> str:
    """A random name per upload: a replaced picture gets a new address, so no cache keeps
    the old one, and the uploader's file name is not published."""
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"authors/{uuid.uuid4().hex}/avatar.{extension}"


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
    # Stored only as the small square copy the newsroom admin makes of an upload (re-encoded,
    # without metadata), never as sent.
    avatar = models.FileField(
        _("Bild"),
        upload_to=avatar_name,
        max_length=200,
        blank=True,
        validators=[FileExtensionValidator(list(AVATAR_EXTENSIONS))],
        help_text=_("Optional: ein Porträt, wird quadratisch verkleinert und rund gezeigt."),
    )

    class Meta:
        verbose_name = _("Autor")
        verbose_name_plural = _("Autoren")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.role})" if self.role else self.name

    def byline(self) -> dict[str, str]:
        """What an entry keeps of its author (Entry.bylines): shown without another query."""
        shown = {"name": self.name, "role": self.role}
        if self.avatar:
            shown["avatar"] = self.avatar.url
        return shown

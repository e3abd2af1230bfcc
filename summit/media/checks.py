"""What publishing asks about pictures: every image carries alt text and a credit."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from summit.ticker.policy import NotAllowed

INCOMPLETE_MESSAGE = _(
    "Vor dem Veröffentlichen braucht jedes Bild einen Alternativtext und einen Bildnachweis."
)


class ImagesIncomplete(NotAllowed):
    """Refused like a missing right, so every door that reports refusals says this too."""


def require_complete_images(entry) -> None:
    """Raise ImagesIncomplete when a stored image of the entry lacks alt text or credit.

    The admin's form checks the images it posts itself (they are saved after the entry)
    and marks the entry with `images_checked_by_form`; the stored ones may be the very
    ones it is completing.
    """
    from summit.media.models import EntryImage

    if entry.pk is None or getattr(entry, "images_checked_by_form", False):
        return
    images = EntryImage.objects.filter(entry_id=entry.pk).only("alt", "credit")
    if any(not image.is_complete for image in images):
        raise ImagesIncomplete(str(INCOMPLETE_MESSAGE))

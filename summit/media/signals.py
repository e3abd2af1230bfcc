"""A removed picture (or its entry) takes its stored files along, once the removal is committed."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from summit.media.models import EntryEmbed, EntryImage
from summit.media.services import files_delete


@receiver(post_delete, sender=EntryImage)
def delete_files(sender, instance: EntryImage, **kwargs) -> None:
    names = [instance.original.name, *instance.rendition_names()]
    transaction.on_commit(partial(files_delete, [name for name in names if name]))


@receiver(post_delete, sender=EntryEmbed)
def delete_thumbnail(sender, instance: EntryEmbed, **kwargs) -> None:
    if instance.thumbnail.name:
        transaction.on_commit(partial(files_delete, [instance.thumbnail.name]))

"""Background work on pictures: the renditions are made by a task, not in the editor's request."""

from __future__ import annotations

from django_tasks import task

from summit.media import services
from summit.media.models import EntryImage


@task()
def make_renditions(image_id: int) -> str:
    image = EntryImage.objects.filter(pk=image_id).first()
    if image is None:
        return "gone"  # removed before the worker came to it
    return f"{services.renditions_make(image)} renditions"

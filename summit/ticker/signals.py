"""A ticker saved with a new planned end ahead gets its end queued (however it was saved)."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone

from summit.ticker.models import Ticker
from summit.ticker.tasks import plan_ticker_end


def _saves_end(raw: bool, update_fields) -> bool:
    # Revision moves save only the revision: they never change the plan.
    return not raw and (update_fields is None or "coverage_end" in update_fields)


@receiver(pre_save, sender=Ticker)
def note_end_change(sender, instance: Ticker, raw=False, update_fields=None, **kwargs) -> None:
    if not _saves_end(raw, update_fields):
        return
    stored = Ticker.objects.filter(pk=instance.pk).values_list("coverage_end", flat=True)
    instance._end_changed = instance.pk is None or stored.first() != instance.coverage_end


@receiver(post_save, sender=Ticker)
def queue_planned_end(sender, instance: Ticker, raw=False, update_fields=None, **kwargs) -> None:
    if not _saves_end(raw, update_fields) or not getattr(instance, "_end_changed", False):
        return
    end = instance.coverage_end
    if end is not None and end > timezone.now() and instance.status != Ticker.Status.ENDED:
        plan_ticker_end(end)

"""A ticker saved with a new planned start or end ahead gets it queued (however it was saved):
at the start kept pages drop "Live ab …", at the end the ticker ends."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone

from summit.ticker.models import Ticker
from summit.ticker.tasks import plan_ticker_end, plan_ticker_start

PLANS = {"coverage_start": plan_ticker_start, "coverage_end": plan_ticker_end}


def _plans_saved(raw: bool, update_fields) -> list[str]:
    # Revision moves save only the revision: they never change the plan.
    if raw:
        return []
    return [name for name in PLANS if update_fields is None or name in update_fields]


@receiver(pre_save, sender=Ticker)
def note_plan_changes(sender, instance: Ticker, raw=False, update_fields=None, **kwargs) -> None:
    names = _plans_saved(raw, update_fields)
    if not names:
        return
    stored = Ticker.objects.filter(pk=instance.pk).values(*names).first() or {}
    instance._plans_changed = [
        name for name in names if stored.get(name) != getattr(instance, name) or not stored
    ]


@receiver(post_save, sender=Ticker)
def queue_planned_times(sender, instance: Ticker, raw=False, update_fields=None, **kwargs) -> None:
    if raw or instance.status == Ticker.Status.ENDED:
        return
    for name in getattr(instance, "_plans_changed", ()):
        at = getattr(instance, name)
        if at is not None and at > timezone.now():
            PLANS[name](at)
    instance._plans_changed = []

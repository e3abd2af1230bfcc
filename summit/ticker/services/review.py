"""The newsroom's way to the readers: handed in for review, sent back, planned, published on time.

A draft handed in ("Zur Freigabe") waits in the queue until a chief publishes it or sends
it back with a note; a draft with a publication time in the future ("geplant") stays a
draft, invisible to every public output, until `entries_publish_due` publishes it at that
time (run by a task). Publishing, sending back and planning are the chief's decisions.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from summit.ticker import policy
from summit.ticker.models import Entry, Ticker
from summit.ticker.policy import Actor
from summit.ticker.services.entries import entry_update

NOT_A_DRAFT = _("Nur Entwürfe können zur Freigabe gehen oder geplant werden.")


def entry_hand_in(entry: Entry, *, by: Actor = None) -> Entry:
    """An editor's draft goes into the chiefs' queue (a note from an earlier return goes)."""
    policy.require(entry.status == Entry.Status.DRAFT, NOT_A_DRAFT)
    return entry_update(entry, by=by, in_review=True, review_note="")


def entry_send_back(entry: Entry, *, by: Actor = None, note: str = "") -> Entry:
    """A chief returns a handed-in draft to its writer with a note on what to change."""
    policy.require(policy.may_publish(by), policy.DECIDING)
    policy.require(entry.status == Entry.Status.DRAFT, NOT_A_DRAFT)
    return entry_update(entry, by=by, in_review=False, review_note=note.strip())


def entry_schedule(entry: Entry, *, by: Actor = None, at: dt.datetime) -> Entry:
    """Plan a draft for `at` (in the future): the caller queues the task that publishes it."""
    policy.require(policy.may_publish(by), policy.DECIDING)
    policy.require(entry.status == Entry.Status.DRAFT, NOT_A_DRAFT)
    policy.require(at > timezone.now(), _("Der geplante Zeitpunkt muss in der Zukunft liegen."))
    return entry_update(entry, by=by, publish_at=at, in_review=False)


def scheduled(ticker: Ticker | None = None):
    """Planned drafts, soonest first."""
    entries = Entry.objects.filter(status=Entry.Status.DRAFT, publish_at__isnull=False)
    if ticker is not None:
        entries = entries.filter(ticker=ticker)
    return entries.order_by("publish_at", "pk")


def review_queue(ticker: Ticker | None = None):
    """Drafts handed in and waiting for a chief, oldest first."""
    entries = Entry.objects.filter(status=Entry.Status.DRAFT, in_review=True)
    if ticker is not None:
        entries = entries.filter(ticker=ticker)
    return entries.order_by("updated_at", "pk")


def entries_publish_due(now: dt.datetime | None = None) -> int:
    """Publish every planned draft whose time has come, at its planned time (idempotent:
    each entry is re-read under its lock, so two runs publish it once)."""
    now = now or timezone.now()
    published = 0
    for pk in scheduled().filter(publish_at__lte=now).values_list("pk", flat=True):
        with transaction.atomic():
            entry = Entry.objects.select_for_update().filter(pk=pk).first()
            if entry is None or entry.status != Entry.Status.DRAFT or entry.publish_at is None:
                continue
            at = entry.publish_at
            entry_update(entry, status=Entry.Status.PUBLISHED, published_at=at, time_set=True)
            published += 1
    return published

"""Changing a ticker's settings: readers see all of them (title, status, poll interval,
allowed embed origins ...), so a real change moves the revision and a save without one
leaves it, and every kept page, where it is."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from summit.ticker import policy
from summit.ticker.models import Ticker
from summit.ticker.policy import Actor
from summit.ticker.services.revisions import lock_tickers, move_revision


def ticker_create(ticker: Ticker, *, by: Actor = None) -> Ticker:
    """Save a new ticker (revision 0: nothing for readers yet)."""
    policy.require(
        policy.may_add_ticker(by), _("Ticker anlegen darf nur, wer die Berechtigung dazu hat.")
    )
    ticker.save()
    return ticker


def ticker_delete(ticker: Ticker, *, by: Actor = None) -> None:
    """Remove a ticker with its entries (the demo's rebuild; newsrooms end tickers instead)."""
    policy.require(
        policy.may_delete_ticker(by), _("Ticker löschen darf nur, wer die Berechtigung dazu hat.")
    )
    ticker.delete()


def ticker_update(ticker: Ticker, *, by: Actor = None, **changes) -> Ticker:
    """Apply the changes that differ from the stored ticker; the revision moves once if any do."""
    policy.require(
        policy.may_change_ticker(by, ticker),
        _("Ticker-Einstellungen ändern darf nur, wer die Berechtigung dazu hat."),
    )
    with transaction.atomic():
        locked = lock_tickers([ticker.pk])[ticker.pk]
        real = {name: value for name, value in changes.items() if getattr(locked, name) != value}
        if real:
            for name, value in real.items():
                setattr(locked, name, value)
            locked.save()
            move_revision(locked)
    for name, value in changes.items():
        setattr(ticker, name, value)
    ticker.revision, ticker.updated_at = locked.revision, locked.updated_at
    return ticker


def tickers_reach_start() -> int:
    """Move the revision of every ticker whose planned start has come since its last change,
    so kept pages and embeds stop announcing "Live ab …" (idempotent: the move stamps the
    ticker's change time past its start)."""
    due = (
        Ticker.objects.filter(coverage_start__lte=timezone.now())
        .filter(updated_at__lt=F("coverage_start"))
        .exclude(status=Ticker.Status.ENDED)
        .values_list("pk", flat=True)
    )
    started = 0
    for pk in due:
        with transaction.atomic():
            move_revision(lock_tickers([pk])[pk])
        started += 1
    return started

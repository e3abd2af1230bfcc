"""Partners' webhook endpoints and the log of what was delivered to them."""

from __future__ import annotations

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from summit.ticker.models import Entry, Ticker

MAX_FAILURES_IN_A_ROW = 10


class Event(models.TextChoices):
    PUBLISHED = "entry.published", _("Eintrag veröffentlicht")
    CORRECTED = "entry.corrected", _("Eintrag geändert")
    WITHDRAWN = "entry.withdrawn", _("Eintrag zurückgezogen")
    ENDED = "ticker.ended", _("Ticker beendet")


def all_events() -> list[str]:
    return list(Event.values)


def new_secret() -> str:
    return secrets.token_urlsafe(32)


class WebhookEndpoint(models.Model):
    """A partner's URL that receives a signed POST for each chosen event of one ticker."""

    ticker = models.ForeignKey(
        Ticker, on_delete=models.CASCADE, related_name="webhooks", verbose_name=_("Ticker")
    )
    url = models.URLField(_("Adresse"), max_length=500, help_text=_("https://… des Partners"))
    secret = models.CharField(
        _("Geheimnis"),
        max_length=100,
        default=new_secret,
        help_text=_("Damit signieren wir jede Lieferung (HMAC-SHA256); der Partner prüft sie."),
    )
    events = models.JSONField(_("Ereignisse"), default=all_events)
    active = models.BooleanField(_("aktiv"), default=True)
    failures_in_a_row = models.PositiveIntegerField(_("Fehlschläge in Folge"), default=0)
    disabled_reason = models.TextField(_("Grund der Abschaltung"), blank=True)
    # Changes up to this revision have been turned into deliveries.
    notified_revision = models.PositiveBigIntegerField(default=0, editable=False)
    notified_ended = models.BooleanField(default=False, editable=False)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)

    class Meta:
        verbose_name = _("Webhook")
        verbose_name_plural = _("Webhooks")
        ordering = ["ticker", "url"]

    def __str__(self) -> str:
        return self.url

    def save(self, *args, **kwargs) -> None:
        if self._state.adding:
            # A new endpoint hears of changes from now on, not the ticker's whole past.
            self.notified_revision = self.ticker.revision
            self.notified_ended = self.ticker.status == Ticker.Status.ENDED
        super().save(*args, **kwargs)


class WebhookDelivery(models.Model):
    """One event for one endpoint: its body is fixed when created, so retries send the same
    bytes with the same idempotency key."""

    class Status(models.TextChoices):
        PENDING = "pending", _("ausstehend")
        DELIVERED = "delivered", _("zugestellt")
        GAVE_UP = "gave_up", _("aufgegeben")

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        on_delete=models.CASCADE,
        related_name="deliveries",
        verbose_name=_("Webhook"),
    )
    event = models.CharField(_("Ereignis"), max_length=30, choices=Event.choices)
    entry = models.ForeignKey(
        Entry, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    idempotency_key = models.CharField(_("Idempotenzschlüssel"), max_length=64, unique=True)
    body = models.TextField(_("Inhalt"))
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("Versuche"), default=0)
    last_status_code = models.PositiveIntegerField(_("letzter HTTP-Status"), null=True)
    last_error = models.TextField(_("letzter Fehler"), blank=True)
    created_at = models.DateTimeField(_("angelegt"), auto_now_add=True)
    last_attempt_at = models.DateTimeField(_("letzter Versuch"), null=True)
    next_attempt_at = models.DateTimeField(_("nächster Versuch"), null=True)
    delivered_at = models.DateTimeField(_("zugestellt"), null=True)

    class Meta:
        verbose_name = _("Webhook-Lieferung")
        verbose_name_plural = _("Webhook-Lieferungen")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.event} → {self.endpoint}"

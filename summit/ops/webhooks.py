"""Webhooks: a ticker's changes become signed deliveries to partners, retried with backoff.

After every revision move the ticker's changes since an endpoint's last notified revision
are turned into deliveries (entry published, corrected, withdrawn; ticker ended), each
with its body and idempotency key fixed, so a retry sends the same bytes. A delivery is
a POST with

- `X-Summit-Timestamp`: seconds since 1970, and
- `X-Summit-Signature`: `sha256=` + hex HMAC-SHA256 with the endpoint's secret over
  `<timestamp>.<body>` (the partner recomputes it and rejects old timestamps),
- `Idempotency-Key`: the same for every attempt of one delivery,

retried after 30 s, 1, 2, 4 … minutes (at most 6 h apart) for 24 h; ten failures in a
row disable the endpoint, with the reason in the admin. Only public addresses are called
(summit.ops.outbound), and redirects are not followed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import http.client
import json
import logging
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from summit.ops.models import MAX_FAILURES_IN_A_ROW, Event, WebhookDelivery, WebhookEndpoint
from summit.ops.outbound import UnsafeTarget, check_public_url
from summit.ops.site import public_site_url, site_request
from summit.ticker.api import entry_json
from summit.ticker.models import Entry, Ticker

TIMEOUT = 5
FIRST_RETRY = dt.timedelta(seconds=30)
LONGEST_WAIT = dt.timedelta(hours=6)
GIVE_UP_AFTER = dt.timedelta(hours=24)
USER_AGENT = "Summit-Liveticker-Webhooks/1"

logger = logging.getLogger(__name__)


# -- from changes to deliveries -----------------------------------------------------------


def collect_deliveries(ticker_id: int) -> list[WebhookDelivery]:
    """Deliveries for every active endpoint of the ticker, for what changed since each one
    was last notified. Idempotent: a second call for the same revision finds nothing."""
    with transaction.atomic():
        ticker = Ticker.objects.get(pk=ticker_id)
        endpoints = WebhookEndpoint.objects.select_for_update().filter(ticker=ticker, active=True)
        created: list[WebhookDelivery] = []
        for endpoint in endpoints:
            created += [
                delivery_for(endpoint, ticker, event, entry)
                for event, entry in changes_for(endpoint, ticker)
                if event in endpoint.events
            ]
            endpoint.notified_revision = ticker.revision
            endpoint.notified_ended = ticker.status == Ticker.Status.ENDED
            endpoint.save(update_fields=["notified_revision", "notified_ended"])
    return created


def changes_for(endpoint: WebhookEndpoint, ticker: Ticker) -> list[tuple[str, Entry | None]]:
    """(event, entry) in the order they happened. An entry already announced to this
    endpoint and changed again is "corrected"; drafts are nobody's business."""
    changed = list(
        Entry.objects.filter(ticker=ticker, revision__gt=endpoint.notified_revision)
        .exclude(status=Entry.Status.DRAFT)
        .with_relations()
        .order_by("revision", "id")
    )
    announced = set(
        endpoint.deliveries.filter(event=Event.PUBLISHED, entry__in=changed).values_list(
            "entry_id", flat=True
        )
    )
    changes: list[tuple[str, Entry | None]] = []
    for entry in changed:
        if entry.status == Entry.Status.WITHDRAWN:
            changes.append((Event.WITHDRAWN, entry))
        else:
            changes.append((Event.CORRECTED if entry.pk in announced else Event.PUBLISHED, entry))
    if ticker.status == Ticker.Status.ENDED and not endpoint.notified_ended:
        changes.append((Event.ENDED, None))
    return changes


def delivery_for(
    endpoint: WebhookEndpoint, ticker: Ticker, event: str, entry: Entry | None
) -> WebhookDelivery:
    identity = f"{endpoint.pk}|{event}|{entry.pk if entry else ''}|{ticker.revision}"
    key = hashlib.sha256(identity.encode()).hexdigest()[:40]
    site = public_site_url()
    document = {
        "id": key,
        "event": event,
        "ticker": {
            "slug": ticker.slug,
            "title": ticker.title,
            "status": ticker.status,
            "revision": ticker.revision,
            "url": site + ticker.get_absolute_url(),
        },
        "entry": entry_payload(site, ticker, entry, event),
    }
    delivery, _created = WebhookDelivery.objects.get_or_create(
        idempotency_key=key,
        defaults={
            "endpoint": endpoint,
            "event": event,
            "entry": entry,
            "body": json.dumps(document, ensure_ascii=False),
            "next_attempt_at": timezone.now(),
        },
    )
    return delivery


def entry_payload(site: str, ticker: Ticker, entry: Entry | None, event: str) -> dict | None:
    """The entry as entries.json shows it; a withdrawn one only by id and address, since
    what was withdrawn (perhaps for legal reasons) must not travel any further."""
    if entry is None:
        return None
    serialised = entry_json(site_request(site), ticker, entry, ticker.zone)
    if event == Event.WITHDRAWN:
        return {"id": serialised["id"], "permalink": serialised["permalink"]}
    return serialised


# -- delivering ---------------------------------------------------------------------------


def signature(secret: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A redirect could lead past the address check: it counts as a failure instead."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def post(delivery: WebhookDelivery) -> int:
    """POST the delivery once; its HTTP status (raises OSError when nothing answered)."""
    endpoint = delivery.endpoint
    body = delivery.body.encode()
    timestamp = int(time.time())
    request = urllib.request.Request(
        endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json; charset=utf-8",
            "User-Agent": USER_AGENT,
            "X-Summit-Event": delivery.event,
            "X-Summit-Timestamp": str(timestamp),
            "X-Summit-Signature": signature(endpoint.secret, timestamp, body),
            "Idempotency-Key": delivery.idempotency_key,
        },
    )
    try:
        with _opener.open(request, timeout=TIMEOUT) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def backoff(attempts: int) -> dt.timedelta:
    """30 s after the first failure, then doubling, at most LONGEST_WAIT apart."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_WAIT)


def attempt(delivery_id: int) -> dt.datetime | None:
    """Try one delivery; when to try again, or None (delivered, given up, endpoint off)."""
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    if delivery.status != WebhookDelivery.Status.PENDING:
        return None
    if not delivery.endpoint.active:
        give_up(delivery, _("Webhook ist abgeschaltet."))
        return None
    status_code, error = None, ""
    try:
        check_public_url(delivery.endpoint.url)
        status_code = post(delivery)
        if not 200 <= status_code < 300:
            error = f"HTTP {status_code}"
    except UnsafeTarget as refused:
        error = str(refused)
    except (OSError, http.client.HTTPException, ValueError) as failed:
        error = f"{type(failed).__name__}: {failed}"[:500]
    return record_attempt(delivery, status_code, error)


def record_attempt(delivery: WebhookDelivery, status_code: int | None, error: str):
    now = timezone.now()
    with transaction.atomic():
        endpoint = WebhookEndpoint.objects.select_for_update().get(pk=delivery.endpoint_id)
        delivery.attempts += 1
        delivery.last_attempt_at, delivery.last_status_code = now, status_code
        delivery.last_error = error
        if not error:
            delivery.status, delivery.delivered_at, delivery.next_attempt_at = (
                WebhookDelivery.Status.DELIVERED,
                now,
                None,
            )
            endpoint.failures_in_a_row = 0
        else:
            count_failure(endpoint, error, now)
            if not endpoint.active or now - delivery.created_at >= GIVE_UP_AFTER:
                delivery.status, delivery.next_attempt_at = WebhookDelivery.Status.GAVE_UP, None
            else:
                delivery.next_attempt_at = now + backoff(delivery.attempts)
        endpoint.save(update_fields=["failures_in_a_row", "active", "disabled_reason"])
        delivery.save()
    return delivery.next_attempt_at


def count_failure(endpoint: WebhookEndpoint, error: str, now: dt.datetime) -> None:
    endpoint.failures_in_a_row += 1
    if endpoint.failures_in_a_row >= MAX_FAILURES_IN_A_ROW:
        endpoint.active = False
        endpoint.disabled_reason = _(
            "Abgeschaltet am %(when)s nach %(count)d Fehlschlägen in Folge; zuletzt: %(error)s"
        ) % {
            "when": date_format(timezone.localtime(now), "d.m.Y, H:i"),
            "count": endpoint.failures_in_a_row,
            "error": error,
        }


def give_up(delivery: WebhookDelivery, reason: str) -> None:
    delivery.status, delivery.next_attempt_at = WebhookDelivery.Status.GAVE_UP, None
    delivery.last_error = reason
    delivery.save(update_fields=["status", "next_attempt_at", "last_error"])
    return None


def scrub_purged_entry(entry_id: int) -> None:
    """A legal removal erases the entry's text from the delivery log too; what was still to
    be sent is not sent (the withdrawal that the removal causes tells partners)."""
    for delivery in WebhookDelivery.objects.filter(entry_id=entry_id):
        delivery.body = json.dumps({"id": delivery.idempotency_key, "event": delivery.event})
        if delivery.status == WebhookDelivery.Status.PENDING:
            delivery.status, delivery.next_attempt_at = WebhookDelivery.Status.GAVE_UP, None
            delivery.last_error = _("Eintrag aus rechtlichen Gründen gelöscht.")
        delivery.save(update_fields=["body", "status", "next_attempt_at", "last_error"])


# -- WebSub -------------------------------------------------------------------------------


def ping_hub(ticker_id: int) -> int | None:
    """Tell the WebSub hub (WEBSUB_HUB_URL) that the ticker's feed changed; its answer's
    status, None when it could not be reached. No retry: the next change pings again."""
    ticker = Ticker.objects.get(pk=ticker_id)
    feed = public_site_url() + reverse("ticker:feed", kwargs={"slug": ticker.slug})
    hub = settings.WEBSUB_HUB_URL
    request = urllib.request.Request(
        hub,
        data=urlencode({"hub.mode": "publish", "hub.url": feed}).encode(),
        method="POST",
        headers={"User-Agent": USER_AGENT},
    )
    try:
        check_public_url(hub)
        with _opener.open(request, timeout=TIMEOUT) as response:
            return response.status
    except urllib.error.HTTPError as error:
        logger.warning("WebSub hub answered %s for %s", error.code, feed)
        return error.code
    except (UnsafeTarget, OSError, http.client.HTTPException) as error:
        logger.warning("WebSub hub not reached for %s: %s", feed, error)
        return None

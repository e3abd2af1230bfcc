"""Webhooks: a receiver in the test gets signed, retried, idempotent deliveries."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from django.core.cache import cache
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from summit.ops import webhooks
from summit.ops.models import WebhookDelivery, WebhookEndpoint
from summit.ticker import services
from summit.ticker.models import Entry, Ticker
from tests.ops.test_metrics import TOKEN, scrape, value


class Receiver:
    """A partner's endpoint: records every request, answers with the statuses it is given
    (then 200)."""

    def __init__(self):
        self.requests: list[dict] = []
        self.answers: list[int] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append({"headers": dict(self.headers), "body": body})
                status = receiver.answers.pop(0) if receiver.answers else 200
                self.send_response(status)
                if status in (301, 302, 307):
                    self.send_header("Location", receiver.url + "elsewhere")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def events(self) -> list[str]:
        return [request["headers"]["X-Summit-Event"] for request in self.requests]


@pytest.fixture
def receiver(settings):
    settings.OUTBOUND_ALLOW_PRIVATE = True  # the receiver listens on the loopback address
    receiver = Receiver()
    yield receiver
    receiver.server.shutdown()
    receiver.server.server_close()


@pytest.fixture
def endpoint(ticker, receiver) -> WebhookEndpoint:
    return WebhookEndpoint.objects.create(ticker=ticker, url=receiver.url, secret="geheim")


@pytest.fixture
def publish(make_entry, django_capture_on_commit_callbacks):
    """Publish through the services, with the commit hooks run as after a real commit."""

    def run(change=None, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return change() if change else make_entry(**fields)

    return run


def valid_signature(request: dict, secret: str) -> bool:
    timestamp = request["headers"]["X-Summit-Timestamp"]
    expected = hmac.new(
        secret.encode(), f"{timestamp}.".encode() + request["body"], hashlib.sha256
    ).hexdigest()
    return hmac.compare_digest(request["headers"]["X-Summit-Signature"], f"sha256={expected}")


def test_a_published_entry_reaches_the_partner_signed(
    endpoint, receiver, publish, run_worker, ticker
):
    entry = publish(title="Gipfel beginnt")
    run_worker()
    (request,) = receiver.requests
    assert request["headers"]["X-Summit-Event"] == "entry.published"
    assert valid_signature(request, "geheim")
    assert not valid_signature(request, "falsch")
    payload = json.loads(request["body"])
    assert payload["entry"]["id"] == entry.pk
    assert payload["entry"]["title"] == "Gipfel beginnt"
    assert payload["ticker"]["slug"] == ticker.slug
    assert request["headers"]["Idempotency-Key"] == payload["id"]


def test_corrections_withdrawals_and_the_end_are_announced(
    endpoint, receiver, publish, run_worker, ticker
):
    entry = publish(title="Erste Fassung")
    run_worker()
    publish(lambda: services.entry_update(entry, title="Zweite Fassung"))
    run_worker()
    publish(lambda: services.entry_withdraw(Entry.objects.get(pk=entry.pk)))
    publish(lambda: services.ticker_update(ticker, status=Ticker.Status.ENDED))
    run_worker()
    assert receiver.events() == [
        "entry.published",
        "entry.corrected",
        "entry.withdrawn",
        "ticker.ended",
    ]
    corrected = json.loads(receiver.requests[1]["body"])
    assert corrected["entry"]["title"] == "Zweite Fassung"
    withdrawn = json.loads(receiver.requests[2]["body"])
    assert set(withdrawn["entry"]) == {"id", "permalink"}  # no text of a withdrawn entry


def test_drafts_are_never_announced(endpoint, receiver, publish, run_worker):
    publish(title="Geheimer Entwurf", status=Entry.Status.DRAFT)
    run_worker()
    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


def test_only_the_chosen_events_are_sent(endpoint, receiver, publish, run_worker):
    endpoint.events = ["entry.withdrawn"]
    endpoint.save()
    entry = publish(title="Nur das Zurückziehen zählt")
    publish(lambda: services.entry_withdraw(entry))
    run_worker()
    assert receiver.events() == ["entry.withdrawn"]


def test_a_failed_delivery_is_retried_later_with_the_same_body_and_key(
    endpoint, receiver, publish, run_worker
):
    receiver.answers = [500, 503]
    publish(title="Wird erst beim dritten Mal angenommen")
    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "pending" and delivery.attempts == 1
    assert delivery.last_status_code == 500
    waiting = DBTaskResult.objects.get(status="READY")
    assert waiting.run_after > timezone.now() + dt.timedelta(seconds=20)  # backoff, not now

    first_wait = delivery.next_attempt_at - delivery.last_attempt_at
    webhooks.attempt(delivery.pk)  # the retry, as the worker would run it when due
    delivery.refresh_from_db()
    assert delivery.next_attempt_at - delivery.last_attempt_at == 2 * first_wait
    webhooks.attempt(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == "delivered" and delivery.attempts == 3

    bodies = {request["body"] for request in receiver.requests}
    keys = {request["headers"]["Idempotency-Key"] for request in receiver.requests}
    assert len(receiver.requests) == 3 and len(bodies) == 1 and len(keys) == 1
    assert all(valid_signature(request, "geheim") for request in receiver.requests)
    webhooks.attempt(delivery.pk)  # delivered: never sent again
    assert len(receiver.requests) == 3


def test_ten_failures_in_a_row_switch_the_endpoint_off(endpoint, receiver, publish, staff_client):
    receiver.answers = [500] * 20
    for number in range(10):
        publish(title=f"Meldung {number}")
        (delivery,) = webhooks.collect_deliveries(endpoint.ticker_id)
        webhooks.attempt(delivery.pk)
    endpoint.refresh_from_db()
    assert not endpoint.active
    assert "10 Fehlschlägen in Folge" in endpoint.disabled_reason
    assert "HTTP 500" in endpoint.disabled_reason
    assert len(receiver.requests) == 10

    webhooks.attempt(WebhookDelivery.objects.earliest("id").pk)
    assert len(receiver.requests) == 10  # switched off: nothing more is sent
    page = staff_client.get(f"/admin/ops/webhookendpoint/{endpoint.pk}/change/")
    assert "10 Fehlschlägen in Folge" in page.content.decode()
    assert "HTTP 500" in page.content.decode()


def test_a_success_resets_the_count(endpoint, receiver, publish):
    receiver.answers = [500] * 9
    for number in range(10):
        publish(title=f"Meldung {number}")
        (delivery,) = webhooks.collect_deliveries(endpoint.ticker_id)
        webhooks.attempt(delivery.pk)
    endpoint.refresh_from_db()
    assert endpoint.active and endpoint.failures_in_a_row == 0


def test_redirects_are_not_followed(endpoint, receiver, publish):
    receiver.answers = [302]
    publish(title="Umleitung")
    (delivery,) = webhooks.collect_deliveries(endpoint.ticker_id)
    webhooks.attempt(delivery.pk)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == "pending" and delivery.last_error == "HTTP 302"
    assert len(receiver.requests) == 1


def test_the_same_revision_is_announced_once(endpoint, publish):
    """A notification task that runs twice (a worker restarted) sends nothing twice."""
    publish(title="Einmal")
    assert len(webhooks.collect_deliveries(endpoint.ticker_id)) == 1
    assert webhooks.collect_deliveries(endpoint.ticker_id) == []
    assert WebhookDelivery.objects.count() == 1


def test_private_and_loopback_targets_are_refused(ticker, staff_client, settings):
    settings.OUTBOUND_ALLOW_PRIVATE = False
    for url in ("http://127.0.0.1:8000/hook", "http://10.1.2.3/hook", "http://[::1]/hook"):
        response = staff_client.post(
            "/admin/ops/webhookendpoint/add/",
            {"ticker": ticker.pk, "url": url, "secret": "s", "events": ["entry.published"]},
        )
        assert response.status_code == 200, url
        assert "interne Adresse" in response.content.decode(), url
    assert not WebhookEndpoint.objects.exists()


def test_a_stored_private_target_is_never_called(ticker, receiver, publish, settings):
    WebhookEndpoint.objects.create(ticker=ticker, url=receiver.url, secret="s")
    publish(title="Darf nicht hinaus")
    (delivery,) = webhooks.collect_deliveries(ticker.pk)
    settings.OUTBOUND_ALLOW_PRIVATE = False
    webhooks.attempt(delivery.pk)
    assert receiver.requests == []
    assert "interne Adresse" in WebhookDelivery.objects.get().last_error


def test_webhook_failures_show_in_the_metrics(endpoint, receiver, publish, client, monkeypatch):
    monkeypatch.setenv("METRICS_TOKEN", TOKEN)
    receiver.answers = [500]
    publish(title="Scheitert einmal")
    (delivery,) = webhooks.collect_deliveries(endpoint.ticker_id)
    webhooks.attempt(delivery.pk)
    figures = scrape(client)
    labels = {"ticker": endpoint.ticker.slug, "endpoint": str(endpoint.pk)}
    assert value(figures, "summit_webhook_failures_in_a_row", **labels) == 1
    assert value(figures, "summit_webhook_deliveries", status="pending") == 1


def test_the_feed_declares_the_websub_hub_when_one_is_set(client, ticker, settings):
    feed = f"/ticker/{ticker.slug}/feed/"
    assert b'rel="hub"' not in client.get(feed).content
    settings.WEBSUB_HUB_URL = "https://hub.example.org/"
    cache.clear()  # the answer above is kept for its revision; a new setting means a restart
    assert b'<link href="https://hub.example.org/" rel="hub"' in client.get(feed).content


def test_the_websub_hub_is_pinged_on_a_change(receiver, publish, run_worker, ticker, settings):
    settings.WEBSUB_HUB_URL = receiver.url
    publish(title="Neu im Feed")
    run_worker()
    (ping,) = receiver.requests
    assert parse_qs(ping["body"].decode()) == {
        "hub.mode": ["publish"],
        "hub.url": [f"https://testserver/ticker/{ticker.slug}/feed/"],
    }


def test_a_legal_removal_erases_the_text_from_the_delivery_log(
    endpoint, receiver, publish, run_worker, staff_user
):
    receiver.answers = [500]
    entry = publish(title="Muss weg", body="<p>Rechtswidriger Text</p>")
    run_worker()  # first attempt fails: the delivery waits for its retry
    publish(lambda: services.entry_purge(entry, by=staff_user, reason="Gerichtsbeschluss"))
    published = WebhookDelivery.objects.get(event="entry.published")
    assert "Rechtswidriger" not in published.body and "Muss weg" not in published.body
    assert published.status == "gave_up"
    run_worker()
    withdrawn = json.loads(receiver.requests[-1]["body"])
    assert withdrawn["event"] == "entry.withdrawn"
    assert set(withdrawn["entry"]) == {"id", "permalink"}
    assert all(b"Rechtswidriger" not in request["body"] for request in receiver.requests[1:])

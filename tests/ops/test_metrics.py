"""/metrics: who may read it, and the figures an operator watches."""

import io
import json
import logging

import pytest
from django.core.management import call_command
from django_tasks import task
from prometheus_client.parser import text_string_to_metric_families

from summit.ops.logs import JsonLinesFormatter

TOKEN = "s3cret-scrape-token"


@pytest.fixture(autouse=True)
def _patient_cache(settings):
    settings.TICKER_REVISION_TTL = 60


@pytest.fixture
def metrics_token(monkeypatch):
    monkeypatch.setenv("METRICS_TOKEN", TOKEN)
    monkeypatch.delenv("METRICS_ALLOWED_IPS", raising=False)


def scrape(client) -> dict:
    response = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=")
    return samples(response.content.decode())


def samples(body: str) -> dict:
    """{(name, frozenset(labels)): value} of every sample in the exposition."""
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
    }


def value(figures: dict, name: str, **labels) -> float:
    return figures.get((name, frozenset(labels.items())), 0.0)


def test_metrics_do_not_exist_unless_configured(client, db, monkeypatch):
    monkeypatch.delenv("METRICS_TOKEN", raising=False)
    monkeypatch.delenv("METRICS_ALLOWED_IPS", raising=False)
    assert client.get("/metrics").status_code == 404


def test_metrics_need_the_token(client, db, metrics_token):
    missing = client.get("/metrics")
    assert missing.status_code == 401
    assert missing["WWW-Authenticate"] == 'Bearer realm="metrics"'
    wrong = client.get("/metrics", headers={"Authorization": "Bearer guessed"})
    assert wrong.status_code == 403
    assert b"summit_" not in wrong.content
    assert client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


def test_metrics_answer_allowed_addresses_without_token(client, db, monkeypatch):
    monkeypatch.delenv("METRICS_TOKEN", raising=False)
    monkeypatch.setenv("METRICS_ALLOWED_IPS", "10.0.0.0/8, 192.0.2.7")
    assert client.get("/metrics", REMOTE_ADDR="10.1.2.3").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="192.0.2.7").status_code == 200
    refused = client.get("/metrics", REMOTE_ADDR="192.0.2.8", HTTP_X_FORWARDED_FOR="10.1.2.3")
    assert refused.status_code == 403


def test_a_malformed_allow_list_item_is_left_out(client, db, monkeypatch):
    monkeypatch.delenv("METRICS_TOKEN", raising=False)
    monkeypatch.setenv("METRICS_ALLOWED_IPS", "kein-netz, 10.0.0.0/8")
    assert client.get("/metrics", REMOTE_ADDR="10.1.2.3").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="192.0.2.8").status_code == 403


def test_behind_the_proxy_the_allow_list_checks_the_client_not_the_proxy(client, db, monkeypatch):
    monkeypatch.delenv("METRICS_TOKEN", raising=False)
    monkeypatch.setenv("METRICS_ALLOWED_IPS", "10.0.0.0/8")
    monkeypatch.setenv("TRUSTED_PROXIES", "127.0.0.1")
    via_proxy = {"REMOTE_ADDR": "127.0.0.1"}
    allowed = client.get("/metrics", HTTP_X_FORWARDED_FOR="10.1.2.3", **via_proxy)
    assert allowed.status_code == 200
    # A client's own X-Forwarded-For comes first; the proxy appends the address it saw.
    spoofed = client.get("/metrics", HTTP_X_FORWARDED_FOR="10.1.2.3, 192.0.2.8", **via_proxy)
    assert spoofed.status_code == 403


def test_requests_are_counted_by_view_and_status(client, ticker, make_entry, metrics_token):
    make_entry()
    before = scrape(client)
    client.get(f"/ticker/{ticker.slug}/")
    client.get("/ticker/no-such-ticker/")
    after = scrape(client)
    timeline = {"view": "ticker:timeline", "method": "GET"}
    assert value(after, "summit_http_requests_total", **timeline, status="200") == (
        value(before, "summit_http_requests_total", **timeline, status="200") + 1
    )
    assert value(after, "summit_http_requests_total", **timeline, status="404") == (
        value(before, "summit_http_requests_total", **timeline, status="404") + 1
    )
    count = value(after, "summit_http_request_duration_seconds_count", view="ticker:timeline")
    assert (
        count
        == value(before, "summit_http_request_duration_seconds_count", view="ticker:timeline") + 2
    )


def test_kept_pages_and_polls_without_query_are_counted(client, ticker, make_entry, metrics_token):
    make_entry()
    ticker.refresh_from_db()
    before = scrape(client)
    client.get(f"/ticker/{ticker.slug}/")  # rendered and kept
    client.get(f"/ticker/{ticker.slug}/")  # served from the cache
    client.get(f"/ticker/{ticker.slug}/updates/?since={ticker.revision}")  # nothing new
    after = scrape(client)

    def grew(name, **labels):
        return value(after, name, **labels) - value(before, name, **labels)

    assert grew("summit_kept_answers_total", kind="page", result="miss") == 1
    assert grew("summit_kept_answers_total", kind="page", result="hit") == 1
    assert grew("summit_http_requests_without_query_total", view="ticker:updates", status="204")
    assert grew("summit_http_requests_without_query_total", view="ticker:timeline", status="200")


def test_revisions_per_ticker_are_shown(client, ticker, make_entry, metrics_token):
    make_entry()
    make_entry()
    figures = scrape(client)
    ticker.refresh_from_db()
    assert value(figures, "summit_ticker_revision", ticker=ticker.slug) == ticker.revision == 2


def test_request_log_line_is_json_with_view_status_duration_and_ticker(
    client, ticker, make_entry, caplog
):
    make_entry()
    with caplog.at_level(logging.INFO, logger="summit.requests"):
        client.get(f"/ticker/{ticker.slug}/")
    (record,) = [r for r in caplog.records if r.name == "summit.requests"]
    line = json.loads(JsonLinesFormatter().format(record))
    assert line["view"] == "ticker:timeline"
    assert line["status"] == 200
    assert line["ticker"] == ticker.slug
    assert line["duration_ms"] >= 0
    assert line["level"] == "INFO"
    assert "\n" not in JsonLinesFormatter().format(record)


def test_plain_log_line_names_view_and_status(client, ticker, caplog):
    with caplog.at_level(logging.INFO, logger="summit.requests"):
        client.get(f"/ticker/{ticker.slug}/")
    (record,) = [r for r in caplog.records if r.name == "summit.requests"]
    assert f"GET /ticker/{ticker.slug}/ 200" in record.getMessage()
    assert "view=ticker:timeline" in record.getMessage()


def test_applied_imports_are_timed_and_sized(client, ticker, metrics_token, tmp_path):
    source = tmp_path / "meldungen.json"
    source.write_text(
        '[{"title": "Erste", "body": "Eins", "published_at": "2025-08-14T12:00:00+02:00"},'
        ' {"title": "Zweite", "body": "Zwei", "published_at": "2025-08-14T12:05:00+02:00"}]',
        encoding="utf-8",
    )
    before = scrape(client)
    call_command("import_ticker", str(source), ticker=ticker.slug, stdout=io.StringIO())
    after = scrape(client)

    def grew(name):
        return value(after, name) - value(before, name)

    assert grew("summit_import_apply_duration_seconds_count") == 1
    assert grew("summit_import_entries_count") == 1
    assert grew("summit_import_entries_sum") == 2
    assert grew("summit_import_input_bytes_sum") == len(source.read_bytes())


@task()
def waiting_task() -> None:
    """Enqueued, never run: the queue's figures count it."""


def test_task_queue_depth_and_age_of_the_oldest_task(client, db, metrics_token):
    assert value(scrape(client), "summit_task_queue_depth") == 0
    waiting_task.enqueue()
    waiting_task.enqueue()
    figures = scrape(client)
    assert value(figures, "summit_task_queue_depth") == 2
    assert value(figures, "summit_task_queue_oldest_age_seconds") >= 0
    assert ("summit_task_queue_oldest_age_seconds", frozenset()) in figures

"""Redis unreachable: every page, poll, admin action and import answers from the database."""

import json

import pytest
from django.core.cache import cache
from django.core.management import call_command

from summit.cache import cache_is_healthy
from summit.ticker import services
from summit.ticker.models import Entry

# A port nothing listens on: every connection is refused at once.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "summit.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    },
    "template_fragments": {"BACKEND": "summit.cache.LocalMemoryCache"},
}


@pytest.fixture
def redis_down(settings):
    settings.CACHES = UNREACHABLE_REDIS
    assert not cache_is_healthy()
    yield
    cache.clear()


@pytest.fixture
def entries(make_entry, django_capture_on_commit_callbacks, redis_down):
    with django_capture_on_commit_callbacks(execute=True):  # the write-through must not raise
        return [make_entry(), make_entry(pinned=True)]


@pytest.mark.parametrize(
    "url",
    [
        "/ticker/test-ticker/",
        "/ticker/test-ticker/?q=Text",
        "/ticker/test-ticker/embed/",
        "/ticker/test-ticker/feed/",
        "/ticker/test-ticker/entries.json",
        "/ticker/test-ticker/updates/?since=1",
        "/ticker/test-ticker/embed/updates/?since=1",
        "/oembed?url=http://testserver/ticker/test-ticker/",
    ],
)
def test_public_answers_come_from_the_database(client, entries, url):
    first = client.get(url)
    assert first.status_code == 200
    assert client.get(url, headers={"If-None-Match": first["ETag"]}).status_code == 304


def test_nothing_new_is_still_answered(client, ticker, entries):
    ticker.refresh_from_db()
    assert client.get(f"/ticker/test-ticker/updates/?since={ticker.revision}").status_code == 204


def test_entry_permalink_is_answered(client, entries):
    assert client.get(entries[0].get_absolute_url()).status_code == 200


def test_health_check_names_the_degraded_cache(client, redis_down, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert "degraded" in response.content.decode()


def test_health_check_is_ok_with_a_working_cache(client, db):
    response = client.get("/healthz")
    assert response.content == b"ok\n"


def test_admin_bulk_action_succeeds_and_is_committed(
    staff_client, entries, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            "/admin/ticker/entry/", {"action": "pin", "_selected_action": [entries[0].pk]}
        )
    assert response.status_code == 302
    assert Entry.objects.get(pk=entries[0].pk).pinned


def test_import_on_the_command_line_succeeds(
    ticker, redis_down, tmp_path, django_capture_on_commit_callbacks
):
    source = tmp_path / "entries.json"
    item = {"title": "Aus dem Import", "body": "<p>Text</p>"}
    source.write_text(json.dumps([{**item, "published_at": "2025-08-14T21:15:00+02:00"}]))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_ticker", str(source), ticker=ticker.slug, format="json", verbosity=0)
    assert Entry.objects.filter(ticker=ticker, title="Aus dem Import").exists()


def test_a_committed_change_reaches_readers_when_the_cache_is_down(
    client, ticker, entries, make_entry, django_capture_on_commit_callbacks
):
    since = entries[-1].revision
    with django_capture_on_commit_callbacks(execute=True):
        new = make_entry(title="Nach dem Ausfall")
    response = client.get(f"/ticker/test-ticker/updates/?since={since}")
    assert f'id="entry-{new.pk}"' in response.content.decode()
    services.entry_withdraw(new)  # no error either way

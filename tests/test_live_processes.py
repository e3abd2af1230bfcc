"""Live updates across processes: real gunicorn servers on a shared SQLite file.

- With the default local-memory cache, a change committed by another process (here a
  `manage.py shell` run) reaches a poll within TICKER_REVISION_TTL plus a moment.
- With Redis, two servers share the cached revision: a change made through one (an admin
  bulk action) is seen at once by a poll to the other, even with a revision TTL so long
  that only the shared cache can explain it.

The servers run their own processes, so this module needs no pytest-django database.
"""

import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from .processes import manage

ROOT = Path(__file__).resolve().parents[1]
REDIS_URL = os.environ.get("LIVE_TEST_REDIS_URL", "redis://127.0.0.1:6379/3")
SLUG = "prozess-ticker"

SETUP = """
import datetime as dt, json
from django.contrib.auth import get_user_model
from summit.ticker import services
from summit.ticker.models import Entry, Ticker
ticker = Ticker.objects.create(slug="prozess-ticker", title="Prozesse", poll_interval=1)
at = dt.datetime(2025, 8, 15, 12, 0, tzinfo=dt.UTC)
services.entry_create(ticker, title="Schon da", published_at=at, status="published")
draft = services.entry_create(ticker, title="Entwurf", published_at=at, status="draft")
get_user_model().objects.create_superuser("chefin", "chefin@example.org", "pw-123456")
ticker.refresh_from_db()
print(json.dumps({"revision": ticker.revision, "draft": draft.pk}))
"""

PUBLISH_ELSEWHERE = """
import datetime as dt
from summit.ticker import services
from summit.ticker.models import Ticker
ticker = Ticker.objects.get(slug="prozess-ticker")
at = dt.datetime(2025, 8, 15, 13, 0, tzinfo=dt.UTC)
print(services.entry_create(ticker, title="Aus dem Import", published_at=at, status="published").pk)
"""


def environment(db_path: Path, **extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DATABASE_URL", "TICKER_REVISION_TTL"}
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"sqlite:///{db_path}",
        # Plain-http cookies for the admin login below; nothing else here depends on it.
        "DEBUG": "1",
        "LOG_LEVEL": "WARNING",
    }
    return env | extra


@pytest.fixture(scope="module")
def template_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("live-processes") / "template.sqlite3"
    env = environment(path)
    manage(env, "migrate", "--noinput", "-v", "0")
    facts = json.loads(manage(env, "shell", "-c", SETUP).strip().splitlines()[-1])
    return path, facts


@pytest.fixture
def site(template_db, tmp_path):
    """A fresh copy of the prepared database: (path, {"revision": …, "draft": …})."""
    template, facts = template_db
    path = tmp_path / "db.sqlite3"
    shutil.copy(template, path)
    return path, facts


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def start_server():
    """start_server(env) -> base URL of a one-worker gunicorn; all are stopped afterwards."""
    started: list[subprocess.Popen] = []

    def start(env: dict[str, str]) -> str:
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "summit.wsgi", "--workers", "1",
             "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        started.append(process)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(f"server exited: {process.stderr.read().decode()}")
            try:
                if get(base + "/healthz")[0] == 200:
                    return base
            except OSError:
                time.sleep(0.1)
        pytest.fail("server did not start within 20 s")

    yield start
    for process in started:
        process.terminate()
    for process in started:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stderr.close()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get(url: str, opener=None) -> tuple[int, str]:
    opener = opener or urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def poll_url(base: str, since: int) -> str:
    return f"{base}/ticker/{SLUG}/updates/?since={since}"


def poll_until_changed(base: str, since: int, within: float) -> tuple[int, str]:
    """Poll like a reader (ten times a second here) until the answer is not 204."""
    deadline = time.monotonic() + within
    status, body = get(poll_url(base, since))
    while status == 204 and time.monotonic() < deadline:
        time.sleep(0.1)
        status, body = get(poll_url(base, since))
    return status, body


def test_change_from_another_process_reaches_a_poll_with_the_local_memory_cache(site, start_server):
    path, facts = site
    env = environment(path)
    server = start_server(env)
    assert get(poll_url(server, facts["revision"]))[0] == 204  # the server's cache is warm

    created = int(manage(env, "shell", "-c", PUBLISH_ELSEWHERE).strip().splitlines()[-1])

    # TICKER_REVISION_TTL (1.5 s) plus a moment; a few seconds at most.
    status, body = poll_until_changed(server, facts["revision"], within=5)
    assert status == 200
    assert f'id="entry-{created}"' in body


def redis_available() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url(REDIS_URL, socket_timeout=1).ping())
    except Exception:
        return False


def admin_opener(base: str):
    """An opener logged in to the admin of `base` (cookies kept), and its CSRF token."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    status, page = get(f"{base}/admin/login/", opener)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    form = {"username": "chefin", "password": "pw-123456", "csrfmiddlewaretoken": token}
    status, _ = post(opener, f"{base}/admin/login/?next=/admin/", form)
    assert status == 302, "admin login failed"
    _, page = get(f"{base}/admin/ticker/entry/", opener)  # logging in rotated the token
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    return opener, token


def post(opener, url: str, form: dict) -> tuple[int, str]:
    data = urllib.parse.urlencode(form, doseq=True).encode()
    try:
        with opener.open(urllib.request.Request(url, data=data), timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.mark.skipif(not redis_available(), reason=f"Redis not reachable at {REDIS_URL}")
def test_two_servers_sharing_redis_see_each_others_changes_within_the_shared_max_age(
    site, start_server
):
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    path, facts = site
    # A revision TTL of five minutes: only the shared cache can bring the change across.
    env = environment(path, REDIS_URL=REDIS_URL, TICKER_REVISION_TTL="300")
    editors_server, readers_server = start_server(env), start_server(env)
    since = facts["revision"]
    assert get(poll_url(readers_server, since))[0] == 204

    opener, token = admin_opener(editors_server)
    status, _ = post(
        opener,
        f"{editors_server}/admin/ticker/entry/",
        {"action": "publish", "_selected_action": [facts["draft"]], "csrfmiddlewaretoken": token},
    )
    assert status == 302

    # Each process keeps a near copy of the state for at most TICKER_POLL_SHARED_MAX_AGE
    # (1 s, what a shared cache may hold anyway), far less than the revision TTL above.
    status, body = poll_until_changed(readers_server, since, within=10)
    assert status == 200
    assert f'id="entry-{facts["draft"]}"' in body
    redis.Redis.from_url(REDIS_URL).flushdb()

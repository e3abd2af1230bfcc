"""Debian's nginx with the shipped configuration in front of gunicorn, as in production.

The ticker polls every second and shared caches may keep an answer TTL seconds, so a
change must reach a reader through the edge within poll interval + TTL (+ 5 s of slack
for a busy machine); the tests wait for that with a deadline, never a fixed sleep.
"""

import hashlib
import json
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from summit.edge import nginx
from tests.edge import servers

POLL_INTERVAL = 1
TTL = 2  # TICKER_POLL_SHARED_MAX_AGE for this stack: long enough for a hit right after a miss
DEADLINE = POLL_INTERVAL + TTL + 5
# A withdrawn entry must be gone from every cache within this, not only seen to leave.
GONE_DEADLINE = POLL_INTERVAL + TTL + 1
SLUG = "edge"

SEED = f"""
import datetime as dt, json
from django.core.management import call_command
call_command("migrate", verbosity=0)
from summit.ticker import services
from summit.ticker.models import Ticker
ticker = Ticker.objects.create(slug="{SLUG}", title="Kante", status=Ticker.Status.LIVE,
                               poll_interval={POLL_INTERVAL})
entries = [
    services.entry_create(ticker, title=f"Meldung {{n}}", body=f"<p>Text {{n}}</p>",
                          published_at=dt.datetime(2025, 8, 15, 12, n, tzinfo=dt.UTC),
                          status="published")
    for n in range(3)
]
print(json.dumps({{"revision": ticker.revision, "entry": entries[0].pk}}))
"""


class Edge:
    """The running stack: nginx on `port`, gunicorn on `origin_port`."""

    def __init__(self, nginx_binary: str):
        self.folder = Path(tempfile.mkdtemp(prefix="summit-edge-"))
        self.folder.chmod(0o755)  # nginx's workers pass through it when started as root
        self.static_root = self.folder / "static"
        self.env = servers.project_env(
            self.folder / "db.sqlite3",
            DJANGO_SETTINGS_MODULE="tests.edge.settings",
            EDGE_STATIC_ROOT=str(self.static_root),
            EDGE_PLAIN_STATIC="1",
            TICKER_POLL_SHARED_MAX_AGE=str(TTL),
        )
        self.nginx_binary = nginx_binary
        self.gunicorn = self.nginx = None

    def start(self) -> None:
        seeded = json.loads(servers.run_in_project(SEED, self.env))
        self.revision, self.entry = seeded["revision"], seeded["entry"]
        self.static_root.mkdir()
        (self.static_root / "app.0123456789ab.css").write_text("body { color: black }\n")
        (self.static_root / "embed-resize.js").write_text("// resize\n")
        self.origin_port, self.port = servers.free_port(), servers.free_port()
        self.gunicorn = servers.start_gunicorn(
            self.env, self.origin_port, self.folder / "gunicorn.log"
        )
        config = self.folder / "nginx.conf"
        config.write_text(
            servers.nginx_config_text(self.env, self.port, self.origin_port, self.folder / "state")
        )
        self.nginx = servers.start_nginx(self.nginx_binary, config, self.folder / "nginx.log")
        servers.wait_until_answering(self.origin_port, "/healthz", self.gunicorn)
        servers.wait_until_answering(self.port, "/healthz", self.nginx)

    def stop(self) -> None:
        servers.stop(self.nginx)
        servers.stop(self.gunicorn)
        shutil.rmtree(self.folder, ignore_errors=True)

    def get(self, path: str, **kwargs) -> servers.Answer:
        return servers.fetch(self.port, path, **kwargs)

    def change(self, code: str) -> str:
        """Run code with `services`, `Entry` and `ticker` at hand, as an editor's change."""
        prelude = (
            "from summit.ticker import services\n"
            "from summit.ticker.models import Entry, Ticker\n"
            f"ticker = Ticker.objects.get(slug='{SLUG}')\n"
        )
        return servers.run_in_project(prelude + code, self.env)


@pytest.fixture(scope="module")
def edge(nginx_binary):
    stack = Edge(nginx_binary)
    try:
        stack.start()
        yield stack
    finally:
        stack.stop()


def public_urls(edge: Edge) -> dict[str, str]:
    base = f"/ticker/{SLUG}/"
    page = f"http://127.0.0.1:{edge.port}{base}"
    return {
        "page": base,
        "page filtered": f"{base}?order=oldest",
        "poll": f"{base}updates/?since={edge.revision}",
        "embed": f"{base}embed/",
        "embed poll": f"{base}embed/updates/?since={edge.revision}",
        "permalink": f"{base}entries/{edge.entry}/",
        "feed": f"{base}feed/",
        "API": f"{base}entries.json",
        "oEmbed": f"/oembed?url={page}",
    }


PUBLIC_SURFACES = [
    "page", "page filtered", "poll", "embed", "embed poll", "permalink", "feed", "API", "oEmbed",
]  # fmt: skip


def cache_status(answer: servers.Answer) -> str | None:
    return answer.headers.get("X-Cache-Status")


def assert_second_request_is_a_hit(edge: Edge, path: str, headers: dict | None = None) -> None:
    """The answer is kept TTL seconds from its arrival; a second request later than that
    on a busy machine proves nothing, so such a pair is tried again."""
    for _attempt in range(3):
        first = edge.get(path, headers=headers)
        assert first.status < 400, (path, first.status)
        arrived = time.monotonic()
        second = edge.get(path, headers=headers)
        if cache_status(second) == "HIT":
            return
        if time.monotonic() - arrived < TTL:
            break
    pytest.fail(f"{path}: second request was {cache_status(second)!r}, not a cache hit")


@pytest.mark.parametrize("name", PUBLIC_SURFACES)
def test_second_request_of_a_public_url_is_a_cache_hit(edge, name):
    assert_second_request_is_a_hit(edge, public_urls(edge)[name])


@pytest.mark.parametrize("name", PUBLIC_SURFACES)
def test_every_public_url_tells_shared_caches_how_long_to_keep_it(edge, name):
    """The contract between Django and the edge (or a CDN): s-maxage and a revalidating ETag."""
    path = public_urls(edge)[name]
    answer = edge.get(path)

    directives = {d.strip() for d in answer.headers.get("Cache-Control", "").split(",")}
    assert {"public", "max-age=0", f"s-maxage={TTL}"} <= directives, (path, directives)
    etag = answer.headers.get("ETag")
    assert etag, path
    # nginx answers 304 for a kept 200; a kept 204 (nothing new) is already bodiless.
    revalidated = edge.get(path, headers={"If-None-Match": etag})
    assert revalidated.status == (204 if answer.status == 204 else 304), path


def test_an_htmx_fragment_and_its_page_never_share_a_cached_answer(edge):
    path = f"/ticker/{SLUG}/?tag=none-{time.monotonic_ns()}"
    assert_second_request_is_a_hit(edge, path)

    fragment = edge.get(path, headers={"HX-Request": "true"})

    assert cache_status(fragment) == "MISS"


def cache_file(edge: Edge, path: str) -> Path:
    """Where nginx keeps the copy of path for a client without Accept-Encoding (levels=1:2)."""
    key = f"http://127.0.0.1:{edge.port}{path}|hx=|enc="
    digest = hashlib.md5(key.encode()).hexdigest()
    return edge.folder / "state" / "cache" / digest[-1] / digest[-3:-1] / digest


def test_a_quiet_urls_old_copy_is_dropped_so_it_cannot_be_served_stale(edge):
    path = f"/ticker/{SLUG}/?tag=quiet-{time.monotonic_ns()}"
    edge.get(path)
    assert cache_file(edge, path).exists()

    wait_until(
        "the quiet copy's removal",
        lambda: not cache_file(edge, path).exists(),
        time.monotonic() + TTL + 1 + 15,  # nginx's cache manager looks at least every 10 s
    )
    assert cache_status(edge.get(path)) == "MISS"


def test_the_admin_is_never_cached(edge):
    for _request in range(2):
        login = edge.get("/admin/login/")
        assert login.status == 200
        assert cache_status(login) is None
        assert "csrftoken" in login.headers.get("Set-Cookie", "")


def test_an_editor_with_a_session_always_reaches_django(edge):
    page = f"/ticker/{SLUG}/"
    edge.get(page)

    answer = edge.get(page, headers={"Cookie": "sessionid=an-editors-session"})

    assert cache_status(answer) == "BYPASS"


def test_posts_are_never_answered_from_the_cache(edge):
    page = f"/ticker/{SLUG}/"
    edge.get(page)

    answer = edge.get(page, method="POST", headers={"Content-Length": "0"})

    assert cache_status(answer) != "HIT"


def test_static_files_come_from_static_root_hashed_names_for_a_year(edge):
    hashed = edge.get("/static/app.0123456789ab.css")
    plain = edge.get("/static/embed-resize.js")

    assert hashed.status == plain.status == 200
    assert hashed.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert plain.headers["Cache-Control"] == "public, max-age=60"


def test_answers_are_compressed_for_clients_that_accept_it(edge):
    page = edge.get(f"/ticker/{SLUG}/", headers={"Accept-Encoding": "gzip"})

    assert page.headers["Content-Encoding"] == "gzip"
    assert page.body[:2] == b"\x1f\x8b"


def test_brotli_where_nginx_has_the_module(edge):
    if not nginx.brotli_modules():
        pytest.skip("nginx's brotli modules are not installed (optional)")

    page = edge.get(f"/ticker/{SLUG}/", headers={"Accept-Encoding": "gzip, br"})

    assert page.headers["Content-Encoding"] == "br"


def wait_until(what: str, condition, deadline: float) -> None:
    """Ask again until the condition holds; fail once the deadline has passed."""
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} not within {DEADLINE} s")
        time.sleep(0.2)


def reader_views(edge: Edge) -> dict[str, Callable[[], str]]:
    """What a reader sees through the edge: page, embed and API, as the text they get."""
    base = f"/ticker/{SLUG}/"
    return {
        "page": lambda: edge.get(base).text,
        "embed": lambda: edge.get(f"{base}embed/").text,
        "API": lambda: edge.get(f"{base}entries.json").text,
    }


def shows_entry(text: str, entry_id: int) -> bool:
    if text.lstrip().startswith("{"):
        return any(item["id"] == entry_id for item in json.loads(text)["entries"])
    return f'id="entry-{entry_id}"' in text


def test_published_edited_and_withdrawn_entries_reach_readers_through_the_edge(edge):
    views = reader_views(edge)
    for read in views.values():
        read()  # every view is in the edge's cache before the change

    entry_id = int(
        edge.change(
            "import datetime as dt\n"
            "entry = services.entry_create(ticker, title='Eilmeldung Kante', "
            "body='<p>Neu.</p>', published_at=dt.datetime(2025, 8, 15, 13, 0, tzinfo=dt.UTC), "
            "status='published')\n"
            "print(entry.pk)\n"
        )
    )
    deadline = time.monotonic() + DEADLINE
    for name, read in views.items():
        wait_until(
            f"the new entry in the {name}", lambda r=read: shows_entry(r(), entry_id), deadline
        )

    edge.change(
        f"services.entry_update(Entry.objects.get(pk={entry_id}), title='Korrigierte Kante')\n"
    )
    deadline = time.monotonic() + DEADLINE
    for name, read in views.items():
        wait_until(
            f"the correction in the {name}", lambda r=read: "Korrigierte Kante" in r(), deadline
        )

    edge.change(f"services.entry_withdraw(Entry.objects.get(pk={entry_id}))\n")
    deadline = time.monotonic() + GONE_DEADLINE
    for name, read in views.items():
        wait_until(
            f"the withdrawal in the {name}", lambda r=read: not shows_entry(r(), entry_id), deadline
        )
    permalink = f"/ticker/{SLUG}/entries/{entry_id}/"
    wait_until(
        "the withdrawn permalink gone", lambda: edge.get(permalink).status in (404, 410), deadline
    )

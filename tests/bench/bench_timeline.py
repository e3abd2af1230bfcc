"""Requests per second of the timeline page for a ticker with 100 and with 100,000 entries.

Run: .venv/bin/python tests/bench/bench_timeline.py   (needs wrk; about two minutes)

Both tickers live in one SQLite database, served by gunicorn with production settings, and
are measured in one run, alternating, so the ratios are what counts (absolute numbers drift
with the machine). Three cases: the page rendered for every request (on a second server with
TICKER_KEEP_PAGES=0: database and templates at work), the page as most readers get it
(kept for the revision after the first reader), and the "nothing new" poll. A flat page
(ratio close to 1) shows keyset paging, indexes and cached facet counts at work.
"""

import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIZES = {"klein": 100, "gross": 100_000}
DURATION = os.environ.get("BENCH_DURATION", "3s")
ROUNDS = 5
CONNECTIONS = "16"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(database: Path) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "summit.settings",
        "DATABASE_URL": f"sqlite:///{database}",
        "DEBUG": "0",
        "SECRET_KEY": "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
    }


def seed(env: dict) -> None:
    """Migrate, collect static files, and bulk-create both tickers (in a child process)."""
    code = f"""
import datetime as dt, django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
call_command("collectstatic", "--noinput", verbosity=0)
from summit.ticker.models import Entry, Speaker, Tag, Ticker
speakers = [Speaker.objects.create(name=f"Sprecher {{n}}") for n in range(12)]
tags = [Tag.objects.create(name=f"Thema {{n}}") for n in range(8)]
start = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
for slug, size in {SIZES!r}.items():
    ticker = Ticker.objects.create(slug=slug, title=f"Ticker {{slug}}", poll_interval=10)
    # Both tickers span the same days and have ten pinned entries, so both pages show the
    # same filter choices and key events: only the number of rows behind them differs.
    stride = {max(SIZES.values())} // size
    for offset in range(0, size, 5000):
        batch = Entry.objects.bulk_create(
            Entry(ticker=ticker, title=f"Meldung {{n}}", body=f"<p>Text der Meldung {{n}}.</p>",
                  body_text=f"Text der Meldung {{n}}.", speaker=speakers[n % 12],
                  published_at=start + dt.timedelta(minutes=n * stride), position=n % 3,
                  pinned=n % (size // 10) == 0, status="published")
            for n in range(offset, min(size, offset + 5000)))
        Entry.tags.through.objects.bulk_create(
            Entry.tags.through(entry_id=e.pk, tag_id=tags[e.pk % 8].pk) for e in batch)
"""
    subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True)


def wait_until_up(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


# A new query parameter on every request (ignored by the filters and by the page cache's
# key): against the server with TICKER_KEEP_PAGES=0 every request renders.
UNIQUE_URLS = """
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?bench=" .. counter)
end
"""


def wrk(url: str, duration: str, *, render: bool = False, connections: str = CONNECTIONS) -> float:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        if render:
            script.write(UNIQUE_URLS)
            script.flush()
            command += ["-s", script.name]
        out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise RuntimeError(f"{url}: {errors.group(1)} error responses\n{out}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


def serve(env: dict, port: int) -> subprocess.Popen:
    """gunicorn with two sync workers, as in production."""
    command = [sys.executable, "-m", "gunicorn", "summit.wsgi", "--workers", "2"]
    command += ["--bind", f"127.0.0.1:{port}", "--log-level", "warning"]
    return subprocess.Popen(command, env=env, cwd=ROOT)


def main() -> None:
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk)")
    with tempfile.TemporaryDirectory() as tmp:
        env = production_env(Path(tmp) / "bench.sqlite3")
        started = time.monotonic()
        seed(env)
        print(f"seeded {sum(SIZES.values())} entries in {time.monotonic() - started:.1f} s")
        # One server keeps pages per revision; the other renders every request
        # (TICKER_KEEP_PAGES=0), which measures the database and template work.
        port, fresh_port = free_port(), free_port()
        servers = [
            serve(env, port),
            serve({**env, "TICKER_KEEP_PAGES": "0"}, fresh_port),
        ]
        try:
            urls = {name: f"http://127.0.0.1:{port}/ticker/{name}/" for name in SIZES}
            fresh = {name: f"http://127.0.0.1:{fresh_port}/ticker/{name}/" for name in SIZES}
            for url in [*urls.values(), *fresh.values()]:
                wait_until_up(url)
                wrk(url, "2s")  # every worker computes and caches the facet counts once
            revision = re.search(r'data-revision="(\d+)"', fetch(urls["gross"])).group(1)
            poll = f"{urls['gross']}updates/?since={revision}"
            cases = {
                **{f"rendered {name}": (url, True) for name, url in fresh.items()},
                **{f"kept {name}": (url, False) for name, url in urls.items()},
                "poll gross": (poll, False),
            }
            results: dict[str, list[float]] = {case: [] for case in cases}
            for _round in range(ROUNDS):
                for case, (url, render) in cases.items():
                    results[case].append(wrk(url, DURATION, render=render))
        finally:
            for server in servers:
                server.terminate()
                server.wait(timeout=10)
    # The median of alternating rounds: robust against a neighbour's burst on a shared machine.
    typical = {case: statistics.median(values) for case, values in results.items()}
    labels = {
        "rendered": "timeline, rendered",
        "kept": "timeline, kept for the revision",
    }
    for case, values in results.items():
        kind, name = case.split(" ")
        label = labels.get(kind, "poll, nothing new")
        size = SIZES[name]
        runs = ", ".join(f"{v:.0f}" for v in values)
        print(f"{label:32} {size:>7} entries: {typical[case]:7.0f} req/s (median; runs: {runs})")
    for kind in labels:
        ratio = typical[f"{kind} gross"] / typical[f"{kind} klein"]
        print(f"ratio 100,000 / 100 entries, {labels[kind]}: {ratio:.2f}")
    print(
        f"poll / rendered page (100,000 entries): {typical['poll gross'] / typical['rendered gross']:.1f}"
    )
    print(
        f"poll / kept page (100,000 entries): {typical['poll gross'] / typical['kept gross']:.1f}"
    )


if __name__ == "__main__":
    main()

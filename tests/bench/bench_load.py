"""Load without errors: 256 connections for 60 s on the timeline page and its poll while an
editor publishes an entry every 2 s; prints requests, errors and non-2xx/3xx answers.

Run: .venv/bin/python tests/bench/bench_load.py   (needs wrk, PostgreSQL and Redis; ~2 min)

Production settings, gunicorn with 4 workers, PostgreSQL (a database of its own,
BENCH_DATABASE, dropped and made anew) and Redis (BENCH_REDIS_URL, emptied first). Half of
the connections read the Alaska timeline, half poll it from the revision the run began
at, so every publication gives the pollers a new fragment and the readers a new page.
The editor publishes through the services, as the admin does. Exit status 1 when any
request failed or answered 4xx/5xx.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.bench.bench_timeline import free_port, wait_until_up

ROOT = Path(__file__).resolve().parents[2]
DURATION = os.environ.get("BENCH_DURATION", "60s")
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "256"))
WORKERS = os.environ.get("BENCH_WORKERS", "4")
SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DATABASE = os.environ.get("BENCH_DATABASE", "summit_bench_load")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
SLUG = "alaska-gipfel"
PUBLISH_EVERY = 2.0


def production_env() -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "summit.settings",
        "DATABASE_URL": f"{SERVER}/{DATABASE}",
        "REDIS_URL": REDIS_URL,
        "DEBUG": "0",
        "SECRET_KEY": "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
    }


def fresh_database() -> None:
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE}"')


def django(env: dict, code: str, **kwargs) -> subprocess.CompletedProcess | subprocess.Popen:
    """Python with Django set up, in a child process with the benchmark's settings."""
    program = "import django\ndjango.setup()\n" + code
    if kwargs.pop("background", False):
        return subprocess.Popen([sys.executable, "-c", program], env=env, cwd=ROOT, **kwargs)
    return subprocess.run([sys.executable, "-c", program], env=env, cwd=ROOT, check=True, **kwargs)


SEED = """
from django.core.cache import cache
from django.core.management import call_command
call_command("migrate", verbosity=0)
call_command("collectstatic", "--noinput", verbosity=0)
call_command("loaddata", "alaska_summit", verbosity=0)
cache.clear()
from summit.ticker.models import Ticker
Ticker.objects.filter(slug="{slug}").update(status=Ticker.Status.LIVE)
print(Ticker.objects.get(slug="{slug}").revision)
"""

# Publishes until its standard input closes; prints how many entries it published and how
# many attempts failed.
EDITOR = """
import datetime as dt, select, sys, time
from django.utils import timezone
from summit.ticker import services
from summit.ticker.models import Entry, Ticker
ticker = Ticker.objects.get(slug="{slug}")
published = failed = 0
started = time.monotonic()
# On a schedule (one every {every} s from the start), however long each publication takes.
while not select.select(
    [sys.stdin], [], [], max(0, started + (published + failed + 1) * {every} - time.monotonic())
)[0]:
    try:
        services.entry_create(
            ticker, title=f"Lastprobe {{published + 1}}", body="<p>Neue Meldung.</p>",
            published_at=timezone.now(), status=Entry.Status.PUBLISHED,
        )
        published += 1
    except Exception as error:
        failed += 1
        print("editor:", repr(error), file=sys.stderr)
print(published, failed)
"""


def wrk(url: str, connections: int) -> subprocess.Popen:
    return subprocess.Popen(
        ["wrk", "-t1", f"-c{connections}", f"-d{DURATION}", "--timeout", "10s", "--latency", url],
        stdout=subprocess.PIPE,
        text=True,
    )


def figures(output: str) -> dict:
    def number(pattern: str) -> int:
        match = re.search(pattern, output)
        return int(match.group(1)) if match else 0

    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    return {
        "requests": number(r"(\d+) requests in"),
        "errors": sum(map(int, socket_errors.groups())) if socket_errors else 0,
        "non_2xx_3xx": number(r"Non-2xx or 3xx responses: (\d+)"),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p99": re.search(r"99%\s+(\S+)", output).group(1),
    }


def main() -> int:
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk)")
    env = production_env()
    fresh_database()
    subprocess.run(["redis-cli", "-u", REDIS_URL, "flushdb"], check=True, capture_output=True)
    seeded = django(env, SEED.format(slug=SLUG), capture_output=True, text=True)
    revision = int(seeded.stdout.split()[-1])
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "summit.wsgi",
            "--workers",
            WORKERS,
            "--bind",
            f"127.0.0.1:{port}",
            "--backlog",
            "2048",
            "--log-level",
            "warning",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        base = f"http://127.0.0.1:{port}/ticker/{SLUG}/"
        wait_until_up(base)
        editor = django(
            env,
            EDITOR.format(slug=SLUG, every=PUBLISH_EVERY),
            background=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        runs = {
            "timeline": wrk(base, CONNECTIONS // 2),
            "poll": wrk(f"{base}updates/?since={revision}", CONNECTIONS - CONNECTIONS // 2),
        }
        results = {name: figures(run.communicate()[0]) for name, run in runs.items()}
        published, failed = map(int, editor.communicate(input="stop\n")[0].split())
    finally:
        server.terminate()
        server.wait()
    print(f"{CONNECTIONS} connections, {DURATION}, gunicorn {WORKERS} workers, PostgreSQL, Redis")
    print(f"{'':10} {'requests':>10} {'errors':>7} {'non-2xx/3xx':>12} {'req/s':>9} {'p99':>9}")
    for name, result in results.items():
        print(
            f"{name:10} {result['requests']:>10} {result['errors']:>7} "
            f"{result['non_2xx_3xx']:>12} {result['rps']:>9.0f} {result['p99']:>9}"
        )
    print(f"editor: {published} entries published, {failed} failed")
    bad = failed + sum(result["errors"] + result["non_2xx_3xx"] for result in results.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

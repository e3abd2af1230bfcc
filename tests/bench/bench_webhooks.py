"""Webhook delivery time: from an entry's publication to the partner's receiving it.

Run: .venv/bin/python tests/bench/bench_webhooks.py   (needs PostgreSQL; under a minute)

Production settings on PostgreSQL (a database of its own, BENCH_DATABASE, made anew), one
`manage.py db_worker` as deployed (default options), a receiver on the loopback address
(allowed for the run with OUTBOUND_ALLOW_PRIVATE=1). Entries are published through the
services every BENCH_EVERY seconds; the receiver notes when each one arrives. Prints the
median, the 95th percentile and the slowest delivery; the target is p95 ≤ 2 s.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]
SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DATABASE = os.environ.get("BENCH_DATABASE", "summit_bench_webhooks")
COUNT = int(os.environ.get("BENCH_COUNT", "40"))
EVERY = float(os.environ.get("BENCH_EVERY", "0.5"))

os.environ.update(
    {
        "DJANGO_SETTINGS_MODULE": "summit.settings",
        "DATABASE_URL": f"{SERVER}/{DATABASE}",
        "DEBUG": "0",
        "SECRET_KEY": "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "OUTBOUND_ALLOW_PRIVATE": "1",
        "LOG_LEVEL": "WARNING",
    }
)
sys.path.insert(0, str(ROOT))

arrived: dict[int, float] = {}


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if body["entry"]:
            arrived.setdefault(body["entry"]["id"], time.monotonic())
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def fresh_database() -> None:
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE}"')


def main() -> None:
    fresh_database()
    import django

    django.setup()
    from django.core.management import call_command

    from summit.ops.models import WebhookEndpoint
    from summit.ticker import services
    from summit.ticker.models import Entry, Ticker

    call_command("migrate", verbosity=0)
    receiver = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    ticker = Ticker.objects.create(slug="webhooks", title="Webhooks", status=Ticker.Status.LIVE)
    WebhookEndpoint.objects.create(
        ticker=ticker, url=f"http://127.0.0.1:{receiver.server_port}/", events=["entry.published"]
    )
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-reload"], cwd=ROOT, env=os.environ
    )
    try:
        time.sleep(3)  # the worker's start-up (it waits up to its interval before polling)
        published: dict[int, float] = {}
        for number in range(COUNT):
            entry = services.entry_create(
                ticker,
                title=f"Meldung {number}",
                body="<p>Text</p>",
                published_at=django.utils.timezone.now(),
                status=Entry.Status.PUBLISHED,
            )
            published[entry.pk] = time.monotonic()
            time.sleep(EVERY)
        deadline = time.monotonic() + 30
        while len(arrived) < COUNT and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        worker.terminate()
        worker.wait()
        receiver.shutdown()
    delays = sorted(arrived[pk] - published[pk] for pk in published if pk in arrived)
    missing = COUNT - len(delays)
    p95 = delays[max(0, round(0.95 * len(delays)) - 1)] if delays else float("nan")
    print(f"{COUNT} entries, one every {EVERY} s, one db_worker (default options)")
    print(
        f"delivered {len(delays)}, missing {missing}; median {statistics.median(delays):.2f} s, "
        f"p95 {p95:.2f} s, slowest {delays[-1]:.2f} s (target p95 ≤ 2 s)"
    )
    sys.exit(1 if missing or p95 > 2 else 0)


if __name__ == "__main__":
    main()

"""Requests per second of the live-update poll, against a trivial Django view served the same way.

Run: .venv/bin/python tests/bench/bench_poll.py   (needs wrk; well under two minutes)

gunicorn with the production settings (DEBUG off, the default local-memory cache) serves
the Alaska fixture from a SQLite file, plus one trivial view that exists only in this
benchmark's URLconf (tests/bench/poll_urls.py). wrk then measures, alternating in rounds
so that the machine's drift hits all alike:

- trivial:    the baseline, a view that returns "ok";
- nothing new: `updates/?since=<current revision>` -> 204 from the cached revision,
  no database query (target: at least 0.8 of the baseline);
- one new:    `updates/?since=<revision - 1>` -> the fragment with one new entry; as after
  a real change, every reader asks the same URL, so it is rendered once per worker and
  then served from the cache.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_timeline import free_port, production_env, wait_until_up, wrk

ROOT = Path(__file__).resolve().parents[2]
DURATION = os.environ.get("BENCH_DURATION", "3s")
ROUNDS = 5
SLUG = "alaska-gipfel"

SEED = """
import datetime as dt, django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
call_command("loaddata", "alaska_summit", verbosity=0)
from summit.ticker import services
from summit.ticker.models import Ticker
ticker = services.ticker_update(Ticker.objects.get(slug="alaska-gipfel"), status="live")
entry = services.entry_create(ticker, title="Neu", body="<p>Eine neue Meldung.</p>",
    published_at=dt.datetime(2025, 8, 15, 20, 0, tzinfo=dt.UTC), status="published")
print(entry.revision)
"""


def seed(env: dict) -> int:
    """Migrate, load the fixture, publish one entry; returns the ticker's revision."""
    out = subprocess.run(
        [sys.executable, "-c", SEED], env=env, cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return int(out.strip().splitlines()[-1])


def main() -> None:
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk)")
    with tempfile.TemporaryDirectory() as tmp:
        env = production_env(Path(tmp) / "bench.sqlite3")
        env["DJANGO_SETTINGS_MODULE"] = "tests.bench.poll_settings"
        revision = seed(env)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "summit.wsgi", "--workers", "2",
             "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
            env=env,
            cwd=ROOT,
        )  # fmt: skip
        urls = {
            "trivial view": f"{base}/bench/trivial",
            "nothing new (204)": f"{base}/ticker/{SLUG}/updates/?since={revision}",
            "one new entry": f"{base}/ticker/{SLUG}/updates/?since={revision - 1}",
        }
        try:
            wait_until_up(urls["trivial view"])
            for url in urls.values():
                wrk(url, "1s")  # warm up every worker
            results: dict[str, list[float]] = {name: [] for name in urls}
            started = time.monotonic()
            for _round in range(ROUNDS):
                for name, url in urls.items():
                    results[name].append(wrk(url, DURATION))
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(f"gunicorn, 2 workers, production settings; {ROUNDS} rounds of {DURATION} "
          f"({time.monotonic() - started:.0f} s)")  # fmt: skip
    for name, values in results.items():
        runs = ", ".join(f"{v:.0f}" for v in values)
        print(f"{name:18} median {statistics.median(values):7.0f} req/s (runs: {runs})")
    # Each round measures all three back to back: the median of the per-round ratios is
    # what other load on the machine disturbs least.
    baseline = results["trivial view"]
    for name, label in (("nothing new (204)", "nothing new"), ("one new entry", "one new entry")):
        ratios = [v / b for v, b in zip(results[name], baseline, strict=True)]
        print(f"ratio {label} / trivial: {statistics.median(ratios):.2f} "
              f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)})")  # fmt: skip
    print("target: nothing new / trivial >= 0.8")


if __name__ == "__main__":
    main()

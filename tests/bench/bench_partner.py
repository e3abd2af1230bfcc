"""Partner scale, side by side: the ticker against a bare Django project and nginx's static files.

Run: make bench   (or .venv/bin/python tests/bench/bench_partner.py; needs wrk and nginx,
Redis optional; about five minutes, the first run two more to build the 100,000 entries)

One run starts, all at once and each served by gunicorn with 2 sync workers:

- a bare Django reference built in a temporary folder (security and common middleware
  only): a trivial view returning a short constant answer, and a page rendering a template
  of 50 entries;
- the ticker with production settings on a 100,000-entry SQLite ticker (built once and
  kept in var/bench/, keyed by the migrations and the seed): once as configured, once with
  TICKER_KEEP_PAGES=0 (every page rendered fresh), once with REDIS_URL (when Redis answers);
- nginx with the configuration `manage.py nginx_config` prints, in front of the first,
  which also serves the same bytes as static files for comparison.

wrk (64 connections) then measures every case in alternating rounds; each ratio is the
median of its per-round ratios, which a neighbour's burst on a shared machine disturbs
least. Then an entry is published and the time until page, embed and API show it through
the edge is measured. Last, tests/bench/bench_cpu.py's table: the same ratios as CPU time
per request in-process, which the machine's load barely moves.
"""

import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench import bench_cpu, bench_timeline  # noqa: E402
from tests.bench.reference_project import write_reference_project  # noqa: E402
from tests.edge import servers  # noqa: E402

DURATION = os.environ.get("BENCH_DURATION", "3s")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
CONNECTIONS = 64
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
SLUG = "gross"
TTL = 1  # TICKER_POLL_SHARED_MAX_AGE's default, as shipped


@dataclass(frozen=True)
class Ratio:
    label: str
    ours: str
    reference: str
    target: float


def seed_key() -> str:
    """Changes when the schema or the seed changes, so a kept database is never stale."""
    digest = hashlib.sha256(Path(bench_timeline.__file__).read_bytes())
    for migration in sorted(ROOT.glob("summit/*/migrations/*.py")):
        digest.update(migration.name.encode() + migration.read_bytes())
    digest.update((ROOT / "pyproject.toml").read_bytes())
    return digest.hexdigest()[:16]


def seeded_ticker(folder: Path) -> tuple[Path, Path]:
    """A copy of the 100,000-entry database and its collected static files in folder."""
    kept = ROOT / "var" / "bench" / f"partner-{seed_key()}"
    if not (kept / "complete").exists():
        for outdated in kept.parent.glob("partner-*"):
            shutil.rmtree(outdated, ignore_errors=True)
        kept.mkdir(parents=True)
        print("building the 100,000-entry ticker once (kept in var/bench/) ...", flush=True)
        bench_timeline.seed(project_env(kept / "db.sqlite3", kept / "static"))
        (kept / "complete").touch()
    database, static = folder / "db.sqlite3", folder / "static"
    shutil.copyfile(kept / "db.sqlite3", database)
    shutil.copytree(kept / "static", static)
    return database, static


def project_env(database: Path, static_root: Path, **overrides: str) -> dict:
    return servers.project_env(
        database,
        DJANGO_SETTINGS_MODULE="tests.edge.settings",
        EDGE_STATIC_ROOT=str(static_root),
        **overrides,
    )


def redis_available() -> bool:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).flushdb()
    except redis.RedisError:
        return False
    return True


def nginx_binary() -> str:
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.access(binary, os.X_OK):
        sys.exit("nginx is not installed (apt-get install nginx-light)")
    return binary


class Stack:
    """Every server of the run; stopped together."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.processes: list[subprocess.Popen] = []
        self.ports: dict[str, int] = {}

    def gunicorn(self, name: str, env: dict, cwd: Path = ROOT, app: str = "summit.wsgi") -> str:
        port = servers.free_port()
        log = (self.folder / f"{name}.log").open("ab")
        command = [
            sys.executable, "-m", "gunicorn", app, "--workers", "2",
            "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
        ]  # fmt: skip
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=log, stderr=log)
        self.processes.append(process)
        self.ports[name] = port
        servers.wait_until_answering(
            port, "/healthz" if app == "summit.wsgi" else "/trivial", process
        )
        return f"http://127.0.0.1:{port}"

    def nginx(self, env: dict, upstream: str) -> str:
        port = servers.free_port()
        config = self.folder / "nginx.conf"
        text = servers.nginx_config_text(env, port, self.ports[upstream], self.folder / "edge")
        config.write_text(text)
        process = servers.start_nginx(nginx_binary(), config, self.folder / "nginx.log")
        self.processes.append(process)
        servers.wait_until_answering(port, "/healthz", process)
        return f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        for process in reversed(self.processes):
            servers.stop(process)


def fetch(url: str) -> bytes:
    port = int(url.split(":")[2].split("/")[0])
    path = "/" + url.split("/", 3)[3]
    answer = servers.fetch(port, path)
    if answer.status >= 400:
        raise RuntimeError(f"{url}: {answer.status}")
    return answer.body


def static_copies(edge: str, static_root: Path, urls: dict[str, str]) -> dict[str, str]:
    """The bytes the edge serves for each URL, written as static files nginx serves."""
    (static_root / "bench").mkdir(exist_ok=True)
    copies = {}
    for name, url in urls.items():
        filename = f"{name.replace(' ', '-')}.html"
        (static_root / "bench" / filename).write_bytes(fetch(url))
        copies[name] = f"{edge}/static/bench/{filename}"
    return copies


def measure(cases: dict[str, str]) -> dict[str, list[float]]:
    for url in cases.values():
        bench_timeline.wrk(url, "1s", connections=str(CONNECTIONS))  # warm every worker
    results: dict[str, list[float]] = {case: [] for case in cases}
    for round_number in range(ROUNDS):
        started = time.monotonic()
        for case, url in cases.items():
            results[case].append(bench_timeline.wrk(url, DURATION, connections=str(CONNECTIONS)))
        print(f"round {round_number + 1}/{ROUNDS}: {time.monotonic() - started:.0f} s", flush=True)
    return results


PUBLISH = """
import datetime as dt, time
from summit.ticker import services
from summit.ticker.models import Ticker
ticker = Ticker.objects.get(slug="{slug}")
entry = services.entry_create(ticker, title="Eilmeldung", body="<p>Neu.</p>",
                              published_at=dt.datetime.now(dt.UTC), status="published")
print(entry.pk, time.time(), ticker.poll_interval)
"""


def publishing_delays(env: dict, edge: str, rounds: int = 3) -> tuple[list[float], int]:
    """Seconds from a committed publication until page, embed and API show it at the edge."""
    base = f"{edge}/ticker/{SLUG}/"
    views = {"page": base, "embed": f"{base}embed/", "API": f"{base}entries.json"}
    delays = []
    for _ in range(rounds):
        out = servers.run_in_project(PUBLISH.format(slug=SLUG), env).split()
        entry_id, committed, poll_interval = int(out[0]), float(out[1]), int(out[2])
        pending = dict(views)
        deadline = time.monotonic() + 60
        while pending and time.monotonic() < deadline:
            for name, url in list(pending.items()):
                if shows(fetch(url), entry_id):
                    pending.pop(name)
            time.sleep(0.02)
        if pending:
            raise RuntimeError(f"entry {entry_id} not at the edge after 60 s: {sorted(pending)}")
        delays.append(time.time() - committed)
    return delays, poll_interval


def shows(body: bytes, entry_id: int) -> bool:
    if body.lstrip().startswith(b"{"):
        return any(item["id"] == entry_id for item in json.loads(body)["entries"])
    return f'id="entry-{entry_id}"'.encode() in body


def ratio(results: dict[str, list[float]], ours: str, reference: str) -> float:
    rounds = [o / r for o, r in zip(results[ours], results[reference], strict=True)]
    return statistics.median(rounds)


def print_table(results: dict[str, list[float]], ratios: list[Ratio]) -> None:
    typical = {case: statistics.median(values) for case, values in results.items()}
    print(
        f"\nwrk -t2 -c{CONNECTIONS} -d{DURATION}, {ROUNDS} rounds, medians; gunicorn 2 sync workers"
    )
    print(f"| {'what':44} | {'req/s':>7} | {'reference':25} | {'req/s':>7} | ratio | target |    |")
    print(f"|{'-' * 46}|{'-' * 9}|{'-' * 27}|{'-' * 9}|-------|--------|----|")
    for item in ratios:
        if item.ours not in results:
            print(
                f"| {item.label:44} | {'-':>7} | {item.reference:25} | {'-':>7} |   -   | ≥ {item.target:.1f}  | –  |"
            )
            continue
        value = ratio(results, item.ours, item.reference)
        verdict = "ok" if value >= item.target else "no"
        print(
            f"| {item.label:44} | {typical[item.ours]:7.0f} | {item.reference:25} "
            f"| {typical[item.reference]:7.0f} | {value:5.2f} | ≥ {item.target:.1f}  | {verdict} |"
        )


RATIOS = [
    Ratio("poll, nothing new", "poll", "bare trivial view", 0.8),
    Ratio("timeline page rendered fresh (20 of 100,000)", "fresh page", "bare 50-entry page", 1.0),
    Ratio("timeline page, kept", "kept page", "bare trivial view", 0.5),
    Ratio("embed, kept", "kept embed", "bare trivial view", 0.5),
    Ratio("entries.json, kept", "kept API", "bare trivial view", 0.5),
    Ratio("Redis: poll, nothing new", "redis poll", "bare trivial view", 0.8),
    Ratio("Redis: timeline page, kept", "redis page", "bare trivial view", 0.5),
    Ratio("Redis: embed, kept", "redis embed", "bare trivial view", 0.5),
    Ratio("Redis: entries.json, kept", "redis API", "bare trivial view", 0.5),
    Ratio("edge: timeline page", "edge page", "static: page bytes", 0.5),
    Ratio("edge: poll", "edge poll", "static: poll bytes", 0.5),
    Ratio("edge: embed", "edge embed", "static: embed bytes", 0.5),
]


def main() -> None:
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (apt-get install wrk)")
    nginx_binary()
    folder = Path(tempfile.mkdtemp(prefix="summit-bench-"))
    folder.chmod(0o755)  # nginx's workers read the static copies when started as root
    stack = Stack(folder)
    try:
        database, static_root = seeded_ticker(folder)
        env = project_env(database, static_root)
        reference = stack.gunicorn(
            "reference", write_reference_project(folder / "reference"), folder / "reference",
            app="refsite.wsgi",
        )  # fmt: skip
        kept = stack.gunicorn("kept", env)
        fresh = stack.gunicorn("fresh", {**env, "TICKER_KEEP_PAGES": "0"})
        with_redis = redis_available()
        shared = stack.gunicorn("redis", {**env, "REDIS_URL": REDIS_URL}) if with_redis else None
        edge = stack.nginx(env, upstream="kept")

        page = f"/ticker/{SLUG}/"
        revision = fetch(f"{kept}{page}").split(b'data-revision="', 1)[1].split(b'"', 1)[0]
        poll = f"{page}updates/?since={revision.decode()}"
        cases = {
            "bare trivial view": f"{reference}/trivial",
            "bare 50-entry page": f"{reference}/page",
            "poll": f"{kept}{poll}",
            "fresh page": f"{fresh}{page}",
            "kept page": f"{kept}{page}",
            "kept embed": f"{kept}{page}embed/",
            "kept API": f"{kept}{page}entries.json",
        }
        if shared:
            cases |= {
                "redis poll": f"{shared}{poll}",
                "redis page": f"{shared}{page}",
                "redis embed": f"{shared}{page}embed/",
                "redis API": f"{shared}{page}entries.json",
            }
        at_edge = {"page": f"{edge}{page}", "poll": f"{edge}{poll}", "embed": f"{edge}{page}embed/"}
        cases |= {f"edge {name}": url for name, url in at_edge.items()}
        static = static_copies(edge, static_root, at_edge)
        cases |= {f"static: {name} bytes": url for name, url in static.items()}

        results = measure(cases)
        delays, poll_interval = publishing_delays(env, edge)
        stack.stop()
        # The second table: CPU per request in-process, which the machine's load barely moves.
        cpu_results = bench_cpu.measured(database, static_root)
    finally:
        stack.stop()
        shutil.rmtree(folder, ignore_errors=True)

    print_table(results, RATIOS)
    if not with_redis:
        print(f"Redis cases skipped: nothing answers at {REDIS_URL}")
    target = poll_interval + TTL + 1
    print(
        f"\npublished -> visible at the edge in page, embed and API: "
        f"{max(delays):.2f} s at most (runs: {', '.join(f'{d:.2f}' for d in delays)}); "
        f"target ≤ poll interval {poll_interval} s + TTL {TTL} s + 1 s = {target} s "
        f"({'ok' if max(delays) <= target else 'no'}); a reader polling every "
        f"{poll_interval} s sees it at most that much later"
    )
    bench_cpu.print_table(cpu_results)


if __name__ == "__main__":
    main()

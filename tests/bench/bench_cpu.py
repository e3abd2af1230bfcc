"""Partner scale without the noise: CPU time per request, ours against bare Django, in-process.

Run: .venv/bin/python tests/bench/bench_cpu.py   (also printed by `make bench` as its second
table; BENCH_CPU_SECONDS, the CPU time per measurement, and BENCH_CPU_ROUNDS set the sizes)

wrk's requests per second follow whatever else the machine is doing. Here each project runs
in a worker process of its own (the bare Django reference, the ticker as configured, the
ticker with TICKER_KEEP_PAGES=0) and calls its WSGI application directly with a prepared
environ, as often as fits in BENCH_CPU_SECONDS of CPU per case; the worker reports `time.process_time()` per request, which a busy
neighbour barely moves. Rounds alternate between the workers; each ratio is the median of
its per-round ratios (reference CPU per request / ours), so 1.0 means "as cheap as bare
Django" and the targets are the ones of the wrk table.
"""

import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SECONDS = float(os.environ.get("BENCH_CPU_SECONDS", "0.5"))
ROUNDS = int(os.environ.get("BENCH_CPU_ROUNDS", "5"))
SLUG = "gross"


def environ(path: str, query: str = "", headers: dict | None = None) -> dict:
    """What gunicorn hands the application for a plain GET from a browser."""
    base = {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "127.0.0.1:8000",
        "HTTP_ACCEPT": "text/html,*/*",
        "HTTP_ACCEPT_ENCODING": "gzip, deflate, br",
        "HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.errors": sys.stderr,
    }
    return base | (headers or {})


def call(application, prepared: dict) -> int:
    """One request through the WSGI application; its status code."""
    status = []
    request = dict(prepared, **{"wsgi.input": io.BytesIO(b"")})
    body = application(request, lambda line, headers, exc_info=None: status.append(line))
    try:
        for _chunk in body:
            pass
    finally:
        if hasattr(body, "close"):
            body.close()
    return int(status[0].split()[0])


def serve(cases: dict[str, dict]) -> None:
    """Worker: reads 'case seconds' lines, answers CPU seconds per request of that case."""
    import django
    from django.core.wsgi import get_wsgi_application

    django.setup(set_prefix=False)
    application = get_wsgi_application()
    for line in sys.stdin:
        case, budget = line.split()
        prepared = cases[case]
        statuses = {call(application, prepared) for _ in range(3)}  # warm this case
        count, started = 0, time.process_time()
        while time.process_time() - started < float(budget):
            for _ in range(10):
                call(application, prepared)
            count += 10
        spent = (time.process_time() - started) / count
        print(json.dumps({"cpu": spent, "statuses": sorted(statuses)}), flush=True)


def our_cases(revision: str) -> dict[str, dict]:
    page = f"/ticker/{SLUG}/"
    return {
        "poll": environ(f"{page}updates/", f"since={revision}", {"HTTP_HX_REQUEST": "true"}),
        "page": environ(page),
        "embed": environ(f"{page}embed/"),
        "api": environ(f"{page}entries.json"),
    }


REFERENCE_CASES = {"trivial": environ("/trivial"), "page": environ("/page")}


class Worker:
    def __init__(self, name: str, env: dict, cases: str, cwd: Path):
        self.name = name
        code = (
            f"import sys; sys.path.insert(0, {str(ROOT)!r}); from tests.bench import bench_cpu; "
            f"bench_cpu.serve({cases})"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", code], env=env, cwd=cwd, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )  # fmt: skip

    def cpu(self, case: str, seconds: float = SECONDS) -> float:
        self.process.stdin.write(f"{case} {seconds}\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the {self.name} worker stopped (case {case})")
        answer = json.loads(line)
        if any(status >= 400 for status in answer["statuses"]):
            raise RuntimeError(f"{self.name} {case}: {answer['statuses']}")
        return answer["cpu"]

    def stop(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


# (label, our worker and case, reference case, target)
RATIOS = [
    ("poll, nothing new", ("kept", "poll"), "trivial", 0.8),
    ("timeline page rendered fresh (20 of 100,000)", ("fresh", "page"), "page", 1.0),
    ("timeline page, kept", ("kept", "page"), "trivial", 0.5),
    ("embed, kept", ("kept", "embed"), "trivial", 0.5),
    ("entries.json, kept", ("kept", "api"), "trivial", 0.5),
]


def measure(workers: dict[str, Worker]) -> dict[tuple[str, str], list[float]]:
    reference = workers["reference"]
    results: dict[tuple[str, str], list[float]] = {}
    for round_number in range(ROUNDS):
        for _label, (worker, case), reference_case, _target in RATIOS:
            # Alternating, so that each ratio compares two measurements taken together.
            ours = workers[worker].cpu(case)
            theirs = reference.cpu(reference_case)
            results.setdefault((worker, case), []).append(theirs / ours)
            results.setdefault(("ours-us", f"{worker}:{case}"), []).append(ours * 1e6)
            results.setdefault(("ref-us", reference_case), []).append(theirs * 1e6)
        print(f"round {round_number + 1}/{ROUNDS}", file=sys.stderr, flush=True)
    return results


def print_table(results: dict) -> None:
    print(f"\nCPU per request in-process ({SECONDS} s of CPU per case x {ROUNDS} rounds, medians)")
    print(f"| {'what':44} | {'µs':>6} | {'reference':13} | {'µs':>6} | ratio | target |    |")
    print(f"|{'-' * 46}|--------|{'-' * 15}|--------|-------|--------|----|")
    for label, (worker, case), reference_case, target in RATIOS:
        ours = statistics.median(results[("ours-us", f"{worker}:{case}")])
        theirs = statistics.median(results[("ref-us", reference_case)])
        value = statistics.median(results[(worker, case)])
        verdict = "ok" if value >= target else "no"
        print(
            f"| {label:44} | {ours:6.0f} | bare {reference_case:8} | {theirs:6.0f} "
            f"| {value:5.2f} | ≥ {target:.1f}  | {verdict} |"
        )


def start_workers(folder: Path, database: Path, static_root: Path) -> dict[str, Worker]:
    from tests.bench.bench_partner import project_env
    from tests.bench.reference_project import write_reference_project

    env = project_env(database, static_root)
    revision = revision_of(env)
    ours = f"bench_cpu.our_cases({revision!r})"
    return {
        "reference": Worker(
            "reference",
            write_reference_project(folder / "reference"),
            "bench_cpu.REFERENCE_CASES",
            folder / "reference",
        ),
        "kept": Worker("kept", env, ours, ROOT),
        "fresh": Worker("fresh", {**env, "TICKER_KEEP_PAGES": "0"}, ours, ROOT),
    }


def revision_of(env: dict) -> str:
    from tests.edge import servers

    code = f"from summit.ticker.models import Ticker\nprint(Ticker.objects.get(slug={SLUG!r}).revision)"
    return servers.run_in_project(code, env).strip()


def measured(database: Path, static_root: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="summit-cpu-") as folder:
        workers = start_workers(Path(folder), database, static_root)
        try:
            return measure(workers)
        finally:
            for worker in workers.values():
                worker.stop()


def run(database: Path, static_root: Path) -> None:
    print_table(measured(database, static_root))


def main() -> None:
    from tests.bench.bench_partner import seeded_ticker

    with tempfile.TemporaryDirectory(prefix="summit-cpu-db-") as folder:
        database, static_root = seeded_ticker(Path(folder))
        run(database, static_root)


if __name__ == "__main__":
    main()

"""Running `manage.py` in a child process, for tests that need real separate processes."""

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def manage(env: dict[str, str], *args: str, timeout: int = 300) -> str:
    """Run a management command with `env`; its standard output, or the test fails with stderr."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@contextlib.contextmanager
def running_worker(
    env: dict[str, str], *, interval: float = 0.5, log: Path | None = None
) -> Iterator[subprocess.Popen]:
    """`manage.py db_worker`, the task queue's worker, on env's database while the block runs
    (looking for due tasks every `interval` seconds; its output to `log` when given)."""
    command = [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", str(interval)]
    with log.open("ab") if log else contextlib.nullcontext(subprocess.DEVNULL) as output:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=output)
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

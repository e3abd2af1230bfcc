"""gunicorn with the project and Debian's nginx in front of it, as subprocesses.

Used by the edge test and by tests/bench/bench_partner.py: both start the same stack the
README describes for production.
"""

import http.client
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes = field(repr=False)

    @property
    def text(self) -> str:
        return self.body.decode()


def fetch(port: int, path: str, *, method: str = "GET", headers: dict | None = None) -> Answer:
    """One request to 127.0.0.1:port, redirects not followed."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        connection.close()


def wait_until_answering(port: int, path: str, process: subprocess.Popen, timeout=30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with status {process.returncode}")
        try:
            if fetch(port, path).status < 500:
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"nothing answers {path} on port {port} after {timeout} s")
        time.sleep(0.1)


def project_env(database: Path, **overrides: str) -> dict:
    """Production settings (DEBUG off) on a SQLite file and the local-memory cache."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="summit.settings",
        DATABASE_URL=f"sqlite:///{database}",
        DEBUG="0",
        SECRET_KEY="edge-and-benchmark-only-secret-key-0123456789-abcdefghijklmnop",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        LOG_LEVEL="WARNING",
    )
    env.update(overrides)
    return env


def run_in_project(code: str, env: dict) -> str:
    """Run Python code with Django set up (e.g. a change through the services); its stdout."""
    script = "import django\ndjango.setup()\n" + code
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"project code failed:\n{done.stderr}")
    return done.stdout


def start_gunicorn(env: dict, port: int, log: Path, workers: int = 2) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "gunicorn", "summit.wsgi", "--workers", str(workers),
        "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
    ]  # fmt: skip
    with log.open("ab") as output:
        return subprocess.Popen(command, env=env, cwd=ROOT, stdout=output, stderr=output)


def nginx_config_text(env: dict, port: int, upstream_port: int, state_dir: Path) -> str:
    """What `manage.py nginx_config` prints for these settings."""
    command = [
        sys.executable, "manage.py", "nginx_config", f"--listen=127.0.0.1:{port}",
        f"--upstream=127.0.0.1:{upstream_port}", f"--state-dir={state_dir}",
    ]  # fmt: skip
    return subprocess.run(
        command, env=env, cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def start_nginx(binary: str, config_file: Path, log: Path) -> subprocess.Popen:
    command = [binary, "-c", str(config_file), "-e", str(log), "-g", "daemon off;"]
    with log.open("ab") as output:
        return subprocess.Popen(command, stdout=output, stderr=output)


def stop(process: subprocess.Popen | None) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)

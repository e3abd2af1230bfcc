"""Production settings plus one trivial view, for bench_poll.py's baseline (never deployed)."""

from summit.settings import *  # noqa: F403

ROOT_URLCONF = "tests.bench.poll_urls"

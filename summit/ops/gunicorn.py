"""gunicorn settings for /metrics across workers: `gunicorn -c python:summit.ops.gunicorn …`.

With PROMETHEUS_MULTIPROC_DIR set, every worker writes its figures to files there and a
scrape adds them up; a worker that exits is marked dead, so its gauges leave the sum.
The folder must be empty when gunicorn starts (the systemd unit or a wrapper empties it).
"""

import os

if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):

    def child_exit(server, worker):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)

"""django-tasks-db's worker, for every queue, which first queues again what a killed worker left.

Without options it runs every queue of the backend (`--queue-name '*'`), so a task that
names its own queue is never left waiting for a worker started without that option.

A worker that dies in the middle of an import leaves its task "running" in the queue for
ever; the import itself was rolled back. Starting a worker is the moment to notice: the
imports whose run nobody holds any more are marked failed and queued again (see
summit.ingest.tasks), and this worker then runs them.
"""

from argparse import ArgumentParser
from typing import Any

from django_tasks_db.management.commands import db_worker

from summit.ingest.tasks import recover_lost_imports


class Command(db_worker.Command):
    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(queue_name="*")

    def handle(self, *args: Any, **options: Any) -> None:
        recovered = recover_lost_imports()
        if recovered:
            self.stderr.write(f"{recovered} abandoned import(s) queued again")
        super().handle(*args, **options)

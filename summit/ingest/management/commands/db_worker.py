"""django-tasks-db's worker, which first queues again the imports a killed worker left.

A worker that dies in the middle of an import leaves its task "running" in the queue for
ever; the import itself was rolled back. Starting a worker is the moment to notice: the
imports whose run nobody holds any more are marked failed and queued again (see
summit.ingest.tasks), and this worker then runs them.
"""

from typing import Any

from django_tasks_db.management.commands import db_worker

from summit.ingest.tasks import recover_lost_imports


class Command(db_worker.Command):
    def handle(self, *args: Any, **options: Any) -> None:
        recovered = recover_lost_imports()
        if recovered:
            self.stderr.write(f"{recovered} abandoned import(s) queued again")
        super().handle(*args, **options)

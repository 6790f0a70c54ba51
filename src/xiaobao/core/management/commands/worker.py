"""`xiaobao worker` — run background work: the task queue, periodic work (no cron) and crash recovery.

On the database queue (the default) it is django_tasks_db's `db_worker` plus a housekeeping thread (heartbeat,
`xiaobao.core.schedule`, `xiaobao.core.worker.recover`); with the Redis queue (`XIAOBAO_TASKS_BACKEND=redis`)
it is RQ's worker plus the same thread. Run as many as you like, on as many machines: each periodic slot is
enqueued once. Ctrl+C (SIGINT/SIGTERM) lets the running task finish; a second one stops at once and puts the
task back in the queue.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django_tasks import task_backends
from django_tasks_db import DatabaseBackend

from xiaobao.core import worker

LOGGERS = ("django_tasks", "django_tasks_db", "xiaobao.core", "rq.worker")


class Command(BaseCommand):
    help = "Run a background worker (task queue, periodic work, crash recovery); Ctrl+C stops."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--queues", default="*", help="comma-separated queue names ('*': all; default)")
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between looks at an empty queue")
        parser.add_argument("--tick", type=float, default=worker.TICK_SECONDS,
                            help="seconds between heartbeats, periodic scheduling and crash recovery")
        parser.add_argument("--no-scheduler", action="store_true", help="do not enqueue periodic work")
        parser.add_argument("--batch", action="store_true", help="run what is queued, then exit (database queue)")

    def handle(self, *args: Any, queues: str, interval: float, tick: float, no_scheduler: bool, batch: bool,
               verbosity: int, **options: Any) -> None:
        self._logging(verbosity)
        worker_id = worker.new_worker_id()
        worker.tick(worker_id, scheduler=not no_scheduler)  # at once: beat, due periodic work, recovery
        housekeeper = worker.Housekeeper(worker_id, interval=tick, scheduler=not no_scheduler)
        housekeeper.start()
        backend = task_backends["default"]
        self.stdout.write(f"xiaobao worker {worker_id} ({type(backend).__name__}); Ctrl+C stops")
        try:
            if isinstance(backend, DatabaseBackend):
                names = queues.split(",")
                runner = worker.DatabaseWorker(
                    queue_names=names, interval=interval, batch=batch, backend_name="default", startup_delay=False,
                    max_tasks=None, worker_id=worker_id, excluded_queue_names=[])
                runner.configure_signals()
                runner.run()
            elif type(backend).__module__.startswith("django_tasks_rq"):
                rq_queues = sorted(backend.queues) if queues == "*" else queues.split(",")
                call_command("rqworker", *rq_queues, burst=batch,
                             name=worker_id)
            else:
                raise CommandError(f"{type(backend).__name__} runs tasks without a worker", returncode=2)
        finally:
            housekeeper.stopped.set()

    @staticmethod
    def _logging(verbosity: int) -> None:
        level = logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        for name in LOGGERS:
            logger = logging.getLogger(name)
            logger.setLevel(level)
            if not logger.handlers:
                logger.addHandler(handler)
            logger.propagate = False

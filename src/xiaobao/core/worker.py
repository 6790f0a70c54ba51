"""What `xiaobao worker` adds to the task queue's own worker: a heartbeat, the scheduler, and crash recovery.

django_tasks_db marks a task RUNNING when a worker claims it and only the same worker ever marks it finished.
A worker killed mid-task (SIGKILL, power loss, OOM) therefore leaves its task RUNNING for ever. Here every
worker records a heartbeat (`WorkerBeat`); `recover()` puts a RUNNING task whose worker is gone back in the
queue — a worker on this machine is gone when its process is, one elsewhere when it has not beaten for
`TASKS_LEASE_SECONDS`. A task that lost its worker `MAX_ATTEMPTS` times is marked failed with that reason, and
shows in the admin (后台任务) like any failed task. Tasks are written to be idempotent, so running one again
after a crash duplicates nothing (a ledger import rolled back with the worker, and runs again in full).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from datetime import datetime, timedelta

from django.conf import settings
from django.db import close_old_connections, transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from django_tasks import TaskResultStatus, task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from xiaobao.core import progress, schedule
from xiaobao.core.models import WorkerBeat

log = logging.getLogger(__name__)

HOST = socket.gethostname()[:255]
MAX_ATTEMPTS = 3
TICK_SECONDS = 15.0


class WorkerLost(Exception):
    """The worker running the task stopped before the task finished (recorded as the task's error)."""


def new_worker_id() -> str:
    return f"{HOST[:30]}:{os.getpid()}:{get_random_string(8)}"


def beat(worker_id: str) -> None:
    WorkerBeat.objects.update_or_create(worker_id=worker_id, defaults={
        "host": HOST, "pid": os.getpid(), "beat_at": timezone.now()})


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def _gone(worker: WorkerBeat, now: datetime) -> bool:
    if worker.host == HOST:
        return not _pid_alive(worker.pid)
    return worker.beat_at < now - timedelta(seconds=settings.TASKS_LEASE_SECONDS)


def recover(now: datetime | None = None) -> list[str]:
    """Queue again (or fail, after MAX_ATTEMPTS) every RUNNING task whose worker is gone; their ids.
    Tasks claimed by a worker that never beat (a plain `db_worker`) are left alone: nothing says it died."""
    now = now or timezone.now()
    running = list(DBTaskResult.objects.running().only("id", "worker_ids", "started_at"))
    if not running:
        return []
    workers = WorkerBeat.objects.in_bulk([r.worker_ids[-1] for r in running if r.worker_ids])
    recovered = []
    for stuck in running:
        worker = workers.get(stuck.worker_ids[-1]) if stuck.worker_ids else None
        if worker is None or not _gone(worker, now):
            continue
        with transaction.atomic():
            task = (DBTaskResult.objects.select_for_update()
                    .filter(pk=stuck.pk, status=TaskResultStatus.RUNNING, started_at=stuck.started_at).first())
            if task is None:  # finished, or recovered by another worker meanwhile
                continue
            if len(task.worker_ids) >= MAX_ATTEMPTS:
                error = WorkerLost(f"the worker running this task stopped {len(task.worker_ids)} times "
                                   f"(last: {worker.host}, process {worker.pid}); not retried again")
                task.set_failed(error)
                progress.fail_for_task(str(task.pk), str(error))
                log.error("task %s (%s) failed: %s", task.pk, task.task_path, error)
            else:
                task.status = TaskResultStatus.READY
                task.save(update_fields=["status"])
                log.warning("task %s (%s) queued again: its worker %s stopped", task.pk, task.task_path,
                            worker.worker_id)
        recovered.append(str(stuck.pk))
    return recovered


def tick(worker_id: str, *, scheduler: bool = True) -> None:
    """One round of the housekeeping every worker does: beat, enqueue due periodic work, recover."""
    beat(worker_id)
    if scheduler:
        schedule.enqueue_due()
    if isinstance(task_backends["default"], DatabaseBackend):
        recover()


class Housekeeper(threading.Thread):
    """`tick()` every TICK_SECONDS beside the worker loop, until stopped."""

    def __init__(self, worker_id: str, *, interval: float = TICK_SECONDS, scheduler: bool = True) -> None:
        super().__init__(name="xiaobao-housekeeper", daemon=True)
        self.worker_id, self.interval, self.scheduler = worker_id, interval, scheduler
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            try:
                tick(self.worker_id, scheduler=self.scheduler)
            except Exception:  # a database hiccup must not end the thread: the next tick tries again
                log.exception("worker housekeeping failed")
            finally:
                close_old_connections()


class DatabaseWorker(Worker):
    """django_tasks_db's worker, except that a task interrupted by a forced stop (a second Ctrl+C) goes back
    to the queue instead of being recorded as failed: being stopped is not the task's fault."""

    def run_task(self, db_task_result: DBTaskResult) -> None:
        super().run_task(db_task_result)  # records any exception, SystemExit included, as the task's failure
        if db_task_result.exception_class_path in ("builtins.SystemExit", "builtins.KeyboardInterrupt"):
            self._release(db_task_result)

    @staticmethod
    def _release(db_task_result: DBTaskResult) -> None:
        DBTaskResult.objects.filter(pk=db_task_result.pk, status__in=[
            TaskResultStatus.RUNNING, TaskResultStatus.FAILED]).update(
            status=TaskResultStatus.READY, finished_at=None, exception_class_path="", traceback="")
        log.warning("task %s queued again: the worker was stopped while running it", db_task_result.pk)

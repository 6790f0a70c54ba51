"""The Redis queue (RQ) as xiaobao uses it: every task may run up to three times.

RQ marks a task whose worker died (its heartbeat expired) as abandoned; with retries left it queues the task
again instead of failing it (`StartedJobRegistry.cleanup`, run by the living workers). django_tasks_rq enqueues
without retries, so this queue class adds them (settings.RQ_QUEUES names it). Tasks are idempotent.
"""

from __future__ import annotations

from typing import Any

from django_rq.queues import DjangoRQ
from rq import Retry

ATTEMPTS = 3  # as xiaobao.core.worker.MAX_ATTEMPTS on the database queue


class Queue(DjangoRQ):
    def create_job(self, *args: Any, retry: Retry | None = None, **kwargs: Any) -> Any:
        return super().create_job(*args, retry=retry or Retry(max=ATTEMPTS - 1, interval=10), **kwargs)

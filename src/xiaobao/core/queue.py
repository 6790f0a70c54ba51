"""Enqueueing background work so that a task never starts before the rows it reads are committed.

On the database queue (the embedded default) the task row is written in the caller's transaction: both commit
or neither does. A queue elsewhere (Redis) could hand the task to a worker before the caller commits, so there
the task is enqueued once the transaction commits. In tests the immediate backend runs it at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db import DatabaseBackend


def in_transaction_queue(task: Any) -> bool:
    """Whether enqueueing `task` writes into this database (or runs it at once)."""
    return isinstance(task.get_backend(), DatabaseBackend | ImmediateBackend)


def enqueue(task: Any, *args: Any, on_enqueued: Callable[[Any], Any] | None = None, **kwargs: Any) -> None:
    """Enqueue `task(*args, **kwargs)` with the caller's transaction; `on_enqueued(result)` sees its result."""
    def send() -> None:
        result = task.enqueue(*args, **kwargs)
        if on_enqueued is not None:
            on_enqueued(result)

    if in_transaction_queue(task):
        send()
    else:
        transaction.on_commit(send)

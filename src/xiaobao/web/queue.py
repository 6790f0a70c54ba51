"""The home page's work queue (我的待办) and notices: read from the registry every app contributes to."""

from __future__ import annotations

from typing import Any

from xiaobao.core import registry
from xiaobao.core.registry import Notice, QueueItem

__all__ = ["Notice", "QueueItem", "notices", "work_queue", "work_queue_total"]


def work_queue(user: Any, limit: int = 50) -> list[QueueItem]:
    return registry.queue_items(user, limit)


def work_queue_total(user: Any) -> int | None:
    return registry.queue_total(user)


def notices(user: Any) -> list[Notice]:
    return registry.notices(user)

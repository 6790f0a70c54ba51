"""The home page's work queue (我的待办) and notices: read from the registry every app contributes to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from xiaobao.core import registry
from xiaobao.core.registry import Notice, QueueItem

__all__ = ["Notice", "QueueItem", "QueuePage", "notices", "work_queue", "work_queue_page", "work_queue_total"]

PAGE_SIZE = 50
MAX_PAGES = 20  # 1,000 items: beyond that the module's own lists (filters, search) are the way


def work_queue(user: Any, limit: int = 50) -> list[QueueItem]:
    return registry.queue_items(user, limit)


def work_queue_total(user: Any) -> int | None:
    return registry.queue_total(user)


@dataclass(frozen=True)
class QueuePage:
    """One page of the merged work queue: items number..number+len-1 of `total` (None: a module cannot count)."""

    items: list[QueueItem]
    number: int
    total: int | None

    @property
    def first(self) -> int:
        return (self.number - 1) * PAGE_SIZE + 1

    @property
    def last(self) -> int:
        return self.first + len(self.items) - 1

    @property
    def previous_number(self) -> int | None:
        return self.number - 1 if self.number > 1 else None

    @property
    def next_number(self) -> int | None:
        more = len(self.items) == PAGE_SIZE and (self.total is None or self.last < self.total)
        return self.number + 1 if more and self.number < MAX_PAGES else None


def work_queue_page(user: Any, number: str | int | None) -> QueuePage:
    """Page `number` (1-based) of the merged queue: providers return their most urgent items, merged by due time."""
    try:
        page = min(max(int(number or 1), 1), MAX_PAGES)
    except (TypeError, ValueError):
        page = 1
    items = registry.queue_items(user, page * PAGE_SIZE)[(page - 1) * PAGE_SIZE:]
    return QueuePage(items=items, number=page, total=registry.queue_total(user))


def notices(user: Any) -> list[Notice]:
    return registry.notices(user)

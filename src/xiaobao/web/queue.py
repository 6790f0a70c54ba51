"""The home page's work queue (我的待办): items from every installed module that need the user's action."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.utils.functional import Promise


@dataclass(frozen=True)
class QueueItem:
    module: str
    title: str
    url: str
    status_label: str | Promise
    due_at: datetime | None
    sla: str  # on_time / due_soon / overdue / "" (no deadline): the CSS state
    sla_label: str = ""
    detail: str = ""


QueueProvider = Callable[[Any, int], list[QueueItem]]
_providers: list[QueueProvider] = []


def register(provider: QueueProvider) -> QueueProvider:
    """Modules register a provider (user, limit) -> items from their AppConfig.ready()."""
    if provider not in _providers:
        _providers.append(provider)
    return provider


def work_queue(user: Any, limit: int = 50) -> list[QueueItem]:
    items: list[QueueItem] = []
    for provider in _providers:
        items.extend(provider(user, limit))
    items.sort(key=lambda item: (item.due_at is None, item.due_at.timestamp() if item.due_at else 0.0))
    return items[:limit]


NoticeProvider = Callable[[Any], list[str]]
_notice_providers: list[NoticeProvider] = []


def register_notice(provider: NoticeProvider) -> NoticeProvider:
    """Modules register warnings every user should see on the home page (e.g. a missing holiday year)."""
    if provider not in _notice_providers:
        _notice_providers.append(provider)
    return provider


def notices(user: Any) -> list[str]:
    return [text for provider in _notice_providers for text in provider(user)]

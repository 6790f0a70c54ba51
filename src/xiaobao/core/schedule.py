"""Periodic work without cron: each worker's scheduler enqueues every registered periodic task once per slot.

Apps register with `xiaobao.core.registry.register_periodic(name, task, every=... | daily_at=...)`. Every
`xiaobao worker` runs `enqueue_due()` every few seconds. A slot is claimed by inserting `PeriodicRun(name, slot)`,
whose (name, slot) key is unique: however many workers (on however many machines) see the slot due, one insert
wins and only that one enqueues. On the database queue the claim and the task row commit together, so a crash
between the two loses nothing and doubles nothing.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from xiaobao.core import queue
from xiaobao.core.models import PeriodicRun
from xiaobao.core.registry import Periodic, periodic_tasks

log = logging.getLogger(__name__)


def current_slot(periodic: Periodic, now: datetime) -> datetime:
    """The start (UTC) of the slot `now` falls in: the last multiple of `every` since the epoch, or the last
    `daily_at` in Beijing time (yesterday's, before today's time has come)."""
    if periodic.every is not None:
        step = int(periodic.every.total_seconds())
        seconds = int(now.timestamp())
        return datetime.fromtimestamp(seconds - seconds % step, tz=UTC)
    assert periodic.daily_at is not None  # noqa: S101 - type narrowing: a periodic task is either every-N or daily-at
    zone = ZoneInfo(settings.TIME_ZONE)
    local = now.astimezone(zone)
    at = datetime.combine(local.date(), periodic.daily_at, tzinfo=zone)
    if at > local:
        at = datetime.combine(local.date() - timedelta(days=1), periodic.daily_at, tzinfo=zone)
    return at.astimezone(UTC)


def enqueue_due(now: datetime | None = None) -> list[str]:
    """Enqueue each periodic task whose current slot nobody has claimed yet; the names enqueued here."""
    now = now or timezone.now()
    enqueued = []
    for periodic in periodic_tasks():
        slot = current_slot(periodic, now)
        if PeriodicRun.objects.filter(name=periodic.name, slot=slot).exists():
            continue
        try:
            with transaction.atomic():
                run = PeriodicRun.objects.create(name=periodic.name, slot=slot)
                queue.enqueue(periodic.task, on_enqueued=lambda result, run=run: PeriodicRun.objects.filter(
                    pk=run.pk).update(task_id=str(result.id)))
        except IntegrityError:  # another scheduler claimed the slot between the check and the insert
            continue
        log.info("periodic %s enqueued for the slot %s", periodic.name, slot.isoformat())
        enqueued.append(periodic.name)
    return enqueued

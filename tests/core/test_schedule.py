"""Periodic work: each slot is enqueued once, however many schedulers see it due."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from unittest import mock

import pytest
from django_tasks import task, task_backends
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from xiaobao.core import registry, schedule
from xiaobao.core.models import PeriodicRun

RUNS: list[str] = []


@task()
def tick_task() -> None:
    RUNS.append("ran")


@pytest.fixture
def only_ours(monkeypatch):
    monkeypatch.setattr(registry, "_periodic", {})
    registry.register_periodic("test.every5", tick_task, every=timedelta(minutes=5))
    RUNS.clear()


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}


def test_tests_run_tasks_at_once_and_overriding_the_setting_switches_the_backend(settings):
    assert isinstance(task_backends["default"], ImmediateBackend)
    assert isinstance(tick_task.get_backend(), ImmediateBackend)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}
    assert isinstance(task_backends["default"], DatabaseBackend)
    assert isinstance(tick_task.get_backend(), DatabaseBackend)


def test_slots_of_every_and_daily_at():
    every = registry.Periodic("a", tick_task, every=timedelta(minutes=5))
    assert schedule.current_slot(every, datetime(2026, 3, 1, 10, 7, 59, tzinfo=UTC)) == datetime(
        2026, 3, 1, 10, 5, tzinfo=UTC)
    daily = registry.Periodic("b", tick_task, daily_at=time(3, 10))  # Beijing time = 19:10 UTC the day before
    assert schedule.current_slot(daily, datetime(2026, 3, 1, 19, 9, tzinfo=UTC)) == datetime(
        2026, 2, 28, 19, 10, tzinfo=UTC)
    assert schedule.current_slot(daily, datetime(2026, 3, 1, 19, 10, tzinfo=UTC)) == datetime(
        2026, 3, 1, 19, 10, tzinfo=UTC)


def test_registration_refuses_an_unclear_schedule():
    with pytest.raises(ValueError, match="exactly one"):
        registry.register_periodic("x", tick_task)
    with pytest.raises(ValueError, match="at least one minute"):
        registry.register_periodic("x", tick_task, every=timedelta(seconds=5))


def test_two_schedulers_enqueue_a_slot_once(db, only_ours, database_queue):
    now = datetime(2026, 3, 1, 10, 7, tzinfo=UTC)
    assert schedule.enqueue_due(now) == ["test.every5"]
    assert schedule.enqueue_due(now + timedelta(minutes=2)) == []  # the second scheduler, same slot
    run = PeriodicRun.objects.get()
    task_row = DBTaskResult.objects.get()
    assert run.task_id == str(task_row.pk) and task_row.task_path.endswith("tick_task")
    assert schedule.enqueue_due(now + timedelta(minutes=3)) == ["test.every5"]  # the next slot
    assert DBTaskResult.objects.count() == 2


def test_a_scheduler_that_loses_the_race_enqueues_nothing(db, only_ours, database_queue):
    now = datetime(2026, 3, 1, 10, 7, tzinfo=UTC)
    schedule.enqueue_due(now)
    # The second scheduler checked before the first one's row existed, then tries to insert the same slot.
    with mock.patch.object(PeriodicRun.objects, "filter") as filtered:
        filtered.return_value.exists.return_value = False
        assert schedule.enqueue_due(now) == []
    assert PeriodicRun.objects.count() == 1 and DBTaskResult.objects.count() == 1


def test_a_due_periodic_task_runs(db, only_ours):
    schedule.enqueue_due(datetime(2026, 3, 1, 10, 7, tzinfo=UTC))
    assert RUNS == ["ran"]  # the tests' immediate queue


def test_the_platform_registers_its_daily_retention():
    names = {p.name: p for p in registry.periodic_tasks()}
    assert names["core.purge_background_records"].daily_at == time(3, 10)

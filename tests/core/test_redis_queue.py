"""The scale-out path: the Redis queue (django_tasks_rq on RQ) with a real Redis and a real `xiaobao worker`.

Needs Redis on 127.0.0.1:6379 (`bash .ci/redis.sh` installs Debian's redis-server and starts it; CI runs it).
Skipped, saying so, only when no Redis answers there outside CI; in CI a missing Redis fails the module.
Uses Redis database 15 (XIAOBAO_TEST_REDIS_URL), emptied before and after each test.
"""

from __future__ import annotations

import os
import signal
import subprocess

import pytest
from django.contrib import admin
from django.core.cache import caches
from django_tasks import task, task_backends

from tests.complaints.test_import import row, workbook
from tests.core.test_worker import XIAOBAO, SharedDatabase
from xiaobao.complaints.models import Complaint
from xiaobao.complaints.services import importing
from xiaobao.core import registry, schedule
from xiaobao.core.models import Job, PeriodicRun

redis = pytest.importorskip("redis", reason="the redis client is not installed: run `make install`")
REDIS_URL = os.environ.get("XIAOBAO_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def _reachable() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False


if not _reachable():
    if os.environ.get("CI"):
        pytest.fail(f"CI needs Redis at {REDIS_URL}: .ci/run starts it with .ci/redis.sh", pytrace=False)
    pytest.skip(f"no Redis answers at {REDIS_URL}: run `bash .ci/redis.sh` (Debian's redis-server) to test the "
                "Redis task queue", allow_module_level=True)


@task()
def ping_task() -> str:
    return "pong"


@pytest.fixture
def redis_queue(settings):
    connection = redis.Redis.from_url(REDIS_URL)
    connection.flushdb()
    settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "django_rq"]
    settings.RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 600, "QUEUE_CLASS": "xiaobao.core.rq.Queue"}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    yield connection
    connection.flushdb()
    # Adding the app ran the admin's autodiscovery: django_rq registered its dashboard on the global admin site,
    # whose URLs (built without the app) do not name it; later tests walking the admin would trip on it.
    for model in [model for model in admin.site._registry if model._meta.app_label == "django_rq"]:
        admin.site.unregister(model)


def _queued(connection: redis.Redis) -> int:
    import django_rq

    return len(django_rq.get_queue("default"))


def test_a_task_is_queued_in_redis_and_a_worker_runs_it(db, redis_queue):
    import django_rq

    result = ping_task.enqueue()
    assert _queued(redis_queue) == 1
    # the worker takes SIGINT/SIGTERM for itself: give them back, or a later Ctrl-C stops pytest with StopRequested
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        django_rq.get_worker("default", worker_class="rq.SimpleWorker").work(burst=True)
    finally:
        for number, handler in handlers.items():
            signal.signal(number, handler)
    result.refresh()
    assert result.status == "SUCCESSFUL" and result.return_value == "pong"
    job = django_rq.get_queue("default").fetch_job(result.id)
    assert job.retries_left == 2  # a task whose worker died is queued again (xiaobao.core.rq)


def test_periodic_slots_are_enqueued_once_by_two_schedulers(db, redis_queue, monkeypatch,
                                                            django_capture_on_commit_callbacks):
    from datetime import UTC, datetime, timedelta

    monkeypatch.setattr(registry, "_periodic", {})
    registry.register_periodic("test.redis", ping_task, every=timedelta(minutes=5))
    now = datetime(2026, 3, 1, 10, 7, tzinfo=UTC)
    with django_capture_on_commit_callbacks(execute=True):
        assert schedule.enqueue_due(now) == ["test.redis"]
    with django_capture_on_commit_callbacks(execute=True):
        assert schedule.enqueue_due(now) == []
    assert _queued(redis_queue) == 1 and PeriodicRun.objects.get().task_id


@pytest.mark.django_db(transaction=True)
def test_an_import_runs_on_a_redis_worker_process(cast, redis_queue, tmp_path):
    job = importing.start_import(workbook([row(1), row(2), row(3)]).getvalue(), filename="r.xlsx",
                                 by=cast.handler_a)  # enqueued once the transaction commits
    assert isinstance(task_backends["default"], __import__("django_tasks_rq").RQBackend)
    assert _queued(redis_queue) == 1
    shared, log = SharedDatabase(tmp_path), tmp_path / "worker.log"
    shared.push()
    from django.conf import settings

    env = {**os.environ, "DATABASE_URL": shared.url(), "XIAOBAO_DATA_DIR": str(settings.DATA_DIR),
           "XIAOBAO_TASKS_BACKEND": "redis", "XIAOBAO_REDIS_URL": REDIS_URL}
    with log.open("wb") as out:
        worker = subprocess.run([XIAOBAO, "worker", "--batch", "--no-scheduler"], env=env, stdout=out,
                                stderr=subprocess.STDOUT, timeout=180, check=False)
    assert worker.returncode == 0, log.read_text()
    shared.pull()
    job.refresh_from_db()
    assert job.status == Job.Status.DONE and job.result["created"] == 3, log.read_text()
    assert Complaint.objects.count() == 3
    assert caches["progress"] is not None

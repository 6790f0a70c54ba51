"""Crash safety: a task whose worker died goes back to the queue, runs once more, and duplicates nothing."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.cache import caches
from django.db import connection
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from tests.complaints.test_import import row, workbook
from xiaobao.complaints.models import Complaint
from xiaobao.complaints.services import importing
from xiaobao.core import progress, worker
from xiaobao.core.models import Job, WorkerBeat

XIAOBAO = str(Path(sys.executable).parent / "xiaobao")
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}


@pytest.fixture
def database_queue(settings):
    settings.TASKS = DATABASE_QUEUE


def _stuck_task(worker_id: str, attempts: int = 1) -> DBTaskResult:
    return DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}}, task_path="xiaobao.core.tasks.purge_background_records",
        backend_name="default", run_after=timezone.now(), status=TaskResultStatus.RUNNING,
        started_at=timezone.now(), worker_ids=[f"old-{i}" for i in range(attempts - 1)] + [worker_id])


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_task_of_a_dead_local_worker_is_queued_again(db, database_queue):
    WorkerBeat.objects.create(worker_id="w1", host=worker.HOST, pid=_dead_pid(), beat_at=timezone.now())
    WorkerBeat.objects.create(worker_id="alive", host=worker.HOST, pid=os.getpid(), beat_at=timezone.now())
    stuck, running = _stuck_task("w1"), _stuck_task("alive")
    assert worker.recover() == [str(stuck.pk)]
    stuck.refresh_from_db()
    running.refresh_from_db()
    assert stuck.status == TaskResultStatus.READY and running.status == TaskResultStatus.RUNNING


def test_a_worker_elsewhere_is_gone_when_its_lease_runs_out(db, database_queue, settings):
    settings.TASKS_LEASE_SECONDS = 60
    WorkerBeat.objects.create(worker_id="far", host="another-machine", pid=1, beat_at=timezone.now())
    stuck = _stuck_task("far")
    assert worker.recover() == []
    assert worker.recover(timezone.now() + timedelta(seconds=61)) == [str(stuck.pk)]


def test_a_task_that_lost_its_worker_too_often_fails_visibly_with_its_job(db, database_queue, cast):
    WorkerBeat.objects.create(worker_id="w3", host=worker.HOST, pid=_dead_pid(), beat_at=timezone.now())
    stuck = _stuck_task("w3", attempts=worker.MAX_ATTEMPTS)
    job = Job.objects.create(kind="x", title="x", created_by=cast.handler_a, status=Job.Status.RUNNING,
                             task_id=str(stuck.pk))
    worker.recover()
    stuck.refresh_from_db()
    job.refresh_from_db()
    assert stuck.status == TaskResultStatus.FAILED and stuck.exception_class_path.endswith("WorkerLost")
    assert "stopped 3 times" in stuck.traceback
    assert job.status == Job.Status.FAILED and "stopped 3 times" in job.errors[0]["message"]


# ------------------------------------------------------------------------- a real worker, killed mid-import


class SharedDatabase:
    """The test database as a worker process sees it: PostgreSQL's test database as it is; SQLite's in-memory
    test database copied to a file (`push`) and back (`pull`)."""

    def __init__(self, folder: Path) -> None:
        self.sqlite = connection.vendor == "sqlite"
        self.file = folder / "shared.sqlite3"

    def url(self) -> str:
        if self.sqlite:
            return f"sqlite:///{self.file}"
        s = connection.settings_dict
        return f"postgres://{s['USER']}:{s['PASSWORD']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"

    def push(self) -> None:
        if self.sqlite:
            connection.ensure_connection()
            with sqlite3.connect(self.file) as target:
                connection.connection.backup(target)

    def pull(self) -> None:
        if self.sqlite:
            with sqlite3.connect(self.file) as source:
                source.backup(connection.connection)


def _start_worker(shared: SharedDatabase, log: Path, *extra: str) -> subprocess.Popen[bytes]:
    from django.conf import settings

    env = {**os.environ, "DATABASE_URL": shared.url(), "XIAOBAO_DATA_DIR": str(settings.DATA_DIR),
           "XIAOBAO_TASKS_BACKEND": "database"}
    with log.open("ab") as out:
        return subprocess.Popen([XIAOBAO, "worker", "--interval", "0.1", "--tick", "1", "--no-scheduler", *extra],
                                env=env, stdout=out, stderr=subprocess.STDOUT)


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_import_is_replaced_and_the_import_completes_once(cast, database_queue, tmp_path):
    rows = 1500
    data = workbook([row(n) for n in range(1, rows + 1)]).getvalue()
    job = importing.start_import(data, filename="big.xlsx", by=cast.handler_a)
    assert DBTaskResult.objects.ready().count() == 1
    shared, log = SharedDatabase(tmp_path), tmp_path / "worker.log"
    shared.push()

    first = _start_worker(shared, log)
    live = progress._key(job.pk)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # wait until it writes rows inside the import's transaction
        state = caches[progress.CACHE].get(live) or {}
        if state.get("phase") == "import" and 0 < state.get("done", 0) < rows:
            break
        assert first.poll() is None, log.read_text()
        time.sleep(0.02)
    else:
        pytest.fail("the worker never reached the import phase:\n" + log.read_text())
    first.send_signal(signal.SIGKILL)
    first.wait()

    shared.pull()
    job.refresh_from_db()
    assert job.status == Job.Status.RUNNING and Complaint.objects.count() == 0  # rolled back with the worker
    assert DBTaskResult.objects.get().status == TaskResultStatus.RUNNING  # django_tasks_db alone: stuck for ever

    second = _start_worker(shared, log, "--batch")  # recovers the task at start, runs it, exits when idle
    assert second.wait(timeout=180) == 0, log.read_text()
    shared.pull()
    job.refresh_from_db()
    task_row = DBTaskResult.objects.get()
    assert task_row.status == TaskResultStatus.SUCCESSFUL and len(task_row.worker_ids) == 2
    assert job.status == Job.Status.DONE and job.attempts == 2
    assert job.result["created"] == rows and job.result["existing"] == 0
    assert Complaint.objects.count() == rows
    assert "queued again" in log.read_text()


# ------------------------------------------------------------------------- `xiaobao run` (what `make run` starts)


def _children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if f"\nPPid:\t{pid}\n" in text:
            found.append(int(status.parent.name))
    return found


@pytest.mark.django_db(transaction=True)
def test_run_serves_and_works_together_and_ctrl_c_stops_both(tmp_path):
    import socket
    import urllib.request

    shared, log = SharedDatabase(tmp_path), tmp_path / "run.log"
    shared.push()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    from django.conf import settings

    env = {**os.environ, "DATABASE_URL": shared.url(), "XIAOBAO_DATA_DIR": str(settings.DATA_DIR)}
    with log.open("wb") as out:
        run = subprocess.Popen([XIAOBAO, "run", "--port", str(port), "--no-collectstatic"], env=env, stdout=out,
                               stderr=subprocess.STDOUT)
    children: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=2) as response:
                    assert response.status == 200
                    break
            except OSError:
                assert run.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.3)
        while "xiaobao worker" not in log.read_text():
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        children = _children(run.pid)
        assert len(children) == 2, children
        run.send_signal(signal.SIGINT)
        assert run.wait(timeout=30) == 0, log.read_text()
        assert not [pid for pid in children if Path(f"/proc/{pid}").exists()]
    finally:
        for pid in [run.pid, *(children or _children(run.pid))]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        run.wait()


# ------------------------------------------------------------------------------------- seen by the admin role


def test_the_administrator_sees_failed_tasks_with_their_error_in_chinese(client, cast, database_queue):
    WorkerBeat.objects.create(worker_id="gone", host=worker.HOST, pid=_dead_pid(), beat_at=timezone.now())
    failed = _stuck_task("gone", attempts=worker.MAX_ATTEMPTS)
    worker.recover()
    client.force_login(cast.admin)  # the administrator role, not a superuser
    index = client.get("/admin/").content.decode()
    assert "后台任务" in index and "后台作业" in index
    listing = client.get("/admin/core/backgroundtask/?status=FAILED").content.decode()
    assert "purge_background_records" in listing and "失败" in listing
    detail = client.get(f"/admin/core/backgroundtask/{failed.pk}/change/").content.decode()
    assert "WorkerLost" in detail and "stopped 3 times" in detail and "错误" in detail
    client.force_login(cast.officer)  # not an administrator
    assert client.get("/admin/core/backgroundtask/").status_code in (302, 403)


def test_the_daily_retention_drops_job_files_after_a_day_and_records_after_90_days(db, cast):
    from xiaobao.core.tasks import purge_background_records

    old = Job.objects.create(kind="x", title="old", created_by=cast.handler_a, status=Job.Status.DONE,
                             artifact=b"report", finished_at=timezone.now())
    ancient = Job.objects.create(kind="x", title="ancient", status=Job.Status.DONE,
                                 finished_at=timezone.now() - timedelta(days=91))
    fresh = Job.objects.create(kind="x", title="fresh", status=Job.Status.DONE, artifact=b"report",
                               finished_at=timezone.now())
    Job.objects.filter(pk__in=[old.pk, ancient.pk]).update(created_at=timezone.now() - timedelta(days=2))
    outcome = purge_background_records.enqueue().return_value
    assert outcome["job_files"] == 1 and outcome["jobs"] == 1
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert old.artifact is None and bytes(fresh.artifact) == b"report"
    assert not Job.objects.filter(pk=ancient.pk).exists()


@task()
def stopped_task() -> None:
    raise SystemExit(1)  # what a second Ctrl+C raises inside a running task


def test_a_task_interrupted_by_a_forced_stop_goes_back_to_the_queue(db, database_queue):
    stopped_task.enqueue()
    row = DBTaskResult.objects.get()
    row.claim("w-stop")
    runner = worker.DatabaseWorker(queue_names=["*"], interval=0, batch=True, backend_name="default",
                                   startup_delay=False, max_tasks=None, worker_id="w-stop", excluded_queue_names=[])
    runner.run_task(row)
    row.refresh_from_db()
    assert row.status == TaskResultStatus.READY and not row.traceback  # not "failed": run again by the next worker

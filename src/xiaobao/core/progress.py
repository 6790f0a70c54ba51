"""Progress of long background work (后台作业进度): one small API for every module.

    job = progress.create(kind="complaints.import", title="导入 台账.xlsx", by=user, payload=data)
    progress.enqueue(job, tasks.import_ledger)          # the task receives str(job.pk)

    @task()
    def import_ledger(job_id: str) -> None:
        job = progress.begin(job_id)                     # None: it finished before (a retried task)
        if job is None:
            return
        work(..., progress=progress.Reporter(job))      # reporter(phase, done, total), as often as you like
        progress.finish(job, result={...}, errors=[...], artifact=b"...")

The page that started the job polls `snapshot(job)` (htmx, every second); the CLI runs the same work with a
terminal bar (`TerminalBar`). Live counters go to the "progress" cache, not the job row, because long work
often writes inside one transaction whose rows other connections cannot see before it commits (a ledger
import is all or nothing); the row holds the status, the final counts, the result and the errors.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, TextIO

from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from xiaobao.core import queue
from xiaobao.core.models import Job

CACHE = "progress"
CACHE_SECONDS = 2 * 24 * 3600
WRITE_SECONDS = 0.25  # live counters are written at most four times a second


def _key(job_id: Any) -> str:
    return f"xiaobao:job:{job_id}"


def create(*, kind: str, title: str, by: Any, payload: bytes | None = None) -> Job:
    return Job.objects.create(kind=kind, title=title[:200], created_by=by, payload=payload)


def enqueue(job: Job, task: Any) -> None:
    """Enqueue `task(str(job.pk))` with the caller's transaction (see `xiaobao.core.queue`)."""
    queue.enqueue(task, str(job.pk), on_enqueued=lambda result: Job.objects.filter(pk=job.pk).update(
        task_id=str(result.id)))


def begin(job_id: str) -> Job | None:
    """Mark the job running (one more attempt) and return it; None if it is unknown or already finished, so a
    task that runs again after its worker died does not do finished work twice."""
    claimed = (Job.objects.filter(pk=job_id, status__in=[Job.Status.QUEUED, Job.Status.RUNNING])
               .update(status=Job.Status.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1,
                       phase="", done=0))
    if not claimed:
        return None
    caches[CACHE].delete(_key(job_id))
    return Job.objects.get(pk=job_id)


class Reporter:
    """`reporter(phase, done, total)`: the job's live counters, written at most four times a second (and always
    at the end of a phase)."""

    def __init__(self, job: Job) -> None:
        self.job, self.last = job, 0.0
        self.state: dict[str, Any] = {"phase": "", "done": 0, "total": 0}

    def __call__(self, phase: str, done: int, total: int) -> None:
        self.state = {"phase": phase, "done": done, "total": total}
        now = time.monotonic()
        if done < total and now - self.last < WRITE_SECONDS:
            return
        self.last = now
        caches[CACHE].set(_key(self.job.pk), self.state, CACHE_SECONDS)


def finish(job: Job, *, result: dict[str, Any] | None = None, errors: list[Any] | None = None,
           artifact: bytes | None = None, failed: bool = False, phase: str = "", done: int | None = None,
           total: int | None = None) -> None:
    """The job's outcome. Call it inside the transaction that commits the work, so that both commit together;
    the input payload is dropped."""
    live = caches[CACHE].get(_key(job.pk)) or {}
    job.status = Job.Status.FAILED if failed else Job.Status.DONE
    job.finished_at = timezone.now()
    job.phase = phase or live.get("phase", "")
    job.total = total if total is not None else live.get("total", job.total)
    job.done = done if done is not None else live.get("done", job.done)
    job.result, job.errors, job.artifact, job.payload = result or {}, errors or [], artifact, None
    job.save(update_fields=["status", "finished_at", "phase", "total", "done", "result", "errors", "artifact",
                            "payload"])
    transaction.on_commit(lambda: caches[CACHE].delete(_key(job.pk)))


def fail_for_task(task_id: str, message: str) -> int:
    """Fail the unfinished jobs of a task that will not run again (its worker died too often)."""
    return (Job.objects.filter(Q(task_id=task_id), status__in=[Job.Status.QUEUED, Job.Status.RUNNING])
            .update(status=Job.Status.FAILED, finished_at=timezone.now(), errors=[{"message": message}],
                    payload=None))


@dataclass(frozen=True)
class Snapshot:
    status: str
    status_label: str
    phase: str
    done: int
    total: int
    finished: bool

    @property
    def percent(self) -> int:
        if self.finished and self.status == Job.Status.DONE:
            return 100
        return 100 * self.done // self.total if self.total else 0


def snapshot(job: Job) -> Snapshot:
    """What the page shows: the row's status, with the live counters while the job runs."""
    phase, done, total = job.phase, job.done, job.total
    if not job.finished:
        live = caches[CACHE].get(_key(job.pk)) or {}
        phase, done, total = live.get("phase", phase), live.get("done", done), live.get("total", total)
    return Snapshot(status=job.status, status_label=str(job.get_status_display()), phase=phase, done=done,
                    total=total, finished=job.finished)


class TerminalBar:
    """`导入 [#########-----------]  450/1000` on a terminal, redrawn at most ten times a second; the same
    `(phase, done, total)` callable as `Reporter`, for commands that run the work themselves."""

    def __init__(self, stream: TextIO, labels: dict[str, str] | None = None, width: int = 30) -> None:
        self.stream, self.labels, self.width, self.last = stream, labels or {}, width, 0.0

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < 0.1:
            return
        self.last = now
        filled = self.width * done // max(total, 1)
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r{self.labels.get(phase, phase)} [{bar}] {done:>{len(str(total))}}/{total}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


def job_of(user: Any, pk: Any, *, kind: str) -> Job | None:
    """A job of `kind` started by `user` (nobody else sees it: its result may hold personal data)."""
    try:
        return Job.objects.filter(pk=pk, kind=kind, created_by=user).first()
    except (ValueError, ValidationError):  # not a UUID
        return None


def recent_jobs(user: Any, *, kind: str, limit: int = 5) -> list[Job]:
    return list(Job.objects.filter(kind=kind, created_by=user).defer("payload", "artifact")[:limit])

"""Background work's own records: long jobs with their progress, periodic slots taken, living workers.

- `Job` (后台作业): one piece of long work a user started (an import ...): status, progress, result, errors, the
  input it works on and the file it produced. `xiaobao.core.progress` is its API.
- `PeriodicRun`: one row per periodic task and time slot; its unique key is what makes several schedulers
  enqueue each slot exactly once (`xiaobao.core.schedule`).
- `WorkerBeat`: each `xiaobao worker` says it is alive; a task claimed by a worker that stopped beating is
  queued again (`xiaobao.core.worker`).
- `BackgroundTask`: the task queue's rows (django_tasks_db) as the admin shows them, in Chinese.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult


class Job(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")  # 排队中
        RUNNING = "running", _("Running")  # 进行中
        DONE = "done", _("Done")  # 已完成
        FAILED = "failed", _("Failed")  # 失败

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(_("kind"), max_length=64)  # e.g. "complaints.import"
    title = models.CharField(_("title"), max_length=200)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
                                   verbose_name=_("started by"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.QUEUED)
    phase = models.CharField(_("phase"), max_length=32, blank=True)
    total = models.PositiveIntegerField(_("total"), default=0)
    done = models.PositiveIntegerField(_("done"), default=0)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    result = models.JSONField(_("result"), default=dict, blank=True)
    errors = models.JSONField(_("errors"), default=list, blank=True)
    # The input the work reads and the file it produced, as the caller stores them (encrypted when they hold
    # personal data); both are dropped by the daily retention job.
    payload = models.BinaryField(null=True, blank=True, editable=False)
    artifact = models.BinaryField(null=True, blank=True, editable=False)
    task_id = models.CharField(_("task"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("background job")
        verbose_name_plural = _("background jobs")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["created_by", "-created_at"]), models.Index(fields=["status", "created_at"])]
        constraints = [
            models.CheckConstraint(condition=models.Q(status__in=["queued", "running", "done", "failed"]),
                                   name="core_job_status_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)


class PeriodicRun(models.Model):
    """One periodic task's slot, taken by the first scheduler that saw it due."""

    name = models.CharField(_("name"), max_length=100)
    slot = models.DateTimeField(_("slot"))  # the start of the slot, in UTC
    enqueued_at = models.DateTimeField(_("enqueued at"), auto_now_add=True)
    task_id = models.CharField(_("task"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("periodic run")
        verbose_name_plural = _("periodic runs")
        constraints = [models.UniqueConstraint(fields=["name", "slot"], name="core_periodic_run_once_per_slot")]

    def __str__(self) -> str:
        return f"{self.name} @ {self.slot.isoformat()}"


class WorkerBeat(models.Model):
    worker_id = models.CharField(max_length=64, primary_key=True)
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    beat_at = models.DateTimeField()

    class Meta:
        verbose_name = _("worker")
        verbose_name_plural = _("workers")

    def __str__(self) -> str:
        return f"{self.worker_id} ({self.host}:{self.pid})"


class BackgroundTask(DBTaskResult):
    """The database queue's task rows, for the admin (后台任务): what ran, what failed and why."""

    class Meta:
        proxy = True
        verbose_name = _("background task")
        verbose_name_plural = _("background tasks")


class TimelineEvent(models.Model):
    """One step of a record's timeline (处理经过): who did what, when, from which status to which. Each app
    subclasses it with the foreign key to its record (`related_name="events"`); the audit chain holds the same
    steps, hash-linked."""

    action = models.CharField(max_length=40)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                              related_name="+")
    at = models.DateTimeField()
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    note = models.CharField(max_length=300, blank=True)  # masked where it may carry personal data

    class Meta:
        abstract = True
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.action} {self.at:%Y-%m-%d %H:%M}"

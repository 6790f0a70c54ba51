"""The platform's own periodic work: retention of background-work records (registered in `CoreConfig.ready`)."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from xiaobao.core.models import Job, PeriodicRun, WorkerBeat

JOB_FILES_DAYS = 1  # uploaded inputs and produced files (they may hold personal data)
KEEP_DAYS = 90  # finished jobs, finished task rows, periodic slots


@task()
def purge_background_records() -> dict[str, int]:
    """每日清理: drop job files after a day and finished records after 90 days. Idempotent."""
    now = timezone.now()
    files = (Job.objects.filter(Q(payload__isnull=False) | Q(artifact__isnull=False),
                                created_at__lt=now - timedelta(days=JOB_FILES_DAYS))
             .exclude(status__in=[Job.Status.QUEUED, Job.Status.RUNNING]).update(payload=None, artifact=None))
    old = now - timedelta(days=KEEP_DAYS)
    jobs, _ = Job.objects.filter(finished_at__lt=old).delete()
    results, _ = DBTaskResult.objects.finished().filter(finished_at__lt=old).delete()
    slots, _ = PeriodicRun.objects.filter(slot__lt=old).delete()
    workers, _ = WorkerBeat.objects.filter(beat_at__lt=old).delete()
    return {"job_files": files, "jobs": jobs, "task_results": results, "slots": slots, "workers": workers}

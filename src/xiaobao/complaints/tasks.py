"""Background work of the complaints app (`xiaobao worker` runs it)."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django_tasks import task

INTAKE_KEY_KEEP_DAYS = 30  # a retried POST with the same Idempotency-Key replays its case this long


@task()
def import_ledger_job(job_id: str) -> None:
    """投诉台账导入 as a background job (the page shows its progress)."""
    from xiaobao.complaints.services import importing

    importing.run_import(job_id)


@task()
def purge_intake_keys() -> int:
    """每日清理: Idempotency-Keys of intake older than INTAKE_KEY_KEEP_DAYS (retries come within minutes, the
    table would otherwise grow by one row per case registered through the API). Idempotent."""
    from xiaobao.complaints.models import IntakeKey

    deleted, _ = IntakeKey.objects.filter(created_at__lt=timezone.now() - timedelta(days=INTAKE_KEY_KEEP_DAYS)).delete()
    return int(deleted)

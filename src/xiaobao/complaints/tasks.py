"""Background work of the complaints app (`xiaobao worker` runs it)."""

from __future__ import annotations

from django_tasks import task


@task()
def import_ledger_job(job_id: str) -> None:
    """投诉台账导入 as a background job (the page shows its progress)."""
    from xiaobao.complaints.services import importing

    importing.run_import(job_id)

"""Background work of the traceability module: the bulk intake of an uploaded zip, and the nightly integrity
check. Both are idempotent: a re-run import skips the rows already stored (see importing.py); a re-run check
only re-hashes."""

from __future__ import annotations

import json
from pathlib import Path

from django_tasks import task


@task()
def import_zip_job(job_id: str) -> None:
    """批量导入 of an uploaded zip, with progress and a per-row error report."""
    from xiaobao.core import progress
    from xiaobao.traceability import importing

    job = progress.begin(job_id)
    if job is None:
        return
    payload = json.loads(bytes(job.payload or b"{}").decode("utf-8"))
    path = Path(payload.get("path", ""))
    try:
        report = importing.import_zip(path, by=job.created_by, system=payload.get("system", ""),
                                      progress=progress.Reporter(job))
    except Exception as exc:  # a refused zip or manifest: the job fails with the message, nothing half-done
        from xiaobao.core.errors import DomainError

        message = str(exc.message) if isinstance(exc, DomainError) else str(exc)[:300]
        progress.finish(job, failed=True, errors=[{"row": 0, "field": "file", "message": message}])
        path.unlink(missing_ok=True)
        if not isinstance(exc, DomainError):
            raise
        return
    errors = [e.as_dict() for e in report.errors]
    progress.finish(job, result=report.as_dict(), errors=errors[:1000],
                    artifact=importing.errors_csv(errors) if errors else None, done=report.rows, total=report.rows)
    path.unlink(missing_ok=True)


@task()
def verify_nightly() -> None:
    """完整性校验 every night: every stored file re-hashed (the system is the actor)."""
    from xiaobao.traceability import services
    from xiaobao.traceability.models import EvidenceItem

    services.verify(items=EvidenceItem.objects.filter(purged_at__isnull=True).iterator(), actor_username="system")

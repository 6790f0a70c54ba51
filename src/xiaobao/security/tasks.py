"""Periodic clean-up of the security tables (registered in `SecurityConfig.ready`): without it they grow forever.

- django-axes' failed attempts (`AccessAttempt`) once their lock has expired: a lock lasts `AXES_COOLOFF_TIME`
  after the last failure, so an older row locks nothing (axes removes them itself only when someone logs in).
- axes' access logs (`AccessLog`: every login and logout, `AccessFailureLog`) after `ACCESS_LOG_KEEP_DAYS`:
  the audit chain keeps logins, failures, locks and releases for good.
- expired sessions (Django's own `clearsessions`): a session also holds the complaint list's search tokens.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from importlib import import_module

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.utils import timezone
from django_tasks import task

ACCESS_LOG_KEEP_DAYS = 90


@task()
def purge_security_records() -> dict[str, int]:
    """每日清理: expired login attempts, access logs older than 90 days, expired sessions. Idempotent."""
    now = timezone.now()
    attempts, _ = AccessAttempt.objects.filter(attempt_time__lt=now - settings.AXES_COOLOFF_TIME).delete()
    old = now - timedelta(days=ACCESS_LOG_KEEP_DAYS)
    logs, _ = AccessLog.objects.filter(attempt_time__lt=old).delete()
    failure_logs, _ = AccessFailureLog.objects.filter(attempt_time__lt=old).delete()
    sessions = _clear_expired_sessions(now)
    return {"attempts": attempts, "access_logs": logs, "failure_logs": failure_logs, "sessions": sessions}


def _clear_expired_sessions(now: datetime) -> int:
    store = import_module(settings.SESSION_ENGINE).SessionStore
    if hasattr(store, "get_model_class"):  # database-backed sessions (db, cached_db): count what goes
        deleted, _ = store.get_model_class().objects.filter(expire_date__lt=now).delete()
        return int(deleted)
    store.clear_expired()  # cache sessions expire by themselves; file sessions are swept here
    return 0


@task()
def run_import(job_id: str) -> None:
    """后台导入 of an uploaded workbook by the module that registered the job's kind (`security.imports`)."""
    from xiaobao.security import imports

    imports.run(job_id)

"""Background work of the reports app (django-tasks; the database queue by default)."""

from __future__ import annotations

from django_tasks import task

from xiaobao.reports import services


@task()
def detect_spikes() -> int:
    """异常波动检测: test every institution's weekly complaints per cause; idempotent (reruns update alerts)."""
    return len(services.detect_spikes())

"""Background work of the reports app (django-tasks; the database queue by default)."""

from __future__ import annotations

from datetime import date

from django_tasks import task

from xiaobao.reports import rollup, services


@task()
def detect_spikes() -> int:
    """异常波动检测: test every institution's weekly complaints per cause; idempotent (reruns update alerts)."""
    return len(services.detect_spikes())


@task()
def rebuild_counts(start: str | None = None, end: str | None = None) -> int:
    """重算汇总: recount the monthly and weekly complaint counts from the cases (ISO dates; none: every date).
    Idempotent; needed after a load that bypassed the models (COPY, QuerySet.update)."""
    return rollup.rebuild(start=date.fromisoformat(start) if start else None,
                          end=date.fromisoformat(end) if end else None)

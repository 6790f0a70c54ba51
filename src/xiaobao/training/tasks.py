"""Background work of the training module."""

from __future__ import annotations

from django_tasks import task


@task()
def expire_attempts() -> int:
    """Hand in every exam attempt whose time is up (idempotent; reads and answers do the same on their own)."""
    from xiaobao.training import services

    return services.expire_overdue()

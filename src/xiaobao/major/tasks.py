"""Background work of the major-complaint module (`xiaobao worker` runs it; `MajorConfig.ready` schedules it)."""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

ESCALATION_EVERY = timedelta(minutes=5)


@task()
def escalate_missed_clocks() -> int:
    """超时升级: escalate every missed response clock one institution level up, with the system as the actor.
    Idempotent (each step is claimed by a conditional update), so a run repeated after a crash does nothing twice."""
    from xiaobao.audit.context import as_system
    from xiaobao.major.services import response

    with as_system("escalate"):
        return len(response.escalate_due())

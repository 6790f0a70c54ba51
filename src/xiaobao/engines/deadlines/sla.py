"""Service-level state of a deadline at a given moment."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from xiaobao.engines.deadlines.periods import Deadline
from xiaobao.engines.deadlines.rules import RuleSet, rules_in_force
from xiaobao.engines.deadlines.timebase import require_aware

__all__ = ["SlaState", "sla_state"]


class SlaState(StrEnum):
    """Where a case stands against its deadline."""

    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    CLOSED_ON_TIME = "closed_on_time"
    CLOSED_LATE = "closed_late"


def sla_state(
    due_at: datetime | Deadline,
    *,
    now: datetime,
    closed_at: datetime | None = None,
    due_soon_days: int | None = None,
    rules: RuleSet | None = None,
) -> SlaState:
    """State of a deadline at ``now``.

    ``due_at`` is exclusive (24:00 of the last day): closing at or after it is late. An open case is
    DUE_SOON when ``due_soon_days`` calendar days or less remain (default: the rule version in force
    at ``now``, 3 in the shipped rules), OVERDUE once ``now`` reaches ``due_at``. All datetimes must be
    aware.
    """
    if isinstance(due_at, Deadline):
        due_at = due_at.due_at
    require_aware(due_at, "due_at")
    require_aware(now, "now")
    if closed_at is not None:
        require_aware(closed_at, "closed_at")
        return SlaState.CLOSED_ON_TIME if closed_at < due_at else SlaState.CLOSED_LATE
    if now >= due_at:
        return SlaState.OVERDUE
    if due_soon_days is None:
        due_soon_days = (rules or rules_in_force(now)).due_soon_days
    if isinstance(due_soon_days, bool) or not isinstance(due_soon_days, int) or due_soon_days < 0:
        raise ValueError(f"due_soon_days must be a non-negative integer, got {due_soon_days!r}")
    if due_at - now <= timedelta(days=due_soon_days):
        return SlaState.DUE_SOON
    return SlaState.ON_TIME

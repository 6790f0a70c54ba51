"""Deadlines engine: statutory complaint-handling dates on the Chinese working-day calendar.

Pure Python (no Django). Numbers come from the dated versions in ``rules.toml``; holidays from
chinese_calendar plus an admin table (:class:`WorkCalendar`). Days are counted per 民法典 Arts. 200–204:
day 1 is the day after the trigger (Beijing calendar), a last day that is a rest day moves to the next
working day, and the last day ends at 24:00 Beijing time (``Deadline.due_at``, an aware datetime in
Asia/Shanghai equal to 00:00 of the following day).

Example::

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> from xiaobao.engines.deadlines import WorkCalendar, decision_deadline
    >>> received = datetime(2025, 9, 26, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    >>> decision_deadline(received, calendar=WorkCalendar()).due_date
    datetime.date(2025, 10, 11)
"""

from xiaobao.engines.deadlines.calendar import CalendarGapError, WorkCalendar
from xiaobao.engines.deadlines.periods import (
    Deadline,
    acceptance_due,
    decision_deadline,
    period_end,
    reconsideration_decision_deadline,
    reconsideration_request_deadline,
    regulator_deadline,
    working_days_end,
)
from xiaobao.engines.deadlines.rules import RulesError, RuleSet, load_rules, rules_in_force
from xiaobao.engines.deadlines.sla import SlaState, sla_state
from xiaobao.engines.deadlines.timebase import BEIJING

__all__ = [
    "BEIJING",
    "CalendarGapError",
    "Deadline",
    "RuleSet",
    "RulesError",
    "SlaState",
    "WorkCalendar",
    "acceptance_due",
    "decision_deadline",
    "load_rules",
    "period_end",
    "reconsideration_decision_deadline",
    "reconsideration_request_deadline",
    "regulator_deadline",
    "rules_in_force",
    "sla_state",
    "working_days_end",
]

"""Statutory periods: counting days under 民法典 Arts. 200–204 and the complaint-handling rules.

Counting (民法典 Art. 201–203): a period in days starts on the day after the trigger day (Beijing
calendar); its last day is trigger + days; when that day is a rest day (statutory holiday or a weekend
that is not a make-up working day) the period ends on the next working day; the last day ends at 24:00
Beijing time. ``Deadline.due_at`` is that instant, expressed in Asia/Shanghai as 00:00 of the following
day (an aware datetime; convert with ``.astimezone(UTC)`` for storage).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from xiaobao.engines.deadlines.calendar import WorkCalendar
from xiaobao.engines.deadlines.rules import RuleSet, rules_in_force
from xiaobao.engines.deadlines.timebase import BEIJING, beijing_date, end_of_day, require_aware

__all__ = [
    "Deadline",
    "acceptance_due",
    "decision_deadline",
    "period_end",
    "reconsideration_decision_deadline",
    "reconsideration_request_deadline",
    "regulator_deadline",
    "working_days_end",
]

# A rest stretch longer than this means broken calendar data, not a long holiday.
_MAX_REST_RUN = 31

Rules = RuleSet | Sequence[RuleSet] | None


@dataclass(frozen=True, slots=True)
class Deadline:
    """The end of a period.

    ``due_date`` is the last day (Beijing calendar); ``due_at`` is 24:00 Beijing time on it, i.e. the
    aware datetime 00:00 Asia/Shanghai of the next day; the deadline is met by anything strictly before
    ``due_at``. ``start_date`` is day 1 of the count, ``days`` the nominal length, ``nominal_date`` the
    day the count lands on before moving past rest days, ``excluded_days`` the days left out of the count.
    """

    due_date: date
    due_at: datetime
    start_date: date
    days: int
    rule_version: str | None = None
    warnings: tuple[str, ...] = ()
    excluded_days: int = 0
    nominal_date: date | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready representation (ISO dates, due_at with +08:00 offset)."""
        return {
            "due_date": self.due_date.isoformat(),
            "due_at": self.due_at.isoformat(),
            "start_date": self.start_date.isoformat(),
            "days": self.days,
            "excluded_days": self.excluded_days,
            "nominal_date": self.nominal_date.isoformat() if self.nominal_date else None,
            "rule_version": self.rule_version,
            "warnings": list(self.warnings),
        }


def _check_count(value: int, name: str, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an integer, got {value!r}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    return value


def _gap_warning(year: int) -> str:
    return (
        f"no holiday calendar for {year}: computed with weekends only; statutory holidays and "
        f"make-up working days of {year} are not taken into account — add them to the calendar table"
    )


def _working(day: date, calendar: WorkCalendar, allow_gap: bool, gaps: set[int]) -> bool:
    status = calendar.status(day)
    if status is not None:
        return status
    if not allow_gap:
        calendar.is_working_day(day)  # raises CalendarGapError naming the year
    gaps.add(day.year)
    return day.weekday() < 5


def period_end(
    trigger: datetime | date,
    days: int,
    calendar: WorkCalendar,
    *,
    allow_gap: bool = False,
    excluded_days: int = 0,
) -> Deadline:
    """End of a period of ``days`` calendar days starting the day after ``trigger``.

    ``trigger`` is an aware datetime (placed on the Beijing calendar) or a Beijing date; naive
    datetimes raise ValueError. ``excluded_days`` (time left out of the count, e.g. outside appraisal)
    lengthen the period. A last day in a year without holiday data raises CalendarGapError unless
    ``allow_gap`` is set, in which case weekends alone decide and ``warnings`` names the year.
    """
    trigger_day = beijing_date(trigger, "trigger")
    _check_count(days, "days", minimum=1)
    _check_count(excluded_days, "excluded_days", minimum=0)
    gaps: set[int] = set()
    nominal = trigger_day + timedelta(days=days + excluded_days)
    last = nominal
    for _ in range(_MAX_REST_RUN):
        if _working(last, calendar, allow_gap, gaps):
            break
        last += timedelta(days=1)
    else:
        raise ValueError(
            f"no working day within {_MAX_REST_RUN} days after {nominal.isoformat()}: "
            "check the calendar table"
        )
    return Deadline(
        due_date=last,
        due_at=end_of_day(last),
        start_date=trigger_day + timedelta(days=1),
        days=days,
        warnings=tuple(_gap_warning(y) for y in sorted(gaps)),
        excluded_days=excluded_days,
        nominal_date=nominal,
    )


def working_days_end(
    trigger: datetime | date,
    working_days: int,
    calendar: WorkCalendar,
    *,
    allow_gap: bool = False,
) -> Deadline:
    """End of a period of ``working_days`` working days (工作日) starting the day after ``trigger``."""
    trigger_day = beijing_date(trigger, "trigger")
    _check_count(working_days, "working_days", minimum=1)
    gaps: set[int] = set()
    day, counted, rest_run = trigger_day, 0, 0
    while counted < working_days:
        day += timedelta(days=1)
        if _working(day, calendar, allow_gap, gaps):
            counted, rest_run = counted + 1, 0
        else:
            rest_run += 1
            if rest_run > _MAX_REST_RUN:
                raise ValueError(f"no working day within {_MAX_REST_RUN} days of {day.isoformat()}")
    return Deadline(
        due_date=day,
        due_at=end_of_day(day),
        start_date=trigger_day + timedelta(days=1),
        days=working_days,
        warnings=tuple(_gap_warning(y) for y in sorted(gaps)),
        nominal_date=day,
    )


def _resolve_rules(rules: Rules, on: date) -> RuleSet:
    if isinstance(rules, RuleSet):
        return rules
    return rules_in_force(on, rules)


def decision_deadline(
    received_at: datetime | date,
    *,
    calendar: WorkCalendar,
    rules: Rules = None,
    extended_to_days: int | None = None,
    excluded_days: int = 0,
    allow_gap: bool = False,
) -> Deadline:
    """处理决定期限 — the date by which the complaint must be decided and the complainant informed.

    ``extended_to_days`` is the total period after an extension: up to the rule's
    ``extension_max_total_days`` (complex case, 30) or ``further_extension_max_total_days`` (especially
    complex, with higher-level approval, 60). ``rules`` is a RuleSet, a list of versions, or None for the
    shipped rules.toml; the version in force on the day of receipt applies.
    """
    received_day = beijing_date(received_at, "received_at")
    rs = _resolve_rules(rules, received_day)
    days = rs.decision_days
    if extended_to_days is not None:
        _check_count(extended_to_days, "extended_to_days", minimum=1)
        if extended_to_days < rs.decision_days:
            raise ValueError(
                f"extended_to_days={extended_to_days} is shorter than the {rs.decision_days}-day decision "
                f"period of rule {rs.version}: an extension cannot shorten the period"
            )
        if extended_to_days > rs.further_extension_max_total_days:
            raise ValueError(
                f"extended_to_days={extended_to_days} exceeds the maximum of "
                f"{rs.further_extension_max_total_days} days under rule {rs.version} "
                f"({rs.extension_max_total_days} for a complex case, "
                f"{rs.further_extension_max_total_days} with higher-level approval)"
            )
        days = extended_to_days
    deadline = period_end(received_day, days, calendar, allow_gap=allow_gap, excluded_days=excluded_days)
    return replace(deadline, rule_version=rs.version)


def acceptance_due(received_at: datetime, *, rules: Rules = None) -> datetime:
    """Internal service level for accepting (受理) a complaint: receipt + ``acceptance_hours``.

    Not a statutory deadline (the statutory clock runs from receipt). Returned in Asia/Shanghai.
    """
    require_aware(received_at, "received_at")
    rs = _resolve_rules(rules, beijing_date(received_at, "received_at"))
    return received_at.astimezone(BEIJING) + timedelta(hours=rs.acceptance_hours)


def reconsideration_request_deadline(
    decision_notified_at: datetime | date,
    *,
    calendar: WorkCalendar,
    rules: Rules = None,
    allow_gap: bool = False,
) -> Deadline:
    """核查申请期限 — last day for the complainant to ask the higher-level institution for a review."""
    return _rule_period(decision_notified_at, "decision_notified_at", "reconsideration_request_days",
                        calendar=calendar, rules=rules, allow_gap=allow_gap)


def reconsideration_decision_deadline(
    requested_at: datetime | date,
    *,
    calendar: WorkCalendar,
    rules: Rules = None,
    allow_gap: bool = False,
) -> Deadline:
    """核查决定期限 — last day for the reviewing institution to decide on a reconsideration request."""
    return _rule_period(requested_at, "requested_at", "reconsideration_decision_days",
                        calendar=calendar, rules=rules, allow_gap=allow_gap)


def _rule_period(trigger: datetime | date, name: str, days_field: str, *, calendar: WorkCalendar, rules: Rules,
                 allow_gap: bool) -> Deadline:
    """A period whose length is the field `days_field` of the rule version in force on the trigger day."""
    day = beijing_date(trigger, name)
    rs = _resolve_rules(rules, day)
    deadline = period_end(day, getattr(rs, days_field), calendar, allow_gap=allow_gap)
    return replace(deadline, rule_version=rs.version)


def regulator_deadline(
    transferred_at: datetime | date,
    *,
    calendar: WorkCalendar,
    due_date: date | None = None,
    days: int | None = None,
    working_days: int | None = None,
    allow_gap: bool = False,
) -> Deadline:
    """A regulator's own reporting deadline for a transferred complaint (监管转送), stored per case.

    Give exactly one of: ``due_date`` (a date the regulator named), ``days`` (calendar days, counted
    like any period) or ``working_days`` (工作日). ``rule_version`` is "regulator".
    """
    given = [x is not None for x in (due_date, days, working_days)]
    if sum(given) != 1:
        raise ValueError("regulator_deadline needs exactly one of due_date, days or working_days")
    trigger_day = beijing_date(transferred_at, "transferred_at")
    if due_date is not None:
        if isinstance(due_date, datetime) or not isinstance(due_date, date):
            raise TypeError(f"due_date must be a date, got {due_date!r}")
        if due_date < trigger_day:
            raise ValueError(f"regulator due_date {due_date} is before the transfer on {trigger_day}")
        deadline = Deadline(
            due_date=due_date,
            due_at=end_of_day(due_date),
            start_date=trigger_day + timedelta(days=1),
            days=(due_date - trigger_day).days,
            nominal_date=due_date,
        )
    elif days is not None:
        deadline = period_end(trigger_day, days, calendar, allow_gap=allow_gap)
    else:
        assert working_days is not None  # noqa: S101 - type narrowing: a rule counts days or working days
        deadline = working_days_end(trigger_day, working_days, calendar, allow_gap=allow_gap)
    return replace(deadline, rule_version="regulator")

"""Glue between the pure deadlines engine and the database's admin-maintained holiday table."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from django.utils import timezone

from xiaobao.complaints.models import CalendarDay, CalendarYear
from xiaobao.engines import deadlines as engine

_CACHE_SECONDS = 60.0
_cache: tuple[float, engine.WorkCalendar] | None = None


def calendar() -> engine.WorkCalendar:
    """The working-day calendar: chinese-calendar plus the admin table (cached for a minute)."""
    global _cache
    now = time.monotonic()
    if _cache is None or now - _cache[0] > _CACHE_SECONDS:
        overrides = dict(CalendarDay.objects.values_list("day", "is_working_day"))
        years = list(CalendarYear.objects.values_list("year", flat=True))
        _cache = (now, engine.WorkCalendar(overrides=overrides, extra_years=years))
    return _cache[1]


def forget_calendar() -> None:
    global _cache
    _cache = None


def _never_guess(compute: Callable[..., engine.Deadline], trigger: datetime, **kwargs: Any) -> engine.Deadline:
    """Compute on the calendar; a year missing from every calendar comes back as a visible warning.

    The due time is returned in UTC, as the database stores and returns it.
    """
    try:
        deadline = compute(trigger, calendar=calendar(), **kwargs)
    except engine.CalendarGapError:
        deadline = compute(trigger, calendar=calendar(), allow_gap=True, **kwargs)
    return replace(deadline, due_at=deadline.due_at.astimezone(UTC))


def decision_deadline(received_at: datetime, *, period_days: int | None = None,
                      excluded_days: int = 0) -> engine.Deadline:
    """处理期限: 15 days from receipt, or the extended total period; excluded days (appraisal) added."""
    return _never_guess(engine.decision_deadline, received_at, extended_to_days=period_days,
                        excluded_days=excluded_days)


def reconsideration_decision_deadline(requested_at: datetime) -> engine.Deadline:
    """核查期限: the higher-level institution decides within the rule's days of the request."""
    return _never_guess(engine.reconsideration_decision_deadline, requested_at)


def reconsideration_request_deadline(decided_at: datetime) -> engine.Deadline:
    """The complainant may ask for 核查 until this deadline after the decision."""
    return _never_guess(engine.reconsideration_request_deadline, decided_at)


def rules(on: date | datetime) -> engine.RuleSet:
    return engine.rules_in_force(on)


def sla(due_at: datetime, closed_at: datetime | None, *, now: datetime | None = None) -> engine.SlaState:
    return engine.sla_state(due_at, now=now or timezone.now(), closed_at=closed_at,
                            due_soon_days=engine.rules_in_force(due_at).due_soon_days)


def calendar_gaps(*, now: datetime | None = None, horizon_days: int = 120) -> list[int]:
    """Years within the horizon that neither chinese-calendar nor the admin table covers (a visible warning)."""
    today = timezone.localtime(now or timezone.now()).date()
    return calendar().missing_years(today, today + timedelta(days=horizon_days))

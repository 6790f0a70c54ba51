"""Indicator measures of the major-complaint module (指标), registered from `apps.py` through
`xiaobao.core.registry.register_measure`. The assessment (考核评价) and the reports read them there — by code, with
`registry.compute_measure(code, institution, period)` — and never import this app. Accountability records reach
the assessment this way (`major.accountability_count`); no assessment model lives here.

Every measure is of an institution's subtree (the institution and every institution below it) over a Beijing-date
period (`core.registry.Period`, both days included).

| code | value |
| --- | --- |
| major.count | complaints whose major level (较大及以上) was confirmed in the period, by the case's institution, 件 |
| major.open_count | open major complaints now (the period is ignored: a stock, not a flow), 件 |
| major.rectification_on_time_rate | rectification tasks due in the period whose evidence was submitted by the due date and verified ÷ tasks due in the period, by the task's institution, % (None when none was due) |
| major.accountability_count | accountability records approved in the period, by the responsible institution (or the responsible person's institution), 件 |
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from xiaobao.complaints.models import OPEN
from xiaobao.core.registry import Measure, MeasureValue, Period, register_measure
from xiaobao.major.models import AccountabilityRecord, MajorCase, RectificationTask
from xiaobao.major.models.major import MAJOR_LEVELS
from xiaobao.org.scope import subtree_ids

MODULE = "major"
BEIJING = ZoneInfo("Asia/Shanghai")


def _bounds(period: Period) -> tuple[datetime, datetime]:
    """[first moment, first moment after] of the period in Beijing time."""
    return (datetime.combine(period.start, time.min, tzinfo=BEIJING),
            datetime.combine(period.end + timedelta(days=1), time.min, tzinfo=BEIJING))


def _graded(institution: Any, period: Period) -> MeasureValue:
    start, end = _bounds(period)
    value = MajorCase.objects.filter(
        level__in=MAJOR_LEVELS, confirmed_at__gte=start, confirmed_at__lt=end,
        complaint__institution_id__in=subtree_ids(institution.path)).count()
    return MeasureValue(value=value, evidence_url=reverse("major:board"),
                        detail=str(_("level 较大 or above confirmed in the period")))


def _open(institution: Any, period: Period) -> MeasureValue:
    value = MajorCase.objects.filter(level__in=MAJOR_LEVELS, complaint__status__in=OPEN,
                                     complaint__institution_id__in=subtree_ids(institution.path)).count()
    return MeasureValue(value=value, evidence_url=reverse("major:board"), detail=str(_("open now")))


def _rectification_on_time(institution: Any, period: Period) -> MeasureValue:
    due = RectificationTask.objects.filter(due_on__gte=period.start, due_on__lte=period.end,
                                           institution_id__in=subtree_ids(institution.path))
    total = due.count()
    on_time = sum(1 for due_on, submitted_at in due.filter(status=RectificationTask.Status.VERIFIED)
                  .values_list("due_on", "submitted_at")
                  if submitted_at is not None and submitted_at.astimezone(BEIJING).date() <= due_on)
    return MeasureValue(value=percent(on_time, total), numerator=on_time, denominator=total,
                        evidence_url=reverse("major:board"),
                        detail=str(_("verified, with the evidence submitted by the due date ÷ tasks due")))


def _accountability(institution: Any, period: Period) -> MeasureValue:
    start, end = _bounds(period)
    ids = subtree_ids(institution.path)
    value = AccountabilityRecord.objects.filter(
        Q(responsible_institution_id__in=ids)
        | Q(responsible_institution__isnull=True, responsible_user__institution_id__in=ids),
        status=AccountabilityRecord.Status.APPROVED, decided_at__gte=start, decided_at__lt=end).count()
    return MeasureValue(value=value, detail=str(_("approved in the period")))


def percent(numerator: int, denominator: int) -> Decimal | None:
    if not denominator:
        return None
    return (Decimal(100) * numerator / denominator).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


MEASURES = (
    Measure("major.count", _("Major complaints graded"), MODULE, _("cases"), _graded, higher_is_better=False),
    Measure("major.open_count", _("Major complaints open"), MODULE, _("cases"), _open, higher_is_better=False),
    Measure("major.rectification_on_time_rate", _("Rectification on time"), MODULE, "%", _rectification_on_time),
    Measure("major.accountability_count", _("Accountability measures approved"), MODULE, _("records"),
            _accountability, higher_is_better=False),
)


def register() -> None:
    for measure in MEASURES:
        register_measure(measure)

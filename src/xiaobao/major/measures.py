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

from collections.abc import Iterable, Sequence
from datetime import datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from xiaobao.complaints.models import OPEN
from xiaobao.core.registry import Measure, MeasureValue, Period, computes_from_batch, register_measure
from xiaobao.major.models import AccountabilityRecord, MajorCase, RectificationTask
from xiaobao.major.models.major import MAJOR_LEVELS
from xiaobao.org.scope import all_ids, split_by_subtree, subtrees

MODULE = "major"
BEIJING = ZoneInfo("Asia/Shanghai")


def _bounds(period: Period) -> tuple[datetime, datetime]:
    """[first moment, first moment after] of the period in Beijing time."""
    return (datetime.combine(period.start, time.min, tzinfo=BEIJING),
            datetime.combine(period.end + timedelta(days=1), time.min, tzinfo=BEIJING))


def _counts(trees: dict[int, set[int]], ids: Iterable[int | None]) -> dict[int, int]:
    """How many of the rows' institution `ids` lie in each subtree."""
    return {pk: len(rows) for pk, rows in split_by_subtree(trees, ((i, None) for i in ids)).items()}


def _graded(institutions: Sequence[Any], period: Period) -> dict[int, MeasureValue]:
    start, end = _bounds(period)
    trees = subtrees(institutions)
    counts = _counts(trees, MajorCase.objects.filter(
        level__in=MAJOR_LEVELS, confirmed_at__gte=start, confirmed_at__lt=end,
        complaint__institution_id__in=all_ids(trees)).values_list("complaint__institution_id", flat=True))
    return {pk: MeasureValue(value=n, evidence_url=reverse("major:board"),
                             detail=str(_("level 较大 or above confirmed in the period"))) for pk, n in counts.items()}


def _open(institutions: Sequence[Any], period: Period) -> dict[int, MeasureValue]:
    trees = subtrees(institutions)
    counts = _counts(trees, MajorCase.objects.filter(
        level__in=MAJOR_LEVELS, complaint__status__in=OPEN,
        complaint__institution_id__in=all_ids(trees)).values_list("complaint__institution_id", flat=True))
    return {pk: MeasureValue(value=n, evidence_url=reverse("major:board"), detail=str(_("open now")))
            for pk, n in counts.items()}


def _rectification_on_time(institutions: Sequence[Any], period: Period) -> dict[int, MeasureValue]:
    trees = subtrees(institutions)
    due = RectificationTask.objects.filter(due_on__gte=period.start, due_on__lte=period.end,
                                           institution_id__in=all_ids(trees))
    rows = ((institution_id, status == RectificationTask.Status.VERIFIED and submitted_at is not None
             and submitted_at.astimezone(BEIJING).date() <= due_on)
            for institution_id, status, due_on, submitted_at
            in due.values_list("institution_id", "status", "due_on", "submitted_at"))
    values = {}
    for pk, tasks in split_by_subtree(trees, rows).items():
        total, on_time = len(tasks), sum(tasks)
        values[pk] = MeasureValue(value=percent(on_time, total), numerator=on_time, denominator=total,
                                  evidence_url=reverse("major:board"),
                                  detail=str(_("verified, with the evidence submitted by the due date ÷ tasks due")))
    return values


def _accountability(institutions: Sequence[Any], period: Period) -> dict[int, MeasureValue]:
    """By the responsible institution, or the responsible person's institution when none is named."""
    start, end = _bounds(period)
    trees = subtrees(institutions)
    ids = all_ids(trees)
    records = AccountabilityRecord.objects.filter(
        Q(responsible_institution_id__in=ids)
        | Q(responsible_institution__isnull=True, responsible_user__institution_id__in=ids),
        status=AccountabilityRecord.Status.APPROVED, decided_at__gte=start, decided_at__lt=end)
    counts = _counts(trees, (named if named is not None else person for named, person in
                             records.values_list("responsible_institution_id", "responsible_user__institution_id")))
    return {pk: MeasureValue(value=n, detail=str(_("approved in the period"))) for pk, n in counts.items()}


def percent(numerator: int, denominator: int) -> Decimal | None:
    if not denominator:
        return None
    return (Decimal(100) * numerator / denominator).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _measure(code: str, label: Any, unit: Any, many: Any, *, higher_is_better: bool = True) -> Measure:
    compute, compute_many = computes_from_batch(many, lambda institution, period, value: value)
    return Measure(code, label, MODULE, unit, compute, higher_is_better=higher_is_better, compute_many=compute_many)


MEASURES = (
    _measure("major.count", _("Major complaints graded"), _("cases"), _graded, higher_is_better=False),
    _measure("major.open_count", _("Major complaints open"), _("cases"), _open, higher_is_better=False),
    _measure("major.rectification_on_time_rate", _("Rectification on time"), "%", _rectification_on_time),
    _measure("major.accountability_count", _("Accountability measures approved"), _("records"), _accountability,
             higher_is_better=False),
)


def register() -> None:
    for measure in MEASURES:
        register_measure(measure)

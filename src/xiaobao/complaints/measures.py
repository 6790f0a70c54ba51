"""Indicator measures of the complaint module (指标), registered from `apps.py`, read by the assessment and the
reports through `xiaobao.core.registry` — never by importing this app. Major complaints, rectification and
accountability measures are `major.*` (xiaobao.major.measures).

Every measure is of an institution's subtree over a Beijing-date period, counted by `statistics` (the same rules
as the quarterly report), with the drill-down list of the cases behind it as `evidence_url`.

| code | value |
| --- | --- |
| complaints.count | complaints received (direct + regulator-transferred), 件 |
| complaints.count_direct | direct complaints received, 件 |
| complaints.count_regulator | regulator-transferred complaints received (监管转办), 件 |
| complaints.decided | of those, decided (办结), 件 |
| complaints.on_time_rate | decided on time ÷ decided, % (None when nothing was decided) |
| complaints.overdue | of those, open past the decision deadline now (超期未办结), 件 |
| complaints.reconsideration_rate | reconsidered (核查) ÷ decided, % |
| complaints.elderly_count | complaints from elderly customers (老年客户, flagged on intake), 件 |
| complaints.minority_language_count | complaints served in a minority language (少数民族语言), 件 |
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.utils.translation import gettext_lazy as _

from xiaobao.complaints import statistics
from xiaobao.core.registry import Measure, MeasureValue, Period, register_measure
from xiaobao.org.scope import subtrees

MODULE = "complaints"


def _slice(institution: Any, period: Period, source: str = "all") -> statistics.Slice:
    return statistics.Slice(start=period.start, end=period.end, institution=institution.code, source=source)


def percent(numerator: int, denominator: int) -> Decimal | None:
    if not denominator:
        return None
    return (Decimal(100) * numerator / denominator).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def by_institution(institutions: Sequence[Any], period: Period, source: str, figures: list[str]
                   ) -> dict[int, dict[str, int]]:
    """The figures of each institution's subtree: ONE query grouped by the cases' institution over the period,
    folded over the subtrees in Python (the batch `compute_many` of every complaint measure)."""
    s = statistics.Slice(start=period.start, end=period.end, source=source)
    rows = {row["institution_id"]: row
            for row in statistics.counts(user=None, slice=s, group_by=["institution_id"], figures=figures)}
    trees = subtrees(institutions)
    return {institution.pk: {f: sum(rows[i][f] for i in trees[institution.pk] if i in rows) for f in figures}
            for institution in institutions}


def _count(figure: str, source: str = "all") -> tuple[Any, Any]:
    def value(institution: Any, period: Period, count: int) -> MeasureValue:
        return MeasureValue(value=count, evidence_url=_slice(institution, period, source).url(figure))

    def compute(institution: Any, period: Period) -> MeasureValue:
        s = _slice(institution, period, source)
        return value(institution, period, statistics.counts(user=None, slice=s, figures=[figure])[0][figure])

    def compute_many(institutions: Sequence[Any], period: Period) -> dict[int, MeasureValue]:
        counts = by_institution(institutions, period, source, [figure])
        return {i.pk: value(i, period, counts[i.pk][figure]) for i in institutions}
    return compute, compute_many


def _rate(numerator: str, denominator: str, detail: Any) -> tuple[Any, Any]:
    def value(institution: Any, period: Period, row: dict[str, int]) -> MeasureValue:
        return MeasureValue(value=percent(row[numerator], row[denominator]),
                            evidence_url=_slice(institution, period).url(numerator),
                            detail=str(detail), numerator=row[numerator], denominator=row[denominator])

    def compute(institution: Any, period: Period) -> MeasureValue:
        s = _slice(institution, period)
        return value(institution, period, statistics.counts(user=None, slice=s, figures=[numerator, denominator])[0])

    def compute_many(institutions: Sequence[Any], period: Period) -> dict[int, MeasureValue]:
        rows = by_institution(institutions, period, "all", [numerator, denominator])
        return {i.pk: value(i, period, rows[i.pk]) for i in institutions}
    return compute, compute_many


def _measure(code: str, label: Any, unit: Any, computes: tuple[Any, Any], *, higher_is_better: bool = True
             ) -> Measure:
    compute, compute_many = computes
    return Measure(code, label, MODULE, unit, compute, higher_is_better=higher_is_better, compute_many=compute_many)


MEASURES = (
    _measure("complaints.count", _("Complaints received"), _("cases"), _count("received"), higher_is_better=False),
    _measure("complaints.count_direct", _("Direct complaints received"), _("cases"), _count("received", "direct"),
             higher_is_better=False),
    _measure("complaints.count_regulator", _("Regulator-transferred complaints"), _("cases"),
             _count("received", "regulator"), higher_is_better=False),
    _measure("complaints.decided", _("Complaints decided"), _("cases"), _count("decided")),
    _measure("complaints.on_time_rate", _("On-time decision rate"), "%",
             _rate("decided_on_time", "decided", _("decided on time ÷ decided"))),
    _measure("complaints.overdue", _("Overdue complaints still open"), _("cases"), _count("overdue"),
             higher_is_better=False),
    _measure("complaints.reconsideration_rate", _("Reconsideration rate"), "%",
             _rate("reconsidered", "decided", _("reconsidered ÷ decided")), higher_is_better=False),
    _measure("complaints.elderly_count", _("Complaints from elderly customers"), _("cases"), _count("elderly"),
             higher_is_better=False),
    _measure("complaints.minority_language_count", _("Complaints served in a minority language"), _("cases"),
             _count("minority_language"), higher_is_better=False),
)


def register() -> None:
    for measure in MEASURES:
        register_measure(measure)

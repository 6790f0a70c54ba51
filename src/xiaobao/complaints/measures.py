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

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.utils.translation import gettext_lazy as _

from xiaobao.complaints import statistics
from xiaobao.core.registry import Measure, MeasureValue, Period, register_measure

MODULE = "complaints"


def _slice(institution: Any, period: Period, source: str = "all") -> statistics.Slice:
    return statistics.Slice(start=period.start, end=period.end, institution=institution.code, source=source)


def percent(numerator: int, denominator: int) -> Decimal | None:
    if not denominator:
        return None
    return (Decimal(100) * numerator / denominator).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _count(figure: str, source: str = "all") -> Any:
    def compute(institution: Any, period: Period) -> MeasureValue:
        s = _slice(institution, period, source)
        value = statistics.counts(user=None, slice=s, figures=[figure])[0][figure]
        return MeasureValue(value=value, evidence_url=s.url(figure))
    return compute


def _rate(numerator: str, denominator: str, detail: Any) -> Any:
    def compute(institution: Any, period: Period) -> MeasureValue:
        s = _slice(institution, period)
        row = statistics.counts(user=None, slice=s, figures=[numerator, denominator])[0]
        return MeasureValue(value=percent(row[numerator], row[denominator]), evidence_url=s.url(numerator),
                            detail=str(detail), numerator=row[numerator], denominator=row[denominator])
    return compute


MEASURES = (
    Measure("complaints.count", _("Complaints received"), MODULE, _("cases"), _count("received"),
            higher_is_better=False),
    Measure("complaints.count_direct", _("Direct complaints received"), MODULE, _("cases"),
            _count("received", "direct"), higher_is_better=False),
    Measure("complaints.count_regulator", _("Regulator-transferred complaints"), MODULE, _("cases"),
            _count("received", "regulator"), higher_is_better=False),
    Measure("complaints.decided", _("Complaints decided"), MODULE, _("cases"), _count("decided")),
    Measure("complaints.on_time_rate", _("On-time decision rate"), MODULE, "%",
            _rate("decided_on_time", "decided", _("decided on time ÷ decided"))),
    Measure("complaints.overdue", _("Overdue complaints still open"), MODULE, _("cases"), _count("overdue"),
            higher_is_better=False),
    Measure("complaints.reconsideration_rate", _("Reconsideration rate"), MODULE, "%",
            _rate("reconsidered", "decided", _("reconsidered ÷ decided")), higher_is_better=False),
    Measure("complaints.elderly_count", _("Complaints from elderly customers"), MODULE, _("cases"),
            _count("elderly"), higher_is_better=False),
    Measure("complaints.minority_language_count", _("Complaints served in a minority language"), MODULE,
            _("cases"), _count("minority_language"), higher_is_better=False),
)


def register() -> None:
    for measure in MEASURES:
        register_measure(measure)

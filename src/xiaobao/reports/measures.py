"""Indicator measures of the reports app: the denominators and the ratios (read by the assessment).

| code | value |
| --- | --- |
| reports.premium | premium income (yuan) of the institution over the quarters the period covers |
| reports.policies | policy count over those quarters |
| reports.per_100m_premium | complaints (complaints.count) ÷ premium in 100 million yuan (亿元保费投诉量) |
| reports.per_10k_policies | complaints ÷ policies in 10,000 (万张保单投诉量) |
| reports.regulator_per_100m_premium | regulator-transferred complaints ÷ premium in 100 million yuan |
| reports.regulator_per_10k_policies | regulator-transferred complaints ÷ policies in 10,000 |

The complaint counts come from the registry (`complaints.count`, `complaints.count_regulator`): without the
complaint module, the ratios are "not available". `detail` names the denominator definition used.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from xiaobao.core import registry
from xiaobao.core.registry import Measure, MeasureValue, NotAvailable, Period
from xiaobao.org.models import Institution
from xiaobao.reports import ratios
from xiaobao.reports.models import BusinessVolume

MODULE = "reports"


def quarters_of(period: Period) -> list[tuple[int, int]] | None:
    """The quarters that exactly make up `period`, or None when it is not made of whole quarters."""
    out = []
    for year in range(period.start.year, period.end.year + 1):
        for quarter in (1, 2, 3, 4):
            q = Period.quarter(year, quarter)
            if q.start >= period.start and q.end <= period.end:
                out.append((year, quarter))
    if not out or Period.quarter(*out[0]).start != period.start or Period.quarter(*out[-1]).end != period.end:
        return None
    return out


def denominator(institution: Any, period: Period, kind: str) -> ratios.Denominator:
    quarters = quarters_of(period)
    if quarters is None:
        return ratios.Denominator(None)
    children: dict[int, list[int]] = defaultdict(list)
    for pk, parent in Institution.objects.filter(path__startswith=institution.path).values_list("pk", "parent_id"):
        if parent:
            children[parent].append(pk)
    total, bases = Decimal(0), set()
    for year, quarter in quarters:
        own = {}
        for v in BusinessVolume.objects.filter(year=year, quarter=quarter, institution__path__startswith=institution.path
                                               ).select_related(f"{kind}_basis"):
            value, basis = getattr(v, kind), getattr(v, f"{kind}_basis")
            if value is not None and basis is not None:
                own[v.institution_id] = (value, basis.label)
        part = ratios.rolled_up(institution.pk, own, children)
        if part.value is None:
            return ratios.Denominator(None)
        total += part.value
        bases |= part.bases
    return ratios.Denominator(total, frozenset(bases))


def _denominator_measure(kind: str) -> Callable[[Any, Period], MeasureValue]:
    def compute(institution: Any, period: Period) -> MeasureValue:
        d = denominator(institution, period, kind)
        return MeasureValue(value=d.value, detail=d.basis_label)
    return compute


def _ratio_measure(count_code: str, kind: str, unit: Decimal) -> Callable[[Any, Period], MeasureValue | Any]:
    def compute(institution: Any, period: Period) -> MeasureValue | Any:
        count = registry.compute_measure(count_code, institution, period)
        if isinstance(count, NotAvailable):
            return count
        d = denominator(institution, period, kind)
        value = ratios.ratio(int(count.value or 0), d.value, unit)
        detail = (_("denominator: %(basis)s") % {"basis": d.basis_label}) if d.value is not None else \
            _("no %(kind)s entered for the period") % {"kind": _("premium") if kind == "premium" else _("policies")}
        return MeasureValue(value=value, evidence_url=count.evidence_url, detail=detail, numerator=count.value,
                            denominator=d.value)
    return compute


MEASURES = (
    Measure("reports.premium", gettext_lazy("Premium income"), MODULE, gettext_lazy("yuan"),
            _denominator_measure("premium")),
    Measure("reports.policies", gettext_lazy("Policies"), MODULE, gettext_lazy("policies"),
            _denominator_measure("policies")),
    Measure("reports.per_100m_premium", gettext_lazy("Complaints per 100 million yuan premium"), MODULE,
            gettext_lazy("cases/100m yuan"), _ratio_measure("complaints.count", "premium", ratios.PREMIUM_UNIT),
            higher_is_better=False),
    Measure("reports.per_10k_policies", gettext_lazy("Complaints per 10,000 policies"), MODULE,
            gettext_lazy("cases/10k policies"), _ratio_measure("complaints.count", "policies", ratios.POLICY_UNIT),
            higher_is_better=False),
    Measure("reports.regulator_per_100m_premium",
            gettext_lazy("Regulator-transferred complaints per 100 million yuan premium"), MODULE,
            gettext_lazy("cases/100m yuan"),
            _ratio_measure("complaints.count_regulator", "premium", ratios.PREMIUM_UNIT), higher_is_better=False),
    Measure("reports.regulator_per_10k_policies", gettext_lazy("Regulator-transferred complaints per 10,000 policies"),
            MODULE, gettext_lazy("cases/10k policies"),
            _ratio_measure("complaints.count_regulator", "policies", ratios.POLICY_UNIT), higher_is_better=False),
)


def register() -> None:
    for measure in MEASURES:
        registry.register_measure(measure)

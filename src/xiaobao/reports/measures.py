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
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from django.db.models import Q
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


def denominators(institutions: Sequence[Any], period: Period, kind: str) -> dict[int, ratios.Denominator]:
    """The premium or policy denominators of many institutions: the tree and the period's entries read once (two
    queries whatever the number of institutions), rolled up per institution and quarter."""
    quarters = quarters_of(period)
    if quarters is None:
        return {institution.pk: ratios.Denominator(None) for institution in institutions}
    under = Q(pk__in=[])
    for path in {institution.path for institution in institutions}:
        under |= Q(path__startswith=path)
    children: dict[int, list[int]] = defaultdict(list)
    for pk, parent in Institution.objects.filter(under).values_list("pk", "parent_id"):
        if parent:
            children[parent].append(pk)
    own: dict[tuple[int, int], dict[int, tuple[Decimal, str]]] = defaultdict(dict)
    wanted = Q(pk__in=[])
    for year, quarter in quarters:
        wanted |= Q(year=year, quarter=quarter)
    volumes = BusinessVolume.objects.filter(wanted, institution__in=Institution.objects.filter(under))
    for v in volumes.select_related(f"{kind}_basis"):
        value, basis = getattr(v, kind), getattr(v, f"{kind}_basis")
        if value is not None and basis is not None:
            own[(v.year, v.quarter)][v.institution_id] = (value, basis.label)
    out = {}
    for institution in institutions:
        total, bases, known = Decimal(0), set(), True
        for year, quarter in quarters:
            part = ratios.rolled_up(institution.pk, own[(year, quarter)], children)
            if part.value is None:
                known = False
                break
            total += part.value
            bases |= part.bases
        out[institution.pk] = ratios.Denominator(total, frozenset(bases)) if known else ratios.Denominator(None)
    return out


def denominator(institution: Any, period: Period, kind: str) -> ratios.Denominator:
    return denominators([institution], period, kind)[institution.pk]


def _denominator_value(d: ratios.Denominator) -> MeasureValue:
    return MeasureValue(value=d.value, detail=d.basis_label)


def _denominator_measure(kind: str) -> tuple[Callable[[Any, Period], MeasureValue], Any]:
    def compute(institution: Any, period: Period) -> MeasureValue:
        return _denominator_value(denominator(institution, period, kind))

    def compute_many(institutions: Sequence[Any], period: Period) -> dict[int, MeasureValue]:
        return {pk: _denominator_value(d) for pk, d in denominators(institutions, period, kind).items()}
    return compute, compute_many


def _ratio_value(count: MeasureValue | NotAvailable, d: ratios.Denominator, kind: str, unit: Decimal
                 ) -> MeasureValue | NotAvailable:
    if isinstance(count, NotAvailable):
        return count
    value = ratios.ratio(int(count.value or 0), d.value, unit)
    detail = (_("denominator: %(basis)s") % {"basis": d.basis_label}) if d.value is not None else \
        _("no %(kind)s entered for the period") % {"kind": _("premium") if kind == "premium" else _("policies")}
    return MeasureValue(value=value, evidence_url=count.evidence_url, detail=detail, numerator=count.value,
                        denominator=d.value)


def _ratio_measure(count_code: str, kind: str, unit: Decimal) -> tuple[Callable[[Any, Period], Any], Any]:
    def compute(institution: Any, period: Period) -> MeasureValue | NotAvailable:
        count = registry.compute_measure(count_code, institution, period)
        if isinstance(count, NotAvailable):
            return count
        return _ratio_value(count, denominator(institution, period, kind), kind, unit)

    def compute_many(institutions: Sequence[Any], period: Period) -> dict[int, MeasureValue | NotAvailable]:
        counts = registry.compute_measure_many(count_code, institutions, period)
        if all(isinstance(c, NotAvailable) for c in counts.values()):
            return dict(counts)
        ds = denominators(institutions, period, kind)
        return {i.pk: _ratio_value(counts[i.pk], ds[i.pk], kind, unit) for i in institutions}
    return compute, compute_many


def _measure(code: str, label: Any, unit: Any, computes: tuple[Any, Any], *, higher_is_better: bool = True
             ) -> Measure:
    compute, compute_many = computes
    return Measure(code, label, MODULE, unit, compute, higher_is_better=higher_is_better, compute_many=compute_many)


MEASURES = (
    _measure("reports.premium", gettext_lazy("Premium income"), gettext_lazy("yuan"), _denominator_measure("premium")),
    _measure("reports.policies", gettext_lazy("Policies"), gettext_lazy("policies"), _denominator_measure("policies")),
    _measure("reports.per_100m_premium", gettext_lazy("Complaints per 100 million yuan premium"),
             gettext_lazy("cases/100m yuan"), _ratio_measure("complaints.count", "premium", ratios.PREMIUM_UNIT),
             higher_is_better=False),
    _measure("reports.per_10k_policies", gettext_lazy("Complaints per 10,000 policies"),
             gettext_lazy("cases/10k policies"), _ratio_measure("complaints.count", "policies", ratios.POLICY_UNIT),
             higher_is_better=False),
    _measure("reports.regulator_per_100m_premium",
             gettext_lazy("Regulator-transferred complaints per 100 million yuan premium"),
             gettext_lazy("cases/100m yuan"),
             _ratio_measure("complaints.count_regulator", "premium", ratios.PREMIUM_UNIT), higher_is_better=False),
    _measure("reports.regulator_per_10k_policies",
             gettext_lazy("Regulator-transferred complaints per 10,000 policies"), gettext_lazy("cases/10k policies"),
             _ratio_measure("complaints.count_regulator", "policies", ratios.POLICY_UNIT), higher_is_better=False),
)


def register() -> None:
    for measure in MEASURES:
        registry.register_measure(measure)

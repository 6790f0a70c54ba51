"""The numbers of sales quality inspection: per agent and per institution (calls checked and inspected, failure
rate, missing steps by step, violations), and the measures the assessment reads (inspection.*)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from xiaobao.core.registry import (
    MeasureValue,
    PartnerFact,
    PartnerRef,
    Period,
    computes_from_batch,
    count_by_partner,
    partner_texts,
)
from xiaobao.engines.transcripts import STEPS
from xiaobao.inspection.codes import CONCLUDED_STATUSES, FindingKind, FindingState, Status
from xiaobao.inspection.models import AutoFinding, Inspection, TranscriptCheck
from xiaobao.org.models import Institution
from xiaobao.org.scope import all_ids, split_by_subtree, subtrees

BEIJING = ZoneInfo("Asia/Shanghai")


def ratio(numerator: int, denominator: int) -> Decimal | None:
    if not denominator:
        return None
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=BEIJING)


@dataclass
class Row:
    """One agent's (or one institution's) figures."""

    key: str
    name: str
    institution: str = ""
    checked: int = 0
    inspected: int = 0
    failed: int = 0
    violations: int = 0
    required: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STEPS, 0))
    missing: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STEPS, 0))

    @property
    def failure_rate(self) -> Decimal | None:
        return ratio(self.failed, self.inspected)

    @property
    def step_rates(self) -> list[tuple[str, Decimal | None, int, int]]:
        """(step, missing rate %, missing, required) for every step some call required."""
        return [(s, ratio(self.missing[s], self.required[s]), self.missing[s], self.required[s])
                for s in STEPS if self.required[s]]


def figures(checks: QuerySet[TranscriptCheck], *, by: str = "agent") -> list[Row]:
    """Per agent (`by="agent"`) or per institution (`by="institution"`) over the given checks (already scoped
    and filtered). Overridden findings do not count; open ones do until an inspector overrides them."""
    rows: dict[str, Row] = {}
    overridden = set(AutoFinding.objects.filter(auto_check__in=checks, kind=FindingKind.STEP_MISSING,
                                                state=FindingState.OVERRIDDEN).values_list("auto_check_id", "code"))
    for c in checks.values("pk", "agent_number", "agent_name", "institution__name", "institution__code",
                           "required", "missing"):
        key = c["agent_number"] if by == "agent" else c["institution__code"]
        row = rows.get(key)
        if row is None:
            row = rows[key] = Row(key, c["agent_name"] if by == "agent" else c["institution__name"],
                                  c["institution__name"])
        row.checked += 1
        for s in c["required"]:
            if s in row.required:
                row.required[s] += 1
        for s in c["missing"]:
            if s in row.missing and (c["pk"], s) not in overridden:
                row.missing[s] += 1
    key_field = "auto_check__agent_number" if by == "agent" else "auto_check__institution__code"
    for key, status in Inspection.objects.filter(auto_check__in=checks, status__in=CONCLUDED_STATUSES) \
            .values_list(key_field, "status"):
        rows[key].inspected += 1
        rows[key].failed += status == Status.FAILED
    for key in (AutoFinding.objects.filter(auto_check__in=checks, kind=FindingKind.VIOLATION)
                .exclude(state=FindingState.OVERRIDDEN).values_list(key_field, flat=True)):
        rows[key].violations += 1
    return sorted(rows.values(), key=lambda r: (-(r.failure_rate or 0), -r.violations, r.key))


# ---- measures (read by the assessment through the registry) -----------------------------------------------------

def _concluded_many(institutions: Sequence[Institution], period: Period) -> dict[int, list[str]]:
    """The statuses of the inspections concluded in the period, per institution subtree, from one query."""
    trees = subtrees(institutions)
    return split_by_subtree(trees, Inspection.objects.filter(
        institution_id__in=all_ids(trees), status__in=CONCLUDED_STATUSES, concluded_at__gte=_start(period.start),
        concluded_at__lt=_start(period.end) + timedelta(days=1)).values_list("institution_id", "status"))


def _violations_many(institutions: Sequence[Institution], period: Period) -> dict[int, int]:
    """Violations not overridden on the calls sold in the period, per institution subtree, from one query."""
    trees = subtrees(institutions)
    checks = TranscriptCheck.objects.filter(institution_id__in=all_ids(trees), sale__sold_at__gte=_start(period.start),
                                            sale__sold_at__lt=_start(period.end) + timedelta(days=1))
    rows = (AutoFinding.objects.filter(auto_check__in=checks, kind=FindingKind.VIOLATION)
            .exclude(state=FindingState.OVERRIDDEN).values("auto_check__institution_id")
            .annotate(n=Count("id")).order_by().values_list("auto_check__institution_id", "n"))
    return {pk: sum(counts) for pk, counts in split_by_subtree(trees, rows).items()}


def _queue_url(institution: Institution, **extra: Any) -> str:
    query = "&".join(f"{k}={v}" for k, v in {"institution": institution.code, **extra}.items())
    return f"{reverse('inspection:queue')}?{query}"


def _inspected_count(institution: Institution, period: Period, statuses: list[str]) -> MeasureValue:
    return MeasureValue(len(statuses), evidence_url=_queue_url(institution),
                        detail=_("inspections concluded in the period"))


def _failure_rate(institution: Institution, period: Period, statuses: list[str]) -> MeasureValue:
    total, failed = len(statuses), sum(1 for status in statuses if status == Status.FAILED)
    return MeasureValue(ratio(failed, total), evidence_url=_queue_url(institution, status=Status.FAILED),
                        numerator=failed, denominator=total, detail=_("failed / concluded inspections"))


def _violation_count(institution: Institution, period: Period, n: int) -> MeasureValue:
    return MeasureValue(n, evidence_url=f"{reverse('inspection:agents')}?institution={institution.code}"
                                        f"&sold_from={period.start}&sold_to={period.end}",
                        detail=_("marketing violations on the agents' turns of calls sold in the period, "
                                 "unless an inspector overrode them"))


# (compute, compute_many) pairs, registered in apps.py
measure_inspected_count = computes_from_batch(_concluded_many, _inspected_count)
measure_failure_rate = computes_from_batch(_concluded_many, _failure_rate)
measure_violation_count = computes_from_batch(_violations_many, _violation_count)


def partner_failures(partners: Sequence[PartnerRef], period: Period) -> dict[int, PartnerFact]:
    """代理人质检不合格 (core.registry partner fact "inspection_failures"): inspections concluded 不合格 in the
    period, of sales whose partner fields (credit code or name) name the partner."""
    texts = list(partner_texts(partners))
    rows = Inspection.objects.filter(
        Q(auto_check__sale__partner_credit_code__in=texts) | Q(auto_check__sale__partner_name__in=texts),
        status=Status.FAILED, concluded_at__gte=_start(period.start),
        concluded_at__lt=_start(period.end) + timedelta(days=1)).values_list(
        "auto_check__sale__partner_credit_code", "auto_check__sale__partner_name")
    counts = count_by_partner(partners, rows)
    return {p.pk: PartnerFact(counts[p.pk], _("Sales quality inspection"), f"{reverse('inspection:queue')}?" + urlencode(
        {"status": Status.FAILED, "partner": p.credit_code, "concluded_from": period.start,
         "concluded_to": period.end})) for p in partners}

"""What other apps' records say about a partner (core.registry partner facts): marketing monitoring finds naming
it and failed inspections of sales made through it, counted where those records live, for the yearly evaluation
(定期评价). The partners app imports none of those apps: it hands them the partner as their records name it
(credit code, name, former names) and reads the counts back; a fact no installed app provides is not available."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext_lazy as _

from xiaobao.core import registry
from xiaobao.core.registry import NotAvailable, PartnerFact, PartnerRef, Period
from xiaobao.partners import scoring, selectors
from xiaobao.partners.models import Partner

# The evaluation's indicators read from other apps, with their Chinese names.
FACTS = {"marketing_violations": _("Marketing violations from monitoring"),
         "inspection_failures": _("Inspection failures of its agents")}


def ref(partner: Partner) -> PartnerRef:
    return PartnerRef(partner.pk, partner.credit_code,
                      tuple(dict.fromkeys([partner.name, *(f.name for f in partner.former_names.all())])))


def resolve(text: str) -> PartnerRef | None:
    """The one partner `text` names (credit code in any case, name or former name); None for none or several."""
    found = list(selectors.matching(codes=[text[:40]], names=[text[:200]]).prefetch_related("former_names")[:2])
    return ref(found[0]) if len(found) == 1 else None


@dataclass(frozen=True)
class Figure:
    """One indicator of a partner's year: the sum of its providers' counts (None: not available) and each part."""

    code: str
    label: str
    parts: tuple[PartnerFact, ...]
    available: bool

    @property
    def total(self) -> int | None:
        return sum(p.count for p in self.parts) if self.available else None


def figures(partners: Sequence[Partner], period: Period) -> dict[int, dict[str, Figure]]:
    """{partner pk: {fact code: Figure}} for the facts of FACTS, one provider call per fact for all partners."""
    refs = [ref(p) for p in partners]
    out: dict[int, dict[str, Figure]] = {p.pk: {} for p in partners}
    for code, label in FACTS.items():
        found = registry.partner_facts(code, refs, period)
        for partner in partners:
            parts = () if isinstance(found, NotAvailable) else tuple(found[partner.pk])
            out[partner.pk][code] = Figure(code, str(label), parts, not isinstance(found, NotAvailable))
    return out


def indicators(partner: Partner, year: int, found: dict[str, Figure] | None = None) -> scoring.Indicators:
    """The year's indicators: complaints naming the partner (by received date); marketing violations from
    monitoring and failed inspections of its sales, counted where those records live (None when no installed
    module provides them); the violations recorded here and how many of them were rectified."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    complaints = partner.complaints.filter(received_at__gte=selectors.day_start(start),
                                           received_at__lt=selectors.day_start(date(year + 1, 1, 1))).count()
    found = found if found is not None else figures([partner], Period.year(year))[partner.pk]
    violations = partner.violations.filter(occurred_on__range=(start, end))
    return scoring.Indicators(
        complaints=complaints, marketing_violations=found["marketing_violations"].total,
        inspection_failures=found["inspection_failures"].total, violations=violations.count(),
        rectified=violations.filter(rectified_on__isnull=False).count())


@dataclass(frozen=True)
class Preview:
    """The evaluation page's figures of a year before (or after) it is evaluated: each indicator with the parts
    behind it and their links, the score they give and the outcome it suggests."""

    year: int
    indicators: scoring.Indicators
    figures: dict[str, Figure]
    score: int
    suggested: str


def preview(partner: Partner, year: int) -> Preview:
    found = figures([partner], Period.year(year))[partner.pk]
    counted = indicators(partner, year, found)
    points = scoring.score(counted)
    return Preview(year, counted, found, points, scoring.suggested_outcome(points))

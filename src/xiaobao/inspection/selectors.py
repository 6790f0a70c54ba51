"""Reads of sales quality inspection, scoped to the acting user where a user reads."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from xiaobao.core.errors import NotFound
from xiaobao.inspection.models import RuleSet, SamplingPlan


def plans() -> QuerySet[SamplingPlan]:
    """Sampling plans are configuration, not records of an institution: every inspection user reads them."""
    return SamplingPlan.objects.all()


def active_plans() -> list[SamplingPlan]:
    return list(SamplingPlan.objects.filter(active=True).order_by("id"))


def plan_get(*, pk: int, for_update: bool = False) -> SamplingPlan:
    qs = SamplingPlan.objects.select_for_update() if for_update else SamplingPlan.objects.all()
    plan = qs.filter(pk=pk).first()
    if plan is None:
        raise NotFound(_("No such sampling plan."))
    return plan


def rule_history(limit: int = 100) -> QuerySet[RuleSet]:
    return RuleSet.objects.select_related("created_by")[:limit]

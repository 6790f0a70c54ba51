"""Sales quality inspection (销售质检): rule versions, sampling plans, the automatic check of every transcript,
the sampled inspections and the inspector's decisions."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from xiaobao.inspection.codes import Condition


class RuleSet(models.Model):
    """质检规则版本: an officer's version of the inspection rules (TOML text). The newest version is in force;
    with none saved the shipped `default_rules.toml` applies. Rows are never edited: a change is a new version."""

    version = models.PositiveIntegerField(_("version"), unique=True)
    content = models.TextField(_("rules (TOML)"))
    note = models.CharField(_("reason for the change"), max_length=200)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("saved at"), default=timezone.now)

    class Meta:
        verbose_name = _("inspection rule set")
        verbose_name_plural = _("inspection rule sets")
        ordering = ["-version"]

    def __str__(self) -> str:
        return f"v{self.version}"


class SamplingPlan(models.Model):
    """抽样计划: which calls are picked for inspection, and why. Reproducible: the seed and the call's id decide."""

    name = models.CharField(_("plan name"), max_length=100, unique=True)
    condition = models.CharField(_("calls drawn from"), max_length=20, choices=Condition.choices)
    threshold = models.PositiveIntegerField(_("N (age or days)"), null=True, blank=True)
    rate_percent = models.DecimalField(_("share picked (%)"), max_digits=5, decimal_places=2)
    seed = models.CharField(_("seed"), max_length=64)
    active = models.BooleanField(_("active"), default=True)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("sampling plan")
        verbose_name_plural = _("sampling plans")
        ordering = ["id"]
        constraints = [
            models.CheckConstraint(condition=Q(condition__in=Condition.values), name="inspection_plan_condition"),
            models.CheckConstraint(condition=Q(rate_percent__gt=0, rate_percent__lte=100),
                                   name="inspection_plan_rate_range"),
            models.CheckConstraint(condition=Q(condition="all") | Q(threshold__isnull=False),
                                   name="inspection_plan_threshold_set"),
        ]

    def __str__(self) -> str:
        return self.name

"""监管报表: business volumes (premium, policies) with their definitions, industry medians, frozen reports and
spike alerts, and the complaint counts pre-aggregated per month and per week (`rollup.py`: kept current on every
write of a case, rebuildable from the cases; the drill-down lists still come from `xiaobao.complaints.statistics`)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from xiaobao.org.models import Institution


class Basis(models.Model):
    """口径: what a premium or policy figure means (the regulator's exact denominators are not certain, so the
    definition is data, stored beside every figure and printed on every ratio)."""

    class Kind(models.TextChoices):
        PREMIUM = "premium", _("Premium")  # 保费
        POLICIES = "policies", _("Policies")  # 保单

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    code = models.SlugField(_("code"), max_length=40, unique=True)
    label = models.CharField(_("definition"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("denominator definition")
        verbose_name_plural = _("denominator definitions")
        ordering = ["kind", "code"]
        constraints = [models.CheckConstraint(condition=Q(kind__in=["premium", "policies"]), name="basis_kind_valid")]

    def __str__(self) -> str:
        return self.label


class BusinessVolume(models.Model):
    """保费与保单件数: one institution's premium income (yuan) and policy count in one quarter, each with its
    definition. The figure covers the institution and everything below it."""

    class Source(models.TextChoices):
        ENTERED = "entered", _("Entered")  # 手工录入
        IMPORTED = "imported", _("Imported from Excel")  # Excel导入

    institution = models.ForeignKey(Institution, verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="+")
    year = models.PositiveSmallIntegerField(_("year"))
    quarter = models.PositiveSmallIntegerField(_("quarter"))
    premium = models.DecimalField(_("premium (yuan)"), max_digits=16, decimal_places=2, null=True, blank=True)
    premium_basis = models.ForeignKey(Basis, verbose_name=_("premium definition"), null=True, blank=True,
                                      on_delete=models.PROTECT, related_name="+")
    policies = models.PositiveBigIntegerField(_("policies"), null=True, blank=True)
    policies_basis = models.ForeignKey(Basis, verbose_name=_("policy definition"), null=True, blank=True,
                                       on_delete=models.PROTECT, related_name="+")
    source = models.CharField(_("source"), max_length=10, choices=Source.choices, default=Source.ENTERED)
    version = models.PositiveIntegerField(default=1)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    entered_at = models.DateTimeField(_("entered at"))

    class Meta:
        verbose_name = _("business volume")
        verbose_name_plural = _("business volumes")
        ordering = ["year", "quarter", "institution__path"]
        constraints = [
            models.UniqueConstraint(fields=["institution", "year", "quarter"], name="volume_unique_quarter"),
            models.CheckConstraint(condition=Q(quarter__in=[1, 2, 3, 4]), name="volume_quarter_valid"),
            models.CheckConstraint(condition=Q(premium__isnull=True) | Q(premium__gt=0), name="volume_premium_positive"),
            models.CheckConstraint(condition=Q(policies__isnull=True) | Q(policies__gt=0),
                                   name="volume_policies_positive"),
            models.CheckConstraint(condition=Q(premium__isnull=True) | Q(premium_basis__isnull=False),
                                   name="volume_premium_has_basis"),
            models.CheckConstraint(condition=Q(policies__isnull=True) | Q(policies_basis__isnull=False),
                                   name="volume_policies_has_basis"),
        ]

    def __str__(self) -> str:
        return f"{self.institution_id} {self.year}Q{self.quarter}"


class IndustryMedian(models.Model):
    """The published P&C industry medians of one quarter (行业中位数), entered for comparison."""

    year = models.PositiveSmallIntegerField(_("year"))
    quarter = models.PositiveSmallIntegerField(_("quarter"))
    per_100m_premium = models.DecimalField(_("complaints per 100 million yuan premium"), max_digits=10,
                                           decimal_places=4, null=True, blank=True)
    per_10k_policies = models.DecimalField(_("complaints per 10,000 policies"), max_digits=10, decimal_places=4,
                                           null=True, blank=True)
    source = models.CharField(_("source"), max_length=200, blank=True)
    entered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    entered_at = models.DateTimeField(_("entered at"))

    class Meta:
        verbose_name = _("industry median")
        verbose_name_plural = _("industry medians")
        constraints = [
            models.UniqueConstraint(fields=["year", "quarter"], name="median_unique_quarter"),
            models.CheckConstraint(condition=Q(quarter__in=[1, 2, 3, 4]), name="median_quarter_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.year}Q{self.quarter}"


class Snapshot(models.Model):
    """A frozen report (报表定稿): the figures of a closed period exactly as sent, with who froze it and when."""

    class Kind(models.TextChoices):
        QUARTERLY = "quarterly", _("Quarterly complaint statistics")  # 季度投诉统计
        MONTHLY = "monthly", _("Monthly management report")  # 月度管理报告

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    institution = models.ForeignKey(Institution, verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="+")
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    data = models.JSONField()
    frozen_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    frozen_at = models.DateTimeField(_("frozen at"))
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("frozen report")
        verbose_name_plural = _("frozen reports")
        ordering = ["-period_start", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "institution", "period_start"], name="snapshot_unique_period"),
            models.CheckConstraint(condition=Q(kind__in=["quarterly", "monthly"]), name="snapshot_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.institution_id} {self.period_start}"

    @property
    def url(self) -> str:
        from django.urls import reverse

        start = self.period_start
        if self.kind == self.Kind.QUARTERLY:
            return (f"{reverse('reports:quarterly')}?institution={self.institution.code}&year={start.year}"
                    f"&quarter={(start.month - 1) // 3 + 1}")
        return f"{reverse('reports:monthly')}?institution={self.institution.code}&year={start.year}&month={start.month}"


class SpikeRule(models.Model):
    """异常波动规则 (data, editable in the admin): an institution's weekly complaints on one cause are a spike when
    P(X ≥ observed) under a Poisson law with the mean of its own previous `baseline_weeks` weeks is below
    `p_threshold`, and at least `min_cases` were received. The baseline mean is at least `min_baseline`."""

    name = models.CharField(_("name"), max_length=60, unique=True)
    baseline_weeks = models.PositiveSmallIntegerField(_("baseline weeks"), default=8)
    p_threshold = models.DecimalField(_("p-value threshold"), max_digits=8, decimal_places=6, default=0.001)
    min_cases = models.PositiveSmallIntegerField(_("minimum cases in the week"), default=5)
    min_baseline = models.DecimalField(_("minimum baseline mean"), max_digits=6, decimal_places=2, default=0.5)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("spike rule")
        verbose_name_plural = _("spike rules")
        constraints = [
            models.CheckConstraint(condition=Q(baseline_weeks__gte=2, baseline_weeks__lte=52),
                                   name="spike_rule_weeks_valid"),
            models.CheckConstraint(condition=Q(p_threshold__gt=0, p_threshold__lt=1), name="spike_rule_p_valid"),
            models.CheckConstraint(condition=Q(min_baseline__gt=0), name="spike_rule_baseline_positive"),
        ]

    def __str__(self) -> str:
        return self.name


class SpikeAlert(models.Model):
    """异常波动提醒: one institution, one cause, one week well above its own baseline, with the cases behind it."""

    institution = models.ForeignKey(Institution, verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="+")
    cause = models.CharField(_("cause"), max_length=20)
    week_start = models.DateField(_("week from"))  # Monday, Beijing date
    observed = models.PositiveIntegerField(_("complaints in the week"))
    expected = models.DecimalField(_("baseline mean"), max_digits=10, decimal_places=2)
    p_value = models.FloatField(_("p-value"))
    rule = models.ForeignKey(SpikeRule, on_delete=models.PROTECT, related_name="alerts")
    case_ids = models.JSONField(default=list)
    detected_at = models.DateTimeField(_("detected at"))
    acknowledged_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                        related_name="+")
    acknowledged_at = models.DateTimeField(_("acknowledged at"), null=True, blank=True)

    class Meta:
        verbose_name = _("spike alert")
        verbose_name_plural = _("spike alerts")
        ordering = ["-week_start", "-observed"]
        constraints = [models.UniqueConstraint(fields=["institution", "cause", "week_start"],
                                               name="spike_alert_unique_week")]
        indexes = [models.Index(fields=["acknowledged_at", "week_start"], name="spike_alert_open_idx")]

    def __str__(self) -> str:
        return f"{self.institution_id} {self.cause} {self.week_start}"


class MonthCount(models.Model):
    """按月汇总: the cases received in one Beijing month at one institution, by business line, cause, second-level
    cause and channel, with every report figure that does not depend on the moment of counting (overdue does: it
    is counted live). Maintained on write by `rollup.py`, rebuilt from the cases by `xiaobao reports_rollup`."""

    month = models.DateField(_("month"))  # its first day
    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="+")
    category = models.CharField(max_length=32)
    cause = models.CharField(max_length=20)
    sub_cause = models.CharField(max_length=32, blank=True)
    channel = models.CharField(max_length=20)
    # Plain integers: a count is changed by +/- deltas in one statement; a negative one would mean drift, which the
    # rebuild repairs (a CHECK would instead fail the case's own write).
    received = models.IntegerField(default=0)
    accepted = models.IntegerField(default=0)
    decided = models.IntegerField(default=0)
    decided_on_time = models.IntegerField(default=0)
    extended = models.IntegerField(default=0)
    reconsidered = models.IntegerField(default=0)
    withdrawn = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("monthly complaint count")
        verbose_name_plural = _("monthly complaint counts")
        constraints = [models.UniqueConstraint(fields=["month", "institution", "category", "cause", "sub_cause",
                                                       "channel"], name="month_count_key")]

    def __str__(self) -> str:
        return f"{self.month} {self.institution_id} {self.category}/{self.cause}/{self.channel}"


class WeekCount(models.Model):
    """按周汇总: the cases received in one Beijing week (from Monday) at one institution, direct or
    regulator-transferred, by business line and cause: the dashboards' trend, top causes and business lines and
    on-time rate, and the spike test. Maintained like `MonthCount`."""

    week = models.DateField(_("week from"))  # Monday
    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="+")
    regulator = models.BooleanField()
    category = models.CharField(max_length=32)
    cause = models.CharField(max_length=20)
    received = models.IntegerField(default=0)
    decided = models.IntegerField(default=0)
    decided_on_time = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("weekly complaint count")
        verbose_name_plural = _("weekly complaint counts")
        constraints = [models.UniqueConstraint(fields=["week", "institution", "regulator", "category", "cause"],
                                               name="week_count_key")]

    def __str__(self) -> str:
        return f"{self.week} {self.institution_id} {self.category}/{self.cause}"

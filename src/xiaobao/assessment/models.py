"""Assessment of institutions (考核评价): versioned indicator templates, runs (考核批次) with one result per
assessed institution, the measured readings, the indicator scores of each stage, and the uploaded evidence.

An approved run is frozen: its readings, scores and totals are stored values, never recomputed."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.assessment.codes import MeasureState, PeriodKind, Status
from xiaobao.core.models import TimelineEvent


class IndicatorSet(models.Model):
    """指标体系版本: an officer's version of a template (TOML). Rows are never edited: a change is a new version;
    the newest version of a code is in force, else the shipped file `indicator_sets/<code>.toml`."""

    code = models.CharField(_("template"), max_length=40)
    version = models.PositiveIntegerField(_("version"))
    content = models.TextField(_("indicator system (TOML)"))
    note = models.CharField(_("reason for the change"), max_length=200)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("saved at"), default=timezone.now)

    class Meta:
        verbose_name = _("indicator system version")
        verbose_name_plural = _("indicator system versions")
        ordering = ["code", "-version"]
        constraints = [models.UniqueConstraint(fields=["code", "version"], name="assessment_set_version_unique")]

    def __str__(self) -> str:
        return f"{self.code} v{self.version}"


class Run(models.Model):
    """考核批次: one assessment of the institutions under `institution` for one period, under one template
    version (its text is kept with the run, so a later template change never alters it)."""

    title = models.CharField(pgettext_lazy("assessment", "title"), max_length=200)
    institution = models.ForeignKey("org.Institution", verbose_name=_("assessing institution"),
                                    on_delete=models.PROTECT, related_name="assessment_runs")
    template_code = models.CharField(_("template"), max_length=40)
    template_version = models.CharField(_("template version"), max_length=20)
    template_name = models.CharField(_("indicator system"), max_length=200)
    template_content = models.TextField(editable=False)
    period_kind = models.CharField(_("period"), max_length=10, choices=PeriodKind.choices)
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end (inclusive)"))
    period_label = models.CharField(_("period"), max_length=40)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.COLLECTING)
    measure_state = models.CharField(_("measures"), max_length=10, choices=MeasureState.choices, blank=True,
                                     default=MeasureState.NONE)
    measures_job = models.ForeignKey("core.Job", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    measured_at = models.DateTimeField(_("measured at"), null=True, blank=True)
    first_reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("first reviewer"), null=True,
                                       blank=True, on_delete=models.PROTECT, related_name="+")
    second_reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("second reviewer"), null=True,
                                        blank=True, on_delete=models.PROTECT, related_name="+")
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=pgettext_lazy("assessment", "approved by"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    version = models.PositiveIntegerField(default=1)
    idempotency_key = models.CharField(max_length=200, null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("assessment run")
        verbose_name_plural = _("assessment runs")
        ordering = ["-period_end", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=Status.values), name="assessment_run_status_valid"),
            models.CheckConstraint(condition=Q(period_end__gte=models.F("period_start")),
                                   name="assessment_run_period_order"),
            models.UniqueConstraint(fields=["created_by", "idempotency_key"], name="assessment_run_idempotency",
                                    condition=Q(idempotency_key__isnull=False)),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def frozen(self) -> bool:
        return self.status == Status.APPROVED


class Result(models.Model):
    """The assessment of one institution in a run: its self-assessment, totals of the current stage, grade,
    rank, and whether it feeds the leadership evaluation (领导班子考核)."""

    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="results")
    institution = models.ForeignKey("org.Institution", verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="assessment_results")
    self_note = models.TextField(_("self-assessment"), blank=True)
    self_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                related_name="+")
    self_at = models.DateTimeField(null=True, blank=True)
    total = models.DecimalField(_("total score"), max_digits=7, decimal_places=2, null=True, blank=True)
    first_total = models.DecimalField(_("first-review total"), max_digits=7, decimal_places=2, null=True, blank=True)
    scored_weight = models.DecimalField(max_digits=7, decimal_places=2, default=0)
    missing = models.PositiveIntegerField(default=0)
    elements = models.JSONField(default=list, blank=True)  # [{code, name, weight, score, scored_weight, missing}]
    grade_code = models.CharField(max_length=20, blank=True)
    grade_name = models.CharField(_("grade"), max_length=40, blank=True)
    rank = models.PositiveIntegerField(_("rank"), null=True, blank=True)
    leadership = models.BooleanField(_("feeds the leadership evaluation"), default=False)
    leadership_note = models.CharField(max_length=300, blank=True)
    leadership_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                      related_name="+")
    leadership_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("assessment result")
        verbose_name_plural = _("assessment results")
        ordering = ["run", "rank", "institution__path"]
        constraints = [models.UniqueConstraint(fields=["run", "institution"], name="assessment_result_unique")]

    def __str__(self) -> str:
        return f"{self.run_id}/{self.institution_id}"


class Reading(models.Model):
    """A measured value of one institution in a run, as the measure's provider computed it (stored, frozen)."""

    result = models.ForeignKey(Result, on_delete=models.CASCADE, related_name="readings")
    measure = models.CharField(max_length=80)
    label = models.CharField(max_length=200)
    unit = models.CharField(max_length=20, blank=True)
    available = models.BooleanField(default=True)  # False: no app provides the measure (暂不可用)
    value = models.DecimalField(max_digits=20, decimal_places=4, null=True, blank=True)
    numerator = models.DecimalField(max_digits=20, decimal_places=4, null=True, blank=True)
    denominator = models.DecimalField(max_digits=20, decimal_places=4, null=True, blank=True)
    evidence_url = models.CharField(max_length=500, blank=True)
    detail = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["measure"]
        constraints = [models.UniqueConstraint(fields=["result", "measure"], name="assessment_reading_unique")]

    def __str__(self) -> str:
        return f"{self.measure}={self.value}"


class Score(models.Model):
    """One indicator of one institution: the computed score and the scores of each stage with their notes."""

    result = models.ForeignKey(Result, on_delete=models.CASCADE, related_name="scores")
    indicator = models.CharField(max_length=60)
    element = models.CharField(max_length=60)
    measure = models.CharField(max_length=80, blank=True)
    computed = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    computed_reason = models.CharField(max_length=20, blank=True)
    self_score = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    first = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    first_note = models.CharField(max_length=500, blank=True)
    second = models.DecimalField(max_digits=7, decimal_places=2, null=True, blank=True)
    second_note = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["result", "indicator"], name="assessment_score_unique")]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.first}/{self.second}"


class Evidence(models.Model):
    """An uploaded supporting file (佐证材料) of an institution's result, optionally for one indicator."""

    result = models.ForeignKey(Result, on_delete=models.CASCADE, related_name="evidence")
    indicator = models.CharField(_("indicator"), max_length=60, blank=True)
    original_name = models.CharField(_("file name"), max_length=200)
    stored_name = models.CharField(max_length=80, unique=True)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = pgettext_lazy("assessment", "evidence")
        verbose_name_plural = pgettext_lazy("assessment", "evidence")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.original_name


class RunEvent(TimelineEvent):
    """The run's timeline (the audit chain holds the same, hash-linked)."""

    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="events")

"""Sales quality inspection (销售质检): rule versions, sampling plans, the automatic check of every transcript,
the sampled inspections and the inspector's decisions."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.core.models import TimelineEvent
from xiaobao.inspection.codes import EVENT_LABELS, CheckState, Conclusion, Condition, FindingKind, FindingState, Status
from xiaobao.privacy.fields import MaskedTextField, PrivateTextField, PrivateTextModel


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


class TranscriptCheck(models.Model):
    """自动检查: the engines' verdict on one transcript item, made once on arrival (idempotent per item). The sale's
    channel, product line, agent and policyholder age are copied at check time: the numbers and the sampling read
    them without joining the registry."""

    item = models.OneToOneField("traceability.EvidenceItem", verbose_name=_("transcript"), on_delete=models.PROTECT,
                                related_name="inspection_check")
    sale = models.ForeignKey("traceability.SaleRecord", verbose_name=_("sale record"), on_delete=models.PROTECT,
                             related_name="inspection_checks")
    institution = models.ForeignKey("org.Institution", verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="+")
    channel = models.CharField(pgettext_lazy("inspection", "channel"), max_length=20)
    product_line = models.CharField(pgettext_lazy("inspection", "product line"), max_length=20)
    agent_number = models.CharField(_("agent staff number"), max_length=40)
    agent_name = models.CharField(pgettext_lazy("inspection", "agent"), max_length=60)
    call_month = models.DateField(_("month of the call"))  # first day of the Beijing month of the sale
    policyholder_age = models.PositiveSmallIntegerField(_("policyholder's age at the sale"), null=True, blank=True)
    state = models.CharField(_("check"), max_length=20, choices=CheckState.choices)
    note = models.CharField(max_length=300, blank=True)
    required = models.JSONField(default=list)
    present = models.JSONField(default=list)
    missing = models.JSONField(default=list)
    violations = models.JSONField(default=list)
    rules_version = models.CharField(_("rules version"), max_length=20)
    engine_version = models.CharField(_("engine version"), max_length=40)
    checked_at = models.DateTimeField(_("checked at"))

    class Meta:
        verbose_name = _("automatic check")
        verbose_name_plural = _("automatic checks")
        ordering = ["-checked_at", "-id"]
        indexes = [models.Index(fields=["institution", "call_month"], name="insp_check_inst_month_idx"),
                   models.Index(fields=["agent_number", "call_month"], name="insp_check_agent_month_idx")]
        constraints = [models.CheckConstraint(condition=Q(state__in=CheckState.values), name="insp_check_state")]

    def __str__(self) -> str:
        return f"{self.sale_id}/{self.item_id}"


class Inspection(PrivateTextModel):
    """质检单: a sampled call, the inspector's decisions, score and conclusion (合格 / 不合格)."""

    auto_check = models.OneToOneField(TranscriptCheck, on_delete=models.PROTECT, related_name="inspection")
    institution = models.ForeignKey("org.Institution", verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="+")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.SAMPLED)
    inspector = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("inspector"), null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="+")
    score = models.PositiveSmallIntegerField(pgettext_lazy("inspection", "score"), null=True, blank=True)
    conclusion = models.CharField(_("conclusion"), max_length=10, choices=Conclusion.choices, blank=True)
    conclusion_note = PrivateTextField(_("conclusion note"), blank=True)
    conclusion_note_masked = MaskedTextField(source="conclusion_note")
    rectification_task_id = models.PositiveBigIntegerField(null=True, blank=True)
    accountability_record_id = models.PositiveBigIntegerField(null=True, blank=True)
    sampled_at = models.DateTimeField(_("sampled at"))
    concluded_at = models.DateTimeField(_("concluded at"), null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("inspection")
        verbose_name_plural = _("inspections")
        ordering = ["-sampled_at", "-id"]
        indexes = [models.Index(fields=["status", "sampled_at"], name="insp_status_sampled_idx"),
                   models.Index(fields=["institution", "concluded_at"], name="insp_inst_concluded_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=Status.values), name="insp_status_valid"),
            models.CheckConstraint(condition=Q(score__isnull=True) | Q(score__lte=100), name="insp_score_range"),
        ]

    def __str__(self) -> str:
        return f"ZJ{self.pk:08d}" if self.pk else "ZJ"

    @property
    def number(self) -> str:
        return str(self)


class AutoFinding(PrivateTextModel):
    """An automatic finding on a transcript (a step present or missing, a marketing violation in an agent's
    turn), with the quoted turn (encrypted; shown masked), and the inspector's decision on it."""

    auto_check = models.ForeignKey(TranscriptCheck, on_delete=models.CASCADE, related_name="findings")
    kind = models.CharField(pgettext_lazy("inspection", "finding"), max_length=20, choices=FindingKind.choices)
    code = models.CharField(_("code"), max_length=40)
    turn = models.PositiveIntegerField(_("turn"), null=True, blank=True)
    quote = PrivateTextField(_("quoted turn"), blank=True)
    quote_masked = MaskedTextField(source="quote")
    passage_masked = models.CharField(_("passage"), max_length=500, blank=True)
    explanation = models.CharField(_("explanation"), max_length=500, blank=True)
    basis = models.CharField(_("legal basis"), max_length=300, blank=True)
    state = models.CharField(_("decision"), max_length=20, choices=FindingState.choices, default=FindingState.OPEN)
    decision_reason = PrivateTextField(_("reason"), blank=True)
    decision_reason_masked = MaskedTextField(source="decision_reason")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("automatic finding")
        verbose_name_plural = _("automatic findings")
        ordering = ["auto_check_id", "turn", "id"]
        constraints = [models.CheckConstraint(condition=Q(kind__in=FindingKind.values), name="insp_finding_kind"),
                       models.CheckConstraint(condition=Q(state__in=FindingState.values), name="insp_finding_state")]

    def __str__(self) -> str:
        return f"{self.kind}:{self.code}"

    @property
    def label(self) -> str:
        """The step's or the violation's Chinese name."""
        from xiaobao.inspection import labels

        return labels.violation_label(self.code) if self.kind == FindingKind.VIOLATION else labels.step_label(
            self.code)


class SampleReason(models.Model):
    """Why a call was picked (抽中原因): the plan, its settings at the time, and the call's place in the draw."""

    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="reasons")
    plan = models.ForeignKey(SamplingPlan, on_delete=models.PROTECT, related_name="+")
    plan_name = models.CharField(max_length=100)
    condition = models.CharField(max_length=20, choices=Condition.choices)
    threshold = models.PositiveIntegerField(null=True, blank=True)
    rate_percent = models.DecimalField(max_digits=5, decimal_places=2)
    seed = models.CharField(max_length=64)
    group_size = models.PositiveIntegerField()  # calls of the agent in the month matching the condition
    quota = models.PositiveIntegerField()  # how many of them the plan picks
    position = models.PositiveIntegerField()  # this call's place in the draw (1 = lowest hash)
    detail = models.JSONField(default=dict, blank=True)  # the fact that matched, e.g. {"age": 67}
    picked_at = models.DateTimeField()

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["inspection", "plan"], name="insp_reason_once_per_plan")]

    def __str__(self) -> str:
        return self.plan_name


class InspectionEvent(TimelineEvent):
    """The inspection's timeline: who did what, when (the audit chain holds the same, hash-linked)."""

    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="events")

    @property
    def label(self) -> str:
        return str(EVENT_LABELS.get(self.action, self.action))

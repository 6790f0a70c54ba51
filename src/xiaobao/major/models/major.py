"""Major-complaint grading and emergency response (重大消费投诉应急预案): rule versions, the grading of a case,
its response clocks, and in-app notices."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.complaints.models import Complaint, case_hints
from xiaobao.org.models import Institution
from xiaobao.privacy.fields import MaskedTextField, PrivateTextField, PrivateTextModel


class Level(models.TextChoices):
    """Grading levels, lowest first (the order is the rank)."""

    GENERAL = "general", _("General")  # 一般
    SERIOUS = "serious", _("Serious")  # 较大
    MAJOR = "major", _("Major")  # 重大
    CRITICAL = "critical", _("Critical")  # 特别重大


LEVEL_RANK: dict[str, int] = {code: rank for rank, code in enumerate(Level.values)}
# Levels that make a case a "major complaint" on the board (一般 does not).
MAJOR_LEVELS: tuple[str, ...] = (Level.SERIOUS, Level.MAJOR, Level.CRITICAL)


class GradingRuleSet(models.Model):
    """分级规则版本: an officer's version of the grading rules (TOML text). The newest version is in force;
    with none saved the shipped `grading_rules.toml` applies. Rows are never edited: a change is a new version."""

    version = models.PositiveIntegerField(_("version"), unique=True)
    content = models.TextField(_("rules (TOML)"))
    note = models.CharField(_("reason for the change"), max_length=200)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("saved at"), default=timezone.now)

    class Meta:
        verbose_name = _("grading rule set")
        verbose_name_plural = _("grading rule sets")
        ordering = ["-version"]

    def __str__(self) -> str:
        return f"v{self.version}"


class MajorCase(PrivateTextModel):
    """分级: the grading of one complaint — handler-recorded signals, the platform's suggestion, the level the
    officer confirmed (or overrode, with a reason), and the rules version it was decided under."""

    complaint = models.OneToOneField(Complaint, on_delete=models.CASCADE, related_name="major")
    media_exposure = models.BooleanField(_("media or online exposure"), default=False)  # 媒体/网络曝光
    extreme_threat = models.BooleanField(_("threat of extreme behaviour or self-harm"), default=False)  # 极端行为
    signals_note = PrivateTextField(_("signals note"), blank=True)
    signals_note_masked = MaskedTextField(source="signals_note")
    suggested_level = models.CharField(_("suggested level"), max_length=10, choices=Level.choices, blank=True)
    suggested_reasons = models.JSONField(default=list, blank=True)
    suggested_at = models.DateTimeField(null=True, blank=True)
    level = models.CharField(pgettext_lazy("grading", "level"), max_length=10, choices=Level.choices, blank=True)
    override_reason = PrivateTextField(_("override reason"), blank=True)
    override_reason_masked = MaskedTextField(source="override_reason")
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+")
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    rules_version = models.CharField(_("rules version"), max_length=40, blank=True)
    must_record = models.JSONField(default=list, blank=True)  # what the report upward must contain

    class Meta:
        verbose_name = _("complaint grading")
        verbose_name_plural = _("complaint gradings")
        indexes = [models.Index(fields=["level"], name="majorcase_level_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(level__in=[*Level.values, ""]), name="majorcase_level_valid"),
            models.CheckConstraint(condition=Q(suggested_level__in=[*Level.values, ""]),
                                   name="majorcase_suggested_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.complaint_id} {self.level or '-'}"

    def pii_hints(self) -> list[str]:
        return case_hints(self)

    @property
    def is_major(self) -> bool:
        return self.level in MAJOR_LEVELS


class ResponseClock(models.Model):
    """响应时限: one clock a confirmed level starts (first response, report upward), met, missed or escalated."""

    class Kind(models.TextChoices):
        FIRST_RESPONSE = "first_response", _("First response")  # 首次响应
        REPORT = "report", _("Report upward")  # 向上报告

    major = models.ForeignKey(MajorCase, on_delete=models.CASCADE, related_name="clocks")
    kind = models.CharField(_("clock"), max_length=20, choices=Kind.choices)
    level = models.CharField(pgettext_lazy("grading", "level"), max_length=10, choices=Level.choices)
    started_at = models.DateTimeField(_("started at"))
    due_at = models.DateTimeField(_("due at"))
    met_at = models.DateTimeField(_("met at"), null=True, blank=True)
    met_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                               related_name="+")
    met_note = models.JSONField(default=dict, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)  # superseded by a re-grading
    escalations = models.PositiveSmallIntegerField(_("escalations"), default=0)
    escalated_at = models.DateTimeField(_("escalated at"), null=True, blank=True)
    escalated_to = models.ForeignKey(Institution, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+")

    class Meta:
        ordering = ["due_at", "id"]
        indexes = [models.Index(fields=["due_at"], condition=Q(met_at__isnull=True, cancelled_at__isnull=True),
                                name="responseclock_open_due_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=["first_response", "report"]), name="responseclock_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.major_id} {self.kind} {self.due_at:%Y-%m-%d %H:%M}"

    @property
    def is_open(self) -> bool:
        return self.met_at is None and self.cancelled_at is None

    def is_missed(self, now: object | None = None) -> bool:
        moment = now or timezone.now()
        return (self.met_at or moment) > self.due_at and self.cancelled_at is None  # type: ignore[operator]


class Notice(models.Model):
    """站内通知: an in-app notice to one user (also e-mailed after commit when the user has an address)."""

    class Kind(models.TextChoices):
        GRADING = "grading", pgettext_lazy("major", "Grading")  # 分级
        ESCALATION = "escalation", _("Escalation")  # 升级
        RECTIFICATION = "rectification", _("Rectification")  # 整改
        ACCOUNTABILITY = "accountability", _("Accountability")  # 问责

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="major_notices")
    complaint = models.ForeignKey(Complaint, null=True, blank=True, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(_("time"), default=timezone.now)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "read_at"], name="notice_recipient_idx")]
        constraints = [models.CheckConstraint(condition=Q(kind__in=["grading", "escalation", "rectification",
                                                                    "accountability"]), name="notice_kind_valid")]

    def __str__(self) -> str:
        return self.title

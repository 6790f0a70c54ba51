"""Root cause (溯源), rectification tasks (整改) and accountability (问责) with its assessment link (考核)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.complaints.models import Attachment, Complaint, case_hints
from xiaobao.org.models import Institution
from xiaobao.privacy.fields import MaskedTextField, PrivateTextField, PrivateTextModel


class RootCause(PrivateTextModel):
    """溯源: the cause the handler proposes (category and sub-cause codes from the rules data) and the
    reviewer confirms at closure."""

    complaint = models.OneToOneField(Complaint, on_delete=models.CASCADE, related_name="root_cause")
    category = models.CharField(_("root cause"), max_length=40)
    sub_cause = models.CharField(_("sub-cause"), max_length=60, blank=True)
    analysis = PrivateTextField(_("analysis"))
    analysis_masked = MaskedTextField(source="analysis")
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    proposed_at = models.DateTimeField(default=timezone.now)
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+")
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("root cause")
        verbose_name_plural = _("root causes")
        indexes = [models.Index(fields=["category"], name="rootcause_category_idx")]

    def __str__(self) -> str:
        return f"{self.complaint_id} {self.category}/{self.sub_cause}"

    def pii_hints(self) -> list[str]:
        return case_hints(self)


class RectificationTask(PrivateTextModel):
    """整改任务: what must change about a subject, owner, due date, evidence, verification by the officer.

    The subject is generic — a complaint today; a review request, a sale inspection or a partner violation from
    other modules — held as content type + id, with the label and page URL stored when the task was opened (the
    list shows them without loading the subject). Open tasks through `xiaobao.major.rectification.open_task`.
    Its status moves only through `xiaobao.major.transitions`.
    """

    class Status(models.TextChoices):
        OPEN = "open", _("Being rectified")  # 整改中
        SUBMITTED = "submitted", _("Evidence submitted")  # 待验证
        VERIFIED = "verified", _("Verified")  # 已验证

    subject_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    subject_id = models.PositiveBigIntegerField()
    subject = GenericForeignKey("subject_type", "subject_id")
    subject_label = models.CharField(_("subject"), max_length=200)  # e.g. the case number
    subject_url = models.CharField(max_length=300, blank=True)
    source = models.CharField(_("source"), max_length=40)  # the module that opened it: major, reviews, …
    title = PrivateTextField(_("task"))  # at most 200 characters (the service cuts it)
    title_masked = MaskedTextField(source="title")
    description = PrivateTextField(_("description"), blank=True)
    description_masked = MaskedTextField(source="description")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("owner"), on_delete=models.PROTECT,
                              related_name="rectification_tasks")
    institution = models.ForeignKey(Institution, verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="+")
    due_on = models.DateField(_("due date"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    evidence = models.ForeignKey(Attachment, verbose_name=pgettext_lazy("major", "evidence"), null=True, blank=True,
                                 on_delete=models.SET_NULL, related_name="+")
    evidence_note = PrivateTextField(_("evidence note"), blank=True)
    evidence_note_masked = MaskedTextField(source="evidence_note")
    submitted_at = models.DateTimeField(null=True, blank=True)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+")
    verified_at = models.DateTimeField(null=True, blank=True)
    verification_note = PrivateTextField(blank=True)
    verification_note_masked = MaskedTextField(source="verification_note")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("rectification task")
        verbose_name_plural = _("rectification tasks")
        ordering = ["due_on", "id"]
        indexes = [models.Index(fields=["status", "due_on"], name="rectification_status_due_idx"),
                   models.Index(fields=["subject_type", "subject_id"], name="rectification_subject_idx")]
        constraints = [models.CheckConstraint(condition=Q(status__in=["open", "submitted", "verified"]),
                                              name="rectification_status_valid")]

    def __str__(self) -> str:
        return self.title_masked

    def pii_hints(self) -> list[str]:
        """The subject's own hints (a complaint: the complainant's name), when it declares them."""
        hints = getattr(self.subject, "pii_hints", None) if self.subject_id else None
        return list(hints()) if hints else []


class Measure(models.TextChoices):
    """问责措施."""

    EDUCATION = "education", _("Criticism and education")  # 批评教育
    CIRCULAR = "circular", _("Circulated criticism")  # 通报批评
    FINE = "fine", _("Financial penalty")  # 经济处罚
    REASSIGNMENT = "reassignment", _("Reassignment")  # 调岗
    WARNING = "warning", _("Disciplinary warning")  # 警告/记过
    OTHER = "other", _("Other")  # 其他


class AccountabilityRecord(PrivateTextModel):
    """问责: who is responsible (a person and/or an institution), the finding, the measure, the approval."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Awaiting approval")  # 待审批
        APPROVED = "approved", _("Approved")  # 已批准
        REJECTED = "rejected", _("Rejected")  # 未批准

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="accountability")
    responsible_user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("responsible person"), null=True,
                                         blank=True, on_delete=models.PROTECT, related_name="+")
    responsible_institution = models.ForeignKey(Institution, verbose_name=_("responsible institution"), null=True,
                                                blank=True, on_delete=models.PROTECT, related_name="+")
    finding = PrivateTextField(pgettext_lazy("major", "finding"))
    finding_masked = MaskedTextField(source="finding")
    measure = models.CharField(_("measure"), max_length=14, choices=Measure.choices)
    amount = models.DecimalField(_("penalty amount"), max_digits=12, decimal_places=2, null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PROPOSED)
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    proposed_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = PrivateTextField(blank=True)
    decision_note_masked = MaskedTextField(source="decision_note")

    class Meta:
        verbose_name = _("accountability record")
        verbose_name_plural = _("accountability records")
        ordering = ["proposed_at", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(responsible_user__isnull=False) | Q(responsible_institution__isnull=False),
                                   name="accountability_someone_responsible"),
            models.CheckConstraint(condition=Q(measure__in=Measure.values), name="accountability_measure_valid"),
            models.CheckConstraint(condition=Q(status__in=["proposed", "approved", "rejected"]),
                                   name="accountability_status_valid"),
            models.CheckConstraint(condition=Q(amount__isnull=True) | Q(amount__gte=0),
                                   name="accountability_amount_gte0"),
        ]

    def __str__(self) -> str:
        return f"{self.complaint_id} {self.measure}"

    def pii_hints(self) -> list[str]:
        return case_hints(self)


class AssessmentRecord(models.Model):
    """考核记录: one row per approved accountability measure, for the responsible institution (always) and person
    (when named), in the assessment period (e.g. 2025Q4), written when a head or the officer approves.

    Seam for the coming assessment app (考核评价): it reads accountability through the registry measure
    `major.accountability_count` (`xiaobao.major.measures`), never by importing this model; when it needs these
    rows themselves it takes the model over with a state-only move (as `major` did from `complaints`), keeping the
    table. Nothing in `major` imports the assessment app."""

    accountability = models.ForeignKey(AccountabilityRecord, on_delete=models.PROTECT, related_name="assessments")
    complaint = models.ForeignKey(Complaint, on_delete=models.PROTECT, related_name="+")
    institution = models.ForeignKey(Institution, on_delete=models.PROTECT, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                             related_name="+")
    period = models.CharField(_("assessment period"), max_length=7)  # 2025Q4
    measure = models.CharField(_("measure"), max_length=14, choices=Measure.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("assessment record")
        verbose_name_plural = _("assessment records")
        indexes = [models.Index(fields=["institution", "period"], name="assessment_inst_period_idx")]

    def __str__(self) -> str:
        return f"{self.period} {self.institution_id} {self.measure}"

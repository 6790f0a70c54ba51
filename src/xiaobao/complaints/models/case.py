"""The complaint case (投诉案件), its timeline, contact log, attachments, and intake bookkeeping."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from xiaobao.complaints.codes import (
    Category,
    Cause,
    Channel,
    ContactWay,
    ProductLine,
    Result,
    Satisfaction,
    Status,
    SubCause,
    sub_causes_of,
)
from xiaobao.org.models import Department, Institution
from xiaobao.privacy.fields import EncryptedTextField, MaskedTextField, PrivateTextField, PrivateTextModel


def _sub_cause_matches() -> Q:
    """A second-level cause belongs to the case's first-level cause (or there is none): the database check."""
    q = Q(sub_cause="")
    for cause in Cause.values:
        if subs := sub_causes_of(cause):
            q |= Q(cause=cause, sub_cause__in=[code for code, _label in subs])
    return q


SUB_CAUSE_MATCHES = _sub_cause_matches()

OPEN = [s.value for s in (Status.REGISTERED, Status.IN_PROGRESS, Status.UNDER_REVIEW, Status.APPROVED)]


class Complaint(PrivateTextModel):
    # Blind indexes, as `xiaobao.privacy` reads them (core.registry, personal-data holders): recomputed from their
    # encrypted source on key rotation.
    BLIND_INDEXES: ClassVar[dict[str, tuple[str, str]]] = {
        "phone_index": ("complainant_phone", "phone"), "id_number_index": ("complainant_id_number", "id"),
    }

    number = models.CharField(_("number"), max_length=32, unique=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.REGISTERED)
    version = models.PositiveIntegerField(_("version"), default=1)  # optimistic concurrency

    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    received_at = models.DateTimeField(_("received at"))
    regulator_reference = models.CharField(_("regulator reference"), max_length=64, blank=True)
    regulator_due_at = models.DateTimeField(_("regulator deadline"), null=True, blank=True)

    # Complainant: personal fields encrypted at rest; exact search through blind indexes.
    complainant_name = EncryptedTextField(_("complainant"))
    complainant_phone = EncryptedTextField(_("phone"), blank=True)
    complainant_id_number = EncryptedTextField(_("ID number"), blank=True)
    complainant_address = EncryptedTextField(_("address"), blank=True)
    phone_index = models.CharField(max_length=64, blank=True, db_index=True)
    id_number_index = models.CharField(max_length=64, blank=True, db_index=True)
    complainant_count = models.PositiveIntegerField(_("number of complainants"), default=1)
    is_elderly = models.BooleanField(_("elderly (60+)"), default=False)
    needs_minority_language = models.BooleanField(_("minority-language service"), default=False)

    policy_number = models.CharField(_("policy number"), max_length=40, blank=True, db_index=True)
    claim_number = models.CharField(_("claim number"), max_length=40, blank=True, db_index=True)
    report_number = models.CharField(_("report number"), max_length=40, blank=True, db_index=True)
    product_line = models.CharField(_("product line"), max_length=20, choices=ProductLine.choices)
    category = models.CharField(_("business category"), max_length=32, choices=Category.choices)
    cause = models.CharField(_("cause"), max_length=20, choices=Cause.choices)
    # 二级事由: optional, one of the first level's own (codes.SubCause); "" = not subdivided (未细分).
    sub_cause = models.CharField(_("second-level cause"), max_length=32, choices=SubCause.choices, blank=True,
                                 default="")
    # Free text may hold personal data: encrypted, with the pii engine's masked copy for display and search.
    summary = PrivateTextField(_("summary"))
    summary_masked = MaskedTextField(source="summary")
    requested_outcome = PrivateTextField(_("requested outcome"), blank=True)
    requested_outcome_masked = MaskedTextField(source="requested_outcome")
    disputed_amount = models.DecimalField(_("disputed amount"), max_digits=14, decimal_places=2, null=True, blank=True)
    # 涉及合作机构: the partner the complaint names (the partners app counts and warns from it; string reference,
    # complaints imports nothing of partners).
    partner = models.ForeignKey("partners.Partner", verbose_name=_("partner involved"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="complaints")

    institution = models.ForeignKey(Institution, verbose_name=_("handling institution"), on_delete=models.PROTECT,
                                    related_name="complaints")
    department = models.ForeignKey(Department, verbose_name=_("department"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="complaints")
    handler = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("handler"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="complaints_handled")
    # The unit the case was last transferred from (转办来源), which may send it back; None once returned.
    transferred_from = models.ForeignKey(Institution, verbose_name=_("transferred from"), null=True, blank=True,
                                         on_delete=models.PROTECT, related_name="+")
    transferred_from_department = models.CharField(max_length=32, blank=True)

    # Deadlines (all aware datetimes, stored UTC): the statutory decision deadline drives the SLA.
    acceptance_due_at = models.DateTimeField(_("acceptance due"), null=True, blank=True)
    due_at = models.DateTimeField(_("decision due"))
    period_days = models.PositiveSmallIntegerField(_("period (days)"), default=15)
    excluded_days = models.PositiveSmallIntegerField(_("days excluded (appraisal)"), default=0)
    rule_version = models.CharField(_("rule version"), max_length=40, blank=True)
    deadline_warning = models.CharField(_("deadline warning"), max_length=200, blank=True)
    reconsideration_of_decision_at = models.DateTimeField(null=True, blank=True)  # when 核查 was requested

    decision = PrivateTextField(_("decision"), blank=True)
    decision_masked = MaskedTextField(source="decision")
    result = models.CharField(_("result"), max_length=10, choices=Result.choices, blank=True)
    compensation = models.DecimalField(_("compensation"), max_digits=14, decimal_places=2, null=True, blank=True)
    satisfaction = models.CharField(_("satisfaction"), max_length=12, choices=Satisfaction.choices, blank=True)
    feedback = PrivateTextField(_("complainant feedback"), blank=True)
    feedback_masked = MaskedTextField(source="feedback")
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    merged_into = models.ForeignKey("self", verbose_name=_("merged into"), null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="merged_cases")

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        ordering = ["due_at"]
        indexes = [
            # The overdue list and work queues: open cases by deadline, optionally per institution.
            models.Index(fields=["due_at"], condition=Q(status__in=OPEN), name="complaint_open_due_idx"),
            models.Index(fields=["institution", "status", "due_at"], name="complaint_inst_status_due_idx"),
            models.Index(fields=["handler", "status", "due_at"], name="complaint_handler_due_idx"),
            models.Index(fields=["received_at"], name="complaint_received_idx"),
            # The statistics (complaints/statistics.py): every column a report figure reads, so a period's figures
            # are counted from this index alone, without visiting the wide, encrypted rows.
            models.Index(fields=["received_at", "institution", "channel", "category", "cause", "sub_cause", "status",
                                 "decided_at", "due_at", "period_days", "reconsideration_of_decision_at"],
                         name="complaint_statistics_idx"),
            models.Index(fields=["status", "-received_at"], name="complaint_status_received_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=Status.values), name="complaint_status_valid"),
            models.CheckConstraint(condition=Q(channel__in=Channel.values), name="complaint_channel_valid"),
            models.CheckConstraint(condition=SUB_CAUSE_MATCHES, name="complaint_sub_cause_matches_cause"),
            models.CheckConstraint(condition=Q(disputed_amount__isnull=True) | Q(disputed_amount__gte=0),
                                   name="complaint_amount_non_negative"),
            models.CheckConstraint(condition=Q(compensation__isnull=True) | Q(compensation__gte=0),
                                   name="complaint_compensation_non_negative"),
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def personal_data_caretaker_id(self) -> int | None:
        """The handler of the case may unmask its complainant's data (privacy.policy)."""
        return self.handler_id

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    def pii_hints(self) -> list[str]:
        return complainant_hints(self)


def complainant_hints(complaint: Complaint) -> list[str]:
    """The complainant's name, when loaded: masked wherever it occurs in the case's free text."""
    name = complaint.__dict__.get("complainant_name")
    return [name] if name else []


def case_hints(row: models.Model) -> list[str]:
    """The complainant's name for a row of the case (`row.complaint`), to mask in its free text."""
    complaint = row._state.fields_cache.get("complaint")
    if complaint is None and getattr(row, "complaint_id", None) is not None:
        complaint = Complaint.objects.only("complainant_name").filter(pk=row.complaint_id).first()
    return complainant_hints(complaint) if complaint is not None else []


class ComplaintEvent(PrivateTextModel):
    """One step of the case timeline (时间线): every transition, note and upload, never edited."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("action"), max_length=32)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(_("time"))
    reason = PrivateTextField(_("reason"), blank=True)
    reason_masked = MaskedTextField(source="reason")
    data = models.JSONField(default=dict, blank=True)  # codes, numbers, references: never free text

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["complaint", "at"], name="complaint_event_idx")]

    def __str__(self) -> str:
        return f"{self.complaint_id} {self.action}"

    @property
    def from_status_label(self) -> str:
        return str(Status(self.from_status).label) if self.from_status in Status.values else ""

    @property
    def to_status_label(self) -> str:
        return str(Status(self.to_status).label) if self.to_status in Status.values else ""

    @property
    def action_label(self) -> str:
        from xiaobao.complaints.transitions import EVENT_LABELS, TRANSITIONS

        spec = TRANSITIONS.get(self.action)
        return str(spec.label if spec else EVENT_LABELS.get(self.action, self.action))

    def pii_hints(self) -> list[str]:
        return case_hints(self)


class ContactRecord(PrivateTextModel):
    """联系记录: a contact with the complainant — time, way, content, outcome."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="contacts")
    at = models.DateTimeField(_("time"))
    way = models.CharField(_("way"), max_length=10, choices=ContactWay.choices)
    content = PrivateTextField(_("content"))
    content_masked = MaskedTextField(source="content")
    outcome = PrivateTextField(_("outcome"), blank=True)
    outcome_masked = MaskedTextField(source="outcome")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.complaint_id} {self.way} {self.at:%Y-%m-%d}"

    def pii_hints(self) -> list[str]:
        return case_hints(self)


class Attachment(models.Model):
    """资料: an uploaded file, stored outside the web root under a random name, served through a check."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="attachments")
    original_name = models.CharField(_("file name"), max_length=200)
    stored_name = models.CharField(max_length=100, unique=True)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size"))
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "id"]

    def __str__(self) -> str:
        return self.original_name


class IntakeKey(models.Model):
    """An `Idempotency-Key` seen at intake: a retried POST returns the first case, never a second one."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=200)
    request_hash = models.CharField(max_length=64)
    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="intake_key_unique")]

    def __str__(self) -> str:
        return self.key


class NumberSequence(models.Model):
    """Per-year counter for readable case numbers (TS2026000123), locked when incremented."""

    year = models.PositiveSmallIntegerField(unique=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.year}: {self.last}"


class CalendarDay(models.Model):
    """Admin-maintained holiday table (节假日调休) for years chinese-calendar does not cover yet."""

    day = models.DateField(_("date"), unique=True)
    is_working_day = models.BooleanField(_("working day"))
    note = models.CharField(_("note"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("calendar day")
        verbose_name_plural = _("calendar days")
        ordering = ["day"]

    def __str__(self) -> str:
        return f"{self.day} {'班' if self.is_working_day else '休'}"


class CalendarYear(models.Model):
    """A year the admin table covers completely (every holiday and make-up day of it is entered)."""

    year = models.PositiveSmallIntegerField(_("year"), unique=True)

    class Meta:
        verbose_name = _("calendar year")
        verbose_name_plural = _("calendar years")

    def __str__(self) -> str:
        return str(self.year)

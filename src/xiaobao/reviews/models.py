"""Consumer-protection review (消保审查): requests, their documents and versions, engine findings, review
opinions and answers, release registration (发布登记) and marketing monitoring (营销宣传监测)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.core.models import TimelineEvent
from xiaobao.privacy.fields import MaskedTextField, PrivateTextField, PrivateTextModel
from xiaobao.reviews.codes import (
    Answer,
    CheckAs,
    CheckState,
    Conclusion,
    Engine,
    FindingState,
    Kind,
    LegalBasis,
    MaterialForm,
    MonitoringSource,
    MonitoringStatus,
    ReleaseChannel,
    Severity,
    Status,
)


class ReviewRequest(models.Model):
    """审查申请: what a business department submits before a product, contract, service or material is used."""

    number = models.CharField(pgettext_lazy("reviews", "number"), max_length=20, unique=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    material_form = models.CharField(_("material form"), max_length=20, choices=MaterialForm.choices, blank=True)
    title = models.CharField(_("title"), max_length=200)
    product_line = models.CharField(_("product line"), max_length=100, blank=True)
    planned_release_on = models.DateField(_("planned release date"), null=True, blank=True)
    institution = models.ForeignKey("org.Institution", verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="review_requests")
    department = models.CharField(_("requesting department"), max_length=100, blank=True)
    # The partner whose material or service it is (a bank selling bancassurance, an agency …): its name or unified
    # social credit code as the requester gives it; the partners app warns while the form names a blacklisted one.
    partner_name = models.CharField(_("partner agency"), max_length=200, blank=True)
    requester = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("requester"), on_delete=models.PROTECT,
                                  related_name="review_requests")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("reviewer"), null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="reviews_taken")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.UNDER_REVIEW)
    submitted_at = models.DateTimeField(_("submitted at"))
    due_on = models.DateField(_("review due (inclusive)"))
    conclusion = models.CharField(_("conclusion"), max_length=20, choices=Conclusion.choices, blank=True)
    conclusion_note = models.TextField(_("conclusion note"), blank=True)
    concluded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+")
    concluded_at = models.DateTimeField(_("concluded at"), null=True, blank=True)
    countersigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                         related_name="+")
    countersigned_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    idempotency_key = models.CharField(max_length=200, null=True, blank=True)  # per requester (API retries)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("review request")
        verbose_name_plural = _("review requests")
        ordering = ["-submitted_at", "-id"]
        indexes = [models.Index(fields=["status", "due_on"], name="review_status_due_idx"),
                   models.Index(fields=["institution", "submitted_at"], name="review_inst_submitted_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=Status.values), name="review_status_valid"),
            models.CheckConstraint(condition=Q(kind__in=Kind.values), name="review_kind_valid"),
            models.UniqueConstraint(fields=["requester", "idempotency_key"],
                                    name="review_idempotency_key_unique",
                                    condition=Q(idempotency_key__isnull=False)),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def passed(self) -> bool:
        return self.status == Status.CONCLUDED and self.conclusion in (Conclusion.PASS, Conclusion.PASS_WITH_CHANGES)


class ReviewDocument(PrivateTextModel):
    """One version of one document of a request. A resubmitted document is a new row with the same `lineage`
    and the next `revision`; older versions are kept (never overwritten)."""

    request = models.ForeignKey(ReviewRequest, on_delete=models.CASCADE, related_name="documents")
    lineage = models.PositiveIntegerField(_("document"))  # 1, 2, ... within the request
    revision = models.PositiveIntegerField(_("version"), default=1)
    check_as = models.CharField(_("checked as"), max_length=20, choices=CheckAs.choices)
    original_name = models.CharField(_("file name"), max_length=200)
    stored_name = models.CharField(max_length=80, unique=True)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    text = PrivateTextField(_("extracted text"), blank=True)
    text_masked = MaskedTextField(source="text")
    check_state = models.CharField(_("check"), max_length=20, choices=CheckState.choices, default=CheckState.PENDING)
    check_note = models.CharField(max_length=300, blank=True)
    engine_versions = models.JSONField(default=dict, blank=True)
    checked_at = models.DateTimeField(null=True, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("review document")
        verbose_name_plural = _("review documents")
        ordering = ["lineage", "revision"]
        constraints = [models.UniqueConstraint(fields=["request", "lineage", "revision"],
                                               name="review_document_revision_unique")]

    def __str__(self) -> str:
        return f"{self.original_name} v{self.revision}"

    @property
    def engine_version_labels(self) -> list[tuple[str, str]]:
        """(the engine's Chinese name, its version) of the checks that ran."""
        return [(str(Engine(code).label) if code in Engine.values else code, version)
                for code, version in (self.engine_versions or {}).items()]


class Finding(models.Model):
    """An automatic finding of an engine on a document, with the passage in context (masked)."""

    document = models.ForeignKey(ReviewDocument, on_delete=models.CASCADE, related_name="findings")
    engine = models.CharField(_("engine"), max_length=20, choices=Engine.choices)
    engine_version = models.CharField(_("engine version"), max_length=100, blank=True)
    code = models.CharField(_("code"), max_length=40)
    label = models.CharField(_("finding"), max_length=200)
    before = models.CharField(max_length=200, blank=True)  # masked context before the passage
    quote = models.CharField(_("passage"), max_length=500, blank=True)  # masked
    after = models.CharField(max_length=200, blank=True)
    explanation = models.TextField(_("explanation"), blank=True)
    legal_basis = models.CharField(_("legal basis"), max_length=300, blank=True)
    state = models.CharField(pgettext_lazy("reviews", "decision"), max_length=20, choices=FindingState.choices, default=FindingState.OPEN)
    decision_reason = models.CharField(_("reason"), max_length=500, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("automatic finding")
        verbose_name_plural = _("automatic findings")
        ordering = ["document_id", "id"]

    def __str__(self) -> str:
        return f"{self.label}: {self.quote[:30]}"

    @property
    def signature(self) -> tuple[str, str, str]:
        """What makes two findings on two versions "the same" for the version comparison."""
        return (self.engine, self.code, self.quote)


class Opinion(PrivateTextModel):
    """审查意见, and the requester's answer to it (采纳 / 部分采纳 / 不采纳)."""

    request = models.ForeignKey(ReviewRequest, on_delete=models.CASCADE, related_name="opinions")
    document = models.ForeignKey(ReviewDocument, on_delete=models.PROTECT, related_name="opinions")
    finding = models.ForeignKey(Finding, null=True, blank=True, on_delete=models.SET_NULL, related_name="opinions")
    quote = models.CharField(_("quoted passage"), max_length=500, blank=True)
    severity = models.CharField(_("severity"), max_length=20, choices=Severity.choices)
    legal_basis = models.CharField(_("legal basis"), max_length=40, choices=LegalBasis.choices)
    legal_basis_text = models.CharField(_("legal basis (other)"), max_length=300, blank=True)
    text = PrivateTextField(_("opinion"))
    text_masked = MaskedTextField(source="text")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    answer = models.CharField(_("answer"), max_length=20, choices=Answer.choices, blank=True)
    answer_reason = PrivateTextField(_("answer reason"), blank=True)
    answer_reason_masked = MaskedTextField(source="answer_reason")
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+")
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("review opinion")
        verbose_name_plural = _("review opinions")
        ordering = ["id"]

    def __str__(self) -> str:
        return self.text_masked[:40]


class Release(models.Model):
    """发布登记: where and when an approved material went out, and which approved version."""

    request = models.ForeignKey(ReviewRequest, on_delete=models.PROTECT, related_name="releases")
    document = models.ForeignKey(ReviewDocument, on_delete=models.PROTECT, related_name="releases")
    channel = models.CharField(_("channel"), max_length=20, choices=ReleaseChannel.choices)
    location = models.CharField(_("URL or place"), max_length=500)
    published_on = models.DateField(_("publication date"))
    withdrawn_on = models.DateField(_("withdrawal date"), null=True, blank=True)
    registered_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    registered_at = models.DateTimeField(auto_now_add=True)
    last_swept_at = models.DateTimeField(null=True, blank=True)
    last_sweep_rules = models.CharField(max_length=64, blank=True)
    sweep_findings = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("release")
        verbose_name_plural = _("releases")
        ordering = ["-published_on", "-id"]
        constraints = [models.CheckConstraint(
            condition=Q(withdrawn_on__isnull=True) | Q(withdrawn_on__gte=models.F("published_on")),
            name="release_withdrawn_after_published")]

    def __str__(self) -> str:
        return f"{self.request.number} @ {self.location}"


class MonitoringRecord(PrivateTextModel):
    """营销宣传监测: material seen in the wild, checked by the marketing engine, matched to approved material."""

    institution = models.ForeignKey("org.Institution", verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="monitoring_records")
    source = models.CharField(_("where it was seen"), max_length=20, choices=MonitoringSource.choices)
    location = models.CharField(_("URL or place"), max_length=500, blank=True)
    seen_on = models.DateField(_("seen on"))
    agent_name = models.CharField(_("agent"), max_length=60, blank=True)
    partner_name = models.CharField(_("partner agency"), max_length=200, blank=True)
    text = PrivateTextField(_("material text"))
    text_masked = MaskedTextField(source="text")
    status = models.CharField(pgettext_lazy("reviews", "result"), max_length=20, choices=MonitoringStatus.choices)
    findings = models.JSONField(default=list, blank=True)  # [{code,label,quote(masked),explanation,basis}]
    engine_version = models.CharField(max_length=100, blank=True)
    matched_release = models.ForeignKey(Release, null=True, blank=True, on_delete=models.SET_NULL,
                                        related_name="monitoring_records")
    similarity = models.FloatField(null=True, blank=True)
    rectification_task_id = models.PositiveBigIntegerField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("monitoring record")
        verbose_name_plural = _("monitoring records")
        ordering = ["-seen_on", "-id"]

    def __str__(self) -> str:
        return f"{self.get_source_display()} {self.seen_on}"


class ReviewEvent(TimelineEvent):
    """The request's timeline: who did what, when (the audit chain holds the same, hash-linked)."""

    request = models.ForeignKey(ReviewRequest, on_delete=models.CASCADE, related_name="events")


class ReviewCounter(models.Model):
    """Gapless yearly numbering of review requests (SC2026000001)."""

    year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.year}: {self.last}"

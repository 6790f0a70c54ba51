"""Partners (合作机构): the registry, admission and exit steps, agreements with their clause checklist, yearly
evaluations, violations and the blacklist."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.partners.codes import ClauseState, Kind, ListingStatus, Outcome, Source, Status
from xiaobao.privacy.fields import EncryptedTextField, MaskedTextField, PrivateTextField, PrivateTextModel


class Partner(models.Model):
    """合作机构: an agency, broker, adjuster, repair shop, platform … that the institutions work with."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    credit_code = models.CharField(_("unified social credit code"), max_length=18, unique=True)
    licence_number = models.CharField(_("licence number"), max_length=60, blank=True, db_index=True)
    licence_expires_on = models.DateField(_("licence expiry"), null=True, blank=True)
    business_scope = models.TextField(_("business scope"), blank=True)
    # The managing institution (管理机构): the lowest institution above every institution using the partner; the
    # partner is read by users whose scope holds it.
    institution = models.ForeignKey("org.Institution", verbose_name=_("managing institution"), null=True,
                                    on_delete=models.PROTECT, related_name="managed_partners")
    institutions = models.ManyToManyField("org.Institution", verbose_name=_("institutions using it"),
                                          related_name="partners")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.REGISTERED)
    pending_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+")  # who asked for the admission or exit under review
    version = models.PositiveIntegerField(default=1)
    idempotency_key = models.CharField(max_length=200, null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=Status.values), name="partner_status_valid"),
            models.CheckConstraint(condition=Q(kind__in=Kind.values), name="partner_kind_valid"),
            models.UniqueConstraint(fields=["created_by", "idempotency_key"], name="partner_idempotency_key_unique",
                                    condition=Q(idempotency_key__isnull=False)),
        ]

    def __str__(self) -> str:
        return self.name


class FormerName(models.Model):
    """曾用名: a name the partner used before (searched like its name)."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="former_names")
    name = models.CharField(_("former name"), max_length=200, db_index=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["partner", "name"], name="partner_former_name_unique")]

    def __str__(self) -> str:
        return self.name


class Contact(models.Model):
    """联系人: personal fields encrypted, shown masked; the phone is found through its blind index. A user who may
    view personal data in clear sees one field with a reason (privacy.services.unmask_holder; the access log shows
    the field code)."""

    BLIND_INDEXES: ClassVar[dict[str, tuple[str, str]]] = {"phone_index": ("phone", "phone")}
    PERSONAL_FIELDS: ClassVar[dict[str, str]] = {"contact_name": "name", "contact_phone": "phone"}

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="contacts")
    role = models.CharField(_("position"), max_length=60, blank=True)
    name = EncryptedTextField(_("contact name"))
    phone = EncryptedTextField(_("phone"), blank=True)
    phone_index = models.CharField(max_length=64, blank=True, db_index=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.role or "contact"


class Step(PrivateTextModel):
    """The one timeline of a partner's reviewed steps (准入、退出、列入黑名单、解除): who did what, from which
    status to which, with the note and the evidence file. Written only by `transitions.apply`'s callers."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="steps")
    listing = models.ForeignKey("Listing", null=True, blank=True, on_delete=models.CASCADE, related_name="steps")
    action = models.CharField(max_length=40)
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField()
    note = PrivateTextField(pgettext_lazy("partners", "note"), blank=True)
    note_masked = MaskedTextField(source="note")
    evidence_name = models.CharField(_("evidence"), max_length=200, blank=True)
    evidence_stored = models.CharField(max_length=80, blank=True)
    evidence_type = models.CharField(max_length=120, blank=True)
    evidence_sha256 = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.action} {self.at:%Y-%m-%d}"


class Listing(PrivateTextModel):
    """黑名单: a blacklisting with its reason, approver (not the requester), start and optional end."""

    partner = models.ForeignKey(Partner, on_delete=models.PROTECT, related_name="listings")
    status = models.CharField(_("status"), max_length=20, choices=ListingStatus.choices,
                              default=ListingStatus.REQUESTED)
    reason = PrivateTextField(_("reason"))
    reason_masked = MaskedTextField(source="reason")
    starts_on = models.DateField(_("from"))
    ends_on = models.DateField(_("until (inclusive)"), null=True, blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    requested_at = models.DateTimeField()
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="+")
    approved_at = models.DateTimeField(null=True, blank=True)
    lift_requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                          related_name="+")
    lifted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="+")
    lifted_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("blacklisting")
        verbose_name_plural = _("blacklistings")
        ordering = ["-requested_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=ListingStatus.values), name="partner_listing_status_valid"),
            models.CheckConstraint(condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                                   name="partner_listing_ends_after_start"),
        ]

    def __str__(self) -> str:
        return f"{self.partner} {self.starts_on}"


class Agreement(models.Model):
    """合作协议: the stored document and the checklist of consumer-protection clauses (present / missing)."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="agreements")
    number = models.CharField(_("agreement number"), max_length=60, blank=True)
    signed_on = models.DateField(_("signed on"))
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    original_name = models.CharField(_("file name"), max_length=200)
    stored_name = models.CharField(max_length=80, unique=True)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    clauses = models.JSONField(default=dict, blank=True)  # {clause code: "present" / "missing"} (confirmed)
    found = models.JSONField(default=dict, blank=True)  # {clause code: the phrase the scan found, or ""}
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="+")
    confirmed_at = models.DateTimeField(null=True, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cooperation agreement")
        verbose_name_plural = _("cooperation agreements")
        ordering = ["-signed_on", "-id"]

    def __str__(self) -> str:
        return self.number or self.original_name

    @property
    def missing(self) -> list[str]:
        return [code for code, state in (self.clauses or {}).items() if state == ClauseState.MISSING]


class Violation(PrivateTextModel):
    """违规记录: what a partner did, when, where it was found, the evidence, and when it was rectified."""

    partner = models.ForeignKey(Partner, on_delete=models.PROTECT, related_name="violations")
    what = PrivateTextField(_("what happened"))
    what_masked = MaskedTextField(source="what")
    occurred_on = models.DateField(_("occurred on"))
    source = models.CharField(_("found by"), max_length=20, choices=Source.choices)
    reference = models.CharField(_("reference (complaint, report …)"), max_length=60, blank=True)
    evidence_name = models.CharField(_("evidence"), max_length=200, blank=True)
    evidence_stored = models.CharField(max_length=80, blank=True)
    evidence_type = models.CharField(max_length=120, blank=True)
    evidence_sha256 = models.CharField(max_length=64, blank=True)
    rectified_on = models.DateField(_("rectified on"), null=True, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("violation")
        verbose_name_plural = _("violations")
        ordering = ["-occurred_on", "-id"]
        constraints = [models.CheckConstraint(condition=Q(source__in=Source.values),
                                              name="partner_violation_source_valid")]

    def __str__(self) -> str:
        return f"{self.partner} {self.occurred_on}"


class Evaluation(models.Model):
    """定期评价: a partner's yearly score from its indicators, and the outcome."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="evaluations")
    year = models.PositiveIntegerField(_("year"))
    complaints = models.PositiveIntegerField(_("complaints attributed"))
    # counted where the records live (partners.facts); null: no installed module provided the figure
    marketing_violations = models.PositiveIntegerField(_("marketing violations"), null=True, blank=True)
    inspection_failures = models.PositiveIntegerField(_("inspection failures of its agents"), null=True, blank=True)
    violations = models.PositiveIntegerField(_("violations"))
    rectified = models.PositiveIntegerField(_("violations rectified"))
    score = models.PositiveIntegerField(_("score"))
    outcome = models.CharField(pgettext_lazy("partners", "outcome"), max_length=20, choices=Outcome.choices)
    note = models.TextField(pgettext_lazy("partners", "note"), blank=True)
    evaluated_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    evaluated_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(fields=["partner", "year"], name="partner_evaluation_year_unique"),
            models.CheckConstraint(condition=Q(outcome__in=Outcome.values), name="partner_evaluation_outcome_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.partner} {self.year}"

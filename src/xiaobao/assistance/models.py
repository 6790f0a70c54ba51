"""Special-group services (特殊群体服务): the services ledger, and the outlets' facilities checks with photos."""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from xiaobao.assistance.codes import Channel, Facility, Group, Language, Measure, Outcome, Satisfaction, labels
from xiaobao.privacy import masking
from xiaobao.privacy.fields import EncryptedTextField, MaskedTextField, PrivateTextField, PrivateTextModel


class Service(PrivateTextModel):
    """One service to an elderly customer, a customer with a disability, or in a minority language (服务台账)."""

    BLIND_INDEXES: ClassVar[dict[str, tuple[str, str]]] = {
        "phone_index": ("customer_phone", "phone"), "id_number_index": ("customer_id_number", "id"),
    }
    PERSONAL_FIELDS: ClassVar[dict[str, str]] = {
        "name": "customer_name", "phone": "customer_phone", "id_number": "customer_id_number",
    }

    served_on = models.DateField(_("service date"))
    institution = models.ForeignKey("org.Institution", verbose_name=_("institution / outlet"),
                                    on_delete=models.PROTECT, related_name="assistance_services")
    channel = models.CharField(_("service channel"), max_length=20, choices=Channel.choices)
    is_elderly = models.BooleanField(_("elderly"), default=False)
    has_disability = models.BooleanField(_("with a disability"), default=False)
    language = models.CharField(_("service language"), max_length=20, choices=Language.choices, blank=True)
    need = PrivateTextField(_("need"))
    need_masked = MaskedTextField(source="need")
    measures = models.JSONField(_("measures taken"), default=list)  # Measure codes
    note = PrivateTextField(_("service note"), blank=True)
    note_masked = MaskedTextField(source="note")
    staff_name = models.CharField(_("staff"), max_length=60)
    customer_name = EncryptedTextField(_("customer"))
    customer_phone = EncryptedTextField(_("customer phone"), blank=True)
    customer_id_number = EncryptedTextField(_("ID number"), blank=True)
    phone_index = models.CharField(max_length=64, blank=True, db_index=True)
    id_number_index = models.CharField(max_length=64, blank=True, db_index=True)
    outcome = models.CharField(_("service outcome"), max_length=20, choices=Outcome.choices)
    satisfaction = models.CharField(_("satisfaction"), max_length=20, choices=Satisfaction.choices, blank=True)
    complaint = models.ForeignKey("complaints.Complaint", verbose_name=_("complaint"), null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="assistance_services")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)
    idempotency_key = models.CharField(max_length=200, null=True, blank=True)  # per creator (API retries)

    class Meta:
        verbose_name = _("special-group service")
        verbose_name_plural = _("special-group services")
        ordering = ["-served_on", "-id"]
        indexes = [models.Index(fields=["institution", "served_on"], name="assist_service_inst_day_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(is_elderly=True) | Q(has_disability=True) | ~Q(language=""),
                                   name="assist_service_has_group"),
            models.CheckConstraint(condition=Q(channel__in=Channel.values), name="assist_service_channel_valid"),
            models.CheckConstraint(condition=Q(outcome__in=Outcome.values), name="assist_service_outcome_valid"),
            models.CheckConstraint(condition=Q(language__in=Language.values), name="assist_service_language_valid"),
            models.UniqueConstraint(fields=["created_by", "idempotency_key"], name="assist_service_idempotency",
                                    condition=Q(idempotency_key__isnull=False)),
        ]

    def __str__(self) -> str:
        return f"FW{self.pk:06d}" if self.pk else "FW"

    @property
    def number(self) -> str:
        return str(self)

    def pii_hints(self) -> list[str]:
        name = self.__dict__.get("customer_name")
        return [name] if name else []

    @property
    def customer_masked(self) -> dict[str, str]:
        """The customer as every page, response and export shows them (JR/T 0171 masking)."""
        loaded = self.__dict__
        return {"name": masking.mask(loaded.get("customer_name"), masking.NAME),
                "phone": masking.mask(loaded.get("customer_phone"), masking.PHONE),
                "id_number": masking.mask(loaded.get("customer_id_number"), masking.ID_NUMBER)}

    @property
    def groups(self) -> list[str]:
        return [code for code, on in ((Group.ELDERLY, self.is_elderly), (Group.DISABILITY, self.has_disability),
                                      (Group.MINORITY_LANGUAGE, bool(self.language))) if on]

    @property
    def group_labels(self) -> str:
        return labels(Group, self.groups)

    @property
    def measure_labels(self) -> str:
        return labels(Measure, self.measures or [])


class FacilityCheck(PrivateTextModel):
    """One check of an outlet's facilities (网点设施检查): each facility present or missing, photos, a note."""

    institution = models.ForeignKey("org.Institution", verbose_name=_("outlet"), on_delete=models.PROTECT,
                                    related_name="facility_checks")
    checked_on = models.DateField(_("checked on"))
    items = models.JSONField(_("facilities"), default=dict)  # {Facility code: True (present) / False (missing)}
    note = PrivateTextField(_("check note"), blank=True)
    note_masked = MaskedTextField(source="note")
    checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("checked by"), on_delete=models.PROTECT,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("facilities check")
        verbose_name_plural = _("facilities checks")
        ordering = ["-checked_on", "-id"]
        indexes = [models.Index(fields=["institution", "checked_on"], name="assist_check_inst_day_idx")]

    def __str__(self) -> str:
        return f"{self.institution_id} {self.checked_on}"

    @property
    def present(self) -> list[str]:
        return [code for code in Facility.values if self.items.get(code) is True]

    @property
    def missing(self) -> list[str]:
        return [code for code in Facility.values if self.items.get(code) is False]

    @property
    def present_labels(self) -> str:
        return labels(Facility, self.present)

    @property
    def missing_labels(self) -> str:
        return labels(Facility, self.missing)


class FacilityPhoto(models.Model):
    """A photo of a check (images only, stored through core.uploads, served through a scoped view)."""

    facility_check = models.ForeignKey(FacilityCheck, on_delete=models.CASCADE, related_name="photos")
    original_name = models.CharField(_("file name"), max_length=200)
    stored_name = models.CharField(max_length=80, unique=True)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.original_name

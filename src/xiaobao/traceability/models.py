"""Sales traceability (可回溯管理): sale records (销售记录) and their evidence items (回溯资料: recordings, videos,
internet page trails, transcripts). Inspection (质检) lives in the `inspection` app on top of these models."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.privacy.fields import EncryptedTextField
from xiaobao.traceability.codes import Channel, Integrity, Kind, ProductLine


class SaleRecord(models.Model):
    """销售记录: one sold policy, who sold it through which channel, and its policyholder (encrypted)."""

    BLIND_INDEXES: ClassVar[dict[str, tuple[str, str]]] = {
        "phone_index": ("policyholder_phone", "phone"), "id_number_index": ("policyholder_id_number", "id"),
    }
    PERSONAL_FIELDS: ClassVar[dict[str, str]] = {
        "name": "policyholder_name", "phone": "policyholder_phone", "id_number": "policyholder_id_number",
    }

    institution = models.ForeignKey("org.Institution", verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="sale_records")
    policy_number = models.CharField(_("policy number"), max_length=40, unique=True)
    product_name = models.CharField(_("product"), max_length=100)
    product_line = models.CharField(_("product line"), max_length=20, choices=ProductLine.choices)
    channel = models.CharField(_("sales channel"), max_length=20, choices=Channel.choices)
    sold_at = models.DateTimeField(_("sale time"))
    agent_name = models.CharField(pgettext_lazy("traceability", "agent"), max_length=60)
    agent_number = models.CharField(_("agent staff number"), max_length=40, db_index=True)
    # The intermediary that sold it (代理/经纪机构), as text until the partners app links it.
    partner_name = models.CharField(_("agency / partner"), max_length=100, blank=True)
    partner_credit_code = models.CharField(_("partner's unified social credit code"), max_length=18, blank=True)

    policyholder_name = EncryptedTextField(_("policyholder"))
    policyholder_phone = EncryptedTextField(_("policyholder phone"), blank=True)
    policyholder_id_number = EncryptedTextField(_("policyholder ID number"), blank=True)
    phone_index = models.CharField(max_length=64, blank=True, db_index=True)
    id_number_index = models.CharField(max_length=64, blank=True, db_index=True)
    # Age on the day of the sale (from the ID number or a given birth date): what "60+" sampling reads.
    policyholder_age = models.PositiveSmallIntegerField(_("policyholder's age at the sale"), null=True, blank=True)

    contract_start = models.DateField(_("contract start"))
    contract_end = models.DateField(_("contract end"))
    contract_keep_until = models.DateField(_("keep until (by contract)"))  # retention.contract_keep_until

    source_system = models.CharField(_("source system"), max_length=40, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)
    idempotency_key = models.CharField(max_length=200, null=True, blank=True)

    class Meta:
        verbose_name = _("sale record")
        verbose_name_plural = _("sale records")
        ordering = ["-sold_at", "-id"]
        indexes = [models.Index(fields=["institution", "sold_at"], name="sale_inst_sold_idx"),
                   models.Index(fields=["channel", "sold_at"], name="sale_channel_sold_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(channel__in=Channel.values), name="sale_channel_valid"),
            models.CheckConstraint(condition=Q(product_line__in=ProductLine.values), name="sale_line_valid"),
            models.CheckConstraint(condition=Q(contract_end__gte=models.F("contract_start")),
                                   name="sale_contract_dates_ordered"),
            models.UniqueConstraint(fields=["created_by", "idempotency_key"], name="sale_idempotency_key_unique",
                                    condition=Q(idempotency_key__isnull=False)),
        ]

    def __str__(self) -> str:
        return self.policy_number

    @property
    def personal_data_caretaker_id(self) -> int | None:
        return None  # no single user looks after a sale's policyholder


class EvidenceGuardError(Exception):
    """Evidence rows are never deleted: after keep-until `services.delete_item` removes the file and marks the row."""


class EvidenceQuerySet(models.QuerySet):
    def delete(self) -> Any:
        raise EvidenceGuardError("evidence items are never deleted (services.delete_item removes expired files)")


class EvidenceItem(models.Model):
    """回溯资料: one stored file of a sale, hashed on arrival, never overwritten. A corrected file is a new item;
    the old one points to it through `superseded_by` and stays (it is evidence too)."""

    sale = models.ForeignKey(SaleRecord, verbose_name=_("sale record"), on_delete=models.PROTECT,
                             related_name="items")
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    file = models.CharField(_("stored file"), max_length=120, unique=True)  # relative to storage.root()
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField(_("size"))
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    duration_seconds = models.PositiveIntegerField(_("duration (seconds)"), null=True, blank=True)
    # (system, recording id) of the call-centre export: the import's idempotency key.
    source_system = models.CharField(_("source system"), max_length=40, blank=True)
    source_id = models.CharField(_("recording id"), max_length=100, blank=True)
    superseded_by = models.ForeignKey("self", verbose_name=_("superseded by"), null=True, blank=True,
                                      on_delete=models.PROTECT, related_name="supersedes")
    note = models.CharField(_("note"), max_length=300, blank=True)
    integrity = models.CharField(_("integrity"), max_length=12, choices=Integrity.choices,
                                 default=Integrity.UNCHECKED)
    checked_at = models.DateTimeField(_("last checked"), null=True, blank=True)
    purged_at = models.DateTimeField(_("deleted at"), null=True, blank=True)  # file deleted after keep-until
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+")
    created_at = models.DateTimeField(_("received at"), auto_now_add=True)

    objects = EvidenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("evidence item")
        verbose_name_plural = _("evidence items")
        ordering = ["sale_id", "created_at", "id"]
        indexes = [models.Index(fields=["sale", "kind"], name="evidence_sale_kind_idx"),
                   models.Index(fields=["integrity"], name="evidence_integrity_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=Kind.values), name="evidence_kind_valid"),
            models.CheckConstraint(condition=Q(integrity__in=Integrity.values), name="evidence_integrity_valid"),
            models.UniqueConstraint(fields=["source_system", "source_id"], name="evidence_source_unique",
                                    condition=~Q(source_id="")),
        ]

    def __str__(self) -> str:
        return f"{self.sale_id}/{self.kind}/{self.pk}"

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise EvidenceGuardError("evidence items are never deleted (services.delete_item removes expired files)")

    @property
    def path(self) -> Path:
        from xiaobao.traceability import storage

        return storage.root() / self.file

    @property
    def size_text(self) -> str:
        """The size for people: 844B, 31.3KB, 2.0MB."""
        if self.size < 1024:
            return f"{self.size}B"
        if self.size < 1024 * 1024:
            return f"{self.size / 1024:.1f}KB"
        return f"{self.size / 1024 / 1024:.1f}MB"

    @property
    def is_current(self) -> bool:
        return self.superseded_by_id is None and self.purged_at is None

    @property
    def is_media(self) -> bool:
        return self.kind in (Kind.RECORDING, Kind.VIDEO)

"""External routes of a complaint (调解, 诉讼, 仲裁): referral, sessions, outcome, agreement document.

A referral never stops or pauses the statutory decision clock: nothing in the complaint rules allows it
(domain.md §1 lists appraisal time as the only exclusion), so these models hold no deadline field at all.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.complaints.models import Attachment, Complaint, case_hints
from xiaobao.privacy.fields import MaskedTextField, PrivateTextField, PrivateTextModel

# Stated once, read by the service, the case panel and a test: the statutory clock keeps running.
REFERRAL_STOPS_STATUTORY_CLOCK = False


class RouteKind(models.TextChoices):
    MEDIATION = "mediation", _("Mediation")  # 调解 (保险纠纷调解中心)
    LITIGATION = "litigation", _("Litigation")  # 诉讼
    ARBITRATION = "arbitration", _("Arbitration")  # 仲裁


class RouteOutcome(models.TextChoices):
    PENDING = "pending", _("Pending")  # 进行中
    AGREEMENT = "agreement", _("Agreement reached")  # 达成调解协议
    NO_AGREEMENT = "no_agreement", _("No agreement")  # 调解不成
    SETTLED = "settled", _("Settled")  # 和解
    FOR_CONSUMER = "for_consumer", _("Decided for the consumer")  # 支持消费者
    PARTIAL = "partial", _("Partly for the consumer")  # 部分支持
    FOR_INSURER = "for_insurer", _("Decided for the insurer")  # 驳回
    WITHDRAWN = "withdrawn", pgettext_lazy("mediation", "Withdrawn")  # 撤回


class ExternalRoute(PrivateTextModel):
    """外部途径: a referral to mediation, or a lawsuit / arbitration about the complaint, and its outcome."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="external_routes")
    kind = models.CharField(_("route"), max_length=12, choices=RouteKind.choices)
    body = models.CharField(_("mediation centre / court / arbitration body"), max_length=100)
    referred_on = models.DateField(_("referral date"))
    mediator = models.CharField(_("mediator / judge"), max_length=60, blank=True)
    reference = models.CharField(_("case reference"), max_length=64, blank=True)
    outcome = models.CharField(_("outcome"), max_length=14, choices=RouteOutcome.choices,
                               default=RouteOutcome.PENDING)
    outcome_on = models.DateField(_("outcome date"), null=True, blank=True)
    outcome_notes = PrivateTextField(_("outcome notes"), blank=True)
    outcome_notes_masked = MaskedTextField(source="outcome_notes")
    amount = models.DecimalField(_("agreed / awarded amount"), max_digits=14, decimal_places=2, null=True,
                                 blank=True)
    agreement = models.ForeignKey(Attachment, verbose_name=_("agreement document"), null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("external route")
        verbose_name_plural = _("external routes")
        ordering = ["referred_on", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=RouteKind.values), name="route_kind_valid"),
            models.CheckConstraint(condition=Q(outcome__in=RouteOutcome.values), name="route_outcome_valid"),
            models.CheckConstraint(condition=Q(amount__isnull=True) | Q(amount__gte=0), name="route_amount_gte0"),
        ]

    def __str__(self) -> str:
        return f"{self.complaint_id} {self.kind} {self.referred_on}"

    def pii_hints(self) -> list[str]:
        return case_hints(self)


class MediationSession(PrivateTextModel):
    """调解记录: one session (date, notes)."""

    route = models.ForeignKey(ExternalRoute, on_delete=models.CASCADE, related_name="sessions")
    held_on = models.DateField(_("date"))
    notes = PrivateTextField(_("notes"))
    notes_masked = MaskedTextField(source="notes")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["held_on", "id"]

    def __str__(self) -> str:
        return f"{self.route_id} {self.held_on}"

    def pii_hints(self) -> list[str]:
        return case_hints(self.route)

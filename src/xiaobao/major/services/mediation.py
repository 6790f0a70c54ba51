"""调解 and the other external routes (诉讼, 仲裁): referral, sessions, outcome with the agreement document.

The statutory decision clock keeps running while a case is with a mediation centre, a court or an
arbitration body: the complaint rules exclude only outside appraisal time (domain.md §1), so these services
never touch `due_at`, `period_days` or `excluded_days` (see `REFERRAL_STOPS_STATUTORY_CLOCK`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.complaints.codes import Status
from xiaobao.complaints.models import Attachment, Complaint
from xiaobao.complaints.services._common import lock, record
from xiaobao.core.amounts import checked_amount
from xiaobao.core.errors import Conflict, InvalidInput, NotFound
from xiaobao.major.models import ExternalRoute, MediationSession, RouteKind, RouteOutcome
from xiaobao.major.models.mediation import REFERRAL_STOPS_STATUTORY_CLOCK
from xiaobao.major.services import response
from xiaobao.org.models import User

assert REFERRAL_STOPS_STATUTORY_CLOCK is False, "no rule lets a referral stop the statutory clock"  # noqa: S101 - import-time check of a domain rule


def _date(value: date | None, field: str, *, required: bool = True, not_before: date | None = None) -> date | None:
    if value is None:
        if required:
            raise InvalidInput(_("The date is required."), field=field)
        return None
    if value > timezone.localdate():
        raise InvalidInput(_("The date cannot be in the future."), field=field)
    if not_before is not None and value < not_before:
        raise InvalidInput(_("The date cannot be before the referral (%(day)s).") % {"day": not_before.isoformat()},
                           field=field)
    return value


@transaction.atomic
def refer(*, complaint_id: int, by: User, kind: str, body: str, referred_on: date, mediator: str = "",
          reference: str = "") -> ExternalRoute:
    """转调解 / 诉讼 / 仲裁: record the referral. The statutory deadline is unchanged."""
    response.guard(by, response.CASE_WORKERS, _("refer cases"))
    complaint = lock(complaint_id, by=by, version=None)
    if complaint.status == Status.MERGED:
        raise Conflict(_("A merged case cannot be referred; refer the case it was merged into."), field="kind")
    if kind not in RouteKind.values:
        raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": kind}, field="kind",
                           choices=list(RouteKind.values))
    body = response.require_text(body, "body", _("Mediation centre / court / arbitration body"))[:100]
    route = ExternalRoute.objects.create(
        complaint=complaint, kind=kind, body=body, referred_on=_date(referred_on, "referred_on"),
        mediator=(mediator or "").strip()[:60], reference=(reference or "").strip()[:64], created_by=by)
    record(complaint, action="route_refer", by=by, reason=body,
           data={"route": route.pk, "kind": kind, "referred_on": referred_on.isoformat(), "mediator": route.mediator,
                 "statutory_due_at": complaint.due_at.isoformat(), "stops_statutory_clock": False},
           audit_after={"route": route.pk, "kind": kind})
    return route


def _route(route_id: int, by: User) -> tuple[ExternalRoute, Complaint]:
    route = ExternalRoute.objects.filter(pk=route_id).values_list("complaint_id", flat=True).first()
    if route is None:
        raise NotFound("route not found")
    complaint = lock(route, by=by, version=None)  # 404 outside the user's scope
    return ExternalRoute.objects.select_for_update().get(pk=route_id), complaint


@transaction.atomic
def add_session(*, route_id: int, by: User, held_on: date, notes: str) -> MediationSession:
    """调解记录: one mediation session (date, notes)."""
    response.guard(by, response.CASE_WORKERS, _("record mediation sessions"))
    route, complaint = _route(route_id, by)
    if route.outcome != RouteOutcome.PENDING:
        raise Conflict(_("The route has an outcome already."), field="route")
    notes = response.require_text(notes, "notes", _("Notes"))
    session = MediationSession.objects.create(route=route, held_on=_date(held_on, "held_on",
                                                                         not_before=route.referred_on), notes=notes,
                                              recorded_by=by)
    record(complaint, action="route_session", by=by, reason=notes,
           data={"route": route.pk, "held_on": held_on.isoformat()})
    return session


@transaction.atomic
def record_outcome(*, route_id: int, by: User, outcome: str, outcome_on: date, notes: str = "",
                   amount: Decimal | None = None, agreement_id: int | None = None) -> ExternalRoute:
    """调解/裁判结果: the outcome, its date, the amount and the agreement or judgment document (an attachment of
    the same case, uploaded through the attachments service)."""
    response.guard(by, response.CASE_WORKERS, _("record route outcomes"))
    route, complaint = _route(route_id, by)
    if outcome not in RouteOutcome.values or outcome == RouteOutcome.PENDING:
        raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": outcome}, field="outcome",
                           choices=[v for v in RouteOutcome.values if v != RouteOutcome.PENDING])
    amount = checked_amount(amount, field="amount", label=_("The amount"))
    outcome_on = _date(outcome_on, "outcome_on", not_before=route.referred_on)
    agreement = None
    if agreement_id is not None:
        agreement = Attachment.objects.filter(pk=agreement_id, complaint_id=route.complaint_id).first()
        if agreement is None:
            raise InvalidInput(_("The document is not attached to this case."), field="agreement_id")
    if outcome == RouteOutcome.AGREEMENT and agreement is None:
        raise InvalidInput(_("Attach the signed agreement."), field="agreement_id")
    before = route.outcome
    route.outcome, route.outcome_on = outcome, outcome_on
    route.outcome_notes, route.amount, route.agreement = (notes or "").strip(), amount, agreement
    route.save(update_fields=["outcome", "outcome_on", "outcome_notes", "amount", "agreement"])
    record(complaint, action="route_outcome", by=by, reason=route.outcome_notes,
           data={"route": route.pk, "kind": route.kind, "outcome": outcome, "amount": str(amount) if amount else None,
                 "agreement": agreement.pk if agreement else None},
           audit_before={"outcome": before}, audit_after={"outcome": outcome})
    return route

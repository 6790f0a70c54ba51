"""问责 — who is responsible, the finding, the measure; approved by a head or the officer (not the proposer),
then linked to the institution's and the person's assessment record (考核) for the assessment module.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.complaints import selectors
from xiaobao.complaints.services._common import lock, record
from xiaobao.core.amounts import checked_amount
from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied, UnknownReference
from xiaobao.major import transitions
from xiaobao.major.models import AccountabilityRecord, AssessmentRecord, Measure, Notice
from xiaobao.major.services import response
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role

DECIDERS = frozenset({Role.HEAD, Role.OFFICER})


def assessment_period(moment: datetime) -> str:
    """The assessment quarter of a moment in Beijing time, e.g. 2025Q4."""
    local = timezone.localtime(moment)
    return f"{local.year}Q{(local.month - 1) // 3 + 1}"


def records_visible_to(user: User) -> QuerySet[AccountabilityRecord]:
    return AccountabilityRecord.objects.filter(complaint__in=selectors.complaints_visible_to(user)).select_related(
        "complaint", "responsible_user", "responsible_institution", "proposed_by", "decided_by")


@transaction.atomic
def propose(*, complaint_id: int, by: User, finding: str, measure: str, responsible_user: str = "",
            responsible_institution: str = "", amount: Decimal | None = None) -> AccountabilityRecord:
    """问责建议: name the responsible person and/or institution, the finding and the measure."""
    response.guard(by, response.APPROVERS, _("propose accountability"))
    complaint = lock(complaint_id, by=by, version=None)
    finding = response.require_text(finding, "finding", _("Finding"))
    if measure not in Measure.values:
        raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": measure}, field="measure",
                           choices=list(Measure.values))
    person = None
    if responsible_user:
        person = User.objects.filter(username=responsible_user).select_related("institution").first()
        if person is None:
            raise UnknownReference(_("User “%(user)s” does not exist.") % {"user": responsible_user},
                                   field="responsible_user")
    institution = None
    if responsible_institution:
        institution = Institution.objects.filter(code=responsible_institution).first()
        if institution is None:
            raise UnknownReference(_("Institution “%(code)s” does not exist.") % {"code": responsible_institution},
                                   field="responsible_institution")
    institution = institution or (person.institution if person else None)
    if person is None and institution is None:
        raise InvalidInput(_("Name the responsible person or institution."), field="responsible_user")
    amount = checked_amount(amount, field="amount", label=_("The amount"))
    if measure == Measure.FINE and (amount is None or amount <= 0):
        raise InvalidInput(_("A financial penalty needs an amount."), field="amount")
    if amount is not None and (amount < 0 or measure != Measure.FINE):
        raise InvalidInput(_("Only a financial penalty takes an amount."), field="amount")
    item = AccountabilityRecord.objects.create(
        complaint=complaint, responsible_user=person, responsible_institution=institution, finding=finding,
        measure=measure, amount=amount, proposed_by=by)
    who = {"user": person.username if person else None, "institution": institution.code if institution else None}
    record(complaint, action="accountability_propose", by=by, reason=finding,
           data={"record": item.pk, "measure": measure, **who, "amount": str(amount) if amount else None},
           audit_after={"accountability": item.pk, "measure": measure, **who})
    return item


@transaction.atomic
def decide(*, record_id: int, by: User, approve: bool, note: str = "") -> AccountabilityRecord:
    """问责审批: a head or the officer (never the proposer) approves or rejects; approval writes the assessment
    links (institution always, person when named) and tells the people concerned."""
    response.guard(by, DECIDERS, _("approve accountability"))
    complaint_id = records_visible_to(by).filter(pk=record_id).values_list("complaint_id", flat=True).first()
    if complaint_id is None:
        raise NotFound("accountability record not found")
    complaint = lock(complaint_id, by=by, version=None)
    item = AccountabilityRecord.objects.select_for_update().get(pk=record_id)
    if item.status not in transitions.ACCOUNTABILITY["approve"].sources:
        raise Conflict(_("The record was decided already."), field="record")
    if item.proposed_by_id == by.pk:
        raise PermissionDenied(_("Whoever proposed accountability cannot approve it."))
    note = response.require_text(note, "note", _("Note"), required=not approve)
    now = timezone.now()
    transitions.apply(item, "approve" if approve else "reject")
    item.decided_by, item.decided_at, item.decision_note = by, now, note
    item.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
    links = []
    if approve:
        institution = item.responsible_institution or (item.responsible_user.institution
                                                        if item.responsible_user else None)
        links = [AssessmentRecord.objects.create(
            accountability=item, complaint=complaint, institution=institution, user=item.responsible_user,
            period=assessment_period(now), measure=item.measure)] if institution else []
        people = [u for u in (item.responsible_user, item.proposed_by) if u is not None]
        response.notify(people, kind=Notice.Kind.ACCOUNTABILITY, complaint=complaint,
                        url=response.case_url(complaint),
                        title=_("Accountability approved: %(number)s") % {"number": complaint.number},
                        body=f"{item.get_measure_display()} · {item.finding}")
    record(complaint, action="accountability_approve" if approve else "accountability_reject", by=by, reason=note,
           data={"record": item.pk, "assessment": [link.pk for link in links],
                 "period": links[0].period if links else None},
           audit_before={"status": AccountabilityRecord.Status.PROPOSED}, audit_after={"status": item.status})
    return item

"""The case workflow after registration: accept, transfer, handle, submit, review, close, and the rest.

Each service: lock the case through the user's scope, check the version and the transition table, change,
bump the version, write the timeline and audit events — all in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.complaints import deadlines, selectors, transitions
from xiaobao.complaints.codes import Cause, ContactWay, DeclineReason, Result, Satisfaction
from xiaobao.complaints.models import Complaint, ContactRecord
from xiaobao.complaints.services import intake
from xiaobao.complaints.services._common import lock, record, save
from xiaobao.core.amounts import checked_amount
from xiaobao.core.errors import ConflictingInput, InvalidInput, PermissionDenied, UnknownReference
from xiaobao.org.models import Department, Institution, User
from xiaobao.org.roles import Role

MAX_TEXT = 5000


def _text(value: str | None, field: str, label: str, *, required: bool = True) -> str:
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(_("%(field)s is required.") % {"field": label}, field=field)
    if len(text) > MAX_TEXT:
        raise InvalidInput(_("%(field)s is too long.") % {"field": label}, field=field)
    return text


def _choice(value: str | None, choices: Any, field: str, *, required: bool = True) -> str:
    if not value and not required:
        return ""
    if value not in choices.values:
        raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": value}, field=field,
                           choices=list(choices.values))
    return value


@transaction.atomic
def accept(*, complaint_id: int, version: int, by: User) -> Complaint:
    """受理."""
    c = lock(complaint_id, by=by, version=version, action="accept")
    before, after = transitions.apply(c, "accept", by)
    if c.handler_id is None and by.has_role(Role.HANDLER):
        c.handler = by
    save(c, "status", "handler")
    record(c, action="accept", by=by, from_status=before, to_status=after)
    return c


@transaction.atomic
def decline(*, complaint_id: int, version: int, by: User, reason: str, reason_code: str = "") -> Complaint:
    """不予受理, with a reason (not a consumer complaint, anonymous without contact, duplicate, ...)."""
    c = lock(complaint_id, by=by, version=version, action="decline")
    reason = _text(reason, "reason", _("Reason"))
    code = _choice(reason_code, DeclineReason, "reason_code", required=False)
    before, after = transitions.apply(c, "decline", by)
    c.closed_at = timezone.now()
    save(c, "status", "closed_at")
    record(c, action="decline", by=by, from_status=before, to_status=after, reason=reason,
           data={"reason_code": code})
    return c


def _department(institution: Institution, kind: str | None) -> Department | None:
    if not kind:
        return None
    department = Department.objects.filter(institution=institution, kind=kind).first()
    if department is None:
        raise InvalidInput(_("%(institution)s has no department “%(kind)s”.")
                           % {"institution": institution.name, "kind": kind}, field="to_department")
    return department


@transaction.atomic
def transfer(*, complaint_id: int, version: int, by: User, to_institution: str, reason: str,
             to_department: str | None = None) -> Complaint:
    """转办 to the responsible institution/department; the receiving unit may send it back."""
    c = lock(complaint_id, by=by, version=version, action="transfer")
    reason = _text(reason, "reason", _("Reason"))
    target = Institution.objects.filter(code=to_institution, is_active=True).first()
    if target is None:
        raise UnknownReference(_("Institution “%(code)s” does not exist.") % {"code": to_institution},
                               field="to_institution")
    department = _department(target, to_department)
    if target.pk == c.institution_id and (department is None or department.pk == c.department_id):
        raise ConflictingInput(_("The case is already with this institution."), field="to_institution")
    before, after = transitions.apply(c, "transfer", by)
    origin = {"institution": c.institution.code, "department": c.department.kind if c.department_id else None}
    c.transferred_from, c.transferred_from_department = c.institution, origin["department"] or ""
    c.institution, c.department, c.handler = target, department, None
    save(c, "institution", "department", "handler", "transferred_from", "transferred_from_department")
    record(c, action="transfer", by=by, from_status=before, to_status=after, reason=reason,
           data={"from": origin, "to": {"institution": target.code, "department": to_department}},
           audit_before={"institution": origin["institution"]}, audit_after={"institution": target.code})
    return c


@transaction.atomic
def send_back(*, complaint_id: int, version: int, by: User, reason: str) -> Complaint:
    """退回: the receiving unit returns a transferred case to the unit that sent it."""
    c = lock(complaint_id, by=by, version=version, action="send_back")
    reason = _text(reason, "reason", _("Reason"))
    before, after = transitions.apply(c, "send_back", by)
    target = c.transferred_from
    department = _department(target, c.transferred_from_department or None)
    c.institution, c.department, c.handler = target, department, None
    c.transferred_from, c.transferred_from_department = None, ""
    save(c, "institution", "department", "handler", "transferred_from", "transferred_from_department")
    record(c, action="send_back", by=by, from_status=before, to_status=after, reason=reason,
           data={"to": {"institution": target.code, "department": department.kind if department else None}},
           audit_after={"institution": target.code})
    return c


@transaction.atomic
def assign(*, complaint_id: int, version: int, by: User, handler: str) -> Complaint:
    """分派 a handler of the handling institution."""
    c = lock(complaint_id, by=by, version=version, action="assign")
    person = User.objects.filter(username=handler, is_active=True, groups__name=Role.HANDLER).first()
    if person is None or person.institution_id is None or not c.institution.contains(person.institution):
        raise UnknownReference(_("“%(user)s” is not a complaint handler of the handling institution.")
                               % {"user": handler}, field="handler")
    if by.has_role(Role.HANDLER) and not by.has_role(*transitions.APPROVERS) and person.pk != by.pk:
        raise PermissionDenied(_("A handler may only assign a case to themselves."))
    before, after = transitions.apply(c, "assign", by)
    previous = c.handler.username if c.handler_id else None
    c.handler = person
    save(c, "handler")
    record(c, action="assign", by=by, from_status=before, to_status=after, data={"handler": handler},
           audit_before={"handler": previous}, audit_after={"handler": handler})
    return c


@transaction.atomic
def add_note(*, complaint_id: int, version: int, by: User, note: str) -> Complaint:
    """处理记录: a handling note on the timeline."""
    c = lock(complaint_id, by=by, version=version, action="note")
    note = _text(note, "note", _("Note"))
    before, after = transitions.apply(c, "note", by)
    save(c)
    record(c, action="note", by=by, from_status=before, to_status=after, reason=note)
    return c


@transaction.atomic
def record_contact(*, complaint_id: int, version: int, by: User, at: datetime, way: str, content: str,
                   outcome: str = "") -> Complaint:
    """联系记录: time, way, content and outcome of a contact with the complainant."""
    c = lock(complaint_id, by=by, version=version, action="contact")
    way = _choice(way, ContactWay, "way")
    content = _text(content, "content", _("Content"))
    if timezone.is_naive(at) or at > timezone.now() + timedelta(minutes=5):
        raise InvalidInput(_("The contact time is not valid."), field="at")
    before, after = transitions.apply(c, "contact", by)
    contact = ContactRecord.objects.create(complaint=c, at=at, way=way, content=content,
                                           outcome=(outcome or "").strip(), by=by)
    save(c)
    record(c, action="contact", by=by, from_status=before, to_status=after, reason=content,
           data={"way": way, "at": at.isoformat(), "contact": contact.pk})
    return c


@transaction.atomic
def submit(*, complaint_id: int, version: int, by: User, decision: str, result: str,
           compensation: Decimal | None = None) -> Complaint:
    """提交 the handling result and proposed decision for review."""
    c = lock(complaint_id, by=by, version=version, action="submit")
    decision = _text(decision, "decision", _("Decision"))
    result = _choice(result, Result, "result")
    compensation = checked_amount(compensation, field="compensation", label=_("Compensation"))
    before, after = transitions.apply(c, "submit", by)
    c.decision, c.result, c.compensation = decision, result, compensation
    save(c, "status", "decision", "result", "compensation")
    record(c, action="submit", by=by, from_status=before, to_status=after, reason=decision,
           data={"result": result, "compensation": str(compensation) if compensation is not None else None})
    return c


@transaction.atomic
def return_for_rework(*, complaint_id: int, version: int, by: User, reason: str) -> Complaint:
    """退回: the reviewer returns the result to the handler, with a reason."""
    c = lock(complaint_id, by=by, version=version, action="return")
    reason = _text(reason, "reason", _("Reason"))
    before, after = transitions.apply(c, "return", by)
    save(c, "status")
    record(c, action="return", by=by, from_status=before, to_status=after, reason=reason)
    return c


@transaction.atomic
def approve(*, complaint_id: int, version: int, by: User, comment: str = "") -> Complaint:
    """审核通过: the decision stands; the handler informs the complainant and closes."""
    c = lock(complaint_id, by=by, version=version, action="approve")
    if c.handler_id == by.pk and not by.sees_whole_organisation:
        raise PermissionDenied(_("The handler of a case cannot approve their own result."))
    before, after = transitions.apply(c, "approve", by)
    c.decided_at = timezone.now()
    save(c, "status", "decided_at")
    record(c, action="approve", by=by, from_status=before, to_status=after, reason=(comment or "").strip())
    return c


@transaction.atomic
def close(*, complaint_id: int, version: int, by: User, satisfaction: str, feedback: str = "") -> Complaint:
    """结案 with the complainant's feedback and satisfaction."""
    c = lock(complaint_id, by=by, version=version, action="close")
    satisfaction = _choice(satisfaction, Satisfaction, "satisfaction")
    before, after = transitions.apply(c, "close", by)
    c.satisfaction, c.feedback, c.closed_at = satisfaction, (feedback or "").strip(), timezone.now()
    save(c, "status", "satisfaction", "feedback", "closed_at")
    record(c, action="close", by=by, from_status=before, to_status=after, reason=c.feedback,
           data={"satisfaction": satisfaction, "sla": deadlines.sla(c.due_at, c.closed_at).value})
    return c


@transaction.atomic
def extend(*, complaint_id: int, version: int, by: User, reason: str, days: int) -> Complaint:
    """延期: lengthen the decision period by `days`. Up to the complex-case total (30) the handling
    institution's reviewer or head approves; beyond it (up to 60) only a higher-level institution may."""
    c = lock(complaint_id, by=by, version=version, action="extend")
    reason = _text(reason, "reason", _("Reason"))
    rules = deadlines.rules(c.received_at)
    if days < 1:
        raise InvalidInput(_("Extend by at least one day."), field="days")
    total = c.period_days + days
    if total > rules.further_extension_max_total_days:
        raise InvalidInput(_("The period cannot exceed %(max)s days in total (now %(now)s).")
                           % {"max": rules.further_extension_max_total_days, "now": c.period_days}, field="days")
    higher_level = by.sees_whole_organisation or (
        by.institution_id is not None and by.institution_id != c.institution_id
        and by.institution.contains(c.institution))
    if total > rules.extension_max_total_days and not higher_level:
        raise PermissionDenied(_("Beyond %(days)s days an extension needs approval by a higher-level institution.")
                               % {"days": rules.extension_max_total_days})
    before, after = transitions.apply(c, "extend", by)
    old_due = c.due_at
    deadline = deadlines.decision_deadline(c.received_at, period_days=total, excluded_days=c.excluded_days)
    c.period_days, c.due_at = total, deadline.due_at
    c.deadline_warning = "; ".join(deadline.warnings)[:200]
    save(c, "period_days", "due_at", "deadline_warning")
    record(c, action="extend", by=by, from_status=before, to_status=after, reason=reason,
           data={"days": days, "period_days": total, "due_at": deadline.due_at.isoformat(),
                 "approved_by": by.username},
           audit_before={"due_at": old_due.isoformat()}, audit_after={"due_at": deadline.due_at.isoformat()})
    return c


@transaction.atomic
def withdraw(*, complaint_id: int, version: int, by: User, reason: str) -> Complaint:
    """撤诉: the complainant withdraws; the case ends."""
    c = lock(complaint_id, by=by, version=version, action="withdraw")
    reason = _text(reason, "reason", _("Reason"))
    before, after = transitions.apply(c, "withdraw", by)
    c.closed_at = timezone.now()
    save(c, "status", "closed_at")
    record(c, action="withdraw", by=by, from_status=before, to_status=after, reason=reason)
    return c


@transaction.atomic
def reconsider(*, complaint_id: int, version: int, by: User, reason: str) -> Complaint:
    """核查: the complainant disagrees with the decision; the next level up reviews it, on a new deadline."""
    c = lock(complaint_id, by=by, version=version, action="reconsider")
    reason = _text(reason, "reason", _("Reason"))
    now = timezone.now()
    decided = c.closed_at or c.decided_at or now
    if now > deadlines.reconsideration_request_deadline(decided).due_at:
        raise transitions.TransitionNotAllowed(_("The period to ask for reconsideration has passed."),
                                               field="action")
    if c.institution.parent_id is None:
        raise transitions.TransitionNotAllowed(_("There is no higher-level institution to reconsider the case."),
                                               field="action")
    before, after = transitions.apply(c, "reconsider", by)
    previous = {"institution": c.institution.code, "decision": c.decision_masked, "result": c.result,
                "satisfaction": c.satisfaction}
    deadline = deadlines.reconsideration_decision_deadline(now)
    c.institution, c.department, c.handler = c.institution.parent, None, None
    c.reconsideration_of_decision_at = now
    c.due_at, c.deadline_warning = deadline.due_at, "; ".join(deadline.warnings)[:200]
    c.decision = c.result = c.satisfaction = c.feedback = ""
    c.compensation = c.decided_at = c.closed_at = None
    save(c, "status", "institution", "department", "handler", "reconsideration_of_decision_at", "due_at",
         "deadline_warning", "decision", "result", "satisfaction", "feedback", "compensation", "decided_at",
         "closed_at")
    record(c, action="reconsider", by=by, from_status=before, to_status=after, reason=reason,
           data={"previous": previous, "due_at": deadline.due_at.isoformat()},
           audit_after={"institution": c.institution.code})
    return c


@transaction.atomic
def reopen(*, complaint_id: int, version: int, by: User, reason: str) -> Complaint:
    """重新打开 a closed, declined or withdrawn case; the statutory clock still runs from receipt."""
    c = lock(complaint_id, by=by, version=version, action="reopen")
    reason = _text(reason, "reason", _("Reason"))
    before, after = transitions.apply(c, "reopen", by)
    c.closed_at = None
    save(c, "status", "closed_at")
    record(c, action="reopen", by=by, from_status=before, to_status=after, reason=reason)
    return c


@transaction.atomic
def merge(*, complaint_id: int, version: int, by: User, into: str, reason: str = "") -> Complaint:
    """合并 a duplicate into another open case (by number); the duplicate ends, the target is told."""
    c = lock(complaint_id, by=by, version=version, action="merge")
    target = selectors.complaints_visible_to(by).filter(number=into).first()
    if target is None or target.pk == c.pk:
        raise UnknownReference(_("Case “%(number)s” was not found.") % {"number": into}, field="into")
    if not target.is_open:
        raise ConflictingInput(_("Case “%(number)s” is no longer open.") % {"number": into}, field="into")
    before, after = transitions.apply(c, "merge", by)
    c.merged_into, c.closed_at = target, timezone.now()
    save(c, "status", "merged_into", "closed_at")
    record(c, action="merge", by=by, from_status=before, to_status=after, reason=(reason or "").strip(),
           data={"into": target.number})
    record(target, action="merged_in", by=by, data={"from": c.number}, reason=(reason or "").strip())
    return c


@transaction.atomic
def classify(*, complaint_id: int, version: int, by: User, cause: str = "", sub_cause: str = "") -> Complaint:
    """事由分类: set the first- and second-level cause of an open case (a case registered without a second level
    is subdivided here); the second level must belong to the first, as at intake. Not required before closing."""
    c = lock(complaint_id, by=by, version=version, action="classify")
    cause = _choice(cause, Cause, "cause")
    sub_cause = (sub_cause or "").strip()
    if errors := intake.sub_cause_errors(cause, sub_cause):
        raise InvalidInput(errors[0][1], field=errors[0][0])
    before_codes = {"cause": c.cause, "sub_cause": c.sub_cause}
    before, after = transitions.apply(c, "classify", by)
    c.cause, c.sub_cause = cause, sub_cause
    save(c, "cause", "sub_cause")
    record(c, action="classify", by=by, from_status=before, to_status=after,
           data={"from": before_codes, "to": {"cause": cause, "sub_cause": sub_cause}},
           audit_before=before_codes, audit_after={"cause": cause, "sub_cause": sub_cause})
    return c


# The API's `POST /complaints/{id}/transitions` dispatches on the action name.
ACTIONS: dict[str, Callable[..., Complaint]] = {
    "accept": accept, "decline": decline, "transfer": transfer, "send_back": send_back, "assign": assign,
    "note": add_note, "contact": record_contact, "submit": submit, "return": return_for_rework,
    "approve": approve, "close": close, "extend": extend, "withdraw": withdraw, "reconsider": reconsider,
    "reopen": reopen, "merge": merge, "classify": classify,
}
assert set(ACTIONS) == set(transitions.TRANSITIONS), "every transition has exactly one service"  # noqa: S101 - import-time check: every transition has exactly one service


def perform(action: str, *, complaint_id: int, version: int, by: User, **fields: Any) -> Complaint:
    service = ACTIONS.get(action)
    if service is None:
        raise transitions.TransitionNotAllowed(_("Unknown action “%(action)s”.") % {"action": action},
                                               field="action")
    return service(complaint_id=complaint_id, version=version, by=by, **fields)


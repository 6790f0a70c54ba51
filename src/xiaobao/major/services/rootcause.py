"""溯源整改 — root cause (the handler proposes, the reviewer confirms at closure), rectification tasks (owner, due
date, evidence, the officer's verification). The reads (tasks in scope, overdue tasks, the recurrence analysis of
closed cases) are in `major.selectors`.
"""

from __future__ import annotations

from datetime import date
from typing import BinaryIO

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.complaints.models import Attachment, Complaint
from xiaobao.complaints.services._common import lock, record
from xiaobao.complaints.services.attachments import attachment_add
from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from xiaobao.major import grading
from xiaobao.major.models import Notice, RectificationTask, RootCause
from xiaobao.major.selectors import rectifications_visible_to
from xiaobao.major.services import response
from xiaobao.org.models import User
from xiaobao.org.roles import Role


def _cause(category: str, sub_cause: str) -> tuple[str, str]:
    taxonomy = grading.current().root_causes
    if category not in taxonomy:
        raise InvalidInput(_("“%(value)s” is not a root cause.") % {"value": category}, field="category",
                           choices=list(taxonomy))
    if sub_cause and sub_cause not in taxonomy[category].subs:
        raise InvalidInput(_("“%(value)s” is not a sub-cause of “%(cause)s”.")
                           % {"value": sub_cause, "cause": taxonomy[category].display()}, field="sub_cause",
                           choices=list(taxonomy[category].subs))
    return category, sub_cause


@transaction.atomic
def propose(*, complaint_id: int, by: User, category: str, sub_cause: str = "", analysis: str) -> RootCause:
    """溯源: propose the root cause (again, until it is confirmed)."""
    response.guard(by, response.CASE_WORKERS, _("propose root causes"))
    complaint = lock(complaint_id, by=by, version=None)
    category, sub_cause = _cause(category, sub_cause or "")
    analysis = response.require_text(analysis, "analysis", _("Analysis"))
    cause = RootCause.objects.select_for_update().filter(complaint=complaint).first()
    if cause is not None and cause.confirmed_at is not None:
        raise Conflict(_("The root cause is confirmed already."), field="category")
    cause = cause or RootCause(complaint=complaint, proposed_by=by)
    cause.category, cause.sub_cause, cause.analysis, cause.proposed_by = category, sub_cause, analysis, by
    cause.proposed_at = timezone.now()
    cause.save()
    record(complaint, action="root_cause_propose", by=by, reason=analysis,
           data={"category": category, "sub_cause": sub_cause}, audit_after={"root_cause": f"{category}/{sub_cause}"})
    return cause


@transaction.atomic
def confirm(*, complaint_id: int, by: User, category: str | None = None, sub_cause: str | None = None,
            comment: str = "") -> RootCause:
    """溯源确认: the reviewer confirms the proposed cause at closure (and may correct it)."""
    response.guard(by, response.APPROVERS, _("confirm root causes"))
    complaint = lock(complaint_id, by=by, version=None)
    cause = RootCause.objects.select_for_update().filter(complaint=complaint).first()
    if cause is None:
        raise Conflict(_("No root cause has been proposed."), field="category")
    if cause.confirmed_at is not None:
        raise Conflict(_("The root cause is confirmed already."), field="category")
    if cause.proposed_by_id == by.pk and not by.sees_whole_organisation:
        raise PermissionDenied(_("Whoever proposed the root cause cannot confirm it."))
    before = f"{cause.category}/{cause.sub_cause}"
    cause.category, cause.sub_cause = _cause(category or cause.category,
                                             cause.sub_cause if sub_cause is None else sub_cause)
    cause.confirmed_by, cause.confirmed_at = by, timezone.now()
    cause.save(update_fields=["category", "sub_cause", "confirmed_by", "confirmed_at"])
    record(complaint, action="root_cause_confirm", by=by, reason=(comment or "").strip(),
           data={"category": cause.category, "sub_cause": cause.sub_cause},
           audit_before={"root_cause": before}, audit_after={"root_cause": f"{cause.category}/{cause.sub_cause}"})
    return cause


def root_cause_confirmed(complaint: Complaint) -> bool:
    """For the closure rule the lead decides on: has a reviewer confirmed this case's root cause?"""
    return RootCause.objects.filter(complaint=complaint, confirmed_at__isnull=False).exists()


# ---- rectification ---------------------------------------------------------------------------------

def _task(task_id: int, by: User) -> RectificationTask:
    task = rectifications_visible_to(by).select_for_update(of=("self",)).filter(pk=task_id).first()
    if task is None:
        raise NotFound("rectification task not found")
    return task


@transaction.atomic
def task_create(*, complaint_id: int, by: User, title: str, owner: str, due_on: date,
                description: str = "") -> RectificationTask:
    """整改任务: what must change, who owns it, by when. The owner is told."""
    response.guard(by, response.APPROVERS, _("set rectification tasks"))
    complaint = lock(complaint_id, by=by, version=None)
    title = response.require_text(title, "title", _("Task"))[:200]
    person = User.objects.filter(username=owner, is_active=True).select_related("institution").first()
    if person is None or person.institution_id is None:
        raise InvalidInput(_("“%(user)s” is not an active user of an institution.") % {"user": owner}, field="owner")
    if due_on is None or due_on < timezone.localdate():
        raise InvalidInput(_("The due date cannot be in the past."), field="due_on")
    task = RectificationTask.objects.create(complaint=complaint, title=title, description=(description or "").strip(),
                                            owner=person, institution=person.institution, due_on=due_on,
                                            created_by=by)
    record(complaint, action="rectification_create", by=by, reason=title,
           data={"task": task.pk, "owner": owner, "due_on": due_on.isoformat()}, audit_after={"task": task.pk})
    response.notify([person], kind=Notice.Kind.RECTIFICATION, complaint=complaint, url=response.case_url(complaint),
                    title=_("Rectification task: %(title)s") % {"title": title},
                    body=_("Due %(date)s. Upload the evidence when done.") % {"date": due_on.isoformat()})
    return task


@transaction.atomic
def task_submit(*, task_id: int, by: User, note: str, attachment_id: int | None = None,
                upload: tuple[str, BinaryIO, int | None] | None = None) -> RectificationTask:
    """整改证明: the owner (or a case worker) submits the evidence — an attachment of the case, or a new file
    stored through the attachments service."""
    task = _task(task_id, by)
    if task.owner_id != by.pk:
        response.guard(by, response.CASE_WORKERS, _("submit rectification evidence"))
    if task.status == RectificationTask.Status.VERIFIED:
        raise Conflict(_("The task is verified already."), field="task")
    note = response.require_text(note, "note", _("Evidence note"))
    if upload is not None:
        name, stream, size = upload
        evidence = attachment_add(complaint_id=task.complaint_id, by=by, name=name, stream=stream, size=size)
    elif attachment_id is not None:
        evidence = Attachment.objects.filter(pk=attachment_id, complaint_id=task.complaint_id).first()
    else:
        evidence = None
    if evidence is None:
        raise InvalidInput(_("Attach the evidence."), field="file")
    task.status, task.evidence, task.evidence_note = RectificationTask.Status.SUBMITTED, evidence, note
    task.submitted_at = timezone.now()
    task.save(update_fields=["status", "evidence", "evidence_note", "submitted_at"])
    record(task.complaint, action="rectification_evidence", by=by, reason=note,
           data={"task": task.pk, "attachment": evidence.pk}, audit_after={"task": task.pk, "status": task.status})
    return task


@transaction.atomic
def task_verify(*, task_id: int, by: User, accepted: bool, note: str = "") -> RectificationTask:
    """整改验证 by the officer: accept the evidence, or return it (the task reopens)."""
    response.guard(by, {Role.OFFICER}, _("verify rectification"))
    task = _task(task_id, by)
    if task.status != RectificationTask.Status.SUBMITTED:
        raise Conflict(_("Only submitted evidence can be verified."), field="task")
    note = response.require_text(note, "note", _("Note"), required=not accepted)
    task.status = RectificationTask.Status.VERIFIED if accepted else RectificationTask.Status.OPEN
    task.verified_by, task.verified_at, task.verification_note = (by, timezone.now(), note) if accepted else (
        None, None, note)
    task.save(update_fields=["status", "verified_by", "verified_at", "verification_note"])
    record(task.complaint, action="rectification_verify" if accepted else "rectification_reject", by=by,
           reason=note, data={"task": task.pk}, audit_after={"task": task.pk, "status": task.status})
    return task


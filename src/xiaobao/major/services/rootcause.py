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

from xiaobao.complaints.models import Complaint
from xiaobao.complaints.services._common import lock, record
from xiaobao.core.errors import Conflict, PermissionDenied, UnknownReference
from xiaobao.major import grading, rectification
from xiaobao.major.models import RectificationTask, RootCause
from xiaobao.major.services import response
from xiaobao.org.models import User


def _cause(category: str, sub_cause: str) -> tuple[str, str]:
    taxonomy = grading.current().root_causes
    if category not in taxonomy:
        raise UnknownReference(_("“%(value)s” is not a root cause.") % {"value": category}, field="category",
                           choices=list(taxonomy))
    if sub_cause and sub_cause not in taxonomy[category].subs:
        raise UnknownReference(_("“%(value)s” is not a sub-cause of “%(cause)s”.")
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


# ---- rectification on a complaint (the generic tasks are `xiaobao.major.rectification`) ---------------

def _on_timeline(task: RectificationTask, action: str, by: User, reason: str, **data: object) -> None:
    """A complaint subject's timeline gets the rectification steps too."""
    if task.subject_type.model_class() is Complaint:
        complaint = Complaint.objects.get(pk=task.subject_id)
        record(complaint, action=action, by=by, reason=reason, data={"task": task.pk, **data},
               audit_after={"task": task.pk, "status": task.status})


@transaction.atomic
def task_create(*, complaint_id: int, by: User, title: str, owner: str, due_on: date,
                description: str = "") -> RectificationTask:
    """整改任务 on a complaint: what must change, who owns it (a user of the case's institution or below), by when."""
    response.guard(by, rectification.OPENERS, _("set rectification tasks"))
    complaint = lock(complaint_id, by=by, version=None)
    person = User.objects.filter(username=owner, is_active=True).select_related("institution").first()
    if person is None or person.institution_id is None:
        raise UnknownReference(_("“%(user)s” is not an active user of an institution.") % {"user": owner},
                               field="owner")
    task = rectification.open_task(subject=complaint, institution=complaint.institution, title=title, owner=person,
                                   due_on=due_on, by=by, source="major", detail=description,
                                   subject_label=complaint.number, subject_url=response.case_url(complaint))
    record(complaint, action="rectification_create", by=by, reason=task.title,
           data={"task": task.pk, "owner": owner, "due_on": due_on.isoformat()}, audit_after={"task": task.pk})
    return task


@transaction.atomic
def task_submit(*, task_id: int, by: User, note: str, attachment_id: int | None = None,
                upload: tuple[str, BinaryIO, int | None] | None = None) -> RectificationTask:
    """整改证明 (see `rectification.submit_evidence`), also on the complaint's timeline."""
    task = rectification.submit_evidence(task_id=task_id, by=by, note=note, attachment_id=attachment_id,
                                         upload=upload)
    _on_timeline(task, "rectification_evidence", by, task.evidence_note, attachment=task.evidence_id)
    return task


@transaction.atomic
def task_verify(*, task_id: int, by: User, accepted: bool, note: str = "") -> RectificationTask:
    """整改验证 (see `rectification.verify`), also on the complaint's timeline."""
    task = rectification.verify(task_id=task_id, by=by, accepted=accepted, note=note)
    _on_timeline(task, "rectification_verify" if accepted else "rectification_reject", by, task.verification_note)
    return task

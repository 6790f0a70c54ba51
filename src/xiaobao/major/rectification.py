"""整改 — rectification tasks on any subject: the one entry point other modules call.

A module that finds something to put right (a complaint's root cause; later a review request, a sale inspection,
a partner violation) opens a task on its own object and reads the tasks back:

    from xiaobao.major import rectification

    task = rectification.open_task(
        subject=inspection,                 # any saved model instance
        institution=inspection.institution, # whose task it is; the owner must belong to it or below it
        title="补正双录", owner=user, due_on=date(2026, 3, 31), by=request.user,
        source="traceability",              # the module opening it
        detail="…",                         # optional description
        subject_label=str(inspection), subject_url="/traceability/…",  # optional, shown in lists
    )
    rectification.tasks_for(inspection)     # QuerySet of that subject's tasks, due date first

The owner submits the evidence (`submit_evidence`) and a consumer-protection officer verifies it or returns it
(`verify`); both go through the status table in `xiaobao.major.transitions`. Every change is atomic, audited
(`xiaobao.audit`, object `major.rectificationtask`) and the owner is told by an in-app notice (and e-mail). A
complaint subject also gets the steps on its timeline (see `services.rootcause`). Evidence files are complaint
attachments today: for other subjects give `attachment_id=None, upload=None` and a note, or store the file with
your module and put its reference in the note.

Errors: `InvalidInput` (422, with `field`: title, owner, due_on, note, file), `PermissionDenied` (403), `NotFound`
(404 for a task outside the user's scope), `TransitionNotAllowed` (409).
"""

from __future__ import annotations

from datetime import date
from typing import BinaryIO

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.audit import services as audit
from xiaobao.complaints.models import Attachment, Complaint
from xiaobao.complaints.services.attachments import attachment_add
from xiaobao.core.errors import ConflictingInput, InvalidInput, NotFound, PermissionDenied, UnknownReference
from xiaobao.major import transitions
from xiaobao.major.models import Notice, RectificationTask
from xiaobao.major.selectors import rectifications_visible_to
from xiaobao.major.services import response
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role

__all__ = ["open_task", "submit_evidence", "tasks_for", "tasks_visible_to", "verify"]

# Who may open a task (the module calling may narrow it further) and who verifies. Compliance reviewers open
# tasks on marketing violations found in monitoring and sweeps (reviews).
OPENERS = frozenset({Role.REVIEWER, Role.HEAD, Role.OFFICER, Role.COMPLIANCE_REVIEWER})
VERIFIERS = frozenset({Role.OFFICER})


def tasks_for(subject: models.Model) -> QuerySet[RectificationTask]:
    """The tasks opened on `subject` (any model instance), due date first. Unscoped: the caller has already
    checked that the user may see `subject`."""
    return RectificationTask.objects.filter(subject_type=ContentType.objects.get_for_model(subject),
                                            subject_id=subject.pk).select_related("owner", "institution")


def tasks_visible_to(user: User) -> QuerySet[RectificationTask]:
    """Tasks of institutions in the user's data scope, and the tasks the user owns."""
    return rectifications_visible_to(user)


def _belongs(owner: User, institution: Institution) -> bool:
    return owner.institution_id is not None and owner.institution.path.startswith(institution.path)


@transaction.atomic
def open_task(*, subject: models.Model, institution: Institution, title: str, owner: User, due_on: date, by: User,
              source: str, detail: str = "", subject_label: str | None = None,
              subject_url: str | None = None) -> RectificationTask:
    """整改任务: open a task on `subject` for `institution`, owned by `owner` (a user of that institution or one
    below it — anyone else is refused, field `owner`), due on `due_on` (not in the past). The owner is told."""
    response.guard(by, OPENERS, _("set rectification tasks"))
    if subject.pk is None:
        raise InvalidInput(_("The subject must be saved first."), field="subject")
    title = response.require_text(title, "title", _("Task"))[:200]
    if owner is None or not owner.is_active or not _belongs(owner, institution):
        raise InvalidInput(_("The owner must be an active user of %(institution)s or an institution below it.")
                           % {"institution": institution.name}, field="owner")
    if due_on is None or due_on < timezone.localdate():
        raise InvalidInput(_("The due date cannot be in the past."), field="due_on")
    source = (source or "").strip()[:40]
    if not source:
        raise InvalidInput(_("Name the module opening the task."), field="source")
    label = (subject_label if subject_label is not None else str(subject))[:200]
    url = subject_url if subject_url is not None else _url_of(subject)
    task = RectificationTask.objects.create(
        subject_type=ContentType.objects.get_for_model(subject), subject_id=subject.pk, subject_label=label,
        subject_url=url[:300], source=source, title=title, description=(detail or "").strip(), owner=owner,
        institution=institution, due_on=due_on, created_by=by)
    audit.record(action="rectification.open", obj=task, actor=by,
                 after={"subject": f"{task.subject_type.app_label}.{task.subject_type.model}:{subject.pk}",
                        "owner": owner.username, "due_on": due_on.isoformat(), "source": source})
    response.notify([owner], kind=Notice.Kind.RECTIFICATION, complaint=subject if isinstance(subject, Complaint)
                    else None, url=url, title=_("Rectification task: %(title)s") % {"title": title},
                    body=_("Due %(date)s. Upload the evidence when done.") % {"date": due_on.isoformat()})
    return task


def _url_of(subject: models.Model) -> str:
    get_url = getattr(subject, "get_absolute_url", None)
    if get_url is not None:
        return str(get_url())
    if isinstance(subject, Complaint):
        return response.case_url(subject)
    return ""


def _task(task_id: int, by: User) -> RectificationTask:
    task = tasks_visible_to(by).select_for_update(of=("self",)).filter(pk=task_id).first()
    if task is None:
        raise NotFound("rectification task not found")
    return task


@transaction.atomic
def submit_evidence(*, task_id: int, by: User, note: str, attachment_id: int | None = None,
                    upload: tuple[str, BinaryIO, int | None] | None = None) -> RectificationTask:
    """整改证明: the owner (or a case worker in scope) submits the evidence. For a complaint subject the evidence is
    an attachment of the case (existing, or a new file stored through the attachments service) and is required."""
    task = _task(task_id, by)
    if task.owner_id != by.pk:
        response.guard(by, response.CASE_WORKERS, _("submit rectification evidence"))
    note = response.require_text(note, "note", _("Evidence note"))
    on_complaint = task.subject_type.model_class() is Complaint
    evidence = None
    if upload is not None and on_complaint:
        name, stream, size = upload
        evidence = attachment_add(complaint_id=task.subject_id, by=by, name=name, stream=stream, size=size)
    elif attachment_id is not None and on_complaint:
        evidence = Attachment.objects.filter(pk=attachment_id, complaint_id=task.subject_id).first()
        if evidence is None:
            raise UnknownReference(_("The case has no such attachment."), field="attachment_id")
    elif upload is not None or attachment_id is not None:
        # What the task is about decides, not the request's form: a clash with the task (409 on the API).
        raise ConflictingInput(_("Files for this task are kept by the module that opened it; describe them in the "
                                 "note."), field="file" if upload is not None else "attachment_id")
    if on_complaint and evidence is None:
        raise ConflictingInput(_("A task on a complaint needs its evidence: attach a file or name one of the case's "
                                 "attachments."), field="file")
    before, after = transitions.apply(task, "submit")
    task.evidence, task.evidence_note, task.submitted_at = evidence, note, timezone.now()
    task.save(update_fields=["status", "evidence", "evidence_note", "submitted_at"])
    audit.record(action="rectification.submit", obj=task, actor=by, before={"status": before},
                 after={"status": after, "attachment": evidence.pk if evidence else None}, note=note[:200])
    return task


@transaction.atomic
def verify(*, task_id: int, by: User, accepted: bool, note: str = "") -> RectificationTask:
    """整改验证 by the officer: accept the evidence, or return it with a reason (the task reopens)."""
    response.guard(by, VERIFIERS, _("verify rectification"))
    task = _task(task_id, by)
    if task.owner_id == by.pk:
        raise PermissionDenied(_("The owner of a task cannot verify it."))
    note = response.require_text(note, "note", _("Note"), required=not accepted)
    before, after = transitions.apply(task, "verify" if accepted else "return")
    task.verified_by, task.verified_at, task.verification_note = (by, timezone.now(), note) if accepted else (
        None, None, note)
    task.save(update_fields=["status", "verified_by", "verified_at", "verification_note"])
    audit.record(action="rectification.verify" if accepted else "rectification.return", obj=task, actor=by,
                 before={"status": before}, after={"status": after}, note=note[:200])
    if not accepted:
        response.notify([task.owner], kind=Notice.Kind.RECTIFICATION,
                        complaint=task.subject if task.subject_type.model_class() is Complaint else None,
                        url=task.subject_url, title=_("Rectification evidence returned: %(title)s")
                        % {"title": task.title}, body=note)
    return task

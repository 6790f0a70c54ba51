"""溯源整改 — root cause (the handler proposes, the reviewer confirms at closure), rectification tasks (owner, due
date, evidence, the officer's verification) and the recurrence analysis of closed cases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import BinaryIO
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Case, Count, F, Q, QuerySet, Value, When
from django.db.models.functions import TruncMonth, TruncQuarter
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.complaints import grading, selectors
from xiaobao.complaints.codes import Status
from xiaobao.complaints.models import Attachment, Complaint, Notice, RectificationTask, RootCause
from xiaobao.complaints.services import response
from xiaobao.complaints.services._common import lock, record
from xiaobao.complaints.services.attachments import attachment_add
from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from xiaobao.org.models import User
from xiaobao.org.roles import Role

BEIJING = ZoneInfo("Asia/Shanghai")


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

def rectifications_visible_to(user: User) -> QuerySet[RectificationTask]:
    """Tasks of cases in the user's scope, plus the tasks the user owns."""
    return RectificationTask.objects.filter(
        Q(complaint__in=selectors.complaints_visible_to(user)) | Q(owner=user)
    ).select_related("complaint", "owner", "institution")


def overdue_rectifications(user: User, *, today: date | None = None) -> QuerySet[RectificationTask]:
    """整改逾期: tasks not verified by their due date."""
    today = today or timezone.localdate()
    return rectifications_visible_to(user).exclude(status=RectificationTask.Status.VERIFIED).filter(due_on__lt=today)


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


# ---- recurrence analysis ---------------------------------------------------------------------------

@dataclass
class Cluster:
    cause: str
    cause_label: str
    product_line: str
    institution: str
    institution_name: str
    counts: dict[str, int] = field(default_factory=dict)  # period label → closed cases

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Recurrence:
    periods: list[str]
    threshold: int
    clusters: list[Cluster]

    def row(self, cluster: Cluster) -> dict[str, object]:
        series = [cluster.counts.get(p, 0) for p in self.periods]
        recurring = sum(1 for n in series if n) >= 2  # came back in more than one period
        trend = series[-1] - series[-2] if len(series) >= 2 else 0
        return {"cluster": cluster, "series": series, "total": cluster.total, "trend": trend,
                "recurring": recurring, "hot": any(n >= self.threshold for n in series)}


def _label(moment: datetime, by: str) -> str:
    local = moment.astimezone(BEIJING)
    return f"{local.year}Q{(local.month - 1) // 3 + 1}" if by == "quarter" else f"{local:%Y-%m}"


def _periods(since: datetime, until: datetime, by: str) -> list[str]:
    """Every month or quarter label from `since` up to (excluding) `until`, so a gap shows as 0."""
    start, end = since.astimezone(BEIJING), until.astimezone(BEIJING)
    cursor, out = datetime(start.year, start.month, 1, tzinfo=BEIJING), []
    while cursor < end:
        label = _label(cursor, by)
        if label not in out:
            out.append(label)
        cursor = datetime(cursor.year + cursor.month // 12, cursor.month % 12 + 1, 1, tzinfo=BEIJING)
    return out


def recurrence(user: User, *, since: datetime, until: datetime, by: str = "month",
               cause_source: str = "root") -> Recurrence:
    """复发分析: closed cases in scope grouped by cause × product line × institution × month/quarter — one
    aggregate query. `cause_source` "root" uses the confirmed root cause (unconfirmed: "unconfirmed"),
    "complaint" the regulator's statistical cause."""
    if by not in ("month", "quarter"):
        raise InvalidInput(_("Group by month or quarter."), field="by")
    trunc = (TruncQuarter if by == "quarter" else TruncMonth)("closed_at", tzinfo=BEIJING)
    cause = (Case(When(root_cause__confirmed_at__isnull=False, then=F("root_cause__category")),
                  default=Value("unconfirmed")) if cause_source == "root" else F("cause"))
    qs = (selectors.complaints_visible_to(user)
          .filter(status=Status.CLOSED, closed_at__gte=since, closed_at__lt=until)
          .annotate(period=trunc, cause_key=cause)
          .values("cause_key", "product_line", "institution__code", "institution__name", "period")
          .annotate(n=Count("id")))
    rules = grading.current()
    taxonomy = rules.root_causes
    clusters: dict[tuple[str, str, str], Cluster] = {}
    periods = _periods(since, until, by)
    for row in qs:
        label = _label(row["period"], by)
        key = (row["cause_key"], row["product_line"], row["institution__code"])
        spec = taxonomy.get(row["cause_key"])
        cluster = clusters.setdefault(key, Cluster(row["cause_key"], spec.display() if spec else row["cause_key"],
                                                   row["product_line"], row["institution__code"],
                                                   row["institution__name"]))
        cluster.counts[label] = cluster.counts.get(label, 0) + row["n"]
    ordered = sorted(clusters.values(), key=lambda c: (-c.total, c.cause, c.institution))
    return Recurrence(periods, rules.recurrence_threshold, ordered)

"""REST endpoints for major complaints (grading, response clocks, board, notices), external routes (调解),
root cause and rectification (溯源整改), accountability (问责) and the intake duplicate check.

Mounted beside the complaint router at /api/v1; errors are `{code, message, field}` (core.errors).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from django.utils import timezone
from ninja import Body, File, Form, Router, Schema
from ninja import Status as Reply
from ninja.files import UploadedFile
from pydantic import ConfigDict, Field, create_model

from xiaobao.complaints import selectors
from xiaobao.complaints.services.workflow import MAX_TEXT as TEXT_LIMIT
from xiaobao.core.errors import NotFound
from xiaobao.core.schema import HAS_TEXT, Day, Flag, Instant, Money, decimal, one_of
from xiaobao.major import grading, services
from xiaobao.major import selectors as selectors_major
from xiaobao.major.models import (
    AccountabilityRecord,
    ExternalRoute,
    Level,
    MajorCase,
    Measure,
    RectificationTask,
    RootCause,
    RouteKind,
    RouteOutcome,
)
from xiaobao.major.selectors import ClockView

router = Router(tags=["major complaints"])

LevelCode = Literal[tuple(Level.values)]  # type: ignore[valid-type]


# ---- schemas --------------------------------------------------------------------------------------

class ClockOut(Schema):
    kind: str
    label: str
    level: str
    due_at: datetime
    met_at: datetime | None
    seconds_left: int = Field(description="negative once missed")
    missed: bool
    escalations: int
    escalated_to: str | None


class SuggestionOut(Schema):
    level: str
    reasons: list[dict]


class GradingOut(Schema):
    complaint: int
    number: str
    level: str = Field(description="confirmed level; empty until the officer confirms")
    suggested_level: str
    suggested_reasons: list[dict]
    live_suggestion: SuggestionOut = Field(description="what the rules in force suggest now")
    media_exposure: bool
    extreme_threat: bool
    override_reason: str
    confirmed_by: str | None
    confirmed_at: datetime | None
    rules_version: str
    must_record: list[str]
    clocks: list[ClockOut]


class SignalsIn(Schema):
    media_exposure: bool
    extreme_threat: bool
    note: str = Field("", max_length=TEXT_LIMIT, description="what was published or threatened: empty keeps the "
                      "note on file; a signal set with no note given or on file is a 409")


class ConfirmIn(Schema):
    level: LevelCode | None = Field(None, description="omit to confirm the suggestion; another level overrides")
    reason: str = Field("", description="required for an override")


class ClockMetIn(Schema):
    kind: Literal["first_response", "report"]
    note: str = ""
    report: dict[str, str] = Field(default_factory=dict, description="the level's must_record items → text")


class RulesIn(Schema):
    content: str = Field(description="the rules as TOML (see grading_rules.toml)")
    note: str = Field(min_length=1, max_length=200, pattern=HAS_TEXT, description="reason for the change")


class RulesVersionOut(Schema):
    version: str
    note: str
    created_by: str | None
    created_at: datetime | None


class RulesOut(Schema):
    version: str
    content: str
    history: list[RulesVersionOut]


class BoardRowOut(Schema):
    complaint: int
    number: str
    institution: str
    status: str
    level: str
    handler: str | None
    clocks: list[ClockOut]


class TaskOut(Schema):
    id: int
    subject_type: str = Field(description="what is being rectified, e.g. complaints.complaint")
    subject_id: int
    subject_label: str = Field(description="e.g. the case number")
    subject_url: str
    source: str = Field(description="the module that opened the task")
    complaint: int | None = Field(description="the complaint id when the subject is a complaint")
    number: str = Field(description="the subject's label (the case number for a complaint)")
    title: str
    owner: str
    institution: str
    due_on: date
    status: str
    evidence: int | None
    overdue: bool


class BoardOut(Schema):
    cases: list[BoardRowOut]
    overdue_rectifications: list[TaskOut]


class NoticeOut(Schema):
    id: int
    kind: str
    title: str
    body: str
    url: str
    complaint: int | None
    created_at: datetime
    read_at: datetime | None


class RouteIn(Schema):
    kind: Literal[tuple(RouteKind.values)]  # type: ignore[valid-type]
    body: str = Field(min_length=1, max_length=TEXT_LIMIT, pattern=HAS_TEXT,
                      description="mediation centre, court or arbitration body (kept to 100 characters)")
    referred_on: Day
    mediator: str = ""
    reference: str = ""


class SessionIn(Schema):
    held_on: Day
    notes: str


class OutcomeIn(Schema):
    outcome: Literal[tuple(v for v in RouteOutcome.values if v != "pending")]  # type: ignore[valid-type]
    outcome_on: Day
    notes: str = ""
    amount: Money | None = None
    agreement_id: int | None = Field(None, description="an attachment of the case (upload it first)")


class SessionOut(Schema):
    held_on: date
    notes: str


class RouteOut(Schema):
    id: int
    kind: str
    body: str
    referred_on: date
    mediator: str
    reference: str
    outcome: str
    outcome_on: date | None
    outcome_notes: str
    amount: Decimal | None
    agreement_id: int | None
    sessions: list[SessionOut]
    stops_statutory_clock: bool = Field(False, description="always false: the decision deadline keeps running")


class RootCauseIn(Schema):
    category: str = Field(description="a root-cause code of the grading rules in force (GET /major/rules; an "
                                      "unknown one: 404 on category)")
    sub_cause: str = Field("", description="one of that cause's sub-causes (an unknown one: 404 on sub_cause)")
    analysis: str = Field(min_length=1, max_length=TEXT_LIMIT, pattern=HAS_TEXT)


class RootCauseConfirmIn(Schema):
    category: str | None = None
    sub_cause: str | None = None
    comment: str = ""


class RootCauseOut(Schema):
    category: str
    sub_cause: str
    analysis: str
    proposed_by: str
    confirmed_by: str | None
    confirmed_at: datetime | None


class TaxonomyOut(Schema):
    code: str
    label: str
    label_en: str
    subs: dict[str, str]


class TaskIn(Schema):
    title: str
    owner: str = Field(description="username")
    due_on: Day
    description: str = ""


VerifyIn = one_of("accepted", {
    "true": create_model("VerifyAcceptIn", __base__=Schema, accepted=(Literal[True], ...),
                         note=(str, Field("", max_length=TEXT_LIMIT))),
    "false": create_model("VerifyReturnIn", __base__=Schema, accepted=(Literal[False], ...),
                          note=(str, Field(min_length=1, max_length=TEXT_LIMIT, pattern=HAS_TEXT,
                                           description="why the evidence goes back to the owner"))),
})
"""Verify the evidence (accepted true, an optional note) or return it (accepted false, with the reason)."""


# Whom an accountability record names: a user, an institution, or both (at least one; an unknown one: 404).
_RESPONSIBLE = {"anyOf": [{"required": [name], "properties": {name: {"pattern": HAS_TEXT}}}
                          for name in ("responsible_user", "responsible_institution")]}


class _AccountabilityBase(Schema):
    model_config = ConfigDict(json_schema_extra=_RESPONSIBLE)


def _accountability_body(measure: Measure) -> type[Schema]:
    """The body for one measure: a financial penalty takes an amount above zero, every other measure none."""
    amount: tuple[Any, Any] = ((Annotated[Decimal, decimal(places=2, above=0, maximum="999999999999.99", unit="yuan")],
                                ...) if measure == Measure.FINE else (None, Field(None, description="only a fine "
                                                                                              "takes an amount")))
    camel = "".join(part.title() for part in measure.value.split("_"))
    return create_model(
        f"Accountability{camel}In", __base__=_AccountabilityBase,
        finding=(str, Field(min_length=1, max_length=TEXT_LIMIT, pattern=HAS_TEXT)),
        measure=(Literal[measure.value], ...),
        responsible_user=(str, Field("", max_length=150, description="a username")),
        responsible_institution=(str, Field("", max_length=20, description="an institution code")),
        amount=amount)


AccountabilityIn = one_of("measure", {m.value: _accountability_body(m) for m in Measure})
"""An accountability proposal: the finding, the measure (a fine with its amount), and the responsible user or
institution (at least one)."""


class DecisionIn(Schema):
    approve: bool
    note: str = ""


class AccountabilityOut(Schema):
    id: int
    responsible_user: str | None
    responsible_institution: str | None
    finding: str
    measure: str
    amount: Decimal | None
    status: str
    proposed_by: str
    decided_by: str | None
    assessment_periods: list[str]


class ClusterOut(Schema):
    cause: str
    cause_label: str
    product_line: str
    institution: str
    institution_name: str
    series: list[int]
    total: int
    trend: int
    recurring: bool
    hot: bool


class RecurrenceOut(Schema):
    periods: list[str]
    threshold: int
    clusters: list[ClusterOut]


class DuplicateCheckIn(Schema):
    phone: str = ""
    id_number: str = ""
    policy_number: str = ""
    received_at: Instant | None = None


class DuplicateOut(Schema):
    id: int
    number: str
    status: str
    received_at: datetime
    institution: str
    matched_on: list[str]


class DuplicateCheckOut(Schema):
    window_days: int
    matches: list[DuplicateOut]
    elsewhere: bool = Field(description="matching cases exist outside your scope (not shown): ask the officer")
    hidden_count: int | None = Field(description="how many matching cases lie outside your scope: for a "
                                                 "consumer-protection officer only, null for everyone else")


# ---- presenters ------------------------------------------------------------------------------------

def _clocks(views: list[ClockView]) -> list[ClockOut]:
    return [ClockOut(**v.__dict__) for v in views]


def grading_out(request: HttpRequest, complaint_id: int) -> GradingOut:
    c = selectors.complaint_get(user=request.user, pk=complaint_id)
    m = MajorCase.objects.filter(complaint=c).select_related("confirmed_by").first() or MajorCase(complaint=c)
    live = services.grading.preview(c)
    now = timezone.now()
    clocks = m.clocks.filter(cancelled_at__isnull=True).select_related("escalated_to") if m.pk else []
    return GradingOut(
        complaint=c.pk, number=c.number, level=m.level, suggested_level=m.suggested_level,
        suggested_reasons=m.suggested_reasons, live_suggestion=SuggestionOut(level=live.level, reasons=live.reasons),
        media_exposure=m.media_exposure, extreme_threat=m.extreme_threat, override_reason=m.override_reason_masked,
        confirmed_by=m.confirmed_by.username if m.confirmed_by_id else None, confirmed_at=m.confirmed_at,
        rules_version=m.rules_version, must_record=m.must_record,
        clocks=_clocks([selectors_major.clock_view(k, now) for k in clocks]))


def task_out(t: RectificationTask, today: date) -> TaskOut:
    subject_type = f"{t.subject_type.app_label}.{t.subject_type.model}"
    return TaskOut(id=t.pk, subject_type=subject_type, subject_id=t.subject_id, subject_label=t.subject_label,
                   subject_url=t.subject_url, source=t.source,
                   complaint=t.subject_id if subject_type == "complaints.complaint" else None,
                   number=t.subject_label, title=t.title_masked,
                   owner=t.owner.username, institution=t.institution.code, due_on=t.due_on, status=t.status,
                   evidence=t.evidence_id, overdue=t.status != "verified" and t.due_on < today)


def route_out(r: ExternalRoute) -> RouteOut:
    return RouteOut(id=r.pk, kind=r.kind, body=r.body, referred_on=r.referred_on, mediator=r.mediator,
                    reference=r.reference, outcome=r.outcome, outcome_on=r.outcome_on, outcome_notes=r.outcome_notes_masked,
                    amount=r.amount, agreement_id=r.agreement_id,
                    sessions=[SessionOut(held_on=s.held_on, notes=s.notes_masked) for s in r.sessions.all()])


def accountability_out(a: AccountabilityRecord) -> AccountabilityOut:
    return AccountabilityOut(
        id=a.pk, responsible_user=a.responsible_user.username if a.responsible_user_id else None,
        responsible_institution=a.responsible_institution.code if a.responsible_institution_id else None,
        finding=a.finding_masked, measure=a.measure, amount=a.amount, status=a.status, proposed_by=a.proposed_by.username,
        decided_by=a.decided_by.username if a.decided_by_id else None,
        assessment_periods=[x.period for x in a.assessments.all()])


def root_cause_out(r: RootCause) -> RootCauseOut:
    return RootCauseOut(category=r.category, sub_cause=r.sub_cause, analysis=r.analysis_masked,
                        proposed_by=r.proposed_by.username,
                        confirmed_by=r.confirmed_by.username if r.confirmed_by_id else None, confirmed_at=r.confirmed_at)


# ---- grading and response --------------------------------------------------------------------------

@router.get("/major/rules", response=RulesOut, summary="Grading rules in force, with the version history")
def rules_get(request: HttpRequest) -> RulesOut:
    from xiaobao.major.models import GradingRuleSet

    rules = grading.current()
    history = [RulesVersionOut(version=f"v{r.version}", note=r.note, created_by=r.created_by.username,
                               created_at=r.created_at) for r in GradingRuleSet.objects.select_related("created_by")]
    history.append(RulesVersionOut(version=grading.DEFAULT_VERSION, note="grading_rules.toml", created_by=None,
                                   created_at=None))
    return RulesOut(version=rules.version, content=rules.text, history=history)


@router.post("/major/rules", response={201: RulesVersionOut},
             summary="Save a new version of the grading rules (officer; 422 names each invalid field)")
def rules_save(request: HttpRequest, payload: RulesIn) -> Reply:
    """Beyond the schema (422 naming the field): the content must be valid grading rules in TOML."""
    r = services.grading.rules_save(by=request.user, content=payload.content, note=payload.note)
    return Reply(201, RulesVersionOut(version=f"v{r.version}", note=r.note, created_by=request.user.username,
                                      created_at=r.created_at))


@router.get("/complaints/{complaint_id}/grading", response=GradingOut, summary="Grading and response clocks of a case")
def grading_get(request: HttpRequest, complaint_id: int) -> GradingOut:
    return grading_out(request, complaint_id)


@router.post("/complaints/{complaint_id}/grading/suggest", response=GradingOut, summary="Suggest the level (建议分级)")
def grading_suggest(request: HttpRequest, complaint_id: int) -> GradingOut:
    services.grading.suggest(complaint_id=complaint_id, by=request.user)
    return grading_out(request, complaint_id)


@router.post("/complaints/{complaint_id}/grading/signals", response=GradingOut,
             summary="Record media exposure / extreme-behaviour signals")
def grading_signals(request: HttpRequest, complaint_id: int, payload: SignalsIn) -> GradingOut:
    services.grading.record_signals(complaint_id=complaint_id, by=request.user, **payload.dict())
    return grading_out(request, complaint_id)


@router.post("/complaints/{complaint_id}/grading/confirm", response=GradingOut,
             summary="Confirm the suggested level, or override it with a reason (officer); starts the response")
def grading_confirm(request: HttpRequest, complaint_id: int, payload: ConfirmIn) -> GradingOut:
    """Beyond the schema (422 naming the field): a reason for a level other than the one the rules suggest for
    this case (GET /complaints/{id}/grading shows the suggestion)."""
    services.grading.confirm(complaint_id=complaint_id, by=request.user, level=payload.level, reason=payload.reason)
    return grading_out(request, complaint_id)


@router.post("/complaints/{complaint_id}/response", response=GradingOut,
             summary="Record the first response or the report upward (stops that clock)")
def response_met(request: HttpRequest, complaint_id: int, payload: ClockMetIn) -> GradingOut:
    services.response.clock_met(complaint_id=complaint_id, by=request.user, kind=payload.kind, note=payload.note,
                                report=payload.report)
    return grading_out(request, complaint_id)


@router.get("/major/board", response=BoardOut,
            summary="Open major complaints with their clocks (read only: the worker escalates missed clocks)")
def board(request: HttpRequest) -> BoardOut:
    today = timezone.localdate()
    rows = [BoardRowOut(complaint=r.major.complaint_id, number=r.major.complaint.number,
                        institution=r.major.complaint.institution.code, status=r.major.complaint.status,
                        level=r.major.level, handler=r.major.complaint.handler.username if r.major.complaint.handler_id
                        else None, clocks=_clocks(r.clocks)) for r in selectors_major.board(request.user)]
    tasks = [task_out(t, today) for t in selectors_major.overdue_rectifications(request.user, today=today)]
    return BoardOut(cases=rows, overdue_rectifications=tasks)


@router.get("/notices", response=list[NoticeOut], summary="My in-app notices, newest first")
def notices(request: HttpRequest, unread: Flag = False) -> list[NoticeOut]:
    return [NoticeOut(id=n.pk, kind=n.kind, title=n.title, body=n.body, url=n.url, complaint=n.complaint_id,
                      created_at=n.created_at, read_at=n.read_at)
            for n in selectors_major.notices_for(request.user, unread_only=unread)[:200]]


@router.post("/notices/{notice_id}/read", response={204: None}, summary="Mark a notice read")
def notice_read(request: HttpRequest, notice_id: int) -> Reply:
    services.response.notice_read(notice_id=notice_id, by=request.user)
    return Reply(204, None)


# ---- external routes -------------------------------------------------------------------------------

@router.get("/complaints/{complaint_id}/routes", response=list[RouteOut], summary="Mediation, litigation, arbitration")
def routes(request: HttpRequest, complaint_id: int) -> list[RouteOut]:
    c = selectors.complaint_get(user=request.user, pk=complaint_id)
    return [route_out(r) for r in c.external_routes.prefetch_related("sessions")]


@router.post("/complaints/{complaint_id}/routes", response={201: RouteOut},
             summary="Refer to mediation / record litigation or arbitration (the statutory clock keeps running)")
def route_refer(request: HttpRequest, complaint_id: int, payload: RouteIn) -> Reply:
    """Beyond the schema (422 naming the field): referred_on not after today (it moves with the clock)."""
    route = services.mediation.refer(complaint_id=complaint_id, by=request.user, **payload.dict())
    return Reply(201, route_out(route))


@router.post("/routes/{route_id}/sessions", response={201: RouteOut}, summary="Record a mediation session")
def route_session(request: HttpRequest, route_id: int, payload: SessionIn) -> Reply:
    session = services.mediation.add_session(route_id=route_id, by=request.user, **payload.dict())
    return Reply(201, route_out(session.route))


@router.post("/routes/{route_id}/outcome", response=RouteOut, summary="Record the outcome (agreement, judgment, award)")
def route_outcome(request: HttpRequest, route_id: int, payload: OutcomeIn) -> RouteOut:
    return route_out(services.mediation.record_outcome(route_id=route_id, by=request.user, **payload.dict()))


# ---- root cause, rectification, recurrence --------------------------------------------------------

@router.get("/root-causes", response=list[TaxonomyOut], summary="Root-cause taxonomy (rules data)")
def taxonomy(request: HttpRequest) -> list[TaxonomyOut]:
    return [TaxonomyOut(code=s.code, label=s.label, label_en=s.label_en, subs=s.subs)
            for s in grading.current().root_causes.values()]


@router.get("/complaints/{complaint_id}/root-cause", response=RootCauseOut, summary="The case's root cause (404: none)")
def root_cause_get(request: HttpRequest, complaint_id: int) -> RootCauseOut:
    c = selectors.complaint_get(user=request.user, pk=complaint_id)
    cause = RootCause.objects.filter(complaint=c).select_related("proposed_by", "confirmed_by").first()
    if cause is None:
        raise NotFound("no root cause has been proposed")
    return root_cause_out(cause)


@router.post("/complaints/{complaint_id}/root-cause", response=RootCauseOut, summary="Propose the root cause (溯源)")
def root_cause_propose(request: HttpRequest, complaint_id: int, payload: RootCauseIn) -> RootCauseOut:
    return root_cause_out(services.rootcause.propose(complaint_id=complaint_id, by=request.user, **payload.dict()))


@router.post("/complaints/{complaint_id}/root-cause/confirm", response=RootCauseOut,
             summary="Confirm the root cause at closure (reviewer)")
def root_cause_confirm(request: HttpRequest, complaint_id: int, payload: RootCauseConfirmIn) -> RootCauseOut:
    return root_cause_out(services.rootcause.confirm(complaint_id=complaint_id, by=request.user, **payload.dict()))


@router.get("/rectifications", response=list[TaskOut], summary="Rectification tasks in scope or owned")
def rectifications(request: HttpRequest, overdue: Flag = False) -> list[TaskOut]:
    today = timezone.localdate()
    qs = (selectors_major.overdue_rectifications(request.user, today=today) if overdue
          else selectors_major.rectifications_visible_to(request.user))
    return [task_out(t, today) for t in qs[:500]]


@router.post("/complaints/{complaint_id}/rectifications", response={201: TaskOut}, summary="Set a rectification task")
def rectification_create(request: HttpRequest, complaint_id: int, payload: TaskIn) -> Reply:
    task = services.rootcause.task_create(complaint_id=complaint_id, by=request.user, **payload.dict())
    return Reply(201, task_out(task, timezone.localdate()))


@router.post("/rectifications/{task_id}/evidence", response=TaskOut,
             summary="Submit evidence: a file (multipart) or an attachment id of the case")
def rectification_evidence(request: HttpRequest, task_id: int,
                           note: str = Form(..., min_length=1, max_length=TEXT_LIMIT, pattern=HAS_TEXT),
                           attachment_id: int | None = Form(None, ge=1, le=2**63 - 1),
                           file: UploadedFile | None = File(None)) -> TaskOut:
    """What a task takes depends on what it is about. A task on a complaint needs its evidence: a file (kept as an
    attachment of the case) or `attachment_id`, one of the case's attachments — without either, 409 on `file`; an
    attachment the case does not have, 404 on `attachment_id`. A task another module opened (a review, a partner
    …) takes the note only: that module keeps the files, and a file or attachment id is a 409."""
    upload = (file.name or "evidence", file.file, file.size) if file is not None else None
    task = services.rootcause.task_submit(task_id=task_id, by=request.user, note=note, attachment_id=attachment_id,
                                          upload=upload)
    return task_out(task, timezone.localdate())


@router.post("/rectifications/{task_id}/verify", response=TaskOut, summary="Verify or return the evidence (officer)")
def rectification_verify(request: HttpRequest, task_id: int, payload: VerifyIn = Body(...)) -> TaskOut:
    task = services.rootcause.task_verify(task_id=task_id, by=request.user, **payload.dict())
    return task_out(task, timezone.localdate())


@router.get("/major/recurrence", response=RecurrenceOut,
            summary="Closed cases by cause × product line × institution × month/quarter, recurring ones flagged")
def recurrence(request: HttpRequest, by: Literal["month", "quarter"] = "month",
               cause: Literal["root", "complaint"] = "root", since: Instant | None = None,
               until: Instant | None = None) -> RecurrenceOut:
    until = until or timezone.now()
    result = selectors_major.recurrence(request.user, since=since or until - timedelta(days=365), until=until,
                                        by=by, cause_source=cause)
    rows = [result.row(c) for c in result.clusters]
    return RecurrenceOut(periods=result.periods, threshold=result.threshold, clusters=[
        ClusterOut(cause=r["cluster"].cause, cause_label=r["cluster"].cause_label,
                   product_line=r["cluster"].product_line, institution=r["cluster"].institution,
                   institution_name=r["cluster"].institution_name, series=r["series"], total=r["total"],
                   trend=r["trend"], recurring=r["recurring"], hot=r["hot"]) for r in rows])


# ---- accountability --------------------------------------------------------------------------------

@router.get("/complaints/{complaint_id}/accountability", response=list[AccountabilityOut])
def accountability_list(request: HttpRequest, complaint_id: int) -> list[AccountabilityOut]:
    selectors.complaint_get(user=request.user, pk=complaint_id)
    qs = services.accountability.records_visible_to(request.user).filter(complaint_id=complaint_id)
    return [accountability_out(a) for a in qs.prefetch_related("assessments")]


@router.post("/complaints/{complaint_id}/accountability", response={201: AccountabilityOut},
             summary="Propose accountability (问责)")
def accountability_propose(request: HttpRequest, complaint_id: int, payload: AccountabilityIn = Body(...)
                           ) -> Reply:
    item = services.accountability.propose(complaint_id=complaint_id, by=request.user, **payload.dict())
    return Reply(201, accountability_out(item))


@router.post("/accountability/{record_id}/decision", response=AccountabilityOut,
             summary="Approve or reject (head / officer, not the proposer); approval links the assessment record")
def accountability_decide(request: HttpRequest, record_id: int, payload: DecisionIn) -> AccountabilityOut:
    return accountability_out(services.accountability.decide(record_id=record_id, by=request.user, **payload.dict()))


# ---- intake duplicate check ------------------------------------------------------------------------

@router.post("/complaints/duplicate-check", response=DuplicateCheckOut,
             summary="Likely duplicates or repeats before registering (same phone / ID / policy within the window)")
def duplicate_check(request: HttpRequest, payload: DuplicateCheckIn) -> DuplicateCheckOut:
    found = selectors_major.possible_duplicates(request.user, payload.phone, payload.id_number,
                                                payload.policy_number, payload.received_at)
    return DuplicateCheckOut(window_days=found.window_days, elsewhere=found.elsewhere,
                             hidden_count=found.hidden_count, matches=[
        DuplicateOut(id=m.complaint.pk, number=m.complaint.number, status=m.complaint.status,
                     received_at=m.complaint.received_at, institution=m.complaint.institution.code,
                     matched_on=m.matched_on) for m in found.matches])

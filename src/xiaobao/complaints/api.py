"""REST endpoints of the complaint module (`/api/v1/complaints`)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Body, File, Header, Query, Router, Schema
from ninja import Status as Reply
from ninja.files import UploadedFile
from pydantic import Field, create_model

from xiaobao.complaints import selectors, services, transitions
from xiaobao.complaints.codes import (
    Category,
    Cause,
    Channel,
    ContactWay,
    DeclineReason,
    ProductLine,
    Result,
    Satisfaction,
    Status,
    SubCause,
)
from xiaobao.complaints.models import Complaint
from xiaobao.complaints.presenters import complainant_masked, complaint_sla
from xiaobao.complaints.services.workflow import MAX_TEXT
from xiaobao.core import registry
from xiaobao.core.dates import due_date
from xiaobao.core.pagination import capped_count
from xiaobao.core.schema import HAS_TEXT, Flag, Instant, Money, one_of, required_text

router = Router(tags=["complaints"])

ChannelCode = Literal[tuple(Channel.values)]  # type: ignore[valid-type]
ProductLineCode = Literal[tuple(ProductLine.values)]  # type: ignore[valid-type]
CategoryCode = Literal[tuple(Category.values)]  # type: ignore[valid-type]
CauseCode = Literal[tuple(Cause.values)]  # type: ignore[valid-type]
SubCauseCode = Literal[("", *SubCause.values)]  # type: ignore[valid-type]


class ComplainantIn(Schema):
    name: str = Field(min_length=1, pattern=HAS_TEXT, max_length=60)
    phone: str = Field("", max_length=30)
    id_number: str = Field("", max_length=30)
    address: str = Field("", max_length=200)


RANGE = (f"between {services.intake.FIRST_RULES_DAY.isoformat()} 00:00 Beijing time (the first complaint-handling "
         "rules) and one day from now; anything else is refused with 422")


class ComplaintCreateIn(Schema):
    channel: ChannelCode
    received_at: Instant = Field(description=f"when the complaint was received, with a time zone: {RANGE}")
    institution: str = Field(description="handling institution code")
    complainant: ComplainantIn
    product_line: ProductLineCode
    category: CategoryCode = Field(description="business line in the regulator's statistics")
    cause: CauseCode = Field(description="cause in the regulator's statistics")
    sub_cause: SubCauseCode = Field("", description="second-level cause (二级事由), optional: one of the cause's "
                                    "own (its code starts with the cause's code and a dot, e.g. claims.delay under "
                                    "claims); another cause's is refused with 422 {code, message, field: sub_cause}")
    summary: str = Field(min_length=1, pattern=HAS_TEXT, max_length=5000)
    policy_number: str = Field("", max_length=40)
    claim_number: str = Field("", max_length=40)
    report_number: str = Field("", max_length=40)
    requested_outcome: str = Field("", max_length=2000)
    disputed_amount: Money | None = None
    regulator_reference: str = Field("", max_length=64)
    regulator_due_at: Instant | None = Field(None, description="the regulator's deadline, between "
                                              f"{services.intake.FIRST_RULES_DAY.isoformat()} and two years from now")
    complainant_count: int = Field(1, ge=1, le=services.intake.MAX_COMPLAINANTS)
    needs_minority_language: bool = False
    partner: str = Field("", max_length=200, description="the partner involved (涉及合作机构): its unified social "
                         "credit code, name or former name; 422 when no registered partner matches")
    is_elderly: bool = Field(False, description="an elderly customer (老年客户), said explicitly; also set when the "
                             "ID number's holder is 60 (or the configured age) or older on the received date")


class BatchItemIn(ComplaintCreateIn):
    idempotency_key: str | None = Field(None, min_length=1, pattern=HAS_TEXT, max_length=200,
                                        description="the item's own Idempotency-Key: resend the batch safely")


class BatchIn(Schema):
    items: list[BatchItemIn] = Field(min_length=1, max_length=services.MAX_BATCH)


class ItemErrorOut(Schema):
    code: str
    message: str
    field: str | None
    errors: list[dict] | None = None


class BatchResultOut(Schema):
    index: int
    status: int = Field(description="201 registered, 200 replayed (key seen before), 409 key reused for a "
                                    "different complaint, 422 invalid")
    id: int | None = None
    number: str | None = None
    case_status: str | None = None
    version: int | None = None
    due_at: datetime | None = None
    due_date: date | None = Field(None, description="the last day of the decision period, inclusive (Beijing)")
    error: ItemErrorOut | None = None


class BatchOut(Schema):
    created: int
    replayed: int
    failed: int
    results: list[BatchResultOut]


class ComplainantOut(Schema):
    name: str
    phone: str
    id_number: str
    address: str


class ComplaintOut(Schema):
    id: int
    number: str
    status: str
    version: int
    channel: str
    received_at: datetime
    due_at: datetime = Field(description="the instant the decision period ends (24:00 Beijing time of due_date)")
    due_date: date = Field(description="the last day of the decision period, inclusive (Beijing calendar)")
    sla: str
    regulator_reference: str
    regulator_due_at: datetime | None
    regulator_due_date: date | None = Field(description="the regulator's deadline as a day, inclusive, when it "
                                                        "ends at 24:00; else the day it falls on")
    deadline_warning: str
    institution: str
    institution_name: str
    handler: str | None
    complainant: ComplainantOut
    is_elderly: bool
    needs_minority_language: bool
    complainant_count: int
    policy_number: str
    product_line: str
    category: str
    cause: str
    sub_cause: str = Field(description="second-level cause (二级事由); empty: not subdivided (未细分)")
    summary: str = Field(description="masked, like every free text here (personal data as 138****5678, 张**); "
                                     "the text in clear through POST /complaints/{id}/unmask {field: summary}")
    requested_outcome: str
    disputed_amount: Decimal | None
    decision: str
    result: str
    compensation: Decimal | None
    satisfaction: str
    closed_at: datetime | None
    actions: list[str]
    partner_id: int | None = Field(None, description="the partner involved (涉及合作机构)")
    warnings: list[str] = Field([], description="on registration: what other modules warn about (e.g. a "
                                "blacklisted partner); never blocks the registration")


class ComplaintPage(Schema):
    count: int = Field(description="matching cases, counted up to 10,000 (see count_is_capped)")
    count_is_capped: bool
    offset: int
    limit: int
    items: list[ComplaintOut]


class EventOut(Schema):
    id: int
    at: datetime
    action: str
    from_status: str
    to_status: str
    actor: str | None
    reason: str = Field(description="masked (personal data as 138****5678, 张**): the text in clear through "
                                    "POST /complaints/{id}/unmask {field: event_reason, item: id}")
    data: dict


class AttachmentOut(Schema):
    id: int
    name: str
    content_type: str
    size: int
    sha256: str
    uploaded_at: datetime


# Fields each action's service takes (beyond complaint_id, version, by), and those it requires.
ACTION_FIELDS: dict[str, tuple[str, ...]] = {
    "accept": (), "decline": ("reason", "reason_code"), "transfer": ("to_institution", "to_department", "reason"),
    "send_back": ("reason",), "assign": ("handler",), "note": ("note",),
    "contact": ("at", "way", "content", "outcome"), "submit": ("decision", "result", "compensation"),
    "return": ("reason",), "approve": ("comment",), "close": ("satisfaction", "feedback"),
    "extend": ("reason", "days"), "withdraw": ("reason",), "reconsider": ("reason",), "reopen": ("reason",),
    "merge": ("into", "reason"), "classify": ("cause", "sub_cause"),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "decline": ("reason",), "transfer": ("to_institution", "reason"), "send_back": ("reason",),
    "assign": ("handler",), "note": ("note",), "contact": ("at", "way", "content"), "submit": ("decision", "result"),
    "return": ("reason",), "close": ("satisfaction",), "extend": ("reason", "days"), "withdraw": ("reason",),
    "reconsider": ("reason",), "reopen": ("reason",), "merge": ("into",), "classify": ("cause",),
}
assert all(set(names) <= set(ACTION_FIELDS[action]) for action, names in REQUIRED.items())  # noqa: S101 - import-time check that the field tables agree; no request reaches it

_TEXT = Annotated[str, Field(max_length=MAX_TEXT)]
# Each field's type; a required free text (str here) must also hold a visible character (core.schema.required_text).
FIELD_TYPES: dict[str, Any] = {
    "reason": _TEXT, "reason_code": Literal[("", *DeclineReason.values)], "to_institution": _TEXT,
    "to_department": _TEXT, "handler": _TEXT, "note": _TEXT, "at": Instant,
    "way": Literal[tuple(ContactWay.values)], "content": _TEXT, "outcome": _TEXT, "decision": _TEXT,
    "result": Literal[tuple(Result.values)],
    "compensation": Money, "comment": _TEXT,
    "satisfaction": Literal[tuple(Satisfaction.values)], "feedback": _TEXT, "days": Annotated[int, Field(ge=1, le=60)],
    "into": _TEXT, "cause": CauseCode, "sub_cause": SubCauseCode,
}


def _action_body(action: str) -> type[Schema]:
    """The body of one action: its `action` tag, `version` and its own fields, the required ones required."""
    fields: dict[str, Any] = {}
    for name in ACTION_FIELDS[action]:
        kind = FIELD_TYPES[name]
        if name not in REQUIRED.get(action, ()):
            fields[name] = (kind | None, None)
        else:
            fields[name] = (required_text(MAX_TEXT) if kind is _TEXT else kind, ...)
    camel = "".join(part.title() for part in action.split("_"))
    return create_model(f"Complaint{camel}In", __base__=Schema, __doc__=f"The body of the action {action}.",
                        action=(Literal[action], ...),
                        version=(int, Field(ge=1, description="the case version this change is based on")),
                        **fields)


TransitionIn = one_of("action", {action: _action_body(action) for action in transitions.TRANSITIONS})
"""An action on a case: one body per action, each with its own required fields (the document states them as a
oneOf on `action`). classify's sub_cause must belong to its cause (事由分类; empty = not subdivided)."""


def complaint_out(c: Complaint, request: HttpRequest) -> ComplaintOut:
    return ComplaintOut(
        id=c.pk, number=c.number, status=c.status, version=c.version, channel=c.channel, received_at=c.received_at,
        due_at=c.due_at, due_date=due_date(c.due_at), sla=complaint_sla(c).value,
        regulator_reference=c.regulator_reference, regulator_due_at=c.regulator_due_at,
        regulator_due_date=due_date(c.regulator_due_at), deadline_warning=c.deadline_warning,
        institution=c.institution.code,
        institution_name=c.institution.name, handler=c.handler.username if c.handler_id else None,
        complainant=ComplainantOut(**complainant_masked(c)), is_elderly=c.is_elderly,
        needs_minority_language=c.needs_minority_language, complainant_count=c.complainant_count,
        policy_number=c.policy_number, product_line=c.product_line, category=c.category, cause=c.cause,
        sub_cause=c.sub_cause, summary=c.summary_masked, requested_outcome=c.requested_outcome_masked,
        disputed_amount=c.disputed_amount,
        decision=c.decision_masked, result=c.result, compensation=c.compensation, satisfaction=c.satisfaction,
        closed_at=c.closed_at, actions=transitions.available(c, request.user), partner_id=c.partner_id,
    )


def _intake_data(payload: ComplaintCreateIn) -> services.ComplaintIn:
    return services.ComplaintIn(**{**payload.dict(exclude={"complainant", "idempotency_key"}),
                                   "complainant": services.ComplainantIn(**payload.complainant.dict())})


@router.post("/complaints", response={201: ComplaintOut, 200: ComplaintOut}, summary="Register a complaint (登记)")
def complaint_create(
    request: HttpRequest, payload: ComplaintCreateIn,
    idempotency_key: str | None = Header(None, alias="Idempotency-Key", min_length=1, pattern=HAS_TEXT,
                                         max_length=services.intake.MAX_KEY_LENGTH,
                                         description="a retry with the same key returns the first case"),
) -> Reply:
    """Honours `Idempotency-Key`: a retry returns the first case with 200 and never creates a second.

    Beyond the schema (422 naming the field): received_at from 2020-03-01 00:00 Beijing time (the first
    complaint-handling rules) to one day from now — a window that moves with the clock; sub_cause one of its
    cause's own."""
    data = _intake_data(payload)
    complaint, created = services.register(data, by=request.user, idempotency_key=idempotency_key or None)
    out = complaint_out(complaint, request)
    fields = {"institution": payload.institution, "partner": payload.partner, "policy_number": payload.policy_number}
    out.warnings = [str(n.text) for n in registry.form_checks("complaint.create", request.user, fields)]
    return Reply(201 if created else 200, out)


@router.post("/complaints/batch", response=BatchOut, summary="Register up to 100 complaints in one call (批量登记)")
def complaint_create_batch(request: HttpRequest, payload: BatchIn) -> BatchOut:
    """For feeds (call centre, regulator platform). Each item is registered, replayed or refused on its own and
    reported in `results` by index; a malformed body is refused whole (422) and saves nothing."""
    items = [services.BatchItem(data=_intake_data(item), idempotency_key=item.idempotency_key)
             for item in payload.items]
    results = []
    for index, outcome in enumerate(services.register_batch(items, by=request.user)):
        c, error = outcome.complaint, outcome.error
        if error is not None:
            results.append(BatchResultOut(index=index, status=error.http_status, error=ItemErrorOut(
                code=error.code, message=str(error.message), field=error.field, errors=error.data.get("errors"))))
        elif c is not None:
            results.append(BatchResultOut(index=index, status=201 if outcome.created else 200, id=c.pk,
                                          number=c.number, case_status=c.status, version=c.version, due_at=c.due_at,
                                          due_date=due_date(c.due_at)))
    created = sum(r.status == 201 for r in results)
    replayed = sum(r.status == 200 for r in results)
    return BatchOut(created=created, replayed=replayed, failed=len(results) - created - replayed, results=results)


MAX_OFFSET = 10_000_000
StatusCode = Literal[tuple(Status.values)]  # type: ignore[valid-type]


class ComplaintSearchIn(Schema):
    """The list's filters in a body, so that a phone or ID number searched for never appears in a URL (URLs end
    up in proxy logs, browser history and Referer headers)."""

    q: str | None = Field(None, max_length=100, description="case, policy, claim or report number, the "
                          "complainant's exact phone or ID number, or Chinese words of the summary")
    status: StatusCode | None = None
    institution: str | None = Field(None, max_length=20, description="institution code: it and below")
    channel: ChannelCode | None = None
    overdue: bool | None = None
    received_from: Instant | None = None
    received_to: Instant | None = None
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
    limit: int = Field(50, ge=1, le=200)


def _page(request: HttpRequest, filters: selectors.ComplaintFilters, offset: int, limit: int) -> ComplaintPage:
    qs = selectors.complaint_list(user=request.user, filters=filters)
    items = [complaint_out(c, request) for c in qs.defer(None)[offset:offset + limit]]  # full rows: no N+1
    count, capped = capped_count(qs)
    return ComplaintPage(count=count, count_is_capped=capped, offset=offset, limit=limit, items=items)


@router.get("/complaints", response=ComplaintPage, summary="List complaints in the user's scope")
def complaint_list(
    request: HttpRequest,
    status: StatusCode | None = None,
    institution: str | None = Query(None, max_length=20),
    channel: ChannelCode | None = None,
    overdue: Flag | None = None,
    received_from: Instant | None = None,
    received_to: Instant | None = None,
    q: str | None = Query(None, max_length=100, description="case, policy, claim or report number, or Chinese "
                          "words of the summary; a phone or ID number is refused here (422): search it with "
                          "POST /complaints/search"),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
    limit: int = Query(50, ge=1, le=200),
) -> ComplaintPage:
    from xiaobao.core.errors import InvalidInput

    if q and selectors.names_a_person(q):
        raise InvalidInput(_("Search a phone or ID number with POST /complaints/search: it must not be in a URL."),
                           field="q")
    filters = selectors.ComplaintFilters(status=status, institution=institution, channel=channel, overdue=overdue,
                                         received_from=received_from, received_to=received_to, q=q)
    return _page(request, filters, offset, limit)


@router.post("/complaints/search", response=ComplaintPage,
             summary="Search complaints in the user's scope (filters in the body: for phone and ID numbers)")
def complaint_search(request: HttpRequest, payload: ComplaintSearchIn) -> ComplaintPage:
    filters = selectors.ComplaintFilters(**payload.dict(exclude={"offset", "limit"}))
    return _page(request, filters, payload.offset, payload.limit)


@router.get("/complaints/{complaint_id}", response=ComplaintOut, summary="One complaint")
def complaint_detail(request: HttpRequest, complaint_id: int) -> ComplaintOut:
    return complaint_out(selectors.complaint_get(user=request.user, pk=complaint_id), request)


@router.post("/complaints/{complaint_id}/transitions", response=ComplaintOut,
             summary="Take an action on a complaint (409 on a stale version or a disallowed action)")
def complaint_transition(request: HttpRequest, complaint_id: int, payload: TransitionIn = Body(...)) -> ComplaintOut:
    fields = payload.dict(exclude={"action", "version"}, exclude_none=True)
    services.perform(payload.action, complaint_id=complaint_id, version=payload.version, by=request.user, **fields)
    return complaint_out(selectors.complaint_get(user=request.user, pk=complaint_id), request)


@router.get("/complaints/{complaint_id}/events", response=list[EventOut], summary="The case timeline")
def complaint_events(request: HttpRequest, complaint_id: int) -> list[EventOut]:
    complaint = selectors.complaint_get(user=request.user, pk=complaint_id)
    return [EventOut(id=e.pk, at=e.at, action=e.action, from_status=e.from_status, to_status=e.to_status,
                     actor=e.actor.username if e.actor_id else None, reason=e.reason_masked, data=e.data)
            for e in complaint.events.select_related("actor").defer("reason")]


@router.post("/complaints/{complaint_id}/attachments", response={201: AttachmentOut},
             summary="Upload a document (type checked by content)")
def complaint_attachment(request: HttpRequest, complaint_id: int, file: UploadedFile = File(...)) -> Reply:
    """Beyond the schema (422 naming the field): the file's type is read from its contents, and its extension must
    match it."""
    attachment = services.attachment_add(complaint_id=complaint_id, by=request.user, name=file.name or "file",
                                         stream=file.file, size=file.size)
    return Reply(201, AttachmentOut(id=attachment.pk, name=attachment.original_name, content_type=attachment.content_type,
                              size=attachment.size, sha256=attachment.sha256, uploaded_at=attachment.uploaded_at))

"""REST endpoints of the consumer-protection review (`/api/v1/reviews`)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from django.http import HttpRequest
from ninja import Body, File, Form, Header, Query, Router, Schema
from ninja import Status as Reply
from ninja.files import UploadedFile
from pydantic import Field, create_model

from xiaobao.core import registry
from xiaobao.core.errors import UnknownReference
from xiaobao.core.registry import Period
from xiaobao.core.schema import HAS_TEXT, Day, Flag, one_of, optional_reason_text, reason_text, yes_or_why
from xiaobao.org.models import Institution
from xiaobao.reviews import selectors, services
from xiaobao.reviews.codes import (
    Answer,
    CheckAs,
    Conclusion,
    Kind,
    LegalBasis,
    MaterialForm,
    MonitoringSource,
    ReleaseChannel,
    Severity,
    Status,
)
from xiaobao.reviews.models import MonitoringRecord, Opinion, Release, ReviewDocument, ReviewRequest

router = Router(tags=["reviews"])

KindCode = Literal[tuple(Kind.values)]  # type: ignore[valid-type]
FormCode = Literal[tuple(MaterialForm.values)]  # type: ignore[valid-type]
CheckAsCode = Literal[tuple(CheckAs.values)]  # type: ignore[valid-type]
SeverityCode = Literal[tuple(Severity.values)]  # type: ignore[valid-type]
BasisCode = Literal[tuple(LegalBasis.values)]  # type: ignore[valid-type]
AnswerCode = Literal[tuple(Answer.values)]  # type: ignore[valid-type]
ConclusionCode = Literal[tuple(Conclusion.values)]  # type: ignore[valid-type]
ChannelCode = Literal[tuple(ReleaseChannel.values)]  # type: ignore[valid-type]
SourceCode = Literal[tuple(MonitoringSource.values)]  # type: ignore[valid-type]
StatusCode = Literal[tuple(Status.values)]  # type: ignore[valid-type]
Version = Field(ge=1, le=2_000_000_000, description="the request's version you read (409 when stale)")
Id = Field(ge=1, le=2**62)


class FindingOut(Schema):
    id: int
    engine: str
    engine_version: str
    code: str
    label: str
    before: str
    quote: str = Field(description="the passage, masked")
    after: str
    explanation: str
    legal_basis: str
    state: str
    decision_reason: str


class DocumentOut(Schema):
    id: int
    document: int = Field(description="which document of the request (its versions share it)")
    revision: int
    name: str
    check_as: str
    content_type: str
    size: int
    sha256: str
    check_state: str = Field(description="pending (checking…), done, unreadable (not machine-checkable)")
    engine_versions: dict[str, str]
    findings: list[FindingOut]


class OpinionOut(Schema):
    id: int
    document_id: int
    finding_id: int | None
    quote: str
    severity: str
    legal_basis: str
    legal_basis_text: str
    text: str = Field(description="masked")
    answer: str
    answer_reason: str = Field(description="masked")


class ReleaseOut(Schema):
    id: int
    document_id: int
    revision: int
    channel: str
    location: str
    published_on: date
    withdrawn_on: date | None


class RequestOut(Schema):
    id: int
    number: str
    version: int
    kind: str
    material_form: str
    title: str
    product_line: str
    planned_release_on: date | None
    institution: str
    department: str
    partner_name: str
    requester: str
    reviewer: str | None
    status: str
    status_label: str
    submitted_at: datetime
    due_date: date = Field(description="last day of the review period (inclusive)")
    overdue: bool
    conclusion: str
    conclusion_note: str
    documents: list[DocumentOut] = []
    opinions: list[OpinionOut] = []
    releases: list[ReleaseOut] = []
    warnings: list[str] = Field([], description="on submission: what other modules warn about (e.g. a "
                                "blacklisted partner)")


class RequestPage(Schema):
    count: int
    items: list[RequestOut]


def _document_out(d: ReviewDocument) -> DocumentOut:
    return DocumentOut(id=d.pk, document=d.lineage, revision=d.revision, name=d.original_name, check_as=d.check_as,
                       content_type=d.content_type, size=d.size, sha256=d.sha256, check_state=d.check_state,
                       engine_versions=d.engine_versions or {},
                       findings=[FindingOut(id=f.pk, engine=f.engine, engine_version=f.engine_version, code=f.code,
                                            label=f.label, before=f.before, quote=f.quote, after=f.after,
                                            explanation=f.explanation, legal_basis=f.legal_basis, state=f.state,
                                            decision_reason=f.decision_reason) for f in d.findings.all()])


def _opinion_out(o: Opinion) -> OpinionOut:
    return OpinionOut(id=o.pk, document_id=o.document_id, finding_id=o.finding_id, quote=o.quote,
                      severity=o.severity, legal_basis=o.legal_basis, legal_basis_text=o.legal_basis_text,
                      text=o.text_masked, answer=o.answer, answer_reason=o.answer_reason_masked)


def _release_out(r: Release) -> ReleaseOut:
    return ReleaseOut(id=r.pk, document_id=r.document_id, revision=r.document.revision, channel=r.channel,
                      location=r.location, published_on=r.published_on, withdrawn_on=r.withdrawn_on)


def request_out(r: ReviewRequest, *, detail: bool = False) -> RequestOut:
    out = RequestOut(
        id=r.pk, number=r.number, version=r.version, kind=r.kind, material_form=r.material_form, title=r.title,
        product_line=r.product_line, planned_release_on=r.planned_release_on, institution=r.institution.code,
        department=r.department, partner_name=r.partner_name, requester=r.requester.username,
        reviewer=r.reviewer.username if r.reviewer_id else None, status=r.status,
        status_label=str(r.get_status_display()), submitted_at=r.submitted_at, due_date=r.due_on,
        overdue=selectors.is_overdue(r), conclusion=r.conclusion, conclusion_note=r.conclusion_note)
    if detail:
        docs = r.documents.prefetch_related("findings").defer("text")
        out.documents = [_document_out(d) for d in docs]
        out.opinions = [_opinion_out(o) for o in r.opinions.defer("text", "answer_reason")]
        out.releases = [_release_out(x) for x in r.releases.select_related("document")]
    return out


def _institution(code: str) -> Institution:
    institution = Institution.objects.filter(code=code).first()
    if institution is None:
        raise UnknownReference("没有这个机构。", field="institution")
    return institution


# Marketing material names its form (services.request_submit): stated in the document as a condition on the form.
MARKETING_NAMES_ITS_FORM = {"requestBody": {"content": {"multipart/form-data": {"schema": {"anyOf": [
    {"properties": {"kind": {"enum": [v for v in Kind.values if v != Kind.MARKETING]}}},
    {"properties": {"material_form": {"enum": [v for v in MaterialForm.values if v]}},
     "required": ["material_form"]}]}}}}}


@router.post("/reviews", response={201: RequestOut, 200: RequestOut},
             summary="Submit a review request with its documents (提交审查申请)",
             openapi_extra=MARKETING_NAMES_ITS_FORM)
def review_create(
    request: HttpRequest,
    kind: KindCode = Form(...),
    title: str = Form(..., min_length=1, pattern=HAS_TEXT, max_length=200),
    institution: str = Form(..., min_length=1, pattern=HAS_TEXT, max_length=20, description="institution code"),
    material_form: FormCode = Form("", description="required for marketing material"),
    product_line: str = Form("", max_length=100),
    planned_release_on: Day | None = Form(None, description="not before yesterday (Beijing time): a rule of the "
                                         "clock, not stated as a pattern"),
    department: str = Form("", max_length=100),
    partner_name: str = Form("", max_length=200, description="the partner agency whose material it is (name or "
                             "unified social credit code)"),
    check_as: list[CheckAsCode] = Form([], description="per file, in order: marketing / clause / other"),
    files: list[UploadedFile] = File(..., min_length=1, max_length=services.MAX_DOCUMENTS,
                                     description="1 to 20 documents: .docx .pdf .xlsx images .html .txt"),
    idempotency_key: str | None = Header(None, alias="Idempotency-Key", min_length=1, pattern=HAS_TEXT, max_length=200),
) -> Reply:
    """Every document is checked automatically in the background (marketing, disclosure, pii engines): the
    response shows `check_state: pending` until the checks are done. A retry with the same Idempotency-Key returns
    the first request with 200.

    Beyond the schema (422 naming the field): planned_release_on not before yesterday, Beijing time (it moves
    with the clock); each file's type is read from its contents."""
    default = CheckAs.MARKETING if kind == Kind.MARKETING else CheckAs.CLAUSE if kind in (
        Kind.NEW_PRODUCT, Kind.PRODUCT_CHANGE, Kind.CONTRACT) else CheckAs.OTHER
    uploads = [services.Upload(f.name or "file", f.file, check_as[i] if i < len(check_as) else default)
               for i, f in enumerate(files)]
    created_request, created = services.request_submit(
        by=request.user, kind=kind, title=title, institution=_institution(institution), uploads=uploads,
        material_form=material_form, product_line=product_line, planned_release_on=planned_release_on,
        department=department, partner_name=partner_name, idempotency_key=idempotency_key)
    out = request_out(created_request, detail=True)
    fields = {"partner_name": created_request.partner_name, "title": created_request.title}
    out.warnings = [str(n.text) for n in registry.form_checks("review.create", request.user, fields)]
    return Reply(201 if created else 200, out)


class ListFilters(Schema):
    kind: KindCode | None = None
    status: StatusCode | None = None
    institution: str | None = Field(None, max_length=20)
    overdue: Flag = False
    submitted_from: Day | None = None
    submitted_to: Day | None = None
    q: str | None = Field(None, max_length=100)
    offset: int = Field(0, ge=0, le=1_000_000)
    limit: int = Field(50, ge=1, le=200)


@router.get("/reviews", response=RequestPage, summary="The review ledger in the user's scope (审查台账)")
def review_list(request: HttpRequest, filters: ListFilters = Query(...)) -> RequestPage:
    qs = selectors.ledger(request.user, selectors.LedgerFilter(
        kind=filters.kind or "", status=filters.status or "", institution=filters.institution or "",
        overdue=filters.overdue, submitted_from=filters.submitted_from, submitted_to=filters.submitted_to,
        q=filters.q or ""))
    items = [request_out(r) for r in qs[filters.offset:filters.offset + filters.limit]]
    return RequestPage(count=qs.count(), items=items)


@router.get("/reviews/numbers", response=dict[str, object],
            summary="The review numbers of an institution (subtree) and quarter or year")
def review_numbers(request: HttpRequest, institution: str = Query(..., max_length=20),
                   year: int = Query(..., ge=2000, le=2100), quarter: int | None = Query(None, ge=1, le=4)) -> dict:
    target = _institution(institution)
    from xiaobao.org.scope import scope_for

    if not scope_for(request.user).contains(target):
        raise UnknownReference("该机构不在您的数据范围内。", field="institution")
    n = selectors.numbers(target, Period.quarter(year, quarter) if quarter else Period.year(year))
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in n.__dict__.items()}


@router.get("/reviews/{review_id}", response=RequestOut, summary="One review request with findings and opinions")
def review_detail(request: HttpRequest, review_id: int) -> RequestOut:
    return request_out(selectors.request_get(user=request.user, pk=review_id), detail=True)


def _action_body(action: str, *, name: str | None = None, **fields: Any) -> type[Schema]:
    camel = name or "".join(part.title() for part in action.split("_"))
    return create_model(f"Review{camel}In", __base__=Schema, action=(Literal[action], ...), version=(int, Version),
                        **fields)


def _note(required: bool, what: str) -> Any:
    """A note of at least 4 characters: required, or optional (then checked only when given)."""
    if required:
        return (reason_text(services.MAX_TEXT), Field(description=f"{what} (at least 4 characters)"))
    return (optional_reason_text(services.MAX_TEXT), Field("", description=f"{what} (optional; at least 4 "
                                                                            "characters when given)"))


ActionIn = one_of("action", {
    "take": _action_body("take"),
    "send_opinions": _action_body("send_opinions"),
    "resubmit": _action_body("resubmit"),
    "conclude": one_of("conclusion", {
        c.value: _action_body("conclude", name=f"Conclude{''.join(p.title() for p in c.value.split('_'))}",
                              conclusion=(Literal[c.value], ...),
                              note=_note(c != Conclusion.PASS, "conclusion note"))
        for c in Conclusion}),
    "countersign": _action_body("countersign", note=_note(False, "the second signer's note")),
    "refuse_countersign": _action_body("refuse_countersign", note=_note(True, "why the second signer refuses")),
    "withdraw": _action_body("withdraw", reason=_note(True, "why the request is withdrawn")),
})
"""An action on a review request: one body per action (and, for conclude, per conclusion), each with the fields it
requires: a note for a conclusion other than 通过 and for refusing to countersign, a reason to withdraw."""


@router.post("/reviews/{review_id}/actions", response=RequestOut,
             summary="Take, send opinions, resubmit, conclude, countersign or withdraw (409 on a stale version)")
def review_action(request: HttpRequest, review_id: int, payload: ActionIn = Body(...)) -> RequestOut:
    user, v = request.user, payload.version
    if payload.action == "take":
        services.take(request_id=review_id, version=v, by=user)
    elif payload.action == "send_opinions":
        services.opinions_send(request_id=review_id, version=v, by=user)
    elif payload.action == "resubmit":
        services.resubmit(request_id=review_id, version=v, by=user)
    elif payload.action == "conclude":
        services.conclude(request_id=review_id, version=v, by=user, conclusion=payload.conclusion, note=payload.note)
    elif payload.action in ("countersign", "refuse_countersign"):
        services.countersign(request_id=review_id, version=v, by=user, approve=payload.action == "countersign",
                             note=payload.note)
    else:
        services.withdraw(request_id=review_id, version=v, by=user, reason=payload.reason)
    return request_out(selectors.request_get(user=user, pk=review_id), detail=True)


@router.post("/reviews/{review_id}/documents", response={201: DocumentOut},
             summary="Upload a document, or a new version of one (versions are kept)")
def review_document(request: HttpRequest, review_id: int, version: int = Form(..., ge=1, le=2_000_000_000),
                    check_as: CheckAsCode = Form(CheckAs.MARKETING),
                    document: int | None = Form(None, ge=1, le=1000, description="new version of this document"),
                    file: UploadedFile = File(...)) -> Reply:
    created = services.document_add(request_id=review_id, version=version, by=request.user, lineage=document,
                                    upload=services.Upload(file.name or "file", file.file, check_as))
    return Reply(201, _document_out(created))


class OpinionIn(Schema):
    version: int = Version
    document_id: int = Id
    finding_id: int | None = Field(None, ge=1, le=2**62)
    quote: str = Field("", max_length=500)
    severity: SeverityCode
    legal_basis: BasisCode
    legal_basis_text: str = Field("", max_length=300, description="required when legal_basis is other")
    text: str = Field(min_length=1, pattern=HAS_TEXT, max_length=5000)


@router.post("/reviews/{review_id}/opinions", response={201: OpinionOut}, summary="Write a review opinion (审查意见)")
def review_opinion(request: HttpRequest, review_id: int, payload: OpinionIn) -> Reply:
    opinion = services.opinion_add(request_id=review_id, by=request.user, **payload.dict())
    return Reply(201, _opinion_out(opinion))


class AnswerIn(Schema):
    answer: AnswerCode
    reason: str = Field("", max_length=2000, description="required (≥ 4 characters) unless adopted")


@router.post("/reviews/opinions/{opinion_id}/answer", response=OpinionOut,
             summary="Answer an opinion: adopted / partly / not adopted (答复)")
def review_answer(request: HttpRequest, opinion_id: int, payload: AnswerIn) -> OpinionOut:
    return _opinion_out(services.opinion_answer(opinion_id=opinion_id, by=request.user, answer=payload.answer,
                                                reason=payload.reason))


ReviewsDecisionIn = yes_or_why("accept", base=Schema, names=("ReviewsAcceptIn", "ReviewsDismissIn"),
                               why="why the finding is dismissed")


@router.post("/reviews/findings/{finding_id}/decision", response=FindingOut,
             summary="Accept or dismiss an automatic finding (dismissed findings are kept)")
def review_finding(request: HttpRequest, finding_id: int, payload: ReviewsDecisionIn = Body(...)) -> FindingOut:
    f = services.finding_decide(finding_id=finding_id, by=request.user, accept=payload.accept, reason=payload.reason)
    return FindingOut(id=f.pk, engine=f.engine, engine_version=f.engine_version, code=f.code, label=f.label,
                      before=f.before, quote=f.quote, after=f.after, explanation=f.explanation,
                      legal_basis=f.legal_basis, state=f.state, decision_reason=f.decision_reason)


class ReleaseIn(Schema):
    document_id: int = Id
    channel: ChannelCode
    location: str = Field(min_length=1, pattern=HAS_TEXT, max_length=500)
    published_on: Day


@router.post("/reviews/{review_id}/releases", response={201: ReleaseOut},
             summary="Register the release of approved material (发布登记; only the approved version)")
def review_release(request: HttpRequest, review_id: int, payload: ReleaseIn) -> Reply:
    release = services.release_register(request_id=review_id, by=request.user, **payload.dict())
    return Reply(201, _release_out(release))


class WithdrawIn(Schema):
    withdrawn_on: Day


@router.post("/reviews/releases/{release_id}/withdraw", response=ReleaseOut, summary="Register a withdrawal")
def review_release_withdraw(request: HttpRequest, release_id: int, payload: WithdrawIn) -> ReleaseOut:
    return _release_out(services.release_withdraw(release_id=release_id, by=request.user,
                                                  withdrawn_on=payload.withdrawn_on))


class MonitoringIn(Schema):
    institution: str = Field(min_length=1, pattern=HAS_TEXT, max_length=20)
    source: SourceCode
    seen_on: Day
    text: str = Field(min_length=1, pattern=HAS_TEXT, max_length=20000)
    location: str = Field("", max_length=500)
    agent_name: str = Field("", max_length=60)
    partner_name: str = Field("", max_length=200)


class MonitoringOut(Schema):
    id: int
    institution: str
    source: str
    seen_on: date
    status: str
    text: str = Field(description="masked")
    findings: list[dict[str, str]]
    matched_release_id: int | None
    similarity: float | None
    rectification_task_id: int | None


def _monitoring_out(m: MonitoringRecord) -> MonitoringOut:
    return MonitoringOut(id=m.pk, institution=m.institution.code, source=m.source, seen_on=m.seen_on,
                         status=m.status, text=m.text_masked, findings=m.findings,
                         matched_release_id=m.matched_release_id, similarity=m.similarity,
                         rectification_task_id=m.rectification_task_id)


@router.post("/reviews/monitoring", response={201: MonitoringOut},
             summary="Record marketing material seen in the wild (营销宣传监测)")
def monitoring_create(request: HttpRequest, payload: MonitoringIn) -> Reply:
    record = services.monitoring_record(by=request.user, institution=_institution(payload.institution),
                                        **payload.dict(exclude={"institution"}))
    return Reply(201, _monitoring_out(record))


@router.get("/reviews/monitoring/records", response=list[MonitoringOut], summary="Monitoring records in scope")
def monitoring_list(request: HttpRequest, offset: int = Query(0, ge=0, le=1_000_000),
                    limit: int = Query(50, ge=1, le=200)) -> list[MonitoringOut]:
    return [_monitoring_out(m) for m in selectors.monitoring_visible_to(request.user).defer("text")
            [offset:offset + limit]]

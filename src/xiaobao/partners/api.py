"""REST endpoints of the partners module (`/api/v1/partners`): registry, admission and exit, blacklist,
agreements, violations, evaluations."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from django.http import HttpRequest, HttpResponse
from ninja import File, Form, Header, Query, Router, Schema
from ninja import Status as Reply
from ninja.files import UploadedFile
from pydantic import Field, create_model

from xiaobao.core.errors import UnknownReference
from xiaobao.core.schema import HAS_TEXT, PHONE_OR_NONE, Day, Flag, visible_at_least
from xiaobao.org.models import Institution
from xiaobao.partners import credit_code, selectors, services
from xiaobao.partners.codes import Clause, ClauseState, Kind, Outcome, Source, Status
from xiaobao.partners.models import Agreement, Contact, Listing, Partner
from xiaobao.privacy.masking import NAME, PHONE, mask

router = Router(tags=["partners"])

KindCode = Literal[tuple(Kind.values)]  # type: ignore[valid-type]
StatusCode = Literal[tuple(Status.values)]  # type: ignore[valid-type]
SourceCode = Literal[tuple(Source.values)]  # type: ignore[valid-type]
OutcomeCode = Literal[tuple(Outcome.values)]  # type: ignore[valid-type]
ClauseStateCode = Literal[tuple(ClauseState.values)]  # type: ignore[valid-type]
Version = Field(ge=1, le=2_000_000_000, description="the version you read (409 when stale)")
Code = Field(min_length=1, pattern=HAS_TEXT, max_length=20, description="institution code")


class ListingOut(Schema):
    id: int
    version: int
    status: str
    status_label: str
    reason: str = Field(description="masked")
    starts_on: date
    ends_on: date | None
    requested_by: str
    approved_by: str | None


class AgreementOut(Schema):
    id: int
    number: str
    signed_on: date
    expires_on: date | None
    name: str
    sha256: str
    clauses: dict[str, str] = Field(description="clause code: present / missing")
    found: dict[str, str] = Field(description="clause code: the key phrase the scan found ('' none)")
    confirmed: bool


class ContactOut(Schema):
    id: int
    role: str
    name: str = Field(description="masked")
    phone: str = Field(description="masked")


class PartnerOut(Schema):
    id: int
    version: int
    name: str
    former_names: list[str]
    kind: str
    kind_label: str
    credit_code: str
    licence_number: str
    licence_expires_on: date | None
    business_scope: str
    institutions: list[str]
    status: str
    status_label: str
    blacklisted: bool
    contacts: list[ContactOut] = []
    listings: list[ListingOut] = []
    agreements: list[AgreementOut] = []


class PartnerPage(Schema):
    count: int
    items: list[PartnerOut]


def _listing_out(x: Listing) -> ListingOut:
    return ListingOut(id=x.pk, version=x.version, status=x.status, status_label=str(x.get_status_display()),
                      reason=x.reason_masked, starts_on=x.starts_on, ends_on=x.ends_on,
                      requested_by=x.requested_by.username, approved_by=x.approved_by.username if x.approved_by_id
                      else None)


def _agreement_out(a: Agreement) -> AgreementOut:
    return AgreementOut(id=a.pk, number=a.number, signed_on=a.signed_on, expires_on=a.expires_on,
                        name=a.original_name, sha256=a.sha256, clauses=a.clauses or {}, found=a.found or {},
                        confirmed=a.confirmed_by_id is not None)


def contact_out(c: Contact) -> ContactOut:
    return ContactOut(id=c.pk, role=c.role, name=mask(c.name, NAME), phone=mask(c.phone, PHONE))


def partner_out(p: Partner, *, detail: bool = False) -> PartnerOut:
    blacklisted = getattr(p, "is_blacklisted", None)
    out = PartnerOut(
        id=p.pk, version=p.version, name=p.name, former_names=[f.name for f in p.former_names.all()], kind=p.kind,
        kind_label=str(p.get_kind_display()), credit_code=p.credit_code, licence_number=p.licence_number,
        licence_expires_on=p.licence_expires_on, business_scope=p.business_scope,
        institutions=[i.code for i in p.institutions.all()], status=p.status, status_label=str(p.get_status_display()),
        blacklisted=bool(blacklisted if blacklisted is not None else selectors.listing_in_force(p)))
    if detail:
        out.contacts = [contact_out(c) for c in p.contacts.all()]
        out.listings = [_listing_out(x) for x in p.listings.select_related("requested_by", "approved_by")]
        out.agreements = [_agreement_out(a) for a in p.agreements.all()]
    return out


def _institutions(codes: list[str]) -> list[Institution]:
    found = {i.code: i for i in Institution.objects.filter(code__in=codes, is_active=True)}
    missing = [c for c in codes if c not in found]
    if missing:
        raise UnknownReference(f"没有这个机构：{missing[0][:20]}。", field="institutions")
    return [found[c] for c in codes]


class PartnerIn(Schema):
    name: str = Field(min_length=1, pattern=HAS_TEXT, max_length=200)
    kind: KindCode
    credit_code: str = Field(min_length=1, pattern=HAS_TEXT, max_length=40, description="统一社会信用代码 (GB 32100-2015, checked)")
    institutions: list[str] = Field(min_length=1, max_length=100, description="codes of the institutions using it")
    licence_number: str = Field("", max_length=60)
    licence_expires_on: Day | None = None
    business_scope: str = Field("", max_length=2000)
    former_names: list[str] = Field([], max_length=20)


class PartnerUpdateIn(PartnerIn):
    version: int = Version


class Filters(Schema):
    q: str | None = Field(None, max_length=100, description="credit code, name or former name, licence number")
    kind: KindCode | None = None
    status: StatusCode | None = None
    institution: str | None = Field(None, max_length=20)
    blacklisted: Flag = False
    licence_expiring: Flag = False
    offset: int = Field(0, ge=0, le=1_000_000)
    limit: int = Field(50, ge=1, le=200)


@router.get("/partners", response=PartnerPage, summary="The partner registry in the user's scope (合作机构台账)")
def partner_list(request: HttpRequest, filters: Filters = Query(...)) -> PartnerPage:
    qs = selectors.registry(request.user, selectors.RegistryFilter(
        q=filters.q or "", kind=filters.kind or "", status=filters.status or "", institution=filters.institution or "",
        blacklisted=filters.blacklisted, licence_expiring=filters.licence_expiring))
    page = qs.prefetch_related("former_names", "institutions")[filters.offset:filters.offset + filters.limit]
    return PartnerPage(count=qs.count(), items=[partner_out(p) for p in page])


@router.post("/partners", response={201: PartnerOut, 200: PartnerOut}, summary="Register a partner (登记合作机构)")
def partner_create(request: HttpRequest, payload: PartnerIn,
                   idempotency_key: str | None = Header(None, alias="Idempotency-Key", min_length=1, pattern=HAS_TEXT,
                                                        max_length=200)) -> Reply:
    """The credit code's check character is verified (422 `invalid`, field `credit_code`). A retry with the same
    Idempotency-Key returns the first partner with 200."""
    partner, created = services.partner_register(
        by=request.user, name=payload.name, kind=payload.kind, credit_code=payload.credit_code,
        institutions=_institutions(payload.institutions), licence_number=payload.licence_number,
        licence_expires_on=payload.licence_expires_on, business_scope=payload.business_scope,
        former_names=payload.former_names, idempotency_key=idempotency_key)
    return Reply(201 if created else 200, partner_out(selectors.partner_get(user=request.user, pk=partner.pk),
                                                      detail=True))


class CodeCheckOut(Schema):
    credit_code: str
    valid: bool
    problem: str | None = Field(description="length / alphabet / division / check")
    expected_check_character: str | None


@router.get("/partners/credit-code", response=CodeCheckOut,
            summary="Check a unified social credit code (统一社会信用代码校验)")
def partner_code_check(request: HttpRequest, code: str = Query(..., min_length=1, pattern=HAS_TEXT, max_length=40)) -> CodeCheckOut:
    text = credit_code.normalise(code)
    problem = credit_code.problem(text)
    expected = credit_code.check_character(text[:17]) if problem == "check" else None
    return CodeCheckOut(credit_code=text, valid=problem is None, problem=problem, expected_check_character=expected)


@router.get("/partners/{partner_id}", response=PartnerOut, summary="One partner with contacts, blacklist, agreements")
def partner_detail(request: HttpRequest, partner_id: int) -> PartnerOut:
    return partner_out(selectors.partner_get(user=request.user, pk=partner_id), detail=True)


@router.put("/partners/{partner_id}", response=PartnerOut, summary="Change a partner (409 on a stale version)")
def partner_update(request: HttpRequest, partner_id: int, payload: PartnerUpdateIn) -> PartnerOut:
    services.partner_update(partner_id=partner_id, version=payload.version, by=request.user, name=payload.name,
                            kind=payload.kind, institutions=_institutions(payload.institutions),
                            licence_number=payload.licence_number, licence_expires_on=payload.licence_expires_on,
                            business_scope=payload.business_scope, former_names=payload.former_names)
    return partner_out(selectors.partner_get(user=request.user, pk=partner_id), detail=True)


class ContactIn(Schema):
    name: str = Field(min_length=1, pattern=HAS_TEXT, max_length=60)
    phone: str = Field("", max_length=30, pattern=PHONE_OR_NONE,
                       description="7 to 15 digits (spaces, dashes, + and other signs between them are kept)")
    role: str = Field("", max_length=60)


@router.post("/partners/{partner_id}/contacts", response={201: ContactOut}, summary="Add a contact (stored encrypted)")
def partner_contact(request: HttpRequest, partner_id: int, payload: ContactIn) -> Reply:
    c = services.contact_add(partner_id=partner_id, by=request.user, **payload.dict())
    return Reply(201, contact_out(c))


class ContactUnmaskIn(Schema):
    field: Literal[tuple(Contact.PERSONAL_FIELDS)] = Field(  # type: ignore[valid-type]
        description="contact_name or contact_phone")
    reason: str = Field(min_length=4, max_length=500, pattern=visible_at_least(4),
                        description="why you need the value in clear (at least 4 characters)")


class ContactUnmaskOut(Schema):
    field: str
    value: str


@router.post("/partners/contacts/{contact_id}/unmask", response=ContactUnmaskOut,
             summary="View a contact person's name or phone in clear, with a reason (logged; 403 without the right)")
def partner_contact_unmask(request: HttpRequest, response: HttpResponse, contact_id: int,
                           payload: ContactUnmaskIn) -> ContactUnmaskOut:
    """The value is returned for this request only (`Cache-Control: no-store`); every call is logged in the
    personal-data access log with its reason."""
    value = services.contact_unmask(contact_id=contact_id, by=request.user, field=payload.field,
                                    reason=payload.reason, channel="api")
    response["Cache-Control"] = "no-store"
    return ContactUnmaskOut(field=payload.field, value=value)


class StepIn(Schema):
    action: Literal["request_admission", "approve_admission", "reject_admission", "request_exit", "approve_exit",
                    "reject_exit"]
    version: int = Version
    note: str = Field("", max_length=2000, description="required to request or reject")


@router.post("/partners/{partner_id}/steps", response=PartnerOut,
             summary="Admission and exit: request, approve, reject (准入/退出; an approver other than the requester)")
def partner_step(request: HttpRequest, partner_id: int, payload: StepIn) -> PartnerOut:
    """403 `self_approval` when the requester decides their own request; 409 on a stale version or a step not
    possible in the current status."""
    services.step(partner_id=partner_id, version=payload.version, action=payload.action, by=request.user,
                  note=payload.note)
    return partner_out(selectors.partner_get(user=request.user, pk=partner_id), detail=True)


class ListingIn(Schema):
    reason: str = Field(min_length=4, max_length=2000)
    starts_on: Day
    ends_on: Day | None = None


@router.post("/partners/{partner_id}/blacklist", response={201: ListingOut},
             summary="Request a blacklisting (申请列入黑名单; in force once another user approves it)")
def partner_blacklist(request: HttpRequest, partner_id: int, payload: ListingIn) -> Reply:
    """Beyond the schema (422 naming the field): ends_on not before starts_on."""
    listing = services.listing_request(partner_id=partner_id, by=request.user, **payload.dict())
    return Reply(201, _listing_out(listing))


class ListingActionIn(Schema):
    action: Literal["approve_listing", "reject_listing", "request_lift", "approve_lift", "reject_lift"]
    version: int = Version
    note: str = Field("", max_length=2000, description="required to reject or to request lifting")


@router.post("/partners/blacklist/{listing_id}/actions", response=ListingOut,
             summary="Approve or reject a blacklisting, request / approve / reject its lifting")
def partner_blacklist_action(request: HttpRequest, listing_id: int, payload: ListingActionIn) -> ListingOut:
    """403 `self_approval` when the requester approves their own request."""
    return _listing_out(services.listing_act(listing_id=listing_id, version=payload.version, action=payload.action,
                                             by=request.user, note=payload.note))


@router.post("/partners/{partner_id}/agreements", response={201: AgreementOut},
             summary="Upload a cooperation agreement (合作协议; a .docx pre-fills the clause checklist)")
def partner_agreement(request: HttpRequest, partner_id: int, signed_on: Day = Form(...),
                      expires_on: Day | None = Form(None), number: str = Form("", max_length=60),
                      file: UploadedFile = File(..., description=".docx, .pdf or an image")) -> Reply:
    """Beyond the schema (422 naming the field): the file's type is read from its contents: Word, PDF or an image."""
    agreement = services.agreement_upload(partner_id=partner_id, by=request.user, signed_on=signed_on,
                                          expires_on=expires_on, number=number,
                                          upload=services.Upload(file.name or "file", file.file))
    return Reply(201, _agreement_out(agreement))


# Every clause of the checklist, each present or missing (the checklist is confirmed whole).
ClausesIn = create_model("PartnerClausesIn", __base__=Schema, **dict.fromkeys(Clause.values, (ClauseStateCode, ...)))


class ChecklistIn(Schema):
    clauses: ClausesIn = Field(description="every clause: present or missing")  # type: ignore[valid-type]


@router.put("/partners/agreements/{agreement_id}/clauses", response=AgreementOut,
            summary="Confirm the clause checklist: each required clause present or missing")
def partner_agreement_clauses(request: HttpRequest, agreement_id: int, payload: ChecklistIn) -> AgreementOut:
    return _agreement_out(services.agreement_confirm(agreement_id=agreement_id, by=request.user,
                                                     states=payload.clauses.model_dump()))


class ViolationIn(Schema):
    what: str = Field(min_length=1, pattern=HAS_TEXT, max_length=2000)
    occurred_on: Day
    source: SourceCode
    reference: str = Field("", max_length=60)


class ViolationOut(Schema):
    id: int
    what: str = Field(description="masked")
    occurred_on: date
    source: str
    reference: str
    rectified_on: date | None
    recorded_at: datetime


@router.post("/partners/{partner_id}/violations", response={201: ViolationOut}, summary="Record a violation (违规记录)")
def partner_violation(request: HttpRequest, partner_id: int, payload: ViolationIn) -> Reply:
    """Beyond the schema (422 naming the field): occurred_on not after today (it moves with the clock)."""
    return Reply(201, _violation_out(services.violation_record(partner_id=partner_id, by=request.user,
                                                               **payload.dict())))


class RectifiedIn(Schema):
    on: Day = Field(description="the day the rectification was done: between the violation and today")


def _violation_out(v: Any) -> ViolationOut:
    return ViolationOut(id=v.pk, what=v.what_masked, occurred_on=v.occurred_on, source=v.source,
                        reference=v.reference, rectified_on=v.rectified_on, recorded_at=v.recorded_at)


@router.post("/partners/violations/{violation_id}/rectified", response=ViolationOut,
             summary="Record that a violation was rectified (整改完成; once: a second time is a 409)")
def partner_violation_rectified(request: HttpRequest, violation_id: int, payload: RectifiedIn) -> ViolationOut:
    """Beyond the schema (422 naming the field): on between the violation's date and today (it moves with the
    clock)."""
    return _violation_out(services.violation_rectified(violation_id=violation_id, by=request.user, on=payload.on))


class EvaluationIn(Schema):
    year: int = Field(ge=2000, le=2100)
    outcome: OutcomeCode | None = Field(None, description="default: the score's band; another needs a note")
    note: str = Field("", max_length=2000)


class EvaluationOut(Schema):
    year: int
    complaints: int
    marketing_violations: int | None = Field(description="marketing monitoring finds naming the partner in the year, "
                                             "counted by the module that records them; null: no installed module "
                                             "provides the figure")
    inspection_failures: int | None = Field(description="inspections concluded failed in the year of sales made "
                                            "through the partner; null: not available")
    violations: int
    rectified: int
    score: int
    outcome: str


@router.post("/partners/{partner_id}/evaluations", response={201: EvaluationOut},
             summary="Evaluate a partner for a year (定期评价: indicators counted, score computed)")
def partner_evaluation(request: HttpRequest, partner_id: int, payload: EvaluationIn) -> Reply:
    """Beyond the schema (422 naming the field): year a past or the current one (it moves with the clock)."""
    e = services.evaluate(partner_id=partner_id, by=request.user, year=payload.year, outcome=payload.outcome or "",
                          note=payload.note)
    return Reply(201, EvaluationOut(year=e.year, complaints=e.complaints, marketing_violations=e.marketing_violations,
                                    inspection_failures=e.inspection_failures, violations=e.violations,
                                    rectified=e.rectified, score=e.score, outcome=e.outcome))

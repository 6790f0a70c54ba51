"""REST endpoints of the special-group services (`/api/v1/assistance`)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from django.http import HttpRequest
from ninja import Header, Query, Router, Schema
from ninja import Status as Reply
from pydantic import Field

from xiaobao.assistance import selectors, services
from xiaobao.assistance.codes import Channel, Facility, Group, Language, Measure, Outcome, Satisfaction
from xiaobao.assistance.models import FacilityCheck, Service
from xiaobao.core.errors import UnknownReference
from xiaobao.core.registry import Period
from xiaobao.core.schema import HAS_TEXT, Flag, day_reader, day_schema
from xiaobao.org.models import Institution
from xiaobao.org.scope import scope_for

router = Router(tags=["assistance"])

ChannelCode = Literal[tuple(Channel.values)]  # type: ignore[valid-type]
MeasureCode = Literal[tuple(Measure.values)]  # type: ignore[valid-type]
OutcomeCode = Literal[tuple(Outcome.values)]  # type: ignore[valid-type]
LanguageCode = Literal[tuple(Language.values)]  # type: ignore[valid-type]
SatisfactionCode = Literal[tuple(Satisfaction.values)]  # type: ignore[valid-type]
GroupCode = Literal[tuple(Group.values)]  # type: ignore[valid-type]
FacilityCode = Literal[tuple(Facility.values)]  # type: ignore[valid-type]
Version = Field(ge=1, le=2_000_000_000, description="the record's version you read (409 when stale)")
AssistanceDay = Annotated[date, day_reader(2000, 2100), day_schema(2000, 2100)]


class CustomerOut(Schema):
    name: str = Field(description="masked")
    phone: str = Field(description="masked")
    id_number: str = Field(description="masked")


class ServiceOut(Schema):
    id: int
    number: str
    version: int
    served_on: date
    institution: str
    institution_name: str
    channel: str
    groups: list[str] = Field(description="elderly / disability / minority_language")
    language: str
    need: str = Field(description="masked")
    measures: list[str]
    note: str = Field(description="masked")
    staff_name: str
    customer: CustomerOut
    outcome: str
    satisfaction: str
    complaint_id: int | None
    complaint_number: str | None


class ServicePage(Schema):
    count: int
    items: list[ServiceOut]


def service_out(s: Service) -> ServiceOut:
    loaded = s.__dict__
    return ServiceOut(
        id=s.pk, number=s.number, version=s.version, served_on=s.served_on, institution=s.institution.code,
        institution_name=s.institution.name, channel=s.channel, groups=s.groups, language=s.language,
        need=s.need_masked, measures=list(s.measures or []), note=s.note_masked if "note_masked" in loaded else "",
        staff_name=s.staff_name, customer=CustomerOut(**s.customer_masked), outcome=s.outcome,
        satisfaction=s.satisfaction, complaint_id=s.complaint_id,
        complaint_number=s.complaint.number if s.complaint_id else None)


class ServiceIn(Schema):
    served_on: AssistanceDay
    institution: str = Field(min_length=1, pattern=HAS_TEXT, max_length=20, description="institution or outlet code")
    channel: ChannelCode
    is_elderly: bool = Field(False, description="said explicitly; also set when the ID number's holder is 60 "
                             "(or the configured age) or older on the service date")
    has_disability: bool = False
    language: LanguageCode = Field("", description="blank: Mandarin")
    need: str = Field(min_length=1, pattern=HAS_TEXT, max_length=2000)
    measures: list[MeasureCode] = Field(min_length=1, max_length=len(Measure.values))
    note: str = Field("", max_length=2000)
    staff_name: str = Field(min_length=1, pattern=HAS_TEXT, max_length=60)
    customer_name: str = Field("", max_length=60, description="required unless complaint_id is given (the "
                               "complainant is then the customer)")
    customer_phone: str = Field("", max_length=30)
    customer_id_number: str = Field("", max_length=30, description="18-character resident ID or 15-digit legacy ID")
    outcome: OutcomeCode
    satisfaction: SatisfactionCode = Field("", description="blank: not asked yet")
    complaint_id: int | None = Field(None, ge=1, le=2**62, description="a complaint in your scope to link")


@router.post("/assistance/services", response={201: ServiceOut, 200: ServiceOut},
             summary="Record a special-group service (登记特殊群体服务)")
def service_create(request: HttpRequest, payload: ServiceIn,
                   idempotency_key: str | None = Header(None, alias="Idempotency-Key", min_length=1, pattern=HAS_TEXT,
                                                        max_length=200)) -> Reply:
    """Every field error at once in `data.errors` (422). A retry with the same Idempotency-Key returns the first
    record with 200. Auditors may not record (403).

    Beyond the schema (422 naming the field): served_on not after today (it moves with the clock); at least one
    group served; an ID number's check digit; a phone of 7 to 15 digits; the customer's name unless a complaint
    is linked; each measure listed once."""
    service, created = services.service_record(services.ServiceIn(**payload.dict()), by=request.user,
                                               idempotency_key=idempotency_key)
    return Reply(201 if created else 200, service_out(selectors.service_get(user=request.user, pk=service.pk)))


class AssistanceListFilters(Schema):
    group: GroupCode | None = None
    language: LanguageCode | None = None
    channel: ChannelCode | None = None
    measure: MeasureCode | None = None
    outcome: OutcomeCode | None = None
    institution: str | None = Field(None, max_length=20)
    served_from: AssistanceDay | None = None
    served_to: AssistanceDay | None = None
    complaint: int | None = Field(None, ge=1, le=2**62)
    q: str | None = Field(None, max_length=100)
    offset: int = Field(0, ge=0, le=1_000_000)
    limit: int = Field(50, ge=1, le=200)


def ledger_filter(f: AssistanceListFilters) -> selectors.LedgerFilter:
    return selectors.LedgerFilter(group=f.group or "", language=f.language or "", channel=f.channel or "",
                                  measure=f.measure or "", outcome=f.outcome or "", institution=f.institution or "",
                                  served_from=f.served_from, served_to=f.served_to, complaint=f.complaint,
                                  q=f.q or "")


@router.get("/assistance/services", response=ServicePage, summary="The services ledger in your scope (服务台账)")
def service_list(request: HttpRequest, filters: AssistanceListFilters = Query(...)) -> ServicePage:
    qs = selectors.ledger(request.user, ledger_filter(filters))
    return ServicePage(count=qs.count(), items=[service_out(s) for s in qs[filters.offset:filters.offset
                                                                            + filters.limit]])


@router.get("/assistance/numbers", response=dict[str, object],
            summary="Counts of an institution (subtree) for a quarter or a year: services by group, language, "
                    "measure and channel; outlets checked")
def numbers(request: HttpRequest, institution: str = Query(..., max_length=20),
            year: int = Query(..., ge=2000, le=2100), quarter: int | None = Query(None, ge=1, le=4)) -> dict:
    target = Institution.objects.filter(code=institution).first()
    if target is None or not scope_for(request.user).contains(target):
        raise UnknownReference("没有这个机构，或不在您的数据范围内。", field="institution")
    n = selectors.numbers(target, Period.quarter(year, quarter) if quarter else Period.year(year))
    rate = n.outlets_checked_rate
    return {**n.__dict__, "outlets_checked_rate": str(rate) if rate is not None else None}


@router.get("/assistance/services/{service_id}", response=ServiceOut, summary="One service record")
def service_detail(request: HttpRequest, service_id: int) -> ServiceOut:
    return service_out(selectors.service_get(user=request.user, pk=service_id))


class FollowUpIn(Schema):
    version: int = Version
    outcome: OutcomeCode
    satisfaction: SatisfactionCode
    note: str = Field("", max_length=2000)


@router.post("/assistance/services/{service_id}/follow-up", response=ServiceOut,
             summary="Record the outcome and the customer's satisfaction (回访; 409 on a stale version)")
def service_follow_up(request: HttpRequest, service_id: int, payload: FollowUpIn) -> ServiceOut:
    services.service_follow_up(service_id=service_id, by=request.user, **payload.dict())
    return service_out(selectors.service_get(user=request.user, pk=service_id))


class LinkIn(Schema):
    version: int = Version
    complaint_id: int | None = Field(None, ge=1, le=2**62, description="null: unlink")


@router.post("/assistance/services/{service_id}/link", response=ServiceOut,
             summary="Link the service to a complaint in your scope, or unlink it (409 on a stale version)")
def service_link(request: HttpRequest, service_id: int, payload: LinkIn) -> ServiceOut:
    services.service_link(service_id=service_id, by=request.user, **payload.dict())
    return service_out(selectors.service_get(user=request.user, pk=service_id))


class CheckOut(Schema):
    id: int
    outlet: str
    checked_on: date
    present: list[str]
    missing: list[str]
    note: str = Field(description="masked")
    photos: int


class OutletOut(Schema):
    id: int = Field(description="the outlet's institution id (POST …/outlets/{institution_id}/checks)")
    code: str
    name: str
    last_checked_on: date | None
    next_due_on: date | None = Field(description="null: never checked (due now)")
    overdue: bool
    present: list[str]
    missing: list[str]


def _check_out(c: FacilityCheck) -> CheckOut:
    return CheckOut(id=c.pk, outlet=c.institution.code, checked_on=c.checked_on, present=c.present,
                    missing=c.missing, note=c.note_masked, photos=c.photos.count())


@router.get("/assistance/outlets", response=list[OutletOut],
            summary="Outlets in your scope with their facilities and the date of the last check")
def outlet_list(request: HttpRequest, overdue: Flag = False) -> list[OutletOut]:
    return [OutletOut(id=r.outlet.pk, code=r.outlet.code, name=r.outlet.name, last_checked_on=r.last_checked_on,
                      next_due_on=r.due_on, overdue=r.overdue,
                      present=r.last_check.present if r.last_check else [],
                      missing=r.last_check.missing if r.last_check else [])
            for r in selectors.outlet_statuses(request.user, overdue_only=overdue)]


class CheckIn(Schema):
    checked_on: AssistanceDay
    items: dict[FacilityCode, bool] = Field(description="every facility: true present, false missing")
    note: str = Field("", max_length=2000)


@router.post("/assistance/outlets/{institution_id}/checks", response={201: CheckOut},
             summary="Record an outlet's facilities check (photos: on the page); the outlet by its institution id")
def outlet_check(request: HttpRequest, institution_id: int, payload: CheckIn) -> Reply:
    """Beyond the schema (422 naming the field): checked_on not after today (it moves with the clock)."""
    outlet = selectors.outlet_get(user=request.user, pk=institution_id)
    check = services.facility_check_record(by=request.user, institution=outlet, checked_on=payload.checked_on,
                                           items=dict(payload.items), note=payload.note)
    return Reply(201, _check_out(check))

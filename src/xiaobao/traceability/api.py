"""REST endpoints of sales traceability (`/api/v1/traceability`): the sale registry, evidence, reason-gated
download, bulk intake (one zip of up to 20,000 rows per request), integrity results."""

from __future__ import annotations

from datetime import date
from typing import Literal
from uuid import UUID

from django.http import HttpRequest, HttpResponse
from ninja import File, Form, Header, Query, Router, Schema
from ninja import Status as Reply
from ninja.files import UploadedFile
from pydantic import Field

from xiaobao.core import progress, registry
from xiaobao.core.errors import InvalidInput, NotFound, PermissionDenied, UnknownReference
from xiaobao.core.schema import HAS_TEXT, Day, Flag, Instant, visible_at_least
from xiaobao.traceability import importing, intake, policy, presenters, retention, selectors, services, storage
from xiaobao.traceability.codes import Channel, Kind, ProductLine
from xiaobao.traceability.models import EvidenceItem, SaleRecord

router = Router(tags=["traceability"])

ChannelCode = Literal[tuple(Channel.values)]  # type: ignore[valid-type]
LineCode = Literal[tuple(ProductLine.values)]  # type: ignore[valid-type]
KindCode = Literal[tuple(Kind.values)]  # type: ignore[valid-type]
PREFIX = "/traceability"


class ItemOut(Schema):
    id: int
    sale_id: int
    kind: str
    kind_label: str
    name: str
    content_type: str
    size: int
    sha256: str
    duration_seconds: int | None
    source_system: str
    source_id: str
    superseded_by: int | None
    integrity: str
    checked_at: Instant | None
    received_at: Instant


class PolicyholderOut(Schema):
    name: str = Field(description="masked")
    phone: str = Field(description="masked")
    id_number: str = Field(description="masked")
    age_at_sale: int | None


class SaleOut(Schema):
    id: int
    policy_number: str
    institution: str
    product_name: str
    product_line: str
    product_line_label: str
    channel: str
    channel_label: str
    sold_at: Instant
    agent_name: str
    agent_number: str
    partner_name: str
    partner_credit_code: str
    policyholder: PolicyholderOut
    contract_start: date
    contract_end: date
    keep_until: date | None = Field(description="null while a dispute about the policy is open")
    keep_until_by_contract: date
    recording_required: bool
    recording_missing: bool
    items: list[ItemOut] | None = None
    warnings: list[str] = Field([], description="on registration: what other modules warn about (e.g. a "
                                "blacklisted partner, the recording a telephone sale still needs)")


class SalePage(Schema):
    count: int
    items: list[SaleOut]


def item_out(item: EvidenceItem) -> ItemOut:
    return ItemOut(id=item.pk, sale_id=item.sale_id, kind=item.kind, kind_label=str(Kind(item.kind).label),
                   name=item.original_name, content_type=item.content_type, size=item.size, sha256=item.sha256,
                   duration_seconds=item.duration_seconds, source_system=item.source_system,
                   source_id=item.source_id, superseded_by=item.superseded_by_id, integrity=item.integrity,
                   checked_at=item.checked_at, received_at=item.created_at)


def sale_out(sale: SaleRecord, *, keep: retention.Retention | None = None, detail: bool = False) -> SaleOut:
    keep = keep or retention.keep_until(sale)
    person = presenters.policyholder(sale)
    items = selectors.items_of(sale) if detail else None
    from xiaobao.traceability.codes import recording_required

    return SaleOut(
        id=sale.pk, policy_number=sale.policy_number, institution=sale.institution.code,
        product_name=sale.product_name, product_line=sale.product_line,
        product_line_label=str(sale.get_product_line_display()), channel=sale.channel,
        channel_label=str(sale.get_channel_display()), sold_at=sale.sold_at, agent_name=sale.agent_name,
        agent_number=sale.agent_number, partner_name=sale.partner_name, partner_credit_code=sale.partner_credit_code,
        policyholder=PolicyholderOut(age_at_sale=sale.policyholder_age, **person),
        contract_start=sale.contract_start, contract_end=sale.contract_end, keep_until=keep.until,
        keep_until_by_contract=sale.contract_keep_until, recording_required=recording_required(sale.channel),
        recording_missing=selectors.lacks_required_recording(sale),
        items=[item_out(i) for i in items] if items is not None else None)


def _page(request: HttpRequest, f: selectors.SaleFilter, offset: int, limit: int) -> SalePage:
    qs = selectors.sale_list(request.user, f)
    sales = list(qs[offset:offset + limit])
    keeps = retention.keep_until_many(sales)
    return SalePage(count=qs.count(), items=[sale_out(s, keep=keeps[s.pk]) for s in sales])


class SaleFilters(Schema):
    channel: ChannelCode | None = None
    product_line: LineCode | None = None
    institution: str | None = Field(None, max_length=20)
    agent: str | None = Field(None, max_length=40, description="agent staff number")
    sold_from: Day | None = None
    sold_to: Day | None = None
    missing_recording: Flag = False
    q: str | None = Field(None, max_length=40, description="policy number (a phone or ID number: POST /search)")
    offset: int = Field(0, ge=0, le=1_000_000)
    limit: int = Field(50, ge=1, le=200)


def _filter(f: SaleFilters) -> selectors.SaleFilter:
    return selectors.SaleFilter(channel=f.channel or "", product_line=f.product_line or "",
                                institution=f.institution or "", agent=f.agent or "", sold_from=f.sold_from,
                                sold_to=f.sold_to, missing_recording=f.missing_recording, q=f.q or "")


@router.get(f"{PREFIX}/sales", response=SalePage, summary="Sale records in the user's scope (销售记录)")
def sale_list(request: HttpRequest, filters: SaleFilters = Query(...)) -> SalePage:
    q = (filters.q or "").strip()
    if q and selectors.names_a_person(q) and not selectors.sales_visible_to(request.user).filter(
            policy_number=q).exists():
        raise InvalidInput("请通过 POST /traceability/sales/search 查询电话或证件号码：个人信息不能出现在网址中。",
                           field="q")
    return _page(request, _filter(filters), filters.offset, filters.limit)


@router.post(f"{PREFIX}/sales/search", response=SalePage,
             summary="Search sale records (filters in the body: for the policyholder's phone or ID number)")
def sale_search(request: HttpRequest, payload: SaleFilters) -> SalePage:
    return _page(request, _filter(payload), payload.offset, payload.limit)


class SaleIn(Schema):
    institution: str = Field(min_length=1, pattern=HAS_TEXT, max_length=20, description="institution code")
    policy_number: str = Field(min_length=1, pattern=HAS_TEXT, max_length=40)
    product_name: str = Field(min_length=1, pattern=HAS_TEXT, max_length=100)
    product_line: LineCode
    channel: ChannelCode
    sold_at: Instant
    agent_name: str = Field(min_length=1, pattern=HAS_TEXT, max_length=60)
    agent_number: str = Field(min_length=1, pattern=HAS_TEXT, max_length=40)
    partner_name: str = Field("", max_length=100)
    partner_credit_code: str = Field("", max_length=18)
    policyholder_name: str = Field(min_length=1, pattern=HAS_TEXT, max_length=60)
    policyholder_phone: str = Field("", max_length=20)
    policyholder_id_number: str = Field("", max_length=18)
    policyholder_birth_date: Day | None = None
    contract_start: Day
    contract_end: Day


@router.post(f"{PREFIX}/sales", response={200: SaleOut, 201: SaleOut}, summary="Register a sale (登记销售记录)")
def sale_create(request: HttpRequest, payload: SaleIn,
                idempotency_key: str | None = Header(None, alias="Idempotency-Key", min_length=1, pattern=HAS_TEXT, max_length=200)
                ) -> Reply:
    """A retry with the same Idempotency-Key returns the first sale with 200; another sale under a policy
    number already registered is 409.

    Beyond the schema (422 naming the field): sold_at at most one day ahead (it moves with the clock);
    contract_end not before contract_start; an ID number's check digit; a phone of 7 to 15 digits. Every such
    error is listed in `data.errors`."""
    sale, created = services.register_sale(data=services.SaleInput(**payload.dict()), by=request.user,
                                           idempotency_key=idempotency_key)
    out = sale_out(sale, detail=True)
    # the form's checks, but not the policy number's (the sale just registered has it)
    fields = {"partner_name": sale.partner_name, "partner_credit_code": sale.partner_credit_code,
              "channel": sale.channel}
    out.warnings = [str(n.text) for n in registry.form_checks("sale.create", request.user, fields)]
    return Reply(201 if created else 200, out)


@router.get(f"{PREFIX}/sales/{{sale_id}}", response=SaleOut, summary="One sale record with its evidence")
def sale_detail(request: HttpRequest, sale_id: int) -> SaleOut:
    return sale_out(selectors.sale_get(user=request.user, pk=sale_id), detail=True)


@router.post(f"{PREFIX}/sales/{{sale_id}}/items", response={201: ItemOut},
             summary="Add evidence to a sale (type by content; never overwrites; supersede by a new item)")
def item_create(request: HttpRequest, sale_id: int, kind: KindCode = Form(...), file: UploadedFile = File(...),
                supersedes: int | None = Form(None, ge=1, le=2**62, description="the item this one corrects"),
                note: str = Form("", max_length=300), source_system: str = Form("", max_length=40),
                source_id: str = Form("", max_length=100)) -> Reply:
    """Beyond the schema (422 naming the field): the file's type is read from its contents and must suit its kind:
    a recording, a video, a page-trail zip, a UTF-8 transcript."""
    sale = selectors.sale_get(user=request.user, pk=sale_id)
    old = None
    if supersedes is not None:
        old = selectors.items_visible_to(request.user).filter(pk=supersedes, sale=sale).first()
        if old is None:
            raise UnknownReference("要替代的资料不属于该销售记录。", field="supersedes")
    item = services.add_item(sale=sale, kind=kind, name=file.name or "file", stream=file.file, size=file.size,
                             by=request.user, supersedes=old, note=note, source_system=source_system,
                             source_id=source_id)
    return Reply(201, item_out(item))


@router.get(f"{PREFIX}/items/{{item_id}}", response=ItemOut, summary="One evidence item (metadata)")
def item_detail(request: HttpRequest, item_id: int) -> ItemOut:
    return item_out(selectors.item_get(user=request.user, pk=item_id))


class ReasonIn(Schema):
    reason: str = Field(min_length=4, max_length=500, pattern=visible_at_least(4),
                        description="why you need the file (at least 4 characters)")


# The file as stored: one of the types an evidence item may hold (detected from its content on upload).
DOWNLOAD_RESPONSES = {"responses": {"200": {
    "description": "the file (Content-Disposition names it), of the type detected when it was stored",
    "content": {kind: {"schema": {"type": "string", "format": "binary"}}
                for kind in sorted({t for types in storage.ALLOWED.values() for t in types})}}}}


@router.post(f"{PREFIX}/items/{{item_id}}/download", openapi_extra=DOWNLOAD_RESPONSES,
             summary="Download an evidence file (reason required, logged; the file name carries your name)")
def item_download(request: HttpRequest, item_id: int, payload: ReasonIn) -> HttpResponse:
    item = selectors.item_get(user=request.user, pk=item_id)
    if not item.path.is_file():
        raise NotFound("文件缺失，请联系消保专员进行完整性校验。", field="item")
    services.grant_access(user=request.user, item=item, reason=payload.reason, download=True, channel="api")
    from urllib.parse import quote

    response = HttpResponse(item.path.read_bytes(), content_type=item.content_type)
    name = services.download_name(item, request.user)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name)}"
    return response


class JobOut(Schema):
    id: UUID
    status: str
    status_label: str
    done: int
    total: int
    result: dict[str, int]
    errors: list[dict[str, object]]


def _job_out(job: object) -> JobOut:
    state = progress.snapshot(job)  # type: ignore[arg-type]
    return JobOut(id=job.pk, status=state.status, status_label=state.status_label,  # type: ignore[attr-defined]
                  done=state.done, total=state.total, result=job.result or {},  # type: ignore[attr-defined]
                  errors=(job.errors or [])[:1000])  # type: ignore[attr-defined]


@router.post(f"{PREFIX}/imports", response={202: JobOut},
             summary="Bulk intake: one zip with manifest.csv/.xlsx/.jsonl and the files (up to 20,000 rows)")
def import_create(request: HttpRequest, archive: UploadedFile = File(...),
                  system: str = Form("", max_length=40)) -> Reply:
    """Idempotent on (system, recording id): sending the same zip again stores nothing twice, and resumes an
    import that stopped. Poll GET /traceability/imports/{id} for progress and the per-row errors.

    Beyond the schema (422 naming the field): the archive must be a readable zip holding a manifest and the
    files it names; the manifest's rows are checked one by one (per-row errors in the job)."""
    job = intake.start(archive, by=request.user, system=system)
    job.refresh_from_db()
    return Reply(202, _job_out(job))


@router.get(f"{PREFIX}/imports/{{job_id}}", response=JobOut, summary="Progress and result of a bulk intake")
def import_detail(request: HttpRequest, job_id: UUID) -> JobOut:
    job = progress.job_of(request.user, job_id, kind=importing.JOB_KIND)
    if job is None:
        raise NotFound("没有该导入作业。")
    return _job_out(job)


class ProblemOut(Schema):
    item: ItemOut
    policy_number: str


@router.get(f"{PREFIX}/integrity", response=list[ProblemOut],
            summary="Evidence files found changed or missing by the last integrity check")
def integrity(request: HttpRequest) -> list[ProblemOut]:
    if not policy.can_read_integrity(request.user):
        raise PermissionDenied("只有消保专员和审计人员可以查看完整性校验结果。")
    return [ProblemOut(item=item_out(i), policy_number=i.sale.policy_number)
            for i in selectors.integrity_problems(request.user)[:500]]

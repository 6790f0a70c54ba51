"""REST endpoints of the reports app: the quarterly statistics (frozen when frozen), the quarterly and monthly
report files (.xlsx, PDF) and business volumes.

Mounted at /api/v1; errors are `{code, message, field}` (core.errors)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router, Schema
from ninja import Status as Reply
from pydantic import Field

from xiaobao.core.errors import NotFound, PermissionDenied
from xiaobao.core.safe_export import XLSX_CONTENT_TYPE
from xiaobao.core.schema import decimal
from xiaobao.reports import exports, selectors, services

router = Router(tags=["reports"])

CODE = r"^[0-9A-Za-z_-]{1,20}$"
BASIS = r"^[a-z0-9-]{0,40}$"


class QuarterIn(Schema):
    institution: str | None = Field(None, pattern=CODE, description="institution code; default: your own")
    year: int = Field(ge=2000, le=2100)
    quarter: int = Field(ge=1, le=4)


class ReportOut(Schema):
    frozen: bool
    frozen_by: str | None = None
    frozen_at: str | None = None
    report: dict[str, Any] = Field(description="the figures: total/previous/year_ago by source, breakdowns, "
                                               "institutions with ratios (see README)")


class VolumeIn(Schema):
    institution: str = Field(pattern=CODE)
    year: int = Field(ge=2000, le=2100)
    quarter: int = Field(ge=1, le=4)
    premium: Annotated[Decimal, decimal(places=2, above=0, maximum="9999999999999.99", unit="yuan")] | None = None
    premium_basis: str = Field("", pattern=BASIS, description="definition code, e.g. original-premium")
    policies: int | None = Field(None, gt=0, le=10**12)
    policies_basis: str = Field("", pattern=BASIS, description="definition code, e.g. policies-issued")
    version: int | None = Field(None, ge=1, le=2**31, description="the version you read; a stale one gets 409")


class VolumeOut(Schema):
    institution: str
    year: int
    quarter: int
    premium: Decimal | None
    premium_basis: str
    policies: int | None
    policies_basis: str
    version: int


@router.get("/reports/quarterly", response={200: ReportOut, 404: dict},
            summary="Quarterly complaint statistics (季度投诉统计); the frozen figures once frozen")
def quarterly(request: HttpRequest, params: Query[QuarterIn]) -> ReportOut:
    if not selectors.can_read_reports(request.user):
        raise PermissionDenied("Your role has no reports.")
    root = selectors.root_get(request.user, params.institution)
    if root is None:
        raise NotFound("institution not found", field="institution")
    data, snapshot = selectors.report_for("quarterly", user=request.user, root=root, year=params.year,
                                          number=params.quarter)
    if snapshot is not None:
        return ReportOut(frozen=True, frozen_by=snapshot.frozen_by.username, frozen_at=snapshot.frozen_at.isoformat(),
                         report=data)
    return ReportOut(frozen=False, report=data)


class ReportFileIn(Schema):
    institution: str | None = Field(None, pattern=CODE, description="institution code; default: your own")
    year: int = Field(ge=2000, le=2100)
    format: Literal["xlsx", "pdf"] = Field("xlsx", description="xlsx (laid out for the regulator) or pdf")


class QuarterFileIn(ReportFileIn):
    quarter: int = Field(ge=1, le=4)


class MonthFileIn(ReportFileIn):
    month: int = Field(ge=1, le=12)


BINARY = {"schema": {"type": "string", "format": "binary"}}
FILE_RESPONSES = {"responses": {"200": {"description": "the file (Content-Disposition names it)",
                                        "content": {XLSX_CONTENT_TYPE: BINARY, exports.PDF_CONTENT_TYPE: BINARY}}}}


def _file(request: HttpRequest, kind: str, institution: str | None, year: int, number: int, fmt: str
          ) -> HttpResponse:
    """A report's file for the caller's scope (frozen figures once frozen), through the same DLP check as the
    page's downloads: personal data typed into a name or definition stops it (403) unless the caller may export
    personal data."""
    if not selectors.can_read_reports(request.user):
        raise PermissionDenied("Your role has no reports.")
    root = selectors.root_get(request.user, institution)
    if root is None:
        raise NotFound("institution not found", field="institution")
    data, snapshot = selectors.report_for(kind, user=request.user, root=root, year=year, number=number)
    make = exports.report_xlsx if fmt == "xlsx" else exports.report_pdf
    file = make(user=request.user, data=data, snapshot=snapshot)
    response = HttpResponse(file.content, content_type=file.content_type)
    response["Content-Disposition"] = f'attachment; filename="{file.filename}"'
    return response


@router.get("/reports/quarterly/file", response={403: dict, 404: dict, 422: dict}, openapi_extra=FILE_RESPONSES,
            summary="The quarterly complaint statistics as .xlsx or PDF (季度投诉统计报表文件)")
def quarterly_file(request: HttpRequest, params: Query[QuarterFileIn]) -> HttpResponse:
    return _file(request, "quarterly", params.institution, params.year, params.quarter, params.format)


@router.get("/reports/monthly/file", response={403: dict, 404: dict, 422: dict}, openapi_extra=FILE_RESPONSES,
            summary="The monthly management report as .xlsx or PDF (月度管理报告文件)")
def monthly_file(request: HttpRequest, params: Query[MonthFileIn]) -> HttpResponse:
    return _file(request, "monthly", params.institution, params.year, params.month, params.format)


@router.put("/reports/volumes", response={200: VolumeOut, 403: dict, 404: dict, 409: dict, 422: dict},
            summary="Enter the premium and policy count of an institution and quarter (保费与保单件数)")
def volume_put(request: HttpRequest, payload: VolumeIn) -> Reply:
    v = services.save_volume(services.VolumeIn(
        institution=payload.institution, year=payload.year, quarter=payload.quarter, premium=payload.premium,
        premium_basis=payload.premium_basis, policies=payload.policies, policies_basis=payload.policies_basis),
        by=request.user, version=payload.version)
    return Reply(200, VolumeOut(institution=v.institution.code, year=v.year, quarter=v.quarter, premium=v.premium,
                                premium_basis=v.premium_basis.code if v.premium_basis else "", policies=v.policies,
                                policies_basis=v.policies_basis.code if v.policies_basis else "", version=v.version))

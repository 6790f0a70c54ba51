"""REST endpoints of the reports app: the quarterly statistics (frozen when frozen) and business volumes.

Mounted at /api/v1; errors are `{code, message, field}` (core.errors)."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from django.http import HttpRequest
from ninja import Query, Router, Schema
from ninja import Status as Reply
from pydantic import Field

from xiaobao.core.errors import NotFound, PermissionDenied
from xiaobao.core.schema import decimal
from xiaobao.reports import selectors, services

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
    period = services.period_for("quarterly", params.year, params.quarter)
    snapshot = selectors.snapshot_for(user=request.user, kind="quarterly", institution=root, start=period.start)
    if snapshot is not None:
        return ReportOut(frozen=True, frozen_by=snapshot.frozen_by.username, frozen_at=snapshot.frozen_at.isoformat(),
                         report=snapshot.data)
    return ReportOut(frozen=False, report=services.report_data("quarterly", user=request.user, institution=root,
                                                               year=params.year, number=params.quarter))


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

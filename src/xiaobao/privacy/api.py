"""REST endpoints of the privacy module: unmask one complainant field with a stated reason."""

from __future__ import annotations

from typing import Literal

from django.http import HttpRequest, HttpResponse
from ninja import Router, Schema
from pydantic import Field

from xiaobao.privacy import policy, services

router = Router(tags=["privacy"])

FieldCode = Literal[tuple(policy.FIELDS)]  # type: ignore[valid-type]


class UnmaskIn(Schema):
    field: FieldCode = Field(description="name, phone, id_number or address")
    reason: str = Field("", max_length=500, description="why you need the value in clear (at least 4 characters)")


class UnmaskOut(Schema):
    field: str
    value: str


@router.post("/complaints/{complaint_id}/unmask", response=UnmaskOut,
             summary="View one complainant field in clear, with a reason (logged; 403 without the right)")
def complaint_unmask(request: HttpRequest, response: HttpResponse, complaint_id: int, payload: UnmaskIn) -> UnmaskOut:
    """The value is returned for this request only (`Cache-Control: no-store`) and every call is logged
    in the access log with its reason."""
    value = services.unmask(user=request.user, complaint_id=complaint_id, field=payload.field,
                            reason=payload.reason, channel="api")
    response["Cache-Control"] = "no-store"
    return UnmaskOut(field=payload.field, value=value)

"""REST endpoints of the privacy module: unmask one complainant field or free text with a stated reason."""

from __future__ import annotations

from typing import Literal

from django.http import HttpRequest, HttpResponse
from ninja import Router, Schema
from pydantic import Field

from xiaobao.core.schema import visible_at_least
from xiaobao.privacy import policy, services

router = Router(tags=["privacy"])

FieldCode = Literal[policy.UNMASKABLE]  # type: ignore[valid-type]


class UnmaskIn(Schema):
    field: FieldCode = Field(description="a complainant field (name, phone, id_number, address), a free text of "
                                         "the case (summary, requested_outcome, decision, feedback), or the free "
                                         "text of one of its rows named by `item` (event_reason: a timeline "
                                         "entry's id; contact_content, contact_outcome: a contact record's id)")
    item: int | None = Field(None, ge=1, le=2**63 - 1, description="the timeline entry or contact record id")
    reason: str = Field(min_length=4, max_length=500, pattern=visible_at_least(4),
                        description="why you need the value in clear (at least 4 characters)")


class UnmaskOut(Schema):
    field: str
    item: int | None = None
    value: str


@router.post("/complaints/{complaint_id}/unmask", response=UnmaskOut,
             summary="View one complainant field or free text in clear, with a reason (logged; 403 without the right)")
def complaint_unmask(request: HttpRequest, response: HttpResponse, complaint_id: int, payload: UnmaskIn) -> UnmaskOut:
    """The value is returned for this request only (`Cache-Control: no-store`) and every call is logged
    in the access log with its reason."""
    value = services.unmask(user=request.user, complaint_id=complaint_id, field=payload.field,
                            reason=payload.reason, channel="api", item=payload.item)
    response["Cache-Control"] = "no-store"
    return UnmaskOut(field=payload.field, item=payload.item, value=value)

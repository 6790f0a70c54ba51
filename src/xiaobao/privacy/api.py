"""REST endpoints of the privacy module: unmask one complainant field or free text with a stated reason."""

from __future__ import annotations

from typing import Literal

from django.http import HttpRequest, HttpResponse
from ninja import Body, Router, Schema
from pydantic import Field, create_model

from xiaobao.core.schema import one_of, visible_at_least
from xiaobao.privacy import policy, services

router = Router(tags=["privacy"])

_ROW_TEXTS = tuple(name for name, (related, _attr) in policy.TEXT_FIELDS.items() if related)
_CASE_FIELDS = tuple(name for name in policy.UNMASKABLE if name not in _ROW_TEXTS)
_REASON = (str, Field(min_length=4, max_length=500, pattern=visible_at_least(4),
                      description="why you need the value in clear (at least 4 characters)"))

UnmaskIn = one_of("field", {
    _CASE_FIELDS: create_model(
        "UnmaskCaseFieldIn", __base__=Schema, reason=_REASON,
        field=(Literal[_CASE_FIELDS], Field(description="a complainant field (name, phone, id_number, address) or "  # type: ignore[valid-type]
                                                        "a free text of the case (summary, requested_outcome, "
                                                        "decision, feedback)")),
        item=(int | None, Field(None, ge=1, le=2**63 - 1, description="not used for these fields"))),
    _ROW_TEXTS: create_model(
        "UnmaskRowTextIn", __base__=Schema, reason=_REASON,
        field=(Literal[_ROW_TEXTS], Field(description="the free text of one of the case's rows: event_reason (a "  # type: ignore[valid-type]
                                                       "timeline entry), contact_content, contact_outcome (a contact "
                                                       "record)")),
        item=(int, Field(ge=1, le=2**63 - 1, description="the timeline entry or contact record id (404: not one of "
                                                          "the case's)"))),
})
"""Which value to view in clear and why: a field of the case, or the text of one of its rows named by `item`."""


class UnmaskOut(Schema):
    field: str
    item: int | None = None
    value: str


@router.post("/complaints/{complaint_id}/unmask", response=UnmaskOut,
             summary="View one complainant field or free text in clear, with a reason (logged; 403 without the right)")
def complaint_unmask(request: HttpRequest, response: HttpResponse, complaint_id: int,
                     payload: UnmaskIn = Body(...)) -> UnmaskOut:
    """The value is returned for this request only (`Cache-Control: no-store`) and every call is logged
    in the access log with its reason."""
    value = services.unmask(user=request.user, complaint_id=complaint_id, field=payload.field,
                            reason=payload.reason, channel="api", item=payload.item)
    response["Cache-Control"] = "no-store"
    return UnmaskOut(field=payload.field, item=payload.item, value=value)

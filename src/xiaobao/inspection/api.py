"""REST endpoints of sales quality inspection (`/api/v1/inspection`)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from django.http import HttpRequest
from ninja import Router, Schema
from ninja import Status as Reply
from pydantic import Field

from xiaobao.inspection import rules as rules_module
from xiaobao.inspection import selectors
from xiaobao.inspection.codes import Condition
from xiaobao.inspection.models import SamplingPlan
from xiaobao.inspection.services import config

router = Router(tags=["inspection"])

ConditionCode = Literal[tuple(Condition.values)]  # type: ignore[valid-type]
Version = Field(ge=1, le=2_000_000_000, description="the version you read (409 when stale)")


# ---- rules --------------------------------------------------------------------------------------------------

class InspectionRuleOut(Schema):
    channel: str = Field(description="a channel code or * (any)")
    product_line: str = Field(description="a product-line code or * (any)")
    required: list[str] = Field(description="checklist step codes of the transcripts engine")


class InspectionRulesOut(Schema):
    version: str = Field(description="v<N> for an officer's version, default for the shipped file")
    rules: list[InspectionRuleOut]
    missing_step_points: int
    violation_points: int
    pass_score: int
    content: str = Field(description="the same rules as TOML")


class InspectionRulesIn(Schema):
    content: str = Field(min_length=1, max_length=100_000, description="the rules as TOML (see GET)")
    note: str = Field(min_length=1, max_length=200, description="reason for the change")


def _rules_out(r: rules_module.Rules) -> InspectionRulesOut:
    return InspectionRulesOut(version=r.version, rules=[InspectionRuleOut(channel=x.channel, product_line=x.product_line,
                                                      required=list(x.required)) for x in r.rules],
                    missing_step_points=r.scoring.missing_step, violation_points=r.scoring.violation,
                    pass_score=r.scoring.pass_score, content=r.text)


@router.get("/inspection/rules", response=InspectionRulesOut, summary="The inspection rules in force (质检规则)")
def rules_get(request: HttpRequest) -> InspectionRulesOut:
    return _rules_out(rules_module.current())


@router.post("/inspection/rules", response={201: InspectionRulesOut},
             summary="Save a new version of the inspection rules (officers; validated, every version kept)")
def rules_save(request: HttpRequest, payload: InspectionRulesIn) -> Reply:
    saved = config.rules_save(by=request.user, content=payload.content, note=payload.note)
    return Reply(201, _rules_out(rules_module.parse(saved.content, version=f"v{saved.version}")))


# ---- sampling plans -------------------------------------------------------------------------------------------

class InspectionPlanOut(Schema):
    id: int
    version: int
    name: str
    condition: str
    condition_label: str
    threshold: int | None
    rate_percent: Decimal
    seed: str
    active: bool
    updated_at: datetime


class InspectionPlanIn(Schema):
    name: str = Field(min_length=1, max_length=100)
    condition: ConditionCode
    threshold: int | None = Field(None, ge=1, le=3660, description="age (age_at_least) or days (agent_complained)")
    rate_percent: Decimal = Field(ge=Decimal("0.01"), le=Decimal(100), max_digits=5, decimal_places=2)
    seed: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")
    active: bool = True


class PlanUpdateIn(InspectionPlanIn):
    version: int = Version


def _plan_out(p: SamplingPlan) -> InspectionPlanOut:
    return InspectionPlanOut(id=p.pk, version=p.version, name=p.name, condition=p.condition,
                   condition_label=str(p.get_condition_display()), threshold=p.threshold,
                   rate_percent=p.rate_percent, seed=p.seed, active=p.active, updated_at=p.updated_at)


@router.get("/inspection/plans", response=list[InspectionPlanOut], summary="The sampling plans (抽样计划)")
def plan_list(request: HttpRequest) -> list[InspectionPlanOut]:
    return [_plan_out(p) for p in selectors.plans()]


@router.post("/inspection/plans", response={201: InspectionPlanOut, 200: InspectionPlanOut},
             summary="Create a sampling plan (officers). The same plan sent again returns it with 200")
def plan_create(request: HttpRequest, payload: InspectionPlanIn) -> Reply:
    existing = selectors.plans().filter(name=payload.name.strip()).first()
    if existing is not None and _plan_out(existing).model_dump(exclude={"id", "version", "updated_at",
                                                                         "condition_label"}) == {
            **payload.model_dump(), "name": payload.name.strip(),
            "threshold": None if payload.condition == Condition.ALL else payload.threshold}:
        return Reply(200, _plan_out(existing))  # a retried create: idempotent by content
    return Reply(201, _plan_out(config.plan_create(by=request.user, **payload.model_dump())))


@router.put("/inspection/plans/{plan_id}", response=InspectionPlanOut,
            summary="Change a sampling plan (officers; 409 on a stale version). Calls already picked stay picked")
def plan_update(request: HttpRequest, plan_id: int, payload: PlanUpdateIn) -> InspectionPlanOut:
    data = payload.model_dump()
    version = data.pop("version")
    return _plan_out(config.plan_update(plan_id=plan_id, version=version, by=request.user, **data))

"""REST endpoints of sales quality inspection (`/api/v1/inspection`)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Body, Query, Router, Schema
from ninja import Status as Reply
from pydantic import Field, create_model

from xiaobao.core.schema import HAS_TEXT, Day, Flag, decimal, one_of, reason_text, yes_or_why
from xiaobao.inspection import labels, selectors, stats
from xiaobao.inspection import rules as rules_module
from xiaobao.inspection.codes import Conclusion, Condition, Status
from xiaobao.inspection.models import AutoFinding, Inspection, SamplingPlan
from xiaobao.inspection.services import config, workflow
from xiaobao.major.models import Measure as AccountabilityMeasure

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
    content: str = Field(min_length=1, pattern=HAS_TEXT, max_length=100_000, description="the rules as TOML (see GET)")
    note: str = Field(min_length=1, pattern=HAS_TEXT, max_length=200, description="reason for the change")


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
    """Beyond the schema (422 naming the field): the content must be valid inspection rules in TOML."""
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


class _PlanFields(Schema):
    name: str = Field(min_length=1, pattern=HAS_TEXT, max_length=100)
    rate_percent: Annotated[Decimal, decimal(places=2, minimum="0.01", maximum=100, unit="%")]
    seed: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")
    active: bool = True


THRESHOLD_MEANS = {Condition.AGE_AT_LEAST: "N: the policyholder's age at least",
                   Condition.AGENT_COMPLAINED: "N: the days back in which the agent had a complaint"}


def _plan_body(condition: Condition, *, update: bool) -> type[Schema]:
    """A plan's body for one condition: N (`threshold`) is required, in that condition's range, when the condition
    has one (an age, a number of days); with every call (`all`) it is not used and may be left out."""
    fields: dict[str, Any] = {"condition": (Literal[condition.value], ...)}
    if condition in config.MAX_THRESHOLD:
        fields["threshold"] = (int, Field(ge=1, le=config.MAX_THRESHOLD[condition],
                                          description=THRESHOLD_MEANS[condition]))
    else:
        fields["threshold"] = (int | None, Field(None, ge=1, le=max(config.MAX_THRESHOLD.values()),
                                                 description="not used: every call"))
    if update:
        fields["version"] = (int, Version)
    camel = "".join(part.title() for part in condition.value.split("_"))
    return create_model(f"InspectionPlan{camel}{'Update' if update else ''}In", __base__=_PlanFields, **fields)


InspectionPlanIn = one_of("condition", {c.value: _plan_body(c, update=False) for c in Condition})
InspectionPlanUpdateIn = one_of("condition", {c.value: _plan_body(c, update=True) for c in Condition})


def _plan_out(p: SamplingPlan) -> InspectionPlanOut:
    return InspectionPlanOut(id=p.pk, version=p.version, name=p.name, condition=p.condition,
                   condition_label=str(p.get_condition_display()), threshold=p.threshold,
                   rate_percent=p.rate_percent, seed=p.seed, active=p.active, updated_at=p.updated_at)


@router.get("/inspection/plans", response=list[InspectionPlanOut], summary="The sampling plans (抽样计划)")
def plan_list(request: HttpRequest) -> list[InspectionPlanOut]:
    return [_plan_out(p) for p in selectors.plans()]


@router.post("/inspection/plans", response={201: InspectionPlanOut, 200: InspectionPlanOut},
             summary="Create a sampling plan (officers). The same plan sent again returns it with 200")
def plan_create(request: HttpRequest, payload: InspectionPlanIn = Body(...)) -> Reply:
    existing = selectors.plans().filter(name=payload.name.strip()).first()
    if existing is not None and _plan_out(existing).model_dump(exclude={"id", "version", "updated_at",
                                                                         "condition_label"}) == {
            **payload.model_dump(), "name": payload.name.strip(),
            "threshold": None if payload.condition == Condition.ALL else payload.threshold}:
        return Reply(200, _plan_out(existing))  # a retried create: idempotent by content
    return Reply(201, _plan_out(config.plan_create(by=request.user, **payload.model_dump())))


@router.put("/inspection/plans/{plan_id}", response=InspectionPlanOut,
            summary="Change a sampling plan (officers; 409 on a stale version). Calls already picked stay picked")
def plan_update(request: HttpRequest, plan_id: int, payload: InspectionPlanUpdateIn = Body(...)
                ) -> InspectionPlanOut:
    data = payload.model_dump()
    version = data.pop("version")
    return _plan_out(config.plan_update(plan_id=plan_id, version=version, by=request.user, **data))


# ---- inspections ---------------------------------------------------------------------------------------------

StatusCode = Literal[tuple(Status.values)]  # type: ignore[valid-type]
ConclusionCode = Literal[tuple(Conclusion.values)]  # type: ignore[valid-type]
MeasureCode = Literal[tuple(AccountabilityMeasure.values)]  # type: ignore[valid-type]


class InspectionFindingOut(Schema):
    id: int
    kind: str = Field(description="step_present, step_missing or violation")
    code: str = Field(description="the step code or the marketing violation code")
    label: str
    turn: int | None = Field(description="index of the turn in the transcript (none for a missing step)")
    quote: str = Field(description="the quoted turn, masked")
    passage: str = Field(description="the flagged passage, masked")
    explanation: str
    basis: str
    state: str = Field(description="open, confirmed or overridden")
    decision_reason: str = Field(description="masked")


class InspectionReasonOut(Schema):
    plan_id: int
    plan_name: str
    condition: str
    threshold: int | None
    rate_percent: Decimal
    seed: str
    group_size: int
    quota: int
    position: int
    detail: dict[str, object]


class InspectionOut(Schema):
    id: int
    number: str
    version: int
    status: str
    status_label: str
    institution: str
    policy_number: str
    channel: str
    product_line: str
    agent_name: str
    agent_number: str
    sold_at: datetime
    item_id: int
    check_state: str
    steps_required: list[str]
    steps_present: list[str]
    steps_missing: list[str]
    violations: list[str]
    rules_version: str
    inspector: str | None
    score: int | None
    conclusion: str
    conclusion_note: str = Field(description="masked")
    rectification_task_id: int | None
    accountability_record_id: int | None
    sampled_at: datetime
    concluded_at: datetime | None
    reasons: list[InspectionReasonOut] = []
    findings: list[InspectionFindingOut] = []


class InspectionPage(Schema):
    count: int
    items: list[InspectionOut]


def _finding_out(f: AutoFinding) -> InspectionFindingOut:
    return InspectionFindingOut(id=f.pk, kind=f.kind, code=f.code, label=f.label, turn=f.turn, quote=f.quote_masked,
                      passage=f.passage_masked, explanation=f.explanation, basis=f.basis, state=f.state,
                      decision_reason=f.decision_reason_masked)


def _inspection_out(i: Inspection, *, detail: bool = False) -> InspectionOut:
    c = i.auto_check
    out = InspectionOut(
        id=i.pk, number=i.number, version=i.version, status=i.status, status_label=str(i.get_status_display()),
        institution=i.institution.code, policy_number=c.sale.policy_number, channel=c.channel,
        product_line=c.product_line, agent_name=c.agent_name, agent_number=c.agent_number, sold_at=c.sale.sold_at,
        item_id=c.item_id, check_state=c.state, steps_required=c.required, steps_present=c.present,
        steps_missing=c.missing, violations=c.violations, rules_version=c.rules_version,
        inspector=i.inspector.username if i.inspector_id else None, score=i.score, conclusion=i.conclusion,
        conclusion_note=i.conclusion_note_masked, rectification_task_id=i.rectification_task_id,
        accountability_record_id=i.accountability_record_id, sampled_at=i.sampled_at, concluded_at=i.concluded_at)
    if detail:
        out.reasons = [InspectionReasonOut(plan_id=r.plan_id, plan_name=r.plan_name, condition=r.condition,
                                 threshold=r.threshold, rate_percent=r.rate_percent, seed=r.seed,
                                 group_size=r.group_size, quota=r.quota, position=r.position, detail=r.detail)
                       for r in selectors.reasons_of(i)]
        out.findings = [_finding_out(f) for f in selectors.findings_of(i)]
    return out


class InspectionQueueFilters(Schema):
    status: StatusCode | None = None
    institution: str | None = Field(None, max_length=20, description="institution code: its subtree")
    agent: str | None = Field(None, max_length=40, description="agent staff number")
    mine: Flag = False
    policy_number: str | None = Field(None, max_length=40)
    offset: int = Field(0, ge=0, le=1_000_000)
    limit: int = Field(50, ge=1, le=200)


@router.get("/inspection/inspections", response=InspectionPage,
            summary="Sampled calls and their inspections in the user's scope (质检队列)")
def inspection_list(request: HttpRequest, filters: InspectionQueueFilters = Query(...)) -> InspectionPage:
    qs = selectors.queue(request.user, selectors.QueueFilter(
        status=filters.status or "", institution=filters.institution or "", agent=filters.agent or "",
        mine=filters.mine, q=filters.policy_number or ""))
    return InspectionPage(count=qs.count(), items=[_inspection_out(i) for i in
                                                   qs[filters.offset:filters.offset + filters.limit]])


@router.get("/inspection/inspections/{inspection_id}", response=InspectionOut,
            summary="One inspection: why the call was picked, the automatic findings, the decisions")
def inspection_detail(request: HttpRequest, inspection_id: int) -> InspectionOut:
    return _inspection_out(selectors.inspection_get(user=request.user, pk=inspection_id), detail=True)


def _action_body(action: str, **fields: Any) -> type[Schema]:
    camel = "".join(part.title() for part in action.split("_"))
    return create_model(f"Inspection{camel}In", __base__=Schema, action=(Literal[action], ...),
                        version=(int, Version), **fields)


def _conclusion_body(conclusion: Conclusion) -> type[Schema]:
    note = (reason_text(2000) if conclusion == Conclusion.FAIL else str, Field(
        ... if conclusion == Conclusion.FAIL else "", max_length=2000,
        description="the reason (at least 4 characters)" if conclusion == Conclusion.FAIL else "conclusion note"))
    return create_model(f"InspectionConclude{conclusion.value.title()}In", __base__=Schema,
                        action=(Literal["conclude"], ...), version=(int, Version),
                        conclusion=(Literal[conclusion.value], ...), score=(int, Field(ge=0, le=100)), note=note)


InspectionActionIn = one_of("action", {
    "take": _action_body("take"),
    "release": _action_body("release", reason=(reason_text(500), Field(description="at least 4 characters"))),
    "conclude": one_of("conclusion", {c.value: _conclusion_body(c) for c in Conclusion}),
    "propose_accountability": _action_body(
        "propose_accountability", measure=(MeasureCode, ...),
        finding=(reason_text(2000), Field(description="what the call got wrong (at least 4 characters)"))),
})
"""An action on an inspection: one body per action (and, for conclude, per conclusion), each with the fields it
requires: a reason to give a call back, a score and (for 不合格) a note to conclude, a measure and a finding to
propose accountability. `version` is the version you read (409 when stale; propose_accountability ignores it)."""


@router.post("/inspection/inspections/{inspection_id}/actions", response=InspectionOut,
             summary="Take, give back, conclude (不合格 opens a rectification task) or propose accountability "
                     "(409 on a stale version or a step the status does not allow)")
def inspection_action(request: HttpRequest, inspection_id: int, payload: InspectionActionIn = Body(...)
                      ) -> InspectionOut:
    user, v = request.user, payload.version
    if payload.action == "take":
        workflow.take(inspection_id=inspection_id, version=v, by=user)
    elif payload.action == "release":
        workflow.release(inspection_id=inspection_id, version=v, by=user, reason=payload.reason)
    elif payload.action == "conclude":
        workflow.conclude(inspection_id=inspection_id, version=v, by=user, conclusion=payload.conclusion,
                          score=payload.score, note=payload.note)
    else:
        workflow.propose_accountability(inspection_id=inspection_id, by=user, measure=payload.measure,
                                        finding=payload.finding)
    return _inspection_out(selectors.inspection_get(user=user, pk=inspection_id), detail=True)


InspectionDecisionIn = yes_or_why("confirm", base=Schema, names=("InspectionConfirmIn", "InspectionOverrideIn"),
                                  why="why the finding is overridden")
"""Confirm (true) or override (false, with a reason) an automatic finding."""


@router.post("/inspection/findings/{finding_id}/decision", response=InspectionFindingOut,
             summary="Confirm or override an automatic finding (确认/推翻; the finding is kept)")
def finding_decide(request: HttpRequest, finding_id: int, payload: InspectionDecisionIn = Body(...)
                   ) -> InspectionFindingOut:
    return _finding_out(workflow.decide_finding(finding_id=finding_id, by=request.user, confirm=payload.confirm,
                                                reason=payload.reason))


class InspectionStepRateOut(Schema):
    step: str
    label: str
    missing: int
    required: int
    rate: Decimal | None = Field(description="missing / required, in %")


class InspectionFiguresOut(Schema):
    key: str = Field(description="agent staff number, or institution code")
    name: str
    institution: str
    calls_checked: int
    calls_inspected: int
    failed: int
    failure_rate: Decimal | None = Field(description="failed / inspected, in %")
    violations: int
    steps: list[InspectionStepRateOut]


@router.get("/inspection/stats", response=list[InspectionFiguresOut],
            summary="Per agent or per institution: calls checked and inspected, failure rate, missing steps by "
                    "step, violations")
def inspection_stats(request: HttpRequest, by: Literal["agent", "institution"] = "agent",
                     institution: str | None = Query(None, max_length=20),
                     sold_from: Day | None = None, sold_to: Day | None = None) -> list[InspectionFiguresOut]:
    rows = stats.figures(selectors.checks_for_stats(request.user, institution=institution or "",
                                                    sold_from=sold_from, sold_to=sold_to), by=by)
    return [InspectionFiguresOut(key=r.key, name=r.name, institution=r.institution, calls_checked=r.checked,
                       calls_inspected=r.inspected, failed=r.failed, failure_rate=r.failure_rate,
                       violations=r.violations,
                       steps=[InspectionStepRateOut(step=s, label=labels.step_label(s), missing=m, required=n, rate=rate)
                              for s, rate, m, n in r.step_rates]) for r in rows]

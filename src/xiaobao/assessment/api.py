"""REST endpoints of the assessment (`/api/v1/assessment`): indicator systems, runs, results, scores."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from django.http import HttpRequest
from ninja import File, Form, Header, Query, Router, Schema
from ninja import Status as Reply
from ninja.files import UploadedFile
from pydantic import Field

from xiaobao.assessment import indicators, selectors, services
from xiaobao.assessment.codes import PeriodKind, Status
from xiaobao.assessment.models import Evidence, Result, Run
from xiaobao.core.errors import InvalidInput, PermissionDenied, UnknownReference
from xiaobao.core.schema import HAS_TEXT, decimal
from xiaobao.org.models import Institution

router = Router(tags=["assessment"])
Score = Annotated[Decimal, decimal(places=2, minimum=-1000, maximum=1000)]

Version = Field(ge=1, le=2_000_000_000, description="the run's version you read (409 when stale)")
Code = Field(min_length=1, max_length=60, pattern=r"^[A-Za-z0-9._-]+$")
PeriodCode = Literal[tuple(PeriodKind.values)]  # type: ignore[valid-type]


class ElementOut(Schema):
    code: str
    name: str
    weight: str
    min_weight: str | None
    deduction: bool
    cap: str | None
    indicators: list[dict[str, object]]


class TemplateOut(Schema):
    code: str
    version: str
    name: str
    period: str
    total: str
    elements: list[ElementOut]


def _template_out(current: indicators.Current) -> TemplateOut:
    t = current.template
    return TemplateOut(code=current.code, version=current.version, name=t.name, period=t.period, total=str(t.total),
                       elements=[ElementOut(
                           code=e.code, name=e.name, weight=str(e.weight),
                           min_weight=None if e.min_weight is None else str(e.min_weight), deduction=e.deduction,
                           cap=None if e.cap is None else str(e.cap),
                           indicators=[{"code": i.code, "name": i.name, "weight": str(i.weight), "method": i.method,
                                        "measure": i.measure} for i in e.indicators]) for e in t.elements])


@router.get("/assessment/templates", response=list[TemplateOut], summary="The indicator systems in force (指标体系)")
def template_list(request: HttpRequest) -> list[TemplateOut]:
    return [_template_out(c) for c in indicators.available()]


class TemplateIn(Schema):
    content: str = Field(min_length=1, pattern=HAS_TEXT, max_length=100_000, description="the indicator system as TOML")
    note: str = Field(min_length=1, pattern=HAS_TEXT, max_length=200, description="reason for the change")


@router.post("/assessment/templates", response={201: TemplateOut},
             summary="Save a new version of an indicator system (422 naming the element whose weights break its rules)")
def template_save(request: HttpRequest, payload: TemplateIn) -> Reply:
    """Beyond the schema (422 naming the field): the content must be a valid indicator system in TOML."""
    if not selectors.can_manage(request.user):
        raise PermissionDenied("只有消保专员可以修改指标体系。")
    saved = indicators.save_version(by=request.user, content=payload.content, note=payload.note)
    return Reply(201, _template_out(indicators.current(saved.code)))


class RunOut(Schema):
    id: int
    title: str
    institution: str
    template_code: str
    template_version: str
    template_name: str
    period_kind: str
    period_start: date
    period_end: date
    period_label: str
    status: str
    status_label: str
    measure_state: str
    version: int
    frozen: bool


def _run_out(run: Run) -> RunOut:
    return RunOut(id=run.pk, title=run.title, institution=run.institution.code, template_code=run.template_code,
                  template_version=run.template_version, template_name=run.template_name,
                  period_kind=run.period_kind, period_start=run.period_start, period_end=run.period_end,
                  period_label=run.period_label, status=run.status, status_label=str(Status(run.status).label),
                  measure_state=run.measure_state, version=run.version, frozen=run.frozen)


class RunIn(Schema):
    institution: str = Field(min_length=1, pattern=HAS_TEXT, max_length=20, description="the assessing institution's code")
    template: str = Field(min_length=1, pattern=HAS_TEXT, max_length=40, description="indicator system code, e.g. 2025")
    period_kind: PeriodCode = PeriodKind.YEAR
    year: int = Field(ge=2000, le=2100)
    quarter: int | None = Field(None, ge=1, le=4)
    title: str = Field("", max_length=200)


@router.get("/assessment/runs", response=list[RunOut], summary="Assessment runs in the user's scope")
def run_list(request: HttpRequest, offset: int = Query(0, ge=0, le=1_000_000),
             limit: int = Query(50, ge=1, le=200)) -> list[RunOut]:
    return [_run_out(r) for r in selectors.runs_visible_to(request.user)[offset:offset + limit]]


@router.post("/assessment/runs", response={201: RunOut, 200: RunOut},
             summary="Start an assessment (信息收集); its measures are computed in the background")
def run_create(request: HttpRequest, payload: RunIn,
               idempotency_key: str | None = Header(None, alias="Idempotency-Key", min_length=1, pattern=HAS_TEXT, max_length=200)
               ) -> Reply:
    """A retry with the same Idempotency-Key returns the first run with 200."""
    institution = Institution.objects.filter(code=payload.institution).first()
    if institution is None:
        raise UnknownReference("没有该机构。", field="institution")
    run, created = services.run_create(by=request.user, institution=institution, template_code=payload.template,
                                       period_kind=payload.period_kind, year=payload.year, quarter=payload.quarter,
                                       title=payload.title, idempotency_key=idempotency_key)
    return Reply(201 if created else 200, _run_out(run))


@router.get("/assessment/runs/{run_id}", response=RunOut, summary="One assessment run")
def run_detail(request: HttpRequest, run_id: int) -> RunOut:
    return _run_out(selectors.run_get(user=request.user, pk=run_id))


class AssessmentActionIn(Schema):
    action: Literal["compute", "start_first_review", "submit_first", "submit_second", "approve", "send_back"]
    version: int = Version
    note: str = Field("", max_length=500, description="approval note; the reason for send_back (required)")


@router.post("/assessment/runs/{run_id}/actions", response=RunOut,
             summary="Move the run a step (计算指标 / 初评 / 复评 / 审核 / 退回); 409 on a stale version or wrong step")
def run_action(request: HttpRequest, run_id: int, payload: AssessmentActionIn) -> RunOut:
    user, v = request.user, payload.version
    calls = {
        "compute": lambda: services.compute(run_id, by=user, version=v),
        "start_first_review": lambda: services.start_first_review(run_id, by=user, version=v),
        "submit_first": lambda: services.submit_first(run_id, by=user, version=v),
        "submit_second": lambda: services.submit_second(run_id, by=user, version=v),
        "approve": lambda: services.approve(run_id, by=user, version=v, note=payload.note),
        "send_back": lambda: services.send_back(run_id, by=user, version=v, note=payload.note),
    }
    calls[payload.action]()
    return _run_out(selectors.run_get(user=user, pk=run_id))


class ReadingOut(Schema):
    measure: str
    label: str
    available: bool = Field(description="false: no module provides this measure (暂不可用), never zero")
    value: Decimal | None
    numerator: Decimal | None
    denominator: Decimal | None
    evidence_url: str


class ScoreOut(Schema):
    indicator: str
    element: str
    measure: str
    computed: Decimal | None
    self_score: Decimal | None
    first: Decimal | None
    first_note: str
    second: Decimal | None
    second_note: str


class EvidenceOut(Schema):
    id: int
    indicator: str
    name: str
    size: int
    sha256: str


class ResultOut(Schema):
    id: int
    institution: str
    institution_name: str
    total: Decimal | None
    first_total: Decimal | None
    scored_weight: Decimal
    grade: str
    rank: int | None
    leadership: bool
    elements: list[dict[str, object]]
    scores: list[ScoreOut] = []
    readings: list[ReadingOut] = []
    evidence: list[EvidenceOut] = []


def _evidence_out(e: Evidence) -> EvidenceOut:
    return EvidenceOut(id=e.pk, indicator=e.indicator, name=e.original_name, size=e.size, sha256=e.sha256)


def _result_out(r: Result, *, detail: bool = False) -> ResultOut:
    out = ResultOut(id=r.pk, institution=r.institution.code, institution_name=r.institution.name, total=r.total,
                    first_total=r.first_total, scored_weight=r.scored_weight, grade=r.grade_name, rank=r.rank,
                    leadership=r.leadership, elements=r.elements)
    if detail:
        out.scores = [ScoreOut(indicator=s.indicator, element=s.element, measure=s.measure, computed=s.computed,
                               self_score=s.self_score, first=s.first, first_note=s.first_note, second=s.second,
                               second_note=s.second_note) for s in r.scores.all()]
        out.readings = [ReadingOut(measure=x.measure, label=x.label, available=x.available, value=x.value,
                                   numerator=x.numerator, denominator=x.denominator, evidence_url=x.evidence_url)
                        for x in r.readings.all()]
        out.evidence = [_evidence_out(e) for e in r.evidence.all()]
    return out


@router.get("/assessment/runs/{run_id}/results", response=list[ResultOut],
            summary="The run's results in the user's scope, by rank")
def run_results(request: HttpRequest, run_id: int) -> list[ResultOut]:
    run = selectors.run_get(user=request.user, pk=run_id)
    return [_result_out(r) for r in selectors.results_of(run, request.user)]


@router.get("/assessment/results/{result_id}", response=ResultOut,
            summary="One institution's result with readings, scores of each step and evidence")
def result_detail(request: HttpRequest, result_id: int) -> ResultOut:
    return _result_out(selectors.result_get(user=request.user, pk=result_id), detail=True)


class ScoreIn(Schema):
    indicator: str = Code
    score: Score | None = Field(None, description="empty: no score")
    note: str = Field("", max_length=500, description="required for a manual score or a changed computed one")


@router.put("/assessment/results/{result_id}/scores", response=ScoreOut,
            summary="Score one indicator in the first or second review (初评 / 复评打分)")
def result_score(request: HttpRequest, result_id: int, payload: ScoreIn) -> ScoreOut:
    s = services.score_indicator(result_id, by=request.user, indicator=payload.indicator, score=payload.score,
                                 note=payload.note)
    return ScoreOut(indicator=s.indicator, element=s.element, measure=s.measure, computed=s.computed,
                    self_score=s.self_score, first=s.first, first_note=s.first_note, second=s.second,
                    second_note=s.second_note)


class SelfIn(Schema):
    note: str = Field(min_length=1, pattern=HAS_TEXT, max_length=5000)
    scores: dict[str, Score | None] = Field(default_factory=dict, max_length=100,
                                              description="indicator code → the institution's own score")


@router.put("/assessment/results/{result_id}/self", response=ResultOut,
            summary="The institution's self-assessment (自评), while collecting information")
def result_self(request: HttpRequest, result_id: int, payload: SelfIn) -> ResultOut:
    if any(len(code) > 60 for code in payload.scores):
        raise InvalidInput("指标代码过长。", field="scores")
    result = services.self_assess(result_id, by=request.user, note=payload.note, scores=payload.scores)
    return _result_out(result, detail=True)


@router.post("/assessment/results/{result_id}/evidence", response={201: EvidenceOut},
             summary="Upload evidence (佐证材料), type checked by content")
def result_evidence(request: HttpRequest, result_id: int,
                    indicator: str = Form("", max_length=60, description="an indicator code, or empty for the whole"),
                    file: UploadedFile = File(...)) -> Reply:
    """Beyond the schema (422 naming the field): the file's type is read from its contents: PDF, Word, Excel, an
    image or text."""
    evidence = services.upload_evidence(result_id, by=request.user, name=file.name or "file", stream=file.file,
                                        indicator=indicator)
    return Reply(201, _evidence_out(evidence))


class LeadershipIn(Schema):
    on: bool = True
    note: str = Field("", max_length=300)


@router.put("/assessment/results/{result_id}/leadership", response=ResultOut,
            summary="Mark an approved result as feeding the leadership evaluation (纳入领导班子考核)")
def result_leadership(request: HttpRequest, result_id: int, payload: LeadershipIn) -> ResultOut:
    return _result_out(services.mark_leadership(result_id, by=request.user, on=payload.on, note=payload.note))

"""Reads of the assessment, always scoped to the acting user: officers, auditors and the assessing
institution's head see every result of a run; an assessed institution's staff see their own results only."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from xiaobao.assessment import indicators, scoring, transitions
from xiaobao.assessment.codes import OPEN_STATUSES, Status
from xiaobao.assessment.models import Evidence, Reading, Result, Run, Score
from xiaobao.core.errors import NotFound
from xiaobao.core.registry import QueueItem
from xiaobao.org.models import User
from xiaobao.org.roles import Role
from xiaobao.org.scope import scope_for


def results_visible_to(user: User) -> QuerySet[Result]:
    return Result.objects.filter(scope_for(user).filter_q()).select_related("institution", "run")


def runs_visible_to(user: User) -> QuerySet[Run]:
    """Runs the user assesses (the run's institution in scope) or is assessed in (a result in scope)."""
    scope = scope_for(user)
    if scope.everything:
        return Run.objects.select_related("institution")
    if scope.is_empty:
        return Run.objects.none()
    return Run.objects.filter(Q(scope.filter_q()) | Q(pk__in=results_visible_to(user).values("run_id"))
                              ).distinct().select_related("institution")


def run_get(*, user: User, pk: int, for_update: bool = False) -> Run:
    qs = runs_visible_to(user)
    if for_update:
        qs = Run.objects.select_for_update().filter(pk__in=list(qs.filter(pk=pk).values_list("pk", flat=True)))
    run = qs.filter(pk=pk).first()
    if run is None:
        raise NotFound(_("No such assessment run."))
    return run


def results_of(run: Run, user: User) -> QuerySet[Result]:
    """The run's results the user may see, best rank first."""
    return results_visible_to(user).filter(run=run).order_by("rank", "institution__path")


def result_get(*, user: User, pk: int) -> Result:
    result = results_visible_to(user).filter(pk=pk).first()
    if result is None:
        raise NotFound(_("No such result."))
    return result


def evidence_get(*, user: User, pk: int) -> Evidence:
    evidence = Evidence.objects.filter(pk=pk, result__in=results_visible_to(user)).select_related("result").first()
    if evidence is None:
        raise NotFound(_("No such file."))
    return evidence


def template_of(run: Run) -> scoring.Template:
    """The template the run was made with (its own stored text, never today's version)."""
    return _parsed(run.template_content)


@functools.lru_cache(maxsize=32)
def _parsed(text: str) -> scoring.Template:
    """A run's stored template text never changes and its parse is immutable: parsed once per process."""
    return indicators.parse(text)


def stage_score(score: Score, status: str) -> Decimal | None:
    """The score of the run's current stage: computed while collecting, then the first, then the second review."""
    if status == Status.COLLECTING:
        return score.computed
    if status == Status.FIRST_REVIEW:
        return score.first
    return score.second


@dataclass(frozen=True)
class IndicatorRow:
    indicator: scoring.Indicator
    score: Score | None
    reading: Reading | None
    current: Decimal | None
    difference: Decimal | None  # second − first when they differ
    evidence: list[Evidence]


@dataclass(frozen=True)
class ElementBlock:
    element: scoring.Element
    summary: dict[str, Any]
    rows: list[IndicatorRow]


def result_detail(result: Result) -> list[ElementBlock]:
    """The result's elements and indicators with readings, stage scores, differences and evidence."""
    template = template_of(result.run)
    scores = {s.indicator: s for s in result.scores.all()}
    readings = {r.measure: r for r in result.readings.all()}
    evidence: dict[str, list[Evidence]] = {}
    for item in result.evidence.all():
        evidence.setdefault(item.indicator, []).append(item)
    summaries = {e["code"]: e for e in result.elements}
    blocks = []
    for element in template.elements:
        rows = []
        for ind in element.indicators:
            score = scores.get(ind.code)
            diff = None
            if score is not None and result.run.status not in (Status.COLLECTING, Status.FIRST_REVIEW) \
                    and score.first != score.second:
                diff = (score.second or Decimal(0)) - (score.first or Decimal(0))
            rows.append(IndicatorRow(ind, score, readings.get(ind.measure) if ind.measure else None,
                                     stage_score(score, result.run.status) if score else None, diff,
                                     evidence.get(ind.code, [])))
        blocks.append(ElementBlock(element, summaries.get(element.code, {}), rows))
    return blocks


def information_readings(result: Result) -> list[Reading]:
    template = template_of(result.run)
    scored = set(template.measure_codes)
    return [r for r in result.readings.all() if r.measure not in scored]


def previous_run(run: Run) -> Run | None:
    """The approved run of the same template and institution for the period before this one."""
    return (Run.objects.filter(institution=run.institution, template_code=run.template_code,
                               status=Status.APPROVED, period_kind=run.period_kind,
                               period_end__lt=run.period_start)
            .order_by("-period_end", "-id").first())


def comparison(run: Run, user: User) -> dict[int, Result]:
    """institution id → its result in the previous period's run (in the user's scope)."""
    previous = previous_run(run)
    if previous is None:
        return {}
    return {r.institution_id: r for r in results_of(previous, user)}


def queue_items(user: User, limit: int) -> list[QueueItem]:
    """Runs waiting for this user: officers' reviews, the head's approval."""
    items = []
    for run in runs_visible_to(user).filter(status__in=OPEN_STATUSES)[:limit]:
        waiting = [a for a in ("start_first_review", "submit_first", "submit_second", "approve")
                   if transitions.may(run, a, user)]
        if not waiting:
            continue
        items.append(QueueItem(module="assessment", title=run.title, url=reverse("assessment:run", args=[run.pk]),
                               status_label=Status(run.status).label, due_at=None, sla=""))
    return items


def queue_count(user: User) -> int:
    return len(queue_items(user, 1000))


def can_manage(user: User) -> bool:
    return user.has_role(Role.OFFICER) and not user.is_read_only

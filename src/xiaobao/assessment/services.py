"""Every change of the assessment (考核评价): create a run, compute its measures, self-assessment and evidence,
first and second review scores, approval (freezing), leadership marking. Each service locks the run through the
user's scope, checks the version and the transition table, changes, and writes the timeline and the audit event
in one transaction. Measures are read only through `xiaobao.core.registry` (never another app's tables).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, BinaryIO

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from xiaobao.assessment import indicators, scoring, selectors, storage, transitions
from xiaobao.assessment.codes import INFORMATION_MEASURES, MeasureState, PeriodKind, Status
from xiaobao.assessment.models import Evidence, Reading, Result, Run, RunEvent, Score
from xiaobao.audit import services as audit
from xiaobao.core import progress, registry
from xiaobao.core.errors import InvalidInput, PermissionDenied, UnknownReference
from xiaobao.core.registry import MeasureValue, NotAvailable, Period
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.org.scope import scope_for
from xiaobao.privacy.masking import mask_free_text

logger = logging.getLogger(__name__)
MAX_NOTE = 500
MAX_SELF_NOTE = 5000
MAX_EVIDENCE = 50
Reporter = Callable[[str, int, int], None]


# ---- helpers --------------------------------------------------------------------------------------------

def _text(value: str | None, field: str, label: str, *, required: bool = True, limit: int = MAX_NOTE) -> str:
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(_("%(field)s is required.") % {"field": label}, field=field)
    if any(ord(ch) < 32 and ch not in "\n\r\t" for ch in text):
        raise InvalidInput(_("%(field)s contains control characters.") % {"field": label}, field=field)
    if len(text) > limit:
        raise InvalidInput(_("%(field)s is too long (at most %(n)s characters).") % {"field": label, "n": limit},
                           field=field)
    return text


def _decimal(value: Any, field: str) -> Decimal:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError) as exc:
        raise InvalidInput(_("Enter a number."), field=field) from exc
    if not number.is_finite() or abs(number) > 1000:
        raise InvalidInput(_("Enter a number."), field=field)
    return number.quantize(scoring.CENT)


def _lock(run_id: int, *, by: User, version: int | None, action: str | None,
          institution: Institution | None = None) -> Run:
    run = selectors.run_get(user=by, pk=run_id, for_update=True)
    if version is not None and run.version != version:
        raise transitions.StaleVersion(
            _("The assessment was changed by someone else (version %(current)s, yours %(yours)s). Reload and "
              "retry.") % {"current": run.version, "yours": version}, field="version", current_version=run.version)
    if action is not None:
        transitions.check(run, action, by, institution=institution)
    return run


def _save(run: Run, *fields: str) -> None:
    run.version += 1
    run.save(update_fields=[*fields, "version", "updated_at"])


def _record(run: Run, *, action: str, by: User | None, before: str = "", after: str = "", note: str = "",
            data: dict[str, Any] | None = None) -> None:
    masked = mask_free_text(note)[:300]
    RunEvent.objects.create(run=run, action=action, actor=by, at=timezone.now(), from_status=before,
                            to_status=after, note=masked)
    audit.record(action=f"assessment.{action}", obj=run, actor=by,
                 before={"status": before} if after and after != before else None,
                 after={**({"status": after} if after and after != before else {}), **(data or {})} or None,
                 note=masked)


def period_of(kind: str, year: int, quarter: int | None = None) -> Period:
    if not 2000 <= year <= 2100:
        raise InvalidInput(_("Enter a year between 2000 and 2100."), field="year")
    if kind == PeriodKind.YEAR:
        return Period.year(year)
    if kind == PeriodKind.QUARTER:
        if quarter not in (1, 2, 3, 4):
            raise InvalidInput(_("Choose a quarter (1 to 4)."), field="quarter")
        return Period.quarter(year, quarter)
    raise InvalidInput(_("The period must be a quarter or a year."), field="period_kind")


def assessed_institutions(institution: Institution) -> list[Institution]:
    """The institutions a run assesses: the active institutions directly under the assessing one."""
    return list(Institution.objects.filter(parent=institution, is_active=True).order_by("path"))


# ---- runs -----------------------------------------------------------------------------------------------

@transaction.atomic
def run_create(*, by: User, institution: Institution, template_code: str, period_kind: str, year: int,
               quarter: int | None = None, title: str = "", idempotency_key: str | None = None,
               compute: bool = True) -> tuple[Run, bool]:
    """A new run in 信息收集, one result per assessed institution; its measures start computing."""
    if not by.has_role(Role.OFFICER) or by.is_read_only:
        raise PermissionDenied(_("Only consumer-protection officers start an assessment."))
    if not scope_for(by).contains(institution):
        raise PermissionDenied(_("This institution is outside your scope."))
    if idempotency_key:
        existing = Run.objects.filter(created_by=by, idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing, False
    current = indicators.current(template_code) if template_code in {c.code for c in indicators.available()} \
        else None
    if current is None:
        raise UnknownReference(_("No such indicator system."), field="template")
    period = period_of(period_kind, year, quarter)
    if current.template.period == PeriodKind.YEAR and period_kind != PeriodKind.YEAR:
        raise InvalidInput(_("This indicator system assesses a whole year."), field="period_kind")
    targets = assessed_institutions(institution)
    if not targets:
        raise InvalidInput(_("No institution under %(name)s to assess.") % {"name": institution.name},
                           field="institution")
    title = _text(title, "title", pgettext("assessment", "Title"), required=False, limit=200) or \
        _("%(period)s consumer-protection assessment (%(template)s)") % {
            "period": period.label, "template": current.template.name}
    try:
        with transaction.atomic():
            run = Run.objects.create(
                title=title[:200], institution=institution, template_code=current.code,
                template_version=current.version, template_name=current.template.name[:200],
                template_content=current.text, period_kind=period_kind, period_start=period.start,
                period_end=period.end, period_label=period.label, created_by=by, idempotency_key=idempotency_key)
    except IntegrityError:
        return Run.objects.get(created_by=by, idempotency_key=idempotency_key), False
    template = current.template
    for target in targets:
        result = Result.objects.create(run=run, institution=target)
        Score.objects.bulk_create([Score(result=result, indicator=i.code, element=i.element, measure=i.measure,
                                         computed_reason="manual" if i.method == "manual" else "")
                                   for i in template.indicators])
    _record(run, action="created", by=by, after=Status.COLLECTING,
            data={"template": f"{current.code} {current.version}", "period": period.label,
                  "institutions": len(targets)})
    if compute:
        _start_computing(run, by)
    return Run.objects.get(pk=run.pk), True


def _start_computing(run: Run, by: User) -> None:
    from xiaobao.assessment import tasks

    job = progress.create(kind="assessment.measures", title=_("Compute measures: %(title)s") % {"title": run.title},
                          by=by, payload=str(run.pk).encode())
    run.measure_state, run.measures_job = MeasureState.RUNNING, job
    _save(run, "measure_state", "measures_job")
    progress.enqueue(job, tasks.compute_measures)


@transaction.atomic
def compute(run_id: int, *, by: User, version: int | None = None) -> Run:
    """(Re)compute the run's measures in the background (only while collecting information)."""
    run = _lock(run_id, by=by, version=version, action="compute")
    _record(run, action="compute", by=by)
    _start_computing(run, by)
    return Run.objects.get(pk=run.pk)


def _as_decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number.quantize(Decimal("0.0001")) if number.is_finite() and abs(number) < 10**15 else None


def _read(code: str, institution: Institution, period: Period) -> MeasureValue | NotAvailable:
    """One measure from the registry; a provider that fails is logged and shown as not available."""
    try:
        return registry.compute_measure(code, institution, period)
    except Exception:  # a broken provider must not stop the other 17 institutions' readings
        logger.exception("measure %s failed for %s", code, institution.code)
        return NotAvailable(code)


def _read_many(code: str, institutions: list[Institution], period: Period) -> dict[int, MeasureValue | NotAvailable]:
    """One measure of every assessed institution at once (the provider's batch `compute_many`, one grouped query,
    when it has one); a failing batch is logged and read again per institution."""
    try:
        return registry.compute_measure_many(code, institutions, period)
    except Exception:
        logger.exception("measure %s failed for the batch of %s institutions", code, len(institutions))
        return {institution.pk: _read(code, institution, period) for institution in institutions}


def measure_run(run: Run, *, report: Reporter | None = None) -> dict[str, int]:
    """Read every measure of every result from the registry (measure by measure, all institutions at once),
    store the readings and the computed scores.

    Idempotent: readings are replaced. Refused (no change) once the run left 信息收集."""
    template = selectors.template_of(run)
    codes = list(dict.fromkeys([*template.measure_codes, *INFORMATION_MEASURES]))
    period = Period(run.period_start, run.period_end, run.period_label)
    results = list(run.results.select_related("institution"))
    institutions = [result.institution for result in results]
    computed: dict[int, dict[str, MeasureValue | NotAvailable]] = {result.pk: {} for result in results}
    for n, code in enumerate(codes, 1):
        values = _read_many(code, institutions, period)
        for result in results:
            computed[result.pk][code] = values[result.institution_id]
        if report:
            report("measures", n, len(codes))
    with transaction.atomic():
        run = Run.objects.select_for_update().get(pk=run.pk)
        if run.status != Status.COLLECTING:
            return {"results": 0, "readings": 0}
        Reading.objects.filter(result__run=run).delete()
        readings = []
        for result in results:
            for code, value in computed[result.pk].items():
                measure = registry.get_measure(code)
                available = not isinstance(value, NotAvailable)
                readings.append(Reading(
                    result=result, measure=code, available=available,
                    label=str(measure.label)[:200] if measure else code, unit=str(measure.unit)[:20] if measure else "",
                    value=_as_decimal(value.value) if available else None,
                    numerator=_as_decimal(getattr(value, "numerator", None)),
                    denominator=_as_decimal(getattr(value, "denominator", None)),
                    evidence_url=(getattr(value, "evidence_url", "") or "")[:500],
                    detail=(getattr(value, "detail", "") or "")[:300]))
        Reading.objects.bulk_create(readings)
        scores = []
        for score in Score.objects.filter(result__run=run):
            indicator = template.indicator(score.indicator)
            if indicator is None or indicator.method == "manual":
                continue
            value = computed[score.result_id].get(indicator.measure)
            available = value is not None and not isinstance(value, NotAvailable)
            outcome = scoring.score_indicator(indicator, value.value if available else None, available=available)
            score.computed, score.computed_reason = outcome.score, outcome.reason
            scores.append(score)
        Score.objects.bulk_update(scores, ["computed", "computed_reason"])
        run.measure_state, run.measured_at = MeasureState.DONE, timezone.now()
        _save(run, "measure_state", "measured_at")
        refresh(run)
    return {"results": len(results), "readings": len(readings)}


def refresh(run: Run, *, only: Result | None = None) -> None:
    """Totals, elements, grades and ranks of the run's current stage (never called on a frozen run).

    `only`: the one result whose scores changed; the others keep their totals and may move in rank."""
    if run.frozen:
        return
    template = selectors.template_of(run)
    results = list(run.results.all() if only else run.results.prefetch_related("scores"))
    summaries = {}
    for result in results:
        if only is not None and result.pk != only.pk:
            continue
        stage = {s.indicator: selectors.stage_score(s, run.status) for s in result.scores.all()}
        summaries[result.pk] = scoring.summarise(template, stage)
    ranks = scoring.rank({r.pk: summaries[r.pk].total if r.pk in summaries else r.total for r in results})
    fields = ["total", "rank", "scored_weight", "missing", "grade_code", "grade_name", "elements"]
    changed = []
    for result in results:
        before = [getattr(result, field) for field in fields]
        if result.pk not in summaries:
            result.rank = ranks[result.pk]
            if result.rank != before[1]:
                changed.append(result)
            continue
        summary = summaries[result.pk]
        result.total, result.rank = summary.total, ranks[result.pk]
        result.scored_weight, result.missing = summary.scored_weight, summary.missing
        result.grade_code = summary.grade.code if summary.grade else ""
        result.grade_name = summary.grade.name if summary.grade else ""
        result.elements = [{"code": e.code, "name": e.name, "weight": str(e.weight), "score": str(e.score),
                            "scored_weight": str(e.scored_weight), "missing": e.missing, "deduction": e.deduction}
                           for e in summary.elements]
        if [getattr(result, field) for field in fields] != before:
            changed.append(result)
    # One score moves one institution's total and perhaps a few ranks: only those rows are written.
    Result.objects.bulk_update(changed, fields)


# ---- the institution's part -----------------------------------------------------------------------------

def _result_for_update(result_id: int, by: User) -> tuple[Run, Result]:
    result = selectors.result_get(user=by, pk=result_id)
    run = selectors.run_get(user=by, pk=result.run_id, for_update=True)
    return run, Result.objects.select_for_update().select_related("institution").get(pk=result.pk)


@transaction.atomic
def self_assess(result_id: int, *, by: User, note: str, scores: Mapping[str, Any] | None = None) -> Result:
    """自评: the institution's own account and, for manual indicators, its own scores."""
    run, result = _result_for_update(result_id, by)
    transitions.check(run, "self_assess", by, institution=result.institution)
    template = selectors.template_of(run)
    result.self_note = _text(note, "note", _("Self-assessment"), limit=MAX_SELF_NOTE)
    result.self_by, result.self_at = by, timezone.now()
    result.save(update_fields=["self_note", "self_by", "self_at"])
    for code, raw in (scores or {}).items():
        indicator = template.indicator(code)
        if indicator is None:
            raise UnknownReference(_("No such indicator."), field="scores")
        value = None if raw in (None, "") else _decimal(raw, "scores")
        if value is not None and (problem := scoring.check_manual(indicator, value)) is not None:
            raise InvalidInput(indicators.describe(problem), field="scores")
        Score.objects.filter(result=result, indicator=code).update(self_score=value)
    _record(run, action="self_assess", by=by, data={"institution": result.institution.code})
    return result


@transaction.atomic
def upload_evidence(result_id: int, *, by: User, name: str, stream: BinaryIO, indicator: str = "") -> Evidence:
    run, result = _result_for_update(result_id, by)
    transitions.check(run, "upload_evidence", by, institution=result.institution)
    if indicator and selectors.template_of(run).indicator(indicator) is None:
        raise UnknownReference(_("No such indicator."), field="indicator")
    if result.evidence.count() >= MAX_EVIDENCE:
        raise InvalidInput(_("At most %(n)s files per institution.") % {"n": MAX_EVIDENCE}, field="file")
    stored = storage.store(name, stream)
    evidence = Evidence.objects.create(result=result, indicator=indicator, original_name=stored.original_name,
                                       stored_name=stored.stored_name, content_type=stored.content_type,
                                       size=stored.size, sha256=stored.sha256, uploaded_by=by)
    _record(run, action="evidence", by=by, data={"institution": result.institution.code, "sha256": stored.sha256})
    return evidence


# ---- the officers' reviews ------------------------------------------------------------------------------

@transaction.atomic
def start_first_review(run_id: int, *, by: User, version: int | None = None) -> Run:
    run = _lock(run_id, by=by, version=version, action="start_first_review")
    if run.measure_state != MeasureState.DONE:
        raise transitions.TransitionNotAllowed(_("The measures have not been computed yet."), field="action")
    Score.objects.filter(result__run=run).update(first=None, first_note="")
    for score in Score.objects.filter(result__run=run, computed__isnull=False):
        score.first = score.computed
        score.save(update_fields=["first"])
    before, after = transitions.apply(run, "start_first_review", by)
    run.first_reviewer = by
    _save(run, "status", "first_reviewer")
    refresh(run)
    _record(run, action="start_first_review", by=by, before=before, after=after)
    return run


@transaction.atomic
def score_indicator(result_id: int, *, by: User, indicator: str, score: Any, note: str = "") -> Score:
    """初评 / 复评打分 of one indicator of one institution. A manual score needs a note and evidence uploaded
    for the indicator; changing a computed score needs a note (the reason)."""
    run, result = _result_for_update(result_id, by)
    action = {Status.FIRST_REVIEW: "score_first", Status.SECOND_REVIEW: "score_second"}.get(run.status)
    if action is None:
        raise transitions.TransitionNotAllowed(
            _("Scores can be given only in the first or second review."), field="action")
    transitions.check(run, action, by)
    template = selectors.template_of(run)
    spec = template.indicator(indicator)
    row = Score.objects.select_for_update().filter(result=result, indicator=indicator).first()
    if spec is None or row is None:
        raise UnknownReference(_("No such indicator."), field="indicator")
    value = None if score in (None, "") else _decimal(score, "score")
    if value is not None and (problem := scoring.check_manual(spec, value)) is not None:
        raise InvalidInput(indicators.describe(problem), field="score")
    note = _text(note, "note", pgettext("assessment", "Note"), required=False)
    overriding = spec.method != "manual" and value != row.computed
    if ((spec.method == "manual" and value is not None) or overriding) and not note:
        raise InvalidInput(_("Give the reason for this score (a note is required)."), field="note")
    if spec.method == "manual" and value is not None and not result.evidence.filter(
            indicator__in=[indicator, ""]).exists():
        raise InvalidInput(_("Upload the evidence for this indicator before scoring it."), field="score")
    if run.status == Status.FIRST_REVIEW:
        row.first, row.first_note = value, note
    else:
        row.second, row.second_note = value, note
        if run.second_reviewer_id is None:
            run.second_reviewer = by
            run.save(update_fields=["second_reviewer"])
    row.save()
    run.version += 1
    run.save(update_fields=["version", "updated_at"])
    refresh(run, only=result)
    _record(run, action=action, by=by, note=note,
            data={"institution": result.institution.code, "indicator": indicator,
                  "score": None if value is None else str(value)})
    return row


@transaction.atomic
def submit_first(run_id: int, *, by: User, version: int | None = None) -> Run:
    run = _lock(run_id, by=by, version=version, action="submit_first")
    results = list(run.results.all())
    for result in results:
        result.first_total = result.total
    Result.objects.bulk_update(results, ["first_total"])
    for score in Score.objects.filter(result__run=run):
        score.second, score.second_note = score.first, ""
        score.save(update_fields=["second", "second_note"])
    before, after = transitions.apply(run, "submit_first", by)
    _save(run, "status")
    refresh(run)
    _record(run, action="submit_first", by=by, before=before, after=after)
    return run


@transaction.atomic
def submit_second(run_id: int, *, by: User, version: int | None = None) -> Run:
    run = _lock(run_id, by=by, version=version, action="submit_second")
    before, after = transitions.apply(run, "submit_second", by)
    if run.second_reviewer_id is None:
        run.second_reviewer = by
    _save(run, "status", "second_reviewer")
    refresh(run)
    _record(run, action="submit_second", by=by, before=before, after=after)
    return run


@transaction.atomic
def approve(run_id: int, *, by: User, version: int | None = None, note: str = "") -> Run:
    """审核: the head approves; the run's readings, scores, totals and ranks are frozen from now on."""
    run = _lock(run_id, by=by, version=version, action="approve")
    note = _text(note, "note", pgettext("assessment", "Note"), required=False)
    refresh(run)
    before, after = transitions.apply(run, "approve", by)
    run.approved_by, run.approved_at = by, timezone.now()
    _save(run, "status", "approved_by", "approved_at")
    _record(run, action="approve", by=by, before=before, after=after, note=note)
    return run


@transaction.atomic
def send_back(run_id: int, *, by: User, note: str, version: int | None = None) -> Run:
    run = _lock(run_id, by=by, version=version, action="send_back")
    note = _text(note, "note", _("Reason"))
    before, after = transitions.apply(run, "send_back", by)
    _save(run, "status")
    refresh(run)
    _record(run, action="send_back", by=by, before=before, after=after, note=note)
    return run


@transaction.atomic
def mark_leadership(result_id: int, *, by: User, on: bool = True, note: str = "") -> Result:
    """纳入领导班子考核: mark (or unmark) an approved result as feeding the leadership evaluation."""
    run, result = _result_for_update(result_id, by)
    transitions.check(run, "mark_leadership", by)
    result.leadership = on
    result.leadership_note = _text(note, "note", pgettext("assessment", "Note"), required=False, limit=300)
    result.leadership_by, result.leadership_at = by, timezone.now()
    result.save(update_fields=["leadership", "leadership_note", "leadership_by", "leadership_at"])
    _record(run, action="leadership", by=by, note=note,
            data={"institution": result.institution.code, "leadership": on})
    return result


def today() -> date:
    return timezone.localdate()

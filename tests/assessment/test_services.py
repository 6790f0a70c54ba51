"""The run through its steps, frozen results, not-available providers, scoped reads and refused roles."""

from __future__ import annotations

import io
from decimal import Decimal as D  # noqa: N817 — short in hand-computed tables

import pytest

from xiaobao.assessment import selectors, services
from xiaobao.assessment.codes import MeasureState, Status
from xiaobao.assessment.models import Reading, Result, Score
from xiaobao.assessment.transitions import TransitionNotAllowed
from xiaobao.core import registry
from xiaobao.core.errors import InvalidInput, NotFound, PermissionDenied
from xiaobao.core.registry import Measure, MeasureValue


def _run(cast, template="2021"):
    run, created = services.run_create(by=cast.officer, institution=cast.branch, template_code=template,
                                       period_kind="year", year=2025)
    assert created
    return run


def _evidence(result, by):
    return services.upload_evidence(result.pk, by=by, name="自评.txt", stream=io.BytesIO("自评材料".encode()))


@pytest.fixture
def fake_measure():
    """A controlled provider in place of training.coverage_rate; the real one is put back afterwards."""
    values = {}
    real = registry.get_measure("training.coverage_rate")

    def compute(institution, period):
        return MeasureValue(values.get(institution.code), evidence_url=f"/training/?i={institution.code}")

    registry.register_measure(Measure("training.coverage_rate", "覆盖率", "training", "%", compute))
    yield values
    registry._measures.pop("training.coverage_rate", None)
    if real is not None:
        registry.register_measure(real)


def test_create_computes_readings_with_not_available_providers(cast, make_complaint, without_outreach):
    make_complaint()
    run = _run(cast)
    assert run.status == Status.COLLECTING and run.measure_state == MeasureState.DONE
    assert {r.institution for r in run.results.all()} == {cast.sub_a, cast.sub_b}
    result_a = run.results.get(institution=cast.sub_a)
    count = Reading.objects.get(result=result_a, measure="complaints.count")
    assert count.available and count.value == 1 and count.evidence_url
    outreach = Reading.objects.get(result=result_a, measure="outreach.activity_count")
    assert not outreach.available and outreach.value is None  # 暂不可用, never 0
    score = Score.objects.get(result=result_a, indicator="education.activities")
    assert (score.computed, score.computed_reason) == (None, "not_available")
    assert run.measures_job.status == "done"


def test_an_indicator_from_a_provider_registered_later(cast, fake_measure):
    fake_measure.update({cast.sub_a.code: 85, cast.sub_b.code: 73})
    run = _run(cast)
    scores = {s.result.institution.code: s.computed
              for s in Score.objects.filter(result__run=run, indicator="mechanism.training_coverage")}
    assert scores == {cast.sub_a.code: D("3.75"), cast.sub_b.code: D("1.95")}  # 6 × (v − 60) / 40


def _through_reviews(cast, people, run):
    result_a = run.results.get(institution=cast.sub_a)
    services.self_assess(result_a.pk, by=people.head_a, note="本机构自评良好")
    _evidence(result_a, people.head_a)
    services.start_first_review(run.pk, by=cast.officer)
    services.score_indicator(result_a.pk, by=cast.officer, indicator="system.governance", score="8",
                             note="制度健全")
    services.submit_first(run.pk, by=cast.officer)
    services.score_indicator(result_a.pk, by=people.officer2, indicator="system.governance", score="9",
                             note="复核后上调")
    services.submit_second(run.pk, by=people.officer2)
    return result_a


def test_the_four_steps_differences_and_frozen_results(cast, people, make_complaint, fake_measure):
    fake_measure.update({cast.sub_a.code: 85, cast.sub_b.code: 73})
    run = _run(cast)
    result_a = _through_reviews(cast, people, run)
    row = Score.objects.get(result=result_a, indicator="system.governance")
    assert (row.first, row.second) == (D(8), D(9))
    result_a.refresh_from_db()
    assert result_a.total - result_a.first_total == D(1)  # the difference between 初评 and 复评
    services.approve(run.pk, by=people.head)
    result_a.refresh_from_db()
    frozen = (result_a.total, result_a.rank, result_a.grade_name, result_a.elements)
    readings = list(Reading.objects.filter(result=result_a).values_list("measure", "value"))
    # the underlying data changes: more complaints, a new measure value
    make_complaint()
    fake_measure[cast.sub_a.code] = 100
    with pytest.raises(TransitionNotAllowed):
        services.compute(run.pk, by=cast.officer)
    services.measure_run(run)  # even a direct recomputation leaves an approved run alone
    result_a.refresh_from_db()
    assert (result_a.total, result_a.rank, result_a.grade_name, result_a.elements) == frozen
    assert list(Reading.objects.filter(result=result_a).values_list("measure", "value")) == readings
    # a recomputation is a new run
    again = _run(cast)
    assert Reading.objects.get(result__run=again, result__institution=cast.sub_a,
                               measure="complaints.count").value == 1


def test_manual_scores_need_a_note_and_evidence(cast, people):
    run = _run(cast)
    services.start_first_review(run.pk, by=cast.officer)
    result_b = run.results.get(institution=cast.sub_b)
    with pytest.raises(InvalidInput) as no_note:
        services.score_indicator(result_b.pk, by=cast.officer, indicator="system.governance", score=5)
    assert no_note.value.field == "note"
    with pytest.raises(InvalidInput, match=r"佐证|evidence"):
        services.score_indicator(result_b.pk, by=cast.officer, indicator="system.governance", score=5, note="好")
    with pytest.raises(InvalidInput):
        services.score_indicator(result_b.pk, by=cast.officer, indicator="system.governance", score=11, note="x")


def test_wrong_roles_are_refused(cast, people):
    run = _run(cast)
    result_a = run.results.get(institution=cast.sub_a)
    with pytest.raises(PermissionDenied):
        services.run_create(by=people.head, institution=cast.branch, template_code="2021", period_kind="year",
                            year=2025)
    with pytest.raises(PermissionDenied):
        services.start_first_review(run.pk, by=people.head)
    with pytest.raises((PermissionDenied, NotFound)):  # handler_b is not staff of sub_a
        services.self_assess(result_a.pk, by=cast.handler_b, note="x")
    services.start_first_review(run.pk, by=cast.officer)
    services.submit_first(run.pk, by=cast.officer)
    with pytest.raises(PermissionDenied, match=r"另一|another"):  # the first reviewer cannot do the second review
        services.submit_second(run.pk, by=cast.officer)
    services.submit_second(run.pk, by=people.officer2)
    for refused in (cast.officer, people.officer2, people.head_a, cast.auditor):
        with pytest.raises((PermissionDenied, NotFound)):
            services.approve(run.pk, by=refused)
    services.approve(run.pk, by=people.head)
    with pytest.raises(TransitionNotAllowed):
        services.approve(run.pk, by=people.head)


def test_stale_version_is_a_conflict(cast):
    run = _run(cast)
    with pytest.raises(TransitionNotAllowed.__mro__[1]):
        services.start_first_review(run.pk, by=cast.officer, version=run.version - 1)


def test_scoped_reads(cast, people):
    run = _run(cast)
    assert set(selectors.results_of(run, people.head_a).values_list("institution", flat=True)) == {cast.sub_a.pk}
    assert selectors.results_of(run, people.head).count() == 2
    assert selectors.results_of(run, cast.auditor).count() == 2
    result_b = run.results.get(institution=cast.sub_b)
    with pytest.raises(NotFound):
        selectors.result_get(user=cast.handler_a, pk=result_b.pk)
    assert not selectors.runs_visible_to(cast.admin).exists()
    assert selectors.runs_visible_to(cast.handler_a).filter(pk=run.pk).exists()


def test_leadership_marking_only_when_approved(cast, people):
    run = _run(cast)
    result = run.results.first()
    with pytest.raises(TransitionNotAllowed):
        services.mark_leadership(result.pk, by=people.head)
    services.start_first_review(run.pk, by=cast.officer)
    services.submit_first(run.pk, by=cast.officer)
    services.submit_second(run.pk, by=people.officer2)
    services.approve(run.pk, by=people.head)
    services.mark_leadership(result.pk, by=people.head, note="纳入")
    assert Result.objects.get(pk=result.pk).leadership


def test_accountability_deducts_as_the_template_says(cast):
    registry.register_measure(Measure("major.accountability_count", "问责", "major", "",
                                      lambda i, p: MeasureValue(3 if i.code == cast.sub_a.code else 0)))
    try:
        run = _run(cast)
    finally:
        from xiaobao.major.measures import MEASURES
        for m in MEASURES:
            registry.register_measure(m)
    scores = {s.result.institution_id: s.computed
              for s in Score.objects.filter(result__run=run, indicator="supervision.accountability")}
    assert scores == {cast.sub_a.pk: D(-15), cast.sub_b.pk: D(0)}  # 5 per record

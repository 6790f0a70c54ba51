"""The registry's batch contract: a provider's `compute_many` (one grouped query over many institutions) equals its
`compute` per institution, for every measure that has one; the assessment reads measures in batches and falls back
to per-institution reads when a batch fails."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest

from tests.reports.conftest import quarter  # noqa: F401  (the fixture: a constructed 2025 Q3 of complaints)
from tests.reports.test_ratios import volume
from tests.training.conftest import BEIJING, make_course, make_plan, trainer  # noqa: F401  (trainer: a fixture)
from xiaobao.assessment import services
from xiaobao.assessment.models import Reading
from xiaobao.core import registry
from xiaobao.core.registry import Measure, MeasureValue, NotAvailable, Period
from xiaobao.training import services as training

pytestmark = pytest.mark.django_db

BATCHED = {"complaints.count", "complaints.count_direct", "complaints.count_regulator", "complaints.decided",
           "complaints.on_time_rate", "complaints.overdue", "complaints.reconsideration_rate",
           "complaints.elderly_count", "complaints.minority_language_count", "reports.premium", "reports.policies",
           "reports.per_100m_premium", "reports.per_10k_policies", "reports.regulator_per_100m_premium",
           "reports.regulator_per_10k_policies", "training.coverage_rate", "training.pass_rate", "training.hours",
           "reviews.count", "reviews.adoption_rate", "reviews.overdue", "reviews.average_days",
           "reviews.marketing_violations", "reviews.unreviewed_share", "outreach.activity_count",
           "outreach.people_reached", "outreach.materials", "outreach.case_story_count", "outreach.article_count",
           "outreach.article_reach", "assistance.service_count", "assistance.elderly_service_count",
           "assistance.disability_service_count", "assistance.minority_language_service_count",
           "assistance.outlets_checked_rate", "major.count", "major.open_count", "major.rectification_on_time_rate",
           "major.accountability_count", "inspection.inspected_count", "inspection.failure_rate",
           "inspection.violation_count", "partners.admitted_count", "partners.blacklisted_count",
           "partners.complaint_count", "partners.violation_count", "partners.marketing_violations",
           "traceability.sales_count", "traceability.recording_coverage"}


@pytest.fixture
def training_year(cast, trainer):  # noqa: F811
    """2025: a branch course everyone below attended but handler_b, a course of 乌鲁木齐 attended by handler_a."""
    branch_plan, sub_plan = make_plan(trainer, cast.branch, 2025), make_plan(trainer, cast.sub_a, 2025)
    first = make_course(trainer, branch_plan)
    second = make_course(trainer, sub_plan, start=datetime(2025, 8, 12, 14, 0, tzinfo=BEIJING), title="个人信息保护")
    for user in (cast.handler_a, cast.reviewer_a, cast.officer):
        training.attendance_record(by=trainer, course_id=first.pk, username=user.username)
    training.attendance_record(by=trainer, course_id=second.pk, username=cast.handler_a.username)


def test_every_batch_equals_the_per_institution_values(cast, quarter, training_year):  # noqa: F811
    volume(cast.officer, "650100", premium=Decimal("250000000"), policies=40_000)
    volume(cast.officer, "653100", premium=Decimal("100000000"))
    volume(cast.officer, "650100", premium=Decimal("200000000"), policies=30_000, quarter=2)
    institutions = [cast.branch, cast.sub_a, cast.outlet_a, cast.sub_b]
    batched = {m.code: m for m in registry.measures() if m.compute_many is not None}
    assert set(batched) >= BATCHED
    # an assessment of 18 institutions reads each measure once, not 18 times: no provider is read one by one
    assert [m.code for m in registry.measures() if m.compute_many is None] == []
    seen_values = set()
    for period in (Period.quarter(2025, 3), Period.year(2025), Period.month(2025, 8), Period.quarter(2025, 2)):
        for code, measure in batched.items():
            many = registry.compute_measure_many(code, institutions, period)
            assert set(many) == {i.pk for i in institutions}
            for institution in institutions:
                one = measure.compute(institution, period)
                assert many[institution.pk] == one, (code, institution.code, period.label)
                seen_values.add((code, institution.code, period.label, getattr(one, "value", None)))
    # the data is not trivially empty: the equality covered real numbers
    values = {(c, i, p): v for c, i, p, v in seen_values}
    assert values[("complaints.count", "650000", "2025年第3季度")] == 8
    assert values[("complaints.count", "650100", "2025年第3季度")] == 7
    assert values[("reports.per_100m_premium", "650100", "2025年第3季度")] == Decimal("2.8000")
    assert values[("reports.premium", "650000", "2025年第3季度")] == Decimal("350000000")
    assert values[("reports.policies", "650000", "2025年第3季度")] is None  # 喀什 entered no policies
    assert values[("training.coverage_rate", "650100", "2025年度")] == Decimal("50.0")  # reviewer_a missed the 2nd


def test_the_fallback_and_not_available(cast):
    calls = []

    def compute(institution, period):
        calls.append(institution.code)
        return MeasureValue(len(institution.code))

    registry.register_measure(Measure("test.plain", "plain", "test", compute=compute))
    try:
        period = Period.year(2025)
        values = registry.compute_measure_many("test.plain", [cast.sub_a, cast.sub_b], period)
        assert values == {cast.sub_a.pk: MeasureValue(6), cast.sub_b.pk: MeasureValue(6)}
        assert calls == ["650100", "653100"]  # no compute_many: compute per institution
    finally:
        registry._measures.pop("test.plain")
    missing = registry.compute_measure_many("nobody.provides", [cast.sub_a], Period.year(2025))
    assert missing == {cast.sub_a.pk: NotAvailable("nobody.provides")}


def test_the_assessment_reads_in_batches_and_falls_back_when_a_batch_fails(cast, quarter, monkeypatch):  # noqa: F811
    run, _new = services.run_create(by=cast.officer, institution=cast.branch, template_code="2021",
                                    period_kind="year", year=2025, title="batch", compute=False)
    expected = registry.compute_measure("complaints.count", cast.sub_a, Period.year(2025)).value
    assert expected == 10  # 7 in Q3, 1 in Q4, 2 in Q2 (乌鲁木齐 and its outlet)
    original = registry.get_measure("complaints.count")
    batches = []

    def counting_many(institutions, period):
        batches.append(len(institutions))
        return original.compute_many(institutions, period)

    monkeypatch.setitem(registry._measures, "complaints.count", replace(original, compute_many=counting_many))
    services.measure_run(run)
    # every read of the count (itself, and inside the reports' ratios) is one call for 乌鲁木齐 and 喀什 together
    assert batches and set(batches) == {2}
    count = Reading.objects.get(result__run=run, result__institution=cast.sub_a, measure="complaints.count")
    assert count.value == expected and count.available

    def broken_many(institutions, period):
        raise RuntimeError("provider bug")

    monkeypatch.setitem(registry._measures, "complaints.count", replace(original, compute_many=broken_many))
    services.measure_run(run)  # the batch fails: read per institution, same numbers
    count = Reading.objects.get(result__run=run, result__institution=cast.sub_a, measure="complaints.count")
    assert count.value == expected and count.available

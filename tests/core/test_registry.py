"""The registry apps contribute through: measures nobody provides are "not available", never zero."""

from datetime import date

import pytest

from xiaobao.core import registry
from xiaobao.core.registry import Measure, MeasureValue, NotAvailable, Period


def test_a_measure_nobody_provides_is_not_available():
    result = registry.compute_measure("nobody.provides.this", institution=None, period=Period.year(2026))
    assert isinstance(result, NotAvailable)
    assert result.value is None


def test_a_registered_measure_is_computed_for_the_institution_and_period(monkeypatch):
    monkeypatch.setattr(registry, "_measures", {})
    seen = []

    def compute(institution, period):
        seen.append((institution, period))
        return MeasureValue(7, evidence_url="/complaints/?institution=x")

    registry.register_measure(Measure("test.count", "测试", "test", "件", compute))
    result = registry.compute_measures(["test.count", "test.missing"], "inst", Period.quarter(2026, 4))
    assert result["test.count"].value == 7
    assert isinstance(result["test.missing"], NotAvailable)
    assert seen == [("inst", Period(date(2026, 10, 1), date(2026, 12, 31), "2026年第4季度"))]


@pytest.mark.parametrize(("quarter", "start", "end"), [
    (1, date(2028, 1, 1), date(2028, 3, 31)), (2, date(2028, 4, 1), date(2028, 6, 30)),
    (3, date(2028, 7, 1), date(2028, 9, 30)), (4, date(2028, 10, 1), date(2028, 12, 31)),
])
def test_quarters(quarter, start, end):
    period = Period.quarter(2028, quarter)
    assert (period.start, period.end) == (start, end)


def test_february_of_a_leap_year_and_the_whole_year():
    assert Period.month(2028, 2).end == date(2028, 2, 29)
    assert Period.year(2027) == Period(date(2027, 1, 1), date(2027, 12, 31), "2027年度")


def test_the_complaints_app_contributes_navigation_queue_and_demo():
    keys = {entry.key for entry in registry.navigation_entries()}
    assert {"complaints", "major", "privacy"} <= keys
    assert {step.name for step in registry.demo_steps()} >= {"complaints", "major"}

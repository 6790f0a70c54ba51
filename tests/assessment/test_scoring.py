"""The pure scoring rules against hand-computed values, and template weight validation."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817 — short in hand-computed tables
from pathlib import Path

import pytest

from xiaobao.assessment import scoring

SETS = Path(__file__).parents[2] / "src" / "xiaobao" / "assessment" / "indicator_sets"


def _shipped(code: str) -> str:
    return (SETS / f"{code}.toml").read_text(encoding="utf-8")


def test_both_shipped_templates_are_valid():
    t2021, t2025 = scoring.parse(_shipped("2021")), scoring.parse(_shipped("2025"))
    assert [(e.name, e.weight) for e in t2021.elements if not e.deduction] == [
        ("体制建设", 10), ("机制与运行", 25), ("操作与服务", 30), ("教育宣传", 10), ("纠纷化解", 25)]
    assert [e.cap for e in t2021.elements if e.deduction] == [25]
    minimums = {e.name: e.min_weight for e in t2025.elements if not e.deduction}
    assert minimums == {"营销行为管理": 25, "纠纷化解": 25, "体制机制": 10, "适当性管理": 10, "金融教育": 10,
                        "消费者服务": 5, "个人信息保护": 5}
    assert sum(e.weight for e in t2025.elements) == 100


def _problems(text: str) -> list[scoring.Problem]:
    with pytest.raises(scoring.TemplateInvalid) as caught:
        scoring.parse(text)
    return caught.value.problems


def test_a_weight_below_its_minimum_is_refused_naming_the_element():
    broken = _shipped("2025").replace('name = "营销行为管理"\nweight = 25', 'name = "营销行为管理"\nweight = 20', 1)
    broken = broken.replace('name = "纠纷化解"\nweight = 30', 'name = "纠纷化解"\nweight = 35', 1)
    problems = _problems(broken)
    below = [p for p in problems if p.code == "below_minimum"]
    assert below and below[0].params["element"] == "营销行为管理" and below[0].params["minimum"] == "25"
    # the indicators of both changed elements no longer add up either
    assert {p.params["element"] for p in problems if p.code == "indicators_sum"} == {"营销行为管理", "纠纷化解"}


def test_fixed_2021_weights_and_total_are_enforced():
    broken = _shipped("2021").replace('name = "体制建设"\nweight = 10', 'name = "体制建设"\nweight = 12', 1)
    codes = {p.code for p in _problems(broken)}
    assert {"above_maximum", "weights_sum", "indicators_sum"} <= codes


def test_a_deduction_above_the_element_cap_is_refused():
    broken = _shipped("2021").replace("per_event = 5\n  cap = 25", "per_event = 5\n  cap = 30", 1)
    problems = _problems(broken)
    assert [(p.code, p.params["element"]) for p in problems] == [("cap_above_element", "监督检查（扣分项）")]


def test_not_toml_and_unknown_method():
    assert _problems("code = ")[0].code == "not_toml"
    broken = _shipped("2021").replace('method = "linear"', 'method = "magic"', 1)
    assert _problems(broken)[0].code == "unknown_method"


def _ind(**kw):
    base = {"code": "x", "name": "x", "element": "e", "weight": D(8), "method": "bands", "measure": "m"}
    return scoring.Indicator(**{**base, **kw})


BANDS = (scoring.Band(D(8), at_least=D(100)), scoring.Band(D(7), at_least=D(98)), scoring.Band(D(5), at_least=D(95)),
         scoring.Band(D(3), at_least=D(90)), scoring.Band(D(0)))


@pytest.mark.parametrize(("value", "score", "band"), [
    (100, D(8), 1), (D("99.99"), D(7), 2), (98, D(7), 2), (D("97.5"), D(5), 3), (90, D(3), 4), (D("89.9"), D(0), 5)])
def test_bands_higher_is_better(value, score, band):
    outcome = scoring.score_indicator(_ind(bands=BANDS), value)
    assert (outcome.score, outcome.band) == (score, band)


def test_bands_lower_is_better():
    ind = _ind(weight=D(5), bands=(scoring.Band(D(5), at_most=D("0.5")), scoring.Band(D(4), at_most=D(1)),
                                   scoring.Band(D(2), at_most=D(2)), scoring.Band(D(0))))
    assert [scoring.score_indicator(ind, v).score for v in (0, D("0.5"), D("0.51"), 2, D("2.01"))] == [
        5, 5, 4, 2, 0]


def test_linear_clamped_and_rounded():
    ind = _ind(method="linear", weight=D(6), best=D(100), worst=D(60))
    # 6 × (85 − 60) / 40 = 3.75 ; 6 × (73 − 60) / 40 = 1.95 ; beyond both ends clamped
    assert [scoring.score_indicator(ind, v).score for v in (85, 73, 100, 120, 50)] == [
        D("3.75"), D("1.95"), D(6), D(6), D(0)]
    reverse = _ind(method="linear", weight=D(8), best=D(0), worst=D(20))  # failure rate: lower is better
    assert scoring.score_indicator(reverse, D("7.5")).score == D("5.00")  # 8 × (7.5 − 20) / (0 − 20) = 5


def test_deductions_per_event_and_capped():
    ordinary = _ind(method="deduction", weight=D(10), per_event=D(2))
    assert [scoring.score_indicator(ordinary, n).score for n in (0, 3, 5, 9)] == [10, 4, 0, 0]
    supervision = _ind(method="deduction", weight=D(0), per_event=D(5), cap=D(25), deduction_element=True)
    outcome = scoring.score_indicator(supervision, 2)
    assert (outcome.score, outcome.deduction) == (D(-10), D(10))
    assert scoring.score_indicator(supervision, 7).score == D(-25)


def test_not_available_and_no_data_are_not_zero():
    ind = _ind(bands=BANDS)
    assert scoring.score_indicator(ind, None, available=False) == scoring.Outcome(None, "not_available")
    assert scoring.score_indicator(ind, None) == scoring.Outcome(None, "no_data")
    assert scoring.score_indicator(_ind(method="manual"), 5).score is None


def test_manual_score_range():
    assert scoring.check_manual(_ind(method="manual"), D("8.01")).code == "score_range"
    assert scoring.check_manual(_ind(method="manual"), D(8)) is None
    deduction = _ind(method="manual", weight=D(0), cap=D(25), deduction_element=True)
    assert scoring.check_manual(deduction, D(-25)) is None and scoring.check_manual(deduction, D(1)) is not None


def test_summary_total_grade_and_deduction_cap():
    template = scoring.parse(_shipped("2021"))
    scores = {i.code: (i.weight if not i.deduction_element else None) for i in template.indicators}
    full = scoring.summarise(template, scores)
    assert (full.total, full.grade.name, full.missing) == (D(100), "一级", 3)
    scores.update({"supervision.accountability": D(-20), "supervision.major": D(-10),
                   "supervision.findings": D(-5), "system.governance": None})
    summary = scoring.summarise(template, scores)
    # 100 − 10 (governance not scored) − 25 (deductions 35 capped at 25) = 65 → 四级
    assert (summary.total, summary.grade.name, summary.scored_weight, summary.missing) == (D(65), "四级", D(90), 1)
    assert [e.score for e in summary.elements if e.deduction] == [D(-25)]


def test_ranking_shares_ties():
    assert scoring.rank({"a": D(90), "b": D(95), "c": D(90), "d": D(70), "e": None}) == {
        "a": 2, "b": 1, "c": 2, "d": 4, "e": None}

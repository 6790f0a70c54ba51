"""Drawing papers and grading objective answers (pure functions) — checked against hand-computed values."""

from __future__ import annotations

from decimal import Decimal

import pytest

from xiaobao.training import papers

BANK = ([papers.Candidate(i, "single", ("a",) if i % 2 else ("b",), 4) for i in range(1, 21)]
        + [papers.Candidate(100 + i, "multiple", ("a",), 5) for i in range(10)]
        + [papers.Candidate(200 + i, "true_false", (), 2) for i in range(10)])
RULES = [papers.Rule("single", 5, Decimal("2"), ("a",)), papers.Rule("multiple", 3, Decimal("4")),
         papers.Rule("true_false", 4, Decimal("1"))]


def test_the_same_seed_draws_the_same_paper_and_another_seed_another():
    first = papers.draw(RULES, BANK, 12345)
    assert papers.draw(RULES, list(reversed(BANK)), 12345) == first  # order of the bank does not matter
    assert papers.draw(RULES, BANK, 54321) != first
    assert [s.kind for s in first] == ["single"] * 5 + ["multiple"] * 3 + ["true_false"] * 4
    assert all(s.question_id % 2 == 1 for s in first if s.kind == "single")  # drawn from tag "a" only
    assert len({s.question_id for s in first}) == 12
    tf = [s for s in first if s.kind == "true_false"]
    assert all(s.option_order == (0, 1) for s in tf)  # 正确 before 错误, never shuffled
    orders = {s.option_order for seed in range(20) for s in papers.draw(RULES, BANK, seed) if s.kind == "multiple"}
    assert len(orders) > 5  # option order is shuffled per attempt


def test_not_enough_questions_is_refused():
    with pytest.raises(papers.NotEnoughQuestions) as err:
        papers.check_rules([papers.Rule("single", 11, Decimal("1"), ("b",))], BANK)
    assert err.value.available == 10


@pytest.mark.parametrize(("kind", "correct", "response", "partial", "expected"), [
    ("single", [2], [2], False, "2"),
    ("single", [2], [1], False, "0"),
    ("single", [2], [], False, "0"),
    ("true_false", [1], [1], False, "2"),
    ("multiple", [0, 2, 3], [0, 2, 3], False, "2"),
    ("multiple", [0, 2, 3], [0, 2], False, "0"),  # all or nothing: one missing → 0
    ("multiple", [0, 2, 3], [0, 2], True, "1.3"),  # partial: 2 × 2/3 = 1.33 → 1.3
    ("multiple", [0, 2, 3], [0], True, "0.7"),  # 2 × 1/3 = 0.67 → 0.7
    ("multiple", [0, 2, 3], [0, 1], True, "0"),  # a wrong option chosen → 0 even when partial
    ("multiple", [0, 2, 3], [0, 1, 2, 3], True, "0"),
    ("multiple", [0, 2, 3], [], True, "0"),
])
def test_grading(kind, correct, response, partial, expected):
    assert papers.grade_objective(kind, correct, response, Decimal("2"), partial=partial) == Decimal(expected)


def test_percent():
    assert papers.percent(Decimal("59.5"), Decimal("100")) == Decimal("59.5")
    assert papers.percent(Decimal("2"), Decimal("3")) == Decimal("66.7")

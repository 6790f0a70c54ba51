"""Training fixtures: a trainer at the branch, a small bank, a plan with a course and an exam."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from openpyxl import Workbook

from tests.factories import UserFactory
from xiaobao.org.roles import Role
from xiaobao.training import papers, selectors, services
from xiaobao.training.codes import MultipleScoring, QuestionKind

BEIJING = selectors.BEIJING


@pytest.fixture
def trainer(cast):
    return UserFactory(username="trainer", full_name="培训管理员", institution=cast.branch, roles=[Role.TRAINER])


def make_bank(n_single: int = 6, n_multiple: int = 4, n_tf: int = 4, n_short: int = 1) -> None:
    for i in range(n_single):
        services.question_create(by=None, data=services.QuestionData(
            kind=QuestionKind.SINGLE, text=f"单选题{i}", options=["甲", "乙", "丙", "丁"], answer=[i % 4],
            tags=["投诉处理" if i % 2 else "个人信息"]))
    for i in range(n_multiple):
        services.question_create(by=None, data=services.QuestionData(
            kind=QuestionKind.MULTIPLE, text=f"多选题{i}", options=["甲", "乙", "丙", "丁"], answer=[0, 2],
            tags=["营销宣传"]))
    for i in range(n_tf):
        services.question_create(by=None, data=services.QuestionData(
            kind=QuestionKind.TRUE_FALSE, text=f"判断题{i}", answer=[i % 2], tags=["可回溯"]))
    for i in range(n_short):
        services.question_create(by=None, data=services.QuestionData(
            kind=QuestionKind.SHORT, text=f"简答题{i}", reference="十五日内作出决定。", tags=["投诉处理"]))


@pytest.fixture
def bank(db):
    make_bank()


def make_exam(trainer, institution, *, short: int = 0, scoring=MultipleScoring.ALL_OR_NOTHING, minutes: int = 30,
              attempts: int = 2, **extra):
    rules = [papers.Rule("single", 4, Decimal("10")), papers.Rule("multiple", 2, Decimal("10")),
             papers.Rule("true_false", 2, Decimal("10"))]
    if short:
        rules.append(papers.Rule("short", short, Decimal("20")))
    today = selectors.today()
    return services.exam_create(by=trainer, institution=institution, data=services.ExamData(
        title="消保知识考试", rules=rules, duration_minutes=minutes, opens_on=today - timedelta(days=1),
        closes_on=today + timedelta(days=10), max_attempts=attempts, multiple_scoring=scoring, **extra))


def make_plan(trainer, institution, year: int | None = None):
    plan, _ = services.plan_create(by=trainer, year=year or selectors.today().year, institution=institution,
                                   title="年度消保培训计划")
    return plan


def make_course(trainer, plan, *, start: datetime | None = None, **extra):
    start = start or datetime(plan.year, 3, 10, 9, 0, tzinfo=BEIJING)
    data = {"title": "投诉处理实务", "topic": "complaints", "format": "offline", "starts_at": start,
            "ends_at": start + timedelta(hours=2), "hours": Decimal("2"), "trainer": trainer, **extra}
    return services.course_add(by=trainer, plan_id=plan.pk, data=services.CourseData(**data))


def xlsx(rows: list[list[object]]) -> io.BytesIO:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    out.seek(0)
    return out


def answer_all_correctly(attempt) -> None:
    for a in attempt.answers.select_related("question"):
        q = a.question
        if q.kind == "short":
            services.answer_save(by=attempt.candidate, attempt_id=attempt.pk, position=a.position, response="答案")
        else:
            shown = [a.option_order.index(i) for i in q.answer]
            services.answer_save(by=attempt.candidate, attempt_id=attempt.pk, position=a.position, response=shown)


__all__ = ["date", "make_bank"]

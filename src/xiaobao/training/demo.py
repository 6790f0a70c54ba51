"""Demo training data through the services (`xiaobao demo`): the seeded question bank (data/questions.toml), a
year's plan with courses and attendance, and an exam taken by demo handlers in every attempt state."""

from __future__ import annotations

import tomllib
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.training import papers, selectors, services
from xiaobao.training.codes import QuestionKind
from xiaobao.training.models import Plan, Question

QUESTIONS = Path(__file__).parent / "data" / "questions.toml"
COURSES = [  # (month, title, topic, format, hours, audience roles)
    (3, "消费投诉处理时限与流程", "complaints", "offline", "3", [Role.HANDLER, Role.REVIEWER]),
    (5, "消保审查实务与常见问题", "review", "live", "2", []),
    (8, "个人信息保护与脱敏展示", "personal_info", "online", "2", []),
    (10, "营销宣传合规与销售可回溯", "marketing", "offline", "3", [Role.HANDLER]),
]


def load_questions() -> int:
    """Add the seeded questions not yet in the bank (by their key); returns how many were added."""
    added = 0
    for item in tomllib.loads(QUESTIONS.read_text(encoding="utf-8"))["question"]:
        if Question.objects.filter(key=item["key"]).exists():
            continue
        kind = item["kind"]
        answer = services.parse_answer(kind, item["answer"]) if kind != QuestionKind.SHORT else []
        services.question_create(by=None, key=item["key"], data=services.QuestionData(
            kind=kind, text=item["text"], options=item.get("options", []), answer=answer,
            reference=item.get("reference", ""), explanation=item.get("explanation", ""), tags=item.get("tags", []),
            difficulty=item.get("difficulty", 2), source=item.get("source", "")))
        added += 1
    return added


def _answer(attempt, *, correct: bool) -> None:
    for a in attempt.answers.select_related("question"):
        if a.question.kind == QuestionKind.SHORT:
            if not correct:
                continue  # left blank: 0 points without a grader
            text = a.question.reference
            services.answer_save(by=attempt.candidate, attempt_id=attempt.pk, position=a.position, response=text)
        else:
            chosen = a.question.answer if correct else [i for i in range(len(a.option_order))
                                                        if i not in a.question.answer][:1]
            services.answer_save(by=attempt.candidate, attempt_id=attempt.pk, position=a.position,
                                 response=[a.option_order.index(i) for i in chosen])


@transaction.atomic
def seed() -> None:
    """Idempotent: the bank is topped up by key; the plan and exam only once."""
    load_questions()
    if Plan.objects.exists():
        return
    branch = Institution.objects.filter(level=Institution.Level.BRANCH).order_by("path").first()
    trainer = User.objects.filter(username="xj.trainer").first()
    handlers = list(User.objects.filter(groups__name=Role.HANDLER, is_active=True).order_by("username")[:12])
    if branch is None or trainer is None or len(handlers) < 4:
        return
    today = selectors.today()
    plan, _ = services.plan_create(by=trainer, year=today.year, institution=branch,
                                   title=f"{today.year}年度消费者权益保护培训计划")
    for month, title, topic, form, hours, roles in COURSES:
        start = datetime(today.year, month, 15, 9, 30, tzinfo=selectors.BEIJING)
        course = services.course_add(by=trainer, plan_id=plan.pk, data=services.CourseData(
            title=title, topic=topic, format=form, starts_at=start, ends_at=start + timedelta(hours=int(hours)),
            hours=Decimal(hours), trainer=trainer, audience_roles=roles,
            location="分公司三楼培训室" if form == "offline" else "线上直播间"))
        if start.date() < today:
            for i, person in enumerate(handlers):
                if (i + month) % 4:  # about three in four attended
                    services.attendance_record(by=trainer, course_id=course.pk, username=person.username)
    exam = services.exam_create(by=trainer, institution=branch, data=services.ExamData(
        title=f"{today.year}年度消保知识考试", duration_minutes=30, opens_on=today - timedelta(days=10),
        closes_on=today + timedelta(days=20), audience_roles=[Role.HANDLER],
        rules=[papers.Rule("single", 10, Decimal("4")), papers.Rule("multiple", 5, Decimal("6")),
               papers.Rule("true_false", 5, Decimal("2")), papers.Rule("short", 1, Decimal("10"))]))
    passed, failed, grading, in_progress = handlers[:4]
    for candidate, correct in ((passed, True), (failed, False), (grading, True)):
        attempt, _ = services.attempt_start(by=candidate, exam_id=exam.pk)
        _answer(attempt, correct=correct)
        services.attempt_submit(by=candidate, attempt_id=attempt.pk)
    short = (attempt.answers.filter(question__kind=QuestionKind.SHORT).first() for attempt in
             exam.attempts.filter(candidate=passed))
    for answer in short:
        services.answer_grade(by=trainer, answer_id=answer.pk, points=Decimal("8"), note="要点基本齐全。")
    services.attempt_start(by=in_progress, exam_id=exam.pk)

"""Training services: attempts (reproducible papers, grading, the server's deadline), attendance, coverage,
scoped reads and the imports' per-row errors."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.utils import timezone

from tests.batches import batch_equals_one_by_one, module_codes
from tests.factories import UserFactory
from tests.training.conftest import (
    BEIJING,
    answer_all_correctly,
    make_course,
    make_exam,
    make_plan,
    xlsx,
)
from xiaobao.core import registry
from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from xiaobao.core.registry import Period
from xiaobao.org.roles import Role
from xiaobao.training import papers, selectors, services
from xiaobao.training.codes import AttemptStatus, MultipleScoring
from xiaobao.training.models import Attendance, Question

pytestmark = pytest.mark.django_db


def test_each_attempt_gets_its_own_paper_reproducible_from_its_seed(cast, trainer, bank):
    exam = make_exam(trainer, cast.branch)
    a1, created = services.attempt_start(by=cast.handler_a, exam_id=exam.pk)
    assert created and a1.status == AttemptStatus.IN_PROGRESS
    again, created = services.attempt_start(by=cast.handler_a, exam_id=exam.pk)  # reload: the same attempt
    assert again.pk == a1.pk and not created
    a2, _ = services.attempt_start(by=cast.handler_b, exam_id=exam.pk)
    stored = [(a.question_id, tuple(a.option_order)) for a in a1.answers.all()]
    redrawn = [(s.question_id, s.option_order) for s in services.grade_attempt_integrity(a1)]
    assert stored == redrawn
    assert a1.seed != a2.seed
    assert len(stored) == 8 and a1.max_score == Decimal("80")


def test_same_seed_same_paper_for_two_candidates(cast, trainer, bank):
    exam = make_exam(trainer, cast.branch)
    a1, _ = services.attempt_start(by=cast.handler_a, exam_id=exam.pk, seed=42)
    a2, _ = services.attempt_start(by=cast.handler_b, exam_id=exam.pk, seed=42)
    assert [(a.question_id, a.option_order) for a in a1.answers.all()] == \
        [(a.question_id, a.option_order) for a in a2.answers.all()]


def _answer_multiples_half(attempt):
    """Choose only the first correct option of each multiple-choice question, all others right."""
    for a in attempt.answers.select_related("question"):
        correct = a.question.answer
        chosen = correct[:1] if a.question.kind == "multiple" else correct
        services.answer_save(by=attempt.candidate, attempt_id=attempt.pk, position=a.position,
                             response=[a.option_order.index(i) for i in chosen])


@pytest.mark.parametrize(("scoring", "score"), [(MultipleScoring.ALL_OR_NOTHING, "60.0"),
                                                (MultipleScoring.PARTIAL, "70.0")])
def test_multiple_choice_scoring_as_configured(cast, trainer, bank, scoring, score):
    exam = make_exam(trainer, cast.branch, scoring=scoring, pass_mark=Decimal("80"))
    attempt, _ = services.attempt_start(by=cast.handler_a, exam_id=exam.pk)
    _answer_multiples_half(attempt)  # each multiple: 1 of 2 correct options → 0 or 5 of 10 points
    attempt = services.attempt_submit(by=cast.handler_a, attempt_id=attempt.pk)
    assert attempt.score == Decimal(score) and attempt.max_score == Decimal("80")
    assert attempt.percent == (Decimal(score) * 100 / 80).quantize(Decimal("0.1"))
    assert attempt.status == (AttemptStatus.FAILED if scoring == MultipleScoring.ALL_OR_NOTHING
                              else AttemptStatus.PASSED)  # 75 % vs 87.5 %, pass mark 80 %


def test_pass_mark_decides(cast, trainer, bank):
    exam = make_exam(trainer, cast.branch)
    attempt, _ = services.attempt_start(by=cast.handler_a, exam_id=exam.pk)
    singles = [a for a in attempt.answers.select_related("question") if a.question.kind == "single"]
    for a in singles[:2]:  # 20 of 80 points = 25 %
        services.answer_save(by=cast.handler_a, attempt_id=attempt.pk, position=a.position,
                             response=[a.option_order.index(a.question.answer[0])])
    attempt = services.attempt_submit(by=cast.handler_a, attempt_id=attempt.pk)
    assert attempt.percent == Decimal("25.0") and attempt.status == AttemptStatus.FAILED
    retake, created = services.attempt_start(by=cast.handler_a, exam_id=exam.pk)  # a retake is allowed
    assert created and retake.number == 2 and retake.seed != attempt.seed
    answer_all_correctly(retake)
    retake = services.attempt_submit(by=cast.handler_a, attempt_id=retake.pk)
    assert retake.status == AttemptStatus.PASSED and retake.percent == Decimal("100.0")
    with pytest.raises(Conflict):  # passed: no third attempt
        services.attempt_start(by=cast.handler_a, exam_id=exam.pk)


def test_no_attempt_beyond_the_allowed_number(cast, trainer, bank):
    exam = make_exam(trainer, cast.branch, attempts=1)
    attempt, _ = services.attempt_start(by=cast.handler_a, exam_id=exam.pk)
    services.attempt_submit(by=cast.handler_a, attempt_id=attempt.pk)
    with pytest.raises(Conflict):
        services.attempt_start(by=cast.handler_a, exam_id=exam.pk)


def test_the_deadline_is_the_servers(cast, trainer, bank):
    exam = make_exam(trainer, cast.branch, minutes=10)
    attempt, _ = services.attempt_start(by=cast.handler_a, exam_id=exam.pk)
    first = attempt.answers.select_related("question").first()
    right = [first.option_order.index(i) for i in first.question.answer]
    services.answer_save(by=cast.handler_a, attempt_id=attempt.pk, position=first.position, response=right)
    with time_machine.travel(attempt.deadline + timedelta(seconds=1), tick=False), \
            pytest.raises(services.TimeUp):  # too late: not saved, the attempt is handed in
        services.answer_save(by=cast.handler_a, attempt_id=attempt.pk, position=2, response=[0])
    attempt.refresh_from_db()
    assert attempt.status in (AttemptStatus.FAILED, AttemptStatus.PASSED) and attempt.timed_out
    assert attempt.submitted_at == attempt.deadline
    assert attempt.answers.get(position=2).response is None
    assert attempt.score == first.max_points  # the answer given in time counts


def test_an_abandoned_attempt_is_handed_in_by_the_sweep(cast, trainer, bank):
    exam = make_exam(trainer, cast.branch, minutes=5)
    attempt, _ = services.attempt_start(by=cast.handler_a, exam_id=exam.pk)
    assert services.expire_overdue() == 0
    with time_machine.travel(attempt.deadline + timedelta(minutes=1), tick=False):
        assert services.expire_overdue() == 1
        assert services.expire_overdue() == 0  # idempotent
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.FAILED and attempt.timed_out and attempt.score == 0


def test_answers_are_refused_from_anyone_but_the_candidate(cast, trainer, bank):
    exam = make_exam(trainer, cast.branch)
    attempt, _ = services.attempt_start(by=cast.handler_a, exam_id=exam.pk)
    with pytest.raises(NotFound):  # handler_b cannot even see it
        services.answer_save(by=cast.handler_b, attempt_id=attempt.pk, position=1, response=[0])
    with pytest.raises(PermissionDenied):  # the trainer sees it but may not answer
        services.answer_save(by=trainer, attempt_id=attempt.pk, position=1, response=[0])
    with pytest.raises(InvalidInput):
        services.answer_save(by=cast.handler_a, attempt_id=attempt.pk, position=1, response=[9])


def test_short_answers_wait_for_the_grader(cast, trainer, bank):
    exam = make_exam(trainer, cast.branch, short=1)
    attempt, _ = services.attempt_start(by=cast.handler_a, exam_id=exam.pk)
    answer_all_correctly(attempt)
    attempt = services.attempt_submit(by=cast.handler_a, attempt_id=attempt.pk)
    assert attempt.status == AttemptStatus.GRADING and attempt.score is None
    queue = list(selectors.grading_queue(trainer))
    assert [a.attempt_id for a in queue] == [attempt.pk]
    assert not selectors.grading_queue(cast.handler_b).exists()
    with pytest.raises(InvalidInput):
        services.answer_grade(by=trainer, answer_id=queue[0].pk, points=Decimal("21"))
    services.answer_grade(by=trainer, answer_id=queue[0].pk, points=Decimal("15"), note="要点齐全")
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.PASSED and attempt.score == Decimal("95.0")
    assert attempt.percent == Decimal("95.0")


def test_sign_in_code_rotates_and_binds_to_the_user(cast, trainer):
    plan = make_plan(trainer, cast.branch)
    start = timezone.now().astimezone(BEIJING).replace(microsecond=0)
    course = make_course(trainer, plan, start=start)
    code, seconds = services.sign_in_code(by=trainer, course=course)
    assert len(code) == 6 and 0 < seconds <= 60
    with pytest.raises(PermissionDenied):
        services.sign_in_code(by=cast.handler_a, course=course)
    with pytest.raises(InvalidInput):
        services.sign_in(by=cast.handler_a, course_id=course.pk, code="000000" if code != "000000" else "111111")
    attendance, created = services.sign_in(by=cast.handler_a, course_id=course.pk, code=code)
    assert created and attendance.user == cast.handler_a and attendance.hours == Decimal("2.0")
    assert services.sign_in(by=cast.handler_a, course_id=course.pk, code=code)[1] is False
    with time_machine.travel(timezone.now() + timedelta(minutes=3), tick=False), \
            pytest.raises(InvalidInput):  # an old code (a photo sent to a colleague) no longer works
        services.sign_in(by=cast.handler_b, course_id=course.pk, code=code)


def test_attendance_import_reports_each_bad_row(cast, trainer):
    plan = make_plan(trainer, cast.branch)
    course = make_course(trainer, plan)
    report = services.attendance_import(by=trainer, course_id=course.pk, stream=xlsx([
        ["用户名", "学时"], ["handler_a", 2], ["nobody", 1], ["handler_b", "abc"], [None, None], ["reviewer_a", 9],
        ["handler_b", 1.5], ["handler_a", 2]]))
    assert [(r.row, r.ok) for r in report.rows] == [(2, True), (3, False), (4, False), (6, False), (7, True),
                                                    (8, True)]
    assert "nobody" in report.rows[1].message
    assert dict(Attendance.objects.values_list("user__username", "hours")) == {
        "handler_a": Decimal("2.0"), "handler_b": Decimal("1.5")}
    with pytest.raises(PermissionDenied):
        services.attendance_import(by=cast.handler_a, course_id=course.pk, stream=xlsx([["用户名"]]))


def test_question_import_reports_each_bad_row(cast, trainer):
    report = services.questions_import(by=trainer, stream=xlsx([
        services.QUESTION_COLUMNS,
        ["单选", "投诉处理时限一般为？", "7日", "15日", "30日", "", "", "", "B", "", "", "投诉处理", "易", "办法"],
        ["多选", "只有一个答案的多选", "甲", "乙", "", "", "", "", "A", "", "", "", "", ""],
        ["判断", "可回溯资料至少保存五年。", "", "", "", "", "", "", "对", "", "", "可回溯", "中", ""],
        ["填空", "未知题型", "", "", "", "", "", "", "", "", "", "", "", ""],
        ["单选", "答案不在选项中", "甲", "乙", "", "", "", "", "D", "", "", "", "", ""],
        ["简答", "简述投诉处理时限。", "", "", "", "", "", "", "", "十五日，可延长。", "", "", "难", ""],
    ]))
    assert [(r.row, r.ok) for r in report.rows] == [(2, True), (3, False), (4, True), (5, False), (6, False),
                                                    (7, True)]
    assert Question.objects.count() == 3
    q = Question.objects.get(kind="single")
    assert q.answer == [1] and q.tags == ["投诉处理"] and q.difficulty == 1
    assert Question.objects.get(kind="true_false").answer == [0]
    with pytest.raises(InvalidInput):
        services.questions_import(by=trainer, stream=__import__("io").BytesIO(b"not a workbook"))


def test_scoped_reads(cast, trainer, bank):
    branch_plan = make_plan(trainer, cast.branch)
    sub_trainer = UserFactory(username="sub_trainer", institution=cast.sub_a, roles=[Role.TRAINER])
    sub_plan = make_plan(sub_trainer, cast.sub_a)
    assert set(selectors.plans_visible_to(cast.handler_a)) == {branch_plan, sub_plan}  # above and own
    assert set(selectors.plans_visible_to(cast.handler_b)) == {branch_plan}  # not the other sub's
    assert set(selectors.plans_visible_to(cast.admin)) == set()
    with pytest.raises(PermissionDenied):
        services.plan_create(by=sub_trainer, year=2026, institution=cast.sub_b, title="越权")
    with pytest.raises(PermissionDenied):
        selectors.questions_visible_to(cast.handler_a)
    assert selectors.questions_visible_to(cast.auditor).count() == 15
    with pytest.raises(PermissionDenied):
        services.question_create(by=cast.auditor, data=services.QuestionData(kind="true_false", text="x",
                                                                             answer=[0]))
    exam = make_exam(trainer, cast.branch)
    attempt, _ = services.attempt_start(by=cast.handler_a, exam_id=exam.pk)
    assert list(selectors.attempts_visible_to(cast.handler_b)) == []
    assert list(selectors.attempts_visible_to(trainer)) == [attempt]
    sub_exam = make_exam(sub_trainer, cast.sub_a)
    with pytest.raises(NotFound):
        services.attempt_start(by=cast.handler_b, exam_id=sub_exam.pk)


def test_coverage_counts_on_constructed_data(cast, trainer, bank):
    year = selectors.today().year
    plan = make_plan(trainer, cast.branch, year=year)
    past = datetime(year, 1, 5, 9, 0, tzinfo=BEIJING)
    handlers = make_course(trainer, plan, start=past, audience_roles=[Role.HANDLER])  # handler_a, handler_b
    everyone_a = make_course(trainer, plan, start=past + timedelta(days=1), title="个人信息保护",
                             audience_institutions=[cast.sub_a])  # handler_a, reviewer_a
    make_course(trainer, plan, start=past + timedelta(days=2), mandatory=False)  # optional: never counts
    services.attendance_record(by=trainer, course_id=handlers.pk, username="handler_a")
    services.attendance_record(by=trainer, course_id=everyone_a.pk, username="reviewer_a")
    period, on = Period.year(year), selectors.today()

    sub_a = selectors.coverage(cast.sub_a, period, on=on)
    # handler_a: 2 due, 1 done; reviewer_a: 1 due, 1 done → 1 of 2 covered
    assert (sub_a.due_people, sub_a.completed_people, sub_a.rate) == (2, 1, Decimal("50.0"))
    assert [(p.user.username, p.outstanding) for p in sub_a.outstanding] == [("handler_a", ["个人信息保护"])]
    branch = selectors.coverage(cast.branch, period, on=on)
    # + handler_b (1 due, 0 done); officers, auditors and admins are not trainees of role-targeted courses
    assert (branch.due_people, branch.completed_people) == (3, 1)
    sub_b = selectors.coverage(cast.sub_b, period, on=on)
    assert (sub_b.due_people, sub_b.completed_people, sub_b.rate) == (1, 0, Decimal("0.0"))

    exam = make_exam(trainer, cast.branch, audience_roles=[Role.HANDLER])
    attempt, _ = services.attempt_start(by=cast.handler_b, exam_id=exam.pk)
    answer_all_correctly(attempt)
    services.attempt_submit(by=cast.handler_b, attempt_id=attempt.pk)
    failed, _ = services.attempt_start(by=cast.handler_a, exam_id=exam.pk)
    services.attempt_submit(by=cast.handler_a, attempt_id=failed.pk)
    rate = selectors.pass_rate(cast.branch, period)
    assert (rate.candidates, rate.passed, rate.rate) == (2, 1, Decimal("50.0"))
    sub_b = selectors.coverage(cast.sub_b, period, on=on)  # the exam, passed early, counts as done
    assert (sub_b.due_people, sub_b.completed_people) == (1, 0)
    assert selectors.coverage(cast.sub_b, period, on=on).people[0].done == 1

    hours = selectors.hours(cast.sub_a, period)
    assert hours.total == Decimal("4.0") and hours.people == 2 and hours.per_person == Decimal("2.0")

    # every training measure read for many institutions at once equals it read one by one
    codes = {"training.coverage_rate", "training.pass_rate", "training.hours"}
    assert set(module_codes("training")) == codes
    seen = batch_equals_one_by_one(codes, [cast.branch, cast.sub_a, cast.outlet_a, cast.sub_b],
                                   [period, Period.quarter(year, 1), Period.month(year, 2)])
    assert seen[("training.pass_rate", "650000", period.label)] == Decimal("50.0")
    assert seen[("training.pass_rate", "653100", period.label)] == Decimal("100.0")
    assert seen[("training.pass_rate", "650100", period.label)] == Decimal("0.0")
    assert seen[("training.hours", "650100", period.label)] == Decimal("2.0")


def test_measures_are_registered_with_evidence(cast, trainer, bank):
    year = selectors.today().year
    for code in ("training.coverage_rate", "training.pass_rate", "training.hours"):
        value = registry.compute_measure(code, cast.sub_a, Period.year(year))
        assert isinstance(value, registry.MeasureValue), code
        assert value.evidence_url.startswith("/training/coverage/?institution=650100"), code
    empty = registry.compute_measure("training.pass_rate", cast.sub_a, Period.year(year))
    assert empty.value is None and empty.denominator == 0  # nothing to measure is not 0 %


def test_exam_refused_when_the_bank_cannot_fill_the_rules(cast, trainer, bank):
    with pytest.raises(InvalidInput) as err:
        services.exam_create(by=trainer, institution=cast.branch, data=services.ExamData(
            title="x", rules=[papers.Rule("multiple", 5, Decimal("1"))], duration_minutes=10,
            opens_on=selectors.today(), closes_on=selectors.today()))
    assert err.value.field == "rules"

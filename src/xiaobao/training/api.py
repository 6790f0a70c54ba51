"""REST endpoints of the training module (`/api/v1/training`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from django.http import HttpRequest
from ninja import Body, Header, Query, Router, Schema
from ninja import Status as Reply
from pydantic import AfterValidator, Field, create_model

from xiaobao.core.errors import PermissionDenied, UnknownReference
from xiaobao.core.registry import Period
from xiaobao.core.schema import HAS_TEXT, Day, Instant, by_count, decimal, one_of, unique_items
from xiaobao.org.models import Institution, User
from xiaobao.org.scope import scope_for
from xiaobao.training import papers, selectors, services
from xiaobao.training.codes import Difficulty, Format, MultipleScoring, QuestionKind, Topic
from xiaobao.training.models import Attempt, AttemptAnswer, Attendance, Course, Exam, Plan, Question

router = Router(tags=["training"])

TopicCode = Literal[tuple(Topic.values)]  # type: ignore[valid-type]
FormatCode = Literal[tuple(Format.values)]  # type: ignore[valid-type]
KindCode = Literal[tuple(QuestionKind.values)]  # type: ignore[valid-type]
ScoringCode = Literal[tuple(MultipleScoring.values)]  # type: ignore[valid-type]
RoleCode = Literal["handler", "reviewer", "head", "officer", "compliance_reviewer", "trainer"]
Code = Field(min_length=1, pattern=HAS_TEXT, max_length=20)
Username = Field(min_length=1, pattern=HAS_TEXT, max_length=150)
Year = Field(ge=2000, le=2100)


def _institution(code: str) -> Institution:
    institution = Institution.objects.filter(code=code).first()
    if institution is None:
        raise UnknownReference("没有这个机构。", field="institution")
    return institution


def _institutions(codes: list[str]) -> list[Institution]:
    return [_institution(c) for c in codes]


def _users(names: list[str]) -> list[User]:
    users = list(User.objects.filter(username__in=names, is_active=True))
    if len(users) != len(set(names)):
        raise UnknownReference("名单中有不存在的用户名。", field="audience_users")
    return users


class CourseOut(Schema):
    id: int
    plan_id: int
    title: str
    topic: str
    format: str
    mandatory: bool
    starts_at: Instant
    ends_at: Instant
    hours: Decimal
    location: str
    trainer: str
    audience: str
    attended: int


def course_out(c: Course) -> CourseOut:
    return CourseOut(id=c.pk, plan_id=c.plan_id, title=c.title, topic=c.topic, format=c.format, mandatory=c.mandatory,
                     starts_at=c.starts_at, ends_at=c.ends_at, hours=c.hours, location=c.location,
                     trainer=c.trainer_label, audience=selectors.audience_label(c), attended=c.attendances.count())


class TrainingPlanOut(Schema):
    id: int
    year: int
    institution: str
    title: str
    courses: list[CourseOut]


def plan_out(p: Plan) -> TrainingPlanOut:
    return TrainingPlanOut(id=p.pk, year=p.year, institution=p.institution.code, title=p.title,
                   courses=[course_out(c) for c in p.courses.select_related("trainer", "plan__institution")])


@router.get("/training/plans", response=list[TrainingPlanOut], summary="Training plans visible to the user (年度培训计划)")
def plan_list(request: HttpRequest, year: int | None = Query(None, ge=2000, le=2100)) -> list[TrainingPlanOut]:
    qs = selectors.plans_visible_to(request.user)
    if year:
        qs = qs.filter(year=year)
    return [plan_out(p) for p in qs[:100]]


class TrainingPlanIn(Schema):
    year: int = Year
    institution: str = Code
    title: str = Field(min_length=1, pattern=HAS_TEXT, max_length=200)


@router.post("/training/plans", response={201: TrainingPlanOut, 200: TrainingPlanOut},
             summary="Create an institution's plan for a year (trainers and officers)")
def plan_create(request: HttpRequest, payload: TrainingPlanIn,
                idempotency_key: str | None = Header(None, alias="Idempotency-Key", min_length=1, pattern=HAS_TEXT, max_length=200)
                ) -> Reply:
    """409 when the institution already has a plan for that year; a retry with the same Idempotency-Key returns
    the first plan with 200."""
    plan, created = services.plan_create(by=request.user, year=payload.year, title=payload.title,
                                         institution=_institution(payload.institution),
                                         idempotency_key=idempotency_key)
    return Reply(201 if created else 200, plan_out(plan))


class CourseIn(Schema):
    title: str = Field(min_length=1, pattern=HAS_TEXT, max_length=200)
    topic: TopicCode
    format: FormatCode
    starts_at: Instant
    ends_at: Instant
    hours: Annotated[Decimal, decimal(places=1, minimum="0.5", maximum=40, unit="hours")]
    mandatory: bool = True
    location: str = Field("", max_length=300)
    trainer: str | None = Field(None, max_length=150, description="username of an internal trainer")
    trainer_name: str = Field("", max_length=60, description="an external trainer's name")
    audience_roles: list[RoleCode] = Field([], max_length=6)
    audience_institutions: list[str] = Field([], max_length=50, description="institution codes (their subtrees)")
    audience_users: list[str] = Field([], max_length=500, description="usernames")


@router.post("/training/plans/{plan_id}/courses", response={201: CourseOut},
             summary="Add a course to a plan (the audience: roles, institutions or named people; none: everyone)")
def course_create(request: HttpRequest, plan_id: int, payload: CourseIn) -> Reply:
    """Beyond the schema (422 naming the field): ends_at after starts_at."""
    trainer = User.objects.filter(username=payload.trainer).first() if payload.trainer else None
    if payload.trainer and trainer is None:
        raise UnknownReference("没有这个培训讲师账号。", field="trainer")
    course = services.course_add(by=request.user, plan_id=plan_id, data=services.CourseData(
        title=payload.title, topic=payload.topic, format=payload.format, starts_at=payload.starts_at,
        ends_at=payload.ends_at, hours=payload.hours, mandatory=payload.mandatory, location=payload.location,
        trainer=trainer, trainer_name=payload.trainer_name, audience_roles=payload.audience_roles,
        audience_institutions=_institutions(payload.audience_institutions),
        audience_users=_users(payload.audience_users)))
    return Reply(201, course_out(course))


@router.get("/training/courses/{course_id}", response=CourseOut, summary="One course")
def course_detail(request: HttpRequest, course_id: int) -> CourseOut:
    return course_out(selectors.course_get(user=request.user, pk=course_id))


class AttendanceOut(Schema):
    id: int
    course_id: int
    username: str
    method: str
    hours: Decimal
    signed_at: Instant


def attendance_out(a: Attendance) -> AttendanceOut:
    return AttendanceOut(id=a.pk, course_id=a.course_id, username=a.user.username, method=a.method, hours=a.hours,
                         signed_at=a.signed_at)


class SignInIn(Schema):
    code: str = Field(min_length=6, max_length=6, pattern=r"^[0-9]{6}$")


@router.post("/training/courses/{course_id}/sign-in", response={201: AttendanceOut, 200: AttendanceOut},
             summary="Sign in to a course with the code the trainer shows now (for the calling user only)")
def course_sign_in(request: HttpRequest, course_id: int, payload: SignInIn) -> Reply:
    """422 on a wrong or expired code; 409 outside the sign-in window (30 minutes before the course until 30
    minutes after it). A second sign-in returns the first with 200."""
    attendance, created = services.sign_in(by=request.user, course_id=course_id, code=payload.code)
    return Reply(201 if created else 200, attendance_out(attendance))


class AttendanceIn(Schema):
    username: str = Username
    hours: Annotated[Decimal, decimal(places=1, above=0, maximum=40, unit="hours")] | None = Field(
        None, description="default: the course's hours")


@router.post("/training/courses/{course_id}/attendance", response={201: AttendanceOut, 200: AttendanceOut},
             summary="Record someone's attendance (trainers and officers)")
def course_attendance(request: HttpRequest, course_id: int, payload: AttendanceIn) -> Reply:
    attendance, created = services.attendance_record(by=request.user, course_id=course_id,
                                                     username=payload.username, hours=payload.hours)
    return Reply(201 if created else 200, attendance_out(attendance))


class HoursOut(Schema):
    username: str
    name: str
    hours: Decimal


@router.get("/training/hours", response=list[HoursOut],
            summary="Training hours per person in a year (own; trainers, officers, heads, auditors: their scope)")
def hours_list(request: HttpRequest, year: int = Query(..., ge=2000, le=2100)) -> list[HoursOut]:
    return [HoursOut(username=r["username"], name=r["name"] or "", hours=r["hours"])
            for r in selectors.hours_by_person(request.user, year)]


class QuestionOut(Schema):
    id: int
    kind: str
    text: str
    options: list[str]
    answer: list[int] = Field(description="indices of the correct options (0-based)")
    reference: str
    explanation: str
    tags: list[str]
    difficulty: int
    source: str
    active: bool
    version: int


def question_out(q: Question) -> QuestionOut:
    return QuestionOut(id=q.pk, kind=q.kind, text=q.text, options=q.options, answer=q.answer, reference=q.reference,
                       explanation=q.explanation, tags=q.tags, difficulty=q.difficulty, source=q.source,
                       active=q.is_active, version=q.version)


class QuestionPage(Schema):
    count: int
    items: list[QuestionOut]


@router.get("/training/questions", response=QuestionPage,
            summary="The question bank (trainers, officers and auditors; 403 for others)")
def question_list(request: HttpRequest, kind: KindCode | None = None, tag: str | None = Query(None, max_length=30),
                  q: str | None = Query(None, max_length=100), offset: int = Query(0, ge=0, le=1_000_000),
                  limit: int = Query(50, ge=1, le=200)) -> QuestionPage:
    qs = selectors.bank(request.user, selectors.BankFilter(kind=kind or "", tag=tag or "", q=q or ""))
    return QuestionPage(count=qs.count(), items=[question_out(x) for x in qs[offset:offset + limit]])


class _QuestionFields(Schema):
    text: str = Field(min_length=1, pattern=HAS_TEXT, max_length=2000)
    reference: str = Field("", max_length=2000, description="reference answer of a short-answer question")
    explanation: str = Field("", max_length=2000)
    tags: list[Annotated[str, Field(max_length=30)]] = Field([], max_length=10, description="empty ones are ignored")
    difficulty: int = Field(Difficulty.MEDIUM, ge=1, le=3, description="1 easy, 2 medium, 3 hard")
    source: str = Field("", max_length=300)
    options: list[Annotated[str, Field(max_length=300)]] = Field([], max_length=8, description="not used")
    answer: list[int] = Field([], max_length=8, description="not used")


Option = Annotated[str, Field(min_length=1, max_length=300, pattern=HAS_TEXT)]


def _choice_question(kind: str, count: int) -> type[Schema]:
    """A single- or multiple-choice question with `count` options: the answer names one of them (single) or two to
    all of them, each once (multiple)."""
    index = Annotated[int, Field(ge=0, le=count - 1)]
    answer = (Annotated[list[index], Field(min_length=1, max_length=1)] if kind == QuestionKind.SINGLE else  # type: ignore[valid-type]
              Annotated[list[index], AfterValidator(unique_items),  # type: ignore[valid-type]
                        Field(min_length=2, max_length=count, json_schema_extra={"uniqueItems": True})])
    return create_model(
        f"Question{kind.title()}{count}In", __base__=_QuestionFields, kind=(Literal[kind], ...),
        options=(list[Option], Field(min_length=count, max_length=count, description="the options, A, B, C… in order")),
        answer=(answer, Field(description="indices of the correct options (0 is A)")))


QuestionIn = one_of("kind", {
    QuestionKind.SINGLE.value: by_count("options", {n: _choice_question(QuestionKind.SINGLE, n)
                                                    for n in range(2, services.MAX_OPTIONS + 1)}),
    QuestionKind.MULTIPLE.value: by_count("options", {n: _choice_question(QuestionKind.MULTIPLE, n)
                                                      for n in range(2, services.MAX_OPTIONS + 1)}),
    QuestionKind.TRUE_FALSE.value: create_model(
        "QuestionTrueFalseIn", __base__=_QuestionFields, kind=(Literal[QuestionKind.TRUE_FALSE.value], ...),
        answer=(Annotated[list[Annotated[int, Field(ge=0, le=1)]], Field(min_length=1, max_length=1)],
                Field(description="[0] 正确 or [1] 错误")),
        options=(list[Annotated[str, Field(max_length=300)]], Field([], max_length=8,
                                                                     description="not used: 正确 and 错误"))),
    QuestionKind.SHORT.value: create_model(
        "QuestionShortIn", __base__=_QuestionFields, kind=(Literal[QuestionKind.SHORT.value], ...),
        reference=(str, Field(min_length=1, max_length=2000, pattern=HAS_TEXT, description="the reference answer"))),
})
"""A question for the bank: its kind decides what else it states — a choice question 2 to 8 options and the
answer's indices among them (one, or for multiple choice two or more, each once), a true/false question its answer,
a short-answer question its reference answer."""


@router.post("/training/questions", response={201: QuestionOut}, summary="Add a question (trainers and officers)")
def question_create(request: HttpRequest, payload: QuestionIn = Body(...)) -> Reply:
    question = services.question_create(by=request.user, data=services.QuestionData(**payload.dict()))
    return Reply(201, question_out(question))


class RuleIn(Schema):
    kind: KindCode
    count: int = Field(ge=1, le=200)
    points: Annotated[Decimal, decimal(places=1, above=0, maximum=100)]
    tags: list[Annotated[str, Field(min_length=1, max_length=30, pattern=HAS_TEXT)]] = Field([], max_length=10)


class ExamIn(Schema):
    title: str = Field(min_length=1, pattern=HAS_TEXT, max_length=200)
    institution: str = Code
    rules: list[RuleIn] = Field(min_length=1, max_length=20)
    duration_minutes: int = Field(ge=1, le=600)
    opens_on: Day
    closes_on: Day
    pass_mark: Annotated[Decimal, decimal(places=1, above=0, maximum=100)] = Decimal("60")
    max_attempts: int = Field(2, ge=1, le=10)
    multiple_scoring: ScoringCode = MultipleScoring.ALL_OR_NOTHING
    mandatory: bool = True
    audience_roles: list[RoleCode] = Field([], max_length=6)
    audience_institutions: list[str] = Field([], max_length=50)
    audience_users: list[str] = Field([], max_length=500)


class ExamOut(Schema):
    id: int
    title: str
    institution: str
    rules: list[dict[str, object]]
    duration_minutes: int
    opens_on: date
    closes_on: date
    pass_mark: Decimal
    max_attempts: int
    multiple_scoring: str
    mandatory: bool
    audience: str


def exam_out(e: Exam) -> ExamOut:
    return ExamOut(id=e.pk, title=e.title, institution=e.institution.code, rules=e.rules,
                   duration_minutes=e.duration_minutes, opens_on=e.opens_on, closes_on=e.closes_on,
                   pass_mark=e.pass_mark, max_attempts=e.max_attempts, multiple_scoring=e.multiple_scoring,
                   mandatory=e.mandatory, audience=selectors.audience_label(e))


@router.get("/training/exams", response=list[ExamOut], summary="Exams visible to the user")
def exam_list(request: HttpRequest, offset: int = Query(0, ge=0, le=1_000_000),
              limit: int = Query(50, ge=1, le=200)) -> list[ExamOut]:
    return [exam_out(e) for e in selectors.exams_visible_to(request.user)[offset:offset + limit]]


@router.post("/training/exams", response={201: ExamOut},
             summary="Create an exam: a paper by rule, drawn per candidate (trainers and officers)")
def exam_create(request: HttpRequest, payload: ExamIn) -> Reply:
    """422 when the bank's active questions cannot fill the rules."""
    exam = services.exam_create(by=request.user, institution=_institution(payload.institution),
                                data=services.ExamData(
        title=payload.title, rules=[papers.Rule(r.kind, r.count, r.points, tuple(r.tags)) for r in payload.rules],
        duration_minutes=payload.duration_minutes, opens_on=payload.opens_on, closes_on=payload.closes_on,
        pass_mark=payload.pass_mark, max_attempts=payload.max_attempts, multiple_scoring=payload.multiple_scoring,
        mandatory=payload.mandatory, audience_roles=payload.audience_roles,
        audience_institutions=_institutions(payload.audience_institutions),
        audience_users=_users(payload.audience_users)))
    return Reply(201, exam_out(exam))


class PaperQuestionOut(Schema):
    answer_id: int = Field(description="where to save the answer: PUT /training/answers/{answer_id}")
    position: int
    kind: str
    text: str
    options: list[str] = Field(description="in the order shown to this candidate")
    points: Decimal
    response: list[int] | str | None = Field(description="positions chosen (as shown) or the text given")
    awarded: Decimal | None = Field(description="points awarded, once graded")


class AttemptOut(Schema):
    id: int
    exam_id: int
    candidate: str
    number: int
    seed: str = Field(description="the seed the paper was drawn from (reproducible)")
    status: str
    started_at: Instant
    deadline: Instant
    submitted_at: Instant | None
    timed_out: bool
    score: Decimal | None
    max_score: Decimal
    percent: Decimal | None
    questions: list[PaperQuestionOut]


def _shown(a: AttemptAnswer) -> list[int] | str | None:
    if a.response is None:
        return None
    if isinstance(a.response, str):
        return a.response
    return [shown for shown, original in enumerate(a.option_order) if original in a.response]


def attempt_out(attempt: Attempt) -> AttemptOut:
    questions = [PaperQuestionOut(answer_id=a.pk, position=a.position, kind=a.question.kind, text=a.question.text,
                                  options=[a.question.options[i] for i in a.option_order], points=a.max_points,
                                  response=_shown(a), awarded=a.points)
                 for a in attempt.answers.select_related("question")]
    return AttemptOut(id=attempt.pk, exam_id=attempt.exam_id, candidate=attempt.candidate.username,
                      number=attempt.number, seed=str(attempt.seed), status=attempt.status,
                      started_at=attempt.started_at, deadline=attempt.deadline, submitted_at=attempt.submitted_at,
                      timed_out=attempt.timed_out, score=attempt.score, max_score=attempt.max_score,
                      percent=attempt.percent, questions=questions)


@router.post("/training/exams/{exam_id}/attempts", response={201: AttemptOut, 200: AttemptOut},
             summary="Start an attempt (or get the one in progress: 200)")
def attempt_start(request: HttpRequest, exam_id: int) -> Reply:
    """409 when the exam is closed, not for the user, passed already, being graded, or no attempts are left."""
    attempt, created = services.attempt_start(by=request.user, exam_id=exam_id)
    return Reply(201 if created else 200, attempt_out(attempt))


@router.get("/training/attempts/{attempt_id}", response=AttemptOut,
            summary="An attempt with its paper and the answers saved (an attempt past its deadline is handed in)")
def attempt_detail(request: HttpRequest, attempt_id: int) -> AttemptOut:
    attempt = services.attempt_refresh(selectors.attempt_get(user=request.user, pk=attempt_id))
    return attempt_out(attempt)


class TrainingAnswerIn(Schema):
    choice: list[int] = Field([], max_length=8, description="positions of the chosen options as shown (0-based)")
    text: str = Field("", max_length=2000, description="a short answer")


class AnswerOut(Schema):
    id: int
    position: int
    response: list[int] | str | None
    saved_at: Instant | None


def _answer_out(a: AttemptAnswer) -> AnswerOut:
    return AnswerOut(id=a.pk, position=a.position, response=_shown(a), saved_at=a.saved_at)


@router.put("/training/answers/{answer_id}", response=AnswerOut,
            summary="Save one answer of an attempt as it is given (409 time_up after the deadline: handed in)")
def attempt_answer(request: HttpRequest, answer_id: int, payload: TrainingAnswerIn) -> AnswerOut:
    slot = selectors.answer_get(user=request.user, pk=answer_id)
    response: list[int] | str = payload.text if slot.question.kind == QuestionKind.SHORT else payload.choice
    answer = services.answer_save(by=request.user, attempt_id=slot.attempt_id, position=slot.position,
                                  response=response)
    return _answer_out(answer)


@router.post("/training/attempts/{attempt_id}/submit", response=AttemptOut, summary="Hand in an attempt (交卷)")
def attempt_submit(request: HttpRequest, attempt_id: int) -> AttemptOut:
    return attempt_out(services.attempt_submit(by=request.user, attempt_id=attempt_id))


class GradeIn(Schema):
    points: Annotated[Decimal, decimal(places=1, maximum=100)]
    note: str = Field("", max_length=500)


@router.post("/training/answers/{answer_id}/grade", response=AnswerOut,
             summary="Grade a short answer (trainers and officers; never one's own exam)")
def answer_grade(request: HttpRequest, answer_id: int, payload: GradeIn) -> AnswerOut:
    answer = services.answer_grade(by=request.user, answer_id=answer_id, points=payload.points, note=payload.note)
    return _answer_out(answer)


class OutstandingOut(Schema):
    username: str
    institution: str
    outstanding: list[str]
    upcoming: list[str]


class CoverageOut(Schema):
    institution: str
    start: date
    end: date
    coverage_rate: Decimal | None = Field(description="% of people with mandatory items due who completed them all")
    due_people: int
    completed_people: int
    pass_rate: Decimal | None
    candidates: int
    passed: int
    hours_per_person: Decimal | None
    outstanding: list[OutstandingOut]


@router.get("/training/coverage", response=CoverageOut,
            summary="Coverage, pass rate and hours of an institution (subtree) for a year or quarter")
def coverage(request: HttpRequest, institution: str = Query(..., min_length=1, pattern=HAS_TEXT, max_length=20),
             year: int = Query(..., ge=2000, le=2100), quarter: int | None = Query(None, ge=1, le=4)) -> CoverageOut:
    target = _institution(institution)
    if not request.user.has_role(*selectors.RESULT_READERS) or not scope_for(request.user).contains(target):
        raise PermissionDenied("该机构不在您的数据范围内。", field="institution")
    period = Period.quarter(year, quarter) if quarter else Period.year(year)
    c = selectors.coverage(target, period)
    p = selectors.pass_rate(target, period)
    h = selectors.hours(target, period)
    return CoverageOut(
        institution=target.code, start=period.start, end=period.end, coverage_rate=c.rate, due_people=c.due_people,
        completed_people=c.completed_people, pass_rate=p.rate, candidates=p.candidates, passed=p.passed,
        hours_per_person=h.per_person,
        outstanding=[OutstandingOut(username=s.user.username, institution=getattr(s.user.institution, "code", ""),
                                    outstanding=s.outstanding, upcoming=s.upcoming) for s in c.outstanding])

"""Every change of the training module: plans, courses, materials, attendance (sign-in, trainer, Excel), the
question bank (one by one, Excel), exams, attempts (start, answer, hand in, time out) and grading. Each service
checks who may act, changes in one transaction and writes the audit event.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, BinaryIO

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from xiaobao.audit import services as audit
from xiaobao.core import uploads
from xiaobao.core.errors import Conflict, InvalidInput, NotFound, PermissionDenied, UnknownReference
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.org.scope import scope_for
from xiaobao.security.imports import Progress
from xiaobao.security.spreadsheets import LIMITS, SpreadsheetRefused, iter_rows, open_xlsx
from xiaobao.training import papers, selectors, transitions
from xiaobao.training.codes import (
    LETTERS,
    OBJECTIVE_KINDS,
    TRUE_FALSE_OPTIONS,
    AttemptStatus,
    AttendanceMethod,
    Difficulty,
    Format,
    MultipleScoring,
    QuestionKind,
    Topic,
)
from xiaobao.training.models import (
    Attempt,
    AttemptAnswer,
    Attendance,
    Course,
    Exam,
    Material,
    Plan,
    Question,
)

MAX_TEXT = 2000
MAX_OPTIONS = 8
MAX_IMPORT_ROWS = 2000
SIGN_IN_WINDOW = 60  # seconds a sign-in code is shown before it rotates (the previous one is still accepted)
SIGN_IN_MARGIN = timedelta(minutes=30)  # sign-in opens this long before a course and closes this long after it
IMPORT_LIMITS = dataclasses.replace(LIMITS, max_rows=MAX_IMPORT_ROWS + 1, max_columns=20)

MATERIAL_TYPES: dict[str, tuple[str, ...]] = {
    "application/pdf": (".pdf",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (".docx",),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": (".pptx",),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (".xlsx",),
    "image/jpeg": (".jpg", ".jpeg"),
    "image/png": (".png",),
    "video/mp4": (".mp4",),
    "text/plain": (".txt", ".md"),
}


# ---- helpers ---------------------------------------------------------------------------------------------

def _text(value: str | None, field: str, label: str, *, required: bool = True, limit: int = MAX_TEXT) -> str:
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(_("%(field)s is required.") % {"field": label}, field=field)
    if any(ord(ch) < 32 and ch not in "\n\r\t" for ch in text):
        raise InvalidInput(_("%(field)s contains control characters.") % {"field": label}, field=field)
    if len(text) > limit:
        raise InvalidInput(_("%(field)s is too long (at most %(n)s characters).") % {"field": label, "n": limit},
                           field=field)
    return text


def _choice(value: str | None, choices: Any, field: str) -> str:
    if value not in choices.values:
        raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": value}, field=field)
    return str(value)


def require_manager(by: User, institution: Institution | None = None) -> None:
    """Trainers and officers keep plans, courses, the bank and exams (in their own scope)."""
    if not selectors.is_manager(by):
        raise PermissionDenied(_("Only trainers and consumer-protection officers may change training records."))
    if institution is not None and not scope_for(by).contains(institution):
        raise PermissionDenied(_("This institution is outside your data scope."), field="institution")


def _audience(obj: Course | Exam, by: User, roles: Sequence[str], institutions: Sequence[Institution],
              users: Sequence[User]) -> None:
    for role in roles:
        if role not in Role.values:
            raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": role}, field="audience_roles")
    obj.audience_roles = sorted(set(roles))
    obj.save(update_fields=["audience_roles"])
    obj.audience_institutions.set(institutions)
    obj.audience_users.set(users)


def _record(action: str, obj: Any, by: User | None, **after: Any) -> None:
    audit.record(action=f"training.{action}", obj=obj, actor=by, after=after or None)


# ---- plans and courses -----------------------------------------------------------------------------------

@transaction.atomic
def plan_create(*, by: User, year: int, institution: Institution, title: str,
                idempotency_key: str | None = None) -> tuple[Plan, bool]:
    require_manager(by, institution)
    if idempotency_key:
        existing = Plan.objects.filter(created_by=by, idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing, False
    if not 2000 <= year <= 2100:
        raise InvalidInput(_("Enter a year between 2000 and 2100."), field="year")
    title = _text(title, "title", pgettext("training", "Title"), limit=200)
    if Plan.objects.filter(year=year, institution=institution).exists():
        raise Conflict(_("%(institution)s already has a training plan for %(year)s.")
                       % {"institution": institution.name, "year": year}, field="year")
    plan = Plan.objects.create(year=year, institution=institution, title=title, created_by=by,
                               idempotency_key=idempotency_key)
    _record("plan_create", plan, by, year=year, institution=institution.code)
    return plan, True


@dataclass(frozen=True)
class CourseData:
    title: str
    topic: str
    format: str
    starts_at: datetime
    ends_at: datetime
    hours: Decimal
    mandatory: bool = True
    location: str = ""
    trainer: User | None = None
    trainer_name: str = ""
    audience_roles: Sequence[str] = ()
    audience_institutions: Sequence[Institution] = ()
    audience_users: Sequence[User] = ()


def _aware(moment: datetime) -> datetime:
    return timezone.make_aware(moment, selectors.BEIJING) if timezone.is_naive(moment) else moment


@transaction.atomic
def course_add(*, by: User, plan_id: int, data: CourseData) -> Course:
    plan = selectors.plan_get(user=by, pk=plan_id)
    require_manager(by, plan.institution)
    data = dataclasses.replace(data, starts_at=_aware(data.starts_at), ends_at=_aware(data.ends_at))
    if data.ends_at <= data.starts_at:
        raise InvalidInput(_("The course must end after it starts."), field="ends_at")
    if selectors.local_date(data.starts_at).year != plan.year:
        raise InvalidInput(_("The course must take place in the plan's year."), field="starts_at")
    if not Decimal("0.5") <= data.hours <= Decimal("40"):
        raise InvalidInput(_("Training hours must be between 0.5 and 40."), field="hours")
    if data.trainer is None and not data.trainer_name.strip():
        raise InvalidInput(_("Name the trainer."), field="trainer")
    course = Course.objects.create(
        plan=plan, title=_text(data.title, "title", pgettext("training", "Title"), limit=200),
        topic=_choice(data.topic, Topic, "topic"), format=_choice(data.format, Format, "format"),
        starts_at=data.starts_at, ends_at=data.ends_at, hours=data.hours.quantize(Decimal("0.1")),
        mandatory=data.mandatory, location=_text(data.location, "location", _("Place or link"), required=False,
                                                 limit=300),
        trainer=data.trainer, trainer_name=_text(data.trainer_name, "trainer_name", pgettext("training", "Trainer"), required=False,
                                                 limit=60),
        created_by=by)
    _audience(course, by, data.audience_roles, data.audience_institutions, data.audience_users)
    _record("course_add", course, by, plan=plan.pk, topic=course.topic, mandatory=course.mandatory)
    return course


def materials_dir() -> Path:
    return Path(settings.MEDIA_ROOT) / "training"


@transaction.atomic
def material_add(*, by: User, course_id: int, name: str, stream: BinaryIO) -> Material:
    course = selectors.course_get(user=by, pk=course_id)
    require_manager(by, course.plan.institution)
    stored = uploads.store(materials_dir(), name, stream, allowed=MATERIAL_TYPES,
                           limit=settings.ATTACHMENT_MAX_BYTES,
                           refused=_("This type of file is not accepted (PDF, Word, PowerPoint, Excel, images, "
                                     "MP4 video, text)."))
    material = Material.objects.create(course=course, original_name=stored.original_name,
                                       stored_name=stored.stored_name, content_type=stored.content_type,
                                       size=stored.size, sha256=stored.sha256, uploaded_by=by)
    _record("material_add", material, by, course=course.pk, sha256=stored.sha256)
    return material


# ---- attendance ------------------------------------------------------------------------------------------

def _code_for(course: Course, window: int) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), f"training-sign-in:{course.pk}:{window}".encode(),
                      hashlib.sha256).digest()
    return f"{int.from_bytes(digest[:4], 'big') % 1_000_000:06d}"


def sign_in_code(*, by: User, course: Course, at: datetime | None = None) -> tuple[str, int]:
    """The code the trainer shows now, and the seconds until it rotates. Only managers and the trainer."""
    if not (selectors.is_manager(by) or course.trainer_id == by.pk):
        raise PermissionDenied(_("Only the course's trainer may show the sign-in code."))
    now = (at or timezone.now()).timestamp()
    window = int(now // SIGN_IN_WINDOW)
    return _code_for(course, window), SIGN_IN_WINDOW - int(now % SIGN_IN_WINDOW)


def _code_valid(course: Course, code: str, at: datetime) -> bool:
    window = int(at.timestamp() // SIGN_IN_WINDOW)
    return any(hmac.compare_digest(_code_for(course, w), code) for w in (window, window - 1))


@transaction.atomic
def sign_in(*, by: User, course_id: int, code: str, at: datetime | None = None) -> tuple[Attendance, bool]:
    """The attendee signs in for themself with the code shown now (it rotates every minute): the attendance is
    bound to the logged-in account. A second sign-in returns the first."""
    course = selectors.course_get(user=by, pk=course_id)
    now = at or timezone.now()
    if by.is_read_only or not by.has_role(*selectors.TRAINEE_ROLES):
        raise PermissionDenied(_("Your role does not attend training."))
    existing = Attendance.objects.filter(course=course, user=by).first()
    if existing is not None:
        return existing, False
    if not course.starts_at - SIGN_IN_MARGIN <= now <= course.ends_at + SIGN_IN_MARGIN:
        raise Conflict(_("Sign-in is open from 30 minutes before the course until 30 minutes after it ends."),
                       field="code")
    if not _code_valid(course, (code or "").strip(), now):
        raise InvalidInput(_("The sign-in code is wrong or has expired: enter the code shown now."), field="code")
    attendance = Attendance.objects.create(course=course, user=by, method=AttendanceMethod.CODE, hours=course.hours,
                                           signed_at=now, recorded_by=by)
    _record("sign_in", attendance, by, course=course.pk)
    return attendance, True


def _attendee(by: User, course: Course, username: str) -> User:
    user = User.objects.filter(username=username.strip(), is_active=True).select_related("institution").first()
    if user is None or not scope_for(by).contains(user.institution):
        raise UnknownReference(_("No such person in your data scope: %(name)s.") % {"name": username}, field="username")
    if user.institution is None or not user.institution.path.startswith(course.plan.institution.path):
        raise InvalidInput(_("%(name)s does not belong to the plan's institution.") % {"name": username},
                           field="username")
    return user


def _hours(value: object, default: Decimal) -> Decimal:
    if value in (None, ""):
        return default
    try:
        hours = Decimal(str(value)).quantize(Decimal("0.1"))
    except InvalidOperation as exc:
        raise InvalidInput(_("Training hours must be a number."), field="hours") from exc
    if not Decimal("0") < hours <= default:
        raise InvalidInput(_("Training hours must be more than 0 and at most the course's %(h)s.")
                           % {"h": default}, field="hours")
    return hours


@transaction.atomic
def attendance_record(*, by: User, course_id: int, username: str, hours: object = None,
                      method: str = AttendanceMethod.TRAINER) -> tuple[Attendance, bool]:
    """The trainer records someone's attendance (at most the course's hours); an existing record is kept."""
    course = selectors.course_get(user=by, pk=course_id)
    require_manager(by)
    user = _attendee(by, course, username)
    counted = _hours(hours, course.hours)
    existing = Attendance.objects.filter(course=course, user=user).first()
    if existing is not None:
        return existing, False
    attendance = Attendance.objects.create(course=course, user=user, method=method, hours=counted,
                                           signed_at=max(course.starts_at, min(timezone.now(), course.ends_at)),
                                           recorded_by=by)
    _record("attendance_record", attendance, by, course=course.pk, user=user.username, hours=str(counted))
    return attendance, True


@dataclass(frozen=True)
class RowResult:
    row: int  # the sheet's row number (the header is row 1)
    ok: bool
    message: str
    existing: bool = False  # recorded before (an attendance, a question already in the bank): nothing new


@dataclass(frozen=True)
class ImportReport:
    rows: list[RowResult]

    @property
    def imported(self) -> int:
        return sum(1 for r in self.rows if r.ok)

    @property
    def errors(self) -> list[RowResult]:
        return [r for r in self.rows if not r.ok]


def _sheet_rows(stream: BinaryIO) -> list[tuple[int, tuple[Any, ...]]]:
    try:
        with open_xlsx(stream, IMPORT_LIMITS) as workbook:
            rows = [(number, tuple(values)) for number, values in enumerate(iter_rows(workbook.active,
                                                                                       IMPORT_LIMITS), start=1)]
    except SpreadsheetRefused as exc:
        raise InvalidInput(exc.message, field="file") from exc
    return [(n, values) for n, values in rows[1:] if any(v not in (None, "") for v in values)]


def _cell(values: tuple[Any, ...], index: int) -> str:
    value = values[index] if index < len(values) else None
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def attendance_import(*, by: User, course_id: int, stream: BinaryIO, progress: Progress | None = None) -> ImportReport:
    """Columns: 用户名 (username), 学时 (hours, optional: the course's). Each row in its own transaction: a bad
    row is reported with its number and reason, the good rows are kept."""
    course = selectors.course_get(user=by, pk=course_id)
    require_manager(by, course.plan.institution)
    results: list[RowResult] = []
    rows = _sheet_rows(stream)
    for number, values in rows:
        if progress is not None:
            progress("import", len(results), len(rows))
        username = _cell(values, 0)
        try:
            if not username:
                raise InvalidInput(_("The username is empty."), field="username")
            _attendance, created = attendance_record(by=by, course_id=course.pk, username=username,
                                                     hours=_cell(values, 1), method=AttendanceMethod.IMPORT)
        except (InvalidInput, PermissionDenied, NotFound) as exc:
            results.append(RowResult(number, False, str(exc.message)))
        else:
            results.append(RowResult(number, True, _("Recorded.") if created else _("Already recorded."),
                                     existing=not created))
    return ImportReport(results)


# ---- the question bank -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class QuestionData:
    kind: str
    text: str
    options: Sequence[str] = ()
    answer: Sequence[int] = ()
    reference: str = ""
    explanation: str = ""
    tags: Sequence[str] = ()
    difficulty: int = Difficulty.MEDIUM
    source: str = ""


def clean_question(data: QuestionData) -> dict[str, Any]:
    """The question's fields, validated: choice questions need 2..8 options and the right number of answers."""
    kind = _choice(data.kind, QuestionKind, "kind")
    fields: dict[str, Any] = {"kind": kind, "text": _text(data.text, "text", _("Question")),
                              "explanation": _text(data.explanation, "explanation", _("Explanation"), required=False),
                              "source": _text(data.source, "source", pgettext("training", "Source"), required=False, limit=300),
                              "reference": "", "options": [], "answer": []}
    tags = sorted({_text(t, "tags", _("Tags"), limit=30) for t in data.tags if t and t.strip()})
    if len(tags) > 10:
        raise InvalidInput(_("At most 10 tags."), field="tags")
    fields["tags"] = tags
    if data.difficulty not in Difficulty.values:
        raise InvalidInput(_("“%(value)s” is not a valid choice.") % {"value": data.difficulty}, field="difficulty")
    fields["difficulty"] = data.difficulty
    if kind == QuestionKind.SHORT:
        fields["reference"] = _text(data.reference, "reference", _("Reference answer"))
        return fields
    options = TRUE_FALSE_OPTIONS if kind == QuestionKind.TRUE_FALSE else [
        _text(o, "options", _("Option"), limit=300) for o in data.options if o and o.strip()]
    if not 2 <= len(options) <= MAX_OPTIONS:
        raise InvalidInput(_("A choice question needs 2 to 8 options."), field="options")
    answer = sorted(set(data.answer))
    if any(not 0 <= i < len(options) for i in answer):
        raise InvalidInput(_("The answer names an option that does not exist."), field="answer")
    if kind == QuestionKind.MULTIPLE and len(answer) < 2:
        raise InvalidInput(_("A multiple-choice question has at least two correct options."), field="answer")
    if kind != QuestionKind.MULTIPLE and len(answer) != 1:
        raise InvalidInput(_("This question has exactly one correct answer."), field="answer")
    fields.update(options=options, answer=answer)
    return fields


@transaction.atomic
def question_create(*, by: User | None, data: QuestionData, key: str | None = None) -> Question:
    if by is not None:
        require_manager(by)
    question = Question.objects.create(**clean_question(data), key=key, created_by=by)
    _record("question_create", question, by, kind=question.kind, key=key or "")
    return question


@transaction.atomic
def question_set_active(*, by: User, question_id: int, active: bool, version: int) -> Question:
    require_manager(by)
    question = Question.objects.select_for_update().filter(pk=question_id).first()
    if question is None:
        raise NotFound(_("No such question."))
    if question.version != version:
        raise transitions.StaleVersion(_("The question was changed by someone else. Reload and retry."),
                                       field="version", current_version=question.version)
    question.is_active, question.version = active, question.version + 1
    question.save(update_fields=["is_active", "version"])
    _record("question_active" if active else "question_retire", question, by)
    return question


KIND_NAMES = {"单选": QuestionKind.SINGLE, "单选题": QuestionKind.SINGLE, "多选": QuestionKind.MULTIPLE,
              "多选题": QuestionKind.MULTIPLE, "判断": QuestionKind.TRUE_FALSE, "判断题": QuestionKind.TRUE_FALSE,
              "简答": QuestionKind.SHORT, "简答题": QuestionKind.SHORT, **{k: k for k in QuestionKind.values}}
DIFFICULTY_NAMES = {"易": 1, "简单": 1, "中": 2, "中等": 2, "难": 3, "困难": 3, "1": 1, "2": 2, "3": 3}
QUESTION_COLUMNS = ["题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "答案", "参考答案",
                    "解析", "标签", "难度", "来源"]


def parse_answer(kind: str, text: str) -> list[int]:
    """"A" / "A、B、D" / "ABD" / "A,B" for choice questions; 正确/错误 (对/错, √/×, T/F) for true/false."""
    value = re.sub(r"[\s,，、]+", "", text.strip().upper())
    if kind == QuestionKind.TRUE_FALSE:
        if value in ("正确", "对", "√", "T", "TRUE", "是"):
            return [0]
        if value in ("错误", "错", "×", "F", "FALSE", "否"):
            return [1]
        raise InvalidInput(_("The answer of a true/false question is 正确 or 错误."), field="answer")
    if not value or any(ch not in LETTERS for ch in value):
        raise InvalidInput(_("Give the answer as option letters, e.g. A or A、B、D."), field="answer")
    return [LETTERS.index(ch) for ch in value]


def _question_key(values: tuple[Any, ...]) -> str:
    """The key of an imported question: its row's content (the same row imported again is not a new question)."""
    content = "\x1f".join(_cell(values, i) for i in range(len(QUESTION_COLUMNS)))
    return "import-" + hashlib.sha256(content.encode()).hexdigest()[:53]  # Question.key holds 60 characters


def questions_import(*, by: User, stream: BinaryIO, progress: Progress | None = None) -> ImportReport:
    """Columns as QUESTION_COLUMNS (题型, 题干, 选项A–F, 答案, 参考答案, 解析, 标签 separated by 、or comma, 难度,
    来源). Every row is checked on its own; good rows are saved, bad rows reported with their number and reason;
    a row imported before (the same content) is not saved again."""
    require_manager(by)
    results: list[RowResult] = []
    rows = _sheet_rows(stream)
    for number, values in rows:
        if progress is not None:
            progress("import", len(results), len(rows))
        try:
            kind = KIND_NAMES.get(_cell(values, 0))
            if kind is None:
                raise InvalidInput(_("Unknown question type “%(value)s” (单选/多选/判断/简答).")
                                   % {"value": _cell(values, 0)}, field="kind")
            difficulty = DIFFICULTY_NAMES.get(_cell(values, 12) or "中")
            if difficulty is None:
                raise InvalidInput(_("Difficulty is 易, 中 or 难."), field="difficulty")
            tags = [t for t in _cell(values, 11).replace("，", ",").replace("、", ",").split(",") if t.strip()]
            data = QuestionData(
                kind=kind, text=_cell(values, 1), options=[_cell(values, i) for i in range(2, 8)],
                answer=parse_answer(kind, _cell(values, 8)) if kind != QuestionKind.SHORT else [],
                reference=_cell(values, 9), explanation=_cell(values, 10), tags=tags, difficulty=difficulty,
                source=_cell(values, 13))
            key = _question_key(values)
            if Question.objects.filter(key=key).exists():
                results.append(RowResult(number, True, _("Already in the question bank."), existing=True))
                continue
            question_create(by=by, data=data, key=key)
        except InvalidInput as exc:
            results.append(RowResult(number, False, str(exc.message)))
        else:
            results.append(RowResult(number, True, _("Imported.")))
    return ImportReport(results)


# ---- exams -----------------------------------------------------------------------------------------------

def _bank() -> list[papers.Candidate]:
    return [papers.Candidate(q.pk, q.kind, tuple(q.tags), len(q.options))
            for q in Question.objects.filter(is_active=True).only("id", "kind", "tags", "options")]


def _not_enough(exc: papers.NotEnoughQuestions) -> InvalidInput:
    return InvalidInput(_("The bank has only %(n)s active %(kind)s questions for tags %(tags)s; the rule wants "
                          "%(count)s.") % {"n": exc.available, "kind": QuestionKind(exc.rule.kind).label,
                                           "tags": "、".join(exc.rule.tags) or "—", "count": exc.rule.count},
                        field="rules")


@dataclass(frozen=True)
class ExamData:
    title: str
    rules: Sequence[papers.Rule]
    duration_minutes: int
    opens_on: date
    closes_on: date
    pass_mark: Decimal = Decimal("60")
    max_attempts: int = 2
    multiple_scoring: str = MultipleScoring.ALL_OR_NOTHING
    mandatory: bool = True
    course: Course | None = None
    audience_roles: Sequence[str] = ()
    audience_institutions: Sequence[Institution] = ()
    audience_users: Sequence[User] = ()


@transaction.atomic
def exam_create(*, by: User, institution: Institution, data: ExamData) -> Exam:
    require_manager(by, institution)
    if not data.rules or sum(r.count for r in data.rules) > 200:
        raise InvalidInput(_("A paper has 1 to 200 questions."), field="rules")
    for rule in data.rules:
        if rule.kind not in QuestionKind.values or not 1 <= rule.count <= 200 or not 0 < rule.points <= 100:
            raise InvalidInput(_("Each rule draws 1 to 200 questions of one type, worth more than 0 and at most "
                                 "100 points each."), field="rules")
    try:
        papers.check_rules(data.rules, _bank())
    except papers.NotEnoughQuestions as exc:
        raise _not_enough(exc) from exc
    if not (date(2000, 1, 1) <= data.opens_on <= date(2100, 12, 31)
            and date(2000, 1, 1) <= data.closes_on <= date(2100, 12, 31)):
        raise InvalidInput(_("Exam dates must lie between 2000 and 2100."), field="opens_on")
    if data.closes_on < data.opens_on:
        raise InvalidInput(_("The exam must close on or after the day it opens."), field="closes_on")
    if not 1 <= data.duration_minutes <= 600:
        raise InvalidInput(_("The time allowed is 1 to 600 minutes."), field="duration_minutes")
    if not Decimal("0") < data.pass_mark <= Decimal("100"):
        raise InvalidInput(_("The pass mark is a percentage above 0 and at most 100."), field="pass_mark")
    if not 1 <= data.max_attempts <= 10:
        raise InvalidInput(_("Attempts allowed: 1 to 10."), field="max_attempts")
    exam = Exam.objects.create(
        institution=institution, title=_text(data.title, "title", pgettext("training", "Title"), limit=200),
        course=data.course, rules=[r.as_dict() for r in data.rules], duration_minutes=data.duration_minutes,
        pass_mark=data.pass_mark, max_attempts=data.max_attempts,
        multiple_scoring=_choice(data.multiple_scoring, MultipleScoring, "multiple_scoring"),
        opens_on=data.opens_on, closes_on=data.closes_on, mandatory=data.mandatory, created_by=by)
    _audience(exam, by, data.audience_roles, data.audience_institutions, data.audience_users)
    _record("exam_create", exam, by, institution=institution.code, rules=exam.rules)
    return exam


# ---- attempts --------------------------------------------------------------------------------------------

def may_start(exam: Exam, user: User, *, on: date | None = None) -> tuple[bool, str]:
    """Whether `user` may start an attempt now, and why not (for the page)."""
    day = on or selectors.today()
    if not selectors.in_audience(exam, user) or user.is_read_only:
        return False, _("This exam is not for you.")
    if not exam.opens_on <= day <= exam.closes_on:
        return False, _("The exam is open from %(a)s to %(b)s.") % {"a": exam.opens_on, "b": exam.closes_on}
    attempts = list(exam.attempts.filter(candidate=user).values_list("status", flat=True))
    if AttemptStatus.PASSED in attempts:
        return False, _("You have passed this exam.")
    if AttemptStatus.GRADING in attempts:
        return False, _("Your attempt is being graded.")
    if len(attempts) >= exam.max_attempts:
        return False, _("You have used all %(n)s attempts.") % {"n": exam.max_attempts}
    return True, ""


@transaction.atomic
def attempt_start(*, by: User, exam_id: int, seed: int | None = None) -> tuple[Attempt, bool]:
    """Start (or resume) an attempt: the paper is drawn from a new random seed and stored with it."""
    exam = selectors.exam_get(user=by, pk=exam_id)
    User.objects.select_for_update().filter(pk=by.pk).first()  # one start at a time per candidate
    current = Attempt.objects.filter(exam=exam, candidate=by, status=AttemptStatus.IN_PROGRESS).first()
    if current is not None:
        return current, False
    ok, reason = may_start(exam, by)
    if not ok:
        raise Conflict(reason, field="exam")
    seed = seed if seed is not None else secrets.randbits(62)
    try:
        slots = papers.draw([papers.Rule.from_dict(r) for r in exam.rules], _bank(), seed)
    except papers.NotEnoughQuestions as exc:
        raise _not_enough(exc) from exc
    now = timezone.now()
    deadline = min(now + timedelta(minutes=exam.duration_minutes),
                   selectors.day_start(exam.closes_on) + timedelta(days=1))
    attempt = Attempt.objects.create(exam=exam, candidate=by, number=exam.attempts.filter(candidate=by).count() + 1,
                                     seed=seed, started_at=now, deadline=deadline,
                                     max_score=sum((s.points for s in slots), Decimal(0)))
    AttemptAnswer.objects.bulk_create([
        AttemptAnswer(attempt=attempt, question_id=s.question_id, position=i, option_order=list(s.option_order),
                      max_points=s.points) for i, s in enumerate(slots, start=1)])
    _record("attempt_start", attempt, by, exam=exam.pk, number=attempt.number, seed=str(seed))
    return attempt, True


def _lock_attempt(by: User | None, attempt_id: int) -> Attempt:
    if by is None:
        attempt = Attempt.objects.select_for_update().filter(pk=attempt_id).first()
        if attempt is None:
            raise NotFound(_("No such attempt."))
        return attempt
    return selectors.attempt_get(user=by, pk=attempt_id, for_update=True)


def _grade_objective(attempt: Attempt) -> None:
    partial = attempt.exam.multiple_scoring == MultipleScoring.PARTIAL
    for answer in attempt.answers.select_related("question"):
        question = answer.question
        if question.kind in OBJECTIVE_KINDS:
            response = answer.response if isinstance(answer.response, list) else []
            answer.points = papers.grade_objective(question.kind, question.answer, response, answer.max_points,
                                                   partial=partial)
            answer.save(update_fields=["points"])
        elif not (answer.response or "").strip():
            answer.points, answer.grader_note = Decimal(0), _("Not answered.")
            answer.save(update_fields=["points", "grader_note"])


def _conclude(attempt: Attempt, action: str, by: User | None) -> None:
    """Grading state after hand-in or a grade: all points known → passed / failed by the pass mark."""
    points = list(attempt.answers.values_list("points", flat=True))
    if any(p is None for p in points):
        target = AttemptStatus.GRADING
    else:
        attempt.score = sum(points, Decimal(0))
        attempt.percent = papers.percent(attempt.score, attempt.max_score)
        attempt.graded_at = timezone.now()
        target = AttemptStatus.PASSED if attempt.percent >= attempt.exam.pass_mark else AttemptStatus.FAILED
    before, after = transitions.apply(attempt, action, by, target=target)
    attempt.version += 1
    attempt.save(update_fields=["status", "score", "percent", "graded_at", "submitted_at", "timed_out", "version"])
    audit.record(action=f"training.attempt_{action}", obj=attempt, actor=by, before={"status": before},
                 after={"status": after, "score": str(attempt.score) if attempt.score is not None else None})


def _hand_in(attempt: Attempt, action: str, by: User | None) -> None:
    attempt.submitted_at = min(timezone.now(), attempt.deadline)
    attempt.timed_out = action == "time_out"
    _grade_objective(attempt)
    _conclude(attempt, action, by)


def _expire_if_due(attempt: Attempt) -> bool:
    if attempt.status == AttemptStatus.IN_PROGRESS and timezone.now() >= attempt.deadline:
        _hand_in(attempt, "time_out", None)
        return True
    return False


class TimeUp(Conflict):
    code = "time_up"


def answer_save(*, by: User, attempt_id: int, position: int, response: Sequence[int] | str | None) -> AttemptAnswer:
    """Save one answer as it is given. `response`: the positions of the chosen options as shown (0-based), or the
    text of a short answer. After the server's deadline nothing is saved: the attempt is handed in (committed)
    and TimeUp raised."""
    with transaction.atomic():
        attempt = _lock_attempt(by, attempt_id)
        if not _expire_if_due(attempt):
            return _save_answer(attempt, by, position, response)
    raise TimeUp(_("Time is up: the attempt was handed in with the answers saved before the deadline."))


def _save_answer(attempt: Attempt, by: User, position: int, response: Sequence[int] | str | None) -> AttemptAnswer:
    transitions.check(attempt, "answer", by)
    answer = attempt.answers.select_related("question").filter(position=position).first()
    if answer is None:
        raise NotFound(_("No such question on this paper."))
    kind = answer.question.kind
    if kind == QuestionKind.SHORT:
        value: Any = _text(response if isinstance(response, str) else "", "response", pgettext("training", "Answer"),
                           required=False)
    else:
        shown = response if isinstance(response, list | tuple) else []
        if any(not isinstance(i, int) or not 0 <= i < len(answer.option_order) for i in shown):
            raise InvalidInput(_("That option is not on the paper."), field="response")
        if kind != QuestionKind.MULTIPLE and len(shown) > 1:
            raise InvalidInput(_("Choose one option."), field="response")
        value = sorted({answer.option_order[i] for i in shown})
    answer.response, answer.saved_at = value, timezone.now()
    answer.save(update_fields=["response", "saved_at"])
    return answer


@transaction.atomic
def attempt_submit(*, by: User, attempt_id: int) -> Attempt:
    attempt = _lock_attempt(by, attempt_id)
    if not _expire_if_due(attempt):
        _hand_in(attempt, "submit", by)
    return attempt


def attempt_refresh(attempt: Attempt) -> Attempt:
    """Hand in an attempt whose time is up (on reading it, and from the periodic sweep)."""
    if attempt.status == AttemptStatus.IN_PROGRESS and timezone.now() >= attempt.deadline:
        with transaction.atomic():
            locked = _lock_attempt(None, attempt.pk)
            _expire_if_due(locked)
        attempt.refresh_from_db()
    return attempt


def expire_overdue() -> int:
    """Hand in every attempt past its deadline (idempotent)."""
    count = 0
    for attempt in Attempt.objects.filter(status=AttemptStatus.IN_PROGRESS, deadline__lte=timezone.now()):
        attempt_refresh(attempt)
        count += 1
    return count


@transaction.atomic
def answer_grade(*, by: User, answer_id: int, points: Decimal, note: str = "") -> AttemptAnswer:
    """A grader scores a short answer (0 .. the question's points); the last one concludes the attempt."""
    answer = (AttemptAnswer.objects.filter(pk=answer_id, attempt__in=selectors.attempts_visible_to(by))
              .select_related("question").first())
    if answer is None:
        raise NotFound(_("No such answer."))
    attempt = _lock_attempt(by, answer.attempt_id)
    transitions.check(attempt, "grade", by)
    if attempt.candidate_id == by.pk:
        raise PermissionDenied(_("Nobody grades their own exam."))
    if answer.question.kind != QuestionKind.SHORT:
        raise Conflict(_("Objective answers are graded automatically."), field="answer")
    if not Decimal(0) <= points <= answer.max_points:
        raise InvalidInput(_("Points must be between 0 and %(max)s.") % {"max": answer.max_points}, field="points")
    answer.points = points.quantize(Decimal("0.1"))
    answer.grader_note = _text(note, "note", _("Grader's note"), required=False, limit=500)
    answer.graded_by, answer.graded_at = by, timezone.now()
    answer.save(update_fields=["points", "grader_note", "graded_by", "graded_at"])
    _conclude(attempt, "grade", by)
    return answer


def grade_attempt_integrity(attempt: Attempt) -> list[papers.Slot]:
    """The paper re-drawn from the attempt's seed over the current bank (audit aid: equals the stored paper while
    the bank's active questions are unchanged)."""
    return papers.draw([papers.Rule.from_dict(r) for r in attempt.exam.rules], _bank(), attempt.seed)

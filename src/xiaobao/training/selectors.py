"""Reads of the training module, always scoped to the acting user; the audience of courses and exams; coverage
(who still has mandatory training or an exam outstanding), the measures the assessment reads, the work queue."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Q, QuerySet, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from xiaobao.core.errors import NotFound, PermissionDenied
from xiaobao.core.registry import MeasureValue, Period, QueueItem, computes_from_batch
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import CASE_ROLES, Role
from xiaobao.org.scope import all_ids, scope_for, scoped_get, split_by_subtree, subtree_ids, subtrees
from xiaobao.training.codes import FINAL_STATUSES, AttemptStatus
from xiaobao.training.models import Attempt, AttemptAnswer, Attendance, Course, Exam, Plan, Question
from xiaobao.training.transitions import GRADERS, MANAGERS

BEIJING = ZoneInfo("Asia/Shanghai")
TRAINEE_ROLES = CASE_ROLES - {Role.AUDITOR}  # who is trained and examined (auditors and pure admins are not)
RESULT_READERS = frozenset({*MANAGERS, Role.HEAD, Role.AUDITOR})  # who may read others' results in scope
BANK_READERS = frozenset({*MANAGERS, Role.AUDITOR})  # the bank holds the answers: candidates never see it


def today() -> date:
    return timezone.now().astimezone(BEIJING).date()


def day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=BEIJING)


def local_date(moment: datetime) -> date:
    return moment.astimezone(BEIJING).date()


def is_manager(user: User) -> bool:
    return user.has_role(*MANAGERS) and not user.is_read_only


# ---- scoped reads ----------------------------------------------------------------------------------------

def _ancestor_ids(user: User) -> list[int]:
    """The user's institution and those above it: their plans and exams apply to the user."""
    if user.institution_id is None:
        return []
    parts = [p for p in user.institution.path.split("/") if p]
    paths = ["/" + "/".join(parts[:i]) + "/" for i in range(1, len(parts) + 1)]
    return list(Institution.objects.filter(path__in=paths).values_list("id", flat=True))


def _institution_q(user: User, field_name: str) -> Q:
    scope = scope_for(user)
    if scope.is_empty:
        return Q(pk__in=[])
    if scope.everything:
        return Q()
    return scope.filter_q(field_name) | Q(**{f"{field_name}_id__in": _ancestor_ids(user)})


def plans_visible_to(user: User) -> QuerySet[Plan]:
    """Plans of the user's subtree and of the institutions above the user (a branch plan trains its subs)."""
    return Plan.objects.filter(_institution_q(user, "institution")).select_related("institution")


def plan_get(*, user: User, pk: int) -> Plan:
    plan = plans_visible_to(user).filter(pk=pk).first()
    if plan is None:
        raise NotFound(_("No such training plan."))
    return plan


def courses_visible_to(user: User) -> QuerySet[Course]:
    return Course.objects.filter(plan__in=plans_visible_to(user)).select_related("plan__institution", "trainer")


def course_get(*, user: User, pk: int, for_update: bool = False) -> Course:
    return scoped_get(courses_visible_to(user), pk,
                      for_update=for_update, missing=_("No such course."), related=("plan__institution",))


def exams_visible_to(user: User) -> QuerySet[Exam]:
    return Exam.objects.filter(_institution_q(user, "institution")).select_related("institution", "course")


def exam_get(*, user: User, pk: int) -> Exam:
    exam = exams_visible_to(user).filter(pk=pk).first()
    if exam is None:
        raise NotFound(_("No such exam."))
    return exam


def attempts_visible_to(user: User) -> QuerySet[Attempt]:
    """Own attempts; trainers, officers, heads and auditors also those of candidates in their scope."""
    wanted = Q(candidate=user)
    if user.has_role(*RESULT_READERS):
        wanted |= Q(candidate__in=User.objects.filter(scope_for(user).filter_q()))
    return Attempt.objects.filter(wanted).select_related("exam", "candidate__institution")


def attempt_get(*, user: User, pk: int, for_update: bool = False) -> Attempt:
    return scoped_get(attempts_visible_to(user), pk,
                      for_update=for_update, missing=_("No such attempt."), related=("exam", "candidate"))


def answer_get(*, user: User, pk: int) -> AttemptAnswer:
    answer = (AttemptAnswer.objects.filter(pk=pk, attempt__in=attempts_visible_to(user))
              .select_related("attempt", "question").first())
    if answer is None:
        raise NotFound(_("No such answer."))
    return answer


def questions_visible_to(user: User) -> QuerySet[Question]:
    if not user.has_role(*BANK_READERS):
        raise PermissionDenied(_("Only trainers, officers and auditors may see the question bank."))
    return Question.objects.all()


@dataclass(frozen=True)
class BankFilter:
    kind: str = ""
    tag: str = ""
    difficulty: int | None = None
    q: str = ""


def bank(user: User, f: BankFilter) -> QuerySet[Question]:
    qs = questions_visible_to(user)
    if f.kind:
        qs = qs.filter(kind=f.kind)
    if f.difficulty:
        qs = qs.filter(difficulty=f.difficulty)
    if f.q:
        qs = qs.filter(text__icontains=f.q)
    if f.tag:  # tags are a short JSON list, whose text differs between databases: matched here
        qs = qs.filter(pk__in=[pk for pk, tags in qs.values_list("pk", "tags") if f.tag in (tags or [])])
    return qs


def attendance_visible_to(user: User) -> QuerySet[Attendance]:
    wanted = Q(user=user)
    if user.has_role(*RESULT_READERS):
        wanted |= Q(user__in=User.objects.filter(scope_for(user).filter_q()))
    return Attendance.objects.filter(wanted).select_related("course__plan", "user")


def grading_queue(user: User) -> QuerySet[AttemptAnswer]:
    """Short answers waiting for a grader, in the grader's scope."""
    if not user.has_role(*GRADERS) or user.is_read_only:
        return AttemptAnswer.objects.none()
    return (AttemptAnswer.objects.filter(attempt__status=AttemptStatus.GRADING, points__isnull=True,
                                         attempt__in=attempts_visible_to(user))
            .select_related("attempt__exam", "attempt__candidate", "question").order_by("attempt__submitted_at", "id"))


# ---- audience --------------------------------------------------------------------------------------------

def _owner(obj: Course | Exam) -> Institution:
    return obj.plan.institution if isinstance(obj, Course) else obj.institution


def trainees(institution_ids: list[int]) -> QuerySet[User]:
    return User.objects.filter(is_active=True, institution_id__in=institution_ids,
                               groups__name__in=list(TRAINEE_ROLES)).distinct()


def audience_ids(obj: Course | Exam, within: list[int] | None = None) -> set[int]:
    """The people a course or exam is for (restricted to the institutions `within` when given)."""
    ids = subtree_ids(_owner(obj).path)
    if within is not None:
        ids = list(set(ids) & set(within))
    qs = trainees(ids)
    roles, insts, named = obj.audience_roles or [], list(obj.audience_institutions.all()), \
        [u.pk for u in obj.audience_users.all()]
    if roles or insts or named:
        wanted = Q(groups__name__in=roles) | Q(pk__in=named)
        for inst in insts:
            wanted |= Q(institution_id__in=subtree_ids(inst.path))
        qs = qs.filter(wanted)
    return set(qs.values_list("pk", flat=True))


def in_audience(obj: Course | Exam, user: User) -> bool:
    if user.institution_id is None or not user.institution.path.startswith(_owner(obj).path):
        return False
    if not user.has_role(*TRAINEE_ROLES) or not user.is_active:
        return False
    roles, insts = obj.audience_roles or [], list(obj.audience_institutions.all())
    named = {u.pk for u in obj.audience_users.all()}
    if not (roles or insts or named):
        return True
    return (user.has_role(*roles) or user.pk in named
            or any(user.institution.path.startswith(i.path) for i in insts))


def audience_label(obj: Course | Exam) -> str:
    parts = [str(Role(r).label) for r in obj.audience_roles or [] if r in Role.values]
    parts += [i.name for i in obj.audience_institutions.all()]
    parts += [str(u) for u in obj.audience_users.all()]
    return "、".join(parts) if parts else _("Everyone in %(institution)s") % {"institution": _owner(obj).name}


# ---- coverage --------------------------------------------------------------------------------------------

def _related_institution_ids(institution: Institution) -> list[int]:
    """Institutions whose plans and exams can concern people of `institution`'s subtree: above it and below."""
    parts = [p for p in institution.path.split("/") if p]
    above = ["/" + "/".join(parts[:i]) + "/" for i in range(1, len(parts))]
    return list(Institution.objects.filter(Q(path__in=above) | Q(path__startswith=institution.path))
                .values_list("id", flat=True))


@dataclass
class PersonStatus:
    user: User
    due: int = 0
    done: int = 0
    outstanding: list[str] = field(default_factory=list)  # titles of the due items not done
    upcoming: list[str] = field(default_factory=list)  # mandatory items not yet due

    @property
    def complete(self) -> bool:
        return self.due > 0 and self.done == self.due


@dataclass
class Coverage:
    institution: Institution
    period: Period
    as_of: date
    people: list[PersonStatus]
    due_people: int
    completed_people: int
    rate: Decimal | None  # %

    @property
    def outstanding(self) -> list[PersonStatus]:
        return [p for p in self.people if p.outstanding]


def _ratio(numerator: int, denominator: int) -> Decimal | None:
    if not denominator:
        return None
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def coverage(institution: Institution, period: Period, *, on: date | None = None) -> Coverage:
    """Mandatory courses (starting in the period) and mandatory exams (closing in the period) are due once their
    day has come (on or before `on`, default today); a person is covered when every due item is done — the
    course attended, the exam passed. Rate = covered people ÷ people with at least one due item."""
    as_of = on or today()
    people = _statuses(subtree_ids(institution.path), _related_institution_ids(institution), period, as_of)
    return _coverage_of(institution, period, as_of, people.values())


def coverages(institutions: Sequence[Institution], period: Period, *, on: date | None = None
              ) -> dict[int, Coverage]:
    """`coverage` of many institutions, from one pass over the courses and exams of all of them: a person's
    status depends only on the items whose audience holds them, which belong to an institution above theirs or
    theirs (audiences never leave the owner's subtree), so each institution's people read the same statuses."""
    as_of = on or today()
    trees = subtrees(institutions)
    within = all_ids(trees)
    related = sorted({pk for institution in institutions for pk in _related_institution_ids(institution)})
    people = _statuses(within, related, period, as_of)
    return {institution.pk: _coverage_of(institution, period, as_of,
                                         [p for p in people.values() if p.user.institution_id in trees[institution.pk]])
            for institution in institutions}


def _statuses(within: list[int], related: list[int], period: Period, as_of: date) -> dict[int, PersonStatus]:
    """Every person of `within` in the audience of a mandatory course or exam of `related` institutions in the
    period, with what is due, done, outstanding and upcoming."""
    cut = min(period.end, as_of)
    people: dict[int, PersonStatus] = {}

    def person(pk: int) -> PersonStatus:
        if pk not in people:
            people[pk] = PersonStatus(user=User(pk=pk))
        return people[pk]

    courses = (Course.objects.filter(mandatory=True, plan__institution_id__in=related,
                                     starts_at__gte=day_start(period.start),
                                     starts_at__lt=day_start(period.end) + timedelta(days=1))
               .select_related("plan__institution").prefetch_related("audience_institutions", "audience_users"))
    for course in courses:
        audience = audience_ids(course, within)
        attended = set(course.attendances.filter(user_id__in=audience).values_list("user_id", flat=True))
        due = local_date(course.starts_at) <= cut
        for pk in audience:
            status = person(pk)
            if not due:
                status.upcoming.append(course.title)
                continue
            status.due += 1
            if pk in attended:
                status.done += 1
            else:
                status.outstanding.append(course.title)
    exams = (Exam.objects.filter(mandatory=True, institution_id__in=related, closes_on__gte=period.start,
                                 closes_on__lte=period.end)
             .select_related("institution").prefetch_related("audience_institutions", "audience_users"))
    for exam in exams:
        audience = audience_ids(exam, within)
        passed = set(exam.attempts.filter(status=AttemptStatus.PASSED, candidate_id__in=audience)
                     .values_list("candidate_id", flat=True))
        due = exam.closes_on <= cut
        for pk in audience:
            status = person(pk)
            if pk in passed:  # passed early: done even before the exam closes
                status.due += 1
                status.done += 1
            elif not due:
                status.upcoming.append(exam.title)
            else:
                status.due += 1
                status.outstanding.append(exam.title)
    users = User.objects.in_bulk(list(people))
    for pk, status in people.items():
        status.user = users[pk]
    return people


def _coverage_of(institution: Institution, period: Period, as_of: date, people: Iterable[PersonStatus]) -> Coverage:
    rows = sorted(people, key=lambda s: (-len(s.outstanding), s.user.username))
    due_people = sum(1 for s in rows if s.due)
    completed = sum(1 for s in rows if s.complete)
    return Coverage(institution, period, as_of, rows, due_people, completed, _ratio(completed, due_people))


@dataclass(frozen=True)
class PassRate:
    candidates: int
    passed: int
    rate: Decimal | None


def pass_rate(institution: Institution, period: Period) -> PassRate:
    """Per (exam, candidate) with a finished attempt handed in during the period: passed if any attempt passed."""
    return pass_rates([institution], period)[institution.pk]


def pass_rates(institutions: Sequence[Institution], period: Period) -> dict[int, PassRate]:
    """`pass_rate` of many institutions from one query (a candidate belongs to one institution)."""
    trees = subtrees(institutions)
    finished = Attempt.objects.filter(
        candidate__institution_id__in=all_ids(trees), status__in=list(FINAL_STATUSES),
        submitted_at__gte=day_start(period.start), submitted_at__lt=day_start(period.end) + timedelta(days=1))
    rows = ((institution_id, (exam_id, candidate_id, status)) for institution_id, exam_id, candidate_id, status
            in finished.values_list("candidate__institution_id", "exam_id", "candidate_id", "status"))
    rates = {}
    for pk, attempts in split_by_subtree(trees, rows).items():
        outcome: dict[tuple[int, int], bool] = defaultdict(bool)
        for exam_id, candidate_id, status in attempts:
            outcome[(exam_id, candidate_id)] |= status == AttemptStatus.PASSED
        passed = sum(1 for ok in outcome.values() if ok)
        rates[pk] = PassRate(len(outcome), passed, _ratio(passed, len(outcome)))
    return rates


@dataclass(frozen=True)
class Hours:
    total: Decimal
    people: int
    per_person: Decimal | None


def hours(institution: Institution, period: Period) -> Hours:
    """Training hours of courses starting in the period, attended by people of the subtree, per trainee."""
    return hours_many([institution], period)[institution.pk]


def hours_many(institutions: Sequence[Institution], period: Period) -> dict[int, Hours]:
    """`hours` of many institutions: hours summed per institution and trainees listed, once for all."""
    trees = subtrees(institutions)
    ids = all_ids(trees)
    sums = (Attendance.objects.filter(user__institution_id__in=ids, course__starts_at__gte=day_start(period.start),
                                      course__starts_at__lt=day_start(period.end) + timedelta(days=1))
            .values("user__institution_id").annotate(s=Sum("hours")).order_by())
    totals = split_by_subtree(trees, ((row["user__institution_id"], row["s"] or Decimal(0)) for row in sums))
    people = split_by_subtree(trees, trainees(ids).values_list("institution_id", "pk"))
    result = {}
    for pk in trees:
        total, count = sum(totals[pk], Decimal(0)), len(set(people[pk]))
        per = (Decimal(total) / count).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) if count else None
        result[pk] = Hours(Decimal(total), count, per)
    return result


def hours_by_person(user: User, year: int) -> list[dict[str, Any]]:
    """Each visible person's training hours in `year` (每人学时), most first."""
    period = Period.year(year)
    rows = (attendance_visible_to(user).filter(course__starts_at__gte=day_start(period.start),
                                               course__starts_at__lt=day_start(period.end) + timedelta(days=1))
            .values("user_id", "user__username", "user__full_name").annotate(total=Sum("hours")).order_by("-total"))
    return [{"user_id": r["user_id"], "username": r["user__username"], "name": r["user__full_name"],
             "hours": Decimal(r["total"]).quantize(Decimal("0.1"))} for r in rows]


def coverage_url(institution: Institution, period: Period) -> str:
    return f"{reverse('training:coverage')}?institution={institution.code}&start={period.start}&end={period.end}"


def measure_coverage_rate(institution: Institution, period: Period) -> MeasureValue:
    return _coverage_value(coverage(institution, period))


def measure_coverage_rate_many(institutions: Sequence[Institution], period: Period) -> dict[int, MeasureValue]:
    return {pk: _coverage_value(c) for pk, c in coverages(institutions, period).items()}


def _coverage_value(c: Coverage) -> MeasureValue:
    institution, period = c.institution, c.period
    return MeasureValue(c.rate, evidence_url=coverage_url(institution, period), numerator=c.completed_people,
                        denominator=c.due_people,
                        detail=_("people who completed every mandatory course and exam due / people with any due"))


def _pass_rate_value(institution: Institution, period: Period, p: PassRate) -> MeasureValue:
    return MeasureValue(p.rate, evidence_url=coverage_url(institution, period), numerator=p.passed,
                        denominator=p.candidates, detail=_("candidates who passed / candidates with a graded attempt"))


def _hours_value(institution: Institution, period: Period, h: Hours) -> MeasureValue:
    return MeasureValue(h.per_person, evidence_url=coverage_url(institution, period),
                        numerator=h.total, denominator=h.people, detail=_("training hours attended / trainees"))


measure_pass_rate, measure_pass_rate_many = computes_from_batch(pass_rates, _pass_rate_value)
measure_hours, measure_hours_many = computes_from_batch(hours_many, _hours_value)


# ---- the work queue --------------------------------------------------------------------------------------

def _my_items(user: User) -> list[QueueItem]:
    if not user.is_authenticated or user.is_read_only or not user.has_role(*TRAINEE_ROLES):
        return []
    day = today()
    items: list[QueueItem] = [
        QueueItem(module="training", title=attempt.exam.title, url=reverse("training:attempt", args=[attempt.pk]),
                  status_label=_("Exam in progress"), due_at=attempt.deadline, sla="due_soon",
                  sla_label=pgettext("training", "In progress"))
        for attempt in Attempt.objects.filter(candidate=user, status=AttemptStatus.IN_PROGRESS).select_related("exam")]
    ancestors = _ancestor_ids(user)
    exams = (Exam.objects.filter(mandatory=True, institution_id__in=ancestors, opens_on__lte=day,
                                 closes_on__gte=day).prefetch_related("audience_institutions", "audience_users"))
    done = set(Attempt.objects.filter(candidate=user).exclude(status=AttemptStatus.FAILED)
               .values_list("exam_id", flat=True))
    for exam in exams:
        if exam.pk in done or not in_audience(exam, user):
            continue
        due_at = day_start(exam.closes_on) + timedelta(days=1)
        items.append(QueueItem(module="training", title=exam.title, url=reverse("training:exam", args=[exam.pk]),
                               status_label=_("Mandatory exam to take"), due_at=due_at,
                               sla="due_soon" if (exam.closes_on - day).days <= 3 else "on_time",
                               sla_label=pgettext("training", "Open"), due_label=f"{exam.closes_on:%Y-%m-%d}（含）"))
    courses = (Course.objects.filter(mandatory=True, plan__institution_id__in=ancestors,
                                     starts_at__gte=timezone.now(), starts_at__lt=timezone.now() + timedelta(days=14))
               .exclude(attendances__user=user).prefetch_related("audience_institutions", "audience_users"))
    items.extend(QueueItem(module="training", title=course.title, url=reverse("training:course", args=[course.pk]),
                           status_label=_("Mandatory course coming"), due_at=course.starts_at, sla="on_time",
                           sla_label=course.get_format_display())
                 for course in courses if in_audience(course, user))
    return items


def _grading_items(user: User, limit: int) -> list[QueueItem]:
    attempts: dict[int, Attempt] = {}
    for answer in grading_queue(user)[:limit * 5]:
        attempts.setdefault(answer.attempt_id, answer.attempt)
    return [QueueItem(module="training", title=f"{a.exam.title} · {a.candidate}",
                      url=reverse("training:grade", args=[a.pk]), status_label=_("Short answers to grade"),
                      due_at=a.submitted_at, sla="on_time", sla_label=_("Awaiting grading"))
            for a in list(attempts.values())[:limit]]


def queue_items(user: User, limit: int) -> list[QueueItem]:
    return (_my_items(user) + _grading_items(user, limit))[:limit]


def queue_count(user: User) -> int:
    graded = grading_queue(user).values("attempt_id").distinct().count()
    return len(_my_items(user)) + graded

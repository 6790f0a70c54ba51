"""Training (教育培训): yearly plans and their courses, materials, attendance, the question bank, exams and
attempts (randomised papers reproducible from the attempt's seed), answers and their grading."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from xiaobao.training.codes import (
    LETTERS,
    TRUE_FALSE_OPTIONS,
    AttemptStatus,
    AttendanceMethod,
    Difficulty,
    Format,
    MultipleScoring,
    QuestionKind,
    Topic,
)


class Plan(models.Model):
    """年度培训计划 of one institution for one year."""

    year = models.PositiveIntegerField(_("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)])
    institution = models.ForeignKey("org.Institution", verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="training_plans")
    title = models.CharField(pgettext_lazy("training", "title"), max_length=200)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)
    idempotency_key = models.CharField(max_length=200, null=True, blank=True)

    class Meta:
        verbose_name = _("training plan")
        verbose_name_plural = _("training plans")
        ordering = ["-year", "institution__path"]
        constraints = [
            models.UniqueConstraint(fields=["year", "institution"], name="training_plan_year_institution_unique"),
            models.UniqueConstraint(fields=["created_by", "idempotency_key"], name="training_plan_idempotency",
                                    condition=Q(idempotency_key__isnull=False)),
        ]

    def __str__(self) -> str:
        return f"{self.year} {self.title}"


class Audience(models.Model):
    """Who a course or an exam is for: people holding one of `audience_roles`, or in the subtree of one of
    `audience_institutions`, or named; nobody named at all means everyone of the owning institution's subtree."""

    audience_roles = models.JSONField(_("roles"), default=list, blank=True)
    audience_institutions = models.ManyToManyField("org.Institution", blank=True, related_name="+",
                                                   verbose_name=_("institutions"))
    audience_users = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+",
                                            verbose_name=_("named people"))
    mandatory = models.BooleanField(_("mandatory"), default=True)

    class Meta:
        abstract = True


class Course(Audience):
    """A course (课程) of a plan."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="courses")
    title = models.CharField(pgettext_lazy("training", "title"), max_length=200)
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    format = models.CharField(pgettext_lazy("training", "format"), max_length=20, choices=Format.choices)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    hours = models.DecimalField(_("training hours"), max_digits=4, decimal_places=1,
                                validators=[MinValueValidator(Decimal("0.5")), MaxValueValidator(Decimal("40"))])
    location = models.CharField(_("place or link"), max_length=300, blank=True)
    trainer = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("trainer"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="courses_given")
    trainer_name = models.CharField(_("trainer (external)"), max_length=60, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        ordering = ["starts_at", "id"]
        constraints = [models.CheckConstraint(condition=Q(ends_at__gt=models.F("starts_at")),
                                              name="training_course_ends_after_start")]

    def __str__(self) -> str:
        return self.title

    @property
    def institution(self):
        return self.plan.institution

    @property
    def trainer_label(self) -> str:
        return str(self.trainer) if self.trainer_id else self.trainer_name


class Material(models.Model):
    """A course material (课件), stored through core.uploads (type checked by content)."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="materials")
    original_name = models.CharField(_("file name"), max_length=200)
    stored_name = models.CharField(max_length=80, unique=True)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.original_name


class Attendance(models.Model):
    """One person's attendance of one course, with the hours it counts for (每人学时)."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="attendances")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="training_attendances")
    method = models.CharField(_("how"), max_length=20, choices=AttendanceMethod.choices)
    hours = models.DecimalField(_("training hours"), max_digits=4, decimal_places=1)
    signed_at = models.DateTimeField(_("signed in at"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        ordering = ["signed_at", "id"]
        constraints = [models.UniqueConstraint(fields=["course", "user"], name="training_attendance_once")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.course}"


class Question(models.Model):
    """题库: a question. Choice options are a list of texts; `answer` holds the indices of the correct options
    (true/false: options ["正确", "错误"]); a short-answer question keeps its reference answer in `reference`."""

    kind = models.CharField(pgettext_lazy("training", "type"), max_length=20, choices=QuestionKind.choices)
    text = models.TextField(_("question"), max_length=2000)
    options = models.JSONField(_("options"), default=list, blank=True)
    answer = models.JSONField(pgettext_lazy("training", "answer"), default=list, blank=True)
    reference = models.TextField(_("reference answer"), max_length=2000, blank=True)
    explanation = models.TextField(pgettext_lazy("training", "explanation"), max_length=2000, blank=True)
    tags = models.JSONField(_("tags"), default=list, blank=True)
    difficulty = models.PositiveSmallIntegerField(_("difficulty"), choices=Difficulty.choices,
                                                  default=Difficulty.MEDIUM)
    source = models.CharField(pgettext_lazy("training", "source"), max_length=300, blank=True)
    key = models.CharField(max_length=60, null=True, blank=True, unique=True)  # seeded questions' stable key
    is_active = models.BooleanField(_("in use"), default=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["id"]
        constraints = [models.CheckConstraint(condition=Q(kind__in=QuestionKind.values),
                                              name="training_question_kind_valid")]

    def __str__(self) -> str:
        return self.text[:40]

    def answer_label(self) -> str:
        """The key as a reader writes it: option letters joined by 、 (A、C), 正确/错误 for true/false; "" for a
        short-answer question (its key is `reference`)."""
        if self.kind == QuestionKind.TRUE_FALSE:
            names = TRUE_FALSE_OPTIONS
        elif self.kind == QuestionKind.SHORT:
            return ""
        else:
            names = list(LETTERS)
        return "、".join(names[i] for i in self.answer if isinstance(i, int) and 0 <= i < len(names))


class Exam(Audience):
    """An exam (考试): a paper built by rule from the bank, timed, with a pass mark and retakes."""

    institution = models.ForeignKey("org.Institution", verbose_name=_("institution"), on_delete=models.PROTECT,
                                    related_name="training_exams")
    title = models.CharField(pgettext_lazy("training", "title"), max_length=200)
    course = models.ForeignKey(Course, verbose_name=_("course"), null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="exams")
    rules = models.JSONField(_("paper rules"), default=list)  # [{kind, count, points, tags: [...]}]
    duration_minutes = models.PositiveIntegerField(_("time allowed (minutes)"),
                                                   validators=[MinValueValidator(1), MaxValueValidator(600)])
    pass_mark = models.DecimalField(_("pass mark (%)"), max_digits=5, decimal_places=1, default=Decimal("60"))
    max_attempts = models.PositiveSmallIntegerField(_("attempts allowed"), default=2,
                                                    validators=[MinValueValidator(1), MaxValueValidator(10)])
    multiple_scoring = models.CharField(_("multiple-choice scoring"), max_length=20, choices=MultipleScoring.choices,
                                        default=MultipleScoring.ALL_OR_NOTHING)
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(_("closes on (inclusive)"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("exam")
        verbose_name_plural = _("exams")
        ordering = ["-opens_on", "id"]
        constraints = [models.CheckConstraint(condition=Q(closes_on__gte=models.F("opens_on")),
                                              name="training_exam_closes_after_opening")]

    def __str__(self) -> str:
        return self.title


class Attempt(models.Model):
    """One candidate's attempt at an exam. The paper (questions and option order) is drawn from `seed` when the
    attempt starts and stored; `deadline` is the server's: answers after it are refused and the attempt is
    finalised as it stands."""

    exam = models.ForeignKey(Exam, on_delete=models.PROTECT, related_name="attempts")
    candidate = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="exam_attempts")
    number = models.PositiveSmallIntegerField(_("attempt"))
    seed = models.BigIntegerField()
    status = models.CharField(_("status"), max_length=20, choices=AttemptStatus.choices,
                              default=AttemptStatus.IN_PROGRESS)
    started_at = models.DateTimeField(pgettext_lazy("training", "started at"))
    deadline = models.DateTimeField(_("deadline"))
    submitted_at = models.DateTimeField(pgettext_lazy("training", "submitted at"), null=True, blank=True)
    timed_out = models.BooleanField(default=False)
    score = models.DecimalField(_("score"), max_digits=6, decimal_places=1, null=True, blank=True)
    max_score = models.DecimalField(max_digits=6, decimal_places=1)
    percent = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=1, null=True, blank=True)
    graded_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("exam attempt")
        verbose_name_plural = _("exam attempts")
        ordering = ["-started_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["exam", "candidate", "number"], name="training_attempt_number_unique"),
            models.UniqueConstraint(fields=["exam", "candidate"], name="training_one_open_attempt",
                                    condition=Q(status=AttemptStatus.IN_PROGRESS)),
            models.CheckConstraint(condition=Q(status__in=AttemptStatus.values), name="training_attempt_status"),
        ]

    def __str__(self) -> str:
        return f"{self.exam} #{self.number} {self.candidate}"

    @property
    def certificate_number(self) -> str:
        return f"PX{self.started_at:%Y}{self.pk:06d}"


class AttemptAnswer(models.Model):
    """One question of an attempt's paper: its place, the option order shown, the answer given and its points.
    `response` holds original option indices (choice questions) or the text (short answer)."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField()
    option_order = models.JSONField(default=list)
    max_points = models.DecimalField(max_digits=5, decimal_places=1)
    response = models.JSONField(null=True, blank=True)
    saved_at = models.DateTimeField(null=True, blank=True)
    points = models.DecimalField(max_digits=5, decimal_places=1, null=True, blank=True)
    graded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="+")
    graded_at = models.DateTimeField(null=True, blank=True)
    grader_note = models.CharField(_("grader's note"), max_length=500, blank=True)

    class Meta:
        ordering = ["attempt_id", "position"]
        constraints = [models.UniqueConstraint(fields=["attempt", "position"], name="training_answer_position")]

    def __str__(self) -> str:
        return f"{self.attempt_id}#{self.position}"

"""Pages of the training module (教育培训): thin — parse a form, call one service or selector, render."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from xiaobao.core.errors import DomainError, NotFound, PermissionDenied
from xiaobao.core.pagination import CappedPaginator
from xiaobao.core.registry import Period
from xiaobao.org import selectors as org_selectors
from xiaobao.org.models import Institution, User
from xiaobao.security import imports
from xiaobao.training import forms, importing, papers, selectors, services
from xiaobao.training.codes import KIND_ORDER, LETTERS, AttemptStatus, QuestionKind
from xiaobao.training.models import AttemptAnswer, Material


def _institutions(user: User) -> list[tuple[str, str]]:
    return [(i.code, f"{i.code} {i.name}") for i in org_selectors.institutions_visible_to(user)]


def _or_404(fn: Any, **kwargs: Any) -> Any:
    try:
        return fn(**kwargs)
    except NotFound as exc:
        raise Http404 from exc


def _error(request: HttpRequest, exc: DomainError) -> None:
    messages.error(request, str(exc.message))


def _tags(text: str) -> list[str]:
    return [t.strip() for t in text.replace("，", "、").replace(",", "、").split("、") if t.strip()]


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    year = int(request.GET["year"]) if request.GET.get("year", "").isdigit() else selectors.today().year
    year = min(max(year, 2000), 2100)
    plans = selectors.plans_visible_to(user).filter(year=year).prefetch_related("courses")
    exams = [e for e in selectors.exams_visible_to(user).filter(closes_on__year__gte=year - 1)
             .prefetch_related("audience_institutions", "audience_users")
             if selectors.is_manager(user) or selectors.in_audience(e, user)]
    manager = selectors.is_manager(user)
    plan_form = forms.PlanForm(request.POST or None, institutions=_institutions(user),
                               initial={"year": year, "institution": getattr(user.institution, "code", "")})
    exam_form = forms.ExamForm(None, institutions=_institutions(user),
                               initial={"institution": getattr(user.institution, "code", "")})
    if request.method == "POST" and manager and plan_form.is_valid():
        d = plan_form.cleaned_data
        try:
            plan, _new = services.plan_create(by=user, year=d["year"], title=d["title"],
                                              institution=Institution.objects.get(code=d["institution"]))
        except DomainError as exc:
            plan_form.add_error(None, str(exc.message))
        else:
            return redirect("training:plan", plan.pk)
    my_hours = sum((r["hours"] for r in selectors.hours_by_person(user, year) if r["user_id"] == user.pk),
                   Decimal(0))
    return render(request, "training/home.html", {
        "year": year, "plans": plans, "exams": exams, "manager": manager, "plan_form": plan_form,
        "exam_form": exam_form, "my_hours": my_hours,
        "my_attempts": selectors.attempts_visible_to(user).filter(candidate=user)[:20],
        "grading_count": selectors.grading_queue(user).values("attempt_id").distinct().count(),
        "bank_reader": user.has_role(*selectors.BANK_READERS),
    })


@login_required
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    plan = _or_404(selectors.plan_get, user=user, pk=pk)
    trainers = [(str(u.pk), f"{u} ({u.username})") for u in org_selectors.staff_visible_to(user)
                .filter(groups__name__in=["trainer", "officer"]).distinct()]
    form = forms.CourseForm(request.POST or None, institutions=_institutions(user), trainers=trainers,
                            initial={"mandatory": True})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        named = [n.strip() for n in d["audience_users"].replace("，", ",").split(",") if n.strip()]
        people = list(User.objects.filter(username__in=named))
        try:
            if len(people) != len(set(named)):
                raise services.InvalidInput(_("Unknown username among the named people."), field="audience_users")
            services.course_add(by=user, plan_id=plan.pk, data=services.CourseData(
                title=d["title"], topic=d["topic"], format=d["format"], starts_at=d["starts_at"],
                ends_at=d["ends_at"], hours=d["hours"], mandatory=d["mandatory"], location=d["location"],
                trainer=User.objects.filter(pk=d["trainer"]).first() if d["trainer"] else None,
                trainer_name=d["trainer_name"], audience_roles=d["audience_roles"],
                audience_institutions=list(Institution.objects.filter(code__in=d["audience_institutions"])),
                audience_users=people))
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("Course added."))
            return redirect("training:plan", plan.pk)
    courses = plan.courses.select_related("trainer").prefetch_related("audience_institutions", "audience_users")
    rows = [{"c": c, "audience": selectors.audience_label(c), "attended": c.attendances.count()} for c in courses]
    return render(request, "training/plan.html", {"plan": plan, "rows": rows, "form": form,
                                                  "manager": selectors.is_manager(user)})


def _course_context(request: HttpRequest, course: Any, **extra: Any) -> dict[str, Any]:
    user = request.user
    manager = selectors.is_manager(user)
    reader = user.has_role(*selectors.RESULT_READERS)
    attendance = selectors.attendance_visible_to(user).filter(course=course).select_related("user__institution")
    return {
        "course": course, "manager": manager, "reader": reader,
        "audience": selectors.audience_label(course), "materials": course.materials.all(),
        "attendance": attendance, "mine": course.attendances.filter(user=user).first(),
        "in_audience": selectors.in_audience(course, user),
        "shows_code": manager or course.trainer_id == user.pk,
        "code_form": extra.get("code_form") or forms.CodeForm(initial={"code": request.GET.get("code", "")}),
        "attendance_form": extra.get("attendance_form") or forms.AttendanceForm(),
        "upload_form": forms.UploadForm(),
    }


@login_required
def course_detail(request: HttpRequest, pk: int) -> HttpResponse:
    course = _or_404(selectors.course_get, user=request.user, pk=pk)
    return render(request, "training/course.html", _course_context(request, course))


@never_cache
@login_required
def course_code(request: HttpRequest, pk: int) -> HttpResponse:
    """The trainer's rotating sign-in code and its QR link (htmx refreshes it)."""
    course = _or_404(selectors.course_get, user=request.user, pk=pk)
    try:
        code, seconds = services.sign_in_code(by=request.user, course=course)
    except PermissionDenied as exc:
        raise DjangoPermissionDenied(str(exc.message)) from exc
    link = request.build_absolute_uri(reverse("training:sign-in", args=[course.pk]) + f"?code={code}")
    qr = segno.make(link, error="m").svg_inline(scale=4, dark="#111827")
    return render(request, "training/_code.html", {"course": course, "code": code, "seconds": seconds,
                                                   "link": link, "qr": qr})


@login_required
def course_sign_in(request: HttpRequest, pk: int) -> HttpResponse:
    """The attendee's sign-in (the QR link lands here with the code filled in): bound to the logged-in user."""
    course = _or_404(selectors.course_get, user=request.user, pk=pk)
    form = forms.CodeForm(request.POST or None, initial={"code": request.GET.get("code", "")})
    if request.method == "POST" and form.is_valid():
        try:
            _attendance, created = services.sign_in(by=request.user, course_id=course.pk,
                                                    code=form.cleaned_data["code"])
        except DomainError as exc:
            form.add_error("code", str(exc.message))
        else:
            messages.success(request, _("Signed in.") if created else _("You had already signed in."))
            return redirect("training:course", course.pk)
    return render(request, "training/course.html", _course_context(request, course, code_form=form))


@require_POST
@login_required
def course_attendance(request: HttpRequest, pk: int) -> HttpResponse:
    course = _or_404(selectors.course_get, user=request.user, pk=pk)
    form = forms.AttendanceForm(request.POST)
    if form.is_valid():
        try:
            _a, created = services.attendance_record(by=request.user, course_id=course.pk,
                                                     username=form.cleaned_data["username"],
                                                     hours=form.cleaned_data["hours"])
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("Attendance recorded.") if created else _("Already recorded."))
            return redirect("training:course", course.pk)
    return render(request, "training/course.html", _course_context(request, course, attendance_form=form))


@require_POST
@login_required
def course_import(request: HttpRequest, pk: int) -> HttpResponse:
    """导入签到: the upload is queued as background work; its page follows the import (security.imports)."""
    course = _or_404(selectors.course_get, user=request.user, pk=pk)
    form = forms.UploadForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            job = importing.start_attendance(form.cleaned_data["file"], by=request.user, course_id=course.pk)
        except DomainError as exc:
            _error(request, exc)
        else:
            return redirect(imports.job_url(job))
    return render(request, "training/course.html", _course_context(request, course))


@require_POST
@login_required
def material_upload(request: HttpRequest, pk: int) -> HttpResponse:
    course = _or_404(selectors.course_get, user=request.user, pk=pk)
    form = forms.UploadForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            services.material_add(by=request.user, course_id=course.pk, name=upload.name, stream=upload.file)
        except DomainError as exc:
            _error(request, exc)
        else:
            messages.success(request, _("Material uploaded."))
    return redirect("training:course", course.pk)


@login_required
def material_download(request: HttpRequest, pk: int) -> FileResponse:
    material = Material.objects.filter(pk=pk, course__in=selectors.courses_visible_to(request.user)).first()
    if material is None:
        raise Http404
    path = services.materials_dir() / material.stored_name
    if not path.exists():
        raise Http404
    return FileResponse(path.open("rb"), as_attachment=True, filename=material.original_name,
                        content_type=material.content_type)


def _bank_or_403(request: HttpRequest) -> None:
    if not request.user.has_role(*selectors.BANK_READERS):
        raise DjangoPermissionDenied(_("Only trainers, officers and auditors may see the question bank."))


@login_required
def question_bank(request: HttpRequest) -> HttpResponse:
    _bank_or_403(request)
    user = request.user
    manager = selectors.is_manager(user)
    filters = forms.BankFilterForm(request.GET or None)
    f = selectors.BankFilter()
    if filters.is_valid():
        d = filters.cleaned_data
        f = selectors.BankFilter(kind=d["kind"], tag=d["tag"], difficulty=d["difficulty"], q=d["q"])
    form = forms.QuestionForm(request.POST or None)
    if request.method == "POST":
        if not manager:
            raise DjangoPermissionDenied(_("Only trainers and consumer-protection officers may change the bank."))
        if form.is_valid():
            d = form.cleaned_data
            try:
                answer = services.parse_answer(d["kind"], d["answer"]) if d["kind"] != QuestionKind.SHORT else []
                services.question_create(by=user, data=services.QuestionData(
                    kind=d["kind"], text=d["text"], options=d["options"].splitlines(), answer=answer,
                    reference=d["reference"], explanation=d["explanation"], tags=_tags(d["tags"]),
                    difficulty=d["difficulty"], source=d["source"]))
            except DomainError as exc:
                form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
            else:
                messages.success(request, _("Question added."))
                return redirect("training:bank")
    page = CappedPaginator(selectors.bank(user, f), 30).get_page(request.GET.get("page"))
    return render(request, "training/bank.html", {"filters": filters, "page": page, "form": form,
                                                  "manager": manager, "upload_form": forms.UploadForm()})


@require_POST
@login_required
def question_import(request: HttpRequest) -> HttpResponse:
    _bank_or_403(request)
    form = forms.UploadForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            job = importing.start_questions(form.cleaned_data["file"], by=request.user)
        except PermissionDenied as exc:
            raise DjangoPermissionDenied(str(exc.message)) from exc
        except DomainError as exc:
            _error(request, exc)
        else:
            return redirect(imports.job_url(job))
    return redirect("training:bank")


@login_required
def exam_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    exam = _or_404(selectors.exam_get, user=user, pk=pk)
    may, reason = services.may_start(exam, user)
    current = exam.attempts.filter(candidate=user, status=AttemptStatus.IN_PROGRESS).first()
    results = (selectors.attempts_visible_to(user).filter(exam=exam).exclude(candidate=user)
               if user.has_role(*selectors.RESULT_READERS) else [])
    rules = [{"kind": QuestionKind(r["kind"]).label, "count": r["count"], "points": r["points"],
              "tags": "、".join(r.get("tags") or [])} for r in exam.rules]
    return render(request, "training/exam.html", {
        "exam": exam, "may": may, "reason": reason, "current": current, "rules": rules,
        "mine": exam.attempts.filter(candidate=user), "results": results,
        "audience": selectors.audience_label(exam)})


@require_POST
@login_required
def exam_create(request: HttpRequest) -> HttpResponse:
    user = request.user
    form = forms.ExamForm(request.POST, institutions=_institutions(user))
    if form.is_valid():
        d = form.cleaned_data
        tags = tuple(_tags(d["tags"]))
        rules = [papers.Rule(kind, d[kind], d[f"{kind}_points"], tags if kind != QuestionKind.SHORT else ())
                 for kind in ("single", "multiple", "true_false", "short") if d[kind]]
        try:
            exam = services.exam_create(by=user, institution=Institution.objects.get(code=d["institution"]),
                                        data=services.ExamData(
                title=d["title"], rules=rules, duration_minutes=d["duration_minutes"], opens_on=d["opens_on"],
                closes_on=d["closes_on"], pass_mark=d["pass_mark"], max_attempts=d["max_attempts"],
                multiple_scoring=d["multiple_scoring"], mandatory=d["mandatory"]))
        except DomainError as exc:
            _error(request, exc)
        else:
            return redirect("training:exam", exam.pk)
    else:
        messages.error(request, _("Check the exam form: %(errors)s")
                       % {"errors": "；".join(str(e) for errs in form.errors.values() for e in errs)})
    return redirect("training:home")


@require_POST
@login_required
def exam_start(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        attempt, _new = services.attempt_start(by=request.user, exam_id=pk)
    except NotFound as exc:
        raise Http404 from exc
    except DomainError as exc:
        _error(request, exc)
        return redirect("training:exam", pk)
    return redirect("training:attempt", attempt.pk)


def _remaining(attempt: Any) -> int:
    return max(0, int((attempt.deadline - timezone.now()).total_seconds()))


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def _paper(attempt: Any, *, reveal: bool) -> list[dict[str, Any]]:
    rows = []
    for a in attempt.answers.select_related("question"):
        q = a.question
        chosen = set(a.response) if isinstance(a.response, list) else set()
        options = [{"index": shown, "letter": LETTERS[shown], "text": q.options[original],
                    "checked": original in chosen, "correct": original in q.answer}
                   for shown, original in enumerate(a.option_order)]
        rows.append({"a": a, "q": q, "options": options, "text": a.response if isinstance(a.response, str) else "",
                     "multiple": q.kind == QuestionKind.MULTIPLE, "reveal": reveal})
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    rows.sort(key=lambda r: (order.get(r["q"].kind, 9), r["a"].position))
    return rows


@login_required
def attempt_page(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _or_404(selectors.attempt_get, user=request.user, pk=pk)
    attempt = services.attempt_refresh(attempt)
    taking = attempt.status == AttemptStatus.IN_PROGRESS and attempt.candidate_id == request.user.pk
    return render(request, "training/attempt.html", {
        "attempt": attempt, "exam": attempt.exam, "taking": taking, "remaining": _remaining(attempt),
        "clock": _clock(_remaining(attempt)),
        "paper": _paper(attempt, reveal=attempt.status in (AttemptStatus.PASSED, AttemptStatus.FAILED)),
        "answered": attempt.answers.exclude(response=None).count()})


def _hx_redirect(request: HttpRequest, url: str) -> HttpResponse:
    """htmx follows HX-Redirect; a plain request (the address typed or reloaded) gets an ordinary redirect."""
    if not request.headers.get("HX-Request"):
        return redirect(url)
    response = HttpResponse(status=204)
    response["HX-Redirect"] = url
    return response


@require_POST
@login_required
def attempt_answer(request: HttpRequest, pk: int) -> HttpResponse:
    """Save one answer (htmx, on every change). Choice answers post `choice` (shown positions), short answers
    `text`. After the deadline the page is sent to the result."""
    answer = _or_404(selectors.answer_get, user=request.user, pk=pk)
    attempt, position = answer.attempt, answer.position
    if answer.question.kind == QuestionKind.SHORT:
        response: Any = request.POST.get("text", "")
    else:
        values = request.POST.getlist("choice")
        response = [int(v) for v in values if v.isdigit() and len(v) < 3]
    try:
        saved = services.answer_save(by=request.user, attempt_id=attempt.pk, position=position, response=response)
    except services.TimeUp:
        return _hx_redirect(request, reverse("training:attempt", args=[attempt.pk]))
    except DomainError as exc:
        return render(request, "training/_saved.html", {"error": str(exc.message)}, status=exc.http_status)
    return render(request, "training/_saved.html", {"saved": saved})


@never_cache
@login_required
def attempt_timer(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = services.attempt_refresh(_or_404(selectors.attempt_get, user=request.user, pk=pk))
    if attempt.status != AttemptStatus.IN_PROGRESS:
        return _hx_redirect(request, reverse("training:attempt", args=[attempt.pk]))
    return render(request, "training/_timer.html", {"attempt": attempt, "remaining": _remaining(attempt),
                                                     "clock": _clock(_remaining(attempt))})


@require_POST
@login_required
def attempt_submit(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        services.attempt_submit(by=request.user, attempt_id=pk)
    except NotFound as exc:
        raise Http404 from exc
    except DomainError as exc:
        _error(request, exc)
    return redirect("training:attempt", pk)


@login_required
def certificate(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _or_404(selectors.attempt_get, user=request.user, pk=pk)
    if attempt.status != AttemptStatus.PASSED:
        raise Http404
    return render(request, "training/certificate.html", {"attempt": attempt, "exam": attempt.exam})


@login_required
def grading_queue(request: HttpRequest) -> HttpResponse:
    answers = selectors.grading_queue(request.user)
    attempts: dict[int, Any] = {}
    for a in answers[:500]:
        attempts.setdefault(a.attempt_id, a.attempt)
    return render(request, "training/grading.html", {"attempts": list(attempts.values())})


@login_required
def grade_attempt(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _or_404(selectors.attempt_get, user=request.user, pk=pk)
    if request.method == "POST":
        form = forms.GradeForm(request.POST)
        answer_id = request.POST.get("answer", "")
        if form.is_valid() and answer_id.isdigit():
            try:
                services.answer_grade(by=request.user, answer_id=int(answer_id), points=form.cleaned_data["points"],
                                      note=form.cleaned_data["note"])
            except DomainError as exc:
                _error(request, exc)
            else:
                messages.success(request, _("Graded."))
        else:
            messages.error(request, _("Enter the points."))
        return redirect("training:grade", attempt.pk)
    shorts = AttemptAnswer.objects.filter(attempt=attempt, question__kind=QuestionKind.SHORT).select_related(
        "question")
    return render(request, "training/grade.html", {"attempt": attempt, "shorts": shorts, "form": forms.GradeForm()})


@login_required
def coverage(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not user.has_role(*selectors.RESULT_READERS):
        raise DjangoPermissionDenied(_("Only trainers, officers, heads and auditors may see the coverage."))
    visible = list(org_selectors.institutions_visible_to(user))
    form = forms.CoverageForm(request.GET or None, institutions=[(i.code, f"{i.code} {i.name}") for i in visible])
    today = selectors.today()
    start, end, chosen = date(today.year, 1, 1), date(today.year, 12, 31), None
    if form.is_valid():
        d = form.cleaned_data
        start, end = d["start"] or start, d["end"] or end
        chosen = next((i for i in visible if i.code == d["institution"]), None)
    if end < start:
        start, end = end, start
    root = chosen or (visible[0] if visible else None)
    if root is None:
        raise Http404
    period = Period(start, end, f"{start} – {end}")
    children = [i for i in visible if i.parent_id == root.pk]
    rows = []
    for inst in [root, *children]:
        c = selectors.coverage(inst, period)
        rows.append({"i": inst, "coverage": c, "pass": selectors.pass_rate(inst, period),
                     "hours": selectors.hours(inst, period)})
    return render(request, "training/coverage.html", {"form": form, "rows": rows, "root": root, "period": period,
                                                      "detail": rows[0]["coverage"]})

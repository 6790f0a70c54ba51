"""Pages for major complaints: the board (/major/), the rules editor, recurrence analysis, notices, the case
panel (loaded into the case page by htmx) with its actions, and the intake duplicate-check fragment.

Thin: parse a form, call one service, render. Domain errors come back as a message naming the field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from xiaobao.complaints import selectors
from xiaobao.core.errors import DomainError, InvalidInput, NotFound
from xiaobao.major import grading, rectification, rules_form, services, tasks
from xiaobao.major import selectors as selectors_major
from xiaobao.major.models import (
    AccountabilityRecord,
    GradingRuleSet,
    Level,
    MajorCase,
    Measure,
    RootCause,
    RouteKind,
    RouteOutcome,
)
from xiaobao.major.models.mediation import REFERRAL_STOPS_STATUTORY_CLOCK
from xiaobao.org.roles import Role

_date = forms.DateInput(attrs={"type": "date"})
_dt_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]


def _blank(choices: Any) -> list[tuple[str, Any]]:
    return [("", "—"), *choices]


class SignalsForm(forms.Form):
    media_exposure = forms.BooleanField(label=gettext_lazy("Media or online exposure"), required=False)
    extreme_threat = forms.BooleanField(label=gettext_lazy("Threat of extreme behaviour or self-harm"), required=False)
    note = forms.CharField(label=gettext_lazy("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ConfirmForm(forms.Form):
    level = forms.ChoiceField(label=gettext_lazy("Level"), choices=_blank(Level.choices), required=False)
    reason = forms.CharField(label=gettext_lazy("Reason (for an override)"), required=False)


class ClockForm(forms.Form):
    kind = forms.ChoiceField(choices=[("first_response", "first_response"), ("report", "report")])
    note = forms.CharField(label=gettext_lazy("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class RouteForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Route"), choices=RouteKind.choices)
    body = forms.CharField(label=gettext_lazy("Mediation centre / court / arbitration body"), max_length=100)
    referred_on = forms.DateField(label=gettext_lazy("Referral date"), widget=_date)
    mediator = forms.CharField(label=gettext_lazy("Mediator / judge"), required=False, max_length=60)
    reference = forms.CharField(label=gettext_lazy("Case reference"), required=False, max_length=64)


class SessionForm(forms.Form):
    route_id = forms.IntegerField(widget=forms.HiddenInput)
    held_on = forms.DateField(label=gettext_lazy("Date"), widget=_date)
    notes = forms.CharField(label=gettext_lazy("Notes"), widget=forms.Textarea(attrs={"rows": 2}))


class OutcomeForm(forms.Form):
    route_id = forms.IntegerField(widget=forms.HiddenInput)
    outcome = forms.ChoiceField(label=gettext_lazy("Outcome"),
                                choices=[c for c in RouteOutcome.choices if c[0] != RouteOutcome.PENDING])
    outcome_on = forms.DateField(label=gettext_lazy("Outcome date"), widget=_date)
    notes = forms.CharField(label=gettext_lazy("Notes"), required=False)
    amount = forms.DecimalField(label=gettext_lazy("Amount"), required=False, min_value=0, decimal_places=2)
    agreement_id = forms.IntegerField(label=gettext_lazy("Agreement document"), required=False)


class RootCauseForm(forms.Form):
    cause = forms.CharField(label=gettext_lazy("Root cause"))  # "category/sub_cause"
    analysis = forms.CharField(label=gettext_lazy("Analysis"), widget=forms.Textarea(attrs={"rows": 3}))


class CommentForm(forms.Form):
    comment = forms.CharField(label=gettext_lazy("Comment"), required=False)


class TaskForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Task"), max_length=200)
    owner = forms.CharField(label=gettext_lazy("Owner (username)"), max_length=150)
    due_on = forms.DateField(label=gettext_lazy("Due date"), widget=_date)
    description = forms.CharField(label=gettext_lazy("Description"), required=False)


class EvidenceForm(forms.Form):
    task_id = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(label=gettext_lazy("Evidence note"))
    file = forms.FileField(label=gettext_lazy("File"), required=False)
    attachment_id = forms.IntegerField(required=False)


class VerifyForm(forms.Form):
    task_id = forms.IntegerField(widget=forms.HiddenInput)
    accepted = forms.TypedChoiceField(choices=[("1", "1"), ("0", "0")], coerce=lambda v: v == "1")
    note = forms.CharField(label=gettext_lazy("Note"), required=False)


class AccountabilityForm(forms.Form):
    finding = forms.CharField(label=gettext_lazy("Finding"), widget=forms.Textarea(attrs={"rows": 2}))
    measure = forms.ChoiceField(label=gettext_lazy("Measure"), choices=Measure.choices)
    responsible_user = forms.CharField(label=gettext_lazy("Responsible person (username)"), required=False)
    responsible_institution = forms.CharField(label=gettext_lazy("Responsible institution (code)"), required=False)
    amount = forms.DecimalField(label=gettext_lazy("Penalty amount"), required=False, min_value=0, decimal_places=2)


class DecideForm(forms.Form):
    record_id = forms.IntegerField(widget=forms.HiddenInput)
    approve = forms.TypedChoiceField(choices=[("1", "1"), ("0", "0")], coerce=lambda v: v == "1")
    note = forms.CharField(label=gettext_lazy("Note"), required=False)


def _root_cause(pk: int, by: Any, d: dict[str, Any]) -> Any:
    category, _sep, sub = d["cause"].partition("/")
    return services.rootcause.propose(complaint_id=pk, by=by, category=category, sub_cause=sub, analysis=d["analysis"])


def _evidence(pk: int, by: Any, d: dict[str, Any]) -> Any:
    upload = (d["file"].name, d["file"], d["file"].size) if d.get("file") else None
    return services.rootcause.task_submit(task_id=d["task_id"], by=by, note=d["note"],
                                          attachment_id=d.get("attachment_id"), upload=upload)


# action → (form, call(complaint pk, user, cleaned data)); tasks, routes and records are looked up by their
# services through the user's scope.
ACTIONS: dict[str, tuple[type[forms.Form] | None, Callable[[int, Any, dict[str, Any]], Any]]] = {
    "suggest": (None, lambda pk, by, d: services.grading.suggest(complaint_id=pk, by=by)),
    "signals": (SignalsForm, lambda pk, by, d: services.grading.record_signals(complaint_id=pk, by=by, **d)),
    "confirm": (ConfirmForm, lambda pk, by, d: services.grading.confirm(complaint_id=pk, by=by,
                                                                         level=d["level"] or None, reason=d["reason"])),
    "response": (ClockForm, lambda pk, by, d: services.response.clock_met(complaint_id=pk, by=by, **d)),
    "refer": (RouteForm, lambda pk, by, d: services.mediation.refer(complaint_id=pk, by=by, **d)),
    "session": (SessionForm, lambda pk, by, d: services.mediation.add_session(by=by, **d)),
    "outcome": (OutcomeForm, lambda pk, by, d: services.mediation.record_outcome(by=by, **d)),
    "root-cause": (RootCauseForm, _root_cause),
    "root-cause-confirm": (CommentForm, lambda pk, by, d: services.rootcause.confirm(complaint_id=pk, by=by, **d)),
    "rectification": (TaskForm, lambda pk, by, d: services.rootcause.task_create(complaint_id=pk, by=by, **d)),
    "evidence": (EvidenceForm, _evidence),
    "verify": (VerifyForm, lambda pk, by, d: services.rootcause.task_verify(by=by, **d)),
    "accountability": (AccountabilityForm,
                       lambda pk, by, d: services.accountability.propose(complaint_id=pk, by=by, **d)),
    "decide": (DecideForm, lambda pk, by, d: services.accountability.decide(by=by, **d)),
}


def _case(user: Any, pk: int) -> Any:
    try:
        return selectors.complaint_get(user=user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc


def _panel_context(request: HttpRequest, complaint: Any) -> dict[str, Any]:
    user, now = request.user, timezone.now()
    major = MajorCase.objects.filter(complaint=complaint).select_related("confirmed_by").first()
    clocks = ([selectors_major.clock_view(k, now) for k in major.clocks.filter(cancelled_at__isnull=True)
               .select_related("escalated_to")] if major else [])
    rules = grading.current()
    worker = not user.is_read_only and user.has_role(*services.response.CASE_WORKERS)
    approver = not user.is_read_only and user.has_role(*services.response.APPROVERS)
    return {
        "c": complaint, "major": major, "live": services.grading.preview(complaint), "clocks": clocks,
        "levels": Level.choices, "routes": complaint.external_routes.prefetch_related("sessions"),
        "route_kinds": RouteKind.choices, "outcomes": OutcomeForm.base_fields["outcome"].choices,
        "root_cause": RootCause.objects.filter(complaint=complaint).select_related("proposed_by", "confirmed_by")
        .first(), "taxonomy": rules.root_causes.values(),
        "tasks": rectification.tasks_for(complaint).filter(
            pk__in=selectors_major.rectifications_visible_to(user).values("pk")),
        "records": AccountabilityRecord.objects.filter(complaint=complaint).select_related(
            "responsible_user", "responsible_institution", "proposed_by", "decided_by"),
        "measures": Measure.choices, "attachments": complaint.attachments.all(), "today": timezone.localdate(),
        "can_work": worker, "can_approve": approver, "can_grade": not user.is_read_only and user.has_role(Role.OFFICER),
        "can_decide": not user.is_read_only and user.has_role(Role.HEAD, Role.OFFICER),
        "stops_clock": REFERRAL_STOPS_STATUTORY_CLOCK,
    }


@login_required
def case_panel(request: HttpRequest, pk: int) -> HttpResponse:
    """The major-complaint panel of a case page (fetched by htmx from `major/_case_panel.html`)."""
    return render(request, "major/panel.html", _panel_context(request, _case(request.user, pk)))


@login_required
@require_POST
def case_act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    complaint = _case(request.user, pk)
    if action not in ACTIONS:
        raise Http404
    form_class, call = ACTIONS[action]
    form = form_class(request.POST, request.FILES) if form_class else None
    error: tuple[str | None, str] | None = None
    if form is not None and not form.is_valid():
        field, errs = next(iter(form.errors.items()))
        error = (field, f"{form.fields[field].label or field}: {errs[0]}" if field in form.fields else errs[0])
    else:
        data = dict(form.cleaned_data) if form is not None else {}
        if action == "response":
            data["report"] = {k.removeprefix("report__"): v for k, v in request.POST.items() if k.startswith("report__")}
        try:
            call(pk, request.user, data)
        except DomainError as exc:
            error = (exc.field, str(exc.message))
    if error is None:
        messages.success(request, _("Saved."))
    if request.htmx:
        context = {**_panel_context(request, _case(request.user, pk)), "error": error, "error_action": action,
                   "posted": request.POST if error else {}}
        return render(request, "major/panel.html", context)  # 200 so htmx swaps the error in
    if error is not None:
        messages.error(request, error[1])
    return redirect("complaints:detail", pk=complaint.pk)


@login_required
def board(request: HttpRequest) -> HttpResponse:
    """重大投诉看板: reads the clocks; missed ones are escalated by the background worker every few minutes
    (`major.tasks.escalate_missed_clocks`), never by this page."""
    rows = selectors_major.board(request.user)
    overdue = selectors_major.overdue_rectifications(request.user)[:200]
    return render(request, "major/board.html", {"rows": rows, "overdue": overdue, "now": timezone.now(),
                                                "every": int(tasks.ESCALATION_EVERY.total_seconds() // 60)})


def _shown_rules(request: HttpRequest) -> tuple[grading.Rules, str]:
    """The rules shown: a version asked for (?version=3 / default), else the rules in force."""
    shown = request.GET.get("version", "")
    content = None
    if shown.isdigit() and len(shown) < 10:
        content = GradingRuleSet.objects.filter(version=int(shown)).values_list("content", flat=True).first()
    elif shown == grading.DEFAULT_VERSION:
        content = grading.default_text()
    if content is None:
        return grading.current(), ""
    return grading.parse(content, version=f"v{shown}" if shown.isdigit() else shown), shown


@login_required
def rules_page(request: HttpRequest) -> HttpResponse:
    """分级规则: the rules in force as a form (levels, conditions, combinations, settings) and as TOML for experts;
    the officer saves either as a new version with a reason, or previews the effect on open cases first."""
    errors: list[dict[str, str]] = []
    shown, asked = _shown_rules(request)
    current = grading.current()
    can_edit = request.user.has_role(Role.OFFICER) and not request.user.is_read_only
    editor = rules_form.RulesForm(shown)
    content, effect, status = shown.text, None, 200
    if request.method == "POST" and can_edit:
        raw = request.POST.get("mode", "toml" if "content" in request.POST else "form") == "toml"
        note = request.POST.get("note", "")
        base = request.POST.get("base_version") or None
        try:
            if raw:
                content = request.POST.get("content", "")
            else:
                editor = rules_form.RulesForm(shown, request.POST)
                if not editor.is_valid():
                    errors = editor.errors()
                    raise InvalidInput(_("Correct the marked fields."))
                content = editor.text()
            if request.POST.get("preview"):
                effect = services.grading.effect_on_open(request.user, grading.parse(content, version="preview"))
            else:
                saved = services.grading.rules_save(by=request.user, content=content, note=note, base_version=base)
                messages.success(request, _("Rules version v%(version)s is in force.") % {"version": saved.version})
                return redirect("major:rules")
        except DomainError as exc:
            errors = errors or [{"field": grading.describe(e["field"]) if e.get("field") else "",
                                 "message": e["message"]}
                                for e in exc.data.get("errors") or [{"field": exc.field or "",
                                                                     "message": str(exc.message)}]]
            status = exc.http_status
    elif request.method == "POST":
        raise PermissionDenied
    history = GradingRuleSet.objects.select_related("created_by")[:100]
    levels = dict(Level.choices)
    effect_rows = [(label, effect.now[code], effect.then[code]) for code, label in levels.items()] if effect else []
    changed = [(c, levels[a], levels[b]) for c, a, b in effect.changed[:20]] if effect else []
    return render(request, "major/rules.html", {
        "effect_rows": effect_rows, "changed": changed,
        "content": content, "current": current, "shown": shown, "asked": asked, "history": history,
        "errors": errors, "editor": editor, "effect": effect,
        "mode": request.POST.get("mode", "form"), "note": request.POST.get("note", ""), "can_edit": can_edit,
        "root_causes": shown.root_causes.values()}, status=status)


@login_required
def recurrence_page(request: HttpRequest) -> HttpResponse:
    """复发分析: where the same problem keeps coming back."""
    by = request.GET.get("by") if request.GET.get("by") in ("month", "quarter") else "month"
    cause = request.GET.get("cause") if request.GET.get("cause") in ("root", "complaint") else "root"
    months = int(request.GET["months"]) if request.GET.get("months", "").isdigit() else 12
    until = timezone.now()
    since = until - timedelta(days=31 * max(1, min(months, 36)))
    result = selectors_major.recurrence(request.user, since=since, until=until, by=by, cause_source=cause)
    rows = [result.row(c) for c in result.clusters]
    return render(request, "major/recurrence.html", {"result": result, "rows": rows, "by": by, "cause": cause,
                                                     "months": months})


@login_required
def notices_page(request: HttpRequest) -> HttpResponse:
    if request.method == "POST" and request.POST.get("notice", "").isdigit():
        try:
            notice = services.response.notice_read(notice_id=int(request.POST["notice"]), by=request.user)
        except NotFound as exc:
            raise Http404 from exc
        return redirect(notice.url or "major:notices")
    return render(request, "major/notices.html",
                  {"notices": selectors_major.notices_for(request.user)[:200]})


@login_required
@require_POST
def duplicate_check(request: HttpRequest) -> HttpResponse:
    """htmx fragment for the registration form: likely duplicates before the case is saved."""
    received: datetime | None = None
    raw = request.POST.get("received_at", "")
    for fmt in _dt_formats:
        try:
            received = timezone.make_aware(datetime.strptime(raw, fmt))  # noqa: DTZ007 - made aware here
            break
        except ValueError:
            continue
    found = selectors_major.possible_duplicates(
        request.user, request.POST.get("phone", ""), request.POST.get("id_number", ""),
        request.POST.get("policy_number", ""), received)
    return render(request, "major/_duplicates.html", {"found": found})

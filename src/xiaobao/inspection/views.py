"""Pages of sales quality inspection (销售质检): the queue, one inspection, the agent statistics. Thin: parse a form,
read through a selector, call one service, render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from xiaobao.core.errors import DomainError, NotFound
from xiaobao.core.pagination import CappedPaginator
from xiaobao.inspection import forms, labels, selectors, stats, transitions
from xiaobao.inspection import rules as rules_module
from xiaobao.inspection.services import workflow
from xiaobao.org import selectors as org_selectors
from xiaobao.org.models import User


def _institutions(user: User) -> list[tuple[str, str]]:
    return [(i.code, f"{i.code} {i.name}") for i in org_selectors.institutions_visible_to(user)]


def _get(user: User, pk: int) -> object:
    try:
        return selectors.inspection_get(user=user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    """质检队列: sampled calls and the inspections made, filtered."""
    form = forms.QueueFilterForm(request.GET or None, institutions=_institutions(request.user))
    d = form.cleaned_data if form.is_valid() else {}
    f = selectors.QueueFilter(status=d.get("status", ""), institution=d.get("institution", ""),
                              agent=d.get("agent", ""), mine=bool(d.get("mine")), q=d.get("q", ""),
                              partner=d.get("partner", ""), concluded_from=d.get("concluded_from"),
                              concluded_to=d.get("concluded_to"))
    page = CappedPaginator(selectors.queue(request.user, f), 30).get_page(request.GET.get("page"))
    template = "inspection/queue.html#rows" if request.htmx else "inspection/queue.html"
    return render(request, template, {"form": form, "page": page, "can_read": selectors.can_read(request.user)})


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One inspection: why picked, the transcript (masked) with the findings marked, decisions, conclusion."""
    from xiaobao.major import rectification

    inspection = _get(request.user, pk)
    check = inspection.auto_check
    findings = selectors.findings_of(inspection)
    scoring = rules_module.current().scoring
    suggested = workflow.suggested_score(inspection, scoring)
    may_read_call = request.user.has_role(*transitions.INSPECTORS)  # the call's content: inspectors only
    return render(request, "inspection/detail.html", {
        "i": inspection, "check": check, "sale": check.sale, "findings": findings,
        "turns": selectors.transcript_turns(inspection, findings) if may_read_call else None,
        "reasons": selectors.reasons_of(inspection), "events": selectors.events_of(inspection),
        "actions": workflow.available_actions(inspection, request.user), "suggested": suggested,
        "scoring": scoring, "conclude_form": forms.ConcludeForm(initial={"score": suggested}),
        "accountability_form": forms.AccountabilityForm(), "tasks": rectification.tasks_for(inspection),
        "playback_url": selectors.playback_url(inspection) if may_read_call else "",
        "rules_version": rules_module.version_label(check.rules_version),
        "channel_label": labels.channel_label(check.channel), "line_label": labels.line_label(check.product_line)})


def _done(request: HttpRequest, pk: int, call: object) -> HttpResponse:
    try:
        call()  # type: ignore[operator]
    except DomainError as exc:
        messages.error(request, str(exc.message))
    return redirect("inspection:detail", pk=pk)


@login_required
@require_POST
def act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """take / release / conclude / propose_accountability from the inspection page."""
    _get(request.user, pk)
    version = forms.version_of(request.POST)
    user = request.user
    if action == "take":
        return _done(request, pk, lambda: workflow.take(inspection_id=pk, version=version, by=user))
    if action == "release":
        return _done(request, pk, lambda: workflow.release(inspection_id=pk, version=version, by=user,
                                                           reason=request.POST.get("reason", "")))
    if action == "conclude":
        form = forms.ConcludeForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose a conclusion and give a score from 0 to 100."))
            return redirect("inspection:detail", pk=pk)
        d = form.cleaned_data
        return _done(request, pk, lambda: workflow.conclude(inspection_id=pk, version=version, by=user,
                                                            conclusion=d["conclusion"], score=d["score"],
                                                            note=d["note"]))
    if action == "accountability":
        form = forms.AccountabilityForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Choose a measure and describe the finding."))
            return redirect("inspection:detail", pk=pk)
        return _done(request, pk, lambda: workflow.propose_accountability(
            inspection_id=pk, by=user, measure=form.cleaned_data["measure"], finding=form.cleaned_data["finding"]))
    raise Http404


@login_required
@require_POST
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    """确认 / 推翻 one automatic finding."""
    try:
        finding = selectors.finding_get(user=request.user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc
    inspection_id = finding.auto_check.inspection.pk
    return _done(request, inspection_id, lambda: workflow.decide_finding(
        finding_id=pk, by=request.user, confirm=request.POST.get("decision") == "confirm",
        reason=request.POST.get("reason", "")))


@login_required
def agents(request: HttpRequest) -> HttpResponse:
    """销售人员质检统计: per agent and per institution, calls checked and inspected, failure rate, missing steps
    by step, violations."""
    form = forms.StatsFilterForm(request.GET or None, institutions=_institutions(request.user))
    d = form.cleaned_data if form.is_valid() else {}
    checks = selectors.checks_for_stats(request.user, institution=d.get("institution", ""),
                                        sold_from=d.get("sold_from"), sold_to=d.get("sold_to"))
    by = d.get("by") or "agent"
    rows = stats.figures(checks, by=by)
    steps = [(code, labels.step_label(code)) for code in sorted({s for r in rows for s, *_x in r.step_rates})]
    return render(request, "inspection/agents.html", {"form": form, "rows": rows, "by": by, "steps": steps,
                                                      "can_read": selectors.can_read(request.user)})


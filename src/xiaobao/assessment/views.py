"""Pages of the assessment (考核评价): thin — parse a form, call one service, render."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from xiaobao.assessment import exports, forms, indicators, selectors, services, storage, transitions
from xiaobao.assessment.codes import MeasureState, Status
from xiaobao.assessment.models import Result, Run
from xiaobao.core import progress
from xiaobao.core.errors import DomainError, NotFound
from xiaobao.core.pagination import CappedPaginator
from xiaobao.org import selectors as org_selectors
from xiaobao.org.models import Institution

EVENT_LABELS = {
    "created": gettext_lazy("Assessment started"),
    "evidence": gettext_lazy("Evidence uploaded"),
    "leadership": gettext_lazy("Leadership evaluation marked"),
    **{action: rule.label for action, rule in transitions.TRANSITIONS.items()},
}
STEPS = (Status.COLLECTING, Status.FIRST_REVIEW, Status.SECOND_REVIEW, Status.APPROVAL, Status.APPROVED)


def _run(request: HttpRequest, pk: int) -> Run:
    try:
        return selectors.run_get(user=request.user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc


def _result(request: HttpRequest, pk: int) -> Result:
    try:
        return selectors.result_get(user=request.user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc


@login_required
def run_list(request: HttpRequest) -> HttpResponse:
    page = CappedPaginator(selectors.runs_visible_to(request.user), 30).get_page(request.GET.get("page"))
    return render(request, "assessment/list.html", {"page": page, "can_manage": selectors.can_manage(request.user)})


@login_required
def run_create(request: HttpRequest) -> HttpResponse:
    if not selectors.can_manage(request.user):
        raise Http404
    templates = [(c.code, f"{c.template.name}（{indicators.version_label(c.version)}）")
                 for c in indicators.available()]
    institutions = [(i.code, f"{i.code} {i.name}") for i in org_selectors.institutions_visible_to(request.user)
                    if i.children.exists()]
    form = forms.RunForm(request.POST or None, templates=templates, institutions=institutions,
                         initial={"year": services.today().year})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            run, _new = services.run_create(by=request.user, institution=Institution.objects.get(code=d["institution"]),
                                            template_code=d["template"], period_kind=d["period_kind"], year=d["year"],
                                            quarter=d["quarter"], title=d["title"])
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("Assessment started. The measures are being computed."))
            return redirect("assessment:run", run.pk)
    return render(request, "assessment/create.html", {"form": form})


def _run_context(request: HttpRequest, run: Run) -> dict[str, Any]:
    user = request.user
    results = list(selectors.results_of(run, user))
    previous = selectors.comparison(run, user)
    template = selectors.template_of(run)
    job = run.measures_job
    return {
        "run": run, "template": template, "steps": [(s, Status(s).label, STEPS.index(s) <= STEPS.index(run.status))
                                                    for s in STEPS],
        "results": [(r, previous.get(r.institution_id)) for r in results],
        "previous": selectors.previous_run(run),
        "may": {a: transitions.may(run, a, user) for a in transitions.TRANSITIONS},
        "events": [{"at": e.at, "actor": e.actor, "label": EVENT_LABELS.get(e.action, pgettext("assessment", "Change")),
                    "status": Status(e.to_status).label if e.to_status in Status.values else "", "note": e.note}
                   for e in run.events.select_related("actor")],
        "job": progress.snapshot(job) if job is not None else None,
        "computing": run.measure_state == MeasureState.RUNNING,
        "note_form": forms.NoteForm(initial={"version": run.version}),
        "version_form": forms.VersionForm(initial={"version": run.version}),
    }


@login_required
def run_detail(request: HttpRequest, pk: int) -> HttpResponse:
    run = _run(request, pk)
    return render(request, "assessment/run.html", _run_context(request, run))


@login_required
def run_progress(request: HttpRequest, pk: int) -> HttpResponse:
    run = _run(request, pk)
    return render(request, "assessment/run.html#progress", _run_context(request, run))


ACTIONS: dict[str, Callable[..., Any]] = {
    "compute": lambda u, run, d: services.compute(run.pk, by=u, version=d["version"]),
    "start_first_review": lambda u, run, d: services.start_first_review(run.pk, by=u, version=d["version"]),
    "submit_first": lambda u, run, d: services.submit_first(run.pk, by=u, version=d["version"]),
    "submit_second": lambda u, run, d: services.submit_second(run.pk, by=u, version=d["version"]),
    "approve": lambda u, run, d: services.approve(run.pk, by=u, version=d["version"], note=d.get("note", "")),
    "send_back": lambda u, run, d: services.send_back(run.pk, by=u, version=d["version"], note=d.get("note", "")),
}


@require_POST
@login_required
def run_act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    run = _run(request, pk)
    if action not in ACTIONS:
        raise Http404
    form = forms.NoteForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please correct the form."))
        return redirect("assessment:run", run.pk)
    try:
        ACTIONS[action](request.user, run, form.cleaned_data)
    except DomainError as exc:
        messages.error(request, str(exc.message))
        return render(request, "assessment/run.html", _run_context(request, _run(request, pk)),
                      status=exc.http_status)
    messages.success(request, _("Saved."))
    return redirect("assessment:run", run.pk)


@never_cache
@login_required
def run_export(request: HttpRequest, pk: int) -> HttpResponse:
    run = _run(request, pk)
    try:
        file = exports.run_xlsx(user=request.user, run=run)
    except DomainError as exc:
        return render(request, "privacy/export_refused.html", {"error": exc}, status=exc.http_status)
    response = HttpResponse(file.content, content_type=file.content_type)
    response["Content-Disposition"] = f'attachment; filename="{file.filename}"'
    return response


def _result_context(request: HttpRequest, result: Result, **extra: Any) -> dict[str, Any]:
    run, user = result.run, request.user
    blocks = selectors.result_detail(result)
    indicator_choices = [(row.indicator.code, row.indicator.name) for block in blocks for row in block.rows]
    scoring_action = {Status.FIRST_REVIEW: "score_first", Status.SECOND_REVIEW: "score_second"}.get(run.status)
    previous = selectors.comparison(run, user).get(result.institution_id)
    return {
        "run": run, "result": result, "blocks": blocks, "info": selectors.information_readings(result),
        "previous": previous,
        "may_score": scoring_action is not None and transitions.may(run, scoring_action, user),
        "may_self": transitions.may(run, "self_assess", user, institution=result.institution),
        "may_upload": transitions.may(run, "upload_evidence", user, institution=result.institution),
        "may_leadership": transitions.may(run, "mark_leadership", user),
        "general_evidence": [e for e in result.evidence.all() if not e.indicator],
        "self_form": extra.get("self_form") or forms.SelfForm(initial={"note": result.self_note}),
        "evidence_form": extra.get("evidence_form") or forms.EvidenceForm(indicators=indicator_choices),
        "leadership_form": forms.LeadershipForm(initial={"on": not result.leadership}),
    }


@login_required
def result_detail(request: HttpRequest, pk: int) -> HttpResponse:
    result = _result(request, pk)
    return render(request, "assessment/result.html", _result_context(request, result))


@login_required
def result_report(request: HttpRequest, pk: int) -> HttpResponse:
    """The printable report of one institution (for its head)."""
    result = _result(request, pk)
    return render(request, "assessment/report.html", _result_context(request, result))


@require_POST
@login_required
def result_score(request: HttpRequest, pk: int) -> HttpResponse:
    result = _result(request, pk)
    form = forms.ScoreForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            services.score_indicator(result.pk, by=request.user, indicator=d["indicator"], score=d["score"],
                                     note=d["note"])
        except DomainError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("Score saved."))
    else:
        messages.error(request, _("Please correct the form."))
    anchor = "".join(ch for ch in str(form.data.get("indicator", "")) if ch.isalnum() or ch in "._-")
    return redirect(f"{reverse('assessment:result', args=[result.pk])}#i-{anchor}")


@require_POST
@login_required
def result_self(request: HttpRequest, pk: int) -> HttpResponse:
    result = _result(request, pk)
    form = forms.SelfForm(request.POST)
    if form.is_valid():
        try:
            services.self_assess(result.pk, by=request.user, note=form.cleaned_data["note"])
        except DomainError as exc:
            form.add_error("note", str(exc.message))
        else:
            messages.success(request, _("Saved."))
            return redirect("assessment:result", result.pk)
    return render(request, "assessment/result.html", _result_context(request, result, self_form=form), status=422)


@require_POST
@login_required
def evidence_upload(request: HttpRequest, pk: int) -> HttpResponse:
    result = _result(request, pk)
    choices = [(i.code, i.name) for i in selectors.template_of(result.run).indicators]
    form = forms.EvidenceForm(request.POST, request.FILES, indicators=choices)
    if form.is_valid():
        d = form.cleaned_data
        try:
            services.upload_evidence(result.pk, by=request.user, name=d["file"].name, stream=d["file"],
                                     indicator=d["indicator"])
        except DomainError as exc:
            form.add_error("file", str(exc.message))
        else:
            messages.success(request, _("Uploaded."))
            return redirect("assessment:result", result.pk)
    return render(request, "assessment/result.html", _result_context(request, result, evidence_form=form),
                  status=422)


@require_POST
@login_required
def result_leadership(request: HttpRequest, pk: int) -> HttpResponse:
    result = _result(request, pk)
    form = forms.LeadershipForm(request.POST)
    if form.is_valid():
        try:
            services.mark_leadership(result.pk, by=request.user, on=form.cleaned_data["on"],
                                     note=form.cleaned_data["note"])
        except DomainError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("Saved."))
    return redirect("assessment:result", result.pk)


@login_required
def evidence_download(request: HttpRequest, pk: int) -> FileResponse:
    try:
        evidence = selectors.evidence_get(user=request.user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc
    path = storage.storage_dir() / evidence.stored_name
    if not path.is_file():
        raise Http404
    return FileResponse(path.open("rb"), as_attachment=True, filename=evidence.original_name,
                        content_type=evidence.content_type)


@login_required
def template_list(request: HttpRequest) -> HttpResponse:
    """The indicator systems in force (read), and a new version (officers)."""
    form = forms.TemplateForm(request.POST or None)
    if request.method == "POST":
        if not selectors.can_manage(request.user):
            raise Http404
        if form.is_valid():
            try:
                indicators.save_version(by=request.user, content=form.cleaned_data["content"],
                                        note=form.cleaned_data["note"])
            except DomainError as exc:
                for error in exc.data.get("errors", [{"message": str(exc.message)}]):
                    form.add_error(None, error["message"])
            else:
                messages.success(request, _("A new version of the indicator system is in force."))
                return redirect("assessment:templates")
    return render(request, "assessment/templates.html",
                  {"templates": indicators.available(), "form": form, "can_manage": selectors.can_manage(request.user)},
                  status=422 if form.errors else 200)

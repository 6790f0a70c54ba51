"""Pages of the review module (消保审查): thin — parse a form, call one service, render."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from xiaobao.core.errors import DomainError, NotFound
from xiaobao.core.forms import refuse_invalid_filters
from xiaobao.core.pagination import CappedPaginator
from xiaobao.org import selectors as org_selectors
from xiaobao.org.models import Institution, User
from xiaobao.reviews import exports, forms, selectors, services, storage, transitions
from xiaobao.reviews.codes import CheckState, LegalBasis


def _institutions(user: User) -> list[tuple[str, str]]:
    return [(i.code, f"{i.code} {i.name}") for i in org_selectors.institutions_visible_to(user)]


def _get(user: User, pk: int) -> Any:
    try:
        return selectors.request_get(user=user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc


def _filters(form: forms.LedgerFilterForm) -> selectors.LedgerFilter:
    if not form.is_valid():
        return selectors.LedgerFilter()
    d = form.cleaned_data
    return selectors.LedgerFilter(kind=d["kind"], status=d["status"], institution=d["institution"],
                                  submitted_from=d["submitted_from"], submitted_to=d["submitted_to"],
                                  overdue=d["overdue"], q=d["q"])


@login_required
def review_list(request: HttpRequest) -> HttpResponse:
    form = forms.LedgerFilterForm(request.GET or None, institutions=_institutions(request.user))
    page = CappedPaginator(selectors.ledger(request.user, _filters(form)), 30).get_page(request.GET.get("page"))
    template = "reviews/list.html#rows" if request.htmx else "reviews/list.html"
    return render(request, template, {"form": form, "page": page, "today": selectors.today()})


@never_cache
@login_required
def review_export(request: HttpRequest) -> HttpResponse:
    form = forms.LedgerFilterForm(request.GET or None, institutions=_institutions(request.user))
    try:
        refuse_invalid_filters(form)
        file = exports.ledger_xlsx(user=request.user, requests=selectors.ledger(request.user, _filters(form)))
    except DomainError as exc:
        return render(request, "privacy/export_refused.html", {"error": exc}, status=exc.http_status)
    response = HttpResponse(file.content, content_type=file.content_type)
    response["Content-Disposition"] = f'attachment; filename="{file.filename}"'
    return response


@login_required
def review_create(request: HttpRequest) -> HttpResponse:
    form = forms.SubmitForm(request.POST or None, request.FILES or None, institutions=_institutions(request.user),
                            initial={"institution": getattr(request.user.institution, "code", "")})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            created, _new = services.request_submit(
                by=request.user, kind=d["kind"], title=d["title"], material_form=d["material_form"],
                institution=Institution.objects.get(code=d["institution"]), product_line=d["product_line"],
                planned_release_on=d["planned_release_on"], department=d["department"],
                partner_name=d["partner_name"],
                uploads=[services.Upload(f.name, f, d["check_as"]) for f in d["files"]])
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("Submitted. The automatic checks are running."))
            return redirect("reviews:detail", created.pk)
    return render(request, "reviews/create.html", {"form": form})


def _detail_context(request: HttpRequest, r: Any, **extra: Any) -> dict[str, Any]:
    user = request.user
    current = selectors.documents_current(r)
    docs = [(d.pk, f"{d.original_name}（v{d.revision}）") for d in current]
    findings = [(f.pk, f"{f.label}：{f.quote[:20]}") for d in current for f in d.findings.all()]
    may = {action: transitions.may(r, action, user) for action in transitions.TRANSITIONS}
    comparisons = [c for d in current if d.revision > 1
                   for c in [selectors.version_comparison(r, d.lineage)] if c is not None]
    return {
        "r": r, "documents": r.documents.prefetch_related("findings").select_related("uploaded_by"),
        "current": current, "opinions": r.opinions.select_related("document", "finding"),
        "releases": r.releases.select_related("document"), "events": r.events.select_related("actor"),
        "comparisons": comparisons, "may": may, "overdue": selectors.is_overdue(r),
        "checking": any(d.check_state == CheckState.PENDING for d in current),
        "opinion_form": extra.get("opinion_form") or forms.OpinionForm(
            documents=docs, findings=findings, initial={"version": r.version, "legal_basis": LegalBasis.INSURANCE_LAW_131}),
        "document_form": extra.get("document_form") or forms.DocumentForm(
            documents=[(d.lineage, d.original_name) for d in current], initial={"version": r.version}),
        "conclude_form": extra.get("conclude_form") or forms.ConcludeForm(initial={"version": r.version}),
        "note_form": forms.NoteForm(initial={"version": r.version}),
        "release_form": extra.get("release_form") or forms.ReleaseForm(documents=docs),
        "answer_form": forms.AnswerForm(), "decision_form": forms.DecisionForm(),
        "version_form": forms.VersionOnlyForm(initial={"version": r.version}),
        "open_action": extra.get("open_action", ""),
    }


@login_required
def review_detail(request: HttpRequest, pk: int) -> HttpResponse:
    r = _get(request.user, pk)
    if request.htmx and request.GET.get("part") == "documents":
        return render(request, "reviews/detail.html#documents", _detail_context(request, r))
    return render(request, "reviews/detail.html", _detail_context(request, r))


def _version(form: Any) -> int:
    return int(form.cleaned_data["version"])


# action → (form factory, service call). Each call gets (request user, review, cleaned data).
ACTIONS: dict[str, tuple[Callable[..., Any], Callable[..., Any]]] = {
    "take": (lambda r, data: forms.VersionOnlyForm(data),
             lambda u, r, d: services.take(request_id=r.pk, version=d["version"], by=u)),
    "send_opinions": (lambda r, data: forms.VersionOnlyForm(data),
                      lambda u, r, d: services.opinions_send(request_id=r.pk, version=d["version"], by=u)),
    "resubmit": (lambda r, data: forms.VersionOnlyForm(data),
                 lambda u, r, d: services.resubmit(request_id=r.pk, version=d["version"], by=u)),
    "conclude": (lambda r, data: forms.ConcludeForm(data),
                 lambda u, r, d: services.conclude(request_id=r.pk, version=d["version"], by=u,
                                                   conclusion=d["conclusion"], note=d["note"])),
    "countersign": (lambda r, data: forms.NoteForm(data),
                    lambda u, r, d: services.countersign(request_id=r.pk, version=d["version"], by=u, approve=True,
                                                         note=d["note"])),
    "refuse_countersign": (lambda r, data: forms.NoteForm(data),
                           lambda u, r, d: services.countersign(request_id=r.pk, version=d["version"], by=u,
                                                                approve=False, note=d["note"])),
    "withdraw": (lambda r, data: forms.NoteForm(data),
                 lambda u, r, d: services.withdraw(request_id=r.pk, version=d["version"], by=u, reason=d["note"])),
    "add_opinion": (lambda r, data: forms.OpinionForm(
        data, documents=[(d.pk, d.original_name) for d in selectors.documents_current(r)],
        findings=[(f.pk, f.label) for d in selectors.documents_current(r) for f in d.findings.all()]),
        lambda u, r, d: services.opinion_add(request_id=r.pk, version=d["version"], by=u, document_id=d["document"],
                                             finding_id=d["finding"], quote=d["quote"], severity=d["severity"],
                                             legal_basis=d["legal_basis"], legal_basis_text=d["legal_basis_text"],
                                             text=d["text"])),
}


@require_POST
@login_required
def review_act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    r = _get(request.user, pk)
    if action not in ACTIONS:
        raise Http404
    make_form, call = ACTIONS[action]
    form = make_form(r, request.POST)
    if form.is_valid():
        try:
            call(request.user, r, form.cleaned_data)
        except DomainError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("Saved."))
            return redirect("reviews:detail", r.pk)
    else:
        messages.error(request, _("Please correct the form."))
    return render(request, "reviews/detail.html",
                  _detail_context(request, r, open_action=action,
                                  **({"opinion_form": form} if action == "add_opinion" else {})), status=422)


@require_POST
@login_required
def document_upload(request: HttpRequest, pk: int) -> HttpResponse:
    r = _get(request.user, pk)
    form = forms.DocumentForm(request.POST, request.FILES,
                              documents=[(d.lineage, d.original_name) for d in selectors.documents_current(r)])
    if form.is_valid():
        d = form.cleaned_data
        try:
            services.document_add(request_id=r.pk, version=d["version"], by=request.user, lineage=d["document"],
                                  upload=services.Upload(d["file"].name, d["file"], d["check_as"]))
        except DomainError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("Uploaded. The automatic checks are running."))
        return redirect("reviews:detail", r.pk)
    return render(request, "reviews/detail.html", _detail_context(request, r, document_form=form), status=422)


@require_POST
@login_required
def opinion_answer(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        opinion = selectors.opinion_get(user=request.user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc
    form = forms.AnswerForm(request.POST)
    if form.is_valid():
        try:
            services.opinion_answer(opinion_id=opinion.pk, by=request.user, **form.cleaned_data)
        except DomainError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("Answer saved."))
    return redirect("reviews:detail", opinion.request_id)


@require_POST
@login_required
def finding_decide(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        finding = selectors.finding_get(user=request.user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc
    form = forms.DecisionForm(request.POST)
    if form.is_valid():
        try:
            services.finding_decide(finding_id=finding.pk, by=request.user, **form.cleaned_data)
        except DomainError as exc:
            messages.error(request, str(exc.message))
    return redirect("reviews:detail", finding.document.request_id)


@require_POST
@login_required
def release_register(request: HttpRequest, pk: int) -> HttpResponse:
    r = _get(request.user, pk)
    form = forms.ReleaseForm(request.POST, documents=[(d.pk, d.original_name) for d in r.documents.all()])
    if form.is_valid():
        d = form.cleaned_data
        try:
            services.release_register(request_id=r.pk, by=request.user, document_id=d["document"],
                                      channel=d["channel"], location=d["location"], published_on=d["published_on"])
        except DomainError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("Release registered."))
            return redirect("reviews:detail", r.pk)
    return render(request, "reviews/detail.html", _detail_context(request, r, release_form=form,
                                                                 open_action="release"), status=422)


@login_required
def document_download(request: HttpRequest, pk: int) -> FileResponse:
    try:
        document = selectors.document_get(user=request.user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc
    path = storage.storage_dir() / document.stored_name
    if not path.is_file():
        raise Http404
    return FileResponse(path.open("rb"), as_attachment=True, filename=document.original_name,
                        content_type=document.content_type)


@login_required
def monitoring(request: HttpRequest) -> HttpResponse:
    user = request.user
    form = forms.MonitoringForm(request.POST or None, institutions=_institutions(user))
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            record = services.monitoring_record(
                by=user, institution=Institution.objects.get(code=d["institution"]), source=d["source"],
                seen_on=d["seen_on"], text=d["text"], location=d["location"], agent_name=d["agent_name"],
                partner_name=d["partner_name"])
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("Recorded: %(status)s.") % {"status": record.get_status_display()})
            return redirect("reviews:monitoring")
    # its own ids: the record form above has an "institution" field too (two #id_institution on one page)
    filters = forms.MonitoringFilterForm(request.GET or None, institutions=_institutions(user), auto_id="filter_%s")
    d = filters.cleaned_data if filters.is_valid() else {}
    records = selectors.monitoring_list(user, selectors.MonitoringFilter(
        institution=d.get("institution", ""), partner=d.get("partner", ""), seen_from=d.get("seen_from"),
        seen_to=d.get("seen_to"), flagged=bool(d.get("flagged")))).defer("text")
    page = CappedPaginator(records, 30).get_page(request.GET.get("page"))
    return render(request, "reviews/monitoring.html", {
        "form": form, "filters": filters, "page": page, "offenders": selectors.repeat_offenders(user),
        "can_record": user.has_role(*selectors.REVIEWER_ROLES) and not user.is_read_only})

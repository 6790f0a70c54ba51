"""Pages of the partners module (合作机构管理): thin — parse a form, call one service, render."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from xiaobao.core.errors import DomainError, NotFound, PermissionDenied
from xiaobao.core.forms import refuse_invalid_filters
from xiaobao.core.pagination import CappedPaginator
from xiaobao.core.registry import Period
from xiaobao.org import selectors as org_selectors
from xiaobao.org.models import Institution, User
from xiaobao.org.scope import scope_for
from xiaobao.partners import exports, facts, forms, importing, selectors, services, storage, transitions
from xiaobao.partners.codes import Clause, Outcome
from xiaobao.partners.models import Contact, Partner
from xiaobao.privacy.forms import UnmaskForm
from xiaobao.privacy.masking import NAME, PHONE, mask
from xiaobao.privacy.views import unmask_control
from xiaobao.security import imports


def _institutions(user: User) -> list[tuple[str, str]]:
    return [(i.code, f"{i.code} {i.name}") for i in org_selectors.institutions_visible_to(user)]


def _get(user: User, pk: int) -> Partner:
    try:
        return selectors.partner_get(user=user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc


def _filters(form: forms.FilterForm) -> selectors.RegistryFilter:
    if not form.is_valid():
        return selectors.RegistryFilter()
    d = form.cleaned_data
    return selectors.RegistryFilter(q=d["q"], kind=d["kind"], status=d["status"], institution=d["institution"],
                                    blacklisted=d["blacklisted"], licence_expiring=d["licence_expiring"])


@login_required
def partner_list(request: HttpRequest) -> HttpResponse:
    form = forms.FilterForm(request.GET or None, institutions=_institutions(request.user))
    qs = selectors.registry(request.user, _filters(form)).prefetch_related("former_names")
    page = CappedPaginator(qs, 30).get_page(request.GET.get("page"))
    template = "partners/list.html#rows" if request.htmx else "partners/list.html"
    return render(request, template, {"form": form, "page": page, "today": selectors.today(),
                                      "may_manage": request.user.has_role(*transitions.MANAGERS)
                                      and not request.user.is_read_only})


@never_cache
@login_required
def partner_export(request: HttpRequest) -> HttpResponse:
    form = forms.FilterForm(request.GET or None, institutions=_institutions(request.user))
    try:
        refuse_invalid_filters(form)
        file = exports.registry_xlsx(user=request.user, partners=selectors.registry(request.user, _filters(form)))
    except DomainError as exc:
        return render(request, "privacy/export_refused.html", {"error": exc}, status=exc.http_status)
    response = HttpResponse(file.content, content_type=file.content_type)
    response["Content-Disposition"] = f'attachment; filename="{file.filename}"'
    return response


def _partner_args(d: dict[str, Any]) -> dict[str, Any]:
    return {"name": d["name"], "kind": d["kind"], "licence_number": d["licence_number"],
            "licence_expires_on": d["licence_expires_on"], "business_scope": d["business_scope"],
            "institutions": list(Institution.objects.filter(code__in=d["institutions"])),
            "former_names": d["former_names"].splitlines()}


@login_required
def partner_create(request: HttpRequest) -> HttpResponse:
    form = forms.PartnerForm(request.POST or None, institutions=_institutions(request.user),
                             initial={"institutions": [getattr(request.user.institution, "code", "")]})
    if request.method == "POST" and form.is_valid():
        try:
            partner, _new = services.partner_register(by=request.user, credit_code=form.cleaned_data["credit_code"],
                                                      **_partner_args(form.cleaned_data))
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("Partner registered."))
            return redirect("partners:detail", partner.pk)
    return render(request, "partners/create.html", {"form": form})


@login_required
def partner_edit(request: HttpRequest, pk: int) -> HttpResponse:
    partner = _get(request.user, pk)
    initial = {"name": partner.name, "kind": partner.kind, "credit_code": partner.credit_code,
               "licence_number": partner.licence_number, "licence_expires_on": partner.licence_expires_on,
               "business_scope": partner.business_scope,
               "institutions": [i.code for i in partner.institutions.all()]}
    form = forms.PartnerForm(request.POST or None, institutions=_institutions(request.user), initial=initial)
    form.fields["credit_code"].disabled = True
    if request.method == "POST" and form.is_valid():
        try:
            services.partner_update(partner_id=pk, version=int(request.POST.get("version", "0") or 0),
                                    by=request.user, **_partner_args(form.cleaned_data))
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("Saved."))
            return redirect("partners:detail", pk)
    return render(request, "partners/create.html", {"form": form, "partner": partner})


@login_required
def partner_detail(request: HttpRequest, pk: int) -> HttpResponse:
    partner = _get(request.user, pk)
    user = request.user
    listings = list(partner.listings.select_related("requested_by", "approved_by", "lift_requested_by", "lifted_by"))
    agreements = list(partner.agreements.select_related("confirmed_by"))
    evaluations = list(partner.evaluations.select_related("evaluated_by"))
    this_year = selectors.today().year
    asked = request.GET.get("year", "")
    year = int(asked) if asked.isdigit() and 2000 <= int(asked) <= this_year else this_year - 1
    shown = facts.preview(partner, year)
    return render(request, "partners/detail.html", {
        "p": partner, "listing": selectors.listing_in_force(partner), "listings": [
            (x, [(a, transitions.TRANSITIONS[a].label) for a in ("approve_listing", "reject_listing",
                                                                  "request_lift", "approve_lift", "reject_lift")
                 if transitions.may(x, a, user)]) for x in listings],
        "steps": [(x, transitions.TRANSITIONS[x.action].label if x.action in transitions.TRANSITIONS else "")
                  for x in partner.steps.select_related("actor")],
        "contacts": [(c, mask(c.name, NAME), mask(c.phone, PHONE)) for c in partner.contacts.all()],
        "agreements": [(a, _checklist(a)) for a in agreements],
        "violations": partner.violations.all(), "preview": shown, "suggested": Outcome(shown.suggested).label,
        "evaluated": next((e for e in evaluations if e.year == year), None),
        "evaluations": [(e, shown.figures if e.year == year else facts.figures([partner], Period.year(e.year))[partner.pk])
                        for e in evaluations],
        "complaints": partner.complaints.filter(scope_for(user).filter_q()).order_by("-received_at")[:20],
        "step_actions": [(a, rule.label) for a, rule in transitions.TRANSITIONS.items()
                         if rule.subject == transitions.PARTNER and transitions.may(partner, a, user)],
        "may_manage": user.has_role(*transitions.MANAGERS) and not user.is_read_only,
        "may_list": transitions.may(None, "request_listing", user) and not any(
            x.status in ("requested", "active", "lift_requested") for x in listings),
        "step_form": forms.StepForm(initial={"version": partner.version}),
        "listing_form": forms.ListingForm(initial={"starts_on": selectors.today()}),
        "contact_form": forms.ContactForm(), "agreement_form": forms.AgreementForm(),
        "violation_form": forms.ViolationForm(), "rectified_form": forms.RectifiedForm(initial={"on": selectors.today()}), "evaluation_form": forms.EvaluationForm(initial={"year": year}),
    })


def _checklist(agreement: Any) -> list[tuple[Any, str]]:
    """(the clause's present / missing field, the key phrase the scan found) per required clause."""
    form = forms.ChecklistForm(initial_states=agreement.clauses or {})
    return [(form[code], (agreement.found or {}).get(code, "")) for code in Clause.values]


def _run(request: HttpRequest, pk: int, call: Callable[[], object], done: str) -> HttpResponse:
    try:
        call()
    except DomainError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, done)
    return redirect("partners:detail", pk)


def _upload(request: HttpRequest, name: str = "evidence") -> services.Upload | None:
    file = request.FILES.get(name)
    return services.Upload(file.name or "file", file) if file else None


def _form_error(request: HttpRequest, form: Any, pk: int) -> HttpResponse:
    messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
    return redirect("partners:detail", pk)


@require_POST
@login_required
def partner_step(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    form = forms.StepForm(request.POST, request.FILES)
    if not form.is_valid():
        return _form_error(request, form, pk)
    d = form.cleaned_data
    return _run(request, pk, lambda: services.step(partner_id=pk, version=d["version"], action=action,
                                                   by=request.user, note=d["note"], evidence=_upload(request)),
                _("Done."))


@require_POST
@login_required
def listing_request(request: HttpRequest, pk: int) -> HttpResponse:
    form = forms.ListingForm(request.POST, request.FILES)
    if not form.is_valid():
        return _form_error(request, form, pk)
    d = form.cleaned_data
    return _run(request, pk, lambda: services.listing_request(
        partner_id=pk, by=request.user, reason=d["reason"], starts_on=d["starts_on"], ends_on=d["ends_on"],
        evidence=_upload(request)), _("Blacklisting requested: another approver must approve it."))


@require_POST
@login_required
def listing_act(request: HttpRequest, pk: int, listing_id: int, action: str) -> HttpResponse:
    form = forms.ListingActionForm(request.POST)
    if not form.is_valid():
        return _form_error(request, form, pk)
    d = form.cleaned_data
    return _run(request, pk, lambda: services.listing_act(listing_id=listing_id, version=d["version"], action=action,
                                                          by=request.user, note=d["note"]), _("Done."))


@require_POST
@login_required
def contact_add(request: HttpRequest, pk: int) -> HttpResponse:
    form = forms.ContactForm(request.POST)
    if not form.is_valid():
        return _form_error(request, form, pk)
    return _run(request, pk, lambda: services.contact_add(partner_id=pk, by=request.user, **form.cleaned_data),
                _("Contact added."))


@require_POST
@login_required
def agreement_upload(request: HttpRequest, pk: int) -> HttpResponse:
    form = forms.AgreementForm(request.POST, request.FILES)
    if not form.is_valid():
        return _form_error(request, form, pk)
    d = form.cleaned_data
    return _run(request, pk, lambda: services.agreement_upload(
        partner_id=pk, by=request.user, upload=services.Upload(d["file"].name, d["file"]), signed_on=d["signed_on"],
        expires_on=d["expires_on"], number=d["number"]), _("Agreement stored. Confirm the clause checklist."))


@require_POST
@login_required
def agreement_confirm(request: HttpRequest, pk: int, agreement_id: int) -> HttpResponse:
    states = {code: request.POST.get(code, "") for code in Clause.values}
    return _run(request, pk, lambda: services.agreement_confirm(agreement_id=agreement_id, by=request.user,
                                                                states=states), _("Checklist confirmed."))


@login_required
def agreement_download(request: HttpRequest, pk: int, agreement_id: int) -> FileResponse:
    try:
        agreement = selectors.agreement_get(user=request.user, pk=agreement_id)
    except NotFound as exc:
        raise Http404 from exc
    if agreement.partner_id != pk:
        raise Http404
    return FileResponse(storage.path_of(agreement.stored_name).open("rb"), as_attachment=True,
                        filename=agreement.original_name, content_type=agreement.content_type)


@require_POST
@login_required
def violation_record(request: HttpRequest, pk: int) -> HttpResponse:
    form = forms.ViolationForm(request.POST, request.FILES)
    if not form.is_valid():
        return _form_error(request, form, pk)
    d = form.cleaned_data
    return _run(request, pk, lambda: services.violation_record(
        partner_id=pk, by=request.user, what=d["what"], occurred_on=d["occurred_on"], source=d["source"],
        reference=d["reference"], evidence=_upload(request)), _("Violation recorded."))


@require_POST
@login_required
def violation_rectified(request: HttpRequest, pk: int, violation_id: int) -> HttpResponse:
    form = forms.RectifiedForm(request.POST)
    if not form.is_valid():
        return _form_error(request, form, pk)
    _get(request.user, pk)  # the partner in scope (the service checks the violation's)
    return _run(request, pk, lambda: services.violation_rectified(violation_id=violation_id, by=request.user,
                                                                  on=form.cleaned_data["on"]),
                _("Rectification recorded."))


@require_POST
@login_required
def evaluate(request: HttpRequest, pk: int) -> HttpResponse:
    form = forms.EvaluationForm(request.POST)
    if not form.is_valid():
        return _form_error(request, form, pk)
    d = form.cleaned_data
    return _run(request, pk, lambda: services.evaluate(partner_id=pk, by=request.user, year=d["year"],
                                                       outcome=d["outcome"], note=d["note"]), _("Evaluated."))


@login_required
def partner_import(request: HttpRequest) -> HttpResponse:
    """导入合作机构台账: the upload is queued as background work; its page follows the import (security.imports). A
    role that may not change the registry is refused the page (the Chinese 403 page with the reason)."""
    if not importing.may_import(request.user):
        raise PermissionDenied(_("Your role may not change the partner registry."))
    form = forms.ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = imports.start(importing.JOB_KIND, form.cleaned_data["file"], by=request.user)
        except DomainError as exc:
            form.add_error("file", str(exc.message))
        else:
            return redirect(imports.job_url(job))
    return render(request, "partners/import.html", {
        "form": form, "recent": imports.recent(request.user, importing.JOB_KIND)}, status=422 if form.errors else 200)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def contact_unmask(request: HttpRequest, pk: int, contact_id: int, field: str) -> HttpResponse:
    """GET: the reason form (privacy's unmask control). POST: the contact's field in clear for this response only,
    or the form with its error."""
    if field not in Contact.PERSONAL_FIELDS:
        raise Http404
    try:
        contact = selectors.contact_get(user=request.user, pk=contact_id)
    except NotFound as exc:
        raise Http404 from exc
    if contact.partner_id != pk:
        raise Http404
    form = UnmaskForm(request.POST or None)
    context = {"complaint": contact, "field": field, "form": form, "open": True,
               "unmask_url": reverse("partners:contact-unmask", args=[pk, contact.pk, field])}
    return unmask_control(request, context, lambda reason: services.contact_unmask(
        contact_id=contact.pk, by=request.user, field=field, reason=reason, channel="page"))

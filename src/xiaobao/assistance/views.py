"""Pages of the special-group services (特殊群体服务): thin — parse a form, call one service, render."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as Refused
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from xiaobao.assistance import exports, forms, imports, selectors, services, storage
from xiaobao.assistance.codes import Facility
from xiaobao.complaints import selectors as complaint_selectors
from xiaobao.core.errors import DomainError, NotFound
from xiaobao.core.forms import refuse_invalid_filters
from xiaobao.core.pagination import CappedPaginator
from xiaobao.org import selectors as org_selectors
from xiaobao.org.models import User
from xiaobao.security import imports as import_jobs


def _institutions(user: User) -> list[tuple[str, str]]:
    return [(i.code, f"{i.code} {i.name}") for i in org_selectors.institutions_visible_to(user)]


def _filters(form: forms.LedgerFilterForm) -> selectors.LedgerFilter:
    if not form.is_valid():
        return selectors.LedgerFilter()
    d = form.cleaned_data
    return selectors.LedgerFilter(group=d["group"], language=d["language"], channel=d["channel"],
                                  measure=d["measure"], outcome=d["outcome"], institution=d["institution"],
                                  served_from=d["served_from"], served_to=d["served_to"], complaint=d["complaint"],
                                  q=d["q"])


@login_required
def service_list(request: HttpRequest) -> HttpResponse:
    form = forms.LedgerFilterForm(request.GET or None, institutions=_institutions(request.user))
    page = CappedPaginator(selectors.ledger(request.user, _filters(form)), 30).get_page(request.GET.get("page"))
    template = "assistance/list.html#rows" if request.htmx else "assistance/list.html"
    return render(request, template, {"form": form, "page": page, "may_write": services.may_write(request.user)})


@never_cache
@login_required
def service_export(request: HttpRequest) -> HttpResponse:
    form = forms.LedgerFilterForm(request.GET or None, institutions=_institutions(request.user))
    try:
        refuse_invalid_filters(form)
        file = exports.ledger_xlsx(user=request.user, services=selectors.ledger(request.user, _filters(form)))
    except DomainError as exc:
        return render(request, "privacy/export_refused.html", {"error": exc}, status=exc.http_status)
    response = HttpResponse(file.content, content_type=file.content_type)
    response["Content-Disposition"] = f'attachment; filename="{file.filename}"'
    return response


def _complaint_or_none(user: User, pk: Any) -> Any:
    try:
        return complaint_selectors.complaint_get(user=user, pk=int(pk)) if pk else None
    except (NotFound, ValueError, OverflowError):
        return None


@login_required
def service_create(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not services.may_write(user):
        raise Refused(_("Your role may not record special-group services."))
    complaint = _complaint_or_none(user, request.POST.get("complaint") or request.GET.get("complaint"))
    initial: dict[str, Any] = {"served_on": selectors.today(), "staff_name": str(user),
                               "institution": getattr(user.institution, "code", "")}
    if complaint is not None:  # prefilled from the complaint; its complainant is copied server-side, not shown
        initial.update(institution=complaint.institution.code, complaint=complaint.pk,
                       is_elderly=complaint.is_elderly, language="uyghur" if complaint.needs_minority_language else "",
                       measures=["bilingual"] if complaint.needs_minority_language else [])
    form = forms.ServiceForm(request.POST or None, institutions=_institutions(user), initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        data = services.ServiceIn(
            served_on=d["served_on"], institution=d["institution"], channel=d["channel"], need=d["need"],
            measures=list(d["measures"]), staff_name=d["staff_name"], customer_name=d["customer_name"],
            outcome=d["outcome"], is_elderly=d["is_elderly"], has_disability=d["has_disability"],
            language=d["language"], note=d["note"], customer_phone=d["customer_phone"],
            customer_id_number=d["customer_id_number"], satisfaction=d["satisfaction"],
            complaint_id=complaint.pk if complaint is not None else None)
        try:
            service, _created = services.service_record(data, by=user)
        except DomainError as exc:
            for item in exc.data.get("errors", [{"field": exc.field, "message": str(exc.message)}]):
                name = item["field"] if item["field"] in form.fields else None
                form.add_error(name, item["message"])
        else:
            messages.success(request, _("Service %(number)s recorded.") % {"number": service.number})
            if complaint is not None:
                return redirect("complaints:detail", complaint.pk)
            return redirect("assistance:detail", service.pk)
    return render(request, "assistance/create.html", {"form": form, "complaint": complaint})


def _get(user: User, pk: int) -> Any:
    try:
        return selectors.service_get(user=user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc


@login_required
def service_detail(request: HttpRequest, pk: int) -> HttpResponse:
    service = _get(request.user, pk)
    form = forms.FollowUpForm(request.POST or None, initial={
        "version": service.version, "outcome": service.outcome, "satisfaction": service.satisfaction})
    if request.method == "POST":
        if not services.may_write(request.user):
            raise Refused(_("Your role may not record special-group services."))
        if form.is_valid():
            d = form.cleaned_data
            try:
                services.service_follow_up(service_id=pk, version=d["version"], by=request.user,
                                           outcome=d["outcome"], satisfaction=d["satisfaction"], note=d["note"])
            except DomainError as exc:
                form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
            else:
                messages.success(request, _("Follow-up saved."))
                return redirect("assistance:detail", pk)
    return render(request, "assistance/detail.html", {
        "s": service, "form": form, "may_write": services.may_write(request.user)})


@require_POST
@login_required
def link_complaint(request: HttpRequest, complaint_id: int) -> HttpResponse:
    """From the complaint page's panel: link one of the listed services to the complaint."""
    complaint = _complaint_or_none(request.user, complaint_id)
    if complaint is None:
        raise Http404
    try:
        service = selectors.service_get(user=request.user, pk=int(request.POST.get("service") or 0))
        services.service_link(service_id=service.pk, version=service.version, by=request.user,
                              complaint_id=complaint.pk)
    except (NotFound, ValueError, OverflowError):
        messages.error(request, _("No such service record."))
    except DomainError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("Service %(number)s linked.") % {"number": service.number})
    return redirect("complaints:detail", complaint.pk)


@login_required
def outlets(request: HttpRequest) -> HttpResponse:
    overdue = request.GET.get("overdue") == "1"
    return render(request, "assistance/outlets.html", {
        "rows": selectors.outlet_statuses(request.user, overdue_only=overdue), "overdue": overdue,
        "facilities": Facility.choices})


@login_required
def outlet(request: HttpRequest, institution_id: int) -> HttpResponse:
    user = request.user
    try:
        target = selectors.outlet_get(user=user, pk=institution_id)
    except NotFound as exc:
        raise Http404 from exc
    form = forms.FacilityCheckForm(request.POST or None, request.FILES or None,
                                   initial={"checked_on": selectors.today()})
    if request.method == "POST":
        if not services.may_write(user):
            raise Refused(_("Your role may not record special-group services."))
        if form.is_valid():
            d = form.cleaned_data
            try:
                services.facility_check_record(
                    by=user, institution=target, checked_on=d["checked_on"], note=d["note"],
                    items={code: code in d["present"] for code in Facility.values},
                    photos=[services.Photo(f.name, f) for f in d["photos"]])
            except DomainError as exc:
                form.add_error("photos" if exc.field == "file" else exc.field if exc.field in form.fields else None,
                               str(exc.message))
            else:
                messages.success(request, _("Facilities check recorded."))
                return redirect("assistance:outlet", target.pk)
    status = next(iter(r for r in selectors.outlet_statuses(user) if r.outlet.pk == target.pk), None)
    return render(request, "assistance/outlet.html", {
        "outlet": target, "status": status, "checks": selectors.checks_of(target), "form": form,
        "facilities": Facility.choices, "may_write": services.may_write(user)})


@login_required
def photo(request: HttpRequest, pk: int) -> FileResponse:
    try:
        item = selectors.photo_get(user=request.user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc
    path = storage.storage_dir() / item.stored_name
    if not path.is_file():
        raise Http404
    return FileResponse(path.open("rb"), filename=item.original_name, content_type=item.content_type)


@login_required
def service_import(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not services.may_write(user):
        raise Refused(_("Your role may not record special-group services."))
    form = forms.ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = import_jobs.start(imports.JOB_KIND, form.cleaned_data["file"], by=user)
        except DomainError as exc:
            form.add_error("file", str(exc.message))
        else:
            return redirect(import_jobs.job_url(job))
    return render(request, "assistance/import.html", {
        "form": form, "columns": imports.COLUMNS, "recent": import_jobs.recent(user, imports.JOB_KIND)},
        status=422 if form.errors else 200)

"""Pages of the complaint module: thin — parse a form, call one service, render."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from xiaobao.complaints import forms, searches, selectors, services, transitions
from xiaobao.complaints.presenters import LIST_FIELDS, complainant_masked, complaint_sla
from xiaobao.core.errors import DomainError, NotFound
from xiaobao.core.pagination import CappedPaginator
from xiaobao.org import selectors as org_selectors
from xiaobao.org.models import User
from xiaobao.org.roles import Role


def _institution_choices(user: User) -> list[tuple[str, str]]:
    return [(i.code, f"{i.code} {i.name}") for i in org_selectors.institutions_visible_to(user)]


def _get(user: User, pk: int) -> Any:
    try:
        return selectors.complaint_get(user=user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc


def list_filters(request: HttpRequest, given: searches.FilterInput) -> tuple[forms.FilterForm, selectors.ComplaintFilters]:
    """The list's filter form bound to what was given, and the filters it yields (none while it is invalid)."""
    form = forms.FilterForm(given.data, institutions=_institution_choices(request.user), from_url=given.from_url)
    if not form.is_valid():
        return form, selectors.ComplaintFilters()
    data = form.cleaned_data
    return form, selectors.ComplaintFilters(status=data["status"] or None, channel=data["channel"] or None,
                                            institution=data["institution"] or None,
                                            overdue=True if data["overdue"] else None, q=data["q"] or None)


@login_required
@require_http_methods(["GET", "POST"])
def complaint_list(request: HttpRequest) -> HttpResponse:
    """The case list. The filter form posts: its values are kept server-side under a token (`searches`), and the
    address, pager and export links carry only the token, so a searched phone or ID number is never in a URL."""
    given = searches.filter_input(request)
    form, filters = list_filters(request, given)
    if request.method == "POST" and form.is_valid():
        given = searches.FilterInput(given.data, token=searches.save(request, form.data))
        if not request.htmx:  # post / redirect / get: reload and back work, and the address shows the token only
            return redirect(f"{reverse('complaints:list')}?{given.query}", permanent=False)
    if given.expired:
        messages.info(request, _("That search has expired: search again."))
    page = CappedPaginator(selectors.complaint_list(user=request.user, filters=filters), 30).get_page(
        request.GET.get("page"))
    rows = [(c, complainant_masked(c, LIST_FIELDS), complaint_sla(c)) for c in page]
    template = "complaints/list.html#rows" if request.htmx else "complaints/list.html"
    query = given.query if given.token else _query_without_page(request)
    response = render(request, template, {"form": form, "page": page, "rows": rows, "title": _("Complaints"),
                                          "pager_query": query, "export_query": query},
                      status=400 if form.is_bound and not form.is_valid() and not request.htmx else 200)
    if request.htmx and request.method == "POST":
        response["HX-Push-Url"] = f"{reverse('complaints:list')}?{given.query}" if given.token else "false"
    return response


def _query_without_page(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


@login_required
def overdue_list(request: HttpRequest) -> HttpResponse:
    page = CappedPaginator(selectors.overdue(user=request.user), 50).get_page(request.GET.get("page"))
    rows = [(c, complainant_masked(c, LIST_FIELDS), complaint_sla(c)) for c in page]
    return render(request, "complaints/overdue.html", {"rows": rows, "page": page})


@login_required
def complaint_create(request: HttpRequest) -> HttpResponse:
    institutions = _institution_choices(request.user)
    initial = {"received_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
               "institution": request.user.institution.code if request.user.institution_id else None}
    form = forms.ComplaintForm(request.POST or None, institutions=institutions, initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        data = services.ComplaintIn(
            channel=d["channel"], received_at=d["received_at"], institution=d["institution"],
            complainant=services.ComplainantIn(name=d["name"], phone=d["phone"], id_number=d["id_number"],
                                               address=d["address"]),
            product_line=d["product_line"], category=d["category"], cause=d["cause"], summary=d["summary"],
            sub_cause=d["sub_cause"],
            policy_number=d["policy_number"], claim_number=d["claim_number"],
            requested_outcome=d["requested_outcome"], disputed_amount=d["disputed_amount"],
            regulator_reference=d["regulator_reference"], regulator_due_at=d["regulator_due_at"],
            complainant_count=d["complainant_count"], needs_minority_language=d["needs_minority_language"],
            partner=d["partner"],
            is_elderly=d["is_elderly"],
        )
        try:
            complaint, _created = services.register(data, by=request.user)
        except DomainError as exc:
            for item in exc.data.get("errors", [{"field": exc.field, "message": str(exc.message)}]):
                field = (item["field"] or "").removeprefix("complainant.")
                form.add_error(field if field in form.fields else None, item["message"])
        else:
            messages.success(request, _("Complaint %(number)s registered.") % {"number": complaint.number})
            return redirect("complaints:detail", pk=complaint.pk)
    return render(request, "complaints/create.html", {"form": form})


def _action_forms(request: HttpRequest, complaint: Any, bound: dict[str, Any] | None = None) -> list[Any]:
    """(action, label, form) for every action the user may take now; a failed form stays bound."""
    out = []
    for action in transitions.available(complaint, request.user):
        form = (bound or {}).get(action)
        if form is None:
            form = forms.ACTION_FORMS[action](initial={"version": complaint.version,
                                                       "at": timezone.localtime().strftime("%Y-%m-%dT%H:%M")})
            _fill_choices(form, request.user, complaint)
        out.append((action, transitions.TRANSITIONS[action].label, form))
    return out


def _fill_choices(form: Any, user: User, complaint: Any) -> None:
    if isinstance(form, forms.ClassifyForm) and not form.is_bound:  # starts from the case's own classification
        form.initial.update(cause=complaint.cause, sub_cause=complaint.sub_cause)
    if "to_institution" in form.fields:
        form.fields["to_institution"].choices = [
            (i.code, f"{i.code} {i.name}") for i in org_selectors.institution_list_all() if i.pk != complaint.institution_id
        ]
    if "handler" in form.fields:
        staff = User.objects.filter(groups__name=Role.HANDLER, is_active=True,
                                    institution__path__startswith=complaint.institution.path)
        form.fields["handler"].choices = [(u.username, f"{u.full_name}（{u.username}）") for u in staff]


@login_required
def complaint_detail(request: HttpRequest, pk: int, bound: dict[str, Any] | None = None,
                     open_action: str | None = None) -> HttpResponse:
    complaint = _get(request.user, pk)
    context = {
        "c": complaint,
        "person": complainant_masked(complaint),
        "sla": complaint_sla(complaint),
        # Free text is shown through its masked copy; the text itself is not even read.
        "events": complaint.events.select_related("actor").defer("reason"),
        "contacts": complaint.contacts.select_related("by").defer("content", "outcome"),
        "attachments": complaint.attachments.all(),
        "action_forms": _action_forms(request, complaint, bound),
        "open_action": open_action,
        "upload_form": forms.UploadForm(),
        "can_upload": complaint.is_open and not request.user.is_read_only and request.user.has_case_role,
    }
    return render(request, "complaints/detail.html", context, status=400 if bound else 200)


@login_required
@require_POST
def complaint_act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    complaint = _get(request.user, pk)
    form_class = forms.ACTION_FORMS.get(action)
    if form_class is None:
        raise Http404
    form = form_class(request.POST)
    _fill_choices(form, request.user, complaint)
    if form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "version" and v not in (None, "")}
        try:
            services.perform(action, complaint_id=pk, version=form.cleaned_data["version"], by=request.user,
                             **fields)
        except DomainError as exc:
            visible = exc.field in form.fields and not form.fields[exc.field].widget.is_hidden
            form.add_error(exc.field if visible else None, str(exc.message))
        else:
            messages.success(request, _("Done: %(action)s.") % {"action": transitions.TRANSITIONS[action].label})
            return redirect("complaints:detail", pk=pk)
    return complaint_detail(request, pk, bound={action: form}, open_action=action)


@login_required
@require_POST
def attachment_upload(request: HttpRequest, pk: int) -> HttpResponse:
    _get(request.user, pk)
    form = forms.UploadForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            services.attachment_add(complaint_id=pk, by=request.user, name=upload.name, stream=upload,
                                    size=upload.size)
        except DomainError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("File uploaded."))
    else:
        messages.error(request, _("Choose a file to upload."))
    return redirect("complaints:detail", pk=pk)


@login_required
def attachment_download(request: HttpRequest, pk: int) -> FileResponse:
    try:
        attachment, handle = services.attachment_open(attachment_id=pk, by=request.user)
    except NotFound as exc:
        raise Http404 from exc
    return FileResponse(handle, as_attachment=True, filename=attachment.original_name,
                        content_type=attachment.content_type)

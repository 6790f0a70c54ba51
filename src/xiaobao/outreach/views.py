"""Pages of education and outreach (宣传教育): thin — parse a form, call one service, render."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from xiaobao.core.errors import DomainError, NotFound
from xiaobao.core.forms import refuse_invalid_filters
from xiaobao.core.pagination import CappedPaginator
from xiaobao.core.registry import Period
from xiaobao.org import selectors as org_selectors
from xiaobao.org.models import Institution, User
from xiaobao.org.roles import Role
from xiaobao.outreach import exports, forms, importing, selectors, services, transitions
from xiaobao.outreach.codes import Status
from xiaobao.privacy import policy
from xiaobao.security import imports


def _institutions(user: User) -> list[tuple[str, str]]:
    return [(i.code, f"{i.code} {i.name}") for i in org_selectors.institutions_visible_to(user)]


def _may_write(user: User) -> bool:
    return not user.is_read_only and user.has_role(*transitions.WRITERS)


def _file_response(file: exports.ExportFile) -> HttpResponse:
    response = HttpResponse(file.content, content_type=file.content_type)
    response["Content-Disposition"] = f'attachment; filename="{file.filename}"'
    return response


def _export(request: HttpRequest, make: Any, form: Any = None) -> HttpResponse:
    try:
        if form is not None:
            refuse_invalid_filters(form)
        return _file_response(make())
    except DomainError as exc:
        return render(request, "privacy/export_refused.html", {"error": exc}, status=exc.http_status)


# ---- activities ---------------------------------------------------------------------------------------------

@login_required
def activity_list(request: HttpRequest) -> HttpResponse:
    form = forms.ActivityFilterForm(request.GET or None, institutions=_institutions(request.user))
    qs = selectors.activity_list(request.user, form.filters()).defer("partners", "description")
    page = CappedPaginator(qs, 30).get_page(request.GET.get("page"))
    template = "outreach/activities.html#rows" if request.htmx else "outreach/activities.html"
    return render(request, template, {"form": form, "page": page, "may_write": _may_write(request.user)})


@never_cache
@login_required
def activity_export(request: HttpRequest) -> HttpResponse:
    form = forms.ActivityFilterForm(request.GET or None, institutions=_institutions(request.user))
    return _export(request, lambda: exports.activities_xlsx(
        user=request.user, activities=selectors.activity_list(request.user, form.filters())), form)


@login_required
def activity_create(request: HttpRequest) -> HttpResponse:
    form = forms.ActivityForm(request.POST or None, institutions=_institutions(request.user),
                              initial={"institution": getattr(request.user.institution, "code", ""),
                                       "held_on": selectors.today()})
    if request.method == "POST" and form.is_valid():
        try:
            created, _new = services.activity_create(
                by=request.user, institution=Institution.objects.get(code=form.cleaned_data["institution"]),
                **form.service_fields())
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("Activity recorded."))
            return redirect("outreach:activity", created.pk)
    return render(request, "outreach/activity_form.html", {"form": form})


def _activity(user: User, pk: int) -> Any:
    try:
        return selectors.activity_get(user=user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc


@login_required
def activity_detail(request: HttpRequest, pk: int) -> HttpResponse:
    activity = _activity(request.user, pk)
    return render(request, "outreach/activity_detail.html", {
        "a": activity, "file_form": forms.FileForm(), "may_write": _may_write(request.user),
        "files": activity.files.all(), "pieces": activity.pieces.defer("text").all()})


def _opened(request: HttpRequest, holder: Any, open_text: Any) -> tuple[dict[str, str] | None, int]:
    """The private texts in clear for an edit form, or None: on GET for the holder's author, on a POST of the
    reason form for a user who may unmask; `open_text(reason)` is the app's logged service."""
    try:
        if request.method == "GET" and policy.can_open_for_editing(request.user, holder):
            return open_text(None), 200
        if request.method == "POST" and "open_reason" in request.POST:
            return open_text(request.POST["open_reason"]), 200
    except DomainError as exc:
        messages.error(request, str(exc.message))
        return None, exc.http_status
    return None, 200


def _saved(request: HttpRequest, form: Any, save: Any) -> bool:
    """Validate `form` and `save(cleaned_data)`; a refusal goes onto the form (its field, or the form's)."""
    if not form.is_valid():
        return False
    try:
        save(form.cleaned_data)
    except DomainError as exc:
        form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        return False
    messages.success(request, _("Saved."))
    return True


def _edit_context(user: User, holder: Any, form: Any, *, clear: bool) -> dict[str, Any]:
    """An edit page: `clear` when the form holds the text in clear; otherwise the masked copy, and the reason
    form for a user who may open it in clear (privacy.policy)."""
    offer = not clear and policy.can_unmask(user, holder)
    return {"form": form, "clear": clear, "open_form": forms.OpenInClearForm() if offer else None}


@login_required
def activity_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """修改活动. Its author edits the private texts in clear (the opening is logged), others the masked copy,
    from which masked personal data may not be saved back (services.activity_update refuses it)."""
    user = request.user
    activity = _activity(user, pk)
    if not _may_write(user):
        raise DjangoPermissionDenied
    initial = {"version": activity.version, "institution": activity.institution.code,
               "campaign": str(activity.campaign_id or ""), "title": activity.title, "held_on": activity.held_on,
               "place": activity.place, "format": activity.format, "audiences": activity.audience_list,
               "people_reached": activity.people_reached, "materials": activity.materials,
               "partners": activity.partners_masked, "description": activity.description_masked}
    opened, status = _opened(request, activity, lambda reason: services.activity_text_for_editing(
        activity_id=activity.pk, by=user, reason=reason))
    clear = opened is not None
    initial.update(opened or {})
    form = forms.ActivityForm(institutions=_institutions(user), initial=initial)
    if request.method == "POST" and "open_reason" not in request.POST:
        form = forms.ActivityForm(request.POST, institutions=_institutions(user), initial=initial)
        clear = request.POST.get("clear") == "1"
        if _saved(request, form, lambda d: services.activity_update(
                activity_id=activity.pk, version=d["version"] or 0, by=user, **form.service_fields())):
            return redirect("outreach:activity", activity.pk)
        status = 422
    return render(request, "outreach/activity_edit.html", {"a": activity, **_edit_context(user, activity, form,
                                                                                            clear=clear)},
                  status=status)


@require_POST
@login_required
def activity_file_upload(request: HttpRequest, pk: int) -> HttpResponse:
    activity = _activity(request.user, pk)
    form = forms.FileForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            services.activity_file_add(activity_id=activity.pk, by=request.user, name=upload.name, stream=upload)
        except DomainError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("Uploaded."))
    else:
        messages.error(request, _("Choose a file."))
    return redirect("outreach:activity", activity.pk)


@login_required
def activity_file(request: HttpRequest, pk: int) -> FileResponse:
    try:
        item = selectors.file_get(user=request.user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc
    path = services.files_dir() / item.stored_name
    if not path.is_file():
        raise Http404
    return FileResponse(path.open("rb"), as_attachment=not item.is_image, filename=item.original_name,
                        content_type=item.content_type)


@login_required
def activity_import(request: HttpRequest) -> HttpResponse:
    """导入活动台账: the upload is queued as background work; its page follows the import (security.imports). A role
    that may not record activities is refused the page (the Chinese 403 page with the reason), not offered a form
    that would refuse its file."""
    if not importing.may_import(request.user):
        raise DjangoPermissionDenied(_("Your role may not record outreach activities."))
    form = forms.ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = imports.start(importing.JOB_KIND, form.cleaned_data["file"], by=request.user)
        except DomainError as exc:
            form.add_error("file", str(exc.message))
        else:
            return redirect(imports.job_url(job))
    return render(request, "outreach/import.html", {
        "form": form, "recent": imports.recent(request.user, importing.JOB_KIND)},
        status=422 if form.errors else 200)


@never_cache
@login_required
def import_template(request: HttpRequest) -> HttpResponse:
    return _file_response(exports.ExportFile("outreach-activity-template.xlsx", importing.template()))


# ---- pieces -------------------------------------------------------------------------------------------------

@login_required
def piece_list(request: HttpRequest) -> HttpResponse:
    form = forms.PieceFilterForm(request.GET or None, institutions=_institutions(request.user))
    qs = selectors.piece_list(request.user, form.filters()).defer("text", "override_reason", "withdraw_reason")
    page = CappedPaginator(qs, 30).get_page(request.GET.get("page"))
    template = "outreach/pieces.html#rows" if request.htmx else "outreach/pieces.html"
    return render(request, template, {"form": form, "page": page, "may_write": _may_write(request.user)})


@never_cache
@login_required
def piece_export(request: HttpRequest) -> HttpResponse:
    form = forms.PieceFilterForm(request.GET or None, institutions=_institutions(request.user))
    return _export(request, lambda: exports.pieces_xlsx(user=request.user,
                                                        pieces=selectors.piece_list(request.user, form.filters())),
                   form)


@login_required
def piece_create(request: HttpRequest) -> HttpResponse:
    activity_id = request.GET.get("activity") or request.POST.get("activity")
    activity = None
    if activity_id and str(activity_id).isdigit():
        activity = selectors.activities_visible_to(request.user).filter(pk=int(activity_id)).first()
    form = forms.PieceForm(request.POST or None, institutions=_institutions(request.user), initial={
        "institution": activity.institution.code if activity else getattr(request.user.institution, "code", ""),
        "activity": activity.pk if activity else None, "kind": "activity_report" if activity else "article",
        "campaign": str(activity.campaign_id or "") if activity else ""})
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            created, _new = services.piece_create(
                by=request.user, institution=Institution.objects.get(code=d["institution"]), kind=d["kind"],
                title=d["title"], text=d["text"], channel=d["channel"], url=d["url"], activity_id=d["activity"],
                campaign_id=int(d["campaign"]) if d["campaign"] else None)
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("Draft saved. Publishing runs the marketing and personal-data checks."))
            return redirect("outreach:piece", created.pk)
    return render(request, "outreach/piece_form.html", {"form": form, "activity": activity})


def _piece_context(request: HttpRequest, piece: Any, **extra: Any) -> dict[str, Any]:
    user = request.user
    v = {"version": piece.version}
    return {
        "p": piece, "findings": piece.findings or [],
        "may": {action: transitions.may(piece, action, user) for action in transitions.TRANSITIONS},
        "publish_form": extra.get("publish_form") or forms.PublishForm(
            auto_id="publish_%s", initial={**v, "published_on": selectors.today()}),
        "withdraw_form": forms.WithdrawForm(auto_id="withdraw_%s", initial=v),
        "reach_form": forms.ReachForm(auto_id="record_%s", initial={"reads": piece.reads, "plays": piece.plays}),
        "is_officer": user.has_role(Role.OFFICER) and not user.is_read_only,
    }


def _piece(user: User, pk: int) -> Any:
    try:
        return selectors.piece_get(user=user, pk=pk)
    except NotFound as exc:
        raise Http404 from exc


@login_required
def piece_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return render(request, "outreach/piece_detail.html", _piece_context(request, _piece(request.user, pk)))


@require_POST
@login_required
def piece_act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    piece = _piece(request.user, pk)
    user, extra = request.user, {}
    forms_by_action = {"publish": forms.PublishForm, "withdraw": forms.WithdrawForm, "record_reach": forms.ReachForm}
    if action not in forms_by_action:
        raise Http404
    form = forms_by_action[action](request.POST, auto_id=f"{action.split('_')[0]}_%s")
    if not form.is_valid():
        messages.error(request, _("Please correct the form."))
        extra = {"publish_form": form} if action == "publish" else {}
        return render(request, "outreach/piece_detail.html", _piece_context(request, piece, **extra), status=422)
    d = form.cleaned_data
    try:
        if action == "publish":
            services.publish(piece_id=piece.pk, version=d["version"], by=user, published_on=d["published_on"],
                             override_reason=d["override_reason"])
        elif action == "withdraw":
            services.withdraw(piece_id=piece.pk, version=d["version"], by=user, reason=d["reason"])
        else:
            services.record_reach(piece_id=piece.pk, by=user, reads=d["reads"], plays=d["plays"])
    except services.PublicationRefused as exc:
        messages.error(request, str(exc.message))
        piece = _piece(user, pk)  # the findings were stored
        return render(request, "outreach/piece_detail.html",
                      _piece_context(request, piece, publish_form=forms.PublishForm(auto_id="publish_%s", initial={
                          "version": piece.version, "published_on": d["published_on"]})), status=422)
    except DomainError as exc:
        messages.error(request, str(exc.message))
        return render(request, "outreach/piece_detail.html", _piece_context(request, _piece(user, pk)),
                      status=exc.http_status)
    messages.success(request, _("Published.") if action == "publish" else _("Saved."))
    return redirect("outreach:piece", piece.pk)


@login_required
def piece_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """修改草稿. Its author edits the text in clear (the opening is logged), others the masked copy, from which
    masked personal data may not be saved back (services.piece_update refuses it)."""
    user = request.user
    piece = _piece(user, pk)
    if not transitions.may(piece, "edit", user):
        raise DjangoPermissionDenied
    initial = {"version": piece.version, "kind": piece.kind, "title": piece.title, "channel": piece.channel,
               "url": piece.url, "text": piece.text_masked}
    opened, status = _opened(request, piece, lambda reason: {"text": services.piece_text_for_editing(
        piece_id=piece.pk, by=user, reason=reason)})
    clear = opened is not None
    initial.update(opened or {})
    form = forms.PieceEditForm(auto_id="edit_%s", initial=initial)
    if request.method == "POST" and "open_reason" not in request.POST:
        form = forms.PieceEditForm(request.POST, auto_id="edit_%s")
        clear = request.POST.get("clear") == "1"
        if _saved(request, form, lambda d: services.piece_update(
                piece_id=piece.pk, version=d["version"], by=user, title=d["title"], text=d["text"],
                channel=d["channel"], url=d["url"], kind=d["kind"])):
            return redirect("outreach:piece", piece.pk)
        status = 422
    return render(request, "outreach/piece_edit.html", {"p": piece, "findings": piece.findings or [],
                                                        **_edit_context(user, piece, form, clear=clear)},
                  status=status)


# ---- summary and campaigns ----------------------------------------------------------------------------------

def _summary_request(request: HttpRequest) -> tuple[forms.SummaryForm, list[selectors.SummaryRow], Period | None]:
    user = request.user
    today = selectors.today()
    default_root = getattr(user.institution, "code", "")
    form = forms.SummaryForm(request.GET or {"institution": default_root, "year": today.year,
                                             "quarter": str((today.month - 1) // 3 + 1)},
                             institutions=_institutions(user))
    if not form.is_valid():
        return form, [], None
    d = form.cleaned_data
    period = Period.quarter(d["year"], int(d["quarter"])) if d["quarter"] else Period.year(d["year"])
    root = Institution.objects.filter(code=d["institution"]).first()
    try:
        rows = selectors.summary(user, root, period) if root else []
    except NotFound:
        rows = []
    return form, rows, period


@login_required
def summary(request: HttpRequest) -> HttpResponse:
    form, rows, period = _summary_request(request)
    return render(request, "outreach/summary.html", {"form": form, "rows": rows, "period": period,
                                                     "statuses": Status})


@never_cache
@login_required
def summary_export(request: HttpRequest) -> HttpResponse:
    _form, rows, period = _summary_request(request)
    if period is None:
        raise Http404
    return _export(request, lambda: exports.summary_xlsx(user=request.user, rows=rows, label=period.label))


@login_required
def campaigns(request: HttpRequest) -> HttpResponse:
    user = request.user
    may_edit = user.has_role(Role.OFFICER) and not user.is_read_only
    form = forms.CampaignForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.campaign_save(by=user, name=d["name"], kind=d["kind"], season=d["season"],
                                   is_active=d["is_active"], campaign_id=d["campaign_id"])
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("Saved."))
            return redirect("outreach:campaigns")
    return render(request, "outreach/campaigns.html", {
        "form": form, "campaigns": selectors.campaigns(), "may_edit": may_edit},
        status=422 if form.errors else 200)

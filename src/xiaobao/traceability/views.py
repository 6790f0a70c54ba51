"""Pages of the traceability module (可回溯管理): thin — parse a form, fetch through a selector, call one
service, render. Playing or downloading a file needs a reason first (services.grant_access); the player's
stream is served only within a grant this session holds for that item (PLAYBACK_GRANT_SECONDS)."""

from __future__ import annotations

import re
import time
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from xiaobao.core.errors import DomainError, NotFound
from xiaobao.core.forms import refuse_invalid_filters
from xiaobao.core.pagination import CappedPaginator
from xiaobao.org import selectors as org_selectors
from xiaobao.org.models import User
from xiaobao.traceability import exports, forms, policy, presenters, retention, selectors, services

PLAYBACK_GRANT_SECONDS = 30 * 60
_GRANTS = "traceability.grants"
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_CHUNK = 64 * 1024


def _institutions(user: User) -> list[tuple[str, str]]:
    return [(i.code, f"{i.code} {i.name}") for i in org_selectors.institutions_visible_to(user)]


def _found(fetch: Any, **kwargs: Any) -> Any:
    try:
        return fetch(**kwargs)
    except NotFound as exc:
        raise Http404 from exc


def _filters(form: forms.SaleFilterForm) -> selectors.SaleFilter:
    if not form.is_valid():
        return selectors.SaleFilter()
    d = form.cleaned_data
    return selectors.SaleFilter(channel=d["channel"], product_line=d["product_line"], institution=d["institution"],
                                sold_from=d["sold_from"], sold_to=d["sold_to"],
                                missing_recording=d["missing_recording"], q=d["q"])


@login_required
def sale_list(request: HttpRequest) -> HttpResponse:
    """销售记录台账. The filter form posts (a phone or ID number searched stays out of URLs and logs)."""
    if not policy.can_read(request.user):
        raise Http404
    data = request.POST if request.method == "POST" else request.GET
    form = forms.SaleFilterForm(data or None, institutions=_institutions(request.user))
    number = form.cleaned_data.get("page") if form.is_valid() else None
    page = CappedPaginator(selectors.sale_list(request.user, _filters(form)), 30).get_page(number or 1)
    rows = presenters.sale_rows(page.object_list)
    template = "traceability/list.html#rows" if request.htmx else "traceability/list.html"
    return render(request, template, {"form": form, "page": page, "rows": rows,
                                      "can_write": policy.can_write(request.user)})


@never_cache
@login_required
def sale_export(request: HttpRequest) -> HttpResponse:
    """The registry as filtered (GET or POST), masked, through the DLP check."""
    if not policy.can_read(request.user):
        raise Http404
    data = request.POST if request.method == "POST" else request.GET
    form = forms.SaleFilterForm(data or None, institutions=_institutions(request.user))
    try:
        refuse_invalid_filters(form)
        file = exports.sales_xlsx(user=request.user, sales=selectors.sale_list(request.user, _filters(form)))
    except DomainError as exc:
        return render(request, "privacy/export_refused.html", {"error": exc}, status=exc.http_status)
    response = HttpResponse(file.content, content_type=file.content_type)
    response["Content-Disposition"] = f'attachment; filename="{file.filename}"'
    return response


@login_required
def sale_create(request: HttpRequest) -> HttpResponse:
    if not policy.can_write(request.user):
        raise Http404
    form = forms.SaleForm(request.POST or None, institutions=_institutions(request.user),
                          initial={"institution": getattr(request.user.institution, "code", "")})
    if request.method == "POST" and form.is_valid():
        try:
            sale, _created = services.register_sale(data=services.SaleInput(**form.cleaned_data), by=request.user)
        except DomainError as exc:
            form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
        else:
            messages.success(request, _("Sale record registered."))
            return redirect("traceability:sale", sale.pk)
    return render(request, "traceability/create.html", {"form": form})


@login_required
def sale_detail(request: HttpRequest, pk: int) -> HttpResponse:
    sale = _found(selectors.sale_get, user=request.user, pk=pk)
    items = selectors.items_of(sale)
    form = forms.ItemForm(items=[(i.pk, presenters.item_title(i)) for i in items if i.is_current])
    if request.method == "POST":
        if not policy.can_write(request.user):
            raise Http404
        form = forms.ItemForm(request.POST, request.FILES, items=[(i.pk, presenters.item_title(i)) for i in items
                                                                   if i.is_current])
        if form.is_valid():
            d = form.cleaned_data
            old = next((i for i in items if i.pk == d["supersedes"]), None)
            try:
                services.add_item(sale=sale, kind=d["kind"], name=d["file"].name, stream=d["file"], size=d["file"].size,
                                  by=request.user, note=d["note"], supersedes=old)
            except DomainError as exc:
                form.add_error(exc.field if exc.field in form.fields else None, str(exc.message))
            else:
                messages.success(request, _("Evidence added."))
                return redirect("traceability:sale", sale.pk)
    return render(request, "traceability/sale.html", {
        "sale": sale, "person": presenters.policyholder(sale), "items": items, "form": form,
        "keep": retention.keep_until(sale), "lacks_recording": selectors.lacks_required_recording(sale),
        "can_write": policy.can_write(request.user)})


def _granted(request: HttpRequest, item_id: int) -> bool:
    expiry = request.session.get(_GRANTS, {}).get(str(item_id))
    return bool(expiry and expiry > time.time())


def _grant(request: HttpRequest, item_id: int) -> None:
    grants = {k: v for k, v in request.session.get(_GRANTS, {}).items() if v > time.time()}
    grants[str(item_id)] = time.time() + PLAYBACK_GRANT_SECONDS
    request.session[_GRANTS] = grants


@never_cache
@login_required
def item_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = _found(selectors.item_get, user=request.user, pk=pk)
    granted = _granted(request, item.pk)
    return render(request, "traceability/item.html", {
        "item": item, "sale": item.sale, "granted": granted, "can_play": policy.can_play(request.user),
        "reason_form": forms.ReasonForm(), "transcript": presenters.transcript_beside(item) if granted else None,
        "history": selectors.items_of(item.sale)})


@never_cache
@login_required
@require_POST
def item_access(request: HttpRequest, pk: int, purpose: str) -> HttpResponse:
    """Give a reason to play/view (`play`) or download (`download`) an item; logged either way."""
    item = _found(selectors.item_get, user=request.user, pk=pk)
    if purpose not in ("play", "download"):
        raise Http404
    form = forms.ReasonForm(request.POST)
    complaint = None
    if form.is_valid() and form.cleaned_data["complaint"]:
        complaint = presenters.complaint_in_scope(request.user, form.cleaned_data["complaint"])
    error = ""
    if form.is_valid():
        try:
            services.grant_access(user=request.user, item=item, reason=form.cleaned_data["reason"],
                                  download=purpose == "download", complaint=complaint)
        except DomainError as exc:
            error = str(exc.message)
    else:
        error = _("State the reason (at least 4 characters).")
    if error:
        if request.htmx:
            return render(request, "traceability/_player.html", {"item": item, "error": error, "form": form,
                                                                  "complaint": complaint}, status=422)
        messages.error(request, error)
        return redirect("traceability:item", item.pk)
    if purpose == "download":
        return _file(item, attachment_name=services.download_name(item, request.user))
    _grant(request, item.pk)
    if request.htmx:
        return render(request, "traceability/_player.html", {"item": item, "granted": True})
    return redirect("traceability:item", item.pk)


def _file(item: Any, *, attachment_name: str) -> FileResponse:
    if not item.path.is_file():
        raise Http404
    return FileResponse(item.path.open("rb"), as_attachment=True, filename=attachment_name,
                        content_type=item.content_type)


@never_cache
@login_required
def item_stream(request: HttpRequest, pk: int) -> HttpResponse:
    """The bytes of an item for the player, within this session's grant; single byte ranges (206)."""
    item = _found(selectors.item_get, user=request.user, pk=pk)
    if not item.is_media or not _granted(request, item.pk) or not policy.can_play(request.user):
        raise Http404
    path = item.path
    if not path.is_file():
        raise Http404
    size = path.stat().st_size
    match = _RANGE.match(request.headers.get("Range", "").strip())
    if not match or not (match.group(1) or match.group(2)):
        response: HttpResponse = FileResponse(path.open("rb"), content_type=item.content_type)
        response["Accept-Ranges"] = "bytes"
        return response
    first, last = match.groups()
    if first:
        start, end = int(first), min(int(last), size - 1) if last else size - 1
    else:
        start, end = max(0, size - int(last)), size - 1
    if start >= size or start > end:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response

    def chunks() -> Any:
        with path.open("rb") as handle:
            handle.seek(start)
            remaining = end - start + 1
            while remaining > 0:
                data = handle.read(min(_CHUNK, remaining))
                if not data:
                    break
                remaining -= len(data)
                yield data

    response = StreamingHttpResponse(chunks(), status=206, content_type=item.content_type)
    response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Length"] = str(end - start + 1)
    response["Accept-Ranges"] = "bytes"
    return response


@login_required
def integrity(request: HttpRequest) -> HttpResponse:
    """完整性校验: files found changed or missing; an officer re-runs the check (audited)."""
    if not policy.can_read_integrity(request.user):
        raise Http404
    if request.method == "POST":
        if not policy.can_run_integrity(request.user):
            raise Http404
        report = services.verify(items=selectors.items_visible_to(request.user).iterator(), by=request.user)
        messages.success(request, _("%(n)d files checked: %(changed)d changed, %(missing)d missing.") % {
            "n": report.checked, "changed": len(report.changed), "missing": len(report.missing)})
        return redirect("traceability:integrity")
    return render(request, "traceability/integrity.html", {
        "problems": selectors.integrity_problems(request.user)[:500],
        "summary": presenters.integrity_summary(selectors.integrity_summary(request.user)),
        "can_run": policy.can_run_integrity(request.user)})


def complaint_panel(request: HttpRequest, complaint: Any) -> str:
    """The complaint page's section (registry slot "complaint.detail"): the policy's sales and evidence."""
    from django.template.loader import render_to_string

    context = presenters.complaint_panel(request.user, complaint)
    if context is None:
        return ""
    return render_to_string("traceability/_complaint_panel.html", {**context, "complaint": complaint,
                                                                  "reason_form": forms.ReasonForm()},
                            request=request)



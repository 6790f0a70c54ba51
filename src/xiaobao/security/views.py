"""登录锁定: the officer's page of locked accounts and addresses, with a release button for each. 后台导入: the page
of one Excel import running as background work (`security.imports`), and its error report.

A refusal (core.errors.PermissionDenied) becomes the Chinese 403 page (core.middleware.DomainErrorMiddleware)."""

from __future__ import annotations

import io
from typing import cast

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from xiaobao.core import progress
from xiaobao.core.errors import NotFound
from xiaobao.core.models import Job
from xiaobao.org.models import User
from xiaobao.security import imports, services

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@login_required
def locks(request: HttpRequest) -> HttpResponse:
    found = services.locks(user=cast(User, request.user))
    return render(request, "security/locks.html", {"locks": found, "title": _("Login locks")})


@login_required
@require_POST
def clear(request: HttpRequest) -> HttpResponse:
    value = request.POST.get("value", "")
    try:
        services.clear_lock(kind=request.POST.get("kind", ""), value=value, by=cast(User, request.user))
    except NotFound as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("Lock released: %(value)s.") % {"value": value})
    return redirect("security:locks")


def _import_job(request: HttpRequest, pk: object) -> Job:
    job = imports.job_of(request.user, pk)
    if job is None:
        raise Http404
    return job


@login_required
def import_job(request: HttpRequest, pk: object) -> HttpResponse:
    """后台导入: one import's progress while it runs (the fragment polls itself), then its outcome. The uploader's
    only: anyone else gets 404."""
    job = _import_job(request, pk)
    state = progress.snapshot(job)
    context = {"job": job, "state": state, "phase": _("Importing") if state.phase else "", "result": job.result,
               "errors": job.errors, "back": imports.back_url(job)}
    fragment = request.headers.get("HX-Request") == "true"  # the page polling itself (htmx)
    return render(request, "security/import_job.html#job" if fragment else "security/import_job.html", context)


@login_required
def import_report(request: HttpRequest, pk: object) -> FileResponse:
    """The error report of one of this user's imports (404 for anyone else's, or once it is dropped)."""
    return report_download(imports.report_file(_import_job(request, pk)), filename="导入错误报告.xlsx")


def report_download(data: bytes | None, *, filename: str) -> FileResponse:
    """An import's error report (.xlsx) as a download; 404 when there is none (any more)."""
    if data is None:
        raise Http404
    return FileResponse(io.BytesIO(data), as_attachment=True, filename=filename, content_type=XLSX)

"""批量导入 pages: upload a zip (manifest + files), follow the import as it runs in the background, download
the per-row error report. The job and its report are shown to the uploader only."""

from __future__ import annotations

import io

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from xiaobao.core import progress
from xiaobao.core.errors import DomainError
from xiaobao.traceability import forms, importing, intake, policy

PHASES = {"import": _("Importing")}


def _job(request: HttpRequest, job_id: object) -> object:
    job = progress.job_of(request.user, job_id, kind=importing.JOB_KIND)
    if job is None:
        raise Http404
    return job


@login_required
def import_page(request: HttpRequest) -> HttpResponse:
    if not policy.can_write(request.user):
        raise Http404
    form = forms.ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = intake.start(form.cleaned_data["archive"], by=request.user, system=form.cleaned_data["system"])
        except DomainError as exc:
            form.add_error("archive", str(exc.message))
        else:
            return redirect("traceability:import-status", job.pk)
    return render(request, "traceability/import.html", {
        "form": form, "recent": progress.recent_jobs(request.user, kind=importing.JOB_KIND)})


@login_required
def import_status(request: HttpRequest, job_id: object) -> HttpResponse:
    job = _job(request, job_id)
    state = progress.snapshot(job)
    context = {"job": job, "state": state, "phase": PHASES.get(state.phase, ""), "result": job.result,
               "errors": (job.errors or [])[:50], "form": forms.ImportForm()}
    return render(request, "traceability/import.html#job" if request.htmx else "traceability/import.html", context)


@login_required
def import_errors(request: HttpRequest, job_id: object) -> FileResponse:
    job = _job(request, job_id)
    if not job.artifact:
        raise Http404
    return FileResponse(io.BytesIO(bytes(job.artifact)), as_attachment=True, filename="回溯资料导入错误报告.csv",
                        content_type="text/csv")

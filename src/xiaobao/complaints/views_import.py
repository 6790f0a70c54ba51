"""投诉台账导入 pages: upload a ledger, follow the import as it runs in the background, see the result or the
errors, download the error report or a template.

The upload is queued as a background job (`importing.start_import`): no request thread reads a workbook. The
job page polls its progress (htmx, every second) and shows the outcome. The job, its errors and its error report
(the uploaded rows: personal data) are shown to the uploader only; the report is dropped after a day.
"""

from __future__ import annotations

import io

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from xiaobao.complaints import ledger
from xiaobao.complaints.services import importing
from xiaobao.core import progress
from xiaobao.core.errors import DomainError
from xiaobao.core.models import Job
from xiaobao.security import views as security_views

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PHASES = {"validate": _("Checking rows"), "import": _("Importing")}


class LedgerUploadForm(forms.Form):
    file = forms.FileField(label=_("Complaint ledger (.xlsx)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(_("Upload an Excel workbook (.xlsx)."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB; split the ledger."))
        return upload


def _may_import(request: HttpRequest) -> None:
    if request.user.is_read_only or not request.user.has_case_role:
        raise PermissionDenied(_("Your role may not import complaint ledgers."))


def _job(request: HttpRequest, pk: str) -> Job:
    job = progress.job_of(request.user, pk, kind=importing.JOB_KIND)
    if job is None:
        raise Http404
    return job


@login_required
def ledger_import(request: HttpRequest) -> HttpResponse:
    _may_import(request)
    form = LedgerUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            job = importing.start_import(upload.read(), filename=upload.name, by=request.user)
        except DomainError as exc:
            form.add_error(None, str(exc.message))
        else:
            return redirect("complaints:import-job", job.pk)
    recent = progress.recent_jobs(request.user, kind=importing.JOB_KIND)
    return render(request, "complaints/import.html", {"form": form, "recent": recent},
                  status=400 if form.errors else 200)


@login_required
def ledger_job(request: HttpRequest, pk: str) -> HttpResponse:
    """One import: its progress while it runs (the fragment polls itself), then its outcome."""
    job = _job(request, pk)
    state = progress.snapshot(job)
    context = {"job": job, "state": state, "phase": PHASES.get(state.phase, ""), "result": job.result,
               "errors": job.errors, "form": LedgerUploadForm()}
    return render(request, "complaints/import.html#job" if request.htmx else "complaints/import.html", context)


@login_required
def ledger_report(request: HttpRequest, pk: str) -> FileResponse:
    """The error report of one of this user's imports (404 for anyone else's, or once it is dropped)."""
    return security_views.report_download(importing.report_file(_job(request, pk)), filename="投诉台账导入错误报告.xlsx")


@login_required
def ledger_template(request: HttpRequest) -> FileResponse:
    """An empty ledger with the column headers and a row of format hints."""
    buffer = io.BytesIO()
    ledger.write_template(buffer)
    buffer.seek(0)
    return FileResponse(buffer, as_attachment=True, filename="投诉台账模板.xlsx", content_type=XLSX)

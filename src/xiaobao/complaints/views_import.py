"""投诉台账导入 pages: upload a ledger, see the result or the errors, download the error report or a template.

The error report holds the uploaded rows (personal data): it is written under DATA_DIR/reports/<user id>/
with a random name, listed in the uploader's session, served only to them, and removed after a day.
"""

from __future__ import annotations

import io
import re
import secrets
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from xiaobao.complaints import ledger
from xiaobao.complaints.services.importing import ImportReport, import_ledger
from xiaobao.core.errors import DomainError

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
REPORT_TTL_SECONDS = 24 * 3600
SESSION_KEY = "ledger_reports"
SHOWN_ERRORS = 200
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


class LedgerUploadForm(forms.Form):
    file = forms.FileField(label=_("Complaint ledger (.xlsx)"))

    def clean_file(self):  # type: ignore[no-untyped-def]
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(_("Upload an Excel workbook (.xlsx)."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB; split the ledger."))
        return upload


def _reports_dir(user_id: int) -> Path:
    return Path(settings.DATA_DIR) / "reports" / str(user_id)


def _keep_report(request: HttpRequest, report: ImportReport) -> str:
    folder = _reports_dir(request.user.pk)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.xlsx"):
        if time.time() - old.stat().st_mtime > REPORT_TTL_SECONDS:
            old.unlink(missing_ok=True)
    token = secrets.token_urlsafe(24)
    report.write_report(folder / f"{token}.xlsx")
    request.session[SESSION_KEY] = [*request.session.get(SESSION_KEY, [])[-9:], token]
    return token


def _may_import(request: HttpRequest) -> None:
    if request.user.is_read_only or not request.user.has_case_role:
        raise PermissionDenied(_("Your role may not import complaint ledgers."))


@login_required
def ledger_import(request: HttpRequest) -> HttpResponse:
    _may_import(request)
    form = LedgerUploadForm(request.POST or None, request.FILES or None)
    context: dict[str, object] = {"form": form}
    if request.method == "POST" and form.is_valid():
        try:
            report = import_ledger(form.cleaned_data["file"], by=request.user)
        except DomainError as exc:
            form.add_error(None, str(exc.message))
        else:
            context.update(report=report, errors=report.errors[:SHOWN_ERRORS],
                           report_token=None if report.ok else _keep_report(request, report))
            return render(request, "complaints/import.html", context, status=200 if report.ok else 400)
    return render(request, "complaints/import.html", context, status=400 if form.errors else 200)


@login_required
def ledger_report(request: HttpRequest, token: str) -> FileResponse:
    """The error report of one of this user's imports (404 for anyone else's, or an expired one)."""
    if not _TOKEN.match(token) or token not in request.session.get(SESSION_KEY, []):
        raise Http404
    path = _reports_dir(request.user.pk) / f"{token}.xlsx"
    if not path.is_file():
        raise Http404
    return FileResponse(path.open("rb"), as_attachment=True, filename="投诉台账导入错误报告.xlsx", content_type=XLSX)


@login_required
def ledger_template(request: HttpRequest) -> FileResponse:
    """An empty ledger with the column headers and a row of format hints."""
    buffer = io.BytesIO()
    ledger.write_template(buffer)
    buffer.seek(0)
    return FileResponse(buffer, as_attachment=True, filename="投诉台账模板.xlsx", content_type=XLSX)

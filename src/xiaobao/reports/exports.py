"""The reports' files, quarterly and monthly (.xlsx and PDF), through the DLP check every export passes
(`privacy.dlp.check_export`): the figures are counts, but institution names, denominator definitions and the
medians' source are typed by people, and personal data in clear in any of them stops the file (recorded)
unless the user may export personal data. Call outside a transaction (the blocked-export record must commit)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.core.safe_export import XLSX_CONTENT_TYPE, ExportFile
from xiaobao.org.models import User
from xiaobao.privacy import dlp
from xiaobao.reports import pdf, xlsx
from xiaobao.reports.models import Snapshot

PDF_CONTENT_TYPE = "application/pdf"


def _name(data: dict[str, Any], ext: str) -> str:
    prefix = "management" if data.get("kind") == "monthly" else "complaints"
    return f"{prefix}-{data['institution']['code']}-{data['period']['start']}.{ext}"


def frozen_line(snapshot: Snapshot | None) -> str:
    """Who froze the report and when (empty for live figures): the files say it as the page does."""
    if snapshot is None:
        return ""
    return _("Frozen by %(who)s at %(when)s: the figures as they were sent.") % {
        "who": snapshot.frozen_by.full_name or snapshot.frozen_by.username,
        "when": timezone.localtime(snapshot.frozen_at).strftime("%Y-%m-%d %H:%M")}


def report_xlsx(*, user: User, data: dict[str, Any], snapshot: Snapshot | None = None) -> ExportFile:
    filename = _name(data, "xlsx")
    content = xlsx.workbook(data, frozen=frozen_line(snapshot))
    dlp.check_export(user=user, filename=filename, content=content, kind="xlsx")
    return ExportFile(filename, content, XLSX_CONTENT_TYPE)


def report_pdf(*, user: User, data: dict[str, Any], snapshot: Snapshot | None = None) -> ExportFile:
    filename = _name(data, "pdf")
    content = pdf.document(data, frozen=frozen_line(snapshot))
    dlp.check_export(user=user, filename=filename, content=content, kind="pdf")
    return ExportFile(filename, content, PDF_CONTENT_TYPE)

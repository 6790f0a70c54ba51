"""The services ledger as Excel (服务台账导出): customers masked, through the DLP check every export passes."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.assistance.models import Service
from xiaobao.core.safe_export import XLSX_CONTENT_TYPE as XLSX
from xiaobao.core.safe_export import ExportFile, xlsx_bytes
from xiaobao.org.models import User
from xiaobao.privacy import dlp

MAX_ROWS = 20000


def ledger_xlsx(*, user: User, services: QuerySet[Service]) -> ExportFile:
    headers = [_("Service number"), _("Service date"), _("Institution / outlet"), _("Service channel"), _("Customer group"),
               _("Service language"), _("Need"), _("Measures taken"), _("Staff"), _("Customer"), _("Customer phone"),
               _("Service outcome"), _("Satisfaction"), _("Complaint")]
    rows = []
    for s in services[:MAX_ROWS]:
        customer = s.customer_masked
        rows.append([s.number, f"{s.served_on:%Y-%m-%d}", s.institution.name, str(s.get_channel_display()),
                     s.group_labels, str(s.get_language_display()) if s.language else "", s.need_masked,
                     s.measure_labels, s.staff_name, customer["name"], customer["phone"],
                     str(s.get_outcome_display()), str(s.get_satisfaction_display()) if s.satisfaction else "",
                     s.complaint.number if s.complaint_id else ""])
    content = xlsx_bytes(_("Special-group services"), headers, rows)
    filename = f"assistance-ledger-{timezone.localdate():%Y%m%d}.xlsx"
    dlp.check_export(user=user, filename=filename, content=content, kind="xlsx")
    return ExportFile(filename, content, XLSX)

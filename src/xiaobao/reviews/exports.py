"""The review ledger as Excel (审查台账导出), through the DLP check every export passes."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from xiaobao.core.safe_export import ExportFile, xlsx_bytes
from xiaobao.org.models import User
from xiaobao.privacy import dlp
from xiaobao.reviews import selectors
from xiaobao.reviews.models import ReviewRequest

MAX_ROWS = 20000
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def ledger_xlsx(*, user: User, requests: QuerySet[ReviewRequest]) -> ExportFile:
    headers = [pgettext("reviews", "Number"), _("Type"), _("Title"), _("Institution"), _("Requesting department"), _("Submitted"),
               _("Review due (inclusive)"), _("Status"), _("Conclusion"), pgettext("reviews", "Reviewer"), _("Opinions"),
               _("Overdue")]
    rows = [
        [
            r.number, str(r.get_kind_display()), r.title, r.institution.name, r.department,
            timezone.localtime(r.submitted_at).strftime("%Y-%m-%d %H:%M"), f"{r.due_on:%Y-%m-%d}（含）",
            str(r.get_status_display()), str(r.get_conclusion_display()) if r.conclusion else "",
            str(r.reviewer) if r.reviewer_id else "", len(r.opinions.all()),
            _("Yes") if selectors.is_overdue(r) else _("No"),
        ]
        for r in requests.prefetch_related("opinions")[:MAX_ROWS]
    ]
    content = xlsx_bytes(_("Review ledger"), headers, rows)
    filename = f"review-ledger-{timezone.localdate():%Y%m%d}.xlsx"
    dlp.check_export(user=user, filename=filename, content=content, kind="xlsx")
    return ExportFile(filename, content, XLSX)

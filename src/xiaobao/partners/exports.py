"""The partner registry as Excel (合作机构台账导出), blacklisted partners marked, through the DLP check."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from xiaobao.core.safe_export import xlsx_bytes
from xiaobao.org.models import User
from xiaobao.partners.models import Partner
from xiaobao.privacy import dlp

MAX_ROWS = 20000
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class ExportFile:
    filename: str
    content: bytes
    content_type: str


def registry_xlsx(*, user: User, partners: QuerySet[Partner]) -> ExportFile:
    headers = [_("Name"), _("Type"), _("Unified social credit code"), _("Licence number"), _("Licence expiry"),
               _("Institutions using it"), _("Former names"), _("Status"), _("Blacklisted")]
    rows = [
        [p.name, str(p.get_kind_display()), p.credit_code, p.licence_number,
         f"{p.licence_expires_on:%Y-%m-%d}" if p.licence_expires_on else "",
         "、".join(i.code for i in p.institutions.all()), "、".join(f.name for f in p.former_names.all()),
         str(p.get_status_display()), _("Yes") if p.is_blacklisted else _("No")]
        for p in partners.prefetch_related("institutions", "former_names")[:MAX_ROWS]
    ]
    content = xlsx_bytes(_("Partners"), headers, rows)
    filename = f"partners-{timezone.localdate():%Y%m%d}.xlsx"
    dlp.check_export(user=user, filename=filename, content=content, kind="xlsx")
    return ExportFile(filename, content, XLSX)

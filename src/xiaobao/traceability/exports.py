"""The sale registry as Excel (销售记录导出): the policyholder masked, through the DLP check every export passes."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from xiaobao.core.safe_export import xlsx_bytes
from xiaobao.org.models import User
from xiaobao.privacy import dlp
from xiaobao.traceability import presenters, retention
from xiaobao.traceability.codes import Kind
from xiaobao.traceability.models import SaleRecord

MAX_ROWS = 20000
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class ExportFile:
    filename: str
    content: bytes
    content_type: str


def sales_xlsx(*, user: User, sales: QuerySet[SaleRecord]) -> ExportFile:
    """The sales the user filtered (their scope), one row each, with the evidence counted by kind."""
    rows_in = list(sales.prefetch_related("items")[:MAX_ROWS])
    keeps = retention.keep_until_many(rows_in)
    headers = [_("Policy number"), _("Product"), _("Product line"), _("Sales channel"), _("Sale time"), pgettext("traceability", "Agent"),
               _("Agent staff number"), _("Agency / partner"), _("Institution"), _("Policyholder"),
               _("Policyholder phone"), _("Policyholder ID number"), _("Contract start"), _("Contract end"),
               _("Keep until"), *[str(label) for _code, label in Kind.choices]]
    rows = []
    for sale in rows_in:
        person = presenters.policyholder(sale)
        current = [i for i in sale.items.all() if i.superseded_by_id is None and i.purged_at is None]
        keep = keeps[sale.pk]
        rows.append([
            sale.policy_number, sale.product_name, str(sale.get_product_line_display()),
            str(sale.get_channel_display()), timezone.localtime(sale.sold_at).strftime("%Y-%m-%d %H:%M"),
            sale.agent_name, sale.agent_number, sale.partner_name, sale.institution.name, person["name"],
            person["phone"], person["id_number"], f"{sale.contract_start:%Y-%m-%d}", f"{sale.contract_end:%Y-%m-%d}",
            f"{keep.until:%Y-%m-%d}" if keep.until else _("held while a dispute is open"),
            *[sum(1 for i in current if i.kind == code) for code in Kind.values]])
    content = xlsx_bytes(_("Sale records"), headers, rows)
    filename = f"sale-records-{timezone.localdate():%Y%m%d}.xlsx"
    dlp.check_export(user=user, filename=filename, content=content, kind="xlsx")
    return ExportFile(filename, content, XLSX)

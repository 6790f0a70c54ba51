"""导出 — the complaint list as Excel or CSV, under the same filters as `selectors.complaint_list`.

Masked by default: complainant fields through `presenters.complainant_masked`, free text (summary,
requested outcome, decision) as its masked copy, made by the pii engine when the text was written. An officer may ask for personal data in
clear (`plain=True`) with a reason: that export is logged in the access log. Every file, masked or not,
passes the DLP check (`privacy.dlp.check_export`) before it is returned.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from xiaobao.complaints import ledger, selectors
from xiaobao.complaints.codes import UNSUBDIVIDED_LABEL, Category, Cause, Channel, ProductLine, Status, SubCause
from xiaobao.complaints.models import Complaint
from xiaobao.complaints.presenters import complainant_masked, complaint_sla
from xiaobao.core import safe_export
from xiaobao.core.dates import due_label
from xiaobao.core.errors import InvalidInput
from xiaobao.org import selectors as org_selectors
from xiaobao.org.models import User
from xiaobao.privacy import dlp
from xiaobao.privacy import services as privacy_services

Format = Literal["xlsx", "csv"]
MAX_ROWS = 50_000
CONTENT_TYPES = {"xlsx": safe_export.XLSX_CONTENT_TYPE, "csv": safe_export.CSV_CONTENT_TYPE}
HEADERS: tuple[str, ...] = (
    "投诉编号", "状态", ledger.BY_KEY["channel"].header, ledger.BY_KEY["received_at"].header, "处理机构代码",
    "处理机构", ledger.BY_KEY["complainant.name"].header, ledger.BY_KEY["complainant.phone"].header,
    ledger.BY_KEY["complainant.id_number"].header, ledger.BY_KEY["complainant.address"].header,
    ledger.BY_KEY["policy_number"].header, ledger.BY_KEY["product_line"].header, ledger.BY_KEY["category"].header,
    ledger.BY_KEY["cause"].header, ledger.BY_KEY["sub_cause"].header, ledger.BY_KEY["summary"].header, ledger.BY_KEY["requested_outcome"].header,
    ledger.BY_KEY["disputed_amount"].header, "承办人", "办理时限", "时限状态", "处理结果", "结案时间",
)


@dataclass(frozen=True)
class ExportFile:
    filename: str
    content: bytes
    content_type: str
    count: int


def _when(value: datetime | None) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def _due(value: datetime | None) -> str:
    """The last day, inclusive ("2026-12-21（含）"): the file is in Chinese whatever the page language."""
    with translation.override("zh-hans"):
        return due_label(value)


def _sub_cause(code: str) -> str:
    """二级事由 in Chinese; 未细分 for a case without one (the import reads it back as empty)."""
    if code:
        return ledger.zh_label(SubCause, code)
    with translation.override("zh-hans"):
        return str(UNSUBDIVIDED_LABEL)


def _row(c: Complaint, *, plain: bool) -> list[Any]:
    if plain:
        person = {"name": c.complainant_name, "phone": c.complainant_phone, "id_number": c.complainant_id_number,
                  "address": c.complainant_address}
        summary, requested, decision = c.summary, c.requested_outcome, c.decision
    else:
        person = complainant_masked(c)
        summary, requested, decision = c.summary_masked, c.requested_outcome_masked, c.decision_masked
    return [
        c.number, ledger.zh_label(Status, c.status), ledger.zh_label(Channel, c.channel), _when(c.received_at),
        c.institution.code, c.institution.name, person["name"], person["phone"], person["id_number"],
        person["address"], c.policy_number, ledger.zh_label(ProductLine, c.product_line),
        ledger.zh_label(Category, c.category), ledger.zh_label(Cause, c.cause), _sub_cause(c.sub_cause), summary,
        requested, "" if c.disputed_amount is None else f"{c.disputed_amount:.2f}",
        (c.handler.full_name or c.handler.username) if c.handler_id else "", _due(c.due_at),
        complaint_sla(c).label, decision, _when(c.closed_at),
    ]


def _rows(cases: Iterable[Complaint], *, plain: bool) -> Iterator[list[Any]]:
    for c in cases:
        yield _row(c, plain=plain)


def complaint_export(*, user: User, filters: selectors.ComplaintFilters, fmt: Format, plain: bool = False,
                     reason: str | None = None) -> ExportFile:
    """The filtered complaint list as a file. 403 for `plain` without the right or when DLP blocks the
    file (recorded), 422 for a missing reason, too many rows, or an institution filter outside the user's scope."""
    if fmt not in CONTENT_TYPES:
        raise InvalidInput(_("Unsupported export format “%(kind)s”.") % {"kind": fmt}, field="format")
    why = privacy_services.check_plain_export(user=user, reason=reason) if plain else ""
    if filters.institution and not org_selectors.institutions_visible_to(user).filter(
            code=filters.institution).exists():
        # Refused, not silently widened or emptied: the file would not be what its filter says.
        raise InvalidInput(_("Institution “%(code)s” is outside your data scope; nothing was exported.")
                           % {"code": filters.institution}, field="institution")
    cases = selectors.complaint_list(user=user, filters=filters).defer(None)  # every column: no query per row
    if not plain:
        cases = cases.defer("summary", "requested_outcome", "decision", "feedback")  # their masked copies serve
    count = cases.count()
    if count > MAX_ROWS:
        raise InvalidInput(_("%(n)d cases match; narrow the filters to at most %(max)d to export.")
                           % {"n": count, "max": MAX_ROWS})
    rows = _rows(cases.iterator(chunk_size=2000), plain=plain)
    content = safe_export.xlsx_bytes("投诉清单", HEADERS, rows) if fmt == "xlsx" else safe_export.csv_bytes(HEADERS, rows)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    filename = f"complaints-{'plain-' if plain else ''}{stamp}.{fmt}"
    dlp.check_export(user=user, filename=filename, content=content, kind=fmt)
    if plain:
        privacy_services.plain_export_record(user=user, reason=why, filename=filename, count=count)
    return ExportFile(filename, content, CONTENT_TYPES[fmt], count)

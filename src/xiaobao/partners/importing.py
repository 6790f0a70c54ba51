"""导入 — the existing partner ledger from Excel: one partner per row, each registered through the service on
its own, with a per-row error report (a bad row never stops the good ones). The page runs it as background work
(`security.imports`, `apply_job`): the file in one transaction with the job's outcome, so a worker that dies leaves
nothing half-done; a row registered before is refused by its credit code, so a file sent twice adds nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from xiaobao.core.errors import DomainError, InvalidInput, PermissionDenied
from xiaobao.org.models import Institution, User
from xiaobao.partners import services, transitions
from xiaobao.partners.codes import Kind
from xiaobao.security import imports, spreadsheets

JOB_KIND = "partners.import"

# Header (as the ledger writes it) → field. Headers are matched after trimming; unknown columns are ignored.
COLUMNS = {"机构名称": "name", "名称": "name", "类型": "kind", "统一社会信用代码": "credit_code",
           "许可证号": "licence_number", "许可证编号": "licence_number", "许可证到期日": "licence_expires_on",
           "经营范围": "business_scope", "业务范围": "business_scope", "使用机构": "institutions",
           "曾用名": "former_names"}
REQUIRED = ("name", "kind", "credit_code", "institutions")
MAX_ROWS = 5000
# The type as ledgers write it (whatever the interface language) → the code.
KIND_NAMES = {"专业代理": Kind.AGENCY, "银行": Kind.BANK, "兼业代理（银行）": Kind.BANK, "4S店": Kind.DEALER,
              "兼业代理（4S店）": Kind.DEALER, "旅行社": Kind.TRAVEL, "兼业代理（旅行社）": Kind.TRAVEL,
              "兼业代理": Kind.CONCURRENT, "经纪": Kind.BROKER, "保险经纪": Kind.BROKER, "公估": Kind.ADJUSTER,
              "保险公估": Kind.ADJUSTER, "修理厂": Kind.REPAIR, "救援": Kind.RESCUE, "服务商": Kind.RESCUE,
              "互联网平台": Kind.PLATFORM, "外包呼叫中心": Kind.CALL_CENTRE, "呼叫中心": Kind.CALL_CENTRE}


@dataclass
class Report:
    created: list[str] = field(default_factory=list)  # credit codes
    errors: list[tuple[int, str]] = field(default_factory=list)  # (row number in the sheet, Chinese message)
    rows: int = 0


def _kind(value: str) -> str:
    text = value.strip()
    labels = {str(label): code for code, label in Kind.choices}
    return text if text in Kind.values else KIND_NAMES.get(text) or labels.get(text, text)


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip().replace("/", "-"))
    except ValueError as exc:
        raise InvalidInput(_("“%(value)s” is not a date (YYYY-MM-DD).") % {"value": str(value)[:20]},
                           field="licence_expires_on") from exc


def _split(value: Any) -> list[str]:
    text = str(value or "")
    for sep in "、，,;；\n":
        text = text.replace(sep, " ")
    return [part for part in text.split() if part]


def may_import(user: User) -> bool:
    return not user.is_read_only and user.has_role(*transitions.MANAGERS)


def import_ledger(source: Any, *, by: User, progress: imports.Progress | None = None) -> Report:
    """Read the first sheet (a header row, then one partner per row) and register every valid row."""
    report = Report()
    try:
        with spreadsheets.open_xlsx(source) as workbook:
            rows = list(spreadsheets.iter_rows(workbook.worksheets[0]))
    except spreadsheets.SpreadsheetRefused as exc:
        raise InvalidInput(str(exc), field="file") from exc
    if not rows:
        raise InvalidInput(_("The sheet is empty."), field="file")
    header = [COLUMNS.get(str(h or "").strip(), "") for h in rows[0]]
    absent = [name for name in REQUIRED if name not in header]
    if absent:
        wanted = {v: k for k, v in reversed(list(COLUMNS.items()))}
        raise InvalidInput(_("The header row lacks the columns: %(names)s.")
                           % {"names": "、".join(wanted[n] for n in absent)}, field="file")
    if len(rows) - 1 > MAX_ROWS:
        raise InvalidInput(_("At most %(n)s partners per file.") % {"n": MAX_ROWS}, field="file")
    for number, values in enumerate(rows[1:], start=2):
        if progress is not None:
            progress(imports.PHASE_IMPORT, number - 2, len(rows) - 1)
        cells = {name: values[i] for i, name in enumerate(header) if name and i < len(values)}
        if all(v in (None, "") for v in cells.values()):
            continue
        report.rows += 1
        try:
            codes = _split(cells.get("institutions"))
            institutions = list(Institution.objects.filter(code__in=codes, is_active=True))
            if len(institutions) != len(set(codes)):
                known = {i.code for i in institutions}
                raise InvalidInput(_("Unknown institution code “%(code)s”.")
                                   % {"code": next(c for c in codes if c not in known)[:20]}, field="institutions")
            with transaction.atomic():
                partner, _created = services.partner_register(
                    by=by, name=str(cells.get("name") or ""), kind=_kind(str(cells.get("kind") or "")),
                    credit_code=str(cells.get("credit_code") or ""), institutions=institutions,
                    licence_number=str(cells.get("licence_number") or ""),
                    licence_expires_on=_date(cells.get("licence_expires_on")),
                    business_scope=str(cells.get("business_scope") or ""),
                    former_names=_split(cells.get("former_names")))
        except DomainError as exc:
            report.errors.append((number, str(exc.message)))
        else:
            report.created.append(partner.credit_code)
    return report


def apply_job(source: Any, *, by: User, params: dict[str, Any], progress: imports.Progress) -> imports.Outcome:
    """The import as background work (`security.imports`): valid rows registered, the others reported."""
    if not may_import(by):
        raise PermissionDenied(_("Your role may not change the partner registry."))
    report = import_ledger(source, by=by, progress=progress)
    return imports.Outcome(rows=report.rows, created=len(report.created),
                           errors=[{"row": row, "column": "", "message": message} for row, message in report.errors])

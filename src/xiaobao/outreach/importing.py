"""Import of an existing activity ledger (宣传活动台账导入): one Excel row per activity, Chinese headers.

Every row is checked; valid rows are recorded through `services.activity_create`, and a row already imported
(same institution, date and title) is skipped, so uploading the corrected file again after fixing the reported
rows duplicates nothing. Rows with errors are listed with their row number, column and message (the per-row error
report). Workbooks are opened through `security.spreadsheets` (bomb guard). The page runs the import as background
work (`security.imports`: `apply_job`, one transaction per file, so a crashed worker leaves nothing half-done).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from django.utils.translation import gettext as _

from xiaobao.core.errors import DomainError, PermissionDenied
from xiaobao.core.safe_export import xlsx_bytes
from xiaobao.org.models import Institution, User
from xiaobao.org.scope import scope_for
from xiaobao.outreach import services, transitions
from xiaobao.outreach.codes import Audience, Format
from xiaobao.outreach.models import Activity, Campaign
from xiaobao.security import imports
from xiaobao.security.spreadsheets import LIMITS, SpreadsheetRefused, iter_rows, open_xlsx

JOB_KIND = "outreach.import"
MAX_ROWS = 5000
IMPORT_LIMITS = replace(LIMITS, max_rows=MAX_ROWS + 1, max_columns=30)

# header → field; the template's headers first, then accepted variants
HEADERS: dict[str, str] = {
    "日期": "held_on", "活动日期": "held_on",
    "机构代码": "institution", "机构": "institution", "机构名称": "institution",
    "活动名称": "title", "名称": "title",
    "宣传主题": "campaign", "活动主题": "campaign", "集中宣传活动": "campaign",
    "活动形式": "format", "形式": "format",
    "受众群体": "audiences", "受众": "audiences",
    "地点": "place", "活动地点": "place",
    "覆盖人数": "people_reached", "受众人数": "people_reached", "参与人数": "people_reached",
    "发放资料": "materials", "发放资料（份）": "materials", "发放宣传资料": "materials",
    "合作单位": "partners", "合作机构": "partners",
    "活动内容": "description", "内容": "description",
}
TEMPLATE_HEADERS = ["日期", "机构代码", "活动名称", "宣传主题", "活动形式", "受众群体", "地点", "覆盖人数", "发放资料",
                    "合作单位", "活动内容"]
REQUIRED = ("held_on", "institution", "title", "format")
FORMATS: dict[str, str] = {
    "进社区": Format.COMMUNITY, "进乡村": Format.VILLAGE, "进农村": Format.VILLAGE, "进学校": Format.SCHOOL,
    "进校园": Format.SCHOOL, "进企业": Format.ENTERPRISE, "进商圈": Format.BUSINESS_DISTRICT,
    "营业网点": Format.OUTLET, "网点宣传": Format.OUTLET, "线上直播": Format.LIVESTREAM, "直播": Format.LIVESTREAM,
    "线上宣传": Format.ONLINE, "线上": Format.ONLINE, "其他": Format.OTHER,
}
AUDIENCES: dict[str, str] = {
    "老年人": Audience.ELDERLY, "老年": Audience.ELDERLY, "青少年": Audience.YOUNG, "学生": Audience.YOUNG,
    "青年": Audience.YOUNG, "农村居民": Audience.RURAL, "农民": Audience.RURAL, "少数民族": Audience.MINORITY,
    "少数民族群众": Audience.MINORITY, "新市民": Audience.NEW_CITIZENS, "残障人士": Audience.DISABLED,
    "残疾人": Audience.DISABLED, "企业职工": Audience.WORKERS, "职工": Audience.WORKERS,
    "社会公众": Audience.GENERAL, "公众": Audience.GENERAL,
}
REGULAR_WORDS = {"", "常态化", "常态化宣传", "常态化宣传教育", "无"}
FIELD_LABELS = {"held_on": "日期", "institution": "机构代码", "title": "活动名称", "campaign": "宣传主题",
                "format": "活动形式", "audiences": "受众群体", "place": "地点", "people_reached": "覆盖人数",
                "materials": "发放资料", "partners": "合作单位", "description": "活动内容"}


@dataclass(frozen=True)
class RowError:
    row: int  # the Excel row number
    column: str
    message: str


@dataclass
class ImportResult:
    created: int = 0
    skipped: int = 0  # already imported
    rows: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def failed_rows(self) -> int:
        return len({e.row for e in self.errors})


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value).replace("/", "-").replace(".", "-").replace("年", "-").replace("月", "-").rstrip("日")
    try:
        return date.fromisoformat("-".join(part.zfill(2) for part in text.split("-")))
    except ValueError:
        raise ValueError(_("“%(value)s” is not a date (write 2026-03-15).") % {"value": _text(value)}) from None


def _count(value: Any) -> int:
    text = _text(value).replace(",", "").replace("，", "").removesuffix("人").removesuffix("份")
    if not text:
        return 0
    if not text.isdigit():
        raise ValueError(_("“%(value)s” is not a whole number.") % {"value": _text(value)})
    return int(text)


class _Lookup:
    def __init__(self, user: User) -> None:
        self.scope = scope_for(user)
        self.institutions: dict[str, Institution | None] = {}
        self.campaigns = {c.name: c for c in Campaign.objects.all()}

    def institution(self, value: str) -> Institution:
        if value not in self.institutions:
            self.institutions[value] = (Institution.objects.filter(code=value).first()
                                        or Institution.objects.filter(name=value).first())
        found = self.institutions[value]
        if found is None or not self.scope.contains(found):
            raise ValueError(_("No institution “%(value)s” in your scope.") % {"value": value})
        return found

    def campaign(self, value: str) -> int | None:
        if value in REGULAR_WORDS:
            return None
        campaign = self.campaigns.get(value)
        if campaign is None:
            raise ValueError(_("No campaign “%(value)s”; an officer adds it to the campaign list first.")
                             % {"value": value})
        return campaign.pk


def _format(value: str) -> str:
    if value in FORMATS:
        return FORMATS[value]
    if value in Format.values:
        return value
    raise ValueError(_("“%(value)s” is not a known format (进社区, 进乡村, 进学校, 进企业, 进商圈, 线上直播 …).")
                     % {"value": value})


def _audiences(value: str) -> list[str]:
    codes = []
    for part in [p.strip() for p in value.replace("，", "、").replace(",", "、").replace("；", "、").split("、")]:
        if not part:
            continue
        code = AUDIENCES.get(part) or (part if part in Audience.values else None)
        if code is None:
            raise ValueError(_("“%(value)s” is not a known audience group (老年人, 青少年, 农村居民, 少数民族, 新市民 …).")
                             % {"value": part})
        codes.append(code)
    return codes


def import_key(institution: Institution, held_on: date, title: str) -> str:
    return hashlib.sha256(f"{institution.pk}|{held_on}|{title}".encode()).hexdigest()


def may_import(user: User) -> bool:
    return not user.is_read_only and user.has_role(*transitions.WRITERS)


def import_ledger(*, by: User, source: Any, progress: imports.Progress | None = None) -> ImportResult:
    """Read the workbook's first sheet; create the valid rows; report the others. Raises SpreadsheetRefused or
    DomainError (not a workbook, no header row, a role that may not record activities)."""
    result = ImportResult()
    lookup = _Lookup(by)
    with open_xlsx(source, IMPORT_LIMITS) as workbook:
        sheet = workbook.worksheets[0]
        total = max((sheet.max_row or 1) - 1, 0)  # as the sheet declares it (bounded by the guard)
        rows = iter_rows(sheet, IMPORT_LIMITS)
        header = next(rows, None)
        columns = {i: HEADERS[_text(h)] for i, h in enumerate(header or ()) if _text(h) in HEADERS}
        missing = [FIELD_LABELS[f] for f in REQUIRED if f not in columns.values()]
        if missing:
            raise SpreadsheetRefused(_("The first row must hold the column headers; missing: %(cols)s.")
                                     % {"cols": "、".join(missing)}, limit="headers")
        for number, values in enumerate(rows, start=2):
            if progress is not None:
                progress(imports.PHASE_IMPORT, min(number - 2, total), total)
            raw = {name: values[i] if i < len(values) else None for i, name in columns.items()}
            if all(_text(v) == "" for v in raw.values()):
                continue
            result.rows += 1
            if result.rows > MAX_ROWS:
                raise SpreadsheetRefused(_("More than %(n)s activities; split the ledger.") % {"n": MAX_ROWS},
                                         limit="rows")
            _import_row(by, lookup, number, raw, result)
    return result


def _import_row(by: User, lookup: _Lookup, number: int, raw: dict[str, Any], result: ImportResult) -> None:
    values: dict[str, Any] = {}
    errors: list[RowError] = []
    parsers = {
        "held_on": _date, "institution": lambda v: lookup.institution(_text(v)), "title": _text,
        "campaign": lambda v: lookup.campaign(_text(v)), "format": lambda v: _format(_text(v)),
        "audiences": lambda v: _audiences(_text(v)), "place": _text, "people_reached": _count,
        "materials": _count, "partners": _text, "description": _text,
    }
    for name, parse in parsers.items():
        value = raw.get(name)
        if name in REQUIRED and _text(value) == "":
            errors.append(RowError(number, FIELD_LABELS[name], _("Required.")))
            continue
        if name not in raw:
            continue
        try:
            values[name] = parse(value)
        except ValueError as exc:
            errors.append(RowError(number, FIELD_LABELS[name], str(exc)))
    if errors:
        result.errors.extend(errors)
        return
    institution = values.pop("institution")
    key = import_key(institution, values["held_on"], values["title"])
    if Activity.objects.filter(import_key=key).exists():
        result.skipped += 1
        return
    try:
        services.activity_create(by=by, institution=institution, campaign_id=values.pop("campaign", None),
                                 import_key=key, **values)
    except DomainError as exc:
        result.errors.append(RowError(number, FIELD_LABELS.get(exc.field or "", ""), str(exc.message)))
    else:
        result.created += 1


def _errors(result: ImportResult) -> list[dict[str, Any]]:
    return [{"row": e.row, "column": e.column, "message": e.message} for e in result.errors]


def error_report(result: ImportResult) -> bytes:
    """The per-row error report as a workbook (row, column, message): no cell values of the upload in it."""
    return imports.error_report(_errors(result))


def apply_job(source: Any, *, by: User, params: dict[str, Any], progress: imports.Progress) -> imports.Outcome:
    """The import as background work (`security.imports`): valid rows recorded, the others reported."""
    if not may_import(by):
        raise PermissionDenied(_("Your role may not record outreach activities."))
    result = import_ledger(by=by, source=source, progress=progress)
    return imports.Outcome(rows=result.rows, created=result.created, existing=result.skipped,
                           errors=_errors(result))


def template() -> bytes:
    return xlsx_bytes(_("Activity ledger"), TEMPLATE_HEADERS, [[
        "2026-03-15", "650100", "3·15消费者权益保护宣传进社区", "3·15消费者权益保护教育宣传周", "进社区", "老年人、新市民",
        "天山区红山社区", "120", "300", "红山社区居委会", "讲解防范非法集资与电信诈骗"]])

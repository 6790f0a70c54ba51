"""Import of an existing services ledger (服务台账导入) from Excel, all or nothing, with a per-row error report.

The workbook is opened through `security.spreadsheets` (bomb guard). The first row names the columns (Chinese
headers below, in any order); every row is checked by the same rules as a record typed on the page
(`services.check_service`). If any row has an error, nothing is imported and every error is listed by row and
column, so that the corrected file can be imported again without duplicates. Each imported row keeps a key derived
from its content (and its rank among identical rows of the file), so a row imported before is skipped: the same
file sent twice, or a task run twice, records nothing twice. The page runs the import as background work
(`security.imports`, `apply_job`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, BinaryIO

from django.db import transaction
from django.utils.translation import gettext as _

from xiaobao.assistance import services
from xiaobao.assistance.models import Service
from xiaobao.audit import services as audit
from xiaobao.core.errors import InvalidInput, PermissionDenied
from xiaobao.org.models import Institution, User
from xiaobao.security import imports as import_jobs
from xiaobao.security.spreadsheets import SpreadsheetRefused, iter_rows, open_xlsx

JOB_KIND = "assistance.import"
MAX_ROWS = 2000
KEY_PREFIX = "ledger:"  # the idempotency key of an imported row (API keys are the client's own)

# column key → (Chinese header, other accepted headers)
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "served_on": ("服务日期", ("日期",)),
    "institution": ("机构代码", ("网点代码", "机构")),
    "channel": ("服务渠道", ("渠道",)),
    "groups": ("客户群体", ("群体",)),
    "language": ("服务语言", ("语言",)),
    "need": ("客户需求", ("需求",)),
    "measures": ("服务措施", ("措施",)),
    "staff_name": ("服务人员", ("经办人",)),
    "customer_name": ("客户姓名", ("姓名",)),
    "customer_phone": ("联系电话", ("电话",)),
    "customer_id_number": ("身份证号", ("证件号码",)),
    "outcome": ("服务结果", ("结果",)),
    "satisfaction": ("满意度", ()),
}
REQUIRED = ("served_on", "institution", "channel", "groups", "need", "measures", "staff_name", "customer_name",
            "outcome")

CHANNELS = {"柜面": "counter", "上门": "home", "电话": "phone", "线上": "online"}
GROUPS = {"老年": "elderly", "老年人": "elderly", "老年客户": "elderly", "残障": "disability", "残疾": "disability",
          "残障客户": "disability", "少数民族语言": "minority_language", "民族语言": "minority_language"}
LANGUAGES = {"": "", "普通话": "", "维吾尔语": "uyghur", "哈萨克语": "kazakh", "蒙古语": "mongolian", "其他": "other"}
MEASURES = {"绿色通道": "green_channel", "上门服务": "home_service", "大字版材料": "large_print",
            "大字版": "large_print", "双语服务": "bilingual", "代办": "proxy", "手语服务": "sign_language",
            "手语": "sign_language", "全程陪同": "accompanied", "其他": "other"}
OUTCOMES = {"已解决": "resolved", "部分解决": "partly", "已转办": "referred", "办理中": "pending"}
SATISFACTIONS = {"": "", "未回访": "", "满意": "satisfied", "基本满意": "basically", "不满意": "dissatisfied"}


@dataclass
class ImportResult:
    created: int = 0
    existing: int = 0  # rows imported before: skipped
    rows: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)  # {row, column, message}
    refused: str = ""  # the whole file was refused (not an xlsx, too big, headers missing)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _split(value: Any) -> list[str]:
    text = _text(value)
    for sep in ("，", ",", "；", ";", "/", " "):
        text = text.replace(sep, "、")
    return [part.strip() for part in text.split("、") if part.strip()]


def _day(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value).replace("/", "-").replace(".", "-")
    return date.fromisoformat(text)


def _headers(row: tuple[Any, ...]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        name = _text(cell)
        for key, (header, aliases) in COLUMNS.items():
            if name == header or name in aliases:
                found.setdefault(key, index)
    return found


def _code(mapping: dict[str, str], codes: Any, text: str) -> str:
    if text in mapping:
        return mapping[text]
    if text in codes:
        return text
    raise ValueError(text)


def _row(cells: dict[str, Any], fail: Any) -> services.ServiceIn | None:
    from xiaobao.assistance.codes import Channel, Language, Measure, Outcome, Satisfaction

    def code(key: str, mapping: dict[str, str], choices: Any) -> str:
        text = _text(cells.get(key))
        try:
            return _code(mapping, choices.values, text)
        except ValueError:
            fail(key, _("“%(value)s” is not one of: %(choices)s.") % {
                "value": text, "choices": "、".join(k for k in mapping if k)})
            return ""

    try:
        served_on = _day(cells.get("served_on"))
    except (ValueError, TypeError):
        fail("served_on", _("“%(value)s” is not a date (YYYY-MM-DD).") % {"value": _text(cells.get("served_on"))})
        served_on = None
    groups = []
    for part in _split(cells.get("groups")):
        if part in GROUPS:
            groups.append(GROUPS[part])
        else:
            fail("groups", _("Unknown customer group “%(value)s” (老年、残障、少数民族语言).") % {"value": part})
    measures = []
    for part in _split(cells.get("measures")):
        try:
            measures.append(_code(MEASURES, Measure.values, part))
        except ValueError:
            fail("measures", _("Unknown measure “%(value)s”.") % {"value": part})
    language = code("language", LANGUAGES, Language)
    if "minority_language" in groups and not language:
        fail("language", _("Say which minority language was used."))
    return services.ServiceIn(
        served_on=served_on, institution=_text(cells.get("institution")), channel=code("channel", CHANNELS, Channel),
        need=_text(cells.get("need")), measures=measures, staff_name=_text(cells.get("staff_name")),
        customer_name=_text(cells.get("customer_name")), outcome=code("outcome", OUTCOMES, Outcome),
        is_elderly="elderly" in groups, has_disability="disability" in groups, language=language,
        customer_phone=_text(cells.get("customer_phone")), customer_id_number=_text(cells.get("customer_id_number")),
        satisfaction=code("satisfaction", SATISFACTIONS, Satisfaction))


def _row_keys(body: list[tuple[int, tuple[Any, ...]]]) -> list[str]:
    """A key per row from its content, and its rank among identical rows (two identical services stay two)."""
    keys, seen = [], {}
    for _number, row in body:
        content = "\x1f".join(_text(cell) for cell in row)
        seen[content] = seen.get(content, 0) + 1
        keys.append(KEY_PREFIX + hashlib.sha256(f"{content}\x1e{seen[content]}".encode()).hexdigest())
    return keys


def import_ledger(source: BinaryIO, *, by: User, progress: import_jobs.Progress | None = None) -> ImportResult:
    """Check every row; import all of them in one transaction, or none when any row has an error."""
    result = ImportResult()
    if not services.may_write(by):
        result.refused = _("Your role may not record special-group services.")
        return result
    try:
        with open_xlsx(source) as workbook:
            rows = list(iter_rows(workbook.worksheets[0]))
    except SpreadsheetRefused as exc:
        result.refused = str(exc)
        return result
    if not rows:
        result.refused = _("The sheet is empty.")
        return result
    headers = _headers(rows[0])
    missing = [COLUMNS[key][0] for key in REQUIRED if key not in headers]
    if missing:
        result.refused = _("Columns missing: %(columns)s.") % {"columns": "、".join(missing)}
        return result
    body = [(number, row) for number, row in enumerate(rows[1:], start=2) if any(_text(c) for c in row)]
    if len(body) > MAX_ROWS:
        result.refused = _("At most %(n)s rows per file; split the ledger.") % {"n": MAX_ROWS}
        return result
    institutions = {i.code: i for i in Institution.objects.filter(is_active=True)}
    valid: list[tuple[services.ServiceIn, Institution, str]] = []
    for done, ((number, row), row_key) in enumerate(zip(body, _row_keys(body), strict=True), start=1):
        cells = {key: (row[index] if index < len(row) else None) for key, index in headers.items()}
        row_errors: list[tuple[str, str]] = []
        data = _row(cells, lambda key, message, errs=row_errors: errs.append((key, message)))
        if data is not None and not row_errors:
            checked = services.check_service(data, by=by, institutions=institutions)
            row_errors.extend(checked.errors)
            if checked.institution is not None and not checked.errors:
                valid.append((data, checked.institution, row_key))
        for key, message in row_errors:
            header = COLUMNS.get(key, (_("Customer group"),))[0] if key != "groups" else COLUMNS["groups"][0]
            result.errors.append({"row": number, "column": header, "message": message})
        if progress is not None:
            progress(import_jobs.PHASE_IMPORT, done, len(body))
    result.rows = len(body)
    if result.errors or not valid:
        return result
    with transaction.atomic():
        known = set(Service.objects.filter(idempotency_key__in=[key for _d, _i, key in valid])
                    .values_list("idempotency_key", flat=True))
        fresh = [(data, institution, key) for data, institution, key in valid if key not in known]
        for data, institution, key in fresh:
            service = services.build(data, by=by, institution=institution, complaint=None)
            service.idempotency_key = key
            service.save()
        if fresh:
            audit.record(action="assistance.ledger_imported", actor=by, object_type="assistance.service",
                         object_id="import", after={"rows": len(fresh)})
    result.created, result.existing = len(fresh), len(valid) - len(fresh)
    return result


def apply_job(source: BinaryIO, *, by: User, params: dict[str, Any],
              progress: import_jobs.Progress) -> import_jobs.Outcome:
    """The import as background work (`security.imports`): all rows or none."""
    if not services.may_write(by):
        raise PermissionDenied(_("Your role may not record special-group services."))
    result = import_ledger(source, by=by, progress=progress)
    if result.refused:
        raise InvalidInput(result.refused, field="file")
    return import_jobs.Outcome(rows=result.rows, created=result.created, existing=result.existing,
                               errors=result.errors, all_or_nothing=True)

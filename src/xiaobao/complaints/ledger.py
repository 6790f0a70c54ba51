"""投诉台账 — the Excel complaint ledger a branch keeps: its columns, and parsing rows into `ComplaintIn`.

Pure of views and of the database: `read` opens a workbook, `parse_row` turns one row into a `ComplaintIn`
plus every (column, message) error of that row, `write_report` writes the original rows back with an
错误说明 column. The import service (`services/importing.py`) adds the database checks and the saving.

Coded columns accept the machine code, the English label, the Chinese label from the zh_Hans catalogue,
and the usual ledger wordings (95500 / 电话 → hotline, 柜面 → counter, 12378 / 监管转办 → regulator ...).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import IO, Any
from zoneinfo import ZoneInfo

from django.db import models
from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils.datetime import from_excel

from xiaobao.complaints.codes import Category, Cause, Channel, ProductLine, SubCause
from xiaobao.complaints.services.intake import ComplainantIn, ComplaintIn
from xiaobao.core import safe_export
from xiaobao.engines.pii import mask_text
from xiaobao.privacy.masking import mask
from xiaobao.security import spreadsheets

BEIJING = ZoneInfo("Asia/Shanghai")
ERROR_HEADER = "错误说明"
HEADER_SEARCH_ROWS = 10  # a title row or two may stand above the header row
MAX_ROWS = 20_000
MIN_HEADERS = 3  # a row with three known column names is the header row


@dataclass(frozen=True)
class Column:
    key: str  # ComplaintIn field ("complainant.name" for the person), or "row_no"
    header: str  # the header the template writes
    aliases: tuple[str, ...] = ()
    required: bool = False
    hint: str = ""  # shown in the template's second row


COLUMNS: tuple[Column, ...] = (
    Column("row_no", "序号", ("编号", "行号")),
    Column("channel", "投诉渠道", ("渠道", "来源渠道", "投诉来源"), True, "客服热线/柜面/监管转办/… 或代码 hotline"),
    Column("received_at", "受理时间", ("接收时间", "投诉时间", "登记时间", "收到时间"), True, "2025-09-26 10:00"),
    Column("institution", "处理机构", ("处理机构代码", "机构代码", "承办机构", "责任机构"), True, "机构代码，如 650100"),
    Column("complainant.name", "投诉人姓名", ("投诉人", "姓名", "客户姓名"), True),
    Column("complainant.phone", "联系电话", ("电话", "手机号", "手机号码", "联系方式")),
    Column("complainant.id_number", "身份证号", ("身份证号码", "证件号码", "证件号")),
    Column("complainant.address", "联系地址", ("地址", "通讯地址")),
    Column("complainant_count", "投诉人数", ("人数",), hint="默认 1"),
    Column("needs_minority_language", "少数民族语言服务", ("少数民族语言", "民族语言服务"), hint="是/否"),
    Column("policy_number", "保单号", ("保单号码",)),
    Column("claim_number", "赔案号", ("赔案号码", "理赔案号")),
    Column("report_number", "报案号", ("报案号码",)),
    Column("product_line", "产品线", ("险种", "产品类别"), True, "车险/意外险/健康险/农险/财产险/责任险/保证险/其他"),
    Column("category", "业务类别", ("业务类型", "险种类别"), True, "机动车辆保险/企业财产险/…"),
    Column("cause", "投诉原因", ("投诉类型", "纠纷类型", "原因"), True, "理赔纠纷/销售纠纷/…"),
    Column("sub_cause", "二级事由", ("二级投诉原因", "投诉原因细分", "细分原因", "二级原因"), False,
           "理赔时效/拒赔/欺骗误导/…，须属于投诉原因；可空（未细分）"),
    Column("summary", "投诉事项", ("投诉摘要", "摘要", "投诉内容", "投诉事项摘要"), True),
    Column("requested_outcome", "诉求", ("投诉诉求", "客户诉求")),
    Column("disputed_amount", "争议金额", ("涉及金额", "争议金额元"), hint="元，如 12,000.50"),
    Column("regulator_reference", "监管转办编号", ("转办编号", "监管编号", "监管转办单号")),
    Column("regulator_due_at", "监管要求办结时间", ("监管办结时限", "要求办结时间", "监管要求办结日期")),
)
BY_KEY = {c.key: c for c in COLUMNS}

# Usual ledger wordings beyond the code and the catalogue labels.
ALIASES: dict[type[models.TextChoices], dict[str, tuple[str, ...]]] = {
    Channel: {
        "hotline": ("95500", "电话", "热线", "客服热线", "客服电话", "电话投诉", "热线电话"),
        "counter": ("柜面", "柜台", "营业厅", "现场", "临柜"),
        "app": ("APP", "手机APP", "移动应用", "客户端"),
        "web": ("网站", "官网", "网页", "互联网"),
        "wechat": ("微信", "微信公众号", "公众号", "小程序"),
        "letter": ("信函", "来信", "书信", "邮寄"),
        "email": ("邮件", "电子邮件", "邮箱", "E-MAIL"),
        "regulator": ("监管转办", "12378", "监管", "监管转送", "金融监管总局转办", "银保监转办", "监管局转办"),
        "visit": ("来访", "信访", "来访/信访", "上门"),
        "media": ("媒体", "媒体曝光", "舆情"),
    },
    ProductLine: {
        "motor": ("车险", "机动车辆保险", "机动车险"),
        "accident": ("意外险", "意外伤害保险"),
        "health": ("健康险", "短期健康险", "短期健康保险"),
        "agriculture": ("农险", "农业险", "农业保险"),
        "property": ("财产险", "财险", "企财险", "家财险"),
        "liability": ("责任险", "责任保险"),
        "guarantee": ("保证险", "信用保证保险", "信保"),
        "other": ("其他", "其它"),
    },
    Category: {
        "motor_vehicle": ("机动车辆保险", "车险", "机动车险"),
        "enterprise_property": ("企业财产险", "企业财产保险", "企财险"),
        "household_property": ("家庭财产险", "家庭财产保险", "家财险"),
        "liability": ("责任保险", "责任险"),
        "credit_guarantee": ("信用保证保险", "信用保险", "保证保险", "保证险"),
        "accident": ("意外伤害保险", "意外险", "意外伤害险"),
        "short_term_health": ("短期健康保险", "短期健康险", "健康险"),
        "agriculture": ("农业保险", "农险"),
        "other": ("其他", "其它"),
    },
    Cause: {
        "claims": ("理赔纠纷", "理赔"),
        "sales": ("销售纠纷", "销售"),
        "underwriting": ("承保纠纷", "承保"),
        "surrender": ("退保纠纷", "退保"),
        "endorsement": ("保全纠纷", "批改纠纷", "保全/批改纠纷", "保全"),
        "service": ("服务纠纷", "服务"),
        "non_contract": ("非保险合同纠纷", "非合同纠纷"),
        "other": ("其他", "其它"),
    },
    SubCause: {
        "claims.delay": ("理赔时效", "理赔慢", "理赔拖延"),
        "claims.amount": ("理赔金额", "定损", "理赔金额/定损", "定损金额"),
        "claims.denied": ("拒赔", "拒绝赔付", "拒付"),
        "claims.procedure": ("理赔手续", "理赔资料", "理赔手续/资料"),
        "sales.misleading": ("欺骗误导", "销售误导", "误导销售"),
        "sales.nondisclosure": ("未如实告知", "未明确说明"),
        "sales.bundling": ("强制搭售", "搭售", "捆绑销售"),
        "sales.harassment": ("营销骚扰", "电话骚扰", "电销骚扰"),
        "underwriting.refused": ("拒保", "限制承保", "拒保/限制承保"),
        "underwriting.premium": ("保费", "费率", "保费/费率"),
        "underwriting.documents": ("保单", "单证", "保单/单证"),
        "surrender.amount": ("退保金额",),
        "surrender.procedure": ("退保手续", "退保时效", "退保手续/时效"),
        "endorsement.delay": ("批改时效", "保全时效"),
        "endorsement.refused": ("批改不予办理", "保全不予办理"),
        "service.attitude": ("服务态度",),
        "service.access": ("服务渠道不畅", "热线不畅", "电话难打通"),
        "service.value_added": ("增值服务",),
        "non_contract.personal_info": ("个人信息", "个人信息保护", "信息泄露"),
    },
}
CODED: dict[str, type[models.TextChoices]] = {
    "channel": Channel, "product_line": ProductLine, "category": Category, "cause": Cause, "sub_cause": SubCause,
}
# A second-level cell saying "not subdivided" is the same as an empty one.
UNSUBDIVIDED_SPELLINGS = {"未细分", "无", "-", "—", "notsubdivided"}
YES = {"是", "Y", "YES", "TRUE", "1", "√", "✓", "有", "需要"}
NO = {"否", "N", "NO", "FALSE", "0", "×", "无", "不需要", ""}


def normalise(text: str) -> str:
    """Full-width to half-width, no blanks, case-folded: 'ＡＰＰ ' and 'app' compare equal."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).casefold()


def _norm_header(text: str) -> str:
    return normalise(text).replace("*", "").rstrip(":：")


@cache
def code_lookup(choices: type[models.TextChoices]) -> dict[str, str]:
    """Every accepted spelling (normalised) → code, for one code list."""
    out: dict[str, str] = {}
    for code, label in zip(choices.values, choices.labels, strict=True):
        spellings = [code, str(label), *ALIASES.get(choices, {}).get(code, ())]
        with translation.override("zh-hans"):
            spellings.append(str(label))
        with translation.override("en"):
            spellings.append(str(label))
        for spelling in spellings:
            out.setdefault(normalise(spelling), code)
    return out


def zh_label(choices: type[models.TextChoices], code: str) -> str:
    """The Chinese wording of a code: the catalogue label, or the first ledger alias while it is missing."""
    label = dict(zip(choices.values, choices.labels, strict=True))[code]
    with translation.override("zh-hans"):
        text = str(label)
    if re.search(r"[\u4e00-\u9fff]", text):
        return text
    return next(iter(ALIASES.get(choices, {}).get(code, ())), text)


# ---------------------------------------------------------------------------------------------- reading


@dataclass
class Sheet:
    headers: list[str]  # as written in the file
    header_row: int  # 1-based row number of the header row
    leading: list[list[Any]]  # rows above the header row (titles), kept for the report
    rows: list[tuple[int, list[Any]]]  # (1-based row number, values) of the non-blank data rows
    columns: dict[int, str]  # column index → Column.key
    errors: list[str] = field(default_factory=list)  # file-level problems (missing columns ...)


def _header_map(cells: list[Any]) -> tuple[dict[int, str], list[str]]:
    by_name: dict[str, str] = {}
    for column in COLUMNS:
        for name in (column.header, *column.aliases):
            by_name[_norm_header(name)] = column.key
    mapping: dict[int, str] = {}
    problems: list[str] = []
    for index, cell in enumerate(cells):
        if cell is None or not str(cell).strip():
            continue
        name = _norm_header(str(cell))
        # "处理机构(代码)", "争议金额（元）", "少数民族语言服务(是/否)": the parenthesis is a hint.
        key = by_name.get(name) or by_name.get(re.sub(r"\(.*?\)$", "", name))
        if key is None:
            continue
        if key in mapping.values():
            problems.append(_("Column “%(header)s” appears twice.") % {"header": str(cell).strip()})
            continue
        mapping[index] = key
    return mapping, problems


def read(source: str | Any | IO[bytes], *, max_rows: int = MAX_ROWS) -> Sheet:
    """The first worksheet's header row and data rows. Raises `SpreadsheetRefused` (a ValueError) when the file
    is not an .xlsx or breaks an import limit (`xiaobao.security.spreadsheets`)."""
    with spreadsheets.open_xlsx(source) as workbook:
        sheet = workbook.worksheets[0]
        leading: list[list[Any]] = []
        header_row, headers, columns, problems = 0, [], {}, []
        data: list[tuple[int, list[Any]]] = []
        for number, values in enumerate(spreadsheets.iter_rows(sheet), start=1):
            cells = list(values)
            if not header_row:
                mapping, found_problems = _header_map(cells)
                if len(mapping) >= MIN_HEADERS:
                    header_row, columns, problems = number, mapping, found_problems
                    headers = ["" if c is None else str(c).strip() for c in cells]
                elif number >= HEADER_SEARCH_ROWS:
                    break
                else:
                    leading.append(cells)
                continue
            if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
                continue
            if _is_hint_row(cells, columns):
                continue
            if len(data) >= max_rows:
                problems.append(_("The file has more than %(max)s rows; split it.") % {"max": max_rows})
                break
            data.append((number, cells))
    if not header_row:
        return Sheet([], 0, leading, [], {}, [_("No header row found: the first rows must hold the ledger "
                                                "column names (投诉渠道, 受理时间, 处理机构 …).")])
    missing = [c.header for c in COLUMNS if c.required and c.key not in columns.values()]
    if missing:
        problems.append(_("Missing columns: %(columns)s.") % {"columns": "、".join(missing)})
    if not data and not problems:
        problems.append(_("The file has no data rows."))
    return Sheet(headers, header_row, leading, data, columns, problems)


def _is_hint_row(cells: list[Any], columns: dict[int, str]) -> bool:
    """The template's second row (format hints); skipped when read back."""
    hints = {BY_KEY[key].hint for key in columns.values() if BY_KEY[key].hint}
    texts = {str(c).strip() for c in cells if c not in (None, "")}
    return bool(texts) and texts <= hints


# ---------------------------------------------------------------------------------------------- parsing


_DATE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[\sT]*(\d{1,2})\s*[:：时点]\s*(\d{1,2})?\s*(?:[:：分]\s*(\d{1,2})\s*秒?)?\s*分?)?$"
)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\s*(\d{2}):?(\d{2})(?::?(\d{2}))?)?$")


def parse_datetime(value: Any, *, end_of_day: bool = False) -> datetime:
    """An aware datetime (Beijing time when the cell has none) from an Excel date, a serial or text.

    A date without a time is 00:00 of that day, or with `end_of_day` 24:00 (a deadline "by 9-30").
    Raises ValueError.
    """
    if isinstance(value, datetime):  # Excel date cells come back as datetimes at 00:00
        result, dated_only = value, value.time() == time()
    elif isinstance(value, date):
        result, dated_only = datetime.combine(value, time()), True
    elif isinstance(value, int | float) and not isinstance(value, bool):
        result = from_excel(value)
        if not isinstance(result, datetime):
            raise ValueError(value)
        dated_only = float(value).is_integer()
    elif isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        match = _DATE.match(text) or _COMPACT_DATE.match(text)
        if not match:
            raise ValueError(value)
        year, month, day, hour, minute, second = (int(g) if g else None for g in match.groups())
        dated_only = hour is None
        result = datetime(year, month, day, hour or 0, minute or 0, second or 0,  # type: ignore[arg-type]
                          tzinfo=BEIJING)
    else:
        raise ValueError(value)
    if dated_only and end_of_day:
        result += timedelta(days=1)
    return result.replace(tzinfo=BEIJING) if result.tzinfo is None else result


def parse_amount(value: Any) -> Decimal:
    """Yuan with two decimals from 12000, "12,000.50", "12000元", "¥12,000", "1.2万". Raises ValueError."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float | Decimal):
        amount = Decimal(str(value))
    else:
        text = re.sub(r"[\s,，元¥￥]|RMB|CNY|人民币", "", unicodedata.normalize("NFKC", str(value)),
                      flags=re.IGNORECASE)
        factor = Decimal(1)
        if text.endswith("万"):
            text, factor = text[:-1], Decimal(10_000)
        try:
            amount = Decimal(text) * factor
        except InvalidOperation as exc:
            raise ValueError(value) from exc
    if not amount.is_finite():
        raise ValueError(value)
    return amount.quantize(Decimal("0.01"))


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = normalise("" if value is None else str(value)).upper()
    if text in YES:
        return True
    if text in NO:
        return False
    raise ValueError(value)


def text_of(value: Any) -> str:
    """A cell as text: 13812345678 stored as a number stays 13812345678 (not 13812345678.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return unicodedata.normalize("NFKC", str(value)).strip() if isinstance(value, str) else str(value).strip()


_INSTITUTION_CODE = re.compile(r"^\s*([0-9A-Za-z]{2,20})(?:\s|$|[-_/:：（(])")


def institution_code(value: Any, names: dict[str, str] | None = None) -> str:
    """The code from "650100", "650100 乌鲁木齐中心支公司", or an exact institution name (with `names`)."""
    text = text_of(value)
    match = _INSTITUTION_CODE.match(text)
    if match:
        return match.group(1)
    return (names or {}).get(normalise(text), text)


@dataclass
class ParsedRow:
    number: int  # 1-based row number in the sheet
    values: list[Any]
    data: ComplaintIn | None
    errors: list[tuple[str, str]]  # (column header, message)

    @property
    def key(self) -> str:
        """Idempotency key: the row's content (without its 序号), so a re-import finds its first import."""
        assert self.data is not None  # noqa: S101 - type narrowing: only rows that parsed have a key
        payload = asdict(self.data)
        payload.pop("errors", None)
        if not payload.get("sub_cause"):  # a row without one keys as before the column existed
            payload.pop("sub_cause", None)
        digest = hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()
        return f"ledger:{digest[:48]}"


def parse_row(number: int, values: list[Any], columns: dict[int, str], *,
              institutions: dict[str, str] | None = None) -> ParsedRow:
    """One data row → `ComplaintIn`, or every (column header, message) of what is wrong with it."""
    cells = {key: values[index] if index < len(values) else None for index, key in columns.items()}
    errors: list[tuple[str, str]] = []

    def fail(key: str, message: str) -> None:
        errors.append((BY_KEY[key].header, message))

    def coded(key: str) -> str:
        raw = text_of(cells.get(key))
        if not raw or (key == "sub_cause" and normalise(raw) in UNSUBDIVIDED_SPELLINGS):
            return ""
        choices = CODED[key]
        code = code_lookup(choices).get(normalise(raw))
        if code is None:
            accepted = "、".join(f"{zh_label(choices, c)}({c})" for c in choices.values)
            fail(key, _("“%(value)s” is not a known value; use one of: %(accepted)s.")
                 % {"value": raw, "accepted": accepted})
            return raw
        return code

    def when(key: str, *, end_of_day: bool = False) -> datetime | None:
        raw = cells.get(key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        try:
            return parse_datetime(raw, end_of_day=end_of_day)
        except (ValueError, OverflowError):
            fail(key, _("“%(value)s” is not a date; write it as 2025-09-26 10:00 or 2025/9/26.")
                 % {"value": text_of(raw)})
            return None

    amount = None
    if text_of(cells.get("disputed_amount")):
        try:
            amount = parse_amount(cells["disputed_amount"])
        except ValueError:
            fail("disputed_amount", _("“%(value)s” is not an amount in yuan (e.g. 12,000.50).")
                 % {"value": text_of(cells["disputed_amount"])})
    count = 1
    if text_of(cells.get("complainant_count")):
        raw = re.sub(r"人$", "", text_of(cells["complainant_count"]))
        try:
            count = int(Decimal(raw))
        except (InvalidOperation, ValueError):
            fail("complainant_count", _("“%(value)s” is not a whole number.") % {"value": raw})
    minority = False
    try:
        minority = parse_bool(cells.get("needs_minority_language"))
    except ValueError:
        fail("needs_minority_language", _("“%(value)s” is not 是 or 否.")
             % {"value": text_of(cells["needs_minority_language"])})

    data = ComplaintIn(
        channel=coded("channel"),
        received_at=when("received_at"),  # type: ignore[arg-type]  # None is reported by intake.check()
        institution=institution_code(cells.get("institution"), institutions),
        complainant=ComplainantIn(
            name=text_of(cells.get("complainant.name")),
            phone=text_of(cells.get("complainant.phone")),
            id_number=text_of(cells.get("complainant.id_number")).upper(),
            address=text_of(cells.get("complainant.address")),
        ),
        product_line=coded("product_line"),
        category=coded("category"),
        cause=coded("cause"),
        sub_cause=coded("sub_cause"),
        summary=text_of(cells.get("summary")),
        policy_number=text_of(cells.get("policy_number")),
        claim_number=text_of(cells.get("claim_number")),
        report_number=text_of(cells.get("report_number")),
        requested_outcome=text_of(cells.get("requested_outcome")),
        disputed_amount=amount,
        regulator_reference=text_of(cells.get("regulator_reference")),
        regulator_due_at=when("regulator_due_at", end_of_day=True),
        complainant_count=count,
        needs_minority_language=minority,
    )
    # Raw values the text fields would silently truncate or that the model cannot store.
    for key, limit in (("policy_number", 40), ("claim_number", 40), ("report_number", 40),
                       ("regulator_reference", 64), ("complainant.name", 60), ("complainant.address", 200),
                       ("complainant.phone", 30), ("complainant.id_number", 30)):
        if len(text_of(cells.get(key))) > limit:
            fail(key, _("At most %(limit)s characters.") % {"limit": limit})
    if isinstance(cells.get("complainant.id_number"), float):  # Excel keeps 15 digits of a number
        fail("complainant.id_number", _("The ID number was stored as a number and lost digits; "
                                         "format the column as text."))
    return ParsedRow(number, values, data, errors)


def header_for(intake_field: str) -> str:
    """The ledger column of an intake field error (intake.check() names "complainant.phone", "channel" ...)."""
    column = BY_KEY.get(intake_field)
    return column.header if column else intake_field


# ---------------------------------------------------------------------------------------------- writing


_HIGHLIGHT = PatternFill("solid", fgColor="FFF2CC")
_BOLD = Font(bold=True)


def _put(ws: Any, row: int, column: int, value: Any) -> Any:
    return safe_export.put_text(ws, row, column, value)  # the user's text, never a formula


# The report is an export too: personal columns are masked (JR/T 0171) and free text passes through the pii
# engine, so it never carries the uploaded personal data in clear. Rows are found again by their row number.
PERSONAL_COLUMNS = {"complainant.name": "PERSON", "complainant.phone": "MOBILE", "complainant.id_number": "ID_CARD",
                    "complainant.address": "ADDRESS"}


def _masked(value: Any, key: str | None) -> Any:
    if not isinstance(value, str | int) or isinstance(value, bool) or value == "":
        return value
    text = str(value).strip()
    if key in PERSONAL_COLUMNS:
        return mask(text, PERSONAL_COLUMNS[key])
    return mask_text(value) if isinstance(value, str) else value


def write_report(sheet: Sheet, errors: dict[int, list[tuple[str, str]]], out: str | IO[bytes],
                 *, file_errors: Iterable[str] = ()) -> None:
    """The original rows, in place, plus 错误说明 naming the column and the message of each problem."""
    wb = Workbook()
    ws = wb.active
    ws.title = "导入结果"
    line = 1
    for message in file_errors:
        _put(ws, line, 1, f"{ERROR_HEADER}：{message}").font = _BOLD
        line += 1
    for cells in sheet.leading:
        for index, value in enumerate(cells, start=1):
            _put(ws, line, index, value)
        line += 1
    width = max([len(sheet.headers)] + [len(v) for _n, v in sheet.rows]) if sheet.headers else 0
    error_column = width + 1
    if sheet.headers:
        for index, value in enumerate(sheet.headers, start=1):
            _put(ws, line, index, value).font = _BOLD
        _put(ws, line, error_column, ERROR_HEADER).font = _BOLD
        line += 1
    for number, values in sheet.rows:
        for index, value in enumerate(values, start=1):
            cell = _put(ws, line, index, _masked(value, sheet.columns.get(index - 1)))
            if isinstance(value, datetime | date):
                cell.number_format = "yyyy-mm-dd hh:mm"
        problems = errors.get(number, [])
        if problems:
            note = "；".join(f"{header}：{message}" for header, message in problems)
            _put(ws, line, error_column, note).alignment = Alignment(wrap_text=True)
            for index in range(1, error_column + 1):
                ws.cell(row=line, column=index).fill = _HIGHLIGHT
        line += 1
    if sheet.headers:
        ws.column_dimensions[ws.cell(row=1, column=error_column).column_letter].width = 60
    wb.save(out)


def write_template(out: str | IO[bytes]) -> None:
    """An empty ledger: the header row (required columns marked *) and a row of format hints."""
    wb = Workbook()
    ws = wb.active
    ws.title = "投诉台账"
    for index, column in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=index, value=column.header + ("*" if column.required else ""))
        cell.font = _BOLD
        ws.cell(row=2, column=index, value=column.hint or None).font = Font(italic=True, color="808080")
        ws.column_dimensions[cell.column_letter].width = max(12, len(column.header) * 2 + 4)
    ws.freeze_panes = "A2"
    wb.save(out)


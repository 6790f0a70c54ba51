"""The quarterly report (and the monthly management report, with an indicators sheet) as an .xlsx laid out for the regulator: Chinese titles with the institution and period,
merged group headers (直接投诉 / 监管转办 / 合计), one sheet per breakdown, a total row. Every cell is written
through `xiaobao.core.safe_export.put_text` (institution names are typed by people: no formula injection)."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from xiaobao.core.safe_export import put_text
from xiaobao.reports.figures import indicator_value, subtitle

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDE6F0")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _title(ws: Any, data: dict[str, Any], width: int, subtitle: str) -> None:
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    put_text(ws, 1, 1, data["title"]).font = Font(bold=True, size=14)
    ws.cell(1, 1).alignment = CENTER
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    put_text(ws, 2, 1, subtitle).alignment = Alignment(horizontal="left")
    ws.row_dimensions[1].height = 24


def _head(ws: Any, row: int, col: int, value: str, *, span: int = 1, rows: int = 1) -> None:
    if span > 1 or rows > 1:
        ws.merge_cells(start_row=row, start_column=col, end_row=row + rows - 1, end_column=col + span - 1)
    for r in range(row, row + rows):
        for c in range(col, col + span):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).fill = HEAD_FILL
    cell = put_text(ws, row, col, value)
    cell.font = Font(bold=True)
    cell.alignment = CENTER


def _summary(wb: Workbook, data: dict[str, Any], head: str) -> None:
    ws = wb.active
    ws.title = pgettext("reports", "Summary")
    sources = data["sources"]
    _title(ws, data, 1 + len(sources), head)
    _head(ws, 3, 1, _("Figure"))
    for k, source in enumerate(sources):
        _head(ws, 3, 2 + k, source["label"])
    row = 4
    for figure in data["figures"]:
        put_text(ws, row, 1, figure["label"]).border = BOX
        for k, source in enumerate(sources):
            put_text(ws, row, 2 + k, data["total"][source["key"]][figure["key"]]).border = BOX
        row += 1
    for name, label in (("previous", _("Received, previous period")), ("year_ago", _("Received, a year before"))):
        put_text(ws, row, 1, f"{label}（{data[name + '_period']['label']}）").border = BOX
        for k, source in enumerate(sources):
            put_text(ws, row, 2 + k, data[name][source["key"]]).border = BOX
        row += 1
        put_text(ws, row, 1, _("Change, %") + f"（{label}）").border = BOX
        for k, source in enumerate(sources):
            put_text(ws, row, 2 + k, data[f"{name}_change"][source["key"]] or "—").border = BOX
        row += 1
    ws.column_dimensions["A"].width = 34
    for k in range(len(sources)):
        ws.column_dimensions[get_column_letter(2 + k)].width = 16


def _breakdown(wb: Workbook, data: dict[str, Any], head: str, title: str, label: str, rows: list[dict[str, Any]],
               extra: list[tuple[str, str]] | None = None) -> None:
    ws = wb.create_sheet(title[:31])
    figures, sources = data["figures"], data["sources"]
    extra = extra or []
    width = 1 + len(sources) * len(figures) + 2 + len(extra)
    _title(ws, data, width, head)
    _head(ws, 3, 1, label, rows=2)
    col = 2
    for source in sources:
        _head(ws, 3, col, source["label"], span=len(figures))
        for k, figure in enumerate(figures):
            _head(ws, 4, col + k, figure["label"])
        col += len(figures)
    _head(ws, 3, col, _("Received, change %"), span=2)
    _head(ws, 4, col, _("on the previous period"))
    _head(ws, 4, col + 1, _("on a year before"))
    if extra:
        _head(ws, 3, col + 2, _("Ratios"), span=len(extra))
        for k, (_key, head) in enumerate(extra):
            _head(ws, 4, col + 2 + k, head)
    r = 5
    totals = [0] * (len(sources) * len(figures))

    def line(item: dict[str, Any], *, sub: bool = False) -> None:
        nonlocal r
        cell = put_text(ws, r, 1, item["label"])
        cell.border = BOX
        if sub:  # 二级事由: indented under its cause, not added to the total (the cause's row holds it)
            cell.alignment = Alignment(indent=2)
        c = 2
        for source in sources:
            for figure in figures:
                value = item[source["key"]][figure["key"]]
                put_text(ws, r, c, value).border = BOX
                if not sub:
                    totals[c - 2] += value
                c += 1
        put_text(ws, r, c, item["previous_change"]["all"] or "—").border = BOX
        put_text(ws, r, c + 1, item["year_ago_change"]["all"] or "—").border = BOX
        for k, (key, _head_label) in enumerate(extra):
            put_text(ws, r, c + 2 + k, item.get(key) if item.get(key) is not None else "—").border = BOX
        r += 1

    for item in rows:
        line(item)
        for child in item.get("children", []):
            line(child, sub=True)
    put_text(ws, r, 1, _("Total")).font = Font(bold=True)
    ws.cell(r, 1).border = BOX
    for k, value in enumerate(totals):
        cell = put_text(ws, r, 2 + k, value)
        cell.font = Font(bold=True)
        cell.border = BOX
    ws.column_dimensions["A"].width = 26
    ws.freeze_panes = "B5"


def workbook(data: dict[str, Any], *, frozen: str = "") -> bytes:
    """The report as .xlsx bytes. `frozen`: the line saying who froze it and when (empty for live figures)."""
    head = subtitle(data) + (f" · {frozen}" if frozen else "")
    wb = Workbook()
    _summary(wb, data, head)
    titles = {"category": _("By business line"), "cause": _("By cause"), "channel": _("By channel")}
    for dim, rows in data["breakdowns"].items():
        _breakdown(wb, data, head, titles[dim], data["breakdown_labels"][dim], rows)
    extra = [("premium", _("Premium (yuan)")), ("premium_basis", _("Premium definition")),
             ("policies", _("Policies")), ("policies_basis", _("Policy definition")),
             ("regulator_per_100m", _("Regulator-transferred per 100 million yuan premium")),
             ("regulator_per_10k", _("Regulator-transferred per 10,000 policies")),
             ("all_per_100m", _("All complaints per 100 million yuan premium")),
             ("all_per_10k", _("All complaints per 10,000 policies"))] if data.get("ratios") else []
    _breakdown(wb, data, head, _("By institution"), _("Institution"), data["institutions"], extra)
    if data.get("ratios"):
        ws = wb["Summary"] if "Summary" in wb.sheetnames else wb.worksheets[0]
        row = ws.max_row + 2
        r = data["ratios"]
        lines = [
            (_("Premium (yuan)"), r["premium"] or "—", r["premium_basis"]),
            (_("Policies"), r["policies"] or "—", r["policies_basis"]),
            (_("Regulator-transferred per 100 million yuan premium"), r["regulator_per_100m"] or "—", ""),
            (_("Regulator-transferred per 10,000 policies"), r["regulator_per_10k"] or "—", ""),
            (_("All complaints per 100 million yuan premium"), r["all_per_100m"] or "—", ""),
            (_("All complaints per 10,000 policies"), r["all_per_10k"] or "—", ""),
        ]
        if data.get("median"):
            lines += [(_("Industry median per 100 million yuan premium"), data["median"]["per_100m_premium"] or "—",
                       data["median"]["source"]),
                      (_("Industry median per 10,000 policies"), data["median"]["per_10k_policies"] or "—", "")]
        _head(ws, row, 1, _("Ratios"))
        _head(ws, row, 2, _("Value"))
        _head(ws, row, 3, _("Definition"))
        for k, (label, value, basis) in enumerate(lines, start=1):
            put_text(ws, row + k, 1, label).border = BOX
            put_text(ws, row + k, 2, value).border = BOX
            put_text(ws, row + k, 3, basis).border = BOX
    if data.get("indicators"):
        _indicators(wb, data, head)
    out = BytesIO()
    wb.save(out)
    return out.getvalue()


def _indicators(wb: Workbook, data: dict[str, Any], head: str) -> None:
    """The monthly report's indicators from every module: a section per module ("not available" without one)."""
    ws = wb.create_sheet(_("Indicators")[:31])
    _title(ws, data, 3, head)
    _head(ws, 3, 1, _("Indicator"))
    _head(ws, 3, 2, _("Value"))
    _head(ws, 3, 3, pgettext("reports", "How"))
    row = 4
    for section in data["indicators"]:
        _head(ws, row, 1, section["title"], span=3)
        row += 1
        lines = [(r["label"], indicator_value(r), r["detail"]) for r in section["rows"]] or [
            (section["title"], _("Not available"), _("the module is not installed or provides no indicator yet"))]
        for line in lines:
            for col, value in enumerate(line, start=1):
                put_text(ws, row, col, value).border = BOX
            row += 1
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 60

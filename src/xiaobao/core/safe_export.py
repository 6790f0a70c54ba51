"""Writing exports (.xlsx and .csv) safely: the one helper every module's export goes through (imports are
guarded apart, by `xiaobao.security.spreadsheets`).

- **No formula injection** (OWASP "CSV injection"): a text cell beginning with `=`, `+`, `-`, `@`, tab or carriage
  return would be run as a formula by Excel, WPS or LibreOffice. In .xlsx such text is written as a typed string
  cell with Excel's quote prefix (the value is kept exactly and shown as text, and it stays text when the cell is
  edited); in .csv, which has no types, it gets a leading apostrophe.
- **Never fails on text**: control characters that .xlsx cannot hold (and that no reader wants) are dropped, so
  whatever older data holds, the export is written.
- Numbers, dates and booleans stay typed cells.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Protection
from openpyxl.styles.named_styles import NamedStyle

from xiaobao.core.text import without_controls

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"


@dataclass(frozen=True)
class ExportFile:
    """A written export, ready to send: the download name, the bytes, their content type."""

    filename: str
    content: bytes
    content_type: str


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_START)


def csv_value(value: Any) -> Any:
    """A value as a .csv cell: text cleaned and, when a spreadsheet would run it, prefixed with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str):
        text = without_controls(value)
        return "'" + text if is_formula_like(text) else text
    return value


def _text_style() -> NamedStyle:
    style = NamedStyle(name="xiaobao_text")
    style.quotePrefix = True
    style.protection = Protection()
    return style


def xlsx_cell(ws: Any, value: Any) -> Any:
    """A value as a write-only .xlsx cell (for `ws.append`): text cleaned, formula-like text kept as text."""
    if not isinstance(value, str):
        return value
    text = without_controls(value)
    if not is_formula_like(text):
        return text
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # set after the value: openpyxl would otherwise type "=…" as a formula
    cell.style = "xiaobao_text"
    return cell


def put_text(ws: Any, row: int, column: int, value: Any) -> Any:
    """The same for a normal (not write-only) sheet: `ws.cell(...)` with the value made safe; returns the cell."""
    text = without_controls(value) if isinstance(value, str) else value
    cell = ws.cell(row=row, column=column, value=text)
    if isinstance(text, str) and is_formula_like(text):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def xlsx_bytes(sheet_title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """A one-sheet workbook (streamed: memory does not grow with the rows)."""
    wb = Workbook(write_only=True)
    wb.add_named_style(_text_style())
    ws = wb.create_sheet(sheet_title)
    ws.append([xlsx_cell(ws, h) for h in headers])
    for row in rows:
        ws.append([xlsx_cell(ws, v) for v in row])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF line ends."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([csv_value(h) for h in headers])
    writer.writerows([csv_value(v) for v in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")

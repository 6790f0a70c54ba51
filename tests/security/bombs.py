"""Spreadsheet bombs as an attacker builds them (issue 16, item 8); the tests and bench/bench_imports.py use them."""

from __future__ import annotations

import io
import re
import zipfile

from openpyxl import Workbook

PLACEHOLDER = "XIAOBAO-PLACEHOLDER"


def _workbook(cells: dict[str, str]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["投诉渠道", "受理时间", "处理机构", "投诉人姓名"])
    for ref, value in cells.items():
        ws[ref] = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def far_cell(ref: str = "XFD1048576", *, keep_dimension: bool = True) -> bytes:
    """One cell at the sheet's last corner (about 5 KB): a naive reader pads 16,384 × 1,048,576 empty cells."""
    raw = _workbook({ref: "x"})
    if keep_dimension:
        return raw
    return _rewrite(raw, "xl/worksheets/sheet1.xml", lambda xml: re.sub(rb"<dimension [^>]*/>", b"", xml))


def _rewrite(raw: bytes, name: str, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item.filename, change(data) if item.filename == name else data)
    return out.getvalue()


def long_text(chars: int, *, letter: bytes = b"a") -> bytes:
    """A workbook whose one cell holds `chars` characters, deflated (a deflate bomb when `chars` is large)."""
    raw = _workbook({"A2": PLACEHOLDER})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(item.filename, data)
                continue
            before, after = data.split(PLACEHOLDER.encode())
            with dst.open(item.filename, "w", force_zip64=True) as member:
                member.write(before)
                block = letter * (1024 * 1024)
                left = chars
                while left > 0:
                    member.write(block[:left])
                    left -= len(block)
                member.write(after)
    return out.getvalue()

"""DLP on outbound files: personal data in clear blocks the file (recorded, counts only), masked passes."""

from __future__ import annotations

import io

import pytest
from docx import Document
from openpyxl import Workbook

from tests.privacy.conftest import PHONE, VALID_ID
from xiaobao.audit.models import AuditEvent
from xiaobao.core.errors import InvalidInput
from xiaobao.privacy import dlp
from xiaobao.privacy.models import BlockedExport

CARD = "6222021234567890128"  # Luhn-valid
ROWS = [
    ["投诉编号", "投诉人", "电话", "身份证号", "地址"],
    ["TS2026000001", "张三丰", PHONE, VALID_ID, "新疆乌鲁木齐市天山区解放北路100号"],
    ["TS2026000002", "李四", "13987654321", "", "退款请转入银行卡 " + CARD + "，邮箱 zhang@example.com"],
]
MASKED = [
    ["投诉编号", "投诉人", "电话", "身份证号", "地址"],
    ["TS2026000001", "张**", "138****5678", "650103********1540", "新疆乌鲁木齐市天山区**********"],
]


def xlsx(rows, as_numbers=False):
    wb = Workbook()
    for row in rows:
        wb.active.append([int(v) if as_numbers and v.isdigit() and len(v) == 11 else v for v in row])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def csv_bytes(rows):
    return "\r\n".join(",".join(r) for r in rows).encode("utf-8-sig")


def docx(rows):
    doc = Document()
    doc.add_paragraph("投诉处理情况说明")
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            table.cell(i, j).text = v
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def txt(rows):
    return "\n".join(" ".join(r) for r in rows).encode("gb18030")


FORMATS = {"xlsx": xlsx, "csv": csv_bytes, "docx": docx, "txt": txt}


@pytest.mark.parametrize("kind", FORMATS)
def test_clear_personal_data_is_blocked_and_recorded_without_values(cast, kind):
    content = FORMATS[kind](ROWS)
    with pytest.raises(dlp.ExportBlocked) as err:
        dlp.check_export(user=cast.handler_a, filename=f"list.{kind}", content=content, kind=kind)
    exc = err.value
    assert exc.code == "export_blocked" and exc.http_status == 403
    assert exc.data["pii_tier"] == dlp.PII_TIER == "fast"  # which pii tier ran is said with the refusal
    assert "身份证号" in str(exc.message) or "ID_CARD" in str(exc.message) or "身份证" in str(exc.message)
    blocked = BlockedExport.objects.get()
    assert blocked.username == "handler_a" and blocked.filename == f"list.{kind}" and blocked.kind == kind
    assert blocked.findings["MOBILE"] == 2 and blocked.findings["ID_CARD"] == 1
    assert blocked.findings["BANK_CARD"] == 1 and blocked.findings["EMAIL"] == 1
    assert blocked.findings.get("ADDRESS", 0) >= 1 and blocked.total == sum(blocked.findings.values())
    event = AuditEvent.objects.get(action="privacy.export_blocked")
    for value in (PHONE, VALID_ID, CARD, "zhang@example.com", "解放北路"):
        assert value not in str(blocked.findings) and value not in str(event.summary)
        assert value not in str(exc.message) and value not in str(exc.as_dict())


@pytest.mark.parametrize("kind", FORMATS)
def test_masked_values_pass(cast, kind):
    dlp.check_export(user=cast.handler_a, filename=f"list.{kind}", content=FORMATS[kind](MASKED), kind=kind)
    assert not BlockedExport.objects.exists()


def test_phone_typed_as_a_number_in_excel_is_found(cast):
    assert dlp.findings(xlsx(ROWS, as_numbers=True), "xlsx")["MOBILE"] == 2


def test_officer_may_export_personal_data_in_clear(cast):
    dlp.check_export(user=cast.officer, filename="list.xlsx", content=xlsx(ROWS), kind="xlsx")
    assert not BlockedExport.objects.exists()


@pytest.mark.parametrize("who", ["reviewer_a", "auditor", "handler_b"])
def test_everyone_else_is_blocked(cast, who):
    with pytest.raises(dlp.ExportBlocked):
        dlp.check_export(user=getattr(cast, who), filename="a.csv", content=csv_bytes(ROWS), kind="csv")


def test_names_alone_do_not_block(cast):
    content = "投诉人张三丰来电反映理赔进度，已由王芳跟进。服务热线95500。".encode()
    dlp.check_export(user=cast.handler_a, filename="note.txt", content=content, kind="txt")
    assert not BlockedExport.objects.exists()


def test_unsupported_kind(cast):
    with pytest.raises(InvalidInput):
        dlp.check_export(user=cast.handler_a, filename="a.odt", content=b"PK", kind="odt")


def test_a_pdf_is_read_back_and_scanned(cast):
    from io import BytesIO

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = BytesIO()
    canvas = Canvas(out)
    canvas.setFont("STSong-Light", 10)
    canvas.drawString(40, 800, "投诉统计 联系电话 13912345678")
    canvas.drawString(40, 780, "已脱敏 139****5678")
    canvas.save()
    assert dlp.findings(out.getvalue(), "pdf") == {"MOBILE": 1}
    with pytest.raises(dlp.ExportBlocked):
        dlp.check_export(user=cast.handler_a, filename="a.pdf", content=out.getvalue(), kind="pdf")


def test_large_file_is_scanned_in_chunks(cast):
    rows = [[f"TS{i:010d}", "理赔进度咨询" * 5] for i in range(3000)] + [["TS9", "电话 13912345678"]]
    assert dlp.findings(csv_bytes(rows), "csv") == {"MOBILE": 1}

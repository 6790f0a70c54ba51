"""The import guard refuses spreadsheet bombs before reading them (issue 16, item 8), and passes real ledgers."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace

import pytest
from django.utils import translation

from tests.security import bombs
from xiaobao.complaints.services.importing import import_ledger
from xiaobao.security import spreadsheets
from xiaobao.security.spreadsheets import LIMITS, SpreadsheetRefused


def refusal(raw: bytes, limits=LIMITS) -> SpreadsheetRefused:
    with (translation.override("zh-hans"), pytest.raises(SpreadsheetRefused) as caught,
          spreadsheets.open_xlsx(io.BytesIO(raw), limits) as workbook):
        for _row in spreadsheets.iter_rows(workbook.worksheets[0], limits):
            pass
    return caught.value


def rows(raw: bytes, limits=LIMITS) -> list[tuple]:
    with spreadsheets.open_xlsx(io.BytesIO(raw), limits) as workbook:
        return list(spreadsheets.iter_rows(workbook.worksheets[0], limits))


def test_a_cell_at_the_last_corner_is_refused_by_the_declared_dimension():
    raw = bombs.far_cell()
    assert len(raw) < 10_000
    refused = refusal(raw)
    assert refused.limit == "dimension"
    assert "1,048,576" in refused.message and "16,384" in refused.message and "25,000" in refused.message


def test_without_a_dimension_the_references_are_measured_while_inflating():
    refused = refusal(bombs.far_cell(keep_dimension=False))
    assert refused.limit == "dimension"
    assert "1,048,576" in refused.message


def test_without_any_reference_the_reading_itself_stops_at_the_row_limit():
    raw = bombs.far_cell("A30", keep_dimension=False)
    assert rows(raw)[-1][0] == "x"
    refused = refusal(raw, replace(LIMITS, max_rows=20))  # the measured extent: 30 rows
    assert refused.limit == "dimension"
    raw = bombs._rewrite(bombs._workbook({f"A{n}": "x" for n in range(2, 31)}), "xl/worksheets/sheet1.xml",
                         lambda xml: re.sub(rb'<dimension [^>]*/>| r="[A-Z]*\d+"', b"", xml))
    refused = refusal(raw, replace(LIMITS, max_rows=20))  # no references: openpyxl numbers rows itself
    assert refused.limit == "rows"


def test_a_wide_row_without_a_dimension_is_refused_by_its_measured_extent():
    refused = refusal(bombs.far_cell("XFD3", keep_dimension=False))
    assert refused.limit == "dimension"
    assert "16,384" in refused.message


def test_a_deflate_bomb_is_refused_by_its_unpacked_size_before_any_xml_is_parsed():
    raw = bombs.long_text(80 * 1024 * 1024)  # one 80 MB string in a few hundred KB
    assert len(raw) < 400_000
    refused = refusal(raw)
    assert refused.limit == "unpacked_bytes"
    assert "80" in refused.message and "64" in refused.message


def test_an_implausible_compression_ratio_is_refused():
    refused = refusal(bombs.long_text(3 * 1024 * 1024))
    assert refused.limit == "ratio"


def test_a_long_text_run_is_refused_while_inflating():
    refused = refusal(bombs.long_text(20_000), replace(LIMITS, max_cell_chars=1_000))
    assert refused.limit == "cell_chars"
    assert "1,000" in refused.message


def test_a_long_cell_under_the_scan_bound_is_refused_when_read():
    refused = refusal(bombs.long_text(3_000), replace(LIMITS, max_cell_chars=1_000))
    assert refused.limit == "cell_chars"


def test_too_many_parts_and_not_a_zip_are_refused():
    assert refusal(bombs.far_cell("B2"), replace(LIMITS, max_members=3)).limit == "members"
    assert refusal(b"PK\x03\x04 not really a zip").limit == "not_xlsx"
    assert refusal(b"").limit == "not_xlsx"


def test_a_member_that_inflates_past_its_declared_size_is_refused():
    raw = bytearray(bombs.long_text(100))
    info = next(i for i in zipfile.ZipFile(io.BytesIO(bytes(raw))).infolist() if "sheet1" in i.filename)
    # Halve the inflated size that the central directory declares: zipfile stops there and the CRC fails.
    record = raw.rfind(b"xl/worksheets/sheet1.xml") - 46  # the central directory record's fixed part
    raw[record + 24:record + 28] = (info.file_size // 2).to_bytes(4, "little")
    assert refusal(bytes(raw)).limit == "not_xlsx"


def test_a_normal_workbook_reads_with_its_declared_width():
    got = rows(bombs.far_cell("D2"))
    assert got[0] == ("投诉渠道", "受理时间", "处理机构", "投诉人姓名")
    assert len(got) == 2


def test_the_ledger_import_reports_the_refusal_in_chinese(cast):
    report = import_ledger(io.BytesIO(bombs.far_cell()), by=cast.handler_a)
    assert not report.ok
    assert report.file_errors and "行" in report.file_errors[0] and "1,048,576" in report.file_errors[0]

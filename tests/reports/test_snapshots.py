"""Frozen reports: what was sent is shown again unchanged after new data arrives."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import load_workbook

from tests.reports.conftest import bj
from xiaobao.audit.models import AuditEvent
from xiaobao.core import registry
from xiaobao.core.errors import Conflict
from xiaobao.reports import services


def test_a_frozen_report_does_not_change_when_new_data_arrives(client, cast, quarter, make_complaint):
    snap = services.freeze(by=cast.officer, kind="quarterly", institution="650000", year=2025, number=3)
    assert snap.data["total"]["all"]["received"] == 8
    assert AuditEvent.objects.filter(action="reports.freeze").exists()
    make_complaint(received_at=bj(2025, 9, 15, 10, 0))  # a late registration into the frozen quarter
    client.force_login(cast.officer)
    url = "/reports/quarterly/?institution=650000&year=2025&quarter=3"
    frozen = client.get(url).content.decode()
    assert 'data-testid="frozen"' in frozen
    assert 'data-testid="sum-received-2">8<' in frozen
    live = client.get(url + "&live=1").content.decode()
    assert 'data-testid="sum-received-2">9<' in live
    book = load_workbook(BytesIO(client.get("/reports/quarterly.xlsx?institution=650000&year=2025&quarter=3")
                                 .content))
    assert book.worksheets[0]["D4"].value == 8  # 合计 · 接收, as frozen
    assert "已由 赵敏 于" in book.worksheets[0]["A2"].value  # who froze it, as the page says


def test_an_open_period_cannot_be_frozen_and_a_frozen_one_only_once(cast, quarter):
    with pytest.raises(Conflict):
        services.freeze(by=cast.officer, kind="quarterly", institution="650000", year=2100, number=1)
    services.freeze(by=cast.officer, kind="quarterly", institution="650000", year=2025, number=3)
    with pytest.raises(Conflict):
        services.freeze(by=cast.officer, kind="quarterly", institution="650000", year=2025, number=3)


def test_the_xlsx_is_laid_out_for_the_report(client, cast, quarter):
    client.force_login(cast.officer)
    response = client.get("/reports/quarterly.xlsx?institution=650000&year=2025&quarter=3")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(BytesIO(response.content))
    summary = book.worksheets[0]
    assert "新疆分公司" in summary["A1"].value and "2025年第3季度" in summary["A1"].value
    assert [summary.cell(3, c).value for c in (2, 3, 4)] == ["直接投诉", "监管转办", "全部投诉"]
    by_inst = book.worksheets[-1]
    assert any(str(r) .startswith("B3") for r in by_inst.merged_cells.ranges)  # 直接投诉 spans its figures
    total_row = by_inst.max_row
    assert by_inst.cell(total_row, 1).value == "合计"
    assert by_inst.cell(total_row, 2).value == 6  # direct received


def test_the_printable_page_and_the_monthly_report_render(client, cast, quarter, monkeypatch):
    # a module that provides no indicator (here: training, taken out of the registry) is shown as not available
    monkeypatch.setattr(registry, "_measures",
                        {code: m for code, m in registry._measures.items() if m.module != "training"})
    client.force_login(cast.officer)
    page = client.get("/reports/quarterly/print/?institution=650000&year=2025&quarter=3")
    assert page.status_code == 200 and "监管转办" in page.content.decode()
    monthly = client.get("/reports/monthly/?institution=650000&year=2025&month=8").content.decode()
    assert "各模块指标" in monthly
    assert monthly.count('data-testid="not-available"') == 1
    assert "按期办结率" in monthly


def test_an_institution_name_never_becomes_a_formula(client, cast, quarter):
    cast.sub_b.name = "=HYPERLINK(\"http://x\")"
    cast.sub_b.save(update_fields=["name"])
    client.force_login(cast.officer)
    book = load_workbook(BytesIO(client.get("/reports/quarterly.xlsx?institution=650000&year=2025&quarter=3").content))
    by_inst = book.worksheets[-1]
    cell = next(c for row in by_inst.iter_rows() for c in row if c.value == cast.sub_b.name)
    assert cell.data_type == "s"

"""The officer opens the dashboard (a chart renders, no console errors) and downloads the quarterly .xlsx and PDF."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.reports.conftest import quarter  # noqa: F401  (the constructed 2025 Q3)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def login(page, live_server, username):
    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw-for-tests-123")
    page.click("button.primary")
    page.wait_for_url(f"{live_server.url}/")


def test_officer_dashboard_chart_and_quarterly_xlsx(page, live_server, cast, quarter, make_complaint, tmp_path):  # noqa: F811
    for days in (2, 9, 9, 16):
        make_complaint(received_at=timezone.now() - timedelta(days=days), cause="sales", category="accident",
                       product_line="accident")
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    login(page, live_server, "officer")
    dashboard = page.get_by_test_id("dashboard")
    assert dashboard.is_visible()
    page.wait_for_selector("#chart-trend canvas")
    assert page.locator("#chart-causes canvas").count() == 1
    table = page.get_by_test_id("chart-causes-table")
    assert "销售纠纷" in table.inner_text()
    page.goto(f"{live_server.url}/reports/quarterly/?institution=650000&year=2025&quarter=3")
    assert "2025年第3季度" in page.get_by_test_id("report-title").inner_text()
    with page.expect_download() as info:
        page.get_by_test_id("download-xlsx").click()
    target = tmp_path / "report.xlsx"
    info.value.save_as(target)
    summary = load_workbook(target).worksheets[0]
    assert summary["A4"].value == "接收"
    assert (summary["B4"].value, summary["C4"].value, summary["D4"].value) == (6, 2, 8)  # direct, regulator, total
    with page.expect_download() as info:
        page.get_by_test_id("download-pdf").click()
    assert info.value.suggested_filename == "complaints-650000-2025-07-01.pdf"
    target = tmp_path / "report.pdf"
    info.value.save_as(target)
    lines = PdfReader(target).pages[0].extract_text().splitlines()
    assert "新疆分公司投诉情况统计表（2025年第3季度）" in lines
    received = lines.index("接收")
    assert lines[received + 1:received + 4] == ["6", "2", "8"]  # the same numbers as the .xlsx
    assert errors == []

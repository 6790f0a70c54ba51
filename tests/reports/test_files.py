"""The monthly management report's files and the API downloads of both reports' files (scoped, DLP applied)."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import load_workbook

from tests.reports.test_exports import after, pdf_lines
from xiaobao.privacy.models import BlockedExport
from xiaobao.reports import figures, services

AUG = "institution=650000&year=2025&month=8"


def test_the_monthly_files_hold_the_figures_and_the_indicators_of_the_page(client, cast, quarter):
    client.force_login(cast.officer)
    response = client.get(f"/reports/monthly.xlsx?{AUG}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="management-650000-2025-08-01.xlsx"'
    book = load_workbook(BytesIO(response.content))
    summary, indicators = book.worksheets[0], book.worksheets[-1]
    assert summary.cell(1, 1).value == "新疆分公司消费者权益保护管理月报（2025年8月）"
    data = figures.monthly(user=cast.officer, institution=cast.branch, year=2025, month=8)
    # August 2025 by hand (conftest): c2 (regulator), c6, c7, c8 merged → 2 direct + 1 regulator received
    assert [summary.cell(4, c).value for c in (2, 3, 4)] == [2, 1, 3] == [
        data["total"][s]["received"] for s in ("direct", "regulator", "all")]
    labels = [row[0] for row in indicators.iter_rows(min_row=4, values_only=True)]
    assert "投诉管理" in labels and "按期办结率" in labels  # a module's section and one of its measures
    page = client.get(f"/reports/monthly/?{AUG}").content.decode()
    assert 'data-testid="download-xlsx"' in page and "按期办结率" in page

    pdf = client.get(f"/reports/monthly.pdf?{AUG}")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    pages = pdf_lines(pdf.content)
    assert after(pages[0], "接收", 3) == ["2", "1", "3"]
    assert any("各模块指标" in line for p in pages for line in p)


def test_a_frozen_monthly_report_keeps_its_indicators(client, cast, quarter, make_complaint):
    snapshot = services.freeze(by=cast.officer, kind="monthly", institution="650000", year=2025, number=8)
    assert snapshot.data["indicators"] and snapshot.data["indicators"][0]["rows"]
    client.force_login(cast.officer)
    book = load_workbook(BytesIO(client.get(f"/reports/monthly.xlsx?{AUG}").content))
    assert "赵敏" in book.worksheets[0].cell(2, 1).value  # who froze it, under the title


@pytest.mark.parametrize(("kind", "period", "fmt", "name"), [
    ("quarterly", "quarter=3", "xlsx", "complaints-650000-2025-07-01.xlsx"),
    ("quarterly", "quarter=3", "pdf", "complaints-650000-2025-07-01.pdf"),
    ("monthly", "month=8", "xlsx", "management-650000-2025-08-01.xlsx"),
    ("monthly", "month=8", "pdf", "management-650000-2025-08-01.pdf"),
])
def test_the_api_downloads_each_report_file(client, cast, quarter, kind, period, fmt, name):
    client.force_login(cast.officer)
    response = client.get(f"/api/v1/reports/{kind}/file?institution=650000&year=2025&{period}&format={fmt}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    if fmt == "xlsx":
        summary = load_workbook(BytesIO(response.content)).worksheets[0]
        assert summary.cell(4, 4).value == (8 if kind == "quarterly" else 3)  # all complaints received
    else:
        assert after(pdf_lines(response.content)[0], "接收", 3)[2] == ("8" if kind == "quarterly" else "3")


def test_the_api_files_are_scoped_checked_and_validated(client, cast, quarter):
    client.force_login(cast.reviewer_a)  # 乌鲁木齐: its own subtree only
    own = client.get("/api/v1/reports/quarterly/file?year=2025&quarter=3")
    assert own.status_code == 200 and "650100" in own["Content-Disposition"]
    other = client.get("/api/v1/reports/quarterly/file?institution=653100&year=2025&quarter=3")
    assert other.status_code == 404 and other.json()["field"] == "institution"
    client.force_login(cast.handler_a)  # no reports for a handler
    assert client.get("/api/v1/reports/monthly/file?year=2025&month=8").status_code == 403
    client.force_login(cast.officer)
    bad = client.get("/api/v1/reports/monthly/file?year=2025&month=13")
    assert bad.status_code == 422
    assert client.get("/api/v1/reports/monthly/file?year=2025&month=8&format=doc").status_code == 422


def test_personal_data_stops_an_api_file_for_a_reader_without_the_right(client, cast, quarter):
    cast.sub_b.name = "喀什中心支公司13912345678"
    cast.sub_b.save(update_fields=["name"])
    client.force_login(cast.auditor)
    response = client.get("/api/v1/reports/quarterly/file?institution=650000&year=2025&quarter=3&format=pdf")
    assert response.status_code == 403 and response.json()["code"]
    assert BlockedExport.objects.get().user == cast.auditor
    client.force_login(cast.officer)
    assert client.get("/api/v1/reports/quarterly/file?institution=650000&year=2025&quarter=3").status_code == 200

"""The quarterly report's files: the PDF (same numbers as the page and the .xlsx, read back with pypdf) and the
DLP check both files pass (a personal datum typed into any text of the report never leaves in clear)."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.reports.conftest import bj
from xiaobao.privacy.models import BlockedExport
from xiaobao.reports import figures, services
from xiaobao.reports.models import Basis

Q3 = "institution=650000&year=2025&quarter=3"


def pdf_lines(content: bytes) -> list[list[str]]:
    """Each page's text lines (a table cell is a line of its own)."""
    return [[line.strip() for line in (page.extract_text() or "").splitlines()] for page in
            PdfReader(BytesIO(content)).pages]


def after(lines: list[str], label: str, n: int, *, start: int = 0) -> list[str]:
    """The n cells after the first line equal to `label` from `start`."""
    k = lines.index(label, start)
    return lines[k + 1:k + 1 + n]


def test_the_pdf_has_the_title_merged_headers_and_the_numbers_of_the_page_and_the_xlsx(client, cast, quarter):
    client.force_login(cast.officer)
    response = client.get(f"/reports/quarterly.pdf?{Q3}")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="complaints-650000-2025-07-01.pdf"'
    pages = pdf_lines(response.content)
    first = pages[0]
    assert "新疆分公司投诉情况统计表（2025年第3季度）" in first  # institution and period in the title
    assert "机构：新疆分公司（650000）" in first
    book = load_workbook(BytesIO(client.get(f"/reports/quarterly.xlsx?{Q3}").content))
    summary = book.worksheets[0]
    page = client.get(f"/reports/quarterly/?{Q3}").content.decode()
    data = figures.quarterly(user=cast.officer, institution=cast.branch, year=2025, quarter=3)
    for row, figure in enumerate(data["figures"], start=4):
        in_pdf = after(first, figure["label"], 3)
        in_xlsx = [str(summary.cell(row, c).value) for c in (2, 3, 4)]
        in_data = [str(data["total"][s][figure["key"]]) for s in ("direct", "regulator", "all")]
        assert in_pdf == in_xlsx == in_data, figure["label"]
        for k, value in enumerate(in_data):
            assert f'data-testid="sum-{figure["key"]}-{k}">{value}<' in page
    assert after(first, "接收", 3) == ["6", "2", "8"]  # hand-computed in test_quarterly.py
    # the breakdowns: one section per source, the source's label spanning its figures above their labels, a total
    # row equal to the .xlsx's (by institution, regulator-transferred: 1 at 乌鲁木齐, 1 at 喀什)
    heads = [p[2] if len(p) > 2 else "" for p in pages]  # a source's section starts a page: title, page, source
    regulator = [line for p in pages[heads.index("监管转办"):heads.index("全部投诉")] for line in p]
    assert after(regulator, "险种", 2) == ["监管转办", "接收量变化（%）"]
    assert after(regulator, "接收量变化（%）", 2) == ["接收", "受理"]
    by_inst = book.worksheets[-1]
    n = len(data["figures"])
    xlsx_total = [str(by_inst.cell(by_inst.max_row, 2 + n + k).value) for k in range(n)]  # 监管转办 columns
    assert after(regulator, "合计", n, start=regulator.index("按机构")) == xlsx_total
    assert xlsx_total[0] == "2"


def test_a_frozen_pdf_keeps_the_frozen_figures_and_says_who_froze_them(client, cast, quarter, make_complaint):
    services.freeze(by=cast.officer, kind="quarterly", institution="650000", year=2025, number=3)
    make_complaint(received_at=bj(2025, 9, 15, 10, 0))
    client.force_login(cast.officer)
    first = pdf_lines(client.get(f"/reports/quarterly.pdf?{Q3}").content)[0]
    assert after(first, "接收", 3) == ["6", "2", "8"]
    assert any(line.startswith("赵敏") or "赵敏" in line for line in first)
    live = pdf_lines(client.get(f"/reports/quarterly.pdf?{Q3}&live=1").content)[0]
    assert after(live, "接收", 3) == ["7", "2", "9"]


def _typed_into(where: str, cast, datum: str) -> None:
    if where == "institution name":
        cast.sub_b.name = f"喀什中心支公司{datum}"
        cast.sub_b.save(update_fields=["name"])
    elif where == "denominator definition":
        Basis.objects.filter(code="original-premium").update(label=f"原保险保费收入{datum}")
        services.save_volume(services.VolumeIn(institution="650100", year=2025, quarter=3,
                                               premium=Decimal("250000000"), premium_basis="original-premium"),
                             by=cast.officer)
    else:  # the industry medians' source
        services.save_median(by=cast.officer, year=2025, quarter=3, per_100m_premium=Decimal("3.1"),
                             per_10k_policies=None, source=f"行业协会通报 {datum}")


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
@pytest.mark.parametrize(("where", "datum"), [
    ("institution name", "13912345678"),
    ("denominator definition", "（联系人身份证11010519491231002X）"),
    ("median source", "联系地址：乌鲁木齐市天山区解放北路128号"),
])
def test_personal_data_typed_into_the_report_does_not_leave_in_clear(client, cast, quarter, fmt, where, datum):
    _typed_into(where, cast, datum)
    client.force_login(cast.auditor)  # reads the branch's reports, may not export personal data in clear
    response = client.get(f"/reports/quarterly.{fmt}?{Q3}")
    assert response.status_code == 403
    assert response["Content-Type"].startswith("text/html")
    blocked = BlockedExport.objects.get()
    assert blocked.kind == fmt and blocked.user == cast.auditor
    assert set(blocked.findings) & {"MOBILE", "ID_CARD", "ADDRESS"}
    client.force_login(cast.officer)  # the role that may export personal data gets the file (nothing recorded)
    assert client.get(f"/reports/quarterly.{fmt}?{Q3}").status_code == 200
    assert BlockedExport.objects.count() == 1


def test_a_report_without_personal_data_passes_the_check(client, cast, quarter):
    client.force_login(cast.auditor)
    for fmt in ("xlsx", "pdf"):
        assert client.get(f"/reports/quarterly.{fmt}?{Q3}").status_code == 200
    assert not BlockedExport.objects.exists()

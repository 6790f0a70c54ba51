"""Import of an existing activity ledger: valid rows recorded, errors reported per row, no duplicates."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from xiaobao.outreach import importing
from xiaobao.outreach.models import Activity

pytestmark = pytest.mark.django_db
HEAD = importing.TEMPLATE_HEADERS


def workbook(rows) -> io.BytesIO:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEAD)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


def test_valid_rows_are_recorded_and_each_bad_row_reported(cast, campaign):
    rows = [
        [date(2026, 3, 15), "650100", "3·15进社区", campaign.name, "进社区", "老年人、新市民", "红山社区", 120, 300, "居委会", ""],
        ["2026-13-40", "650100", "日期错", "", "进社区", "", "", 10, 0, "", ""],  # row 3: bad date
        ["2026-03-01", "650100", "", "", "跳舞", "外星人", "", "十", 0, "", ""],  # row 4: four problems
        ["2026-03-02", "653100", "喀什", "", "进乡村", "", "", 10, 0, "", ""],  # row 5: out of the scope
        ["2026/3/20", "650102", "进校园", "常态化", "进校园", "学生", "", "1,200", "", "", ""],  # row 6: valid
        ["2026-03-03", "650100", "无此主题", "不存在的主题", "进社区", "", "", 1, 0, "", ""],  # row 7
    ]
    result = importing.import_ledger(by=cast.handler_a, source=workbook(rows))
    assert (result.rows, result.created, result.skipped, result.failed_rows) == (6, 2, 0, 4)
    by_row = {}
    for e in result.errors:
        by_row.setdefault(e.row, []).append(e.column)
    assert by_row == {3: ["日期"], 4: ["活动名称", "活动形式", "受众群体", "覆盖人数"], 5: ["机构代码"], 7: ["宣传主题"]}
    first = Activity.objects.get(title="3·15进社区")
    assert (first.people_reached, first.materials, first.audience_list, first.campaign) == (
        120, 300, ["elderly", "new_citizens"], campaign)
    second = Activity.objects.get(title="进校园")
    assert (second.held_on, second.people_reached, second.campaign, second.format) == (date(2026, 3, 20), 1200,
                                                                                       None, "school")
    again = importing.import_ledger(by=cast.handler_a, source=workbook(rows))  # the corrected file again
    assert (again.created, again.skipped) == (0, 2) and Activity.objects.count() == 2
    report = openpyxl.load_workbook(io.BytesIO(importing.error_report(result))).active
    assert [c.value for c in report[2]][:2] == [3, "日期"]


def test_a_sheet_without_headers_or_not_a_workbook_is_refused(client, cast):
    client.force_login(cast.handler_a)
    book = openpyxl.Workbook()
    book.active.append(["a", "b"])
    buffer = io.BytesIO()
    book.save(buffer)
    response = client.post("/outreach/activities/import/",
                           {"file": SimpleUploadedFile("ledger.xlsx", buffer.getvalue())})
    assert response.status_code == 422 and "日期" in response.content.decode()
    response = client.post("/outreach/activities/import/", {"file": SimpleUploadedFile("ledger.xlsx", b"not zip")})
    assert response.status_code == 422


def test_the_import_page_shows_the_errors_and_offers_the_report(client, cast):
    client.force_login(cast.handler_a)
    rows = [["2026-03-15", "650100", "进社区", "", "进社区", "", "", 10, 0, "", ""],
            ["bad", "650100", "x", "", "进社区", "", "", 10, 0, "", ""]]
    response = client.post("/outreach/activities/import/",
                           {"file": SimpleUploadedFile("ledger.xlsx", workbook(rows).getvalue())})
    page = response.content.decode()
    assert response.status_code == 200 and 'data-testid="import-errors"' in page
    report = client.get("/outreach/activities/import/?report=1")
    assert report.status_code == 200 and report["Content-Type"].startswith("application/vnd.openxml")
    client.force_login(cast.auditor)
    response = client.post("/outreach/activities/import/",
                           {"file": SimpleUploadedFile("ledger.xlsx", workbook(rows).getvalue())})
    assert response.status_code == 422 and Activity.objects.count() == 1

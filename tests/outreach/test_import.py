"""Import of an existing activity ledger: valid rows recorded, errors reported per row, no duplicates."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from xiaobao.core.models import Job
from xiaobao.outreach import importing
from xiaobao.outreach.models import Activity
from xiaobao.security import imports

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


def _upload(client, data: bytes, name: str = "ledger.xlsx"):
    return client.post("/outreach/activities/import/", {"file": SimpleUploadedFile(name, data)})


def test_a_sheet_without_headers_or_not_a_workbook_fails_its_job_with_the_reason(client, cast):
    client.force_login(cast.handler_a)
    book = openpyxl.Workbook()
    book.active.append(["a", "b"])
    buffer = io.BytesIO()
    book.save(buffer)
    response = _upload(client, buffer.getvalue())
    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert 'data-testid="import-failed"' in page and "日期" in page and "未导入任何数据" in page
    response = _upload(client, b"not zip")
    assert 'data-testid="import-failed"' in client.get(response.url).content.decode()
    assert Job.objects.filter(status=Job.Status.FAILED).count() == 2 and not Activity.objects.exists()


def test_the_page_queues_the_import_and_shows_its_outcome_and_report(client, cast):
    client.force_login(cast.handler_a)
    rows = [["2026-03-15", "650100", "进社区", "", "进社区", "", "", 10, 0, "", ""],
            ["bad", "650100", "x", "", "进社区", "", "", 10, 0, "", ""]]
    response = _upload(client, workbook(rows).getvalue())
    job = Job.objects.get()
    assert response.status_code == 302 and response.url == f"/security/imports/{job.pk}/"
    assert job.kind == "outreach.import" and job.status == Job.Status.DONE and job.payload is None
    page = client.get(response.url).content.decode()
    assert "共读取 2 行：登记 1 行，0 行已导入过，1 行有错误。" in page and 'data-testid="import-errors"' in page
    assert "hx-trigger" not in page and 'href="/outreach/activities/import/"' in page
    report = client.get(f"{response.url}report.xlsx")
    assert report.status_code == 200 and report["Content-Type"].startswith("application/vnd.openxml")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(report.streaming_content))).active
    assert [c.value for c in sheet[2]][:2] == [3, "日期"]
    assert "导入 ledger.xlsx" in client.get("/outreach/activities/import/").content.decode()  # recent imports

    client.force_login(cast.handler_b)  # another user sees neither the job nor its report
    assert client.get(response.url).status_code == 404
    assert client.get(f"{response.url}report.xlsx").status_code == 404
    response = _upload(client, workbook(rows).getvalue())  # and imports only in their own scope
    assert "650100" in client.get(response.url).content.decode() and Activity.objects.count() == 1


def test_the_same_file_twice_or_a_task_run_twice_records_nothing_twice(client, cast):
    client.force_login(cast.handler_a)
    rows = [["2026-03-15", "650100", "进社区", "", "进社区", "", "", 10, 0, "", ""]]
    first = Job.objects.get(pk=_upload(client, workbook(rows).getvalue()).url.split("/")[-2])
    imports.run(str(first.pk))  # the task again, e.g. the worker died after the commit
    second = Job.objects.get(pk=_upload(client, workbook(rows).getvalue()).url.split("/")[-2])
    assert (first.result["created"], second.result["created"], second.result["existing"]) == (1, 0, 1)
    assert Activity.objects.count() == 1


def test_a_role_that_may_not_record_activities_is_refused(client, cast):
    rows = [["2026-03-15", "650100", "进社区", "", "进社区", "", "", 10, 0, "", ""]]
    client.force_login(cast.auditor)
    page = client.get("/outreach/activities/import/")  # refused with the reason, not offered a form
    assert page.status_code == 403 and "您的岗位不能登记宣传教育活动。" in page.content.decode()
    response = _upload(client, workbook(rows).getvalue())
    assert response.status_code == 403 and not Job.objects.exists() and Activity.objects.count() == 0

"""投诉台账导入: all rows or none, Chinese labels and codes, idempotent re-import, report, command, page."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import Workbook, load_workbook

from tests.complaints.conftest import BEIJING, VALID_ID
from xiaobao.complaints import ledger
from xiaobao.complaints.models import Complaint
from xiaobao.complaints.services import importing
from xiaobao.complaints.services.importing import import_ledger
from xiaobao.core import progress
from xiaobao.core.errors import PermissionDenied
from xiaobao.core.models import Job

HEADERS = ["序号", "投诉渠道", "受理时间", "处理机构(代码)", "投诉人姓名", "联系电话", "身份证号", "联系地址", "投诉人数",
           "少数民族语言服务(是/否)", "保单号", "赔案号", "产品线", "业务类别", "投诉原因", "投诉事项(摘要)", "诉求",
           "争议金额", "监管转办编号", "监管要求办结时间"]
EXCEL_TIME = datetime(2025, 9, 26, 10, 0, tzinfo=BEIJING).replace(tzinfo=None)  # Excel cells have no zone


def row(n: int, **overrides) -> dict:
    values = {
        "序号": n, "投诉渠道": "95500", "受理时间": EXCEL_TIME, "处理机构(代码)": "650100",
        "投诉人姓名": f"张三{n}", "联系电话": 13812345000 + n, "身份证号": VALID_ID, "联系地址": "新疆乌鲁木齐市天山区解放北路100号",
        "投诉人数": 1, "少数民族语言服务(是/否)": "否", "保单号": f"PDAA2025650100000{n:05d}", "赔案号": "",
        "产品线": "车险", "业务类别": "机动车辆保险", "投诉原因": "理赔纠纷", "投诉事项(摘要)": f"定损金额偏低，第{n}件",
        "诉求": "重新核定", "争议金额": "12,000.50元", "监管转办编号": None, "监管要求办结时间": None,
    }
    values.update(overrides)
    return values


def workbook(rows: list[dict], headers: list[str] = HEADERS, title: str | None = None) -> io.BytesIO:
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append([title])
    ws.append(headers)
    for r in rows:
        ws.append([r.get(h) for h in headers])
    out = io.BytesIO()
    wb.save(out)
    out.seek(0)
    return out


def report_rows(report) -> list[list]:
    out = io.BytesIO()
    report.write_report(out)
    out.seek(0)
    return [list(r) for r in load_workbook(out).active.iter_rows(values_only=True)]


# ------------------------------------------------------------------------------------------ the service


def test_a_valid_ledger_imports_every_row(cast):
    rows = [row(1), row(2, 受理时间="2025/9/26", 争议金额=8000), row(3, 受理时间="2025-09-27 14:30", 争议金额=None)]
    report = import_ledger(workbook(rows), by=cast.handler_a)
    assert report.ok, report.errors
    assert (report.total, report.created, report.existing) == (3, 3, 0)
    cases = {c.complainant_name: c for c in Complaint.objects.all()}
    assert set(cases) == {"张三1", "张三2", "张三3"}
    first = cases["张三1"]
    assert first.channel == "hotline" and first.product_line == "motor" and first.category == "motor_vehicle"
    assert first.cause == "claims" and first.institution.code == "650100"
    assert first.received_at == datetime(2025, 9, 26, 10, 0, tzinfo=BEIJING)
    assert first.disputed_amount == Decimal("12000.50")
    assert first.complainant_phone == "13812345001"
    assert first.is_elderly and not first.needs_minority_language
    assert cases["张三2"].received_at == datetime(2025, 9, 26, 0, 0, tzinfo=BEIJING)
    assert cases["张三3"].received_at == datetime(2025, 9, 27, 14, 30, tzinfo=BEIJING)
    assert cases["张三3"].disputed_amount is None


def test_one_bad_row_imports_nothing_and_the_report_names_the_row_and_column(cast):
    rows = [row(1), row(2, 投诉渠道="传真", 身份证号="650103195301191541"), row(3)]
    report = import_ledger(workbook(rows), by=cast.handler_a)
    assert not report.ok
    assert Complaint.objects.count() == 0
    assert {(e.row, e.column) for e in report.errors} == {(3, "投诉渠道"), (3, "身份证号")}  # sheet row 3 = data row 2
    assert report.rows_with_errors == 1
    channel_error = next(e for e in report.errors if e.column == "投诉渠道")
    assert "传真" in channel_error.message and "客服热线" in channel_error.message

    sheet = report_rows(report)
    assert sheet[0][-1] == "错误说明"
    assert sheet[0][:len(HEADERS)] == HEADERS
    assert sheet[1][-1] is None  # row 1 is fine
    assert sheet[2][1] == "传真" and sheet[2][-1].startswith("投诉渠道：")
    assert "身份证号：" in sheet[2][-1]


def test_every_problem_of_a_row_is_reported_at_once(cast):
    bad = row(1, 受理时间="下周一", 投诉人姓名="", 争议金额="一万", 投诉人数="两人", 产品线="寿险",
              **{"处理机构(代码)": "999999", "少数民族语言服务(是/否)": "也许"})
    report = import_ledger(workbook([bad]), by=cast.handler_a)
    columns = {e.column for e in report.errors}
    assert columns == {"受理时间", "处理机构", "投诉人姓名", "争议金额", "投诉人数", "产品线", "少数民族语言服务"}
    assert all(e.row == 2 for e in report.errors)


def test_a_row_outside_the_users_data_scope_is_an_error(cast):
    report = import_ledger(workbook([row(1, **{"处理机构(代码)": "653100"})]), by=cast.handler_a)
    assert [(e.column, "653100" in e.message) for e in report.errors] == [("处理机构", True)]
    assert Complaint.objects.count() == 0


@pytest.mark.parametrize("column,spelling,field,code", [
    ("投诉渠道", "95500", "channel", "hotline"),
    ("投诉渠道", "电话", "channel", "hotline"),
    ("投诉渠道", "客服热线", "channel", "hotline"),
    ("投诉渠道", "hotline", "channel", "hotline"),
    ("投诉渠道", "Hotline 95500", "channel", "hotline"),
    ("投诉渠道", "柜面", "channel", "counter"),
    ("投诉渠道", "ＡＰＰ", "channel", "app"),
    ("投诉渠道", "微信", "channel", "wechat"),
    ("产品线", "意外险", "product_line", "accident"),
    ("产品线", "health", "product_line", "health"),
    ("业务类别", "企业财产险", "category", "enterprise_property"),
    ("业务类别", "short_term_health", "category", "short_term_health"),
    ("投诉原因", "销售纠纷", "cause", "sales"),
    ("投诉原因", "Service dispute", "cause", "service"),
    ("投诉原因", "非保险合同纠纷", "cause", "non_contract"),
])
def test_chinese_labels_aliases_and_codes_are_all_accepted(cast, column, spelling, field, code):
    report = import_ledger(workbook([row(1, **{column: spelling})]), by=cast.handler_a)
    assert report.ok, report.errors
    assert getattr(Complaint.objects.get(), field) == code


def test_a_regulator_transfer_by_12378_with_its_reference_and_deadline(cast):
    transfer = row(1, 投诉渠道="12378", 监管转办编号="XJ-2025-0926-01", 监管要求办结时间=date(2025, 10, 10))
    report = import_ledger(workbook([transfer]), by=cast.handler_a)
    assert report.ok, report.errors
    c = Complaint.objects.get()
    assert c.channel == "regulator" and c.regulator_reference == "XJ-2025-0926-01"
    assert c.regulator_due_at == datetime(2025, 10, 11, 0, 0, tzinfo=BEIJING)  # by the end of 10-10


def test_a_regulator_transfer_without_its_reference_is_an_error(cast):
    report = import_ledger(workbook([row(1, 投诉渠道="监管转办")]), by=cast.handler_a)
    assert [e.column for e in report.errors] == ["监管转办编号"]


def test_reimporting_the_same_file_creates_nothing_new(cast):
    data = workbook([row(1), row(2)]).getvalue()
    first = import_ledger(io.BytesIO(data), by=cast.handler_a)
    again = import_ledger(io.BytesIO(data), by=cast.handler_a)
    by_officer = import_ledger(io.BytesIO(data), by=cast.officer)
    assert (first.created, first.existing) == (2, 0)
    assert (again.created, again.existing) == (0, 2)
    assert (by_officer.created, by_officer.existing) == (0, 2)
    assert Complaint.objects.count() == 2


def test_a_ledger_grown_by_new_rows_imports_only_the_new_ones(cast):
    import_ledger(workbook([row(1), row(2)]), by=cast.handler_a)
    report = import_ledger(workbook([row(1), row(2), row(3)]), by=cast.handler_a)
    assert (report.created, report.existing) == (1, 2)
    assert Complaint.objects.count() == 3


def test_a_title_row_above_the_headers_and_institution_names_are_understood(cast):
    rows = [row(1, **{"处理机构(代码)": "乌鲁木齐中心支公司"}), row(2, **{"处理机构(代码)": "650102 乌鲁木齐天山区支公司"})]
    report = import_ledger(workbook(rows, title="2025年第三季度投诉台账"), by=cast.handler_a)
    assert report.ok, report.errors
    assert sorted(Complaint.objects.values_list("institution__code", flat=True)) == ["650100", "650102"]


def test_alternative_headers_are_recognised(cast):
    headers = ["投诉来源", "接收时间", "机构代码", "投诉人", "电话", "险种", "业务类别", "投诉原因", "投诉内容"]
    values = {"投诉来源": "柜面", "接收时间": "2025年9月26日 10:00", "机构代码": 650100, "投诉人": "李四", "电话": "13900001111",
              "险种": "车险", "业务类别": "车险", "投诉原因": "理赔", "投诉内容": "理赔太慢"}
    report = import_ledger(workbook([values], headers=headers), by=cast.handler_a)
    assert report.ok, report.errors
    assert Complaint.objects.get().received_at == datetime(2025, 9, 26, 10, 0, tzinfo=BEIJING)


def test_missing_required_columns_are_a_file_error(cast):
    headers = ["序号", "投诉渠道", "受理时间", "投诉人姓名"]
    report = import_ledger(workbook([{"序号": 1, "投诉渠道": "95500", "受理时间": "2025-09-26", "投诉人姓名": "张三"}],
                                    headers=headers), by=cast.handler_a)
    assert not report.ok and report.errors == []
    assert "处理机构" in report.file_errors[0] and "投诉事项" in report.file_errors[0]


def test_a_file_that_is_not_a_workbook_is_a_file_error(cast):
    report = import_ledger(io.BytesIO(b"not a zip"), by=cast.handler_a)
    assert report.file_errors and not report.ok
    assert report_rows(report)[0][0].startswith("错误说明")


def test_the_template_reads_back_as_a_ledger_with_no_rows(cast):
    out = io.BytesIO()
    ledger.write_template(out)
    out.seek(0)
    sheet = ledger.read(out)
    assert set(sheet.columns.values()) == {c.key for c in ledger.COLUMNS}
    assert sheet.rows == []
    out.seek(0)
    assert not import_ledger(out, by=cast.handler_a).ok


def test_read_only_users_may_not_import(cast):
    with pytest.raises(PermissionDenied):
        import_ledger(workbook([row(1)]), by=cast.auditor)


def test_user_text_is_never_written_back_as_a_formula(cast):
    source = workbook([row(1, 投诉渠道="传真")])
    wb = load_workbook(source)
    cell = wb.active.cell(row=2, column=HEADERS.index("投诉事项(摘要)") + 1)
    cell.value, cell.data_type = '=HYPERLINK("http://x")', "s"  # text that looks like a formula
    source = io.BytesIO()
    wb.save(source)
    source.seek(0)
    report = import_ledger(source, by=cast.handler_a)
    out = io.BytesIO()
    report.write_report(out)
    out.seek(0)
    written = load_workbook(out).active.cell(row=2, column=HEADERS.index("投诉事项(摘要)") + 1)
    assert written.value == '=HYPERLINK("http://x")' and written.data_type == "s"


@pytest.mark.parametrize("value,expected", [
    ("2025-09-26 10:00", datetime(2025, 9, 26, 10, 0, tzinfo=BEIJING)),
    ("2025/9/26", datetime(2025, 9, 26, 0, 0, tzinfo=BEIJING)),
    ("2025.09.26 8:05:30", datetime(2025, 9, 26, 8, 5, 30, tzinfo=BEIJING)),
    ("2025年9月26日10时30分", datetime(2025, 9, 26, 10, 30, tzinfo=BEIJING)),
    ("20250926", datetime(2025, 9, 26, 0, 0, tzinfo=BEIJING)),
    (45926.5, datetime(2025, 9, 26, 12, 0, tzinfo=BEIJING)),  # an Excel serial
    (EXCEL_TIME, datetime(2025, 9, 26, 10, 0, tzinfo=BEIJING)),
])
def test_dates_as_excel_values_or_text(value, expected):
    assert ledger.parse_datetime(value) == expected


@pytest.mark.parametrize("value,expected", [
    ("12,000.50元", "12000.50"), ("¥ 8000", "8000.00"), ("1.2万", "12000.00"), (3000, "3000.00"),
    ("１２３４", "1234.00"), ("5，000", "5000.00"),
])
def test_amounts_with_commas_and_yuan(value, expected):
    assert ledger.parse_amount(value) == Decimal(expected)


# ------------------------------------------------------------------------------------------ the command


def test_the_command_imports_with_a_progress_bar(cast, tmp_path, capsys):
    path = tmp_path / "ledger.xlsx"
    path.write_bytes(workbook([row(1), row(2)]).getvalue())
    call_command("complaints", "import", str(path), "--user", "handler_a")
    out, err = capsys.readouterr()
    assert "imported 2 complaints from 2 rows" in out
    assert "校验 [" in err and "导入 [" in err and "2/2" in err
    assert Complaint.objects.count() == 2


def test_the_command_exits_non_zero_naming_the_errors_and_writes_the_report(cast, tmp_path, capsys):
    path, report = tmp_path / "ledger.xlsx", tmp_path / "report.xlsx"
    path.write_bytes(workbook([row(1), row(2, 投诉渠道="传真")]).getvalue())
    with pytest.raises(CommandError) as raised:
        call_command("complaints", "import", str(path), "--user", "handler_a", "--report", str(report),
                     "--no-progress")
    assert raised.value.returncode == 1
    assert "1 of 2 rows have errors; nothing was imported" in str(raised.value)
    assert "row 3, 投诉渠道:" in capsys.readouterr().err
    assert load_workbook(report).active.cell(row=1, column=len(HEADERS) + 1).value == "错误说明"
    assert Complaint.objects.count() == 0


def test_the_command_refuses_an_unknown_user_and_a_missing_file(cast, tmp_path):
    with pytest.raises(CommandError) as raised:
        call_command("complaints", "import", str(tmp_path / "none.xlsx"), "--user", "handler_a")
    assert raised.value.returncode == 2
    with pytest.raises(CommandError, match="no active user"):
        call_command("complaints", "import", str(tmp_path / "none.xlsx"), "--user", "nobody")


def test_the_command_writes_the_template(tmp_path, db):
    call_command("complaints", "template", str(tmp_path / "t.xlsx"))
    assert load_workbook(tmp_path / "t.xlsx").active.cell(row=1, column=2).value == "投诉渠道*"


# ------------------------------------------------------------------------------------------ the page

@pytest.fixture
def pages(settings, tmp_path):
    settings.DATA_DIR = tmp_path


def _upload(client, data: io.BytesIO, name: str = "台账.xlsx"):
    data.name = name
    return client.post("/complaints/import/", {"file": data})


def test_the_page_queues_the_import_and_shows_its_outcome(client, cast, pages):
    client.force_login(cast.handler_a)
    assert client.get("/complaints/import/").status_code == 200
    response = _upload(client, workbook([row(1), row(2)]))
    job = Job.objects.get()
    assert response.status_code == 302 and response.url == f"/complaints/import/{job.pk}/"
    assert job.kind == "complaints.import" and job.status == Job.Status.DONE  # the tests' queue runs at once
    assert job.payload is None  # the uploaded file (personal data) is dropped once imported
    page = client.get(response.url)
    assert page.status_code == 200 and 'data-testid="import-result"' in page.content.decode()
    assert "hx-trigger" not in page.content.decode()  # finished: the page stops polling
    assert Complaint.objects.count() == 2
    assert job.result["created"] == 2 and job.done == job.total == 2


def test_a_running_import_polls_its_progress(client, cast, pages, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": []}}
    client.force_login(cast.handler_a)
    job = Job.objects.get(pk=_upload(client, workbook([row(1)])).url.split("/")[-2])
    assert job.status == Job.Status.QUEUED
    body = client.get(f"/complaints/import/{job.pk}/").content.decode()
    assert "hx-trigger=\"every 1s\"" in body and "等待后台任务" in body
    progress.begin(str(job.pk))
    progress.Reporter(job)("import", 40, 100)
    fragment = client.get(f"/complaints/import/{job.pk}/", headers={"HX-Request": "true"})
    text = fragment.content.decode()
    assert "<html" not in text and 'value="40"' in text and "40 / 100" in text and "正在导入" in text


def test_the_page_lists_errors_and_serves_the_report_to_the_uploader_only(client, cast, pages):
    client.force_login(cast.handler_a)
    response = _upload(client, workbook([row(1), row(2, 投诉渠道="传真")]))
    page = client.get(response.url)
    body = page.content.decode()
    assert "投诉渠道" in body and "传真" in body and 'data-testid="import-errors"' in body
    download = client.get(f"{response.url}report.xlsx")
    assert download.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    assert sheet.cell(row=3, column=len(HEADERS) + 1).value.startswith("投诉渠道：")

    client.force_login(cast.reviewer_a)  # another user sees neither the job nor its report
    assert client.get(response.url).status_code == 404
    assert client.get(f"{response.url}report.xlsx").status_code == 404
    assert Complaint.objects.count() == 0


def test_the_page_refuses_other_files_and_read_only_users(client, cast, pages):
    client.force_login(cast.handler_a)
    response = _upload(client, io.BytesIO(b"a,b\n"), name="ledger.csv")
    assert response.status_code == 400 and ".xlsx" in response.content.decode()
    assert not Job.objects.exists()
    client.force_login(cast.auditor)
    assert client.get("/complaints/import/").status_code == 403


def test_a_job_whose_user_lost_the_right_fails_with_the_reason(cast, pages, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": []}}
    job = importing.start_import(workbook([row(1)]).getvalue(), filename="a.xlsx", by=cast.handler_a)
    cast.handler_a.groups.clear()
    importing.run_import(str(job.pk))
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED and "不能" in job.errors[0]["message"]
    assert Complaint.objects.count() == 0 and job.payload is None


def test_a_job_runs_once_even_if_its_task_runs_again(cast, pages):
    job = importing.start_import(workbook([row(1), row(2)]).getvalue(), filename="a.xlsx", by=cast.handler_a)
    importing.run_import(str(job.pk))  # e.g. the worker died after the commit, and the task ran again
    job.refresh_from_db()
    assert job.result["created"] == 2 and job.attempts == 1 and Complaint.objects.count() == 2


def test_the_page_offers_the_template(client, cast, pages):
    client.force_login(cast.handler_a)
    response = client.get("/complaints/import/template.xlsx")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert [c.value for c in sheet[1]][:3] == ["序号", "投诉渠道*", "受理时间*"]


def test_the_error_report_carries_no_personal_data_in_clear(cast):
    """The report is an export: names, phones, ID numbers and addresses are masked; rows keep their number."""
    rows = [row(1), row(2, 投诉渠道="传真")]
    report = import_ledger(workbook(rows), by=cast.handler_a)
    text = "\n".join(str(v) for r in report_rows(report) for v in r if v is not None)
    for clear in ("张三1", "13812345001", VALID_ID, "解放北路100号"):
        assert clear not in text, clear
    assert "张**" in text and "138****5001" in text and "传真" in text


def test_a_ledger_longer_than_one_batch_with_a_repeated_row(cast):
    rows = [row(n) for n in range(1, 151)] + [row(7)]  # 150 complaints, the 7th listed twice
    report = import_ledger(workbook(rows), by=cast.handler_a)
    assert (report.ok, report.created, report.existing) == (True, 150, 1)
    numbers = sorted(int(n[-6:]) for n in report.numbers)
    assert numbers == list(range(numbers[0], numbers[0] + 150))
    assert Complaint.objects.count() == 150

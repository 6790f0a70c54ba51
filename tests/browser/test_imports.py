"""A handler imports a special-group services ledger: the upload is queued, the job's page waits for the worker
and polls, then shows the refused row with its reason and the error report; the corrected file is imported once
(issue 16 item 8: imports run off the request thread)."""

from __future__ import annotations

import pytest

from tests.assistance.test_pages_api import GOOD, _workbook
from tests.browser.pages import as_user
from xiaobao.assistance.models import Service
from xiaobao.core.models import Job
from xiaobao.security import imports

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _upload(page, base: str, rows) -> Job:
    page.goto(f"{base}/assistance/import/")
    page.set_input_files("#id_file", files=[{"name": "服务台账.xlsx", "mimeType": XLSX,
                                             "buffer": _workbook(rows).read()}])
    page.click("[data-testid=import-form] button.primary")
    page.wait_for_url("**/security/imports/*/")
    return Job.objects.latest("created_at")


def test_a_handler_follows_an_import_from_upload_to_result(browser, live_server, cast, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": []}}  # no worker yet
    handler = as_user(browser, live_server, "handler_a")
    bad = [*GOOD[:2], "传真", *GOOD[3:]]
    job = _upload(handler, live_server.url, [GOOD, bad])
    assert "等待后台任务处理" in handler.get_by_test_id("import-job").inner_text()
    assert handler.locator("#import-job progress").is_visible()

    imports.run(str(job.pk))  # the worker takes the job; the page, polling every second, shows the outcome
    result = handler.get_by_test_id("import-result")
    result.wait_for()
    text = result.inner_text()
    assert "2行中有1行存在错误，本次未导入任何数据" in text and "服务渠道" in text and "传真" in text
    with handler.expect_download() as download:
        handler.get_by_test_id("error-report").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    assert Service.objects.count() == 0

    handler.get_by_test_id("import-another").click()
    handler.wait_for_url("**/assistance/import/")
    assert "导入 服务台账.xlsx" in handler.get_by_test_id("recent-imports").inner_text()
    job = _upload(handler, live_server.url, [GOOD])
    imports.run(str(job.pk))
    handler.get_by_test_id("import-result").wait_for()
    assert "共读取 1 行：登记 1 行" in handler.get_by_test_id("import-result").inner_text()
    assert Service.objects.count() == 1

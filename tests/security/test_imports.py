"""Excel imports as background work (`security.imports`, issue 16 item 8): the page queues the upload, the job's
page follows it; a worker that dies mid-import leaves nothing written and the retried task imports once; a task
that runs again after the outcome committed does nothing; the job's file is kept encrypted and dropped once used.
Each module's own import is tested in its folder (tests/<app>/…import…)."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from xiaobao.core import progress
from xiaobao.core.models import Job
from xiaobao.outreach import services as outreach_services
from xiaobao.outreach.models import Activity
from xiaobao.security import imports

pytestmark = pytest.mark.django_db
ROWS = [["2026-03-15", "650100", f"进社区{n}", "", "进社区", "", "", 10, 0, "", ""] for n in range(3)]


def _ledger(rows=ROWS) -> bytes:
    from xiaobao.outreach import importing

    book = openpyxl.Workbook()
    book.active.append(importing.TEMPLATE_HEADERS)
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def queued(settings):
    """A queue that keeps the task (no worker): the test runs it itself."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": []}}


def test_the_file_is_kept_encrypted_until_the_job_has_run(cast, queued):
    data = _ledger()
    job = imports.start("outreach.import", SimpleUploadedFile("台账.xlsx", data), by=cast.handler_a)
    assert job.status == Job.Status.QUEUED and job.title == "导入 台账.xlsx"
    payload = bytes(job.payload)
    assert b"xl/worksheets" in data and b"xl/worksheets" not in payload and "台账".encode() not in payload
    imports.run(str(job.pk))
    job.refresh_from_db()
    assert job.status == Job.Status.DONE and job.payload is None and Activity.objects.count() == 3


def test_a_worker_killed_mid_import_leaves_nothing_and_the_retry_imports_once(cast, queued, monkeypatch):
    job = imports.start("outreach.import", SimpleUploadedFile("a.xlsx", _ledger()), by=cast.handler_a)
    create = outreach_services.activity_create
    calls = []

    def dies_on_the_third_row(**kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise SystemExit("kill -9")  # what the transaction sees of a dying worker: it never commits
        return create(**kwargs)

    monkeypatch.setattr(outreach_services, "activity_create", dies_on_the_third_row)
    with pytest.raises(SystemExit):
        imports.run(str(job.pk))
    job.refresh_from_db()
    assert Activity.objects.count() == 0 and job.status == Job.Status.RUNNING  # the worker queues it again
    monkeypatch.setattr(outreach_services, "activity_create", create)
    imports.run(str(job.pk))
    imports.run(str(job.pk))  # and once more after it committed: nothing to do
    job.refresh_from_db()
    assert (job.status, job.attempts, job.result["created"]) == (Job.Status.DONE, 2, 3)
    assert Activity.objects.count() == 3


def test_a_refused_file_fails_the_job_and_writes_nothing(cast, queued):
    job = imports.start("outreach.import", SimpleUploadedFile("a.xlsx", b"not a workbook"), by=cast.handler_a)
    imports.run(str(job.pk))
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED and job.payload is None
    assert any("\u4e00" <= ch <= "\u9fff" for ch in job.errors[0]["message"])  # the guard's message, in Chinese


def test_a_user_who_lost_the_right_meanwhile_gets_the_reason(cast, queued):
    job = imports.start("outreach.import", SimpleUploadedFile("a.xlsx", _ledger()), by=cast.handler_a)
    cast.handler_a.groups.clear()
    imports.run(str(job.pk))
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED and "不能" in job.errors[0]["message"]
    assert Activity.objects.count() == 0


def test_the_job_page_polls_its_progress_in_chinese_for_its_owner_only(client, cast, queued):
    client.force_login(cast.handler_a)
    response = client.post("/outreach/activities/import/", {"file": SimpleUploadedFile("a.xlsx", _ledger())})
    job = Job.objects.get()
    body = client.get(response.url).content.decode()
    assert 'hx-trigger="every 1s"' in body and "等待后台任务处理" in body
    progress.begin(str(job.pk))
    progress.Reporter(job)("import", 40, 100)
    fragment = client.get(response.url, headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in fragment and 'value="40"' in fragment and "40 / 100" in fragment and "正在导入" in fragment
    client.force_login(cast.reviewer_a)
    assert client.get(response.url).status_code == 404


def test_a_file_over_the_limit_is_refused_before_it_is_queued(client, cast):
    client.force_login(cast.handler_a)
    big = SimpleUploadedFile("a.xlsx", b"x" * (imports.MAX_UPLOAD_BYTES + 1))
    response = client.post("/outreach/activities/import/", {"file": big})
    assert response.status_code == 422 and "10 MB" in response.content.decode() and not Job.objects.exists()


def test_a_job_of_another_kind_is_not_an_import_page(client, cast):
    job = progress.create(kind="complaints.import", title="x", by=cast.handler_a)
    client.force_login(cast.handler_a)
    assert client.get(f"/security/imports/{job.pk}/").status_code == 404

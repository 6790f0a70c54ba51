"""Training's imports run as background jobs (security.imports): the question bank and a course's attendance.
The job page shows the outcome in Chinese; a file sent twice saves nothing twice; the roles and scope hold."""

from __future__ import annotations

import pytest

from tests.training.conftest import make_course, make_plan, xlsx
from xiaobao.core.models import Job
from xiaobao.training import services
from xiaobao.training.models import Attendance, Question

pytestmark = pytest.mark.django_db
QUESTIONS = [
    services.QUESTION_COLUMNS,
    ["单选", "投诉处理时限一般为？", "7日", "15日", "30日", "", "", "", "B", "", "", "投诉处理", "易", "办法"],
    ["填空", "未知题型", "", "", "", "", "", "", "", "", "", "", "", ""],
]


def _upload(client, url: str, rows) -> tuple[Job, str]:
    data = xlsx(rows)
    data.name = "sheet.xlsx"
    response = client.post(url, {"file": data})
    assert response.status_code == 302 and response.url.startswith("/security/imports/"), response
    return Job.objects.get(pk=response.url.split("/")[-2]), client.get(response.url).content.decode()


def test_the_question_import_runs_as_a_job_and_a_second_upload_adds_nothing(client, cast, trainer):
    client.force_login(trainer)
    job, body = _upload(client, "/training/questions/import/", QUESTIONS)
    assert (job.kind, job.status, job.result["created"], job.result["failed_rows"]) == (
        "training.questions_import", "done", 1, 1)
    assert "共读取 2 行：登记 1 行，0 行已导入过，1 行有错误。" in body and "填空" in body
    assert 'href="/training/questions/"' in body
    again, body = _upload(client, "/training/questions/import/", QUESTIONS)
    assert (again.result["created"], again.result["existing"]) == (0, 1) and Question.objects.count() == 1


def test_the_question_import_is_refused_to_a_reader_of_the_bank(client, cast):
    client.force_login(cast.auditor)
    data = xlsx(QUESTIONS)
    data.name = "sheet.xlsx"
    assert client.post("/training/questions/import/", {"file": data}).status_code == 403
    assert not Job.objects.exists()


def test_the_attendance_import_runs_as_a_job_and_goes_back_to_its_course(client, cast, trainer):
    course = make_course(trainer, make_plan(trainer, cast.branch))
    client.force_login(trainer)
    rows = [["用户名", "学时"], ["handler_a", 2], ["nobody", 1]]
    job, body = _upload(client, f"/training/courses/{course.pk}/import/", rows)
    assert job.result["created"] == 1 and "nobody" in body and f'href="/training/courses/{course.pk}/"' in body
    again, _body = _upload(client, f"/training/courses/{course.pk}/import/", rows)
    assert again.result["existing"] == 1 and Attendance.objects.count() == 1


def test_a_queued_attendance_import_links_back_to_its_course(client, cast, trainer, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": []}}
    course = make_course(trainer, make_plan(trainer, cast.branch))
    client.force_login(trainer)
    job, body = _upload(client, f"/training/courses/{course.pk}/import/", [["用户名"], ["handler_a"]])
    assert job.status == "queued" and f'href="/training/courses/{course.pk}/"' in body


def test_the_attendance_import_is_refused_outside_the_keepers(client, cast, trainer):
    course = make_course(trainer, make_plan(trainer, cast.branch))
    client.force_login(cast.handler_a)
    data = xlsx([["用户名"], ["handler_a"]])
    data.name = "sheet.xlsx"
    response = client.post(f"/training/courses/{course.pk}/import/", {"file": data})
    assert response.status_code in (200, 404) and not Job.objects.exists() and not Attendance.objects.exists()

"""Training pages and API: an exam taken on the page (answers survive a reload), refusals, the API flow."""

from __future__ import annotations

import re

import pytest

from tests.training.conftest import make_course, make_exam, make_plan
from xiaobao.org import services as org_services
from xiaobao.training import services
from xiaobao.training.codes import AttemptStatus
from xiaobao.training.models import Attempt, Plan

pytestmark = pytest.mark.django_db


def auth(user) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {org_services.token_create(user=user)}"}


def test_answers_survive_a_reload_of_the_exam_page(client, cast, trainer, bank):
    exam = make_exam(trainer, cast.branch)
    client.force_login(cast.handler_a)
    assert client.get(f"/training/exams/{exam.pk}/").status_code == 200
    response = client.post(f"/training/exams/{exam.pk}/start/")
    attempt = Attempt.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/training/attempts/{attempt.pk}/"
    single = attempt.answers.select_related("question").filter(question__kind="single").first()
    saved = client.post(f"/training/answers/{single.pk}/", {"choice": "2"},
                        HTTP_HX_REQUEST="true")
    assert saved.status_code == 200 and "已保存" in saved.content.decode()
    page = client.get(f"/training/attempts/{attempt.pk}/").content.decode()  # the reload
    assert page.count(" checked>") == 1 and 'value="2" checked' in page
    assert "剩余时间" in page
    assert client.post(f"/training/attempts/{attempt.pk}/submit/").status_code == 302
    attempt.refresh_from_db()
    assert attempt.status in (AttemptStatus.PASSED, AttemptStatus.FAILED)
    assert "得分" in client.get(f"/training/attempts/{attempt.pk}/").content.decode()


def test_pages_render_and_refuse(client, cast, trainer, bank):
    plan = make_plan(trainer, cast.branch)
    course = make_course(trainer, plan)
    client.force_login(trainer)
    for url in ("/training/", f"/training/plans/{plan.pk}/", f"/training/courses/{course.pk}/", "/training/questions/",
                "/training/grading/", "/training/coverage/", f"/training/courses/{course.pk}/code/"):
        assert client.get(url).status_code == 200, url
    client.force_login(cast.handler_a)
    assert client.get("/training/questions/").status_code == 403  # the bank holds the answers
    assert client.post("/training/questions/", {"kind": "true_false", "text": "x", "answer": "对"}).status_code == 403
    assert client.get(f"/training/courses/{course.pk}/code/").status_code == 403
    assert client.get("/training/coverage/").status_code == 403
    client.force_login(cast.auditor)
    assert client.get("/training/questions/").status_code == 200
    assert client.post("/training/questions/", {"kind": "true_false", "text": "x", "answer": "对"}).status_code == 403


def test_api_flow(client, cast, trainer, bank):
    headers = {**auth(trainer), "HTTP_IDEMPOTENCY_KEY": "plan-1"}
    body = {"year": 2026, "institution": cast.branch.code, "title": "2026年消保培训计划"}
    first = client.post("/api/v1/training/plans", body, content_type="application/json", **headers)
    again = client.post("/api/v1/training/plans", body, content_type="application/json", **headers)
    assert (first.status_code, again.status_code) == (201, 200) and Plan.objects.count() == 1
    clash = client.post("/api/v1/training/plans", body, content_type="application/json", **auth(trainer))
    assert clash.status_code == 409 and clash.json()["code"] == "conflict"
    refused = client.post("/api/v1/training/plans", body, content_type="application/json", **auth(cast.handler_a))
    assert refused.status_code == 403
    assert client.get("/api/v1/training/questions", **auth(cast.handler_a)).status_code == 403
    assert client.get("/api/v1/training/questions", **auth(trainer)).json()["count"] == 15

    exam = make_exam(trainer, cast.branch)
    handler = auth(cast.handler_a)
    started = client.post(f"/api/v1/training/exams/{exam.pk}/attempts", **handler)
    assert started.status_code == 201
    attempt = started.json()
    assert "answer" not in attempt["questions"][0]  # the paper never carries the answers
    first_id = attempt["questions"][0]["answer_id"]
    put = client.put(f"/api/v1/training/answers/{first_id}", {"choice": [0]},
                     content_type="application/json", **handler)
    assert put.status_code == 200 and put.json()["response"] == [0]
    resumed = client.post(f"/api/v1/training/exams/{exam.pk}/attempts", **handler)
    assert resumed.status_code == 200 and resumed.json()["questions"][0]["response"] == [0]
    other = client.get(f"/api/v1/training/attempts/{attempt['id']}", **auth(cast.handler_b))
    assert other.status_code == 404
    stolen = client.put(f"/api/v1/training/answers/{first_id}", {"choice": [1]}, content_type="application/json",
                        **auth(cast.handler_b))
    assert stolen.status_code == 404
    done = client.post(f"/api/v1/training/attempts/{attempt['id']}/submit", **handler)
    assert done.json()["status"] in ("passed", "failed")
    late = client.put(f"/api/v1/training/answers/{attempt['questions'][1]['answer_id']}", {"choice": [0]},
                      content_type="application/json", **handler)
    assert late.status_code == 409

    coverage = client.get(f"/api/v1/training/coverage?institution={cast.sub_a.code}&year=2026", **auth(trainer))
    assert coverage.status_code == 200 and "coverage_rate" in coverage.json()
    assert client.get(f"/api/v1/training/coverage?institution={cast.sub_a.code}&year=2026",
                      **auth(cast.handler_b)).status_code == 403
    services.attendance_record(by=trainer, course_id=make_course(trainer, Plan.objects.get()).pk,
                               username="handler_a")
    hours = client.get("/api/v1/training/hours?year=2026", **auth(cast.handler_a)).json()
    assert hours == [{"username": "handler_a", "name": "王芳", "hours": "2.0"}]


def test_the_bank_shows_each_key_as_its_option_letters(client, cast, trainer):
    """Keys read 选项字母 joined by 、 (A、C), never as a word (AB) and never shifted by one (index 0 is A)."""
    from xiaobao.training.codes import QuestionKind
    from xiaobao.training.models import Question

    def make(kind: str, answer: list[int], **extra) -> Question:
        return services.question_create(by=None, data=services.QuestionData(
            kind=kind, text=f"题{kind}{answer}", options=["甲", "乙", "丙", "丁"], answer=answer, **extra))

    assert make(QuestionKind.MULTIPLE, [0, 2]).answer_label() == "A、C"
    assert make(QuestionKind.SINGLE, [3]).answer_label() == "D"
    assert make(QuestionKind.TRUE_FALSE, [1]).answer_label() == "错误"
    assert make(QuestionKind.SHORT, [], reference="十五日").answer_label() == ""
    assert Question.objects.count() == 4
    client.force_login(trainer)
    page = client.get("/training/questions/").content.decode()
    cells = re.findall(r'<td class="nowrap">([^<]*)</td>', page)
    assert {"A、C", "D", "错误", "十五日"} <= set(cells), cells


def test_the_sign_in_address_is_labelled_beside_its_qr_code(client, cast, trainer):
    course = make_course(trainer, make_plan(trainer, cast.branch))
    client.force_login(trainer)
    page = client.get(f"/training/courses/{course.pk}/code/").content.decode()
    link = re.search(r'data-testid="sign-link">签到地址[^<]*<code translate="no">(http://testserver/training/courses/\d+/sign-in/'
                     r'\?code=\d+)</code>', page)
    assert link and "<svg" in page, page
    code = re.search(r'data-testid="sign-code">(\d+)<', page).group(1)
    assert link.group(1).endswith(f"?code={code}")


def test_a_key_is_typed_as_it_is_shown(client, cast, trainer):
    """The form asks for A、B、D (the way the bank shows keys); run together or with commas is still understood."""
    assert services.parse_answer("multiple", "A、B、D") == services.parse_answer("multiple", "abd") == [0, 1, 3]
    assert services.parse_answer("multiple", "A， C") == [0, 2]
    client.force_login(trainer)
    page = client.get("/training/questions/").content.decode()
    assert "如 A 或 A、B、D" in page and "ABD" not in page
    response = client.post("/training/questions/", {"kind": "multiple", "text": "以下哪些属于消费者权利？",
                                                    "options": "知情权\n自主选择权\n公平交易权", "answer": "A、C",
                                                    "difficulty": "2"})
    assert response.status_code == 302, response.content.decode()[:2000]
    from xiaobao.training.models import Question

    assert Question.objects.get().answer_label() == "A、C"

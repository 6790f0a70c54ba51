"""An officer runs an assessment from 信息收集 to 审核 and sees the ranking; a second officer reviews; a role that
may not approve is refused; the head approves and the results freeze."""

from __future__ import annotations

import pytest

from tests.browser.test_reviews import as_user
from tests.factories import UserFactory
from xiaobao.assessment.models import Run
from xiaobao.org.roles import Role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_assessment_from_collection_to_approval(browser, live_server, cast, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "files"
    UserFactory(username="officer2", institution=cast.branch, roles=[Role.OFFICER])
    UserFactory(username="branch_head", institution=cast.branch, roles=[Role.HEAD])
    UserFactory(username="head_a", institution=cast.sub_a, roles=[Role.HEAD])
    evidence = tmp_path / "自评报告.txt"
    evidence.write_text("消保制度清单与委员会会议纪要", encoding="utf-8")

    officer = as_user(browser, live_server, "officer")
    officer.goto(f"{live_server.url}/assessment/")
    officer.get_by_test_id("new-run").click()
    officer.select_option("#id_template", "2021")
    officer.select_option("#id_institution", cast.branch.code)
    officer.fill("#id_year", "2025")
    officer.click("button.primary")
    officer.wait_for_url("**/assessment/runs/*/")
    run = Run.objects.get()
    assert "信息收集" in officer.get_by_test_id("run-status").inner_text()
    officer.get_by_text("已计算").first.wait_for()
    assert officer.get_by_test_id("rank-row").count() == 2

    head_a = as_user(browser, live_server, "head_a")  # the assessed institution's self-assessment and evidence
    result_a = run.results.get(institution=cast.sub_a)
    head_a.goto(f"{live_server.url}/assessment/results/{result_a.pk}/")
    head_a.fill("#id_note", "本机构已建立消保委员会，制度齐全。")
    head_a.get_by_role("button", name="保存自评").click()
    head_a.get_by_test_id("self-note").wait_for()
    head_a.set_input_files("#id_file", str(evidence))
    head_a.get_by_role("button", name="上传").click()
    head_a.get_by_role("link", name="自评报告.txt").wait_for()

    officer.goto(f"{live_server.url}/assessment/runs/{run.pk}/")
    officer.get_by_role("button", name="开始初评").click()
    officer.get_by_test_id("run-status").get_by_text("初评").wait_for()
    officer.goto(f"{live_server.url}/assessment/results/{result_a.pk}/")
    form = officer.get_by_test_id("score-form-system.governance")
    form.locator("input[name=score]").fill("8")
    form.locator("input[name=note]").fill("制度健全，委员会按季度履职")
    form.get_by_role("button", name="保存").click()
    officer.get_by_text("得分已保存").wait_for()
    officer.goto(f"{live_server.url}/assessment/runs/{run.pk}/")
    officer.get_by_role("button", name="提交初评").click()
    officer.get_by_test_id("run-status").get_by_text("复评").wait_for()
    assert officer.get_by_role("button", name="提交审核").count() == 0  # the first reviewer cannot do the second

    second = as_user(browser, live_server, "officer2")
    second.goto(f"{live_server.url}/assessment/results/{result_a.pk}/")
    form = second.get_by_test_id("score-form-system.governance")
    form.locator("input[name=score]").fill("9")
    form.locator("input[name=note]").fill("复评核实后上调")
    form.get_by_role("button", name="保存").click()
    second.get_by_test_id("difference").wait_for()  # 复评 differs from 初评
    second.goto(f"{live_server.url}/assessment/runs/{run.pk}/")
    second.get_by_role("button", name="提交审核").click()
    second.get_by_test_id("run-status").get_by_text("审核").wait_for()

    # a refused role: an officer sees no approval button, and the server refuses the approval
    assert second.get_by_role("button", name="审核通过并冻结结果").count() == 0
    run.refresh_from_db()
    token = second.locator("input[name=csrfmiddlewaretoken]").first.input_value()
    refused = second.request.post(f"{live_server.url}/assessment/runs/{run.pk}/act/approve/",
                                  form={"csrfmiddlewaretoken": token, "version": str(run.version), "note": ""},
                                  headers={"Referer": f"{live_server.url}/assessment/runs/{run.pk}/"})
    assert refused.status == 403
    assert Run.objects.get().status == "approval"

    head = as_user(browser, live_server, "branch_head")
    head.goto(f"{live_server.url}/assessment/runs/{run.pk}/")
    head.get_by_role("button", name="审核通过并冻结结果").click()
    head.get_by_test_id("frozen").wait_for()
    assert "已审定" in head.get_by_test_id("run-status").inner_text()
    ranking = head.get_by_test_id("ranking")
    assert ranking.get_by_test_id("rank-row").count() == 2
    assert cast.sub_a.name in ranking.inner_text()
    assert head.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no horizontal scrolling

"""A review request from submission through opinions, answers, a new version with its comparison, the conclusion
and the release registration; and a monitoring find of unreviewed material opening a rectification task."""

from __future__ import annotations

import io

import pytest

from tests.browser.pages import as_user
from tests.factories import UserFactory
from xiaobao.org.roles import Role
from xiaobao.reviews import services
from xiaobao.reviews.codes import CheckAs, Kind
from xiaobao.reviews.models import ReviewRequest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

POSTER = "本产品保本保息，稳赚不赔，名额有限下个月停售！"
CLEAN = "本产品为意外伤害保险，保障以保险合同约定为准，投保前请仔细阅读条款。"


def test_a_request_from_submission_to_release(browser, live_server, cast, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "files"
    UserFactory(username="compliance", institution=cast.branch, roles=[Role.COMPLIANCE_REVIEWER])
    poster, clean = tmp_path / "海报.txt", tmp_path / "海报v2.txt"
    poster.write_text(POSTER, encoding="utf-8")
    clean.write_text(CLEAN, encoding="utf-8")

    handler = as_user(browser, live_server, "handler_a")
    handler.goto(f"{live_server.url}/reviews/new/")
    handler.select_option("#id_kind", "marketing")
    handler.select_option("#id_material_form", "wechat")
    handler.fill("#id_title", "朋友圈海报")
    handler.select_option("#id_check_as", "marketing")
    handler.set_input_files("#id_files", str(poster))
    handler.click("button.primary")
    handler.wait_for_url("**/reviews/*/")
    handler.get_by_text("承诺收益", exact=False).first.wait_for()  # the finding appears when checks are done
    request = ReviewRequest.objects.get()

    reviewer = as_user(browser, live_server, "compliance")
    reviewer.goto(f"{live_server.url}/reviews/{request.pk}/")
    reviewer.click("details[data-action=add_opinion] summary")
    reviewer.fill("#id_text", "删除“保本保息、稳赚不赔”的表述。")
    reviewer.click("details[data-action=add_opinion] button.primary")
    reviewer.get_by_test_id("opinion").wait_for()
    reviewer.get_by_role("button", name="将意见反馈申请部门").click()
    reviewer.get_by_text("待申请部门答复").first.wait_for()

    handler.goto(f"{live_server.url}/reviews/{request.pk}/")
    form = handler.get_by_test_id("answer-form")
    form.locator("select").select_option("adopted")
    form.get_by_role("button").click()
    handler.get_by_test_id("answer").wait_for()
    handler.click("details[data-action=add_document] summary")
    handler.set_input_files("details[data-action=add_document] input[type=file]", str(clean))
    handler.select_option("details[data-action=add_document] select[name=document]", "1")
    handler.click("details[data-action=add_document] button")
    handler.get_by_text("已上传", exact=False).wait_for()
    handler.get_by_role("button", name="重新提交审查").click()
    handler.wait_for_load_state()
    assert "审查中" in handler.locator("h1").inner_text(), handler.locator("main").inner_text()[:1500]

    reviewer.goto(f"{live_server.url}/reviews/{request.pk}/")
    comparison = reviewer.get_by_test_id("comparison")
    assert "已消除的问题" in comparison.inner_text() and "承诺" in comparison.inner_text()
    reviewer.click("details[data-action=conclude] summary")
    reviewer.select_option("#id_conclusion", "pass_with_changes")
    reviewer.fill("#id_note", "已按意见修改，同意发布。")
    reviewer.click("details[data-action=conclude] button.primary")
    reviewer.get_by_test_id("conclusion").wait_for()
    assert "修改后通过" in reviewer.get_by_test_id("conclusion").inner_text()

    handler.goto(f"{live_server.url}/reviews/{request.pk}/")
    handler.click("details[data-action=release] summary")
    handler.select_option("#id_document", label="海报v2.txt（v2）")
    handler.fill("#id_location", "https://example.com/poster")
    handler.fill("#id_published_on", "2026-12-05")
    handler.click("details[data-action=release] button")
    assert "v2" in handler.get_by_test_id("release").inner_text()


def test_a_monitoring_find_of_unreviewed_material_opens_a_rectification_task(browser, live_server, cast):
    UserFactory(username="compliance", institution=cast.branch, roles=[Role.COMPLIANCE_REVIEWER])
    UserFactory(username="head_a", institution=cast.sub_a, roles=[Role.HEAD])
    page = as_user(browser, live_server, "compliance")
    page.goto(f"{live_server.url}/reviews/monitoring/")
    page.select_option("#id_institution", cast.sub_a.code)
    page.select_option("#id_source", "wechat_moments")
    page.fill("#id_seen_on", "2026-12-01")
    page.fill("#id_agent_name", "张某")
    page.fill("#id_text", "存十年拿回本金还有利息，比存银行强，政府都打包票！")
    page.get_by_role("button", name="检查并登记").click()
    status = page.get_by_test_id("monitoring-status").first
    assert "未经审查发布" in status.inner_text() and "已发起整改" in status.inner_text()


def test_a_requester_cannot_review_their_own_request_and_an_outsider_sees_nothing(browser, live_server, cast,
                                                                                  tmp_path, settings):
    """The refused roles in a browser: the requesting department is offered no reviewer's action and a forged one
    (with a valid form token) is refused in Chinese, changing nothing; another institution gets the Chinese 404."""
    settings.MEDIA_ROOT = tmp_path / "files"
    request, _created = services.request_submit(
        by=cast.handler_a, kind=Kind.MARKETING, title="朋友圈海报", institution=cast.sub_a, material_form="wechat",
        uploads=[services.Upload(name="海报.txt", stream=io.BytesIO(POSTER.encode()), check_as=CheckAs.MARKETING)])
    request.refresh_from_db()
    status, version = request.status, request.version

    requester = as_user(browser, live_server, "handler_a")
    requester.goto(f"{live_server.url}/reviews/{request.pk}/")
    requester.get_by_text("朋友圈海报").first.wait_for()
    for action in ("take", "add_opinion", "conclude"):
        assert requester.locator(f"[data-action={action}]").count() == 0, action
    token = requester.locator("input[name=csrfmiddlewaretoken]").first.get_attribute("value")
    forged = requester.request.post(f"{live_server.url}/reviews/{request.pk}/act/take/",
                                    form={"csrfmiddlewaretoken": token, "version": str(version)})
    assert forged.status == 422
    assert "您的岗位不能对本申请执行" in forged.text()
    request.refresh_from_db()
    assert (request.status, request.version, request.reviewer_id) == (status, version, None)

    outsider = as_user(browser, live_server, "handler_b")
    response = outsider.goto(f"{live_server.url}/reviews/{request.pk}/")
    assert response is not None and response.status == 404
    assert "朋友圈海报" not in outsider.content()
    assert "页面不存在" in outsider.content()

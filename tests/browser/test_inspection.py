"""销售质检: an inspector works a sampled call from the home work queue to 不合格 with a rectification task; a
complaint handler reads the result but cannot work the call."""

from __future__ import annotations

import io

import pytest

from tests.browser.pages import as_user
from tests.factories import UserFactory
from tests.traceability.conftest import sale_input
from xiaobao.inspection.models import Inspection
from xiaobao.inspection.services import config
from xiaobao.org.roles import Role
from xiaobao.traceability import samples
from xiaobao.traceability import services as trace
from xiaobao.traceability.codes import Kind

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_an_inspector_fails_a_sampled_call_and_a_handler_cannot(browser, live_server, cast, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "files"
    UserFactory(username="inspector", full_name="周检", institution=cast.branch, roles=[Role.COMPLIANCE_REVIEWER])
    UserFactory(username="head_a", full_name="吴总", institution=cast.sub_a, roles=[Role.HEAD])
    config.plan_create(by=cast.officer, name="电销通话全检", condition="all", rate_percent=100, seed="all")
    sale, _created = trace.register_sale(data=sale_input(), by=cast.officer)
    trace.add_item(sale=sale, kind=Kind.TRANSCRIPT, name="call.jsonl", by=cast.officer,
                   stream=io.BytesIO(samples.transcript_jsonl(samples.BAD_CALL, product_line="accident")))
    inspection = Inspection.objects.get()  # checked and sampled on arrival

    inspector = as_user(browser, live_server, "inspector")
    inspector.get_by_role("link", name=inspection.number, exact=False).first.click()  # from the home work queue
    inspector.wait_for_url(f"**/inspection/{inspection.pk}/")
    inspector.get_by_test_id("reasons").get_by_text("电销通话全检").wait_for()
    inspector.get_by_test_id("take").click()
    inspector.get_by_test_id("status").get_by_text("质检中").wait_for()
    assert inspector.get_by_test_id("transcript").locator("mark").count() >= 1  # the violation is marked
    while inspector.get_by_test_id("confirm").count():
        with inspector.expect_navigation():
            inspector.get_by_test_id("confirm").first.click()
    form = inspector.get_by_test_id("conclude-form")
    form.locator("input[value=fail]").check()
    form.locator("input[name=score]").fill("30")
    form.locator("textarea[name=note]").fill("承诺保本保息、未说明责任免除，判定销售误导")
    inspector.get_by_test_id("conclude").click()
    inspector.get_by_test_id("status").get_by_text("不合格").wait_for()
    inspector.get_by_test_id("rectification").wait_for()
    assert no_horizontal_scroll(inspector)
    inspection.refresh_from_db()
    assert inspection.status == "failed" and inspection.rectification_task_id

    handler = as_user(browser, live_server, "handler_a")
    handler.goto(f"{live_server.url}/inspection/{inspection.pk}/")
    handler.get_by_test_id("result").wait_for()
    assert handler.get_by_test_id("take").count() == 0 and handler.get_by_test_id("conclude").count() == 0
    assert handler.get_by_test_id("transcript").count() == 0
    handler.goto(f"{live_server.url}/inspection/")
    handler.get_by_test_id("inspection-queue").wait_for()
    assert no_horizontal_scroll(handler)
    outsider = as_user(browser, live_server, "handler_b")
    response = outsider.goto(f"{live_server.url}/inspection/{inspection.pk}/")
    assert response.status == 404

"""A case from registration to closure through the pages, as a handler and a reviewer would do it."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "pw-for-tests-123"


def login(page, base, username):
    page.goto(f"{base}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button.primary")
    page.wait_for_url(f"{base}/")


def act(page, action, **fields):
    box = page.locator(f"details[data-action='{action}']")
    box.locator("summary").click()
    for name, value in fields.items():
        field = box.locator(f"[name='{name}']")
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    box.locator("button.primary").click()
    page.wait_for_load_state()


def test_register_handle_review_and_close(page, live_server, cast):
    base = live_server.url
    login(page, base, "handler_a")
    page.click("text=投诉管理")
    page.click("text=登记投诉")
    page.select_option("#id_channel", "hotline")
    page.fill("#id_name", "张三丰")
    page.fill("#id_phone", "13812345678")
    page.fill("#id_id_number", "650103195301191540")
    page.select_option("#id_product_line", "motor")
    page.select_option("#id_category", "motor_vehicle")
    page.select_option("#id_cause", "claims")
    page.fill("#id_policy_number", "PDAA2025650100001")
    page.fill("#id_summary", "定损金额与维修发票不一致，要求按发票赔付。")
    page.click("button.primary")
    assert "已登记" in page.inner_text(".messages")
    number = page.locator("h1").inner_text().split()[0]
    assert "张**" in page.get_by_test_id("complainant").inner_text()
    assert "13812345678" not in page.content()

    act(page, "accept")
    act(page, "contact", way="phone", content="电话联系客户，说明定损依据", outcome="客户要求书面答复")
    act(page, "submit", decision="按维修发票核定，补赔差额", result="support", compensation="1800")
    assert "待审核" in page.locator("h1").inner_text()

    page.click("text=退出登录")
    login(page, base, "reviewer_a")
    page.click(f"text={number}")
    act(page, "approve", comment="同意补赔")
    page.click("text=退出登录")

    login(page, base, "handler_a")
    page.goto(f"{base}/complaints/?q={number}")
    page.click(f"text={number}")
    act(page, "close", satisfaction="satisfied", feedback="客户满意")
    assert "已结案" in page.locator("h1").inner_text()
    timeline = page.get_by_test_id("timeline").inner_text()
    for step in ("已登记", "受理", "记录联系情况", "提交审核", "审核通过", "结案"):
        assert step in timeline, step
    assert page.get_by_test_id("sla").inner_text() == "按时办结"

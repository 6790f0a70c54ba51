"""A person opens the site, logs in as a demo handler and reaches the home page."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_handler_logs_in_and_reaches_the_home_page(page, live_server, cast):
    page.goto(f"{live_server.url}/")
    assert "/login/" in page.url
    page.fill("#id_username", "handler_a")
    page.fill("#id_password", "pw-for-tests-123")
    page.click("button.primary")
    page.wait_for_url(f"{live_server.url}/")
    assert page.locator("h1").first.inner_text() == "我的待办"
    assert page.get_by_test_id("current-user").inner_text() == "王芳"
    assert page.locator("nav.sidebar").get_by_text("投诉管理").is_visible()


def test_a_wrong_password_keeps_the_user_on_the_login_page(page, live_server, cast):
    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", "handler_a")
    page.fill("#id_password", "wrong")
    page.click("button.primary")
    assert "用户名或密码错误" in page.locator("[role=alert]").inner_text()

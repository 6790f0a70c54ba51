"""Shared steps of the browser tests."""

from __future__ import annotations

from typing import Any

TEST_PASSWORD = "pw-for-tests-123"  # tests/factories.py UserFactory's password


def as_user(browser: Any, live_server: Any, username: str, password: str = TEST_PASSWORD) -> Any:
    """A page signed in as `username`, in a fresh browser context at 1366×768 in Chinese (closed when the test
    ends: tests/browser/conftest.py)."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button.primary")
    page.wait_for_url(f"{live_server.url}/")
    return page

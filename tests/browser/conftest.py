"""Playwright driving Debian's chromium (Playwright's own browser download does not work here)."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in this thread; the live server's ORM calls are synchronous.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        pytest.fail("Debian's chromium is not installed: run `make browser` (make test does)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
        yield browser
        _close_contexts(browser)
        browser.close()


def _close_contexts(browser) -> None:
    for context in list(browser.contexts):
        context.close()


@pytest.fixture(autouse=True)
def _contexts_closed(request: pytest.FixtureRequest):
    """Every browser context a test opened (`page`, `pages.as_user`) is closed when it ends, before the live
    server's request threads are ended (tests/conftest.py `_live_server_settled`): no page left open keeps a
    connection alive or polls into the next test."""
    browser = request.getfixturevalue("browser") if "browser" in request.fixturenames else None
    yield
    if browser is not None:
        _close_contexts(browser)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()

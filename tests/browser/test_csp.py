"""Under the strict Content-Security-Policy every page renders and htmx works, without a single violation."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "pw-for-tests-123"


def test_pages_and_htmx_work_under_the_policy_without_violations(page, live_server, cast, make_complaint):
    case = make_complaint()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" or "Security Policy" in m.text
            else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    base = live_server.url
    page.goto(f"{base}/login/")
    page.fill("#id_username", "officer")
    page.fill("#id_password", PASSWORD)
    page.click("button.primary")
    page.wait_for_url(f"{base}/")
    response = page.goto(f"{base}/complaints/{case.pk}/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_selector("#major-panel >> text=/./")  # the panel arrives through htmx (hx-trigger="load")
    for path in ["/complaints/", "/major/", "/major/recurrence/", "/major/rules/", "/admin/"]:
        page.goto(f"{base}{path}")
        page.wait_for_load_state("networkidle")
    page.goto(f"{base}/complaints/")
    with page.expect_response(lambda r: "/complaints/" in r.url and r.request.headers.get("hx-request") == "true"):
        page.locator("form.toolbar select").first.select_option(index=1)
    assert not problems, problems

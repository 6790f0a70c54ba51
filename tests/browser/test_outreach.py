"""An officer writes an outreach article that promises returns, sees the finding when publishing, fixes the text
and publishes it; the auditor reads the article but is offered no way to publish."""

from __future__ import annotations

import pytest

from tests.browser.pages import as_user
from xiaobao.outreach.models import Piece

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PROMISE = "守住钱袋子：这款理财型保险保本保息，稳赚不赔，比存银行强多了！"
FIXED = "守住钱袋子：保险的首要功能是风险保障，投保前请仔细阅读条款，通过正规渠道办理业务。"


def test_an_officer_fixes_a_refused_article_and_publishes_it_the_auditor_cannot(browser, live_server, cast):
    officer = as_user(browser, live_server, "officer")
    officer.goto(f"{live_server.url}/outreach/pieces/new/")
    officer.select_option("#id_institution", cast.branch.code)
    officer.select_option("#id_kind", "article")
    officer.fill("#id_title", "守住钱袋子")
    officer.select_option("#id_channel", "wechat_account")
    officer.fill("#id_text", PROMISE)
    officer.click("[data-testid=piece-form] button.primary")
    officer.wait_for_url("**/outreach/pieces/*/")
    piece = Piece.objects.get()
    assert "草稿" in officer.get_by_test_id("piece-status").inner_text()

    officer.get_by_role("button", name="检查并发布").click()
    officer.get_by_test_id("finding").first.wait_for()
    findings = officer.get_by_test_id("findings").inner_text()
    assert "承诺收益" in findings and "保本保息" in findings
    assert "草稿" in officer.get_by_test_id("piece-status").inner_text()
    assert officer.locator("#publish_override_reason").is_visible()  # an officer may publish over it, with a reason
    overflow = officer.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not overflow  # usable at 1366×768 without horizontal scrolling

    officer.click("[data-action=edit] a.button")
    officer.wait_for_url("**/outreach/pieces/*/edit/")
    assert PROMISE in officer.input_value("#edit_text")  # the author edits the text in clear
    officer.fill("#edit_text", FIXED)
    officer.click("[data-action=edit] button.primary")
    officer.wait_for_load_state()
    officer.get_by_text("已保存").first.wait_for()
    officer.get_by_role("button", name="检查并发布").click()
    officer.get_by_text("已发布。").first.wait_for()
    assert "已发布" in officer.get_by_test_id("piece-status").inner_text()
    piece.refresh_from_db()
    assert piece.status == "published" and piece.findings == [] and piece.override_reason == ""

    draft = Piece.objects.create(institution=cast.branch, kind="article", title="另一篇草稿", text=FIXED,
                                 channel="website", created_by=cast.officer)
    auditor = as_user(browser, live_server, "auditor")
    auditor.goto(f"{live_server.url}/outreach/pieces/{draft.pk}/")
    assert "另一篇草稿" in auditor.locator("h1").inner_text()
    assert auditor.get_by_role("button", name="检查并发布").count() == 0
    assert auditor.locator("[data-action=edit]").count() == 0
    response = auditor.request.post(f"{live_server.url}/outreach/pieces/{draft.pk}/act/publish/",
                                    form={"version": str(draft.version)})
    assert response.status in (403, 422)
    draft.refresh_from_db()
    assert draft.status == "draft"

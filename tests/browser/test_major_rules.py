"""The officer edits the major-complaint grading rules in the form, in a real browser: a wrong row is named in
Chinese and nothing is saved (the reason typed is kept), the preview shows the effect on open cases without saving,
and the save puts a new version in force. A handler sees the rules but no way to save them."""

from __future__ import annotations

import pytest

from tests.browser.pages import as_user
from tests.major.conftest import group_complaint
from xiaobao.major import grading
from xiaobao.major.models import GradingRuleSet

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_officer_changes_a_threshold_previews_it_and_saves_a_new_version(browser, live_server, cast,
                                                                            make_complaint):
    case = group_complaint(make_complaint)  # 12 policyholders: 重大 under the shipped rules
    officer = as_user(browser, live_server, "officer")
    officer.goto(f"{live_server.url}/major/rules/")
    form = officer.get_by_test_id("rules-form")
    assert officer.input_value("#id_rule-0-at_least") == "5"  # 投诉人数 5 → 较大
    assert not officer.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")

    officer.fill("#id_rule-0-at_least", "")
    officer.fill("#rules-form-note", "群体投诉起点调为6人")
    form.locator("button.primary").click()
    errors = officer.get_by_test_id("rule-errors")
    assert "分级规则 1 · 不低于" in errors.inner_text() and "这一条件需要一个数值" in errors.inner_text()
    assert officer.input_value("#rules-form-note") == "群体投诉起点调为6人"  # nothing typed is lost
    assert not GradingRuleSet.objects.exists()

    officer.fill("#id_rule-0-at_least", "6")
    officer.fill("#id_rule-2-at_least", "12")  # 群体投诉 30 → 12 人: 特别重大
    form.locator("button[name=preview]").click()
    effect = officer.get_by_test_id("rules-effect")
    assert case.number in effect.inner_text() and "重大 → 特别重大" in effect.inner_text()
    assert not GradingRuleSet.objects.exists()  # a preview saves nothing

    officer.get_by_test_id("rules-form").locator("button.primary").click()
    officer.wait_for_url(f"{live_server.url}/major/rules/")
    saved = GradingRuleSet.objects.get()
    assert saved.note == "群体投诉起点调为6人" and saved.created_by == cast.officer
    assert f"v{saved.version}" in officer.locator("h1").inner_text()
    rules = grading.current()
    assert grading.suggest(grading.Facts(complainant_count=5), rules).level == "general"
    assert grading.suggest(grading.Facts(complainant_count=12), rules).level == "critical"


def test_a_handler_reads_the_rules_without_a_save_button(browser, live_server, cast):
    handler = as_user(browser, live_server, "handler_a")
    handler.goto(f"{live_server.url}/major/rules/")
    assert "投诉人数" in handler.get_by_test_id("rules-form").inner_text()
    assert handler.get_by_test_id("rules-form").locator("button").count() == 0
    assert handler.locator("#rules-content").get_attribute("readonly") is not None

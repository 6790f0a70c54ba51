"""The inspection rules: parsing, the most specific rule, versions saved by officers only, the rules page."""

from __future__ import annotations

import pytest

from xiaobao.core.errors import InvalidInput, PermissionDenied
from xiaobao.inspection import rules
from xiaobao.inspection.models import RuleSet
from xiaobao.inspection.services import config

pytestmark = pytest.mark.django_db

ALL7 = ["RECORDING_NOTICE", "AGENT_IDENTITY", "PRODUCT_INSURER", "COVERAGE", "EXCLUSIONS", "PREMIUM_TERM",
        "CUSTOMER_CONSENT"]


def _toml(*extra: str) -> str:
    return rules.render([rules.Rule("*", "*", tuple(ALL7)), *[
        rules.Rule(c, line, ("RECORDING_NOTICE",)) for c, line in (x.split("/") for x in extra)]],
        rules.Scoring())


def test_the_shipped_rules_parse_and_apply_the_most_specific_rule():
    shipped = rules.parse(rules.default_text())
    assert shipped.required_for("telephone", "motor") == tuple(ALL7)
    assert "COOLING_OFF_OR_CANCELLATION" in shipped.required_for("internet", "health")
    custom = rules.parse(_toml("telephone/*", "*/motor", "telephone/motor"))
    assert custom.rule_for("telephone", "motor").specificity == 3
    assert custom.rule_for("telephone", "health").channel == "telephone"
    assert custom.rule_for("internet", "motor").product_line == "motor"
    assert custom.required_for("internet", "health") == tuple(ALL7)


@pytest.mark.parametrize(("text", "field"), [
    ("[[rule]]\nchannel='*'\nproduct_line='motor'\nrequired=['RECORDING_NOTICE']\n", "rule"),  # no catch-all
    ("[[rule]]\nchannel='*'\nproduct_line='*'\nrequired=['NOPE']\n", "rule[0].required"),
    ("[[rule]]\nchannel='Tel phone'\nproduct_line='*'\nrequired=[]\n", "rule[0].channel"),
    ("[scoring]\npass_score=101\n[[rule]]\nchannel='*'\nproduct_line='*'\nrequired=[]\n", "scoring.pass_score"),
    ("[[rule]\n", "content"),
])
def test_bad_rules_are_refused_naming_the_field(text, field):
    with pytest.raises(rules.RulesError) as caught:
        rules.parse(text)
    assert caught.value.field == field


def test_render_and_parse_round_trip():
    parsed = rules.parse(_toml("telephone/motor"))
    again = rules.parse(rules.render(list(parsed.rules), parsed.scoring))
    assert again.rules == tuple(sorted(parsed.rules, key=lambda r: r.specificity))


def test_versions_are_kept_and_the_newest_is_in_force(cast):
    assert rules.current().version == "default"
    first = config.rules_save(by=cast.officer, content=_toml("telephone/motor"), note="电销车险只查录音告知")
    assert rules.current().version == "v1"
    assert rules.current().required_for("telephone", "motor") == ("RECORDING_NOTICE",)
    config.rules_save(by=cast.officer, content=rules.default_text(), note="恢复默认")
    assert rules.current().version == "v2"
    assert RuleSet.objects.count() == 2 and rules.version_text("v1") == first.content
    assert rules.version_text("v9") is None and rules.version_text("x") is None
    with pytest.raises(InvalidInput):  # unchanged
        config.rules_save(by=cast.officer, content=rules.default_text(), note="again")


def test_only_officers_change_the_rules(cast, inspector):
    for user in (cast.handler_a, inspector, cast.auditor):
        with pytest.raises(PermissionDenied):
            config.rules_save(by=user, content=_toml("telephone/motor"), note="试试")
    assert not RuleSet.objects.exists()


def test_the_rules_form_saves_a_new_version(client, cast):
    client.force_login(cast.officer)
    page = client.get("/inspection/rules/")
    assert page.status_code == 200 and "告知录音录像" in page.content.decode()
    data = {"rule-TOTAL_FORMS": "2", "rule-INITIAL_FORMS": "0", "rule-MIN_NUM_FORMS": "0",
            "rule-MAX_NUM_FORMS": "200", "rule-0-channel": "*", "rule-0-product_line": "*",
            "rule-0-required": ALL7, "rule-1-channel": "telephone", "rule-1-product_line": "motor",
            "rule-1-required": ["RECORDING_NOTICE", "CUSTOMER_CONSENT"],
            "missing_step": "10", "violation": "25", "pass_score": "85", "note": "电销车险"}
    response = client.post("/inspection/rules/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    current = rules.current()
    assert current.version == "v1" and current.scoring.violation == 25
    assert current.required_for("telephone", "motor") == ("RECORDING_NOTICE", "CUSTOMER_CONSENT")


def test_the_rules_form_shows_errors_in_chinese_and_saves_nothing(client, cast):
    client.force_login(cast.officer)
    data = {"rule-TOTAL_FORMS": "1", "rule-INITIAL_FORMS": "0", "rule-MIN_NUM_FORMS": "0",
            "rule-MAX_NUM_FORMS": "200", "rule-0-channel": "telephone", "rule-0-product_line": "motor",
            "rule-0-required": ["RECORDING_NOTICE"], "missing_step": "10", "violation": "20", "pass_score": "80",
            "note": "没有兜底规则"}
    response = client.post("/inspection/rules/", data, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code == 200 and not RuleSet.objects.exists()
    assert 'data-testid="rule-errors"' in response.content.decode()


def test_the_rules_api(client, cast, inspector):
    client.force_login(inspector)
    got = client.get("/api/v1/inspection/rules").json()
    assert got["version"] == "default" and got["pass_score"] == 80
    refused = client.post("/api/v1/inspection/rules", {"content": _toml(), "note": "x"},
                          content_type="application/json")
    assert refused.status_code == 403
    client.force_login(cast.officer)
    bad = client.post("/api/v1/inspection/rules", {"content": "[[rule]]\n", "note": "坏"},
                      content_type="application/json")
    assert bad.status_code == 422 and bad.json()["code"] == "invalid_rules"
    saved = client.post("/api/v1/inspection/rules", {"content": _toml("telephone/motor"), "note": "新版"},
                        content_type="application/json")
    assert saved.status_code == 201 and saved.json()["version"] == "v1"

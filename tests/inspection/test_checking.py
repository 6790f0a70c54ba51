"""The automatic check of a constructed transcript: required steps by the rules in force, present and missing
steps with their turns, marketing violations on the agent's turns only, quoted."""

from __future__ import annotations

import pytest

from xiaobao.inspection import checking, rules
from xiaobao.inspection.codes import FindingKind

CALL = [
    {"speaker": "agent", "text": "您好，我是平安财产保险股份有限公司的客户经理王小明，工号8801，本次通话将全程录音。"},
    {"speaker": "customer", "text": "好的，你说吧。"},
    {"speaker": "agent", "text": "给您介绍《安心意外伤害保险》，由平安财产保险股份有限公司承保，意外身故最高赔付10万元。"},
    {"speaker": "agent", "text": "这款产品稳赚不赔，保本保息，比存银行划算多了。"},
    {"speaker": "customer", "text": "这款产品稳赚不赔吗？"},
    {"speaker": "agent", "text": "保费一年100元，保险期间一年。"},
    {"speaker": "customer", "text": "好的，我同意投保。"},
]


def _shipped() -> rules.Rules:
    return rules.parse(rules.default_text())


def test_steps_present_and_missing_follow_the_rules():
    outcome = checking.check_turns(CALL, channel="telephone", product_line="accident", rules=_shipped())
    assert outcome.readable
    assert "COOLING_OFF_OR_CANCELLATION" in outcome.required  # accident calls must explain cooling-off
    assert {"RECORDING_NOTICE", "AGENT_IDENTITY", "PREMIUM_TERM", "CUSTOMER_CONSENT"} <= set(outcome.present)
    assert "EXCLUSIONS" in outcome.missing and "COOLING_OFF_OR_CANCELLATION" in outcome.missing
    present = [f for f in outcome.findings if f.kind == FindingKind.STEP_PRESENT]
    notice = next(f for f in present if f.code == "RECORDING_NOTICE")
    assert notice.turn == 0 and notice.quote == ""  # the page marks the turn; only violations quote it
    missing = [f for f in outcome.findings if f.kind == FindingKind.STEP_MISSING]
    assert all(f.turn is None and f.quote == "" for f in missing)


def test_a_motor_call_needs_no_cooling_off_step():
    outcome = checking.check_turns(CALL, channel="telephone", product_line="motor", rules=_shipped())
    assert "COOLING_OFF_OR_CANCELLATION" not in outcome.required + outcome.missing


def test_violations_are_found_on_agent_turns_only_with_the_quote():
    outcome = checking.check_turns(CALL, channel="telephone", product_line="accident", rules=_shipped())
    assert "GUARANTEED_RETURN" in outcome.violations
    violations = [f for f in outcome.findings if f.kind == FindingKind.VIOLATION]
    assert violations and {f.turn for f in violations} == {3}  # the customer repeating it is not the agent's
    first = violations[0]
    assert first.quote == CALL[3]["text"] and first.quote[first.start:first.end] in CALL[3]["text"]
    assert first.explanation and first.basis


def test_a_custom_rule_changes_what_is_missing():
    custom = rules.parse(rules.render([rules.Rule("*", "*", ("RECORDING_NOTICE",)),
                                       rules.Rule("telephone", "*", ("RECORDING_NOTICE", "EXCLUSIONS"))],
                                      rules.Scoring()))
    assert checking.check_turns(CALL, channel="internet", product_line="health", rules=custom).missing == []
    assert checking.check_turns(CALL, channel="telephone", product_line="health", rules=custom).missing == [
        "EXCLUSIONS"]


@pytest.mark.parametrize("turns", [[], [{"speaker": "robot", "text": "?"}]])
def test_an_unusable_transcript_is_not_a_pass(turns):
    outcome = checking.check_turns(turns, channel="telephone", product_line="motor", rules=_shipped())
    assert not outcome.readable and outcome.note and not outcome.present

"""Every rule carries its own examples in rules.toml; each one is run through that rule."""

import pytest

from xiaobao.engines.marketing import check_text, load_rules

RULES = load_rules()
VIOLATIONS = [(r.id, r.code, ex) for r in RULES.rules for ex in r.examples_violation]
COMPLIANT = [(r.id, r.code, ex) for r in RULES.rules for ex in r.examples_compliant]


def test_every_rule_has_examples():
    assert [r.id for r in RULES.rules if not r.examples_violation] == []


@pytest.mark.parametrize(("rule_id", "code", "example"), VIOLATIONS)
def test_violation_example_is_flagged_with_the_rules_code(rule_id, code, example):
    assert code in {f.code for f in check_text(example, RULES)}, f"{rule_id}: {example}"


@pytest.mark.parametrize(("rule_id", "code", "example"), COMPLIANT)
def test_compliant_example_is_not_flagged_by_the_rule(rule_id, code, example):
    assert rule_id not in {f.rule for f in check_text(example, RULES)}, f"{rule_id}: {example}"

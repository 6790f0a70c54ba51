from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from xiaobao.engines.deadlines import RuleSet, load_rules, rules_in_force
from xiaobao.engines.deadlines.rules import RulesError

GOOD = """
[[ruleset]]
version = "A"
effective_from = 2020-03-01
decision_days = 15
extension_max_total_days = 30
further_extension_max_total_days = 60
reconsideration_request_days = 30
reconsideration_decision_days = 30
acceptance_hours = 24
due_soon_days = 3

[[ruleset]]
version = "B"
effective_from = 2026-01-01
decision_days = 10
extension_max_total_days = 20
further_extension_max_total_days = 40
reconsideration_request_days = 30
reconsideration_decision_days = 30
acceptance_hours = 12
due_soon_days = 2
"""


def write(tmp_path, text):
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_rules():
    rules = load_rules()
    assert rules[0].version == "CBIRC-2020-3"
    assert rules[0].effective_from == date(2020, 3, 1)
    rs = rules_in_force(date(2025, 9, 26))
    assert rs.decision_days == 15
    assert (rs.extension_max_total_days, rs.further_extension_max_total_days) == (30, 60)
    assert (rs.reconsideration_request_days, rs.reconsideration_decision_days) == (30, 30)
    assert (rs.acceptance_hours, rs.due_soon_days) == (24, 3)


def test_nothing_in_force_before_2020():
    with pytest.raises(RulesError, match="2019-12-31"):
        rules_in_force(date(2019, 12, 31))


def test_versions_by_date(tmp_path):
    rules = load_rules(write(tmp_path, GOOD))
    assert [r.version for r in rules] == ["A", "B"]
    assert rules_in_force(date(2025, 12, 31), rules).version == "A"
    assert rules_in_force(date(2026, 1, 1), rules).version == "B"
    # 2025-12-31 20:00 UTC is 2026-01-01 04:00 in Beijing
    assert rules_in_force(datetime(2025, 12, 31, 20, tzinfo=ZoneInfo("UTC")), rules).version == "B"


@pytest.mark.parametrize(
    ("mutation", "message"),
    [
        (lambda t: t.replace("decision_days = 10", "decision_days = 0"), "must be positive"),
        (lambda t: t.replace("decision_days = 10", 'decision_days = "10"'), "must be an integer"),
        (lambda t: t.replace("extension_max_total_days = 20", "extension_max_total_days = 5"), "<="),
        (lambda t: t.replace('version = "B"', 'version = "A"'), "duplicate"),
        (lambda t: t.replace("2026-01-01", "2020-03-01"), "same effective_from"),
        (lambda t: t.replace("acceptance_hours = 12\n", ""), "missing keys"),
        (lambda t: t.replace("due_soon_days = 2", "due_soon_days = 2\nfoo = 1"), "unknown keys"),
        (lambda t: t.replace("2026-01-01", '"2026-01-01"'), "effective_from must be a date"),
        (lambda t: t.replace("[[ruleset]]", "[[rules]]"), "unknown top-level"),
        (lambda t: t + "\n[[ruleset", "not valid TOML"),
        (lambda t: "", "no \\[\\[ruleset\\]\\]"),
    ],
)
def test_validation_errors(tmp_path, mutation, message):
    with pytest.raises(RulesError, match=message):
        load_rules(write(tmp_path, mutation(GOOD)))


def test_missing_file(tmp_path):
    with pytest.raises(RulesError, match="cannot read"):
        load_rules(tmp_path / "nope.toml")


def test_ruleset_validates_on_construction():
    with pytest.raises(RulesError):
        RuleSet(version="x", effective_from=date(2020, 1, 1), decision_days=40)
    with pytest.raises(RulesError):
        RuleSet(version="", effective_from=date(2020, 1, 1))

"""The rule file is validated on load; every error names the bad rule."""

import tomllib

import pytest

from xiaobao.engines.marketing import CODES, RuleError, check_text, load_rules, parse_rules
from xiaobao.engines.marketing.rules import DEFAULT_RULES_PATH

MINIMAL = {
    "codes": {"ABSOLUTE_TERM": {"name": "绝对化用语", "basis": "《广告法》第九条", "explanation": "绝对化"}},
    "rules": [{"id": "best", "code": "ABSOLUTE_TERM", "patterns": ["最佳"], "explanation": "最佳"}],
}


def _with_rule(**changes):
    data = {"codes": dict(MINIMAL["codes"]), "rules": [dict(MINIMAL["rules"][0], **changes)]}
    return data


def test_the_built_in_rules_load_and_cover_every_code():
    rules = load_rules()
    assert {r.code for r in rules.rules} == set(CODES)
    assert all(r.basis and r.explanation for r in rules.rules)


def test_a_minimal_rule_file_works():
    rules = parse_rules(MINIMAL)
    assert [f.code for f in check_text("本年度最佳产品", rules)] == ["ABSOLUTE_TERM"]


def test_a_pattern_that_does_not_compile_names_the_rule():
    with pytest.raises(RuleError, match=r"rule 'best': pattern does not compile: '最\(佳'"):
        parse_rules(_with_rule(patterns=["最(佳"]))


def test_an_unknown_code_names_the_rule():
    with pytest.raises(RuleError, match=r"rule 'best': unknown code 'SUPERLATIVE'"):
        parse_rules(_with_rule(code="SUPERLATIVE"))


def test_a_missing_required_key_names_the_rule():
    data = _with_rule()
    del data["rules"][0]["explanation"]
    with pytest.raises(RuleError, match=r"rule 'best': missing required key 'explanation'"):
        parse_rules(data)


def test_an_unknown_key_is_a_typo_not_silently_ignored():
    with pytest.raises(RuleError, match=r"rule 'best': unknown key\(s\) unles_before"):
        parse_rules(_with_rule(unles_before=["不"]))


def test_duplicate_ids_are_rejected():
    data = _with_rule()
    data["rules"].append(dict(data["rules"][0]))
    with pytest.raises(RuleError, match=r"rule 'best': duplicate id"):
        parse_rules(data)


def test_an_unknown_macro_is_rejected():
    with pytest.raises(RuleError, match=r"rule 'best': unknown macro %NOPE%"):
        parse_rules(_with_rule(patterns=["%NOPE%最佳"]))


def test_named_groups_and_empty_matches_are_rejected():
    with pytest.raises(RuleError, match="named groups"):
        parse_rules(_with_rule(patterns=["(?P<x>最佳)"]))
    with pytest.raises(RuleError, match="empty string"):
        parse_rules(_with_rule(patterns=["(最佳)?"]))


def test_lists_and_windows_are_type_checked():
    with pytest.raises(RuleError, match=r"rule 'best': 'unless_after' must be a list of strings"):
        parse_rules(_with_rule(unless_after="不"))
    with pytest.raises(RuleError, match=r"rule 'best': 'before_window' must be an integer"):
        parse_rules(_with_rule(before_window=-1))


def test_a_rule_without_basis_and_without_a_code_table_is_rejected():
    with pytest.raises(RuleError, match=r"rule 'x': no 'basis'"):
        parse_rules({"rules": [{"id": "x", "code": "PANIC_SELLING", "patterns": ["停售"], "explanation": "e"}]})


def test_load_rules_reports_bad_toml_and_missing_files(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[rules]\nid = ", encoding="utf-8")
    with pytest.raises(RuleError, match="not a valid UTF-8 TOML file"):
        load_rules(bad)
    with pytest.raises(RuleError, match="cannot read rule file"):
        load_rules(tmp_path / "missing.toml")


def test_an_extended_rule_file_adds_a_rule(tmp_path):
    data = tomllib.loads(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))
    text = "本产品荣获金奖，享誉全疆"
    assert check_text(text) == []
    extended = DEFAULT_RULES_PATH.read_text(encoding="utf-8") + (
        '\n[[rules]]\nid = "local-fame"\ncode = "ABSOLUTE_TERM"\npatterns = [\'享誉全疆\']\n'
        'explanation = "本地规则：享誉全疆"\n'
    )
    path = tmp_path / "rules.toml"
    path.write_text(extended, encoding="utf-8")
    rules = load_rules(path)
    assert len(rules.rules) == len(data["rules"]) + 1
    assert [f.rule for f in check_text(text, rules)] == ["local-fame"]

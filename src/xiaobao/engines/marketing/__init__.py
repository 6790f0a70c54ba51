"""Marketing-material compliance engine (营销宣传合规检查): pure Python, rules in rules.toml.

    from xiaobao.engines.marketing import check_text, load_rules, Finding
    findings = check_text("本产品保本保息，稳赚不赔")
"""

from xiaobao.engines.marketing.engine import Finding, check_text, default_rules, engine_version, violation_codes
from xiaobao.engines.marketing.rules import CODES, Rule, RuleError, RuleSet, load_rules, parse_rules

__all__ = [
    "CODES",
    "Finding",
    "Rule",
    "RuleError",
    "RuleSet",
    "check_text",
    "default_rules",
    "engine_version",
    "load_rules",
    "parse_rules",
    "violation_codes",
]

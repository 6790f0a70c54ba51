"""Inspection rules as versioned data: which checklist steps a call must contain, by channel and product line.

`parse(text)` turns TOML into typed `Rules` or raises `RulesError` naming every wrong field; `render(rules)` is
the inverse (the rules form saves through it); `current()` is the version in force (the newest `RuleSet`, else
the shipped `default_rules.toml`); `Rules.required_for(channel, product_line)` is the pure lookup.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from xiaobao.core.errors import InvalidInput
from xiaobao.engines.transcripts import STEPS
from xiaobao.inspection.models import RuleSet

DEFAULT_PATH = Path(__file__).with_name("default_rules.toml")
DEFAULT_VERSION = "default"
ANY = "*"
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_RULES = 200


class RulesError(InvalidInput):
    code = "invalid_rules"


@dataclass(frozen=True)
class Rule:
    channel: str  # a channel code or "*"
    product_line: str  # a product-line code or "*"
    required: tuple[str, ...]

    @property
    def specificity(self) -> int:
        return (2 if self.channel != ANY else 0) + (1 if self.product_line != ANY else 0)


@dataclass(frozen=True)
class Scoring:
    missing_step: int = 10
    violation: int = 20
    pass_score: int = 80


@dataclass(frozen=True)
class Rules:
    version: str
    rules: tuple[Rule, ...]
    scoring: Scoring = field(default_factory=Scoring)
    text: str = field(default="", repr=False)

    @property
    def label(self) -> str:
        return version_label(self.version)

    def rule_for(self, channel: str, product_line: str) -> Rule:
        """The most specific rule matching the call (the catch-all always matches)."""
        matching = [r for r in self.rules if r.channel in (ANY, channel) and r.product_line in (ANY, product_line)]
        return max(matching, key=lambda r: r.specificity)

    def required_for(self, channel: str, product_line: str) -> tuple[str, ...]:
        return self.rule_for(channel, product_line).required


def _parse_rule(item: Any, path: str, errors: list[tuple[str, str]]) -> Rule | None:
    if not isinstance(item, dict):
        errors.append((path, _("must be a table")))
        return None
    unknown = set(item) - {"channel", "product_line", "required"}
    if unknown:
        errors.append((path, _("unknown key(s): %(keys)s") % {"keys": ", ".join(sorted(unknown))}))
    ok = True
    codes = {}
    for key in ("channel", "product_line"):
        value = item.get(key, ANY)
        if not isinstance(value, str) or not (value == ANY or _CODE.match(value)):
            errors.append((f"{path}.{key}", _("must be “*” or a code of lower-case letters, digits and _")))
            ok = False
        codes[key] = value
    required = item.get("required")
    if not isinstance(required, list) or not all(isinstance(s, str) for s in required):
        errors.append((f"{path}.required", _("must be a list of step codes")))
        return None
    bad = [s for s in required if s not in STEPS]
    if bad:
        errors.append((f"{path}.required", _("unknown step(s) %(bad)s (known: %(known)s)")
                       % {"bad": ", ".join(bad), "known": ", ".join(STEPS)}))
        ok = False
    if len(set(required)) != len(required):
        errors.append((f"{path}.required", _("a step is listed twice")))
        ok = False
    if not ok:
        return None
    ordered = tuple(s for s in STEPS if s in required)  # the engine's order, whatever the file's
    return Rule(codes["channel"], codes["product_line"], ordered)


def _parse_scoring(data: Any, errors: list[tuple[str, str]]) -> Scoring:
    if data is None:
        return Scoring()
    if not isinstance(data, dict):
        errors.append(("scoring", _("must be a table")))
        return Scoring()
    values = {}
    for key, default in (("missing_step", 10), ("violation", 20), ("pass_score", 80)):
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
            errors.append((f"scoring.{key}", _("must be a whole number from 0 to 100")))
            value = default
        values[key] = value
    unknown = set(data) - set(values)
    if unknown:
        errors.append(("scoring", _("unknown key(s): %(keys)s") % {"keys": ", ".join(sorted(unknown))}))
    return Scoring(**values)


def parse(text: str, *, version: str = DEFAULT_VERSION) -> Rules:
    """Typed rules from TOML text; `RulesError` (422, field = the first wrong path, data.errors = all of them)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(_("The rules are not valid TOML: %(error)s") % {"error": exc}, field="content",
                         errors=[{"field": "content", "message": str(exc)}]) from exc
    errors: list[tuple[str, str]] = []
    unknown = set(data) - {"rule", "scoring"}
    if unknown:
        errors.append(("content", _("unknown section(s): %(keys)s") % {"keys": ", ".join(sorted(unknown))}))
    raw = data.get("rule", [])
    if not isinstance(raw, list):
        raw = []
        errors.append(("rule", _("write each rule as a [[rule]] table")))
    if len(raw) > MAX_RULES:
        errors.append(("rule", _("at most %(n)s rules") % {"n": MAX_RULES}))
    rules = [r for i, item in enumerate(raw[:MAX_RULES]) if (r := _parse_rule(item, f"rule[{i}]", errors))]
    seen: set[tuple[str, str]] = set()
    for i, r in enumerate(rules):
        if (r.channel, r.product_line) in seen:
            errors.append((f"rule[{i}]", _("two rules for the same channel and product line")))
        seen.add((r.channel, r.product_line))
    if not errors and (ANY, ANY) not in seen:
        errors.append(("rule", _("a catch-all rule (channel “*”, product line “*”) is required")))
    scoring = _parse_scoring(data.get("scoring"), errors)
    if errors:
        path, message = errors[0]
        raise RulesError(_("%(field)s: %(message)s") % {"field": path, "message": message}, field=path,
                         errors=[{"field": p, "message": m} for p, m in errors])
    return Rules(version=version, rules=tuple(rules), scoring=scoring, text=text)


def render(rules: list[Rule], scoring: Scoring) -> str:
    """TOML text of rules (what the form saves): the catch-all first, then by channel and product line."""
    lines = ["# 销售质检规则 (saved from the rules form)", "", "[scoring]",
             f"missing_step = {scoring.missing_step}", f"violation = {scoring.violation}",
             f"pass_score = {scoring.pass_score}"]
    for r in sorted(rules, key=lambda r: (r.specificity, r.channel, r.product_line)):
        steps = ", ".join(f'"{s}"' for s in r.required)
        lines += ["", "[[rule]]", f'channel = "{r.channel}"', f'product_line = "{r.product_line}"',
                  f"required = [{steps}]"]
    return "\n".join(lines) + "\n"


def default_text() -> str:
    return DEFAULT_PATH.read_text(encoding="utf-8")


_cache: dict[str, Rules] = {}


def current() -> Rules:
    """The rules in force: the newest saved version (one small query), else the shipped file."""
    latest = RuleSet.objects.order_by("-version").values_list("version", "content").first()
    version, text = (f"v{latest[0]}", latest[1]) if latest else (DEFAULT_VERSION, default_text())
    key = f"{version}:{text}"  # keyed by the text too: a rolled-back test database reuses version numbers
    if key not in _cache:
        _cache.clear()
        _cache[key] = parse(text, version=version)
    return _cache[key]


def version_label(version: str) -> str:
    """How a rules version is shown: v3 for an officer's version, 内置版本 for the shipped file."""
    return _("built-in version") if version == DEFAULT_VERSION else version


def version_text(version: str) -> str | None:
    """The TOML of a saved version ("v3" or "3") or of the shipped default; None when there is no such version."""
    if version == DEFAULT_VERSION:
        return default_text()
    number = version.removeprefix("v")
    if not number.isdigit() or len(number) > 9:
        return None
    return RuleSet.objects.filter(version=int(number)).values_list("content", flat=True).first()

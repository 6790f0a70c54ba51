"""Loading and validation of the marketing rule file (rules.toml).

The rule file is data a compliance officer can extend; every problem is reported as a `RuleError`
naming the rule, e.g. ``rule 'xyz': pattern does not compile: ...``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xiaobao.engines.marketing.prefilter import Gate, build_gate, guard_groups, guarded, quick_reject, uncapture

DEFAULT_RULES_PATH = Path(__file__).with_name("rules.toml")

CODES: tuple[str, ...] = (
    "ABSOLUTE_TERM",
    "GUARANTEED_RETURN",
    "DEPOSIT_CONFUSION",
    "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT",
    "EXAGGERATED_COVERAGE",
    "DENIGRATE_COMPETITOR",
    "MISLEADING_FREE",
)

_RULE_KEYS_REQUIRED = ("id", "code", "patterns", "explanation")
_RULE_LIST_KEYS = (
    "patterns",
    "unless_before",
    "unless_after",
    "unless_nearby",
    "requires_nearby",
    "unless_in_match",
    "examples_violation",
    "examples_compliant",
)
_RULE_STR_KEYS = ("id", "code", "explanation", "suggestion", "basis")
_RULE_INT_KEYS = ("before_window", "after_window", "nearby_window")
_RULE_BOOL_KEYS = ("negatable",)
_RULE_KEYS = frozenset(_RULE_LIST_KEYS + _RULE_STR_KEYS + _RULE_INT_KEYS + _RULE_BOOL_KEYS)
_CODE_KEYS = frozenset(("name", "basis", "explanation", "suggestion"))
_TOP_KEYS = frozenset(("settings", "macros", "codes", "rules"))
_ID_RE = re.compile(r"^[A-Za-z0-9_-]+$")
_MACRO_RE = re.compile(r"%([A-Z][A-Z0-9_]*)%")


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the bad rule or section."""


@dataclass(frozen=True)
class CodeInfo:
    code: str
    name: str
    basis: str
    explanation: str
    suggestion: str | None


@dataclass(frozen=True)
class Rule:
    id: str
    code: str
    patterns: tuple[str, ...]
    regex: re.Pattern[str]
    explanation: str
    basis: str
    suggestion: str | None
    negatable: bool
    before_window: int
    after_window: int
    nearby_window: int
    unless_before: re.Pattern[str] | None
    unless_after: re.Pattern[str] | None
    unless_nearby: re.Pattern[str] | None
    requires_nearby: re.Pattern[str] | None
    unless_in_match: re.Pattern[str] | None
    # unless_before (+ the negation words; searched in the window before the match, within its clause)
    # and unless_after (+ the mention words; searched in the clause after the match), joined for speed
    before_check: re.Pattern[str] | None = None
    after_check: re.Pattern[str] | None = None
    examples_violation: tuple[str, ...] = ()
    examples_compliant: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    codes: dict[str, CodeInfo]
    negation: re.Pattern[str] | None
    mention: re.Pattern[str] | None
    source: str = ""
    gate: Gate | None = None
    owners: tuple[int, ...] = ()  # gate regex index -> index of its rule


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    def repl(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in macros:
            raise RuleError(f"{where}: unknown macro %{name}%")
        return f"(?:{macros[name]})"

    return _MACRO_RE.sub(repl, pattern)


def _compile(patterns: list[str], macros: dict[str, str], where: str) -> re.Pattern[str] | None:
    if not patterns:
        return None
    parts = []
    for pat in patterns:
        expanded = _expand(pat, macros, where)
        try:
            compiled = re.compile(expanded)
        except re.error as exc:
            raise RuleError(f"{where}: pattern does not compile: {pat!r}: {exc}") from None
        if compiled.groupindex:
            raise RuleError(f"{where}: pattern must not use named groups: {pat!r}")
        if re.search(r"\\[1-9]", expanded):
            raise RuleError(f"{where}: pattern must not use back-references: {pat!r}")
        if compiled.match(""):
            raise RuleError(f"{where}: pattern matches the empty string: {pat!r}")
        parts.append(f"(?:{uncapture(guard_groups(expanded))})")
    return quick_reject(re.compile("|".join(parts)))


# Clause boundaries (as in the engine): the before-check must match inside the clause that ends at the claim.
_BOUNDARY = "，,。！？!?；;\n"


def _clause_tail(regex: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """`regex`, required to match with no clause boundary between its end and the end of the window."""
    if regex is None:
        return None
    return quick_reject(re.compile(f"(?:{regex.pattern})(?=[^{_BOUNDARY}]*\\Z)"))


def _expect_list(rule_id: str, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"rule {rule_id!r}: {key!r} must be a list of strings")
    return value


def _parse_macros(raw: Any) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise RuleError("[macros] must be a table of NAME = 'regex'")
    macros: dict[str, str] = {}
    for name, value in raw.items():
        if not isinstance(value, str) or not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
            raise RuleError(f"macro {name!r}: must be an upper-case name with a string regex")
        macros[name] = value
    # expand macros used inside macros (one level deeper per pass; cycles are an error)
    for _ in range(len(macros) + 1):
        changed = False
        for name, value in macros.items():
            if _MACRO_RE.search(value):
                if f"%{name}%" in value:
                    raise RuleError(f"macro {name!r}: refers to itself")
                macros[name] = _expand(value, macros, f"macro {name!r}")
                changed = True
        if not changed:
            break
    else:
        raise RuleError("[macros]: macros refer to each other in a cycle")
    for name, value in macros.items():
        try:
            re.compile(value)
        except re.error as exc:
            raise RuleError(f"macro {name!r}: pattern does not compile: {exc}") from None
    return macros


def _parse_codes(raw: Any) -> dict[str, CodeInfo]:
    if not isinstance(raw, dict):
        raise RuleError("[codes] must be a table of code tables")
    codes: dict[str, CodeInfo] = {}
    for code, info in raw.items():
        if code not in CODES:
            raise RuleError(f"code {code!r}: unknown code (known: {', '.join(CODES)})")
        if not isinstance(info, dict):
            raise RuleError(f"code {code!r}: must be a table")
        unknown = set(info) - _CODE_KEYS
        if unknown:
            raise RuleError(f"code {code!r}: unknown key(s) {', '.join(sorted(unknown))}")
        for key in ("name", "basis", "explanation"):
            if not isinstance(info.get(key), str) or not info[key].strip():
                raise RuleError(f"code {code!r}: {key!r} is required and must be text")
        codes[code] = CodeInfo(code, info["name"], info["basis"], info["explanation"], info.get("suggestion"))
    return codes


def _parse_rule(raw: Any, index: int, settings: dict[str, Any], macros: dict[str, str],
                codes: dict[str, CodeInfo]) -> Rule:
    if not isinstance(raw, dict):
        raise RuleError(f"rule #{index + 1}: must be a table ([[rules]])")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not _ID_RE.match(rule_id):
        raise RuleError(f"rule #{index + 1}: 'id' is required (letters, digits, '-', '_'), got {rule_id!r}")
    where = f"rule {rule_id!r}"
    for key in _RULE_KEYS_REQUIRED:
        if key not in raw:
            raise RuleError(f"{where}: missing required key {key!r}")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in _RULE_STR_KEYS:
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            raise RuleError(f"{where}: {key!r} must be non-empty text")
    code = raw["code"]
    if code not in CODES:
        raise RuleError(f"{where}: unknown code {code!r} (known: {', '.join(CODES)})")
    lists = {key: _expect_list(rule_id, key, raw.get(key, [])) for key in _RULE_LIST_KEYS}
    if not lists["patterns"]:
        raise RuleError(f"{where}: 'patterns' must not be empty")
    ints: dict[str, int] = {}
    for key in _RULE_INT_KEYS:
        value = raw.get(key, settings.get(key))
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 500:
            raise RuleError(f"{where}: {key!r} must be an integer between 0 and 500, got {value!r}")
        ints[key] = value
    negatable = raw.get("negatable", True)
    if not isinstance(negatable, bool):
        raise RuleError(f"{where}: 'negatable' must be true or false")
    regex = _compile(lists["patterns"], macros, where)
    assert regex is not None  # noqa: S101 - type narrowing: patterns are required, so the regex exists
    before = list(lists["unless_before"]) + (["%NEG%"] if negatable and "NEG" in macros else [])
    after = list(lists["unless_after"]) + (["%MENTION%"] if negatable and "MENTION" in macros else [])
    info = codes.get(code)
    basis = raw.get("basis") or (info.basis if info else None)
    if not basis:
        raise RuleError(f"{where}: no 'basis' and no [codes.{code}] basis to inherit")
    return Rule(
        id=rule_id,
        code=code,
        patterns=tuple(lists["patterns"]),
        regex=regex,
        explanation=raw["explanation"],
        basis=basis,
        suggestion=raw.get("suggestion") or (info.suggestion if info else None),
        negatable=negatable,
        before_window=ints["before_window"],
        after_window=ints["after_window"],
        nearby_window=ints["nearby_window"],
        unless_before=_compile(lists["unless_before"], macros, where),
        unless_after=_compile(lists["unless_after"], macros, where),
        unless_nearby=_compile(lists["unless_nearby"], macros, where),
        requires_nearby=_compile(lists["requires_nearby"], macros, where),
        unless_in_match=_compile(lists["unless_in_match"], macros, where),
        before_check=_clause_tail(_compile(before, macros, where)),
        after_check=_compile(after, macros, where),
        examples_violation=tuple(lists["examples_violation"]),
        examples_compliant=tuple(lists["examples_compliant"]),
    )


def parse_rules(data: dict[str, Any], source: str = "<data>") -> RuleSet:
    """Validate a parsed rule document and compile it."""
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise RuleError(f"{source}: unknown top-level section(s) {', '.join(sorted(unknown))}")
    settings = {"before_window": 8, "after_window": 8, "nearby_window": 40}
    raw_settings = data.get("settings", {})
    if not isinstance(raw_settings, dict) or set(raw_settings) - set(settings):
        raise RuleError(f"[settings]: only {', '.join(settings)} are allowed")
    settings.update(raw_settings)
    macros = _parse_macros(data.get("macros", {}))
    # rules see each macro behind a look-ahead of its first characters (same matches, fewer attempts)
    rule_macros = {name: guarded(value) for name, value in macros.items()}
    codes = _parse_codes(data.get("codes", {}))
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise RuleError(f"{source}: no rules ([[rules]] tables) found")
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_rules):
        rule = _parse_rule(raw, index, settings, rule_macros, codes)
        if rule.id in seen:
            raise RuleError(f"rule {rule.id!r}: duplicate id")
        seen.add(rule.id)
        rules.append(rule)
    negation = re.compile(f"(?:{macros['NEG']})") if "NEG" in macros else None
    mention = re.compile(f"(?:{macros['MENTION']})") if "MENTION" in macros else None
    owners: list[int] = []
    gate_patterns: list[str] = []
    for index, rule in enumerate(rules):
        for pattern in rule.patterns:
            gate_patterns.append(guard_groups(_expand(pattern, rule_macros, f"rule {rule.id!r}")))
            owners.append(index)
    return RuleSet(tuple(rules), codes, negation, mention, source, build_gate(gate_patterns), tuple(owners))


def load_rules(path: Path | str | None = None) -> RuleSet:
    """Load and validate a rule file (default: the built-in rules.toml)."""
    path = Path(path) if path is not None else DEFAULT_RULES_PATH
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RuleError(f"cannot read rule file {path}: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: not a valid UTF-8 TOML file: {exc}") from None
    return parse_rules(data, str(path))

"""Major-complaint rules as data: load, validate and apply `grading_rules.toml` or the officer's newest version.

`parse(text)` turns TOML into typed `Rules` or raises `RulesError` naming every wrong field;
`current()` is the version in force (the newest `GradingRuleSet`, else the shipped file);
`suggest(facts, rules)` is the pure grading: the highest level any rule reaches, with the reasons.
"""

from __future__ import annotations

import itertools
import json
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from django.utils.translation import get_language, gettext_lazy, pgettext_lazy
from django.utils.translation import gettext as _

from xiaobao.core.errors import InvalidInput
from xiaobao.major.models.major import LEVEL_RANK, GradingRuleSet, Level

DEFAULT_PATH = Path(__file__).with_name("grading_rules.toml")
DEFAULT_VERSION = "default"

NUMBER_FACTORS = ("complainant_count", "disputed_amount", "repeat_count")
FLAG_FACTORS = ("media_exposure", "regulator", "extreme_threat", "elderly")
FACTORS = NUMBER_FACTORS + FLAG_FACTORS
NOTIFY_ROLES = ("handler", "reviewer", "head", "officer")
NOTIFY_PLACES = ("case", "institution", "parent", "branch")
DUPLICATE_KEYS = ("phone", "id", "policy")


class RulesError(InvalidInput):
    code = "invalid_rules"


@dataclass(frozen=True)
class Target:
    role: str
    place: str


@dataclass(frozen=True)
class LevelSpec:
    code: str
    first_response_hours: float
    report_hours: float  # 0: no report upward
    notify: tuple[Target, ...]
    must_record: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    factors: tuple[str, ...]  # one factor, or every flag of a combination
    level: str
    label: str
    at_least: Decimal | None = None


@dataclass(frozen=True)
class RootCauseSpec:
    code: str
    label: str
    label_en: str
    subs: dict[str, str]

    def display(self) -> str:
        return self.label_en if (get_language() or "").startswith("en") and self.label_en else self.label


@dataclass(frozen=True)
class Rules:
    version: str
    levels: dict[str, LevelSpec]
    rules: tuple[Rule, ...]
    escalation_roles: tuple[str, ...]
    notify_branch_officers: bool
    escalation_repeat_hours: float
    duplicate_window_days: int
    duplicate_match: tuple[str, ...]
    recurrence_threshold: int
    root_causes: dict[str, RootCauseSpec]
    text: str = field(default="", repr=False)


@dataclass(frozen=True)
class Facts:
    """What grading looks at: the case data plus the signals the handler records."""

    complainant_count: int = 1
    disputed_amount: Decimal | None = None
    repeat_count: int = 0
    media_exposure: bool = False
    regulator: bool = False
    extreme_threat: bool = False
    elderly: bool = False


@dataclass(frozen=True)
class Suggestion:
    level: str
    reasons: list[dict[str, Any]]  # [{"label", "level", "factors"}], highest level first


class _Checker:
    """Collects every error as (field path, message) so the officer sees them all at once."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []

    def fail(self, path: str, message: str) -> None:
        self.errors.append((path, message))

    def number(self, table: dict[str, Any], key: str, path: str, *, minimum: float = 0) -> float:
        value = table.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(f"{path}.{key}", _("must be a number"))
            return 0.0
        if value < minimum:
            self.fail(f"{path}.{key}", _("must be at least %(min)s") % {"min": minimum})
        return float(value)

    def strings(self, table: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.fail(f"{path}.{key}", _("must be a list of non-empty texts"))
            return ()
        return tuple(v.strip() for v in value)

    def level(self, value: Any, path: str) -> str:
        if value not in Level.values:
            self.fail(path, _("“%(value)s” is not a level (one of %(levels)s)")
                      % {"value": value, "levels": ", ".join(Level.values)})
            return Level.GENERAL
        return str(value)

    def table(self, data: dict[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key)
        if not isinstance(value, dict):
            self.fail(key, _("the [%(key)s] table is missing") % {"key": key})
            return {}
        return value


def _levels(data: dict[str, Any], check: _Checker) -> dict[str, LevelSpec]:
    table = check.table(data, "levels")
    out: dict[str, LevelSpec] = {}
    for unknown in set(table) - set(Level.values):
        check.fail(f"levels.{unknown}", _("“%(value)s” is not a level") % {"value": unknown})
    for code in Level.values:
        spec = table.get(code)
        path = f"levels.{code}"
        if not isinstance(spec, dict):
            if table:
                check.fail(path, _("every level needs its response settings"))
            continue
        targets = []
        for i, text in enumerate(check.strings(spec, "notify", path)):
            role, _sep, place = text.partition("@")
            if role not in NOTIFY_ROLES or place not in NOTIFY_PLACES:
                check.fail(f"{path}.notify[{i}]", _("“%(value)s” is not role@place (roles: %(roles)s; places: "
                                                    "%(places)s)") % {"value": text, "roles": ", ".join(NOTIFY_ROLES),
                                                                     "places": ", ".join(NOTIFY_PLACES)})
            targets.append(Target(role, place))
        out[code] = LevelSpec(code=code, first_response_hours=check.number(spec, "first_response_hours", path,
                                                                            minimum=0.25),
                              report_hours=check.number(spec, "report_hours", path),
                              notify=tuple(targets), must_record=check.strings(spec, "must_record", path))
    ranked = [out[c] for c in Level.values if c in out]
    if any(path.startswith("levels.") for path, _msg in check.errors):
        return out  # compare the levels only once each is valid
    for lower, higher in itertools.pairwise(ranked):
        if higher.first_response_hours > lower.first_response_hours:
            check.fail(f"levels.{higher.code}.first_response_hours",
                       _("a higher level cannot allow more time than a lower one"))
    return out


def _rules(data: dict[str, Any], check: _Checker) -> tuple[Rule, ...]:
    out: list[Rule] = []
    for i, item in enumerate(data.get("rule", [])):
        path = f"rule[{i}]"
        if not isinstance(item, dict):
            check.fail(path, _("must be a table"))
            continue
        factor = item.get("factor")
        at_least = None
        if factor not in FACTORS:
            check.fail(f"{path}.factor", _("“%(value)s” is not a factor (one of %(factors)s)")
                       % {"value": factor, "factors": ", ".join(FACTORS)})
        elif factor in NUMBER_FACTORS:
            try:
                at_least = Decimal(str(item.get("at_least")))
                if at_least < 0 or not at_least.is_finite() or isinstance(item.get("at_least"), bool):
                    raise InvalidOperation
            except (InvalidOperation, ValueError):
                check.fail(f"{path}.at_least", _("a number factor needs at_least, a number of 0 or more"))
        elif "at_least" in item:
            check.fail(f"{path}.at_least", _("a yes/no factor takes no at_least"))
        out.append(Rule((str(factor),), check.level(item.get("level"), f"{path}.level"),
                        str(item.get("label") or factor), at_least))
    for i, item in enumerate(data.get("combination", [])):
        path = f"combination[{i}]"
        flags = check.strings(item, "all_of", path) if isinstance(item, dict) else ()
        if len(flags) < 2 or any(f not in FLAG_FACTORS for f in flags):
            check.fail(f"{path}.all_of", _("a combination needs two or more of %(flags)s")
                       % {"flags": ", ".join(FLAG_FACTORS)})
        out.append(Rule(flags, check.level(item.get("level") if isinstance(item, dict) else None, f"{path}.level"),
                        str(item.get("label") or " + ".join(flags)) if isinstance(item, dict) else ""))
    return tuple(out)


def _root_causes(data: dict[str, Any], check: _Checker) -> dict[str, RootCauseSpec]:
    out: dict[str, RootCauseSpec] = {}
    for code, spec in check.table(data, "root_causes").items():
        path = f"root_causes.{code}"
        subs = spec.get("subs") if isinstance(spec, dict) else None
        if not isinstance(spec, dict) or not str(spec.get("label") or "").strip():
            check.fail(f"{path}.label", _("every root cause needs a label"))
            continue
        if not isinstance(subs, dict) or not subs or not all(isinstance(v, str) and v for v in subs.values()):
            check.fail(f"{path}.subs", _("every root cause needs sub-causes as code = \"label\""))
            subs = {}
        out[code] = RootCauseSpec(code, spec["label"].strip(), str(spec.get("label_en") or ""), dict(subs))
    return out


def parse(text: str, *, version: str = DEFAULT_VERSION) -> Rules:
    """Typed rules from TOML text; `RulesError` (422, field = the path of the first error, data.errors = all)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(_("The rules are not valid TOML: %(error)s") % {"error": exc}, field="content",
                         errors=[{"field": "content", "message": str(exc)}]) from exc
    check = _Checker()
    levels = _levels(data, check)
    rules = _rules(data, check)
    escalation = check.table(data, "escalation")
    roles = check.strings(escalation, "roles", "escalation")
    for role in roles:
        if role not in NOTIFY_ROLES:
            check.fail("escalation.roles", _("“%(value)s” is not a role") % {"value": role})
    duplicates = check.table(data, "duplicates")
    match = check.strings(duplicates, "match", "duplicates")
    if not match or any(m not in DUPLICATE_KEYS for m in match):
        check.fail("duplicates.match", _("choose from %(keys)s") % {"keys": ", ".join(DUPLICATE_KEYS)})
    recurrence = check.table(data, "recurrence")
    parsed = Rules(
        version=version, levels=levels, rules=rules, escalation_roles=roles,
        notify_branch_officers=bool(escalation.get("notify_branch_officers", True)),
        escalation_repeat_hours=check.number(escalation, "repeat_hours", "escalation"),
        duplicate_window_days=int(check.number(duplicates, "window_days", "duplicates", minimum=1)),
        duplicate_match=match,
        recurrence_threshold=int(check.number(recurrence, "threshold", "recurrence", minimum=2)),
        root_causes=_root_causes(data, check), text=text,
    )
    if check.errors:
        path, message = check.errors[0]
        raise RulesError(_("%(field)s: %(message)s") % {"field": path, "message": message}, field=path,
                         errors=[{"field": p, "message": m} for p, m in check.errors])
    return parsed


def default_text() -> str:
    return DEFAULT_PATH.read_text(encoding="utf-8")


_cache: dict[str, Rules] = {}


def current() -> Rules:
    """The rules in force: the newest saved version (one small query), else the shipped file."""
    latest = GradingRuleSet.objects.order_by("-version").values_list("version", "content").first()
    version, text = (f"v{latest[0]}", latest[1]) if latest else (DEFAULT_VERSION, None)
    if version not in _cache:
        _cache.clear()
        _cache[version] = parse(text if text is not None else default_text(), version=version)
    return _cache[version]


def _matches(rule: Rule, facts: Facts) -> bool:
    if rule.at_least is not None:
        value = getattr(facts, rule.factors[0])
        return value is not None and Decimal(value) >= rule.at_least
    return all(bool(getattr(facts, name)) for name in rule.factors)


def suggest(facts: Facts, rules: Rules) -> Suggestion:
    """The highest level any rule reaches (一般 when none does), and every rule that matched."""
    hits = [r for r in rules.rules if _matches(r, facts)]
    hits.sort(key=lambda r: -LEVEL_RANK[r.level])
    level = hits[0].level if hits else Level.GENERAL.value
    return Suggestion(level, [{"label": r.label, "level": r.level, "factors": list(r.factors)} for r in hits])


def one_level_up(level: str) -> str:
    return Level.values[min(LEVEL_RANK[level] + 1, len(Level.values) - 1)]


# ---- the form's side: rules back to TOML, and error paths as a person reads them -----------------------------

def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float | Decimal):
        number = Decimal(str(value)).normalize()
        return str(int(number)) if number == number.to_integral_value() else format(number, "f")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid TOML basic string


def render(rules: Rules) -> str:
    """TOML text of typed rules (what the rules form saves): `parse(render(r))` gives back the same rules."""
    out = ["# 重大消费投诉分级与应急响应规则 (saved from the rules form; the shipped file explains every key)"]
    for spec in rules.levels.values():
        out += ["", f"[levels.{spec.code}]", f"first_response_hours = {_toml(spec.first_response_hours)}",
                f"report_hours = {_toml(spec.report_hours)}",
                f"notify = {_toml([f'{t.role}@{t.place}' for t in spec.notify])}",
                f"must_record = {_toml(spec.must_record)}"]
    out += ["", "[escalation]", f"roles = {_toml(rules.escalation_roles)}",
            f"notify_branch_officers = {_toml(rules.notify_branch_officers)}",
            f"repeat_hours = {_toml(rules.escalation_repeat_hours)}"]
    for rule in rules.rules:
        if len(rule.factors) == 1:
            out += ["", "[[rule]]", f"factor = {_toml(rule.factors[0])}"]
            out += [f"at_least = {_toml(rule.at_least)}"] if rule.at_least is not None else []
        else:
            out += ["", "[[combination]]", f"all_of = {_toml(rule.factors)}"]
        out += [f"level = {_toml(rule.level)}", f"label = {_toml(rule.label)}"]
    out += ["", "[duplicates]", f"window_days = {_toml(rules.duplicate_window_days)}",
            f"match = {_toml(rules.duplicate_match)}", "", "[recurrence]",
            f"threshold = {_toml(rules.recurrence_threshold)}"]
    for cause in rules.root_causes.values():
        subs = ", ".join(f"{_toml(code)} = {_toml(label)}" for code, label in cause.subs.items())
        out += ["", f"[root_causes.{_toml(cause.code)}]", f"label = {_toml(cause.label)}",
                f"label_en = {_toml(cause.label_en)}", f"subs = {{ {subs} }}"]
    return "\n".join(out) + "\n"


FACTOR_LABELS: dict[str, Any] = {
    "complainant_count": gettext_lazy("Number of complainants"),
    "disputed_amount": gettext_lazy("Disputed amount (yuan)"),
    "repeat_count": gettext_lazy("Repeat complaints within the window"),
    "media_exposure": gettext_lazy("Media or online exposure"),
    "regulator": gettext_lazy("Transferred by a regulator"),
    "extreme_threat": gettext_lazy("Threat of extreme behaviour or self-harm"),
    "elderly": gettext_lazy("Complainant aged 60 or over"),
}
PLACE_LABELS: dict[str, Any] = {
    "case": gettext_lazy("of the case"), "institution": gettext_lazy("of the handling institution"),
    "parent": gettext_lazy("one level up"), "branch": gettext_lazy("of the branch"),
}
MATCH_LABELS: dict[str, Any] = {
    "phone": gettext_lazy("Same phone number"), "id": gettext_lazy("Same ID number"),
    "policy": gettext_lazy("Same policy number"),
}
FIELD_LABELS: dict[str, Any] = {
    "first_response_hours": gettext_lazy("First response within (hours)"),
    "report_hours": gettext_lazy("Report upward within (hours)"),
    "notify": gettext_lazy("Who is told"), "must_record": gettext_lazy("Required in the report"),
    "factor": gettext_lazy("Condition"), "at_least": gettext_lazy("At least"),
    "level": pgettext_lazy("grading", "Level"), "label": gettext_lazy("Name"), "all_of": gettext_lazy("All of"),
    "roles": gettext_lazy("Who is told one level up"),
    "repeat_hours": gettext_lazy("Escalate again after (hours)"),
    "window_days": gettext_lazy("Duplicates window (days)"), "match": gettext_lazy("Duplicates match on"),
    "threshold": gettext_lazy("Recurrence threshold"), "subs": gettext_lazy("Sub-causes"),
    "content": gettext_lazy("Rules text"),
}


def describe(path: str) -> str:
    """An error path ("levels.major.first_response_hours", "rule[2].at_least") as the officer reads it."""
    head, _dot, rest = path.partition(".")
    name, _bracket, index = head.partition("[")
    if name == "levels" and rest:
        code, _d, key = rest.partition(".")
        where = str(Level(code).label) if code in Level.values else code
        return f"{where} · {FIELD_LABELS.get(key, key)}" if key else where
    if name in ("rule", "combination") and index:
        number = int(index.rstrip("]")) + 1
        what = _("Grading rule %(n)s") if name == "rule" else _("Combination %(n)s")
        return f"{what % {'n': number}} · {FIELD_LABELS.get(rest, rest)}" if rest else what % {"n": number}
    if name == "root_causes":
        return f"{_('Root causes')} · {rest}"
    sections = {"escalation": _("Escalation"), "duplicates": _("Duplicates"), "recurrence": _("Recurrence"),
                "levels": _("Levels"), "content": _("Rules text")}
    section = sections.get(name, name)
    return f"{section} · {FIELD_LABELS.get(rest, rest)}" if rest else str(section)

"""Loading and validation of the call-quality checklist (checklist.toml)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DEFAULT_CHECKLIST_PATH = Path(__file__).with_name("checklist.toml")

STEPS: tuple[str, ...] = (
    "RECORDING_NOTICE",
    "AGENT_IDENTITY",
    "PRODUCT_INSURER",
    "COVERAGE",
    "EXCLUSIONS",
    "PREMIUM_TERM",
    "COOLING_OFF_OR_CANCELLATION",
    "CUSTOMER_CONSENT",
)
SPEAKERS: tuple[str, ...] = ("agent", "customer")

_VARIANT_KEYS = frozenset({
    "speaker", "all_of", "none_of", "none_of_clause", "span", "previous_agent", "previous_customer", "after",
    "revoked_by", "confirmed",
})
_MACRO_RE = re.compile(r"%([A-Z][A-Z0-9_]*)%")
# filled per call with the short names of the insurers the agent named ("金驼" of 金驼财险): see CallPattern
CALL_INSURER = "CALL_INSURER"
_CALL_SLOT = "\x00CALL_INSURER\x00"
# the short name of an insurer: the two or three characters before a company suffix ("西域" of 西域财险)
_INSURER_NAME = re.compile(
    r"(?=([\u4e00-\u9fff]{2,3})(财产保险股份有限公司|财产保险有限公司|财产保险公司|财产保险|保险股份有限公司|保险有限公司"
    r"|保险公司|财险|产险|人寿|健康保险|健康(?=的|这边)))"
)
_NOT_A_NAME = re.compile(r"[是的这那我们您你在了个边里家款份种项和与跟及给为由从向被把将就都也还再有说叫姓]")
# In speech an insurer is as often "X保险" (我是西域保险的, 西域保险的车险) as X财险; but before a bare 保险 stand
# the kinds of insurance too (意外保险, 商业保险, 给孩子买保险), so a stem there is a name only when it is none
# of these: a kind of cover, a line, a buyer, or a verb or quantity word before it
_INSURER_NAME_BARE = re.compile(
    r"(?=([\u4e00-\u9fff]{2,3})保险(?!公司|股份|有限|财产|代理|经纪|金|费|期|责任|单|合同|条款|人|事故|标的|范围|利益))"
)
_KIND_OF_INSURANCE = re.compile(
    r"(?:意外|医疗|健康|人寿|寿|财产|商业|社会|养老|责任|车辆|车|家财|家庭|家居|旅游|旅行|出行|重疾|疾病|大病|住院|门诊"
    r"|防癌|癌症|团体|少儿|儿童|孩子|学生|学平|教育|年金|农业|种植|养殖|货运|货物|运输|工程|信用|保证|宠物|手机|航空"
    r"|交通|雇主|人身|两全|定期|终身|补充|短期|长期|百万|理财|分红|万能|综合|交强|三者|驾乘|盗抢|玻璃|自燃|火灾|地震"
    r"|巨灾|职业|雇员|员工|公众|产品|护理|失能|惠民|普惠|网络|牙科|损失|老年|老人|女性|母婴|新能源|骑手|外卖|什么|哪种"
    r"|别的|其他|所有|任何|各种|各类|正规|一般|普通|基本|附加|主险|基础|相关|一些|不少|很多|多少|大家|我家|人家|老公"
    r"|老婆|爸妈|父母|自己|家人|全家|伤害|医保|社保|型|专属|相互|津贴|首年|今年|明年|去年|每年)$"
)
_VERB = "买上交缴办续投卖做搞参入加退保赔理一两几各每份有没啥些过了挑选找配送推讲说看聊绍下打嘅"
_VERB_BEFORE = re.compile(f"[{_VERB}]$")
_VERB_FIRST = re.compile(f"^[{_VERB}]")


def _name_like(name: str) -> bool:
    """No function word inside; 和 only as the last character of a name (宏和, 中和: "X和Y财险" joins two names) or
    the first of a two-character one (和泰: "X和Y财险" gives Y as the two characters before the suffix)."""
    core = name[:-1] if name.endswith("和") else name[1:] if len(name) == 2 and name.startswith("和") else name
    return "险" not in name and not _NOT_A_NAME.search(core)


def insurer_names(texts: list[str]) -> tuple[str, ...]:
    """The short names of the insurers named in `texts` (the agent's turns): the two- and three-character stems
    before a company suffix (a health insurer's 健康保险 too), when they hold no function word and end in no kind
    of insurance ("我是西域财险的" gives 西域, "康泽健康保险" 康泽; "这边是保险公司" none);
    before a bare 保险 only stems that are no kind of insurance and no buyer ("西域保险的" gives 西域; "意外保险",
    "给孩子买保险" none)."""
    names: set[str] = set()
    for text in texts:
        for m in _INSURER_NAME.finditer(text):
            stem = m.group(1)
            for name in (stem[-2:], stem):
                # "康泽健康保险" names 康泽; the line word before the suffix (健康 of it) names nobody
                if _name_like(name) and not _KIND_OF_INSURANCE.search(name):
                    names.add(name)
        for m in _INSURER_NAME_BARE.finditer(text):
            stem = m.group(1)
            if _KIND_OF_INSURANCE.search(stem) or _VERB_BEFORE.search(stem):
                continue
            for name in (stem[-2:], stem):
                if _name_like(name) and not _VERB_FIRST.search(name):
                    names.add(name)
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@dataclass(frozen=True)
class CallPattern:
    """A pattern with the %CALL_INSURER% slot, bound per call to the insurers' short names the agent used."""

    source: str

    def bind(self, names: tuple[str, ...]) -> re.Pattern[str]:
        return _bind(self.source, names)


@lru_cache(maxsize=512)
def _bind(source: str, names: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in names) if names else "(?!)"
    return re.compile(source.replace(_CALL_SLOT, f"(?:{alternation})"))


class ChecklistError(ValueError):
    """A checklist file that cannot be used; the message names the bad entry."""


@dataclass(frozen=True)
class Variant:
    speaker: str
    all_of: tuple[re.Pattern[str] | CallPattern, ...]
    none_of: re.Pattern[str] | None
    span: int
    previous_agent: re.Pattern[str] | None
    after: re.Pattern[str] | None
    revoked_by: re.Pattern[str] | None = None  # a later turn of the same speaker that takes the step back
    confirmed: bool = False  # the scope also holds the other party's question that a turn of the scope affirms
    previous_customer: re.Pattern[str] | None = None  # the customer's question this agent turn answers
    # regexes that disqualify the sentence only from the clause where the anchor's match ends: "那个先不要，车险
    # 给我续了吧" refuses one thing and takes another; "行，给我办吧，我再想想" takes it back
    none_of_clause: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Defuse:
    """A marketing finding in an agent turn that the call's own disclosure defuses: dropped when the sentence
    around it matches `sentence` (and the finding's text matches `finding`, when given)."""

    code: str
    sentence: re.Pattern[str]
    finding: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Checklist:
    lines: dict[str, tuple[str, ...]]  # product line -> required steps
    line_names: dict[str, str]
    steps: dict[str, tuple[Variant, ...]]
    step_names: dict[str, str]
    source: str = ""
    defuse: tuple[Defuse, ...] = ()


def _compile(pattern: Any, macros: dict[str, str], where: str) -> re.Pattern[str]:
    compiled = _compile_slot(pattern, macros, where)
    if isinstance(compiled, CallPattern):
        raise ChecklistError(f"{where}: %{CALL_INSURER}% may only be used in all_of")
    return compiled


def _compile_slot(pattern: Any, macros: dict[str, str], where: str) -> re.Pattern[str] | CallPattern:
    if not isinstance(pattern, str) or not pattern:
        raise ChecklistError(f"{where}: a pattern must be a non-empty string")

    def repl(m: re.Match[str]) -> str:
        if m.group(1) == CALL_INSURER:
            return _CALL_SLOT
        if m.group(1) not in macros:
            raise ChecklistError(f"{where}: unknown macro %{m.group(1)}%")
        return f"(?:{macros[m.group(1)]})"

    expanded = pattern
    for _depth in range(5):  # a macro may use other macros
        if not _MACRO_RE.search(expanded):
            break
        expanded = _MACRO_RE.sub(repl, expanded)
    else:
        raise ChecklistError(f"{where}: macros nest deeper than 5 levels (a cycle?)")
    try:
        compiled = re.compile(expanded.replace(_CALL_SLOT, "(?:x)"))
    except re.error as exc:
        raise ChecklistError(f"{where}: pattern does not compile: {pattern!r}: {exc}") from None
    return CallPattern(expanded) if _CALL_SLOT in expanded else compiled


def _variant(raw: Any, macros: dict[str, str], where: str) -> Variant:
    if not isinstance(raw, dict):
        raise ChecklistError(f"{where}: must be a table")
    unknown = set(raw) - _VARIANT_KEYS
    if unknown:
        raise ChecklistError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    speaker = raw.get("speaker", "agent")
    if speaker not in SPEAKERS:
        raise ChecklistError(f"{where}: speaker must be one of {', '.join(SPEAKERS)}, got {speaker!r}")
    all_of = raw.get("all_of")
    if not isinstance(all_of, list) or not all_of:
        raise ChecklistError(f"{where}: 'all_of' must be a non-empty list of regexes")
    none_of = raw.get("none_of", [])
    if not isinstance(none_of, list):
        raise ChecklistError(f"{where}: 'none_of' must be a list of regexes")
    span = raw.get("span", 0)
    if not isinstance(span, int) or isinstance(span, bool) or not 0 <= span <= 10:
        raise ChecklistError(f"{where}: 'span' must be an integer between 0 and 10")
    none = [_compile(p, macros, where) for p in none_of]
    none_clause = raw.get("none_of_clause", [])
    if not isinstance(none_clause, list):
        raise ChecklistError(f"{where}: 'none_of_clause' must be a list of regexes")
    clause = [_compile(p, macros, where) for p in none_clause]
    confirmed = raw.get("confirmed", False)
    if not isinstance(confirmed, bool):
        raise ChecklistError(f"{where}: 'confirmed' must be true or false")
    return Variant(
        confirmed=confirmed,
        speaker=speaker,
        all_of=tuple(_compile_slot(p, macros, where) for p in all_of),
        none_of=re.compile("|".join(f"(?:{p.pattern})" for p in none)) if none else None,
        none_of_clause=re.compile("|".join(f"(?:{p.pattern})" for p in clause)) if clause else None,
        span=span,
        previous_agent=_compile(raw["previous_agent"], macros, where) if "previous_agent" in raw else None,
        previous_customer=(
            _compile(raw["previous_customer"], macros, where) if "previous_customer" in raw else None
        ),
        after=_compile(raw["after"], macros, where) if "after" in raw else None,
        revoked_by=_compile(raw["revoked_by"], macros, where) if "revoked_by" in raw else None,
    )


def parse_checklist(data: dict[str, Any], source: str = "<data>") -> Checklist:
    """Validate a parsed checklist document and compile it."""
    unknown = set(data) - {"lines", "macros", "steps", "defuse"}
    if unknown:
        raise ChecklistError(f"{source}: unknown section(s) {', '.join(sorted(unknown))}")
    macros = data.get("macros", {})
    if not isinstance(macros, dict) or not all(isinstance(v, str) for v in macros.values()):
        raise ChecklistError("[macros] must be a table of NAME = 'regex'")
    raw_lines = data.get("lines")
    if not isinstance(raw_lines, dict) or not raw_lines:
        raise ChecklistError(f"{source}: no [lines.<product line>] tables")
    lines: dict[str, tuple[str, ...]] = {}
    line_names: dict[str, str] = {}
    for line, info in raw_lines.items():
        required = info.get("required") if isinstance(info, dict) else None
        if not isinstance(required, list) or not all(isinstance(s, str) for s in required):
            raise ChecklistError(f"line {line!r}: 'required' must be a list of step codes")
        bad = [s for s in required if s not in STEPS]
        if bad:
            raise ChecklistError(f"line {line!r}: unknown step(s) {', '.join(bad)}")
        lines[line] = tuple(required)
        line_names[line] = str(info.get("name", line))
    raw_steps = data.get("steps")
    if not isinstance(raw_steps, dict):
        raise ChecklistError(f"{source}: no [steps.<CODE>] tables")
    steps: dict[str, tuple[Variant, ...]] = {}
    step_names: dict[str, str] = {}
    for code, info in raw_steps.items():
        if code not in STEPS:
            raise ChecklistError(f"step {code!r}: unknown step code (known: {', '.join(STEPS)})")
        variants = info.get("variants") if isinstance(info, dict) else None
        if not isinstance(variants, list) or not variants:
            raise ChecklistError(f"step {code!r}: needs at least one [[steps.{code}.variants]]")
        steps[code] = tuple(
            _variant(v, macros, f"step {code!r} variant {i + 1}") for i, v in enumerate(variants)
        )
        step_names[code] = str(info.get("name", code))
    for line, required in lines.items():
        missing = [s for s in required if s not in steps]
        if missing:
            raise ChecklistError(f"line {line!r}: no [steps] definition for {', '.join(missing)}")
    return Checklist(lines, line_names, steps, step_names, source, _defuses(data.get("defuse", []), macros))


def _defuses(raw: Any, macros: dict[str, str]) -> tuple[Defuse, ...]:
    from xiaobao.engines.marketing import CODES  # the codes of the agent-turn findings

    if not isinstance(raw, list):
        raise ChecklistError("[[defuse]] must be a list of tables")
    out = []
    for i, item in enumerate(raw, start=1):
        where = f"defuse {i}"
        if not isinstance(item, dict):
            raise ChecklistError(f"{where}: must be a table")
        unknown = set(item) - {"code", "sentence", "finding"}
        if unknown:
            raise ChecklistError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        if item.get("code") not in CODES:
            raise ChecklistError(f"{where}: code must be one of {', '.join(CODES)}, got {item.get('code')!r}")
        if "sentence" not in item:
            raise ChecklistError(f"{where}: needs 'sentence'")
        out.append(Defuse(
            item["code"],
            _compile(item["sentence"], macros, where),
            _compile(item["finding"], macros, where) if "finding" in item else None,
        ))
    return tuple(out)


def load_checklist(path: Path | str | None = None) -> Checklist:
    """Load and validate a checklist file (default: the built-in checklist.toml)."""
    path = Path(path) if path is not None else DEFAULT_CHECKLIST_PATH
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ChecklistError(f"cannot read checklist {path}: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ChecklistError(f"{path}: not a valid UTF-8 TOML file: {exc}") from None
    return parse_checklist(data, str(path))

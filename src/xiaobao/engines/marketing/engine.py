"""Marketing-material checker: regex candidates, then per-match context decisions.

For speed, each code's rules are joined into one alternation with a named group per rule, so the text is
scanned once per code; every candidate is then accepted or rejected by its rule's context checks
(negation and warning words, exception windows, co-occurrence).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from xiaobao.engines.marketing.rules import CODES, Rule, RuleSet, load_rules

# Clause boundaries: negation and exception windows never cross them.
_BOUNDARY = "，,。！？!?；;\n"
_CLAUSE_END = re.compile(f"[{_BOUNDARY}]")
_OPEN_QUOTES = "“\"「『‘《"

# Full-width digits, Latin letters, % and the ideographic space are folded to ASCII before matching;
# the mapping keeps every offset unchanged.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)})
_FOLD.update({c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)})
_FOLD.update({0xFF05: ord("%"), 0x3000: ord(" ")})
_NEEDS_FOLD = re.compile("[\uff05\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000]")
# Windows closer than this are scanned as one: a regex call costs more than scanning a few dozen chars.
_MERGE_GAP = 64
# Quotation scope: a claim inside quotation marks, in a text that warns, educates or reports someone else's
# violation anywhere (以案说险, 风险提示, 常见误区, news of a penalty), is being talked about, not made.
_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’", "\"": "\""}
_WARNING_TEXT = re.compile(
    "警惕|警觉|警示|提醒|风险提示|温馨提示|误区|谨防|防范|当心|小心|留个?心眼|多个心眼|以案说险|案例|不存在|骗局|陷阱|套路|"
    "识别|甄别|别信|不要相信|不要轻信|不可信|切勿|勿信|虚假宣传|误导|违规|违法|被罚|处罚|罚款|通报|上当|受骗|骗子|"
    "所谓|号称|声称|宣称|称为|网友称|专家|记者|报道|据悉|监管(部门|局|机构)?(提示|提醒|通报|指出)"
)


# a claim that the rest of its sentence warns against (任何承诺保本高收益的…都要警惕): talked about, not made
_WARNED_AFTER = re.compile(
    "(都|也)?(要|需|需要|应|应当|请|得)?(警惕|警觉|当心|小心|提防|留个?心眼|多个心眼|擦亮眼睛)"
    "|(是|属于|都是)(骗局|陷阱|套路|违规|违法|误导|虚假)"
)
_SENTENCE_END = re.compile("[。！？!?\n]")


def _warned_after(text: str, end: int) -> bool:
    m = _SENTENCE_END.search(text, end)
    return _WARNED_AFTER.search(text, end, m.start() if m else len(text)) is not None


_OPEN_QUOTE_RE = re.compile("[" + "".join(_QUOTE_PAIRS) + "]")


def _quoted(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation (the marks excluded), in order and never overlapping; a quote left
    open ends the list. Opening marks are found by a regex search, not a loop over every character."""
    out: list[tuple[int, int]] = []
    find_open = _OPEN_QUOTE_RE.search
    m = find_open(text)
    while m is not None:
        i = m.start()
        j = text.find(_QUOTE_PAIRS[text[i]], i + 1)
        if j < 0:
            break
        out.append((i + 1, j))
        m = find_open(text, j + 1)
    return out


def _outside_quotes(findings: list[Finding], quotes: list[tuple[int, int]]) -> list[Finding]:
    """The findings not inside a quotation. Quotations are ordered and disjoint, so the only one that can
    hold a finding is the last one starting at or before it (a binary search, not a scan of all quotes)."""
    starts = [s for s, _ in quotes]
    out = []
    for f in findings:
        k = bisect_right(starts, f.start) - 1
        if k < 0 or f.end > quotes[k][1]:
            out.append(f)
    return out


@dataclass(frozen=True, slots=True)
class Finding:
    """One marketing violation found in a text (offsets are str indices, end exclusive)."""

    code: str
    start: int
    end: int
    text: str
    explanation: str
    basis: str
    suggestion: str | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    """The built-in rule set, loaded once."""
    return load_rules()


def _clause_after(text: str, end: int, width: int) -> str:
    seg = text[end:end + width]
    m = _CLAUSE_END.search(seg)
    return seg[:m.start()] if m else seg


def _accepted(rule: Rule, text: str, start: int, end: int) -> bool:
    if rule.unless_in_match is not None and rule.unless_in_match.search(text[start:end]):
        return False
    # a quoted term (“最佳”) is usually being talked about: look further for the warning around it
    widen = 3 if start > 0 and text[start - 1] in _OPEN_QUOTES else 1
    if rule.before_check is not None:
        lo = start - rule.before_window * widen
        if rule.before_check.search(text, lo if lo > 0 else 0, start):
            return False
    if rule.after_check is not None and rule.after_check.search(
        _clause_after(text, end, rule.after_window * widen)
    ):
        return False
    if rule.requires_nearby is not None or rule.unless_nearby is not None:
        left = text[max(0, start - rule.nearby_window):start]
        right = text[end:end + rule.nearby_window]
        if rule.unless_nearby is not None and (
            rule.unless_nearby.search(left) or rule.unless_nearby.search(right)
        ):
            return False
        if rule.requires_nearby is not None and not (
            rule.requires_nearby.search(left) or rule.requires_nearby.search(right)
        ):
            return False
    return True


def _finding(rule: Rule, text: str, start: int, end: int) -> Finding:
    return Finding(rule.code, start, end, text[start:end], rule.explanation, rule.basis, rule.suggestion,
                   rule.id)


def _hits(regex: re.Pattern[str], text: str, inner: dict[str, tuple[int, ...]]) -> list[tuple[int, str]]:
    """(position, literal) of the gate's hits, and of literals that start inside a hit: finditer returns
    non-overlapping longest hits, which would hide 停售 of one rule behind the hit 月底停 of another.
    Only the offsets where a literal longer than the rest of the hit can start are tried (gate.inner)."""
    out: list[tuple[int, str]] = []
    match = regex.match
    for m in regex.finditer(text):
        s = m.start()
        lit = m.group()
        out.append((s, lit))
        ks = inner[lit]
        if ks:
            e = m.end()
            for k in ks:
                found = match(text, s + k)
                if found is not None and found.end() > e:
                    out.append((s + k, found.group()))
    return out


def _candidates(ruleset: RuleSet, text: str) -> list[tuple[int, int, int]]:
    """Regex matches worth a context check, as (start, end, pattern index).

    The literal pre-filter gives the places to look: a pattern that starts with its literal is matched
    right there; any other pattern is searched in a window around the literal.
    """
    gate = ruleset.gate
    assert gate is not None  # noqa: S101 - type narrowing: a loaded ruleset always has its gate
    n = len(text)
    regexes = gate.regexes
    found: list[tuple[int, int, int]] = []
    wins: dict[int, list[list[int]]] = {e: [[0, n]] for e in gate.ungated}
    if gate.regex is not None:
        targets = gate.targets
        append = found.append
        for start, lit in _hits(gate.regex, text, gate.inner):
            direct, windowed = targets[lit]
            for match, off, e in direct:
                mm = match(text, start + off)
                if mm is not None:
                    append((start + off, mm.end(), e))
            for e, back, reach in windowed:
                lo = start - back
                hi = start + reach
                rw = wins.get(e)
                if rw is None:
                    wins[e] = [[lo if lo > 0 else 0, hi]]
                elif lo <= rw[-1][1] + _MERGE_GAP:
                    if hi > rw[-1][1]:
                        rw[-1][1] = hi
                else:
                    rw.append([lo if lo > 0 else 0, hi])
    for e, windows in wins.items():
        finditer = regexes[e].finditer
        for lo, hi in windows:
            # one more pass after the last match finds matches overlapping it (a rejected match
            # must not hide an acceptable one that starts inside it)
            pos = lo
            while pos < hi:
                last = -1
                for mm in finditer(text, pos, hi):
                    found.append((mm.start(), mm.end(), e))
                    last = mm.start()
                if last < 0:
                    break
                pos = last + 1
    return found


def check_text(text: str, rules: RuleSet | None = None) -> list[Finding]:
    """Check marketing text; return the violations found, ordered by position."""
    ruleset = rules if rules is not None else default_rules()
    folded = text.translate(_FOLD) if _NEEDS_FOLD.search(text) else text
    candidates = _candidates(ruleset, folded)
    # longest first at each place; one finding per place and code (an accepted finding hides the
    # overlapping candidates of its code, a rejected one hides nothing)
    candidates.sort(key=lambda c: (c[0], -c[1]))
    owners = ruleset.owners
    all_rules = ruleset.rules
    last_end: dict[str, int] = {}
    findings: list[Finding] = []
    for start, end, e in candidates:
        rule = all_rules[owners[e]]
        if start < last_end.get(rule.code, -1) or not _accepted(rule, folded, start, end):
            continue
        findings.append(_finding(rule, text, start, end))
        last_end[rule.code] = end
    if findings:
        findings = [f for f in findings if not _warned_after(folded, f.end)]
    if findings and _WARNING_TEXT.search(folded):
        quotes = _quoted(folded)
        if quotes:
            findings = _outside_quotes(findings, quotes)
    findings.sort(key=lambda f: (f.start, f.end, CODES.index(f.code)))
    return findings


def violation_codes(findings: list[Finding]) -> list[str]:
    """The distinct codes of the findings, in the canonical code order."""
    present = {f.code for f in findings}
    return [code for code in CODES if code in present]

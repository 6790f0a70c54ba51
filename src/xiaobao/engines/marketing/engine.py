"""Marketing-material checker: regex candidates, then per-match context decisions.

For speed, each code's rules are joined into one alternation with a named group per rule, so the text is
scanned once per code; every candidate is then accepted or rejected by its rule's context checks
(negation and warning words, exception windows, co-occurrence).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from xiaobao.engines.marketing.rules import CODES, Rule, RuleSet, load_rules

# Clause boundaries: negation and exception windows never cross them.
_BOUNDARY = "，,。！？!?；;\n"
_CLAUSE_END = re.compile(f"[{_BOUNDARY}]")
_CLAUSE_TAIL = re.compile(f"[^{_BOUNDARY}]*\\Z")
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


@dataclass(frozen=True)
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


def _clause_before(text: str, start: int, width: int) -> str:
    seg = text[max(0, start - width):start]
    m = _CLAUSE_TAIL.search(seg)
    return m.group() if m else seg


def _clause_after(text: str, end: int, width: int) -> str:
    seg = text[end:end + width]
    m = _CLAUSE_END.search(seg)
    return seg[:m.start()] if m else seg


def _accepted(rule: Rule, text: str, start: int, end: int) -> bool:
    if rule.unless_in_match is not None and rule.unless_in_match.search(text[start:end]):
        return False
    # a quoted term (“最佳”) is usually being talked about: look further for the warning around it
    widen = 3 if start > 0 and text[start - 1] in _OPEN_QUOTES else 1
    if rule.before_check is not None and rule.before_check.search(
        _clause_before(text, start, rule.before_window * widen)
    ):
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


def _windows(ruleset: RuleSet, text: str) -> list[list[list[int]]]:
    """Per rule, the merged text windows [lo, hi] worth scanning (from the literal pre-filter)."""
    gate = ruleset.gate
    n = len(text)
    if gate is None:
        return [[[0, n]] for _ in ruleset.rules]
    wins: list[list[list[int]]] = [[] for _ in ruleset.rules]
    for i in gate.ungated:
        wins[i].append([0, n])
    if gate.regex is None:
        return wins
    targets = gate.targets
    hits = [(m.start(), m.end(), m.group()) for m in gate.regex.finditer(text)]
    for start, end, lit in hits:
        for i, back, width in targets[lit]:
            lo = start - back
            hi = end + width
            rw = wins[i]
            if rw:
                last = rw[-1]
                if lo <= last[1] + _MERGE_GAP:
                    if hi > last[1]:
                        last[1] = hi
                    continue
            rw.append([lo if lo > 0 else 0, hi])
    return wins


def check_text(text: str, rules: RuleSet | None = None) -> list[Finding]:
    """Check marketing text; return the violations found, ordered by position."""
    ruleset = rules if rules is not None else default_rules()
    folded = text.translate(_FOLD) if _NEEDS_FOLD.search(text) else text
    candidates: list[tuple[int, int, Rule]] = []
    for rule, windows in zip(ruleset.rules, _windows(ruleset, folded), strict=True):
        for lo, hi in windows:
            pos = lo
            while pos < hi:
                for m in rule.regex.finditer(folded, pos, hi):
                    start, end = m.span()
                    if _accepted(rule, folded, start, end):
                        candidates.append((start, end, rule))
                    else:
                        pos = start + 1  # a later, overlapping match of the same rule may still count
                        break
                else:
                    break
    # one finding per place and code: drop a finding overlapping an earlier (or longer) one of its code
    candidates.sort(key=lambda c: (c[0], -c[1]))
    findings: list[Finding] = []
    last_end: dict[str, int] = {}
    for start, end, rule in candidates:
        if start < last_end.get(rule.code, -1):
            continue
        findings.append(_finding(rule, text, start, end))
        last_end[rule.code] = end
    findings.sort(key=lambda f: (f.start, f.end, CODES.index(f.code)))
    return findings


def violation_codes(findings: list[Finding]) -> list[str]:
    """The distinct codes of the findings, in the canonical code order."""
    present = {f.code for f in findings}
    return [code for code in CODES if code in present]

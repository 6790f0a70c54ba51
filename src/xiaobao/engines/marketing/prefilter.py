"""Literal pre-filter for the rule regexes (the idea behind RE2/Hyperscan pre-filters, kept small).

For every rule regex we derive a set of *required literals*: every match contains at least one of them.
One alternation of all literals (which Python's `re` scans quickly, skipping by first character) finds the
places worth looking at; each rule's own regex then runs only in a window around those places.
Rules without a usable literal are scanned in full.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]

_MAX_EXACT = 64  # largest set of exact strings kept while multiplying sequences out
_MAX_CLASS = 12  # a character class with at most this many characters counts as literals
_MAX_WIDTH = 120  # window cap either side of a pre-filter hit (longer matches are not expected)
# Very frequent in insurance texts: a literal made only of these makes a poor pre-filter.
_COMMON = set("保险公司产品的了是在不我有这个们您你一")
_COMMON_WORDS = frozenset({"保障", "服务", "理赔", "客户", "费用", "银行", "合同", "条款", "投保", "赔付"})


@dataclass(frozen=True)
class _Info:
    exact: frozenset[str] | None  # every string the node can match (small finite sets only)
    factor: frozenset[str] | None  # one of these occurs in every match
    back: int  # at most this many characters precede that occurrence inside the node's match
    width: int  # longest match of the node (capped)
    nullable: bool


_Cand = tuple[frozenset[str], int]
_Direct = tuple[Callable[[str, int], "re.Match[str] | None"], int, int]


def _score(lits: frozenset[str] | None) -> tuple[int, int, int]:
    if not lits:
        return (-1, 0, 0)
    shortest = min(len(s) for s in lits)
    useful = 0 if any(s in _COMMON_WORDS or all(ch in _COMMON for ch in s) for s in lits) else 1
    return (min(shortest, 3) if useful else 0, -len(lits), shortest)


def _best(*cands: _Cand | None) -> _Cand | None:
    usable = [c for c in cands if c is not None and c[0] and "" not in c[0]]
    return max(usable, key=lambda c: (_score(c[0]), -c[1])) if usable else None


def _width(op: object, av: object) -> int:
    hi = _p.SubPattern(_p.State(), [(op, av)]).getwidth()[1]
    return min(hi, _MAX_WIDTH)


def _class_chars(av: list) -> frozenset[str] | None:  # type: ignore[type-arg]
    chars: set[str] = set()
    for op, arg in av:
        if op is _c.LITERAL:
            chars.add(chr(arg))
        elif op is _c.RANGE and arg[1] - arg[0] < _MAX_CLASS:
            chars.update(chr(x) for x in range(arg[0], arg[1] + 1))
        else:
            return None
    return frozenset(chars) if len(chars) <= _MAX_CLASS else None


def _seq(items: list) -> _Info:  # type: ignore[type-arg]
    run: frozenset[str] | None = frozenset({""})
    run_back = 0
    all_exact = True
    best: _Cand | None = None
    nullable = True
    prefix = 0
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        info = _node(op, av)
        nullable = nullable and info.nullable
        if info.exact is not None and run is not None:
            product = {a + b for a, b in itertools.product(run, info.exact)}
            if len(product) <= _MAX_EXACT:
                run = frozenset(product)
                prefix = min(prefix + info.width, _MAX_WIDTH)
                continue
        all_exact = False
        best = _best(best, (run, run_back) if run is not None else None,
                     (info.factor, prefix + info.back) if info.factor else None)
        run, run_back = (info.exact, prefix) if info.exact is not None else (None, 0)
        prefix = min(prefix + info.width, _MAX_WIDTH)
    if all_exact and run is not None and "" not in run:
        return _Info(run, run, 0, prefix, nullable)
    final = _best(best, (run, run_back) if run is not None else None)
    return _Info(None, final[0] if final else None, final[1] if final else 0, prefix, nullable)


def _node(op: object, av: object) -> _Info:
    if op is _c.LITERAL:
        lit = frozenset({chr(av)})  # type: ignore[arg-type]
        return _Info(lit, lit, 0, 1, False)
    if op is _c.IN:
        chars = _class_chars(av)  # type: ignore[arg-type]
        return _Info(chars, chars, 0, 1, False)
    if op is _c.SUBPATTERN:
        return _seq(av[3])  # type: ignore[index]
    if op is _c.BRANCH:
        infos = [_seq(alt) for alt in av[1]]  # type: ignore[index]
        nullable = any(i.nullable for i in infos)
        width = max(i.width for i in infos)
        exact = None
        if all(i.exact is not None for i in infos):
            union = frozenset().union(*(i.exact for i in infos))  # type: ignore[arg-type]
            exact = union if len(union) <= _MAX_EXACT else None
        factor = None
        if not nullable and all(i.factor for i in infos):
            factor = frozenset().union(*(i.factor for i in infos))  # type: ignore[arg-type]
        return _Info(exact, factor, max(i.back for i in infos), width, nullable)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, sub = av  # type: ignore[misc]
        info = _seq(sub)
        width = _width(op, av)
        if lo == 0 and hi == 1 and info.exact is not None:
            return _Info(info.exact | {""}, None, 0, width, True)
        if lo == 0:
            return _Info(None, None, 0, width, True)
        exact = info.exact if lo == hi == 1 else None
        return _Info(exact, info.factor, info.back, width, info.nullable)
    return _Info(None, None, 0, _width(op, av), False)


def _literals(pattern: str) -> _Cand | None:
    info = _seq(list(_p.parse(pattern)))
    if info.exact is not None and "" not in info.exact:
        cand: _Cand | None = (info.exact, 0)
    else:
        cand = (info.factor, info.back) if info.factor else None
    if cand is None or "" in cand[0] or _score(cand[0])[0] < 1:
        return None
    return cand


def required_literals(pattern: str) -> frozenset[str] | None:
    """A set of literals one of which every match of `pattern` contains, or None if none is known."""
    cand = _literals(pattern)
    return cand[0] if cand else None


def max_width(regex: re.Pattern[str]) -> int:
    """The longest possible match in characters, capped (matches longer than the cap are not expected)."""
    return min(_p.parse(regex.pattern).getwidth()[1], _MAX_WIDTH)


_GROUP = 16  # first characters per top-level group of the gate regex


def trie_regex(literals: list[str]) -> re.Pattern[str]:
    """One regex matching any of `literals`, longest first, factored as a trie so that `re` can skip
    quickly to the possible first characters.

    With hundreds of first characters, `re` would try the top-level branches one by one at every
    candidate position; instead they are grouped (_GROUP first characters each): a group's branch starts
    with a class of its first characters, which `re` tests in one step, and only inside the matching
    group is the first character read again (a one-character lookbehind). Same matches, fewer steps.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for lit in literals:
        node = trie
        for ch in lit:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    firsts = sorted(ch for ch in trie if ch)
    if len(firsts) <= _GROUP:
        return re.compile(build(trie))
    groups = []
    for i in range(0, len(firsts), _GROUP):
        chunk = firsts[i : i + _GROUP]
        inner = "|".join(f"(?<={re.escape(ch)}){build(trie[ch])}" for ch in chunk)
        groups.append("[" + "".join(re.escape(ch) for ch in chunk) + "](?:" + inner + ")")
    return re.compile("(?:" + "|".join(groups) + ")")


@dataclass(frozen=True)
class Gate:
    """The compiled pre-filter over a list of regexes (one per rule pattern)."""

    regex: re.Pattern[str] | None  # any required literal of any gated regex
    regexes: tuple[re.Pattern[str], ...]
    # matched literal -> (regexes that start with a literal: (bound `match`, offset in the hit, index),
    #                     other regexes: (index, chars a match may start before the hit,
    #                                     chars from the hit's start to the end of the longest match))
    targets: dict[str, tuple[tuple[_Direct, ...], tuple[tuple[int, int, int], ...]]]
    ungated: tuple[int, ...]  # regexes scanned in full
    # matched literal -> offsets inside it where another literal reaching past its end could start (a
    # literal that begins with the rest of the hit and is longer); the only places worth a second look
    inner: dict[str, tuple[int, ...]] = field(default_factory=dict)


def build_gate(regexes: list[re.Pattern[str]]) -> Gate:
    cands = [_literals(rx.pattern) for rx in regexes]
    widths = [max_width(rx) for rx in regexes]
    universe = sorted({lit for cand in cands if cand for lit in cand[0]})
    # literal -> the regexes that require it (one of their alternatives), to find the literals inside a hit by
    # looking up its substrings rather than searching the hit for every literal of every regex
    requiring: dict[str, list[int]] = {}
    requires_back: dict[int, int] = {}
    for i, cand in enumerate(cands):
        if cand:
            requires_back[i] = cand[1]
            for lit in cand[0]:
                requiring.setdefault(lit, []).append(i)
    targets: dict[str, tuple[tuple[_Direct, ...], tuple[tuple[int, int, int], ...]]] = {}
    for hit in universe:
        direct: list[_Direct] = []
        windowed: list[tuple[int, int, int]] = []
        # the gate returns non-overlapping longest literals: a hit also stands for the literals inside it
        found: dict[int, set[int]] = {}
        for start in range(len(hit)):
            for end in range(start + 1, len(hit) + 1):
                for i in requiring.get(hit[start:end], ()):
                    found.setdefault(i, set()).add(start)
        for i in sorted(found):
            back, offsets = requires_back[i], tuple(sorted(found[i]))
            if back == 0:
                direct.extend((regexes[i].match, off, i) for off in offsets)
            else:
                windowed.append((i, back, len(hit) + widths[i]))
        targets[hit] = (tuple(direct), tuple(windowed))
    proper_prefixes = {lit[:j] for lit in universe for j in range(1, len(lit))}
    return Gate(
        regex=trie_regex(universe) if universe else None,
        regexes=tuple(regexes),
        targets=targets,
        ungated=tuple(i for i, cand in enumerate(cands) if not cand),
        inner={hit: tuple(k for k in range(1, len(hit)) if hit[k:] in proper_prefixes) for hit in universe},
    )

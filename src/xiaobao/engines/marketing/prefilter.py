"""Literal pre-filter for the rule regexes (the idea behind RE2/Hyperscan pre-filters, kept small).

For every rule regex we derive a set of *required literals*: every match contains at least one of them.
One Aho–Corasick automaton over all literals (ahocorasick-rs, native code) finds every place worth looking
at in one pass; a rule regex that starts with its literal is matched right there, any other runs only in a
window around the literal.
Rules without a usable literal are scanned in full.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]

import ahocorasick_rs

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
_Direct = tuple[Callable[[str, int], "re.Match[str] | None"], int]


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


def _any_literals(pattern: str) -> _Cand | None:
    """(literals one of which every match contains, how far before it a match may start), common or not."""
    info = _seq(list(_p.parse(pattern)))
    if info.exact is not None and "" not in info.exact:
        cand: _Cand | None = (info.exact, 0)
    else:
        cand = (info.factor, info.back) if info.factor else None
    if cand is None or "" in cand[0]:
        return None
    return cand


def _literals(pattern: str) -> _Cand | None:
    cand = _any_literals(pattern)
    return None if cand is None or _score(cand[0])[0] < 1 else cand


_ALWAYS = re.compile("")  # matches at any place: the test of a regex whose literals are unknown


def _minimal_literals(regex: re.Pattern[str] | None) -> list[str] | None:
    """The literals one of which every match of `regex` contains, none containing another (a literal inside
    another is enough), or None when they are not known."""
    cand = _any_literals(regex.pattern) if regex is not None and not regex.flags & re.IGNORECASE else None
    if cand is None:
        return None
    minimal: list[str] = []
    for lit in sorted(cand[0], key=len):
        if not any(m in lit for m in minimal):
            minimal.append(lit)
    return minimal


def literal_test(regex: re.Pattern[str] | None) -> Callable[[str, int, int], re.Match[str] | None]:
    """A cheap search, (text, pos, endpos), that finds something wherever `regex` can find a match in
    text[pos:endpos]: a scan for the literals one of which every match contains (a literal inside another
    is enough), or, when they are not known (or there is no regex), a search that always succeeds. Context checks run it first and
    skip the full regex - dozens of alternatives tried at every place - when it finds nothing."""
    minimal = _minimal_literals(regex)
    return _ALWAYS.search if minimal is None else re.compile(trie_pattern(minimal)).search


def literal_places(regex: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """A scan whose finditer gives, as group 1, an occurrence of one of `regex`'s literals (those of
    literal_test) at every place one starts, in order: wherever `regex` matches, one of them lies inside the
    match. None when the literals are not known."""
    minimal = _minimal_literals(regex)
    # no literal of the minimal set is a prefix of another, so one place holds at most one of them
    return None if minimal is None else window_scan(re.compile(trie_pattern(minimal)))


def trie_pattern(words: list[str]) -> str:
    """An alternation of `words` (non-empty) shaped as a trie: one branch per first character, each followed by
    the branches of the second, and so on (a word that ends where others go on stands for them all).

    It finds a match wherever the plain alternation of the words finds one (the spans may differ: it answers
    "is any word here", which is all a literal test asks). `re` tries the alternatives of a group one
    after another at every position, so a flat list of hundreds of words costs hundreds of tests at each
    place; as a trie, every branch starts with its own character, which `re` reads as the set of characters a
    match can start with: it skips to the next of them in a native loop, then tests one branch per distinct
    first character, and only the words that share it after that."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        if "" in node:  # a word ends here: what follows cannot change whether there is a match
            return ""
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return "|".join(re.escape(ch) + emit(child) for ch, child in sorted(root.items()))


def required_literals(pattern: str) -> frozenset[str] | None:
    """A set of literals one of which every match of `pattern` contains, or None if none is known."""
    cand = _literals(pattern)
    return cand[0] if cand else None


def max_width(regex: re.Pattern[str]) -> int:
    """The longest possible match in characters, capped (matches longer than the cap are not expected)."""
    return min(_p.parse(regex.pattern).getwidth()[1], _MAX_WIDTH)


_FIRST_CAP = 400  # largest set of possible first characters worth a look-ahead


def _first_seq(items: list) -> tuple[set[str] | None, bool]:  # type: ignore[type-arg]
    """(characters a match of the sequence can start with, or None if unknown; whether it can match empty)."""
    out: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next item gives the first character
        chars, nullable = _first_node(op, av)
        if chars is None:
            return None, False
        out |= chars
        if len(out) > _FIRST_CAP:
            return None, False
        if not nullable:
            return out, False
    return out, True


def _first_node(op: object, av: object) -> tuple[set[str] | None, bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op is _c.IN:
        chars: set[str] = set()
        for o, a in av:  # type: ignore[attr-defined]
            if o is _c.LITERAL:
                chars.add(chr(a))
            elif o is _c.RANGE and a[1] - a[0] < _FIRST_CAP:
                chars.update(chr(x) for x in range(a[0], a[1] + 1))
            else:  # negated classes, categories (\d, \s), wide ranges: unknown
                return None, False
        return chars, False
    if op is _c.SUBPATTERN:
        return _first_seq(av[3])  # type: ignore[index]
    if op is _c.BRANCH:
        out: set[str] = set()
        nullable = False
        for alt in av[1]:  # type: ignore[index]
            chars_, nl = _first_seq(alt)
            if chars_ is None:
                return None, False
            out |= chars_
            nullable = nullable or nl
        return out, nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, _hi, sub = av  # type: ignore[misc]
        chars_, nl = _first_seq(sub)
        return (None, False) if chars_ is None else (chars_, nl or lo == 0)
    return None, False


def first_chars(regex: re.Pattern[str] | None) -> frozenset[str] | None:
    """The characters every match of `regex` can start with, or None if unknown or it can match empty: a
    span holding none of them holds no match (a cheap test before searching a short window)."""
    if regex is None:
        return None
    chars, nullable = _first_seq(list(_p.parse(regex.pattern)))
    return None if chars is None or nullable or not chars else frozenset(chars)


def quick_reject(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The same regex, searched faster: when `re` finds no literal prefix or first-character set of its own
    (an alternation of groups, optional words first), a look-ahead of the characters any match starts with
    lets the scan skip a position in one step instead of trying every alternative there. Matches are
    unchanged: the look-ahead only restates what the first character of every match must be."""
    if regex.flags & ~re.UNICODE:
        return regex
    try:
        parsed = _p.parse(regex.pattern)
        if _compiler._get_literal_prefix(parsed, regex.flags)[0] or _compiler._get_charset_prefix(
            parsed, regex.flags
        ):
            return regex  # `re` skips quickly already
    except (AttributeError, TypeError, ValueError):  # private helpers of another Python version
        return regex
    chars = first_chars(regex)
    if chars is None:
        return regex
    return re.compile("(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + "])(?:" + regex.pattern + ")")


def guarded(pattern: str) -> str:
    """`pattern` as a group, preceded by a look-ahead of the characters any match starts with when they are
    known: placed inside a longer pattern (a macro of many alternatives after a gap, as in 'X.{0,24}?%BAD%'),
    the look-ahead rejects a position with one set test instead of trying every alternative there. The
    language and the order of backtracking are unchanged, so every match is the same."""
    chars = first_chars(re.compile(pattern))
    if chars is None:
        return f"(?:{pattern})"
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(chars)) + f"])(?:{pattern})"


@lru_cache(maxsize=4096)
def _group_first_chars(group: str) -> frozenset[str] | None:
    """first_chars of a group's text, parsed (not compiled) once: macros repeat the same groups many times."""
    chars, nullable = _first_seq(list(_p.parse(group)))
    return None if chars is None or nullable or not chars else frozenset(chars)


_QUANTIFIERS = frozenset("?*+{")
_MIN_ALTERNATIVES = 3  # a guard costs a look-ahead test: worth it before a group of at least this many choices


def _class_end(pattern: str, i: int) -> int:
    """Index of the ']' closing the character class that opens at ``pattern[i]`` ('[')."""
    n = len(pattern)
    j = i + 1
    if j < n and pattern[j] == "^":
        j += 1
    if j < n and pattern[j] == "]":
        j += 1
    while j < n and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j


def guard_groups(pattern: str) -> str:
    """`pattern` with a look-ahead of its first characters before every group of alternatives that follows
    other items (as in 'X[^，]{0,8}?(推荐|指定|认证|…)').

    `re` tries the alternatives of a group one after another at each position a lazy gap offers; the
    look-ahead rejects a position with one set test instead. It only restates what the group's first
    character must be, so the matches, the groups and the order of backtracking are unchanged. Left alone:
    groups with a quantifier (the guard would apply when the group is skipped), groups inside look-arounds,
    groups a match can start with (`re`'s own prefix scan needs them first), groups that can match empty,
    and groups already behind a guard."""
    inserts: list[tuple[int, str]] = []
    # one frame per open parenthesis: [start, kind, at_start (the pattern's first item), bars, initial at_start]
    stack: list[list] = []  # type: ignore[type-arg]
    at_start = True  # no item consumed yet on the way from the pattern's start to here
    in_assert = 0
    last_guard_end = -1
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            at_start = False
            continue
        if ch == "[":
            j = _class_end(pattern, i)
            i = j + 1
            at_start = False
            continue
        if ch == "(":
            if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
                kind = "assert"
                in_assert += 1
            elif pattern.startswith("(?:", i) or not pattern.startswith("(?", i):
                kind = "group"
            else:
                kind = "other"
            stack.append([i, kind, at_start, 0])
            i += 3 if kind == "group" and pattern.startswith("(?:", i) else 1
            continue
        if ch == "|":
            if stack:
                stack[-1][3] += 1
                at_start = stack[-1][2]
            else:
                at_start = True
            i += 1
            continue
        if ch == ")" and stack:
            start, kind, began_at_start, bars = stack.pop()
            if kind == "assert":
                in_assert -= 1
                at_start = False  # a pattern that starts with an assertion has no prefix for `re` to scan for
                if pattern.startswith("(?=[", start):
                    last_guard_end = i + 1
                i += 1
                continue
            quantified = i + 1 < n and pattern[i + 1] in _QUANTIFIERS
            if (kind == "group" and bars + 1 >= _MIN_ALTERNATIVES and not quantified and not in_assert
                    and not began_at_start and last_guard_end != start):
                chars = _group_first_chars(pattern[start:i + 1])
                if chars is not None and len(chars) <= _FIRST_CAP:
                    inserts.append((start, "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"))
            at_start = False
            i += 1
            continue
        at_start = False if ch not in "^$" else at_start
        i += 1
    for pos, guard in sorted(inserts, reverse=True):
        pattern = pattern[:pos] + guard + pattern[pos:]
    return pattern


def uncapture(pattern: str) -> str:
    """`pattern` with every capturing group made non-capturing: the same matches, found faster.

    The engine reads only where a match starts and ends, never a group. `re` enters a capturing group
    through its bookkeeping at each attempt, so an alternative that opens with one ('(这|那)(种|类)…') cannot be
    skipped by `re`'s one-character test of each alternative, and an optional capturing group ('(保险)?') takes
    the general repeat instead of the single-item one. Left unchanged: a pattern with a conditional ('(?(1)…)')
    or a back-reference, which read group numbers."""
    if "(?(" in pattern or re.search(r"\\[1-9]|\(\?P=", pattern):
        return pattern
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[":  # a class: parentheses inside are characters
            j = _class_end(pattern, i)
            out.append(pattern[i:j + 1])
            i = j + 1
            continue
        out.append("(?:" if ch == "(" and not pattern.startswith("(?", i) else ch)
        i += 1
    return "".join(out)


@dataclass(frozen=True)
class Gate:
    """The compiled pre-filter over a list of regexes (one per rule pattern).

    One Aho–Corasick automaton holds every required literal; a pass over the text reports every occurrence of
    every literal, overlapping ones included (a literal inside another's occurrence, or starting inside it,
    is reported too), in one native scan.
    """

    automaton: ahocorasick_rs.AhoCorasick | None  # literal i of `literals` is the automaton's pattern i
    regexes: tuple[re.Pattern[str], ...]  # for scans (finditer); `actions` hold the plain `match`
    literals: tuple[str, ...] = ()
    # per literal: (regexes whose match starts with it: (bound `match`, index),
    #               other regexes needing it: (index, chars a match may start before it,
    #                                           chars from its start to the end of the longest match))
    actions: tuple[tuple[tuple[_Direct, ...], tuple[tuple[int, int, int], ...]], ...] = ()
    ungated: tuple[int, ...] = ()  # regexes scanned in full
    # per literal: the order its direct matches take among matches at the same place (the automaton reports
    # a shorter literal before a longer one starting there; then the order of `actions`): the rank of its
    # length times 256, one more per direct regex
    ties: tuple[int, ...] = ()
    # per regex: its window-scan form (window_scan), or None where finditer scans the window
    scans: tuple[re.Pattern[str] | None, ...] = ()


def window_scan(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """`regex` in a form `re` searches faster, its match as group 1: a character any match starts with, then,
    looking back at that character, the whole regex looking ahead from it ('[…](?<=(?=(R))[…])').

    A regex that opens with an alternation of groups or a guard (quick_reject) gives `re` no first characters
    of its own, so a search runs the match machinery at every position; this form opens with a character
    class, which `re` takes as the set any match starts with and skips to in a native loop. At each place left
    the regex runs exactly as before (same text, same end of window, same backtracking order), so group 1 is
    the match the regex finds there; searches from where the last match ended find what finditer finds.
    None when the first characters are not known or the regex can match the empty string."""
    chars = first_chars(regex)
    if chars is None or regex.flags & ~re.UNICODE:
        return None
    cls = "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"
    return re.compile(f"{cls}(?<=(?=({regex.pattern})){cls})")


# A regex whose leading alternation has at least this many alternatives is window-scanned behind a test of the
# alternatives its first character can start (dispatch_scan): at a place, `re` tries every alternative of an
# alternation in turn, and one opening with a group or a look-around costs a full attempt even where its first
# character is not there
_DISPATCH_FROM = 40


def _structure(pattern: str, i: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each character of `pattern` from i that is neither escaped nor
    inside a character class."""
    depth = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        yield i, ch, depth
        i += 1


def _top_alternatives(pattern: str) -> list[str]:
    """The alternatives of `pattern` at its top level (the pattern itself when it has one)."""
    out: list[str] = []
    start = 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _group_end(pattern: str, i: int) -> int:
    """Index after the ')' that closes the group opening at pattern[i]."""
    for j, ch, depth in _structure(pattern, i):
        if ch == ")" and depth == 0:
            return j + 1
    raise ValueError("unbalanced parentheses")


def _leading_alternation(pattern: str) -> tuple[list[str], str] | None:
    """(alternatives, rest) such that `pattern` is '(?:A1|A2|…)rest' (a non-capturing group without a quantifier,
    or the pattern's own top level; a guard '(?=[…])' before it is left out when it admits every character the
    group can start with), or None when the pattern does not start so."""
    alternatives = _top_alternatives(pattern)
    if len(alternatives) > 1:
        return alternatives, ""
    if pattern.startswith("(?=["):
        j = _group_end(pattern, 0)
        guard = re.compile(pattern[3 : j - 1])
        chars = first_chars(re.compile(pattern[j:]))
        if chars is None or not all(guard.fullmatch(ch) for ch in chars):
            return None
        return _leading_alternation(pattern[j:])
    if pattern.startswith("(?:"):
        j = _group_end(pattern, 0)
        if j < len(pattern) and pattern[j] in _QUANTIFIERS:
            return None
        inner = _leading_alternation(pattern[3 : j - 1])
        return None if inner is None else (inner[0], inner[1] + pattern[j:])
    return None


def dispatch_scan(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """window_scan(regex) for a regex that opens with a long alternation (_DISPATCH_FROM alternatives or more),
    with a cheaper test first at each place: its characters are split into classes by the alternatives they can
    start, and the scan tries the full regex only where one of the alternatives of the place's class matches
    ('[…](?<=(?:[C1](?<=(?=(?:A1|A4))[C1])|[C2](?<=(?=(?:A2))[C2])|…))(?<=(?=(R))[…])', each class opening with
    its characters, which `re` tests without entering the branch). Where the regex matches, its first
    alternative matches there, so the test lets every match through and group 1 is the same; elsewhere the test
    fails in a few steps instead of trying every alternative. None where window_scan gives None or the regex
    does not open with such an alternation."""
    if regex.flags & ~re.UNICODE:
        return None
    try:
        lead = _leading_alternation(regex.pattern)
        if lead is None or len(lead[0]) < _DISPATCH_FROM:
            return None
        firsts = [first_chars(re.compile(alternative)) for alternative in lead[0]]
    except (re.error, ValueError):
        return None
    if any(chars is None for chars in firsts):
        return None
    classes: dict[tuple[int, ...], list[str]] = {}
    for ch in sorted(frozenset().union(*firsts)):  # type: ignore[arg-type]
        classes.setdefault(tuple(i for i, chars in enumerate(firsts) if ch in chars), []).append(ch)  # type: ignore[operator]

    def cls(chars: list[str]) -> str:
        return "[" + "".join(re.escape(ch) for ch in chars) + "]"

    every = cls(sorted(frozenset().union(*firsts)))  # type: ignore[arg-type]
    # (the test without capturing groups: group 1 is the regex's match, as in window_scan)
    tests = uncapture("|".join(f"{cls(chars)}(?<=(?=(?:{'|'.join(lead[0][i] for i in members)})){cls(chars)})"
                               for members, chars in classes.items()))
    if re.compile(tests).groups:
        return None  # (a back-reference or a conditional: uncapture left the groups)
    return re.compile(f"{every}(?<=(?:{tests}))(?<=(?=({regex.pattern})){every})")


def build_gate(patterns: list[str]) -> Gate:
    # literals and widths are read from the patterns as written; matches are found by the same patterns
    # without capturing groups (uncapture: same matches, faster)
    cands = [_literals(pattern) for pattern in patterns]
    widths = [min(_p.parse(pattern).getwidth()[1], _MAX_WIDTH) for pattern in patterns]
    regexes = [re.compile(uncapture(pattern)) for pattern in patterns]
    universe = sorted({lit for cand in cands if cand for lit in cand[0]})
    requiring: dict[str, list[int]] = {}
    for i, cand in enumerate(cands):
        if cand:
            for lit in cand[0]:
                requiring.setdefault(lit, []).append(i)
    actions = []
    for lit in universe:
        direct: list[_Direct] = []
        windowed: list[tuple[int, int, int]] = []
        for i in requiring[lit]:
            lits, back = cands[i]  # type: ignore[misc]
            if back:
                windowed.append((i, back, len(lit) + widths[i]))
            # a match starting here is tried once: by the shortest of the regex's literals found here
            elif not any(lit[:j] in lits for j in range(1, len(lit))):
                direct.append((regexes[i].match, i))
        actions.append((tuple(direct), tuple(windowed)))
    # a literal with nothing to do (every regex needing it is tried at a shorter prefix of it, found at the
    # same place) is left out of the automaton: fewer occurrences to report, the same candidates
    kept = [k for k, (direct, windowed) in enumerate(actions) if direct or windowed]
    universe = [universe[k] for k in kept]
    actions = [actions[k] for k in kept]
    rank = {length: k for k, length in enumerate(sorted({len(lit) for lit in universe}))}
    if len(rank) > 255 or any(len(direct) > 255 for direct, _ in actions):
        raise ValueError("too many literal lengths or regexes per literal to order matches")
    scanned = {i for _, windowed in actions for i, _, _ in windowed} | {i for i, cand in enumerate(cands) if not cand}
    scans = tuple(dispatch_scan(rx) or window_scan(rx) if i in scanned else None for i, rx in enumerate(regexes))
    return Gate(
        scans=scans,
        ties=tuple(rank[len(lit)] << 8 for lit in universe),
        automaton=ahocorasick_rs.AhoCorasick(universe) if universe else None,
        # finditer scans only the windows of a regex without a window-scan form: those are made quick to reject
        regexes=tuple(quick_reject(rx) if i in scanned and scans[i] is None else rx for i, rx in enumerate(regexes)),
        literals=tuple(universe),
        actions=tuple(actions),
        ungated=tuple(i for i, cand in enumerate(cands) if not cand),
    )

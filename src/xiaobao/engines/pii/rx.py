"""Regex building blocks for the detectors.

Why it matters for speed (CPython `re`): a pattern whose first item is a literal, or an alternation whose
branches all start with literals, or a character class, gets a "first character" filter, and the engine
skips in C to the next position that can start a match. Each position that passes the filter costs a full
match attempt (~0.1 µs), and inside an alternation every branch is tried in turn. So the word lists are
compiled into a trie (one branch per first character, then per next character), never into a flat list of
words, and patterns are made to start with their rarest part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # (CPython's parser, 3.11 on; without it no gates: the same matches, found a little slower)
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python that renames them
    _c = _parser = None


def trie(words: Iterable[str], *, leaf_class: bool = True) -> str:
    """A non-capturing regex matching exactly `words`, trying longer words first along each prefix chain.

    Equivalent to a plain alternation of the words sorted longest first (at one position only words that
    are prefixes of each other can match, and the trie tries them longest first as well).
    leaf_class=False keeps every top-level branch a literal, so the whole pattern keeps the engine's
    first-character filter (one-character words then become one branch each).
    """
    root: dict = {}
    for w in words:
        if not w:
            raise ValueError("empty word")
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: dict, top: bool) -> list[str]:
        leaves, alts = [], []
        for ch in sorted(c for c in node if c):
            child = node[ch]
            if list(child) == [""] and (leaf_class or not top):
                leaves.append(ch)
            else:
                alts.append(re.escape(ch) + below(child))
        if len(leaves) == 1:
            alts.append(re.escape(leaves[0]))
        elif leaves:
            alts.append("[" + "".join(re.escape(c) for c in leaves) + "]")
        return alts

    def below(node: dict) -> str:
        alts = branches(node, False)
        body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body  # greedy: the longer word first

    return "(?:" + "|".join(branches(root, True)) + ")"


def char_class(chars: Iterable[str]) -> str:
    """A character class of the given characters (escaped, sorted, deduplicated)."""
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


def gated(words: Iterable[str]) -> str:
    """Like trie(words) (words of 2+ characters), for words whose first characters are common in text.

    The pattern starts with a class of the first characters and a lookahead on the second, so the engine
    skips in C past every position that cannot start a word; only then the words are tried, each as its
    rest followed by a lookbehind on the whole word (longest first, as trie() does).
    """
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if any(len(w) < 2 for w in words):
        raise ValueError("gated() needs words of at least 2 characters")
    rest = "|".join(f"{re.escape(w[1:])}(?<={re.escape(w)})" for w in words)
    return f"{char_class(w[0] for w in words)}(?={char_class(w[1] for w in words)})(?:{rest})"


# --- a first-character test for patterns the compiler builds none for
_BROAD = 1000  # a first-character range this wide (every Chinese character) is no useful test
_CATEGORIES = {} if _c is None else {
    _c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W",
}


def _items(sub: object) -> list:  # type: ignore[type-arg]
    return list(getattr(sub, "data", sub))  # type: ignore[call-overload]


def _class(items: list) -> tuple[list[str], bool] | None:  # type: ignore[type-arg]
    """Class fragments of an IN item's members and whether one is broad; None for a negated class."""
    frags: list[str] = []
    broad = False
    for op, av in items:
        if op is _c.LITERAL:
            frags.append(re.escape(chr(av)))
        elif op is _c.RANGE:
            frags.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
            broad |= av[1] - av[0] >= _BROAD
        elif op is _c.CATEGORY and av in _CATEGORIES:
            frags.append(_CATEGORIES[av])
            broad |= av is not _c.CATEGORY_DIGIT
        else:  # (NEGATE, or a category of another kind)
            return None
    return frags, broad


def _first(items: list) -> tuple[list[str], bool, bool] | None:  # type: ignore[type-arg]
    """(class fragments of the characters a match of the sequence can start with, whether one is broad, whether the
    sequence can match the empty string); None when it can start with almost any character."""
    frags: list[str] = []
    broad = False
    for op, av in items:
        if op is _c.LITERAL:
            return [*frags, re.escape(chr(av))], broad, False
        if op is _c.IN:
            got = _class(av)
            if got is None:
                return None
            return frags + got[0], broad or got[1], False
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # (zero width: the first character comes after)
        if op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            inner = _first(_items(av[3]))
        elif op is _c.ATOMIC_GROUP:
            inner = _first(_items(av))
        elif op is _c.BRANCH:
            inner = ([], False, False)
            for alt in av[1]:
                got = _first(_items(alt))
                if got is None:
                    return None
                inner = (inner[0] + got[0], inner[1] or got[1], inner[2] or got[2])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            got = _first(_items(av[2]))
            inner = None if got is None else (got[0], got[1], got[2] or av[0] == 0)
        else:  # (any character, a negated literal, a group reference)
            return None
        if inner is None:
            return None
        frags += inner[0]
        broad |= inner[1]
        if not inner[2]:
            return frags, broad, False
    return frags, broad, True


def _behind(items: list) -> str | None:  # type: ignore[type-arg]
    """The class of a branch's leading one-character lookbehind ((?<=[镇乡])…), if it has one."""
    if items and items[0][0] is _c.ASSERT and items[0][1][0] == -1:
        inner = _items(items[0][1][1])
        if len(inner) == 1 and inner[0][0] is _c.LITERAL:
            return "[" + re.escape(chr(inner[0][1])) + "]"
        if len(inner) == 1 and inner[0][0] is _c.IN:
            got = _class(inner[0][1])
            if got is not None and not got[1]:
                return "[" + "".join(got[0]) + "]"
    return None


def first_gate(pattern: str) -> str:
    """A zero-width test that holds wherever a match of `pattern` can start, "" when there is none worth making.

    CPython's compiler tests the first character of a match before trying the pattern only when the pattern starts
    with a literal, a class, or an alternation of literals; a pattern whose branches start with groups, repeats or
    lookbehinds (TERMINAL_RE, _CTX_RE) is tried in full at every position of a search. The gate is a lookahead
    on the class of the characters a match can start with (read from the parsed pattern), or, for a branch that
    starts with a one-character lookbehind and then almost any character ((?<=[镇乡])[\\u4e00-\\u9fff]…), that
    lookbehind. Put in front of the pattern it changes no match (it only states a necessary condition) and lets the
    engine give up at most positions in one step. A branch that is only \\Z adds \\Z to the test. No gate for a
    pattern that may match the empty string, start with any character or ignore case."""
    if _parser is None:  # pragma: no cover
        return ""
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return ""
    if parsed.state.flags & re.IGNORECASE:
        return ""
    alts: list = []  # type: ignore[type-arg]
    todo = [_items(parsed)]
    while todo:  # (the branches, nested alternations of whole branches opened: (?:(?:a|\Z)|b))
        alt = todo.pop(0)
        if len(alt) == 1 and alt[0][0] is _c.BRANCH:
            todo[:0] = [_items(a) for a in alt[0][1][1]]
        else:
            alts.append(alt)
    ahead: list[str] = []
    behind: list[str] = []
    for alt in alts:
        if len(alt) == 1 and alt[0] == (_c.AT, _c.AT_END_STRING):
            behind.append(r"\Z")  # (a branch that matches at the end of the text: 王芳(?:，|\Z))
            continue
        got = _first(alt)
        lb = _behind(alt)
        if lb is not None and (got is None or got[1]):
            behind.append(f"(?<={lb})")
            continue
        if got is None or got[2] or got[1]:
            return ""
        ahead += got[0]
    gates = ([f"(?=[{''.join(dict.fromkeys(ahead))}])"] if ahead else []) + list(dict.fromkeys(behind))
    return gates[0] if len(gates) == 1 else "(?:" + "|".join(gates) + ")"


def with_gate(rx: re.Pattern[str]) -> re.Pattern[str]:
    """rx with first_gate() in front: the same matches (and groups) from search/finditer/findall and match, found
    faster (a match() at a position where no word of a large trie starts fails in one step instead of one per
    branch). rx itself when it starts with a literal or a class: the engine tests that first anyway."""
    if _parser is None:  # pragma: no cover
        return rx
    try:
        first = _items(_parser.parse(rx.pattern))[:1]
    except re.error:
        return rx
    if first and first[0][0] in (_c.LITERAL, _c.IN):
        return rx
    gate = first_gate(rx.pattern)
    return re.compile(f"{gate}(?:{rx.pattern})", rx.flags) if gate else rx

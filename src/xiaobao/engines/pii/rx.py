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

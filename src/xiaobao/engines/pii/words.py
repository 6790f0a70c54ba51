"""One scanning pass for the word-anchored detectors: titles (先生, 女士 …), address cue words (地址, 住址 …),
place names (乌鲁木齐, 新疆维吾尔自治区 …) and the capital letters that start VINs and plates.

Every pass over the text costs about as much as the others just to look at each character, so these four
share one: the pattern starts with one class of all their first characters, and each family's words are
tried only after a one-character test on its own first characters. No word of one family overlaps a word
of another (checked at import), so the matches are exactly those that each family's regex would find on
its own; `Anchors` hands each detector its own list. (Numbers keep their own pass: digits are so common
that trying the other families at each of them costs more than a second pass.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .address import ADDRESS_CUE_TAIL
from .patterns import LETTER_FIRST, LETTER_RE, LETTER_TAIL
from .rx import char_class


def _rests(words: list[str]) -> str:
    """Alternatives for words whose first character is already consumed: rest + lookbehind on the word,
    longest first (as trie() and gated() do)."""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(f"{re.escape(w[1:])}(?<={re.escape(w)})" for w in words)


def _family(name: str, words: list[str], tail: str = "") -> str:
    firsts = char_class(w[0] for w in words)
    seconds = char_class(w[1] for w in words)
    return f"(?<={firsts})(?={seconds})(?:{_rests(words)}){tail}(?P<{name}>)"


def _check_no_overlap(families: dict[str, list[str]], allowed: frozenset[tuple[str, str]] = frozenset()) -> None:
    for a, wa in families.items():
        for b, wb in families.items():
            if a == b:
                continue
            for x in wa:
                for i in range(len(x)):
                    for y in wb:
                        if (y.startswith(x[i:]) or x[i:].startswith(y)) and (x, y) not in allowed and (y, x) not in allowed:
                            raise AssertionError(f"{a} word {x} overlaps a {b} word {y}")


# Overlaps accepted: a title ending in 长 before 长春 / 长沙 (局长春节…: the title wins, and 长春 there names no
# place), 住所 before 所长 (住所长期…: the address cue wins; no name stands there).
_ALLOWED_OVERLAPS = frozenset(
    {(t, p) for t in lx.OFFICE_TITLES if t.endswith("长") for p in lx.PROVINCES + lx.CITIES if p.startswith("长")}
    | {("住所", "所长")}
)


_FAMILIES = {"title": list(lx.TITLES + lx.OFFICE_TITLES), "addr_cue": list(lx.ADDRESS_CUES), "place": list(lx.PROVINCES + lx.CITIES)}
_check_no_overlap(_FAMILIES, _ALLOWED_OVERLAPS)
_FIRST = "".join(sorted({w[0] for ws in _FAMILIES.values() for w in ws}))
WORDS_RE = re.compile(
    "["
    + re.escape(_FIRST)
    + LETTER_FIRST
    + "]"
    + "(?:"
    + _family("title", _FAMILIES["title"])
    + "|"
    + _family("addr_cue", _FAMILIES["addr_cue"], ADDRESS_CUE_TAIL)
    + "|"
    + _family("place", _FAMILIES["place"])
    + "|"
    + LETTER_TAIL
    + "(?P<letter>)"
    + ")"
)
assert LETTER_RE.pattern == f"[{LETTER_FIRST}]" + LETTER_TAIL  # noqa: S101 - import-time check of the plate-letter pattern


@dataclass
class Anchors:
    """Match spans per family, in text order."""

    title: list[tuple[int, int]] = field(default_factory=list)
    addr_cue: list[tuple[int, int]] = field(default_factory=list)
    place: list[tuple[int, int]] = field(default_factory=list)
    letter: list[int] = field(default_factory=list)


def find_anchors(text: str) -> Anchors:
    a = Anchors()
    lists = {"title": a.title.append, "addr_cue": a.addr_cue.append, "place": a.place.append}
    letter = a.letter.append
    for m in WORDS_RE.finditer(text):
        g = m.lastgroup
        if g == "letter":
            letter(m.start())
        else:
            lists[g](m.span())  # type: ignore[index]
    return a

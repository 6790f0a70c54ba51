"""PERSON detection: surname lists, titles, context cue words, transliterated dotted names, hints.

Everything is driven by a handful of compiled regexes anchored on cue words, titles or dots, so the text
is never walked character by character in Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from . import lexicon as lx

_SUR = "(?:" + "|".join(lx.COMPOUND_SURNAMES) + "|[" + lx.SINGLE_SURNAMES + "])"
_G = "[" + "".join(sorted(lx.GIVEN_CHARS)) + "]"
_TITLES = "|".join(lx.TITLES)
_TR = "[" + "".join(sorted(lx.TRANSLIT_CHARS)) + "]"
_DOTS = "[" + lx.NAME_DOTS + "]"
_SEP = r"(?:[：:\s]|为|是){0,2}"

# Every regex starts with a literal or a character class, so the engine skips ahead in C.
# titles (王先生 / 王芳女士): found first, the surname and given name are read backwards
TITLE_RE = re.compile(_TITLES)
# a surname + 1–2 given-name characters, matched at a known position
HAN_RE = re.compile(rf"(?P<sur>{_SUR})(?P<g1>{_G})(?P<g2>{_G})?")
# 客户王芳 / 投诉人：李强 / 收件人：巴特尔
_NAME_FIRST = "".join(sorted(set(lx.SINGLE_SURNAMES) | {c[0] for c in lx.COMPOUND_SURNAMES} | lx.TRANSLIT_CHARS))
CUE_RE = re.compile("(?:" + "|".join(lx.LEFT_CUES) + f"){_SEP}(?=[{_NAME_FIRST}])")
# a name at the start of a line, clause or field (王芳来函, 王芳在乌鲁木齐出差, 蒋杰，650103...)
START_RE = re.compile(rf"[\n。；;！？!?：:｜|，,\s](?P<sur>{_SUR})(?P<g1>{_G})(?P<g2>{_G})?")
# 上门为王芳办理 / 转理赔部李强处理
WEAK_RE = re.compile("[" + "".join(lx.WEAK_LEFT_CUES) + f"](?P<sur>{_SUR})(?P<g1>{_G})(?P<g2>{_G})?")
RIGHT_RE = re.compile("|".join(re.escape(c) for c in lx.RIGHT_CUES) + r"|[，,]\s*[+\d]")
DOTTED_RE = re.compile(rf"{_TR}{{1,8}}(?:{_DOTS}{_TR}{{1,8}})+")
# undotted transliterated names after a cue (收件人巴特尔。): a run of such characters up to punctuation
TRANSLIT_RUN_RE = re.compile(rf"{_TR}{{3,5}}")
_END_RE = re.compile(r"[，。、；：,.;:\s（(]|$")

_STOP = lx.STOP_BIGRAMS
_WEAK = frozenset(lx.WEAK_LEFT_CUES)
_COMPOUND = frozenset(lx.COMPOUND_SURNAMES)
_NOT = lx.NOT_NAMES
_GIVEN = lx.GIVEN_CHARS

Span = tuple[int, int, str, float]


def _han_name_end(text: str, m: re.Match[str], strong: bool = False) -> int | None:
    """End offset of the name in a (sur, g1, g2) match, or None when it is an ordinary word.

    strong: a strong left cue precedes; then a common word (高峰, 宁静) still counts as a name when a
    right cue follows too (客户宁静称 ...).
    """
    s = m.start("sur")
    e1 = m.end("g1")
    if m.group("g2") is not None:
        e2 = m.end("g2")
        if text[e1 : e1 + 2] not in _STOP and text[s:e2] not in _NOT and text[s : s + 2] not in _NOT:
            return e2
    if text[s:e1] in _NOT and not (strong and RIGHT_RE.match(text, e1)):
        return None
    return e1


def find_names(text: str, hints: Sequence[str] = ()) -> list[Span]:
    """PERSON spans (start, end, "PERSON", score), possibly overlapping; the scanner resolves overlaps."""
    out: list[Span] = []
    sur1 = lx.SINGLE_SURNAMES
    for m in TITLE_RE.finditer(text):
        ts = m.start()
        full = None
        # 王芳女士 / 欧阳娜娜女士 / 宋江先生: a full name before the title (span without the title)
        for k in (4, 3, 2):
            if ts < k or (k == 2 and text[ts - 2] in _WEAK):
                continue
            h = HAN_RE.match(text, ts - k)
            if h is not None and ts in (h.end(), h.end("g1")) and text[ts - k : ts] not in _NOT:
                full = (ts - k, ts, "PERSON", 0.9)
                break
        if full is not None:
            out.append(full)
        elif ts >= 2 and text[ts - 2 : ts] in _COMPOUND:
            out.append((ts - 2, m.end(), "PERSON", 0.9))
        elif ts >= 1 and text[ts - 1] in sur1:
            out.append((ts - 1, m.end(), "PERSON", 0.9))
    for m in CUE_RE.finditer(text):
        p = m.end()
        h = HAN_RE.match(text, p)
        if h is not None:
            end = _han_name_end(text, h, strong=True)
            if end is not None:
                out.append((p, end, "PERSON", 0.85))
        t = TRANSLIT_RUN_RE.match(text, p)
        if t is not None and (_END_RE.match(text, t.end()) or RIGHT_RE.match(text, t.end())):
            out.append((p, t.end(), "PERSON", 0.86))
    h = HAN_RE.match(text)
    if h is not None:
        end = _han_name_end(text, h)
        if end is not None and RIGHT_RE.match(text, end):
            out.append((0, end, "PERSON", 0.7))
    for rx in (START_RE, WEAK_RE):
        for m in rx.finditer(text):
            end = _han_name_end(text, m)
            if end is not None and RIGHT_RE.match(text, end):
                out.append((m.start("sur"), end, "PERSON", 0.7))
    if any(d in text for d in lx.NAME_DOTS):
        out.extend((m.start(), m.end(), "PERSON", 0.9) for m in DOTTED_RE.finditer(text))
    out.extend(_occurrences(text, hints, 0.99))
    # a name found once is a name wherever it occurs again nearby (same document or paragraph)
    if out:
        out.extend(_nearby(text, out))
    return out


_WINDOW = 1500


def _nearby(text: str, found: list[Span]) -> list[Span]:
    out: list[Span] = []
    seen: set[tuple[str, int]] = set()
    for s, e, _, _ in found:
        name = text[s:e]
        if e - s < 2 or (name, s // _WINDOW) in seen:
            continue
        seen.add((name, s // _WINDOW))
        lo = max(0, s - _WINDOW)
        hi = min(len(text), e + _WINDOW)
        i = text.find(name, lo, hi)
        while i >= 0:
            j = i + len(name)
            if i != s:
                nxt = text[j : j + 1]
                if not nxt or nxt not in _GIVEN or text[j : j + 2] in _STOP:
                    out.append((i, j, "PERSON", 0.8))
            i = text.find(name, j, hi)
    return out


def _occurrences(text: str, names: Iterable[str], score: float, boundary: bool = False) -> list[Span]:
    out: list[Span] = []
    for name in names:
        name = name.strip()
        if len(name) < 2:
            continue
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            nxt = text[j : j + 1]
            if not boundary or not nxt or nxt not in _GIVEN or text[j : j + 2] in _STOP:
                out.append((i, j, "PERSON", score))
            i = text.find(name, j)
    return out

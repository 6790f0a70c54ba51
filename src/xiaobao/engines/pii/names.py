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

# 王先生 / 王芳女士 (the title is kept in the span only after a bare surname)
TITLE_RE = re.compile(rf"(?P<sur>{_SUR})(?P<given>{_G}{{0,2}}?)(?P<title>{_TITLES})")
# 客户王芳 / 投诉人：李强
CUE_RE = re.compile(
    "(?:" + "|".join(lx.LEFT_CUES) + f"){_SEP}(?P<sur>{_SUR})(?P<g1>{_G})(?P<g2>{_G})?"
)
# a name at the start of a text, line, clause or field (王芳来函, 王芳在乌鲁木齐出差, 蒋杰，650103...)
START_RE = re.compile(
    rf"(?:^|(?<=[\n。；;！？!?：:｜|，,\s]))(?P<sur>{_SUR})(?P<g1>{_G})(?P<g2>{_G})?", re.MULTILINE
)
# 上门为王芳办理 / 转理赔部李强处理
WEAK_RE = re.compile(
    "(?<=[" + "".join(lx.WEAK_LEFT_CUES) + f"])(?P<sur>{_SUR})(?P<g1>{_G})(?P<g2>{_G})?"
)
RIGHT_RE = re.compile("|".join(re.escape(c) for c in lx.RIGHT_CUES) + r"|[，,]\s*[+\d]")
DOTTED_RE = re.compile(rf"{_TR}{{1,8}}(?:{_DOTS}{_TR}{{1,8}})+")
# undotted transliterated names after a cue (收件人巴特尔。): a run of such characters up to punctuation
TRANSLIT_RUN_RE = re.compile(rf"{_TR}{{3,5}}")
TRANSLIT_CUE_RE = re.compile("(?:" + "|".join(lx.LEFT_CUES) + f"){_SEP}(?P<name>{_TR}{{3,5}})")
_END_RE = re.compile(r"[，。、；：,.;:\s（(]|$")

_STOP = lx.STOP_BIGRAMS
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
    for m in TITLE_RE.finditer(text):
        if m.group("given"):
            out.append((m.start(), m.end("given"), "PERSON", 0.9))
        else:
            prev = text[m.start() - 1 : m.start()]
            if prev and prev in _GIVEN and text[m.start() - 2 : m.start() - 1] in lx.SINGLE_SURNAMES:
                continue  # 李明老师: the full name is found by the other rules
            out.append((m.start(), m.end(), "PERSON", 0.9))
    for m in CUE_RE.finditer(text):
        s = m.start("sur")
        end = _han_name_end(text, m, strong=True)
        if end is not None:
            out.append((s, end, "PERSON", 0.85))
    for m in TRANSLIT_CUE_RE.finditer(text):
        e = m.end()
        if _END_RE.match(text, e) or RIGHT_RE.match(text, e):
            out.append((m.start("name"), e, "PERSON", 0.86))
    for rx in (START_RE, WEAK_RE):
        for m in rx.finditer(text):
            end = _han_name_end(text, m)
            if end is not None and RIGHT_RE.match(text, end):
                out.append((m.start("sur"), end, "PERSON", 0.7))
    if any(d in text for d in lx.NAME_DOTS):
        out.extend((m.start(), m.end(), "PERSON", 0.9) for m in DOTTED_RE.finditer(text))
    out.extend(_occurrences(text, hints, 0.99))
    # a name found once is a name wherever it occurs again in the same text
    found = {text[s:e] for s, e, _, _ in out if e - s >= 2}
    if found:
        out.extend(_occurrences(text, found, 0.8, boundary=True))
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

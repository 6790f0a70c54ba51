"""The classifier's second opinion on the rules' findings (issue 17): per paragraph, add a code the rules missed
when the classifier is very sure of it, and drop a rule finding whose code the classifier is very sure is not
there (a warning, a quotation). Added findings say so (source="classifier"; rule "classifier" for a code the
classifier is sure of, "classifier-violating" for a paragraph its "violates at all" score rescues with its most
likely code) and cover their paragraph, so a reviewer sees why.

Paragraphs are the text's lines; a line longer than MAX_UNIT characters is cut after sentence ends into
pieces of at most MAX_UNIT (the model was trained on snippets of one to three sentences).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import chain

import numpy as np

from xiaobao.engines.marketing.classifier import Model
from xiaobao.engines.marketing.engine import Finding
from xiaobao.engines.marketing.rules import CODES, RuleSet

MAX_UNIT = 240
_SENTENCE_END = re.compile("[。！？!?；;]+")
_CODE_ORDER = {code: i for i, code in enumerate(CODES)}


# a line's text without the whitespace at either end (\s and \S are str.isspace(), as in str.strip())
_LINE = re.compile(r"\S(?:[^\n]*\S)?")


def units(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph piece the classifier reads, whitespace at either end left out."""
    lines = [m.span() for m in _LINE.finditer(text)]
    if all(end - start <= MAX_UNIT for start, end in lines):
        return lines
    out: list[tuple[int, int]] = []
    for start, end in lines:
        if end - start <= MAX_UNIT:
            out.append((start, end))
            continue
        piece = start
        cut = start
        for m in _SENTENCE_END.finditer(text, start, end):
            if m.end() - piece > MAX_UNIT and cut > piece:
                out.append((piece, cut))
                piece = cut
            cut = m.end()
            while cut - piece > MAX_UNIT:
                out.append((piece, piece + MAX_UNIT))
                piece += MAX_UNIT
        if end - piece > MAX_UNIT and cut > piece:
            out.append((piece, cut))
            piece = cut
        while end - piece > MAX_UNIT:
            out.append((piece, piece + MAX_UNIT))
            piece += MAX_UNIT
        if piece < end:
            out.append((piece, end))
    return out


# texts of at most this many paragraphs are decided in a plain loop (numpy's fixed cost per call is larger)
_LOOP_UNITS = 4

Pairs = list[tuple[int, int]]


# a paragraph with fewer letters than this gives the n-grams too little to go on (您好。 came out "violating" at 0.96):
# the classifier adds no finding there (its vetoes still apply)
MIN_ADD_CHARS = 6


def _long_enough(text: str, span: tuple[int, int]) -> bool:
    return sum(map(str.isalnum, text[span[0] : span[1]])) >= MIN_ADD_CHARS  # (True counts 1)


def apply(text: str, findings: list[Finding], model: Model, ruleset: RuleSet) -> list[Finding]:
    """The rules' findings with the classifier's vetoes and additions, ordered by position."""
    spans = units(text)
    if not spans:
        return findings
    probs, violating = model.opinion([text[a:b] for a, b in spans])
    decide = _decide_in_loop if len(spans) <= _LOOP_UNITS else _decide_on_arrays
    kept, sure, rescued = decide(spans, findings, probs, violating, model)
    sure = [(u, k) for u, k in sure if _long_enough(text, spans[u])]
    rescued = [(u, k) for u, k in rescued if _long_enough(text, spans[u])]
    added: list[Finding] = []
    for u, k, why in [(u, k, "code") for u, k in sure] + [(u, k, "violating") for u, k in rescued]:
        code = model.codes[k]
        a, b = spans[u]
        info = ruleset.codes.get(code)
        name = info.name if info is not None else code
        if why == "code" or violating is None:
            reason = f"文本分类模型判断本段可能属于“{name}”（概率 {float(probs[u, k]):.2f}）"
        else:
            reason = (f"文本分类模型判断本段很可能违规（概率 {float(violating[u]):.2f}），最可能属于“{name}”"
                      f"（概率 {float(probs[u, k]):.2f}）")
        added.append(Finding(
            code=code, start=a, end=b, text=text[a:b],
            explanation=f"{reason}，规则未命中具体表述，请人工复核。",
            basis=info.basis if info is not None else "",
            suggestion=info.suggestion if info is not None else None,
            rule="classifier" if why == "code" else "classifier-violating",
            source="classifier",
        ))
    if not added:
        return kept
    return sorted(kept + added, key=lambda f: (f.start, _CODE_ORDER.get(f.code, 99), f.source))


def _decide_in_loop(spans: list[tuple[int, int]], findings: list[Finding], probs: np.ndarray,
                    violating: np.ndarray | None, model: Model) -> tuple[list[Finding], Pairs, Pairs]:
    """The rule findings kept, the (paragraph, code column) pairs to add in paragraph order, then code, and the
    paragraphs left without any finding that the "violates at all" score rescues, with their most likely code.

    A rule finding is dropped when its code's probability is at or below the veto threshold, or when the
    paragraph's "violates at all" score is at or below its veto; a code is added at the add threshold where
    that score reaches its gate."""
    column = {code: k for k, code in enumerate(model.codes)}
    starts = [a for a, _ in spans]
    rows = probs.tolist()
    scores = violating.tolist() if violating is not None else None
    opinion = model.violating
    kept: list[Finding] = []
    confirmed: set[tuple[int, int]] = set()
    for f in findings:
        u = bisect_right(starts, f.start) - 1
        if u >= 0 and f.start < spans[u][1]:
            if rows[u][column[f.code]] <= model.veto_threshold or (
                    opinion is not None and scores is not None and scores[u] <= opinion.veto):
                continue
            confirmed.add((u, column[f.code]))
        kept.append(f)
    sure = [(u, k) for u, row in enumerate(rows) for k, p in enumerate(row)
            if p >= model.add_threshold and (u, k) not in confirmed
            and (opinion is None or scores is None or scores[u] >= opinion.gate)]
    rescued: Pairs = []
    if opinion is not None and scores is not None:
        found = {u for u, _ in confirmed} | {u for u, _ in sure}
        for u, row in enumerate(rows):
            k = max(range(len(row)), key=row.__getitem__)
            if u not in found and scores[u] >= opinion.rescue and row[k] >= opinion.rescue_min:
                rescued.append((u, k))
    return kept, sure, rescued


def _decide_on_arrays(spans: list[tuple[int, int]], findings: list[Finding], probs: np.ndarray,
                      violating: np.ndarray | None, model: Model) -> tuple[list[Finding], Pairs, Pairs]:
    """_decide_in_loop on arrays (a long text has as many findings and paragraphs as a short one has
    characters): each finding's paragraph by one binary search of all finding starts, its code's probability
    by one gather, the additions from one mask of sure pairs that no kept rule finding confirms."""
    column = {code: k for k, code in enumerate(model.codes)}
    bounds = np.fromiter(chain.from_iterable(spans), dtype=np.int64, count=2 * len(spans)).reshape(-1, 2)
    opinion = model.violating if violating is not None else None
    kept = findings
    confirmed = np.zeros(probs.shape, dtype=bool)  # a kept rule finding of the code in the paragraph
    if findings:
        starts = np.fromiter([f.start for f in findings], dtype=np.int64, count=len(findings))
        cols = np.fromiter([column[f.code] for f in findings], dtype=np.int64, count=len(findings))
        unit = np.searchsorted(bounds[:, 0], starts, side="right") - 1
        unit_or_0 = np.maximum(unit, 0)
        inside = (unit >= 0) & (starts < bounds[unit_or_0, 1])
        vetoed = inside & (probs[unit_or_0, cols] <= model.veto_threshold)
        if opinion is not None and violating is not None:
            vetoed |= inside & (violating[unit_or_0] <= opinion.veto)
        if vetoed.any():
            kept = [f for f, v in zip(findings, vetoed.tolist(), strict=True) if not v]
        ok = inside & ~vetoed
        confirmed[unit[ok], cols[ok]] = True
    sure_mask = (probs >= model.add_threshold) & ~confirmed
    rescued: Pairs = []
    if opinion is not None and violating is not None:
        sure_mask &= (violating >= opinion.gate)[:, None]
        best = probs.argmax(axis=1)
        rescue = (~(confirmed | sure_mask).any(axis=1) & (violating >= opinion.rescue)
                  & (probs[np.arange(len(best)), best] >= opinion.rescue_min))
        rescued = [(int(u), int(best[u])) for u in np.flatnonzero(rescue)]
    sure = np.argwhere(sure_mask).tolist()
    return kept, [(u, k) for u, k in sure], rescued

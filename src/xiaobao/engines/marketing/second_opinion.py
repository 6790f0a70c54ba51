"""The classifier's second opinion on the rules' findings (issue 17): per paragraph, add a code the rules missed
when the classifier is very sure of it, and drop a rule finding whose code the classifier is very sure is not
there (a warning, a quotation). Added findings say so (source="classifier", rule "classifier") and cover
their paragraph, so a reviewer sees why.

Paragraphs are the text's lines; a line longer than MAX_UNIT characters is cut after sentence ends into
pieces of at most MAX_UNIT (the model was trained on snippets of one to three sentences).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from xiaobao.engines.marketing.classifier import Model
from xiaobao.engines.marketing.engine import Finding
from xiaobao.engines.marketing.rules import CODES, RuleSet

MAX_UNIT = 240
_SENTENCE_END = re.compile("[。！？!?；;]+")
_CODE_ORDER = {code: i for i, code in enumerate(CODES)}


def units(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph piece the classifier reads, whitespace at either end left out."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
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


def apply(text: str, findings: list[Finding], model: Model, ruleset: RuleSet) -> list[Finding]:
    """The rules' findings with the classifier's vetoes and additions, ordered by position."""
    spans = units(text)
    if not spans:
        return findings
    probs = model.probabilities([text[a:b] for a, b in spans])
    column = {code: k for k, code in enumerate(model.codes)}
    starts = [a for a, _ in spans]
    kept: list[Finding] = []
    found: set[tuple[int, str]] = set()
    for f in findings:
        u = bisect_right(starts, f.start) - 1
        if u >= 0 and f.start < spans[u][1]:
            if probs[u, column[f.code]] <= model.veto_threshold:
                continue
            found.add((u, f.code))
        kept.append(f)
    added: list[Finding] = []
    for u, (a, b) in enumerate(spans):
        for code, k in column.items():
            p = float(probs[u, k])
            if p < model.add_threshold or (u, code) in found:
                continue
            info = ruleset.codes.get(code)
            name = info.name if info is not None else code
            added.append(Finding(
                code=code, start=a, end=b, text=text[a:b],
                explanation=(f"文本分类模型判断本段可能属于“{name}”（概率 {p:.2f}），规则未命中具体表述，"
                             "请人工复核。"),
                basis=info.basis if info is not None else "",
                suggestion=info.suggestion if info is not None else None,
                rule="classifier",
                source="classifier",
            ))
    if not added:
        return kept
    return sorted(kept + added, key=lambda f: (f.start, _CODE_ORDER.get(f.code, 99), f.source))




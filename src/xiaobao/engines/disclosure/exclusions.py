"""Exclusion clauses (免除保险人责任的条款) and whether their text is emphasised.

A clause is emphasised when nearly all of its significant characters (punctuation, spaces and the
leading item number do not count) are bold, underlined, or in a larger size than the document's body
text — the "words, fonts, symbols or other marks sufficient to draw attention" of 《保险法》第十七条 and
司法解释（二）第十一条, as the project's definition (shared/datasets/README.md) states them. A heavy face
(黑体) without bold and emphasis dots (着重号, w:em) alone do not count: the definition names bold, larger and
underlined text (two blind authors read it so), a heavy face is hard to tell from the body in print and
copies, and dots are easy to miss and lost in most copies; ``mark_share`` measures the dots so that a finding
can say the clause carries only dots. (A PDF has no bold flag: there a bold or heavy font name is bold.)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from xiaobao.engines.disclosure.model import BOLD, EMPHASIS_MARK, UNDERLINE, Para

__all__ = [
    "EMPHASIS_SHARE",
    "TRIGGER",
    "Clause",
    "DocStyle",
    "doc_style",
    "emphasis_share",
    "hidden_exclusions",
    "is_list_lead_in",
    "lead_in_start",
    "mark_share",
    "trigger_spans",
]

EMPHASIS_SHARE = 0.85  # share of significant characters that must be emphasised

# Phrases by which an insurer excludes or limits its liability.
TRIGGER = re.compile(
    r"不(?:负责|承担|负)(?:任何)?(?:赔偿|给付|赔付|保险)?(?:保险金)?(?:的)?责任"
    r"|不(?:负责|予|再)(?:赔偿|给付|赔付|理赔|支付|承担|负责)"
    r"|(?:不属于|不在)(?:本)?(?:保险合同|合同|本保险)?的?(?:保险|保障)(?:责任)?范围"
    r"|(?:有权)?拒绝(?:赔偿|给付|赔付|理赔|承担)|拒赔"
    r"|不承担(?:[^。；，,]{0,12})责任"
    r"|免除(?:保险人)?(?:的)?(?:赔偿|给付)责任"
    r"|但[^。；]{2,40}(?<!另有约定)(?<!另有规定)(?<!约定)的除外"
)
# Deductibles, proportional payment: they reduce liability too (司法解释（二）第九条); reported as advice.
REDUCTION = re.compile(r"免赔(?:额|率)|绝对免赔|按[^。；]{0,12}比例(?:赔付|赔偿|给付)|减少?[^。；]{0,6}赔偿")
_NEGATED = re.compile(r"不属于(?:本合同)?(?:免除|除外)|且不属于|并非")
_SIGNIFICANT = re.compile(r"[\w\u4e00-\u9fff]")
_SENTENCE_END = "。；;!！?？\n"
_CLAUSE_START = re.compile(r"(?:^|[，,：:])\s*(?:但是?|然而|如|若|如果|对于?|凡|因|下列)")
_LEAD_IN = re.compile(r"[:：]\s*$")


@dataclass(frozen=True, slots=True)
class DocStyle:
    """Document-wide formatting baseline used to judge "emphasised"."""

    body_size: float
    bold_is_body: bool  # most of the text is bold, so bold draws no attention
    underline_is_body: bool


@dataclass(frozen=True, slots=True)
class Clause:
    """An exclusion clause located in a paragraph: ``text[start:end]``."""

    para: Para
    start: int
    end: int
    hidden: bool  # outside a 责任免除 section

    @property
    def text(self) -> str:
        return self.para.text[self.start : self.end].strip()


def doc_style(paras: list[Para]) -> DocStyle:
    """Dominant size (by characters) and whether bold or underlined text is the norm."""
    sizes: Counter[float] = Counter()
    total = bold = underline = 0
    for p in paras:
        for ch, flag, size in zip(p.text, p.flags, p.sizes, strict=False):
            if ch.isspace():
                continue
            total += 1
            sizes[round(size * 2) / 2] += 1
            bold += bool(flag & BOLD)
            underline += bool(flag & UNDERLINE)
    body = sizes.most_common(1)[0][0] if sizes else 0.0
    share = (lambda n: total > 0 and n / total > 0.6)  # noqa: E731
    return DocStyle(body, share(bold), share(underline))


def _emphasised(flag: int, size: float, style: DocStyle) -> bool:
    if flag & BOLD and not style.bold_is_body:
        return True
    if flag & UNDERLINE and not style.underline_is_body:
        return True
    return bool(style.body_size and size >= style.body_size + 0.5)


def emphasis_share(para: Para, start: int, end: int, style: DocStyle) -> float:
    """Share of significant characters in ``text[start:end]`` that are emphasised (1.0 if none)."""
    total = hit = 0
    text, flags, sizes = para.text, para.flags, para.sizes
    for i in range(start, min(end, len(text))):
        if not _SIGNIFICANT.match(text[i]):
            continue
        total += 1
        if _emphasised(flags[i], sizes[i], style):
            hit += 1
    return 1.0 if total == 0 else hit / total


def mark_share(para: Para, start: int, end: int) -> float:
    """Share of significant characters in ``text[start:end]`` that carry emphasis dots (0.0 if none)."""
    total = hit = 0
    for i in range(start, min(end, len(para.text))):
        if _SIGNIFICANT.match(para.text[i]):
            total += 1
            hit += bool(para.flags[i] & EMPHASIS_MARK)
    return 0.0 if total == 0 else hit / total


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = pos
    while start > 0 and text[start - 1] not in _SENTENCE_END:
        start -= 1
    end = pos
    while end < len(text) and text[end] not in _SENTENCE_END:
        end += 1
    return start, end


def trigger_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Clause spans around each exclusion phrase in ``text[start:]`` (merged when they overlap).

    The clause runs from the start of the sentence — or, inside a sentence that first grants cover,
    from the "但/如/对于…" turn that introduces the exclusion — to the end of the sentence.
    """
    spans: list[tuple[int, int]] = []
    for m in TRIGGER.finditer(text, start):
        s, e = _sentence_bounds(text, m.start())
        s = max(s, start)
        window = text[s : m.start()]
        if _NEGATED.search(window[-12:]):
            continue
        if m.group().startswith("但"):  # "……，但……的除外": the proviso is the clause
            s, window = m.start(), ""
        turns = list(_CLAUSE_START.finditer(window))
        grant = re.search(r"负责赔偿|给付|承担[^。；]{0,6}责任|赔偿[^。；]{0,6}保险金", window)
        if turns and grant:
            for turn in turns:
                if turn.start() >= grant.end() - 1:
                    s = s + turn.start() + (1 if window[turn.start()] in "，,：:" else 0)
                    break
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def is_list_lead_in(text: str) -> bool:
    """A sentence like 下列损失，保险人不负责赔偿： that introduces a list of excluded items."""
    return bool(_LEAD_IN.search(text) and TRIGGER.search(text))


def lead_in_start(text: str, start: int, end: int) -> int | None:
    """Where the list lead-in that closes ``text[start:end]`` begins, or None if the span does not end in one.

    The lead-in is the last sentence of the span when it ends with ：and excludes (因下列情形之一……，保险人不承担
    ……责任：). It only announces the list: when the items follow, they are the clause bodies and the lead-in's
    formatting does not decide whether the exclusions are emphasised (checker.py drops it then).
    """
    tail = text[start:end].rstrip()
    if not _LEAD_IN.search(tail):
        return None
    s = len(tail) - 1
    while s > 0 and tail[s - 1] not in _SENTENCE_END:
        s -= 1
    return start + s if is_list_lead_in(tail[s:]) else None


def hidden_exclusions(para: Para, start: int = 0) -> list[Clause]:
    """Exclusion clauses inside a paragraph that is not in a 责任免除 section.

    Every sentence that withholds the insurer's liability counts, wherever it sits (the datasets README:
    "exclusions hidden inside another section count too"): 保险费交清前发生的保险事故，保险人不承担赔偿责任 in a
    premium article and a 等待期 definition that refuses to pay for illnesses found in it limit liability as any
    exclusion does (司法解释（二）第九条), so they must be emphasised too. A clause that only bounds the period of
    cover (责任起讫：自……起至……止) excludes nothing and matches no trigger.
    """
    return [Clause(para, s, e, True) for s, e in trigger_spans(para.text, start)]

"""check_document: required sections and the emphasis of exclusion clauses (《保险法》第十七条)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from xiaobao.engines.disclosure.articles import defines_term, stated_sections
from xiaobao.engines.disclosure.exclusions import (
    EMPHASIS_SHARE,
    REDUCTION,
    TRIGGER,
    Clause,
    DocStyle,
    doc_style,
    emphasis_share,
    hidden_exclusions,
    is_list_lead_in,
    lead_in_start,
    mark_share,
)
from xiaobao.engines.disclosure.model import SECTION_CODES, SECTION_NAMES, DisclosureResult, Finding, Para
from xiaobao.engines.disclosure.structure import ITEM_KINDS, Heading, classify_heading, split_numbering

__all__ = ["DocumentError", "analyse", "check_document", "read_paragraphs"]

BASIS_EMPHASIS = "《保险法》第十七条；《最高人民法院关于适用〈保险法〉若干问题的解释（二）》第十一条"
BASIS_REDUCTION = "《最高人民法院关于适用〈保险法〉若干问题的解释（二）》第九条、第十一条"
BASIS_SECTIONS = "《保险法》第十八条"
BASIS_DEFINITIONS = "《银行保险机构消费者权益保护管理办法》第十六条（格式条款通俗易懂）"


class DocumentError(ValueError):
    """The file cannot be read as a policy document (missing, not a .docx / text PDF)."""


@dataclass(slots=True)
class _Walk:
    present: set[str] = field(default_factory=set)
    clauses: list[Clause] = field(default_factory=list)
    clause_section: dict[int, str | None] = field(default_factory=dict)
    clause_title: dict[int, str | None] = field(default_factory=dict)
    section_title: str | None = None
    reductions: list[tuple[Para, str, str | None]] = field(default_factory=list)
    excl: Heading | None = None
    excl_headings: list[tuple[Para, int]] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)
    run_in: dict[int, int] = field(default_factory=dict)  # heading paragraph -> start of its run-in body text
    section: str | None = None
    lead_in: bool = False
    lead_items: int = 0  # items of the current exclusion list outside a 责任免除 section
    lead_kind: str | None = None  # their numbering kind ("table" for cells, "numbered" for Word numbering)
    term_entries: int = 0  # definitions-list entries in a row outside a 释义 section
    pending_lead: int | None = None  # index of a clause that ends in a list lead-in, until its items follow
    waiting_lead: int | None = None  # the same, while the next paragraph is being visited


# A paragraph that is only an item number (a 序号 cell of an exclusions table, a stray "（三）") or a
# table column header carries no clause text of its own.
# (甲乙丙丁…: the heavenly stems number items in legal text as letters do)
_BARE_NUMBER = re.compile(
    r"^\s*[（(]?\s*(?:\d+|[一二三四五六七八九十百零〇两]+|[①-⑳]|[a-zA-Z]|[甲乙丙丁戊己庚辛壬癸])\s*[)）]?\s*[、.．]?\s*$"
)
# An exclusion lead-in ("因下列原因……保险人不承担给付保险金责任：") followed by this many items states the
# exclusions even where no 责任免除 heading introduces them; a single excluding sentence does not.
_LISTED_EXCLUSIONS = 2
_LISTED_TERMS = 2
_OUTLINE_KINDS = frozenset({"part", "chapter", "section", "article"})
_COLUMN_HEADER = re.compile(r"^\s*(?:序号|编号|序列|项目|项次|事项|条目|条款|内容|具体内容|说明|备注|情形|类别)\s*$")
# an article that grants cover (保险人负责赔偿 / 承担给付保险金责任): under a heading that combines 保险责任 and
# 责任免除 it is the cover, not an exclusion, unless it also withholds liability (TRIGGER)
_GRANTS = re.compile(r"负责(?:赔偿|给付|赔付)|(?:承担|给付)[^。；，,]{0,8}(?:赔偿|给付|保险金)责任|按照?[^。；]{0,12}约定(?:赔偿|给付)")
# a line that says a section goes on from the page before ((续上页)三、责任免除, 续表): a label, not a clause
_CONTINUED = re.compile(r"^\s*[（(【]?\s*续(?:上页|前页|上表|表)?\s*[)）】]")


def _not_a_clause(p: Para, body: str) -> bool:
    return bool(
        _BARE_NUMBER.match(body)
        or p.text.strip() == ""
        or (p.in_table and _COLUMN_HEADER.match(body))
        or _CONTINUED.match(p.text)
    )


def _ends_exclusions(h: Heading, excl: Heading) -> bool:
    if h.strong:
        if h.codes:
            return True
        if h.style_level is not None and excl.style_level is not None:
            return h.style_level <= excl.style_level
        if h.kind in ("part", "chapter", "section"):
            return True
        if h.kind == "article":
            return excl.rank >= 3
        if h.kind is None:
            return True  # a generic keyword heading such as 免赔额 / 投保人、被保险人义务
        return excl.kind is None or h.rank <= excl.rank
    return excl.kind is not None and h.rank <= excl.rank


def _term_entry(h: Heading, text: str) -> bool:
    """Inside 释义, "（三）保险金额：保险人承担……的最高限额" / "【保险期间】保险单载明的起讫期间" define a term:
    a run-in label without an article number there is an entry of the list, not the next section."""
    return bool(h.codes) and h.body_start < len(text.rstrip()) and h.kind not in _OUTLINE_KINDS


def _add_clause(w: _Walk, clause: Clause, item: bool = False) -> None:
    """Record an exclusion clause. ``item``: a paragraph of a list (the body of 责任免除, an item after a lead-in).

    What the body of an exclusion clause is: a lead-in that only announces the list ("因下列情形之一……，保险人
    不承担……责任：") is not one when the items follow in the next paragraphs; the items are, and each of them must
    be emphasised. So the lead-in sentence is cut off its clause once the first item arrives (a paragraph that is
    only the lead-in leaves an empty clause, which decides nothing), and its formatting decides nothing either
    way. A lead-in that no item follows stays a clause: then it is the only text that states the exclusion.
    """
    if item and w.waiting_lead is not None:
        lead = w.clauses[w.waiting_lead]
        cut = lead_in_start(lead.para.text, lead.start, lead.end)
        if cut is not None and lead.para.index < clause.para.index:
            w.clauses[w.waiting_lead] = Clause(lead.para, lead.start, max(lead.start, cut), lead.hidden)
        w.waiting_lead = None
    w.clauses.append(clause)
    if lead_in_start(clause.para.text, clause.start, clause.end) is not None:
        w.pending_lead = len(w.clauses) - 1
    w.clause_section[len(w.clauses) - 1] = "EXCLUSIONS" if not clause.hidden else w.section
    w.clause_title[len(w.clauses) - 1] = w.section_title


def _visit(w: _Walk, p: Para) -> None:
    text = p.text
    if not text.strip():
        return
    # a lead-in waits for its first item through this paragraph only (and through bare 序号 cells and headers)
    w.waiting_lead, w.pending_lead = w.pending_lead, None
    h = classify_heading(p)
    if h is not None and w.section == "DEFINITIONS" and _term_entry(h, text):
        h = None
    if h is None and w.excl is not None and w.excl.kind == "article" and split_numbering(text)[0] == "article":
        w.excl, w.section = None, None  # "第四条 责任免除：……" ends where the next article begins
    if h is not None and w.excl is not None and _ends_exclusions(h, w.excl):
        w.excl = None
    if h is not None and h.strong:
        w.headings.add(p.index)
        if h.body_start < len(text.rstrip()):
            w.run_in[p.index] = h.body_start
        if w.excl is None or "EXCLUSIONS" in h.codes:
            _, _, prefix = split_numbering(text)
            w.section_title = text[prefix : h.body_start].strip(" \t:：") or None
        if not p.in_table or p.row_label:
            # (a heading inside a table names a section only as the label of its row, 除外责任 | 下列损失……: a
            # column header or a cell of a benefits table, 保险金额 over the amounts, does not)
            w.present |= h.codes
        w.lead_in = False
        if h.codes:
            w.section = sorted(h.codes)[0] if len(h.codes) == 1 else "/".join(sorted(h.codes))
        elif w.excl is None:
            w.section = None  # a heading outside the required sections (义务, 总则, 免赔额 …)
        if "EXCLUSIONS" in h.codes:
            w.excl = h
            w.section = "EXCLUSIONS"
            w.excl_headings.append((p, h.body_start))
            if h.body_start < len(text) and text[h.body_start :].strip():
                _add_clause(w, Clause(p, h.body_start, len(text), False))
            return
        if h.body_start >= len(text) or w.excl is not None:
            if w.excl is not None and h.body_start < len(text):
                _add_clause(w, Clause(p, h.body_start, len(text), False))
            return
        _outside(w, p, h.body_start)
        return
    if w.excl is not None:
        _, _, prefix = split_numbering(text)
        if "COVERAGE" in w.excl.codes and _GRANTS.search(text) and not TRIGGER.search(text):
            _outside(w, p, 0)  # under 保险责任及责任免除 an article that grants cover is no exclusion
            return
        if _not_a_clause(p, text):
            w.pending_lead = w.waiting_lead
        else:
            _add_clause(w, Clause(p, prefix, len(text), False), item=True)
        return
    _outside(w, p, 0)


def _outside(w: _Walk, p: Para, start: int) -> None:
    kind, _, prefix = split_numbering(p.text)
    # the items: typed or Word-numbered paragraphs, or the cells of a table; all of one kind, so that the list
    # ends where an article numbered otherwise ("2.3 本合同的保险金额由……" after （一）（二）or a table) begins
    item = "table" if p.in_table else kind if kind in ITEM_KINDS else "numbered" if p.numbered else None
    if w.lead_in and item is not None and (not w.lead_items or item == w.lead_kind):
        if _not_a_clause(p, p.text):
            w.pending_lead = w.waiting_lead
            return  # a 序号 cell or a column header of the table
        w.lead_kind = item
        _add_clause(w, Clause(p, prefix, len(p.text), True), item=True)
        w.lead_items += 1
        if w.lead_items >= _LISTED_EXCLUSIONS:
            w.present.add("EXCLUSIONS")  # the exclusions stated as a list without a heading of their own
        return
    w.lead_in = False
    w.lead_items = 0
    if not p.in_table and w.section != "DEFINITIONS":
        w.present |= stated_sections(p.text[max(start, prefix) :])
        entry = defines_term(p.text[start:])
        w.term_entries = w.term_entries + entry if entry else 0
        if w.term_entries >= _LISTED_TERMS:
            w.present.add("DEFINITIONS")  # a list of defined terms without a 释义 heading
    for clause in hidden_exclusions(p, start):
        _add_clause(w, clause)
    if is_list_lead_in(p.text):
        w.lead_in = True
    for m in REDUCTION.finditer(p.text, start):
        if not any(c.para is p and c.start <= m.start() < c.end for c in w.clauses):
            w.reductions.append((p, m.group(), w.section))
            break


def _body_style(paras: list[Para], w: _Walk) -> DocStyle:
    """Baseline formatting from the ordinary body text: no headings, no exclusion clauses.

    The text after a run-in label ("保险标的：凡在国内……") is body text; the label is not. A document whose
    every article starts with such a label has no other body text to measure (the body size would be the title's).
    """
    with_clauses = {c.para.index for c in w.clauses}
    body = [
        p if p.index not in w.run_in else _tail(p, w.run_in[p.index])
        for p in paras
        if p.index not in with_clauses and (p.index not in w.headings or p.index in w.run_in)
    ]
    style = doc_style(body)
    return style if style.body_size else doc_style(paras)


def _tail(p: Para, start: int) -> Para:
    return Para(p.index, p.text[start:], p.flags[start:], p.sizes[start:], p.heading_level, p.centered, p.in_table,
                p.numbered, p.row_label)


def _excerpt(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def analyse(paras: list[Para], file: str = "", fmt: str = "docx") -> DisclosureResult:
    """Check already-extracted paragraphs (see read_paragraphs)."""
    w = _Walk()
    for p in paras:
        _visit(w, p)
    style = _body_style(paras, w)
    heading_emphasised = any(emphasis_share(p, 0, end, style) >= EMPHASIS_SHARE for p, end in w.excl_headings)
    findings: list[Finding] = []
    ok = True
    for i, clause in enumerate(w.clauses):
        share = emphasis_share(clause.para, clause.start, clause.end, style)
        if share >= EMPHASIS_SHARE or not clause.text:
            continue
        ok = False
        section = w.clause_section.get(i)
        dots = (
            "；条文仅加着重号，印刷和复印后不易辨认，不属于加粗、加大字号或下划线"
            if mark_share(clause.para, clause.start, clause.end) >= EMPHASIS_SHARE
            else ""
        )
        if clause.hidden:
            title = w.clause_title.get(i)
            where = f"「{title}」部分" if title else "正文中"
            why = (
                f"该条款位于{where}，内容免除或限制保险人责任，属于《保险法》第十七条所称免除保险人责任的条款，"
                f"但未以加粗、加大字号或下划线等足以引起投保人注意的方式标示（已标示字符约{share:.0%}{dots}）。"
                "未作提示和明确说明的，该条款不产生效力。"
            )
        else:
            why = (
                "责任免除条款的正文未以加粗、加大字号或下划线等足以引起投保人注意的方式标示"
                f"（已标示字符约{share:.0%}{dots}）"
                + ("；仅将“责任免除”标题加粗不足以履行提示义务" if heading_emphasised else "")
                + "。未作提示和明确说明的，该条款不产生效力。"
            )
        findings.append(
            Finding("EXCLUSION_NOT_EMPHASIZED", _excerpt(clause.text), clause.para.index, why, BASIS_EMPHASIS,
                    section)
        )
    for para, phrase, section in w.reductions:
        _, _, prefix = split_numbering(para.text)
        if emphasis_share(para, prefix, len(para.text), style) >= EMPHASIS_SHARE:
            continue
        findings.append(
            Finding(
                "REDUCTION_NOT_EMPHASIZED",
                _excerpt(para.text[prefix:]),
                para.index,
                f"含“{phrase}”等减轻保险人责任的约定（免赔额、免赔率、比例赔付等），"
                "司法实践中同样视为免除保险人责任的条款，建议加粗或下划线提示并明确说明。",
                BASIS_REDUCTION,
                section,
                "warning",
            )
        )
    present = [c for c in SECTION_CODES if c in w.present]
    missing = [c for c in SECTION_CODES if c not in w.present]
    findings.extend(
        Finding(
            "SECTION_MISSING",
            SECTION_NAMES[code],
            None,
            f"未找到“{SECTION_NAMES[code]}”部分（{code}）；保险条款应载明该事项。",
            BASIS_DEFINITIONS if code == "DEFINITIONS" else BASIS_SECTIONS,
            code,
            "warning" if code == "DEFINITIONS" else "error",
        )
        for code in missing
    )
    return DisclosureResult(
        file=file,
        exclusions_emphasized=ok and any(c.text for c in w.clauses),  # no exclusion clause: nothing emphasised
        sections_present=present,
        sections_missing=missing,
        findings=findings,
        exclusion_clauses=sum(bool(c.text) for c in w.clauses),
        body_size=style.body_size or None,
        format=fmt,
    )


def read_paragraphs(source: str | Path | IO[bytes], fmt: str | None = None) -> tuple[list[Para], str]:
    """Extract paragraphs from a .docx or a text PDF; raises DocumentError when it cannot."""
    if fmt is None:
        fmt = _sniff(source)
    try:
        if fmt == "docx":
            from xiaobao.engines.disclosure.docx_reader import read_docx

            return read_docx(source), "docx"
        if fmt == "pdf":
            from xiaobao.engines.disclosure.pdf_reader import read_pdf

            return read_pdf(source), "pdf"
    except DocumentError:
        raise
    except Exception as exc:  # python-docx / pypdf raise many types on a damaged file
        raise DocumentError(f"cannot read {fmt} document: {type(exc).__name__}: {exc}") from exc
    raise DocumentError(f"unsupported document format {fmt!r} (expected a .docx or a text PDF)")


def _sniff(source: str | Path | IO[bytes]) -> str:
    if isinstance(source, str | Path):
        path = Path(source)
        if not path.is_file():
            raise DocumentError(f"no such file: {path}")
        with path.open("rb") as fh:
            head = fh.read(8)
    else:
        pos = source.tell()
        head = source.read(8)
        source.seek(pos)
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    raise DocumentError("not a .docx (zip) or PDF file")


def check_document(source: str | Path | IO[bytes], *, name: str | None = None) -> DisclosureResult:
    """Check one policy document (.docx or text PDF) for required sections and exclusion emphasis.

    ``source`` is a path or a binary file object; ``name`` is what the result reports as ``file``
    (default: the path as given). Raises DocumentError for a missing or unreadable file.
    """
    paras, fmt = read_paragraphs(source)
    label = name if name is not None else (str(source) if isinstance(source, str | Path) else "")
    return analyse(paras, label, fmt)

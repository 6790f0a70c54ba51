"""Build the 2026-12-08 disclosure set: 24 policy clause documents (.docx) and labels.jsonl.

Blind author s9-fresh-c. Deterministic: run it twice and the files are byte-identical (fixed core
properties, fixed zip timestamps, seeded run splitting). Needs python-docx (tested with 1.2):

    /work/wt/engines/.venv/bin/python make_disclosure.py [output folder, default: this folder]

Emphasis is the README's definition: an exclusion clause counts as emphasised when its body text is bold,
larger than the body text, or underlined, as Word resolves it (direct run properties, then the character
style and its base styles, then the paragraph style and its base styles, then w:docDefaults). Highlight,
colour, shading, italics, the complex-script properties (w:bCs, w:szCs, w:iCs) and the numbering glyph's
own formatting are not emphasis. Each DOCS entry below says which mechanism it uses and what it means.
"""

from __future__ import annotations

import io
import itertools
import json
import random
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.oxml import parse_xml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from clause_texts import (  # noqa: E402
    DEF_LEAD,
    DISPUTES,
    GENERAL,
    HOLDER_DUTY,
    INSURER_DUTY,
    OTHER,
    PRODUCTS,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'
CODES = [
    "INSURED_SCOPE",
    "COVERAGE",
    "EXCLUSIONS",
    "SUM_INSURED",
    "PREMIUM",
    "PERIOD",
    "CLAIMS",
    "DISPUTES",
    "DEFINITIONS",
]
ORDER = [
    "GENERAL",
    "INSURED_SCOPE",
    "COVERAGE",
    "EXCLUSIONS",
    "SUM_INSURED",
    "PREMIUM",
    "PERIOD",
    "INSURER_DUTY",
    "HOLDER_DUTY",
    "CLAIMS",
    "DISPUTES",
    "OTHER",
    "DEFINITIONS",
]
HEADINGS = {
    "GENERAL": ["总则", "总　则", "一般规定"],
    "COVERAGE": ["保险责任", "保障责任"],
    "EXCLUSIONS": ["责任免除", "除外责任", "责任免除事项"],
    "PREMIUM": ["保险费", "保险费及交费方式"],
    "PERIOD": ["保险期间", "保险期限"],
    "INSURER_DUTY": ["保险人义务"],
    "HOLDER_DUTY": ["投保人、被保险人义务", "投保人和被保险人义务"],
    "DISPUTES": ["争议处理", "争议处理和法律适用", "争议解决"],
    "OTHER": ["其他事项", "附则"],
    "DEFINITIONS": ["释义", "名词解释", "术语定义"],
}
CN_DIGITS = "零一二三四五六七八九"
FIXED_TIME = datetime(2026, 12, 8, 9, 0, 0, tzinfo=UTC)
ZIP_TIME = (2026, 12, 8, 9, 0, 0)


def cn_num(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 23 -> 二十三."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


# ---------------------------------------------------------------------------------------------- styles


def pstyle(sid: str, name: str, based: str | None = "Normal", rpr: str = "", ppr: str = "") -> str:
    based_xml = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (
        f'<w:style {NSDECL} w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
        f"{based_xml}<w:qFormat/>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}"
        "</w:style>"
    )


def cstyle(sid: str, name: str, based: str = "DefaultParagraphFont", rpr: str = "") -> str:
    return (
        f'<w:style {NSDECL} w:type="character" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
        f'<w:basedOn w:val="{based}"/><w:uiPriority w:val="1"/><w:qFormat/><w:rPr>{rpr}</w:rPr></w:style>'
    )


CENTER = '<w:jc w:val="center"/>'
FIRST_LINE = '<w:ind w:firstLineChars="200" w:firstLine="420"/>'
HINT = '<w:rFonts w:hint="eastAsia"/>'


def title_style(sz: int) -> str:
    return pstyle("ClauseTitle", "条款名称", rpr=f'<w:b/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>', ppr=CENTER)


def head_style(sz: int) -> str:
    return pstyle(
        "ClauseHead",
        "条款标题",
        rpr=f'<w:b/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>',
        ppr='<w:keepNext/><w:spacing w:before="120" w:after="60"/>' + CENTER,
    )


# ---------------------------------------------------------------------------------------------- specs


@dataclass
class Fmt:
    """Paragraph style id, character style id, direct run properties, paragraph-mark run properties."""

    pstyle: str | None = None
    rstyle: str | None = None
    rpr: str = ""
    mark: str = ""
    alt_rpr: str | None = None  # used for every other run instead of rpr (clauses split over runs)


@dataclass
class Doc:
    key: str
    company: str
    emphasized: bool
    mechanism: str  # one line, goes to the README
    heads: str  # chapter | cn_enum | bracket | plain | part | decimal | inline
    dd_sz: int  # w:docDefaults run size (half-points)
    normal_sz: int | None  # Normal style size, None = inherit docDefaults
    excl: Fmt
    missing: list[str] = field(default_factory=list)
    arts: str = "article"  # article | decimal
    merge: dict[str, str] = field(default_factory=dict)  # code -> host section (no heading of its own)
    combine: tuple[str, str] | None = None  # (first, second): one heading for both
    hidden: str | None = None  # host section of the extra exclusion clause, None = not used
    hidden_fmt: Fmt | None = None
    layout: str = "section"  # section | in_coverage | table | numbered
    styles: list[str] = field(default_factory=list)
    head_pstyle: str = "ClauseHead"
    excl_head: Fmt | None = None  # extra formatting of the exclusion section's heading
    item: Fmt | None = None  # formatting of exclusion items when it differs from the lead-in
    overrides: dict[int, Fmt] = field(default_factory=dict)  # by position among exclusion paragraphs
    body: Fmt = field(default_factory=Fmt)
    numbering: str = ""  # abstractNum lvl rPr for the numbered layout
    duty_fmt: Fmt | None = None  # formatting of the insurer-duty paragraphs (a bold decoy)
    variant: int = 0  # picks heading synonyms and the disputes text
    cell: Fmt | None = None  # table layout: number cell formatting


B = "<w:b/>"
U = '<w:u w:val="single"/>'


def sz(n: int) -> str:
    return f'<w:sz w:val="{n}"/>'


DOCS: list[Doc] = [
    # ------------------------------------------------------------------------------ emphasised (12)
    Doc(
        "home",
        "瀚海财产保险股份有限公司",
        True,
        "direct run bold (w:b) on every run; clauses split over 2-4 runs, half the runs add w:bCs; body size from "
        "w:docDefaults 10.5 pt (Normal sets none)",
        heads="chapter",
        dd_sz=21,
        normal_sz=None,
        excl=Fmt(rpr=HINT + B, alt_rpr=B + "<w:bCs/>"),
        body=Fmt(rpr=HINT),
        hidden="CLAIMS",
    ),
    Doc(
        "accident",
        "胡杨财产保险股份有限公司",
        True,
        "paragraph style 免责条款 (bold) based on Normal; Normal sets 12 pt over docDefaults 10 pt; the extra "
        "exclusion clause sits inside 保险责任 with the same style",
        heads="cn_enum",
        dd_sz=20,
        normal_sz=24,
        excl=Fmt(pstyle="ExclClause"),
        styles=[pstyle("ExclClause", "免责条款", rpr=B, ppr=FIRST_LINE)],
        missing=["DEFINITIONS"],
        merge={"INSURED_SCOPE": "GENERAL"},
        combine=("SUM_INSURED", "PREMIUM"),
        hidden="COVERAGE",
        variant=1,
    ),
    Doc(
        "inpatient",
        "雪莲健康保险股份有限公司",
        True,
        "inherited paragraph-style bold, chain 3 deep: 免责条款项 -> 免责条款基础 -> 重要条款 (w:b) -> Normal; lead-ins "
        "use 免责条款基础; headings are the built-in Heading 2; body from docDefaults 10 pt",
        heads="plain",
        dd_sz=20,
        normal_sz=None,
        head_pstyle="Heading2",
        excl=Fmt(pstyle="ExclBase"),
        item=Fmt(pstyle="ExclItem"),
        styles=[
            pstyle("KeyText", "重要条款", rpr=B),
            pstyle("ExclBase", "免责条款基础", based="KeyText", rpr='<w:color w:val="000000"/>', ppr=FIRST_LINE),
            pstyle("ExclItem", "免责条款项", based="ExclBase", ppr='<w:ind w:left="420"/>'),
        ],
        missing=["INSURED_SCOPE"],
    ),
    Doc(
        "employer",
        "驼铃财产保险股份有限公司",
        True,
        "character style 免责强调 (w:b) on every exclusion run, no direct formatting; Normal 11 pt, docDefaults 12 pt",
        heads="part",
        arts="decimal",
        dd_sz=24,
        normal_sz=22,
        excl=Fmt(rstyle="ExclChar"),
        styles=[cstyle("ExclChar", "免责强调", rpr=B)],
        missing=["PREMIUM", "DEFINITIONS"],
    ),
    Doc(
        "driver",
        "天池财产保险股份有限公司",
        True,
        "character style chain: 免责下划线 (colour only) based on 条款下划线 (w:u single); Normal 9.5 pt over "
        "docDefaults 11 pt",
        heads="bracket",
        dd_sz=22,
        normal_sz=19,
        excl=Fmt(rstyle="ExclUline"),
        styles=[
            cstyle("UlineBase", "条款下划线", rpr=U),
            cstyle("ExclUline", "免责下划线", based="UlineBase", rpr='<w:color w:val="1F1F1F"/>'),
        ],
        missing=["SUM_INSURED"],
        variant=1,
    ),
    Doc(
        "cotton",
        "博格达财产保险股份有限公司",
        True,
        "larger size by paragraph style only: 免责条款 (based on Normal) sets 12 pt, Normal 10.5 pt, no bold, no "
        "underline; the extra exclusion clause inside 赔偿处理 uses the same style",
        heads="chapter",
        dd_sz=20,
        normal_sz=21,
        excl=Fmt(pstyle="ExclLarge"),
        styles=[pstyle("ExclLarge", "免责条款", rpr=sz(24) + '<w:szCs w:val="24"/>', ppr=FIRST_LINE)],
        missing=["DISPUTES"],
        hidden="CLAIMS",
    ),
    Doc(
        "enterprise",
        "瀚海财产保险股份有限公司",
        True,
        "direct double underline (w:u double); body 9 pt from docDefaults, body runs repeat w:sz 18 directly",
        heads="cn_enum",
        dd_sz=18,
        normal_sz=None,
        excl=Fmt(rpr='<w:u w:val="double"/>', alt_rpr=HINT + '<w:u w:val="double"/>'),
        body=Fmt(rpr=sz(18)),
        variant=1,
    ),
    Doc(
        "public",
        "胡杨财产保险股份有限公司",
        True,
        'exclusion items in a table (number cell, text cell); bold written w:b w:val="1" in the cells and '
        'w:val="true" on the lead-ins; Normal 10.5 pt',
        heads="plain",
        arts="decimal",
        dd_sz=22,
        normal_sz=21,
        layout="table",
        excl=Fmt(rpr='<w:b w:val="true"/>'),
        item=Fmt(rpr='<w:b w:val="1"/>'),
        cell=Fmt(rpr='<w:b w:val="1"/>'),
        missing=["DEFINITIONS"],
    ),
    Doc(
        "travel",
        "雪莲财产保险股份有限公司",
        True,
        "Word numbered list (numPr, （一） numbers from numbering.xml) with list style 免责列表 (w:b) based on List "
        "Paragraph -> Normal; lead-ins in style 免责引导 (w:b); Normal 11 pt",
        heads="decimal",
        arts="decimal",
        dd_sz=21,
        normal_sz=22,
        layout="numbered",
        excl=Fmt(pstyle="ExclLead"),
        item=Fmt(pstyle="ExclList"),
        styles=[
            pstyle("ExclLead", "免责引导", rpr=B, ppr=FIRST_LINE),
            pstyle("ExclList", "免责列表", based="ListParagraph", rpr=B),
        ],
        numbering=B,
        missing=["CLAIMS"],
        variant=2,
    ),
    Doc(
        "student",
        "天池财产保险股份有限公司",
        True,
        "no 责任免除 section: the exclusions sit inside 保险责任; direct w:b plus w:bCs/w:szCs; Normal 12 pt",
        heads="cn_enum",
        dd_sz=21,
        normal_sz=24,
        layout="in_coverage",
        excl=Fmt(rpr=B + '<w:bCs/><w:szCs w:val="24"/>'),
        missing=["DISPUTES"],
    ),
    Doc(
        "critical",
        "驼铃财产保险股份有限公司",
        True,
        "mixed per clause: lead-in direct bold; items character style 波浪下划线 (w:u wave); one item only larger "
        "(direct 13 pt, no bold, no underline); body 10.5 pt from docDefaults",
        heads="chapter",
        dd_sz=21,
        normal_sz=None,
        excl=Fmt(rpr=B),
        item=Fmt(rstyle="WaveU"),
        overrides={4: Fmt(rpr=sz(26) + '<w:szCs w:val="26"/>')},
        styles=[cstyle("WaveU", "波浪下划线", rpr='<w:u w:val="wave"/>')],
        variant=2,
    ),
    Doc(
        "screen",
        "博格达财产保险股份有限公司",
        True,
        "paragraph style 免责条款 with no basedOn: it does not inherit Normal (10 pt) and resolves to docDefaults 14 pt, "
        "so the exclusions are larger than the body; no headings, 【】 labels inside the articles",
        heads="inline",
        dd_sz=28,
        normal_sz=20,
        excl=Fmt(pstyle="ExclNoBase"),
        styles=[pstyle("ExclNoBase", "免责条款", based=None, ppr=FIRST_LINE)],
        missing=["INSURED_SCOPE", "DEFINITIONS"],
    ),
    # -------------------------------------------------------------------------- not emphasised (12)
    Doc(
        "home",
        "天池财产保险股份有限公司",
        False,
        "highlight only (w:highlight yellow) on every exclusion run, also on the extra clause inside 赔偿处理",
        heads="part",
        dd_sz=22,
        normal_sz=21,
        excl=Fmt(rpr='<w:highlight w:val="yellow"/>'),
        missing=["PREMIUM"],
        merge={"PERIOD": "GENERAL"},
        hidden="CLAIMS",
        variant=1,
    ),
    Doc(
        "accident",
        "驼铃财产保险股份有限公司",
        False,
        "colour only (w:color FF0000); the paragraph marks (w:pPr/w:rPr) are bold but no run is; Normal 13 pt",
        heads="bracket",
        dd_sz=21,
        normal_sz=26,
        excl=Fmt(rpr='<w:color w:val="FF0000"/>', mark=B),
        variant=2,
    ),
    Doc(
        "inpatient",
        "博格达健康保险股份有限公司",
        False,
        "complex-script properties only: direct w:bCs and w:szCs 14 pt (Word does not apply them to Chinese text); "
        "body 10.5 pt from docDefaults",
        heads="chapter",
        dd_sz=21,
        normal_sz=None,
        excl=Fmt(rpr='<w:bCs/><w:szCs w:val="28"/>', alt_rpr=HINT + '<w:bCs/><w:iCs/><w:szCs w:val="28"/>'),
        missing=["DEFINITIONS"],
    ),
    Doc(
        "employer",
        "雪莲财产保险股份有限公司",
        False,
        "only the 责任免除 heading is emphasised (built-in Heading 1 plus direct bold, 16 pt, underline); the clause "
        "bodies are plain Normal 11 pt",
        heads="cn_enum",
        dd_sz=22,
        normal_sz=22,
        excl=Fmt(),
        excl_head=Fmt(pstyle="Heading1", rpr=B + sz(32) + U),
        missing=["PERIOD"],
        variant=1,
    ),
    Doc(
        "driver",
        "瀚海财产保险股份有限公司",
        False,
        "all but one: direct bold on every exclusion paragraph (also the extra clause inside 保险责任) except the third "
        "item of the list, which is plain; Normal 10 pt",
        heads="plain",
        dd_sz=21,
        normal_sz=20,
        excl=Fmt(rpr=B),
        overrides={4: Fmt()},
        hidden="COVERAGE",
    ),
    Doc(
        "cotton",
        "胡杨财产保险股份有限公司",
        False,
        'paragraph style 重要条款 is bold, but every exclusion run switches it off with direct w:b w:val="0"; the '
        "保险人义务 paragraphs use the same style without the switch (bold text that is not an exclusion)",
        heads="chapter",
        dd_sz=21,
        normal_sz=None,
        excl=Fmt(pstyle="KeyClause", rpr='<w:b w:val="0"/>'),
        duty_fmt=Fmt(pstyle="KeyClause"),
        styles=[pstyle("KeyClause", "重要条款", rpr=B, ppr=FIRST_LINE)],
        missing=["INSURED_SCOPE"],
        variant=1,
    ),
    Doc(
        "enterprise",
        "天池财产保险股份有限公司",
        False,
        'derived style switches bold off: 免责正文 (w:b w:val="false") based on 加粗条款 (w:b) based on 条款正文 '
        "based on Normal; body paragraphs use 条款正文; Normal 11.5 pt",
        heads="part",
        dd_sz=21,
        normal_sz=23,
        excl=Fmt(pstyle="ExclBody"),
        body=Fmt(pstyle="ClauseText"),
        styles=[
            pstyle("ClauseText", "条款正文", ppr=FIRST_LINE),
            pstyle("KeyClause2", "加粗条款", based="ClauseText", rpr=B),
            pstyle("ExclBody", "免责正文", based="KeyClause2", rpr='<w:b w:val="false"/>'),
        ],
        missing=["DISPUTES", "DEFINITIONS"],
        combine=("SUM_INSURED", "PREMIUM"),
        variant=2,
    ),
    Doc(
        "public",
        "博格达财产保险股份有限公司",
        False,
        "underline switched off: character style 下划线 (w:u single) on every exclusion run, each run sets "
        'w:u w:val="none" directly; Normal 9 pt',
        heads="bracket",
        dd_sz=21,
        normal_sz=18,
        excl=Fmt(rstyle="ULine", rpr='<w:u w:val="none"/>'),
        styles=[cstyle("ULine", "下划线", rpr=U)],
        variant=2,
    ),
    Doc(
        "travel",
        "瀚海财产保险股份有限公司",
        False,
        "Word numbered list whose level formatting (w:lvl/w:rPr) makes only the numbers bold and underlined; the "
        "item text is plain List Paragraph; Normal 12 pt",
        heads="decimal",
        arts="decimal",
        dd_sz=22,
        normal_sz=24,
        layout="numbered",
        excl=Fmt(),
        item=Fmt(pstyle="ListParagraph"),
        numbering=B + U,
        missing=["INSURED_SCOPE", "PREMIUM"],
        variant=1,
    ),
    Doc(
        "student",
        "胡杨财产保险股份有限公司",
        False,
        "paragraph style 免责条款 with no basedOn (italic, grey): it resolves to docDefaults 10 pt while the body is "
        "Normal 14 pt, so the exclusions are smaller, not larger",
        heads="cn_enum",
        dd_sz=20,
        normal_sz=28,
        excl=Fmt(pstyle="ExclNoBase2"),
        styles=[pstyle("ExclNoBase2", "免责条款", based=None, rpr='<w:i/><w:color w:val="404040"/>')],
        variant=2,
    ),
    Doc(
        "critical",
        "雪莲财产保险股份有限公司",
        False,
        "the 责任免除 section is bold (direct w:b), but the waiting-period exclusion inside 保险责任 is plain",
        heads="chapter",
        dd_sz=21,
        normal_sz=None,
        excl=Fmt(rpr=B),
        hidden="COVERAGE",
        hidden_fmt=Fmt(),
        missing=["DISPUTES"],
        variant=1,
    ),
    Doc(
        "screen",
        "胡杨财产保险股份有限公司",
        False,
        "exclusion items in a table with shaded cells and dark-red text at the body size (w:sz 22 = Normal 11 pt); "
        "only the number cells are bold",
        heads="plain",
        dd_sz=20,
        normal_sz=22,
        layout="table",
        excl=Fmt(rpr='<w:color w:val="C00000"/>'),
        item=Fmt(rpr='<w:color w:val="C00000"/>' + sz(22)),
        cell=Fmt(rpr=B),
        missing=["DEFINITIONS", "PERIOD"],
        variant=1,
    ),
]


# ---------------------------------------------------------------------------------------------- build


@dataclass
class Para:
    role: str  # title | heading | body | excl
    text: str
    fmt: Fmt
    num: bool = False  # Word numbering (numbered layout)


@dataclass
class Table:
    rows: list[tuple[str, str]]
    num_fmt: Fmt
    text_fmt: Fmt


def section_heading(doc: Doc, code: str, product: dict) -> str:
    if code == "INSURED_SCOPE":
        return product["insured_heading"][doc.variant % len(product["insured_heading"])]
    if code == "SUM_INSURED":
        return product["sum_heading"][doc.variant % len(product["sum_heading"])]
    if code == "CLAIMS":
        return product["claims_heading"][doc.variant % len(product["claims_heading"])]
    options = HEADINGS[code]
    return options[doc.variant % len(options)]


def numbered_heading(doc: Doc, n: int, text: str) -> str:
    return {
        "chapter": f"第{cn_num(n)}章　{text}",
        "cn_enum": f"{cn_num(n)}、{text}",
        "bracket": f"【{text}】",
        "plain": text,
        "part": f"第{cn_num(n)}部分　{text}",
        "decimal": f"{n}　{text}",
    }[doc.heads]


def item_label(doc: Doc, i: int) -> str:
    return f"（{cn_num(i)}）" if doc.arts == "article" else f"（{i}）"


def section_articles(doc: Doc, code: str, product: dict) -> list:
    """Articles of one section: strings (body) or tuples (exclusion groups)."""
    missing = set(doc.missing)
    if code == "GENERAL":
        arts = [GENERAL[doc.variant % 2]]
        if "INSURED_SCOPE" not in missing:
            arts.append(GENERAL[2])
        return arts
    if code == "INSURED_SCOPE":
        return list(product["insured"])
    if code == "COVERAGE":
        return list(product["coverage"])
    if code == "EXCLUSIONS":
        return list(product["exclusions"])
    if code == "SUM_INSURED":
        return list(product["sum"])
    if code == "PREMIUM":
        return list(product["premium"])
    if code == "PERIOD":
        return list(product["period"])
    if code == "INSURER_DUTY":
        return list(INSURER_DUTY)
    if code == "HOLDER_DUTY":
        return [] if "CLAIMS" in missing else list(HOLDER_DUTY)
    if code == "CLAIMS":
        return list(product["claims"])
    if code == "DISPUTES":
        return list(DISPUTES[doc.variant % 2])
    if code == "OTHER":
        return [] if missing & {"PREMIUM", "DISPUTES"} else list(OTHER)
    if code == "DEFINITIONS":
        return [("DEF", list(product["definitions"]))]
    raise ValueError(code)


def layout_sections(doc: Doc, product: dict) -> list[tuple[str, str, list]]:
    """(code, heading text or '', articles) in document order, after merges and missing sections."""
    missing = set(doc.missing)
    assert "EXCLUSIONS" not in missing and "COVERAGE" not in missing
    sections: dict[str, list] = {}
    headings: dict[str, str] = {}
    order = [c for c in ORDER if c not in missing]
    for code in order:
        sections[code] = section_articles(doc, code, product)
        headings[code] = section_heading(doc, code, product)
    if doc.layout == "in_coverage":
        sections["COVERAGE"] += sections.pop("EXCLUSIONS")
        order.remove("EXCLUSIONS")
    if doc.hidden:
        sections[doc.hidden] = sections[doc.hidden] + [("HIDDEN", group) for group in product["hidden"]]
    for code, host in doc.merge.items():
        sections[host] += sections.pop(code)
        order.remove(code)
    if doc.combine:
        first, second = doc.combine
        sections[first] += sections.pop(second)
        order.remove(second)
        assert second == "PREMIUM"
        headings[first] = f"{headings[first][:4]}和保险费"  # 保险金额和保险费, 责任限额和保险费
    return [(code, headings[code], sections[code]) for code in order if sections[code]]


def build_paragraphs(doc: Doc, product: dict, number: int) -> list:
    blocks: list = [
        Para("title", doc.company, Fmt(pstyle="ClauseTitle")),
        Para("title", product["name"], Fmt(pstyle="ClauseTitle")),
        Para("body", f"注册号：H{number:02d}2026120800{number * 7 % 100:02d}", Fmt()),
    ]
    article = 0
    excl_index = 0

    def excl_fmt(is_item: bool, hidden: bool) -> Fmt:
        nonlocal excl_index
        if hidden and doc.hidden_fmt is not None:
            fmt = doc.hidden_fmt
        elif excl_index in doc.overrides:
            fmt = doc.overrides[excl_index]
        elif is_item and doc.item is not None:
            fmt = doc.item
        else:
            fmt = doc.excl
        excl_index += 1
        return fmt

    for sec_no, (code, heading, arts) in enumerate(layout_sections(doc, product), start=1):
        if doc.heads != "inline":
            head_fmt = Fmt(pstyle=doc.head_pstyle)
            if code == "EXCLUSIONS" and doc.excl_head is not None:
                head_fmt = doc.excl_head
            blocks.append(Para("heading", numbered_heading(doc, sec_no, heading), head_fmt))
        for art_no, art in enumerate(arts, start=1):
            article += 1
            label = f"第{cn_num(article)}条　" if doc.arts == "article" else f"{sec_no}.{art_no}　"
            if doc.heads == "inline" and art_no == 1:
                label = label.rstrip("　") + f"【{heading}】"
            body_fmt = doc.duty_fmt if (code == "INSURER_DUTY" and doc.duty_fmt) else doc.body
            if isinstance(art, str):
                blocks.append(Para("body", label + art, body_fmt))
                continue
            kind, group = art if art[0] in ("DEF", "HIDDEN") else ("EXCL", art)
            if kind == "DEF":
                blocks.append(Para("body", label + DEF_LEAD, body_fmt))
                for i, item in enumerate(group, start=1):
                    blocks.append(Para("body", item_label(doc, i) + item, body_fmt))
                continue
            hidden = kind == "HIDDEN"
            lead, items = group
            blocks.append(Para("excl", label + lead, excl_fmt(False, hidden)))
            if doc.layout == "table" and items:
                rows = []
                fmts = []
                for i, item in enumerate(items, start=1):
                    rows.append((str(i), item))
                    fmts.append(excl_fmt(True, hidden))
                assert len({id(f) for f in fmts}) == 1
                blocks.append(Table(rows, doc.cell or Fmt(), fmts[0]))
                continue
            for i, item in enumerate(items, start=1):
                if doc.layout == "numbered" and not hidden:
                    blocks.append(Para("excl", item, excl_fmt(True, hidden), num=True))
                else:
                    blocks.append(Para("excl", item_label(doc, i) + item, excl_fmt(True, hidden)))
    return blocks


def split_runs(text: str, rng: random.Random, lo: int, hi: int) -> list[str]:
    n = min(rng.randint(lo, hi), max(1, len(text) // 6))
    if n <= 1:
        return [text]
    cuts = sorted(rng.sample(range(2, len(text) - 1), n - 1))
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text: str, fmt: Fmt, rpr: str) -> str:
    rstyle = f'<w:rStyle w:val="{fmt.rstyle}"/>' if fmt.rstyle else ""
    props = rstyle + rpr
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def runs_xml(text: str, fmt: Fmt, rng: random.Random, lo: int, hi: int) -> str:
    out = []
    for i, piece in enumerate(split_runs(text, rng, lo, hi)):
        rpr = fmt.alt_rpr if (fmt.alt_rpr is not None and i % 2 == 1) else fmt.rpr
        out.append(run_xml(piece, fmt, rpr))
    return "".join(out)


def para_xml(p: Para, rng: random.Random, num_id: int | None) -> str:
    ppr = ""
    if p.fmt.pstyle:
        ppr += f'<w:pStyle w:val="{p.fmt.pstyle}"/>'
    if p.num and num_id is not None:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
    if p.fmt.mark:
        ppr += f"<w:rPr>{p.fmt.mark}</w:rPr>"
    lo, hi = (2, 4) if p.role == "excl" else (1, 3)
    body = runs_xml(p.text, p.fmt, rng, lo, hi)
    return f"<w:p {NSDECL}>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{body}</w:p>"


def table_xml(t: Table, rng: random.Random, shaded: bool) -> str:
    shd = '<w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/>' if shaded else ""
    rows = []
    for number, text in t.rows:
        cells = []
        for width, content, fmt, lo, hi in ((800, number, t.num_fmt, 1, 1), (7500, text, t.text_fmt, 2, 3)):
            cells.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>'
                f"<w:p>{runs_xml(content, fmt, rng, lo, hi)}</w:p></w:tc>"
            )
        rows.append("<w:tr>" + "".join(cells) + "</w:tr>")
    return (
        f'<w:tbl {NSDECL}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="8300" w:type="dxa"/>'
        '<w:tblLook w:val="04A0" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" '
        'w:noVBand="1"/></w:tblPr><w:tblGrid><w:gridCol w:w="800"/><w:gridCol w:w="7500"/></w:tblGrid>'
        + "".join(rows)
        + "</w:tbl>"
    )


def set_sizes(document, doc: Doc) -> None:
    styles = document.styles.element
    w = f"{{{W_NS}}}"
    rpr_default = styles.find(f"{w}docDefaults/{w}rPrDefault/{w}rPr")
    rpr_default.find(f"{w}sz").set(f"{w}val", str(doc.dd_sz))
    rpr_default.find(f"{w}szCs").set(f"{w}val", str(doc.dd_sz))
    rpr_default.find(f"{w}lang").set(f"{w}eastAsia", "zh-CN")
    if doc.normal_sz is not None:
        normal = next(s for s in styles.findall(f"{w}style") if s.get(f"{w}styleId") == "Normal")
        normal.append(parse_xml(f'<w:rPr {NSDECL}>{sz(doc.normal_sz)}<w:szCs w:val="{doc.normal_sz}"/></w:rPr>'))
    body = doc.normal_sz or doc.dd_sz
    for xml in [title_style(max(32, body + 8)), head_style(max(24, body + 4)), *doc.styles]:
        styles.append(parse_xml(xml))


def add_numbering(document, lvl_rpr: str) -> int:
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {NSDECL} w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr>'
        f"<w:rPr>{lvl_rpr}</w:rPr></w:lvl></w:abstractNum>"
    )
    first_num = numbering.find(f"{{{W_NS}}}num")
    first_num.addprevious(abstract)
    numbering.append(parse_xml(f'<w:num {NSDECL} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


def drop_part(document, reltype_suffix: str) -> None:
    for part in (document.part, document.part.package):
        for rid, rel in list(part.rels.items()):
            if rel.reltype.endswith(reltype_suffix):
                del part.rels[rid]


def build_docx(doc: Doc, number: int) -> bytes:
    product = PRODUCTS[doc.key]
    document = docx.Document()
    drop_part(document, "/stylesWithEffects")
    drop_part(document, "/thumbnail")
    set_sizes(document, doc)
    num_id = add_numbering(document, doc.numbering) if doc.layout == "numbered" else None
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    sect = body[-1]
    rng = random.Random(f"s9-fresh-c/{number}")
    for block in build_paragraphs(doc, product, number):
        if isinstance(block, Table):
            xml = table_xml(block, rng, shaded=not doc.emphasized)
        else:
            xml = para_xml(block, rng, num_id)
        sect.addprevious(parse_xml(xml))
    props = document.core_properties
    props.author = "条款管理部"
    props.last_modified_by = "条款管理部"
    props.title = product["name"]
    props.subject = ""
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.revision = 1
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    raw = io.BytesIO()
    document.save(raw)
    return normalise_zip(raw.getvalue())


def normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def assignment() -> list[tuple[str, Doc]]:
    """File names are shuffled so that the number says nothing about the label."""
    order = list(range(len(DOCS)))
    random.Random(20261208).shuffle(order)
    return [(f"clause_1208_{slot + 1:02d}.docx", DOCS[i]) for slot, i in enumerate(order)]


def label(file: str, doc: Doc) -> dict:
    missing = [c for c in CODES if c in doc.missing]
    return {
        "file": file,
        "exclusions_emphasized": doc.emphasized,
        "sections_present": [c for c in CODES if c not in doc.missing],
        "sections_missing": missing,
    }


def main(out: Path = HERE) -> None:
    lines = []
    for number, (file, doc) in enumerate(assignment(), start=1):
        (out / file).write_bytes(build_docx(doc, number))
        lines.append(json.dumps(label(file, doc), ensure_ascii=False))
    (out / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} documents and labels.jsonl to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)

"""Build the 2026-12-09 disclosure set (author: helper s10-fresh-c) with python-docx.

The clause texts are hand-written in `src/disclosure_clauses.txt` (line kinds explained at its top). This script
gives every document its own styles part, numbering part and run properties (python-docx has no API for docDefaults,
basedOn chains, numbering definitions, complex-script or paragraph-mark properties, so those are written as XML),
and writes `disclosure/dc1209-NN.docx` plus `disclosure/labels.jsonl`. The labels are the author's judgment, declared
below per document; `validate_disclosure.py` recomputes them from the XML with the standard library only.

Output is byte-identical from run to run: fixed core properties, fixed zip timestamps and member order.

    python build_disclosure.py            # (re)write the set
    python build_disclosure.py --out DIR  # write it elsewhere (validate_disclosure.py --rebuild uses this)

Needs python-docx (in the project's dev virtualenv).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import re
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml
from validate_disclosure import CODES

HERE = Path(__file__).resolve().parent
SRC = HERE / "src" / "disclosure_clauses.txt"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FIXED_TIME = (2026, 12, 9, 9, 0, 0)
AUTHOR = "s10-fresh-c"
FONTS = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>'

# ----------------------------------------------------------------------------------------------------------------
# Styles


def style(
    kind: str,
    sid: str,
    name: str,
    *,
    based: str | None = None,
    ppr: str = "",
    rpr: str = "",
    default: bool = False,
) -> str:
    attrs = f'w:type="{kind}" w:styleId="{sid}"' + (' w:default="1"' if default else "")
    custom = "" if default or sid.startswith("Heading") else ' w:customStyle="1"'
    body = f'<w:name w:val="{name}"/>'
    if based:
        body += f'<w:basedOn w:val="{based}"/>'
    if kind == "paragraph" and not default:
        body += "<w:qFormat/>"
    if ppr:
        body += f"<w:pPr>{ppr}</w:pPr>"
    if rpr:
        body += f"<w:rPr>{rpr}</w:rPr>"
    return f"<w:style {attrs}{custom}>{body}</w:style>"


def base_styles(normal_rpr: str = "") -> list[str]:
    return [
        style("paragraph", "Normal", "Normal", default=True, rpr=normal_rpr),
        style("character", "DefaultParagraphFont", "Default Paragraph Font", default=True),
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>",
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>',
    ]


TITLE = style(
    "paragraph", "ClauseTitle", "条款标题", based="Normal", ppr='<w:jc w:val="center"/>', rpr='<w:b/><w:sz w:val="32"/>'
)
CENTER = '<w:jc w:val="center"/>'
INDENT = '<w:ind w:firstLine="420"/>'


def profile(*, normal_rpr: str = "", extra: list[str] | None = None, **kw: Any) -> dict[str, Any]:
    """A document's look: its styles (the base set, the title style, `extra`), paragraph style and run properties
    per line kind, paragraph-mark properties, numbering and table-cell shading."""
    p: dict[str, Any] = {
        "defaults": FONTS + '<w:sz w:val="21"/>',
        "styles": [*base_styles(normal_rpr), TITLE, *(extra or [])],
        "p": {},
        "r": {},
        "pmark": {},
        "num": None,
        "cell_shd": None,
    }
    p.update(kw)
    p["p"] = {"T": "ClauseTitle", **p["p"]}
    return p


PROFILES: dict[str, dict[str, Any]] = {}

# d01 motor: direct <w:b/> on every exclusion run; headings through a Heading1 -> 标题基础 chain.
PROFILES["d01"] = profile(
    extra=[
        style("paragraph", "HeadingBase", "标题基础", based="Normal", rpr='<w:b/><w:sz w:val="24"/>'),
        style("paragraph", "Heading1", "heading 1", based="HeadingBase", ppr=CENTER + '<w:outlineLvl w:val="0"/>'),
    ],
    p={"H": "Heading1"},
    r={"X": "<w:b/>", "span": "<w:b/>"},
)
# d02 cargo: character style 免责强调 -> 条款强调 (bold) chain.
PROFILES["d02"] = profile(
    normal_rpr='<w:sz w:val="21"/>',
    extra=[
        style("character", "ClauseEmph", "条款强调", based="DefaultParagraphFont", rpr="<w:b/>"),
        style("character", "ExclEmph", "免责强调", based="ClauseEmph", rpr='<w:color w:val="000000"/>'),
    ],
    defaults=FONTS + '<w:sz w:val="24"/>',
    r={"H": "<w:b/>", "X": '<w:rStyle w:val="ExclEmph"/>', "span": '<w:rStyle w:val="ExclEmph"/>'},
)
# d03 engineering: paragraph style 免责条款 -> 加粗条款 (bold) -> 条款正文 -> Normal.
PROFILES["d03"] = profile(
    extra=[
        style("paragraph", "ClauseBody", "条款正文", based="Normal", ppr=INDENT),
        style("paragraph", "ClauseBold", "加粗条款", based="ClauseBody", rpr="<w:b/>"),
        style("paragraph", "ExclClause", "免责条款", based="ClauseBold", ppr='<w:spacing w:before="0" w:after="0"/>'),
        style("paragraph", "PartHeading", "条标题", based="Normal", rpr='<w:b/><w:sz w:val="24"/>'),
    ],
    p={"H": "PartHeading", "P": "ClauseBody", "X": "ExclClause"},
)
# d04 cotton: 责任免除条文 has no basedOn, so it takes docDefaults' 12 pt while Normal is 10.5 pt.
PROFILES["d04"] = profile(
    defaults=FONTS + '<w:sz w:val="24"/>',
    normal_rpr='<w:sz w:val="21"/>',
    extra=[
        style("paragraph", "ExclArticle", "责任免除条文", ppr=INDENT),
    ],
    p={"X": "ExclArticle", "H": None},
    r={"H": "<w:b/>", "span": '<w:sz w:val="24"/>'},
)
# d05 pets: underline of several kinds, set directly.
PROFILES["d05"] = profile(
    defaults=FONTS + '<w:sz w:val="20"/>',
    r={
        "H": '<w:b/><w:sz w:val="22"/>',
        "X": [
            '<w:u w:val="single"/>',
            '<w:u w:val="double"/>',
            '<w:u w:val="wave"/>',
            '<w:u w:val="dotted"/>',
            '<w:u w:val="thick"/>',
            '<w:u w:val="dash"/>',
            '<w:u w:val="dotDash"/>',
            '<w:u w:val="single"/>',
        ],
        "span": '<w:u w:val="words"/>',
    },
)
# d06 travel: exclusion items numbered by Word in a bold list style; run-in 【】 labels.
PROFILES["d06"] = profile(
    extra=[
        style(
            "paragraph",
            "ExclList",
            "免责列表",
            based="Normal",
            ppr='<w:ind w:left="420" w:hanging="420"/>',
            rpr="<w:b/>",
        ),
    ],
    p={"N": "ExclList"},
    r={"label": "<w:b/>", "RX": "<w:b/>", "span": "<w:b/>"},
    num={"fmt": "chineseCounting", "text": "（%1）", "rpr": ""},
)
# d07 inpatient: exclusions in a table, bold through a character style; hidden waiting-period clause too.
PROFILES["d07"] = profile(
    defaults=FONTS + '<w:sz w:val="24"/>',
    normal_rpr='<w:sz w:val="21"/>',
    extra=[
        style("character", "TableEmph", "表内强调", based="DefaultParagraphFont", rpr="<w:b/>"),
        style("paragraph", "ArticleHeading", "条文标题", based="Normal", rpr="<w:b/>"),
    ],
    p={"H": "ArticleHeading"},
    r={"X": "<w:b/>", "span": '<w:rStyle w:val="TableEmph"/>'},
)
# d08 public liability: every clause carries one of bold, underline or a larger size, mixed.
PROFILES["d08"] = profile(
    extra=[
        style("paragraph", "SectionHeading", "节标题", based="Normal", ppr=CENTER, rpr='<w:b/><w:sz w:val="24"/>'),
    ],
    p={"H": "SectionHeading"},
    r={
        "X": [
            "<w:b/>",
            '<w:u w:val="single"/>',
            "<w:b/>",
            '<w:sz w:val="24"/>',
            '<w:u w:val="double"/>',
            '<w:b/><w:u w:val="single"/>',
            '<w:sz w:val="24"/><w:szCs w:val="24"/>',
            "<w:b/><w:bCs/>",
        ]
    },
)
# d09 home contents: underline through a character style chain 条款下划 -> 下划基础; docDefaults carry no size.
PROFILES["d09"] = profile(
    defaults=FONTS,
    normal_rpr='<w:sz w:val="24"/>',
    extra=[
        style("character", "UlineBase", "下划基础", based="DefaultParagraphFont", rpr='<w:u w:val="single"/>'),
        style("character", "ClauseUline", "条款下划", based="UlineBase", rpr='<w:spacing w:val="4"/>'),
    ],
    r={
        "H": '<w:b/><w:sz w:val="28"/>',
        "X": '<w:rStyle w:val="ClauseUline"/>',
        "span": '<w:rStyle w:val="ClauseUline"/>',
    },
)
# d10 employer's liability: run-in labels; bold by paragraph style and by <w:b w:val="on|true"/>; plain runs carry an
# explicit <w:b w:val="0"/>.
PROFILES["d10"] = profile(
    extra=[style("paragraph", "Excl", "免责", based="Normal", ppr=INDENT, rpr="<w:b/>")],
    p={"X": "Excl"},
    r={"P": '<w:b w:val="0"/>', "label": "<w:b/>", "RX": '<w:b w:val="on"/>', "span": '<w:b w:val="true"/>', "X": ""},
)
# d11 phone: exclusions 12 pt (direct), italic and dark red, body 10 pt from Normal.
PROFILES["d11"] = profile(
    defaults=FONTS + '<w:sz w:val="21"/>',
    normal_rpr='<w:sz w:val="20"/>',
    r={"H": '<w:b/><w:sz w:val="28"/>', "X": '<w:i/><w:color w:val="C00000"/><w:sz w:val="24"/>'},
)
# d12 ewes: bold only in the derived style 免责条款重点 (base 免责条款 is plain); items numbered by Word.
PROFILES["d12"] = profile(
    extra=[
        style("paragraph", "ExclPlain", "免责条款", based="Normal", ppr='<w:ind w:left="420"/>'),
        style("paragraph", "ExclKey", "免责条款重点", based="ExclPlain", rpr="<w:b/>"),
    ],
    p={"X": "ExclKey", "N": "ExclKey"},
    r={"H": "<w:b/>", "span": "<w:b/><w:bCs/>"},
    num={"fmt": "decimal", "text": "%1.", "rpr": ""},
)
# d13 product liability: exclusions red only.
PROFILES["d13"] = profile(
    r={"H": '<w:b/><w:sz w:val="24"/>', "X": '<w:color w:val="FF0000"/>'},
)
# d14 flight delay: exclusions in a table, highlighted and shaded only.
PROFILES["d14"] = profile(
    r={
        "H": "<w:b/>",
        "Z": '<w:highlight w:val="yellow"/>',
        "span": '<w:highlight w:val="yellow"/><w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/>',
    },
    cell_shd="D9D9D9",
)
# d15 forest fire: exclusions italic in 黑体, same size, not bold.
PROFILES["d15"] = profile(
    extra=[
        style("paragraph", "ChapterHeading", "章标题", based="Normal", ppr=CENTER, rpr='<w:b/><w:sz w:val="24"/>'),
    ],
    p={"H": "ChapterHeading"},
    r={"X": '<w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:i/>'},
)
# d16 e-bike liability: complex-script-only bold, italic and size on Chinese text.
PROFILES["d16"] = profile(
    r={"H": "<w:b/><w:bCs/>", "X": '<w:bCs/><w:iCs/><w:szCs w:val="28"/>'},
)
# d17 food safety: bold, underline and size only on the paragraph marks of the exclusion paragraphs.
PROFILES["d17"] = profile(
    r={"H": "<w:b/>"},
    pmark={"X": '<w:b/><w:sz w:val="28"/><w:u w:val="single"/>'},
)
# d18 account fraud: character style 免责字符 is based on the bold 强调字符 but turns bold off.
PROFILES["d18"] = profile(
    extra=[
        style("character", "Strong1", "强调字符", based="DefaultParagraphFont", rpr="<w:b/>"),
        style("character", "ExclChar", "免责字符", based="Strong1", rpr='<w:b w:val="0"/><w:color w:val="1F3864"/>'),
    ],
    r={"H": '<w:rStyle w:val="Strong1"/>', "X": '<w:rStyle w:val="ExclChar"/>'},
)
# d19 critical illness: bold paragraph style, bold turned off directly on the items.
PROFILES["d19"] = profile(
    extra=[style("paragraph", "Excl", "免责条款", based="Normal", ppr=INDENT, rpr="<w:b/>")],
    p={"X": "Excl", "Z": "Excl"},
    r={"H": "<w:b/>", "Z": '<w:b w:val="0"/>'},
)
# d20 commercial property: every item bold except one inserted later.
PROFILES["d20"] = profile(
    r={"H": '<w:b/><w:sz w:val="24"/>', "X": "<w:b/>"},
)
# d21 construction workers: exclusion section bold, exclusions in the claims articles left plain.
PROFILES["d21"] = profile(
    r={"H": "<w:b/>", "X": "<w:b/>"},
)
# d22 school liability: body 12 pt dominant, exclusions 12 pt (larger than the 10.5 pt notice only).
PROFILES["d22"] = profile(
    defaults=FONTS + '<w:sz w:val="21"/>',
    normal_rpr='<w:sz w:val="24"/>',
    extra=[
        style("paragraph", "Notice", "投保须知", based="Normal", rpr='<w:sz w:val="21"/>'),
        style("paragraph", "Excl", "免责", based="Normal", ppr=INDENT, rpr='<w:sz w:val="24"/><w:szCs w:val="24"/>'),
    ],
    p={"S": "Notice", "X": "Excl"},
    r={"H": '<w:b/><w:sz w:val="28"/>'},
)
# d23 greenhouses: bold, underlined numbering labels; item text with an explicit <w:u w:val="none"/>.
PROFILES["d23"] = profile(
    r={"H": "<w:b/>", "N": '<w:u w:val="none"/>'},
    num={"fmt": "chineseCounting", "text": "（%1）", "rpr": '<w:b/><w:u w:val="single"/>'},
)
# d24 carrier's liability: emphasis dots (着重号) only.
PROFILES["d24"] = profile(
    r={"H": "<w:b/>", "X": '<w:em w:val="dot"/>'},
)

# ----------------------------------------------------------------------------------------------------------------
# Labels (the author's judgment) and what the README table says.

DOCS: dict[str, dict[str, Any]] = {
    "d01": {
        "product": "机动车损失保险",
        "emph": True,
        "missing": [],
        "how": "direct <w:b/> on every exclusion run, also a hidden exclusion in 赔偿处理",
    },
    "d02": {
        "product": "国内水路、陆路货物运输保险",
        "emph": True,
        "missing": ["DEFINITIONS"],
        "how": "character style 免责强调 based on bold 条款强调; 责任起讫 as the period heading",
    },
    "d03": {
        "product": "建筑工程一切险",
        "emph": True,
        "missing": ["PREMIUM"],
        "how": "paragraph style 免责条款 → 加粗条款 (bold) → 条款正文 → Normal; exclusions in three parts",
    },
    "d04": {
        "product": "棉花种植保险（政策性）",
        "emph": True,
        "missing": ["DEFINITIONS"],
        "how": "size: exclusion style without basedOn takes docDefaults 12 pt, body (Normal) 10.5 pt; hidden span 12 pt direct",
    },
    "d05": {
        "product": "犬猫宠物医疗费用保险",
        "emph": True,
        "missing": ["DISPUTES"],
        "how": "direct underline of seven kinds (single, double, wave, dotted, thick, dash, dotDash), hidden span u=words",
    },
    "d06": {
        "product": "境内旅行意外伤害保险",
        "emph": True,
        "missing": ["PREMIUM", "DEFINITIONS"],
        "how": "Word numbering (numPr) in a bold list style; run-in 第X条【】 labels; lead-in and hidden deductible direct bold",
    },
    "d07": {
        "product": "个人住院医疗保险（一年期）",
        "emph": True,
        "missing": [],
        "how": "exclusions in a table, bold via character style; hidden waiting-period exclusion bold",
    },
    "d08": {
        "product": "公众责任保险",
        "emph": True,
        "missing": ["PERIOD"],
        "how": "mixed per clause: bold, underline single/double, 12 pt over 10.5 pt body",
    },
    "d09": {
        "product": "家庭财产综合保险",
        "emph": True,
        "missing": [],
        "how": "underline through character style chain 条款下划 → 下划基础; Normal 12 pt, docDefaults without size",
    },
    "d10": {
        "product": "雇主责任保险",
        "emph": True,
        "missing": ["DEFINITIONS"],
        "how": "run-in labels; bold by paragraph style and by w:val=on/true; plain runs carry explicit b=0",
    },
    "d11": {
        "product": "手机意外损坏保险",
        "emph": True,
        "missing": ["DISPUTES", "DEFINITIONS"],
        "how": "12 pt (direct) over 10 pt body, plus italic and colour",
    },
    "d12": {
        "product": "能繁母羊养殖保险（政策性）",
        "emph": True,
        "missing": [],
        "how": "bold only in derived paragraph style 免责条款重点 (base plain); Word numbering; hidden exclusions direct b+bCs",
    },
    "d13": {"product": "产品责任保险", "emph": False, "missing": ["DEFINITIONS"], "how": "red colour only"},
    "d14": {
        "product": "航班延误保险",
        "emph": False,
        "missing": ["PREMIUM", "DISPUTES"],
        "how": "table with highlight and shading only",
    },
    "d15": {
        "product": "商品林火灾保险",
        "emph": False,
        "missing": ["DEFINITIONS"],
        "how": "italic 黑体, same size, not bold",
    },
    "d16": {
        "product": "电动自行车第三者责任保险",
        "emph": False,
        "missing": [],
        "how": "complex-script only: bCs, iCs, szCs 14 pt on Chinese text",
    },
    "d17": {
        "product": "食品安全责任保险",
        "emph": False,
        "missing": ["PERIOD"],
        "how": "bold/underline/14 pt on the paragraph marks only; 争议 in 其他事项 without heading",
    },
    "d18": {
        "product": "个人账户资金损失保险",
        "emph": False,
        "missing": ["CLAIMS", "DEFINITIONS"],
        "how": "character style 免责字符 based on bold 强调字符 turns bold off (b=0)",
    },
    "d19": {
        "product": "一年期重大疾病保险",
        "emph": False,
        "missing": [],
        "how": "bold paragraph style, bold turned off directly (b=0) on every item; lead-in bold",
    },
    "d20": {
        "product": "企业财产综合险",
        "emph": False,
        "missing": [],
        "how": "direct bold on every clause but one (item 七 plain)",
    },
    "d21": {
        "product": "建筑施工人员团体意外伤害保险",
        "emph": False,
        "missing": ["SUM_INSURED"],
        "how": "exclusion section bold; two exclusions in 保险金申请与给付 plain",
    },
    "d22": {
        "product": "校方责任保险",
        "emph": False,
        "missing": ["PERIOD", "DEFINITIONS"],
        "how": "exclusions 12 pt = dominant body 12 pt (only the 10.5 pt notice is smaller)",
    },
    "d23": {
        "product": "日光温室大棚保险（政策性）",
        "emph": False,
        "missing": [],
        "how": "numbering labels bold+underlined, item text u=none; lead-in plain",
    },
    "d24": {
        "product": "道路货物运输承运人责任保险",
        "emph": False,
        "missing": ["INSURED_SCOPE", "PREMIUM", "DEFINITIONS"],
        "how": "emphasis dots (着重号, w:em) only",
    },
}


def file_names() -> dict[str, str]:
    ids = sorted(DOCS)
    order = list(range(1, len(ids) + 1))
    random.Random(20261209).shuffle(order)
    return {d: f"dc1209-{n:02d}.docx" for d, n in zip(ids, order, strict=False)}


# ----------------------------------------------------------------------------------------------------------------
# Source parsing

SPAN = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")


def read_source() -> dict[str, list[tuple[str, list[str]]]]:
    docs: dict[str, list[tuple[str, list[str]]]] = {}
    cur: list[tuple[str, list[str]]] | None = None
    for raw in SRC.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=== "):
            cur = docs.setdefault(line[4:].strip(), [])
            continue
        assert cur is not None, line
        kind, *parts = line.split("|")
        cur.append((kind, parts))
    return docs


def segments(text: str) -> list[tuple[str, str]]:
    """Split marked text into (role, text): role P plain, span exclusion, plainspan exclusion left plain."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in SPAN.finditer(text):
        if m.start() > pos:
            out.append(("P", text[pos : m.start()]))
        out.append(("span", m.group(1)) if m.group(1) is not None else ("plainspan", m.group(2)))
        pos = m.end()
    if pos < len(text):
        out.append(("P", text[pos:]))
    return out


def marked_exclusions(doc_id: str) -> list[str]:
    """Texts the source marks as exclusion clauses (for checking the validator's text rules)."""
    found: list[str] = []
    for kind, parts in read_source()[doc_id]:
        if kind in ("X", "Z", "N"):
            found.append(parts[0])
        elif kind == "RX":
            found.append(parts[1])
        else:
            for p in parts:
                found += [t for role, t in segments(p) if role in ("span", "plainspan")]
    return found


# ----------------------------------------------------------------------------------------------------------------
# Document building


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text: str, rpr: str) -> str:
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r {W_NS}>{props}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def pick(value: Any, index: int) -> str:
    if isinstance(value, list):
        return str(value[index % len(value)])
    return str(value or "")


def set_paragraph(par: Any, pstyle: str | None, ppr_extra: str = "", pmark: str = "") -> None:
    xml = ""
    if pstyle:
        xml += f'<w:pStyle w:val="{pstyle}"/>'
    xml += ppr_extra
    if pmark:
        xml += f"<w:rPr>{pmark}</w:rPr>"
    if xml:
        par._p.insert(0, parse_xml(f"<w:pPr {W_NS}>{xml}</w:pPr>"))


def add_runs(par: Any, text: str, prof: dict[str, Any], base_role: str, index: int) -> None:
    for role, chunk in segments(text):
        if role == "P":
            rpr = pick(prof["r"].get(base_role), index)
        elif role == "span":
            rpr = pick(prof["r"].get("span", prof["r"].get("X")), index)
        else:
            rpr = pick(prof["r"].get("plainspan", prof["r"].get("P")), index)
        par._p.append(parse_xml(run_xml(chunk, rpr)))


def styles_xml(prof: dict[str, Any]) -> str:
    return (
        f"<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr>{prof['defaults']}</w:rPr></w:rPrDefault>"
        '<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>" + "".join(prof["styles"]) + "</w:styles>"
    )


def numbering_xml(prof: dict[str, Any]) -> str:
    num = prof["num"]
    if not num:
        return f"<w:numbering {W_NS}/>"
    rpr = f"<w:rPr>{num['rpr']}</w:rPr>" if num["rpr"] else ""
    return (
        f'<w:numbering {W_NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{num["fmt"]}"/>'
        f'<w:lvlText w:val="{num["text"]}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr>{rpr}</w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


def replace_part(part: Any, xml: str) -> None:
    new = parse_xml(xml)
    old = part.element
    for child in list(old):
        old.remove(child)
    for child in list(new):
        old.append(child)


def build_one(doc_id: str, lines: list[tuple[str, list[str]]]) -> bytes:
    prof = PROFILES[doc_id]
    d = docx.Document()
    body = d.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    replace_part(d.part._styles_part, styles_xml(prof))
    replace_part(d.part.numbering_part, numbering_xml(prof))
    for rel in list(d.part.rels.values()):
        if rel.reltype.endswith("/stylesWithEffects"):
            d.part.drop_rel(rel.rId)
    counters: dict[str, int] = {}
    table_rows: list[list[str]] = []

    def flush_table() -> None:
        if not table_rows:
            return
        tbl = d.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        tbl.style = d.styles["Table Grid"]
        for r, cells in enumerate(table_rows):
            for c, text in enumerate(cells):
                cell = tbl.cell(r, c)
                par = cell.paragraphs[0]
                add_runs(par, text, prof, "P", r)
                if prof["cell_shd"] and r > 0:
                    tcpr = cell._tc.get_or_add_tcPr()
                    tcpr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{prof["cell_shd"]}"/>'))
        table_rows.clear()

    for kind, parts in lines:
        if kind == "C":
            table_rows.append(parts)
            continue
        flush_table()
        index = counters.get(kind, 0)
        counters[kind] = index + 1
        par = d.add_paragraph()
        ppr_extra = ""
        if kind in ("N", "B"):
            ppr_extra = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        pstyle = prof["p"].get(kind, "ClauseTitle" if kind == "T" else None)
        set_paragraph(par, pstyle, ppr_extra, prof["pmark"].get(kind, ""))
        if kind in ("R", "RX"):
            par._p.append(parse_xml(run_xml(parts[0], pick(prof["r"].get("label"), index))))
            add_runs(par, parts[1], prof, "RX" if kind == "RX" else "P", index)
        else:
            add_runs(par, parts[0], prof, kind if kind not in ("M",) else "P", index)
    flush_table()

    cp = d.core_properties
    fixed = dt.datetime(*FIXED_TIME, tzinfo=dt.UTC)
    core = {"author": AUTHOR, "last_modified_by": AUTHOR, "title": lines[1][1][0], "comments": ""}
    for attr, value in {**core, "revision": 1, "created": fixed, "modified": fixed}.items():
        setattr(cp, attr, value)
    return save_fixed(d)


def save_fixed(document: Any) -> bytes:
    """Save, then rewrite the zip with fixed timestamps and attributes: the bytes depend on the content only."""
    raw, out = io.BytesIO(), io.BytesIO()
    document.save(raw)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type, info.create_system, info.external_attr = zipfile.ZIP_DEFLATED, 3, 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def labels(doc_id: str, name: str) -> dict[str, Any]:
    missing = DOCS[doc_id]["missing"]
    return {
        "file": name,
        "exclusions_emphasized": DOCS[doc_id]["emph"],
        "sections_present": [c for c in CODES if c not in missing],
        "sections_missing": [c for c in CODES if c in missing],
    }


def build(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    source = read_source()
    assert sorted(source) == sorted(DOCS) == sorted(PROFILES), "source, labels and profiles must match"
    names = file_names()
    rows = []
    for doc_id in sorted(DOCS, key=lambda k: names[k]):
        (out_dir / names[doc_id]).write_bytes(build_one(doc_id, source[doc_id]))
        rows.append(labels(doc_id, names[doc_id]))
    with (out_dir / "labels.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE / "disclosure")
    args = ap.parse_args()
    build(args.out)
    print(f"wrote {len(DOCS)} documents and labels.jsonl to {args.out}")


if __name__ == "__main__":
    main()

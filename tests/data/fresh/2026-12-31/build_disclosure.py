"""Build the blind 2026-12-31 clause documents (disclosure/*.docx), labels.jsonl and disclosure_manifest.json.

Every clause text below is written by hand for this set; insurers and registration numbers are invented.
python-docx builds the package and the paragraphs, runs and tables; raw WordprocessingML is written where
python-docx has no API (styles with basedOn chains, docDefaults, numbering, table styles, toggle values such
as w:val="on", complex-script properties, paragraph-mark properties).  Output is byte-identical from run to
run: fixed core properties and fixed zip timestamps.

Usage:  python build_disclosure.py            # write the files
        python build_disclosure.py --rebuild  # build into a temporary folder and compare bytes
"""

from __future__ import annotations

import datetime as dt
import filecmp
import io
import json
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_COLOR_INDEX, WD_UNDERLINE
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "disclosure"
MANIFEST = HERE / "disclosure_manifest.json"
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
SECTIONS = (
    "INSURED_SCOPE",
    "COVERAGE",
    "EXCLUSIONS",
    "SUM_INSURED",
    "PREMIUM",
    "PERIOD",
    "CLAIMS",
    "DISPUTES",
    "DEFINITIONS",
)
FIXED = dt.datetime(2026, 12, 7, 9, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (2026, 12, 7, 9, 0, 0)

Run = Any  # str, or (text, char_style_id | None, props dict)


def style(
    kind: str,
    sid: str,
    name: str,
    based: str | None = None,
    ppr: str = "",
    rpr: str = "",
    extra: str = "",
    default: bool = False,
) -> str:
    d = ' w:default="1"' if default else ""
    b = f'<w:basedOn w:val="{based}"/>' if based else ""
    p = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    r = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:style w:type="{kind}"{d} w:styleId="{sid}"><w:name w:val="{name}"/>{b}<w:qFormat/>{p}{r}{extra}</w:style>'
    )


def base_styles(normal_rpr: str = "") -> list[str]:
    return [
        style(
            "paragraph",
            "Normal",
            "Normal",
            rpr=normal_rpr,
            default=True,
            ppr='<w:spacing w:line="300" w:lineRule="auto"/><w:jc w:val="both"/>',
        ),
        style("character", "DefaultParagraphFont", "Default Paragraph Font", default=True),
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    ]


@dataclass
class Doc:
    file: str
    title: str
    emphasized: bool
    defaults_rpr: str
    styles: list[str]
    blocks: list[tuple[Any, ...]]
    numbering: str = ""
    notes: str = ""
    excl: list[str] = field(default_factory=list)
    heads: dict[str, list[str]] = field(default_factory=dict)


def P(sty: str | None, *runs: Run, ppr: str = "") -> tuple[Any, ...]:  # noqa: N802
    return ("p", sty, runs, ppr, None, None)


def X(sty: str | None, label: Run, *runs: Run, ppr: str = "") -> tuple[Any, ...]:  # noqa: N802
    """An exclusion clause: `label` (article or item number, may be "") is not part of the body."""
    body = "".join(r if isinstance(r, str) else r[0] for r in runs)
    return ("p", sty, ((label,) if label else ()) + runs, ppr, body, None)


def H(  # noqa: N802
    codes: str, sty: str | None, *runs: Run, key: str | None = None, ppr: str = "", excl: str | None = None
) -> tuple[Any, ...]:
    """A section heading (or a run-in label) that makes `codes` present; `key` is the heading text.

    `excl`: the body of an exclusion clause that runs on in the same paragraph after a run-in label."""
    text = "".join(r if isinstance(r, str) else r[0] for r in runs)
    assert excl is None or excl in text
    return ("p", sty, runs, ppr, excl, (codes.split(), key or text))


def T(tbl_style: str, rows: list[list[list[tuple[Any, ...]]]], look: str = "") -> tuple[Any, ...]:  # noqa: N802
    return ("t", tbl_style, rows, look)


def S() -> tuple[Any, ...]:  # noqa: N802
    return ("s",)


DOCS: list[Doc] = []


FONT = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/>'
LANG = '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>'


def dflt(sz: int) -> str:
    return f'{FONT}<w:kern w:val="2"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>{LANG}'


IND2 = '<w:ind w:firstLine="420"/>'
CENTER = '<w:jc w:val="center"/>'
B = {"b": True}

# ---------------------------------------------------------------- c01 机动车商业保险 (鼎信, family DX)
# Chapter headings are a numbered list (第%1章) linked to their own paragraph style; exclusion clauses use
# DX-ExclItem -> DX-ClauseEmph (bold) -> DX-Clause -> DX-Body -> Normal; the character style DX-ArtNo turns
# bold off for the article and item numbers only.
DX_NUMBERING = (
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="DX-Chapter"/>'
    '<w:suff w:val="space"/><w:lvlText w:val="第%1章"/><w:lvlJc w:val="center"/><w:rPr><w:b/></w:rPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)


def dx_styles() -> list[str]:
    return [
        *base_styles(),
        style("paragraph", "DX-Title", "DX 条款名称", "Normal", ppr=CENTER, rpr='<w:b/><w:sz w:val="32"/>'),
        style(
            "paragraph",
            "DX-Chapter",
            "DX 章标题",
            "Normal",
            ppr='<w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:before="240" w:after="120"/>'
            '<w:jc w:val="center"/><w:outlineLvl w:val="0"/>',
            rpr='<w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="28"/>',
        ),
        style("paragraph", "DX-Body", "DX 条款正文", "Normal", ppr=IND2),
        style("paragraph", "DX-Clause", "DX 条款项", "DX-Body", ppr='<w:spacing w:after="60"/>'),
        style("paragraph", "DX-ClauseEmph", "DX 提示条款", "DX-Clause", rpr="<w:b/>"),
        style("paragraph", "DX-ExclItem", "DX 免责条款项", "DX-ClauseEmph", ppr='<w:ind w:firstLine="0"/>'),
        style("character", "DX-ArtNo", "DX 条号", rpr='<w:b w:val="0"/>'),
    ]


def art(n: str) -> Run:
    return (n, "DX-ArtNo", {})


DOCS.append(
    Doc(
        file="c01_jidongche_shangye.docx",
        title="鼎信财产保险股份有限公司机动车商业保险条款（2026版）",
        emphasized=True,
        defaults_rpr=dflt(21),
        styles=dx_styles(),
        numbering=DX_NUMBERING,
        notes="Chapter numbers come from numbering; exclusions bold through a 3-level paragraph style chain; "
        "the character style DX-ArtNo (b=0) unbolds only the article/item numbers, which are not clause body.",
        blocks=[
            P("DX-Title", "鼎信财产保险股份有限公司"),
            P("DX-Title", "机动车商业保险条款（2026版）"),
            P("Normal", "注册号：C00031732312026081500127", ppr=CENTER),
            P("DX-Chapter", "总则"),
            P(
                "DX-Body",
                "第一条　本保险合同由保险条款、投保单、保险单、批单和特别约定组成。凡涉及本保险合同的约定，均应采用书面形式。",
            ),
            P(
                "DX-Body",
                "第二条　本保险合同中的被保险机动车，是指在中华人民共和国境内（不含港、澳、台地区）行驶，以动力装置驱动或者牵引，上道路行驶的供人员乘用或者用于运送物品以及进行专项作业的轮式车辆。",
            ),
            H("INSURED_SCOPE", "DX-Chapter", "保险标的与被保险人"),
            P("DX-Body", "第三条　本保险合同的保险标的为保险单载明的被保险机动车。"),
            P(
                "DX-Body",
                "第四条　本保险合同的被保险人为保险单载明的被保险机动车的所有人或者管理人。在保险期间内，经被保险人允许的合法驾驶人使用被保险机动车的，视为被保险人使用。",
            ),
            H("COVERAGE", "DX-Chapter", "保险责任"),
            P(
                "DX-Body",
                "第五条　保险期间内，被保险人或被保险机动车驾驶人在使用被保险机动车过程中，因自然灾害、意外事故造成被保险机动车直接损失的，保险人依照本保险合同的约定负责赔偿。",
            ),
            P(
                "DX-Body",
                "第六条　保险期间内，被保险机动车被盗窃、抢劫、抢夺，经出险地县级以上公安刑侦部门立案证明，满六十天未查明下落的全车损失，保险人依照本保险合同的约定负责赔偿。",
            ),
            P(
                "DX-Body",
                "第七条　发生保险事故时，被保险人为防止或者减少被保险机动车的损失所支付的必要的、合理的施救费用，由保险人承担；施救费用数额在被保险机动车损失赔偿金额以外另行计算，最高不超过保险金额。",
            ),
            H("EXCLUSIONS", "DX-Chapter", "责任免除"),
            X(
                "DX-ExclItem",
                art("第八条　"),
                "在上述保险责任范围内，下列情况下，不论任何原因造成被保险机动车的任何损失和费用，保险人均不负责赔偿：",
            ),
            X(
                "DX-ExclItem",
                art("（一）"),
                "事故发生后，被保险人或驾驶人在未依法采取措施的情况下驾驶被保险机动车或者遗弃被保险机动车离开事故现场；",
            ),
            X("DX-ExclItem", art("（二）"), "驾驶人饮酒、吸食或注射毒品、服用国家管制的精神药品或者麻醉药品；"),
            X(
                "DX-ExclItem",
                art("（三）"),
                "驾驶人无驾驶证，驾驶证被依法扣留、暂扣、吊销、注销期间，或者驾驶与驾驶证载明的准驾车型不相符合的机动车；",
            ),
            X(
                "DX-ExclItem",
                art("（四）"),
                "被保险机动车被转让、改装、加装或改变使用性质等，导致被保险机动车危险程度显著增加，且未及时通知保险人。",
            ),
            X(
                "DX-ExclItem",
                art("第九条　"),
                "下列损失和费用，保险人不负责赔偿：因市场价格变动造成的贬值、修理后因价值降低引起的减值损失；自然磨损、朽蚀、腐蚀、故障、本身质量缺陷；投保人、被保险人或驾驶人故意造成的损失。",
            ),
            H("SUM_INSURED", "DX-Chapter", "保险金额"),
            P(
                "DX-Body",
                "第十条　保险金额按投保时被保险机动车的实际价值确定。实际价值由投保人与保险人根据投保时的新车购置价减去折旧金额后的价格协商确定。",
            ),
            H("PERIOD", "DX-Chapter", "保险期间"),
            P("DX-Body", "第十一条　除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。"),
            H("PREMIUM", "DX-Chapter", "保险费"),
            P(
                "DX-Body",
                "第十二条　保险费按照保险人向监管机构报备的费率方案计算，投保人应当在保险合同成立时一次交清，另有约定的除外。",
            ),
            H("CLAIMS", "DX-Chapter", "赔偿处理"),
            P(
                "DX-Body",
                "第十三条　发生保险事故时，被保险人或驾驶人应当及时采取合理的、必要的施救和保护措施，并在保险事故发生后四十八小时内通知保险人。",
            ),
            P(
                "DX-Body",
                "第十四条　被保险人索赔时，应当向保险人提供与确认保险事故的性质、原因、损失程度等有关的证明和资料。保险人收到上述资料后，在五个工作日内作出核定。",
            ),
            H("DISPUTES", "DX-Chapter", "争议处理"),
            P(
                "DX-Body",
                "第十五条　因履行本保险合同发生的争议，由当事人协商解决。协商不成的，提交保险单载明的仲裁机构仲裁；保险单未载明仲裁机构且争议发生后未达成仲裁协议的，依法向人民法院起诉。",
            ),
            H("DEFINITIONS", "DX-Chapter", "释义"),
            P("DX-Body", "第十六条　【使用性质】指被保险机动车用于家庭自用、非营业或者营业的用途。"),
            P(
                "DX-Body",
                "第十七条　【自然灾害】指雷击、暴风、暴雨、洪水、龙卷风、冰雹、台风、热带风暴、地陷、崖崩、滑坡、泥石流、雪崩、冰陷、暴雪、冰凌、沙尘暴、地震及其次生灾害。",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c02 家庭财产保险 (鼎信, family DX)
# Same template family, chapter numbers typed; DX-ArtNo also used inside one clause's body (the phrase the
# drafter wanted "less loud"), so that clause body is not all bold.
DOCS.append(
    Doc(
        file="c02_jiacai.docx",
        title="鼎信财产保险股份有限公司家庭财产综合保险条款",
        emphasized=False,
        defaults_rpr=dflt(21),
        styles=[s.replace('<w:numPr><w:numId w:val="1"/></w:numPr>', "") for s in dx_styles()],
        notes="Exclusions in DX-ExclItem (bold via the chain); in clause （三） the character style DX-ArtNo (b=0) "
        "is applied to part of the body text, so that body is not entirely bold.",
        blocks=[
            P("DX-Title", "鼎信财产保险股份有限公司家庭财产综合保险条款"),
            P("Normal", "注册号：C00031733312026092200318", ppr=CENTER),
            H("INSURED_SCOPE", "DX-Chapter", "第一章　保险标的", key="保险标的"),
            P(
                "DX-Body",
                "第一条　被保险人所有、使用或保管的坐落于保险单载明地址内的下列家庭财产，可作为本保险合同的保险标的：房屋及其室内附属设备；室内装潢；室内财产，包括家用电器、文体娱乐用品、衣物和床上用品、家具。",
            ),
            P(
                "DX-Body",
                "第二条　投保人或被保险人应当在投保时如实列明前款财产的坐落地址及房屋结构，保险人据此确定费率等级。",
            ),
            H("COVERAGE", "DX-Chapter", "第二章　保险责任", key="保险责任"),
            P(
                "DX-Body",
                "第三条　在保险期间内，由于火灾、爆炸，雷击、台风、龙卷风、暴风、暴雨、洪水、冰雹、雪灾、崖崩、冰凌、突发性滑坡、泥石流和地面突然下陷，飞行物体及其他空中运行物体坠落，造成保险标的的损失，保险人按照本保险合同的约定负责赔偿。",
            ),
            P(
                "DX-Body",
                "第四条　保险事故发生后，被保险人为防止或减少保险标的的损失所支付的必要的、合理的费用，保险人按照本保险合同的约定也负责赔偿。相关用语的含义见保险单所附的说明。",
            ),
            H("EXCLUSIONS", "DX-Chapter", "第三章　责任免除", key="责任免除"),
            X("DX-ExclItem", art("第五条　"), "下列原因造成的损失、费用，保险人不负责赔偿："),
            X(
                "DX-ExclItem",
                art("（一）"),
                "投保人、被保险人及其家庭成员、家庭雇佣人员、暂居人员的故意或重大过失行为；",
            ),
            X("DX-ExclItem", art("（二）"), "战争、敌对行为、军事行动、武装冲突、罢工、骚乱、暴动、恐怖活动；"),
            X(
                "DX-ExclItem",
                art("（三）"),
                "保险标的本身缺陷、保管不善导致的损毁，",
                ("保险标的变质、霉烂、受潮、虫咬、自然磨损、自然损耗", "DX-ArtNo", {}),
                "；",
            ),
            X(
                "DX-ExclItem",
                art("（四）"),
                "家用电器因使用过度、超电压、短路、断路、漏电、自身发热等原因所造成的本身损毁。",
            ),
            H("SUM_INSURED", "DX-Chapter", "第四章　保险金额与免赔额", key="保险金额与免赔额"),
            P(
                "DX-Body",
                "第六条　房屋及室内附属设备、室内装潢的保险金额由投保人参照保险价值自行确定；室内财产的保险金额由投保人根据当时实际价值分项目自行确定。免赔额由投保人与保险人在订立保险合同时协商确定，并在保险合同中载明。",
            ),
            H("PERIOD", "DX-Chapter", "第五章　保险期间", key="保险期间"),
            P("DX-Body", "第七条　除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。"),
            H("PREMIUM", "DX-Chapter", "第六章　保险费", key="保险费"),
            P(
                "DX-Body",
                "第八条　投保人应当按照保险合同的约定交付保险费。约定分期交付保险费的，投保人应按期交付各期保险费，具体金额以保险单载明为准。",
            ),
            H("CLAIMS", "DX-Chapter", "第七章　赔偿处理", key="赔偿处理"),
            P(
                "DX-Body",
                "第九条　保险标的发生保险责任范围内的损失，保险人按照保险金额与保险价值的比例承担赔偿责任。被保险人请求赔偿时，应向保险人提供保险单正本、损失清单、有关部门出具的事故证明。",
            ),
            P(
                "DX-Body",
                "第十条　保险标的遭受损失后，如果有残余价值，应由双方协商处理。如折归被保险人，由双方协商确定其价值，并在赔款中扣除。",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c03 个人意外伤害保险 (安澜, family AX)
# Headings typed as 一、二、; the exclusions are a 2-column table (编号 | 内容) whose table style carries bold
# for the whole table; the header row gets shading and a larger size from the firstRow conditional format.
AX_TABLE = style(
    "table",
    "AX-ExclGrid",
    "AX 免责表格",
    "TableNormal",
    rpr="<w:b/>",
    extra='<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
    '<w:tblStylePr w:type="firstRow"><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr>'
    '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/></w:tcPr></w:tblStylePr>',
)


def cell(*blocks: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    return list(blocks)


DOCS.append(
    Doc(
        file="c03_yiwai_geren.docx",
        title="安澜财产保险股份有限公司个人综合意外伤害保险条款",
        emphasized=True,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style(
                "paragraph",
                "AX-Head",
                "AX 标题一",
                "Normal",
                ppr='<w:keepNext/><w:spacing w:before="200"/>',
                rpr='<w:rFonts w:eastAsia="黑体"/><w:sz w:val="24"/>',
            ),
            style("paragraph", "AX-Text", "AX 正文", "Normal", ppr=IND2),
            AX_TABLE,
        ],
        notes="Exclusion bodies are the 内容 cells of the table; the table style AX-ExclGrid makes all table text bold "
        "(the 编号 column is a label, the header row is not a clause).",
        blocks=[
            P("AX-Head", "安澜财产保险股份有限公司个人综合意外伤害保险条款", ppr=CENTER),
            P("Normal", "（备案编号：安澜（备-意外伤害）〔2026〕（主）041号）", ppr=CENTER),
            H("INSURED_SCOPE", "AX-Head", "一、投保范围", key="投保范围"),
            P(
                "AX-Text",
                "凡出生满二十八日至七十五周岁（含），身体健康、能正常工作或正常生活的自然人，可作为本保险合同的被保险人。",
            ),
            H("COVERAGE", "AX-Head", "二、保险责任", key="保险责任"),
            P(
                "AX-Text",
                "在保险期间内，被保险人遭受意外伤害事故，并自事故发生之日起一百八十日内因该事故身故的，保险人按保险单载明的意外身故保险金额给付身故保险金，对被保险人的保险责任终止。",
            ),
            P(
                "AX-Text",
                "被保险人因遭受意外伤害事故，并自该事故发生之日起一百八十日内因该事故造成伤残的，保险人按照《人身保险伤残评定标准》所对应的给付比例乘以意外伤残保险金额给付伤残保险金。",
            ),
            P(
                "AX-Text",
                "被保险人因遭受意外伤害事故在符合本保险合同释义的医院进行门诊或住院治疗的，对其实际支出的必要、合理的医疗费用，保险人在扣除免赔额后按百分之八十的比例给付意外医疗保险金。",
            ),
            H("EXCLUSIONS", "AX-Head", "三、责任免除", key="责任免除"),
            X(
                "AX-Text",
                "",
                ("因下列原因造成被保险人身故、伤残或支出医疗费用的，保险人不承担给付保险金责任：", None, B),
            ),
            T(
                "AX-ExclGrid",
                [
                    [cell(P(None, "编号")), cell(P(None, "内容"))],
                    [cell(P(None, "1")), cell(X(None, "", "投保人对被保险人的故意杀害、故意伤害；"))],
                    [
                        cell(P(None, "2")),
                        cell(X(None, "", "被保险人自致伤害或自杀，但被保险人自杀时为无民事行为能力人的除外；")),
                    ],
                    [cell(P(None, "3")), cell(X(None, "", "被保险人故意犯罪或者抗拒依法采取的刑事强制措施；"))],
                    [
                        cell(P(None, "4")),
                        cell(
                            X(
                                None,
                                "",
                                "被保险人醉酒，主动吸食或注射毒品；酒后驾驶、无合法有效驾驶证驾驶，或驾驶无有效行驶证的机动车；",
                            )
                        ),
                    ],
                    [
                        cell(P(None, "5")),
                        cell(
                            X(
                                None,
                                "",
                                "被保险人从事潜水、跳伞、攀岩、蹦极、驾驶滑翔机、探险、摔跤、武术比赛等高风险运动。",
                            )
                        ),
                    ],
                ],
            ),
            H("SUM_INSURED", "AX-Head", "四、保险金额", key="保险金额"),
            P(
                "AX-Text",
                "意外身故、伤残保险金额与意外医疗保险金额由投保人、保险人双方约定，并在保险单中载明。保险金额一经确定，在保险期间内不得变更。",
            ),
            H("PERIOD", "AX-Head", "五、保险期间", key="保险期间"),
            P("AX-Text", "除另有约定外，本保险合同的保险期间为一年，以保险单载明的起讫时间为准。"),
            H("CLAIMS", "AX-Head", "六、保险金申请与给付", key="保险金申请与给付"),
            P(
                "AX-Text",
                "保险金申请人向保险人申请给付保险金时，应提交保险金给付申请书、被保险人身份证明、医院出具的诊断证明及医疗费用原始凭证等材料。保险人收到申请后，对属于保险责任的，在与申请人达成给付协议后十日内履行给付义务。",
            ),
            H("DISPUTES", "AX-Head", "七、争议处理", key="争议处理"),
            P(
                "AX-Text",
                "因履行本保险合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁委员会仲裁；未约定仲裁或仲裁约定无效的，依法向人民法院起诉。",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c04 百万医疗 (恒信, family HS)
# Headings are a numbered list ("%1.") linked to the heading style; the exclusions table style puts bold on
# the header row only (firstRow conditional format), so the clause cells are plain.
HS_NUMBERING = (
    '<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="HS-H1"/>'
    '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="HS-H2"/>'
    '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>'
)
DOCS.append(
    Doc(
        file="c04_baiwan_yiliao.docx",
        title="恒信财产保险股份有限公司个人住院医疗保险（百万版）条款",
        emphasized=False,
        defaults_rpr=dflt(21),
        numbering=HS_NUMBERING,
        styles=[
            *base_styles(),
            style(
                "paragraph",
                "HS-H1",
                "HS Heading 1",
                "Normal",
                ppr='<w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/>',
                rpr='<w:b/><w:sz w:val="26"/>',
            ),
            style(
                "paragraph",
                "HS-H2",
                "HS Heading 2",
                "HS-H1",
                ppr='<w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/>',
                rpr='<w:sz w:val="22"/>',
            ),
            style("paragraph", "HS-Text", "HS Body", "Normal", ppr=IND2),
            style(
                "table",
                "HS-Grid",
                "HS Grid",
                "TableNormal",
                extra='<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="2F5496"/>'
                '<w:bottom w:val="single" w:sz="8" w:space="0" w:color="2F5496"/>'
                '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/></w:tblBorders></w:tblPr>'
                '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>'
                '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="2F5496"/></w:tcPr></w:tblStylePr>'
                '<w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
                "</w:tcPr></w:tblStylePr>",
            ),
        ],
        notes="Headings numbered by a multilevel list tied to HS-H1/HS-H2. Exclusion bodies are the 内容 cells; the "
        "table style's bold is in the firstRow conditional format only (header), banding is shading only.",
        blocks=[
            P("Normal", ("恒信财产保险股份有限公司", None, B)),
            P("Normal", ("个人住院医疗保险（百万版）条款", None, {"b": True, "sz": 15})),
            P("Normal", "注册号：H00027932112026110400562"),
            H("INSURED_SCOPE", "HS-H1", "被保险人"),
            P("HS-Text", "投保时年龄在出生满三十日至六十五周岁，符合保险人承保条件的人士，可作为本合同的被保险人。"),
            H("COVERAGE", "HS-H1", "保险责任"),
            P("HS-H2", "一般医疗保险金"),
            P(
                "HS-Text",
                "被保险人在等待期后因疾病或在保险期间内因意外伤害，经医院诊断必须住院治疗的，对其在住院期间发生的、必需且合理的住院医疗费用，保险人在扣除年免赔额后，按照约定的给付比例给付一般医疗保险金。",
            ),
            P("HS-H2", "重大疾病医疗保险金"),
            P(
                "HS-Text",
                "被保险人在等待期后经医院初次确诊罹患本合同约定的重大疾病的，对其因该重大疾病发生的住院医疗费用、特殊门诊医疗费用，保险人不扣除免赔额，按照百分之百的比例给付重大疾病医疗保险金。",
            ),
            H("EXCLUSIONS", "HS-H1", "责任免除"),
            X("HS-Text", "", "因下列情形之一导致被保险人发生医疗费用的，保险人不承担给付保险金的责任："),
            T(
                "HS-Grid",
                [
                    [cell(P(None, "编号")), cell(P(None, "内容"))],
                    [cell(P(None, "（1）")), cell(X(None, "", "被保险人在投保前已患有且未如实告知的疾病及其并发症；"))],
                    [
                        cell(P(None, "（2）")),
                        cell(X(None, "", "等待期内发生的疾病及其导致的住院，但被保险人在保险期间届满续保的除外；")),
                    ],
                    [
                        cell(P(None, "（3）")),
                        cell(X(None, "", "牙齿治疗、视力矫正、美容整形、变性手术以及非意外伤害所致的整容手术；")),
                    ],
                    [cell(P(None, "（4）")), cell(X(None, "", "妊娠、流产、分娩、避孕、不孕不育治疗及其并发症。"))],
                ],
            ),
            H("SUM_INSURED", "HS-H1", "保险金额和免赔额"),
            P(
                "HS-Text",
                "一般医疗保险金的年度保险金额为二百万元，重大疾病医疗保险金的年度保险金额为四百万元，年免赔额为一万元；具体以保险单载明为准。",
            ),
            H("PERIOD", "HS-H1", "保险期间"),
            P("HS-Text", "本合同保险期间为一年，自本合同生效日零时起至约定终止日二十四时止。"),
            H("PREMIUM", "HS-H1", "保险费"),
            P(
                "HS-Text",
                "本合同的保险费根据被保险人的年龄、有无社会医疗保险等因素确定，可以一次性交付，也可以按月分期交付。",
            ),
            H("CLAIMS", "HS-H1", "保险金申请与给付"),
            P(
                "HS-Text",
                "申请人应于知道保险事故发生之日起十日内通知保险人，并提供保险金给付申请书、医疗费用收据、费用明细清单、出院小结等资料。保险人在收到完整资料后五个工作日内作出核定。",
            ),
            H("DEFINITIONS", "HS-H1", "释义"),
            P(
                "HS-Text",
                "医院：指中华人民共和国境内（港、澳、台地区除外）合法经营的二级以上（含二级）公立医院的普通部。",
            ),
            P("HS-Text", "等待期：指自本合同生效日起三十日的期间。续保合同无等待期。"),
        ],
    )
)

# ---------------------------------------------------------------- c05 雇主责任保险 (盛和, family SH)
# Exclusions bold by direct formatting written three ways (w:val="1", "true", "on"); the exclusions
# section runs on after a section break (landscape page for the schedule) and stays bold there.
BV = {v: {"xml": f'<w:b w:val="{v}"/>'} for v in ("1", "true", "on")}
DOCS.append(
    Doc(
        file="c05_guzhu_zeren.docx",
        title="盛和财产保险股份有限公司雇主责任保险条款",
        emphasized=True,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style(
                "paragraph",
                "SH-Head",
                "SH 节标题",
                "Normal",
                ppr='<w:keepNext/><w:spacing w:before="180" w:after="60"/>',
                rpr='<w:b/><w:sz w:val="24"/>',
            ),
            style("paragraph", "SH-Text", "SH 正文", "Normal", ppr=IND2),
        ],
        notes="Every exclusion body run carries direct bold as w:b w:val=1/true/on; items 第七条 (三)-(五) follow a "
        "section break and are bold too.",
        blocks=[
            P("SH-Head", "盛和财产保险股份有限公司雇主责任保险条款", ppr=CENTER),
            P("Normal", "注册号：C00042930212026070300915", ppr=CENTER),
            H("INSURED_SCOPE", "SH-Head", "第一节　被保险人", key="被保险人"),
            P(
                "SH-Text",
                "第一条　凡在中华人民共和国境内依法设立、登记的企业、事业单位、社会团体、个体工商户及其他依法成立的组织，均可作为本保险合同的被保险人。被保险人应将其雇佣的全部员工投保，保险费按员工人数及所属工种计收。",
            ),
            P(
                "SH-Text",
                "第二条　本保险合同所称员工，是指与被保险人存在劳动关系（包括事实劳动关系）、年满十六周岁的人员及其他按国家规定和法定途径审批的人员，且在保险单所附员工名单内。",
            ),
            H("COVERAGE", "SH-Head", "第二节　保险责任", key="保险责任"),
            P(
                "SH-Text",
                "第三条　在保险期间内，被保险人的员工在受雇过程中，在工作时间和工作场所内，因工作原因受到事故伤害，或者患职业病，或者在上下班途中受到非本人主要责任的交通事故伤害，依照中华人民共和国法律应由被保险人承担的经济赔偿责任，保险人按照本保险合同的约定负责赔偿。",
            ),
            P(
                "SH-Text",
                "第四条　保险事故发生后，被保险人因保险事故而被提起仲裁或者诉讼的，对应由被保险人支付的仲裁或诉讼费用以及其他必要的、合理的费用，保险人按照本保险合同约定也负责赔偿。",
            ),
            H("EXCLUSIONS", "SH-Head", "第三节　责任免除", key="责任免除"),
            X("SH-Text", "第五条　", ("下列原因造成的损失、费用和责任，保险人不负责赔偿：", None, BV["1"])),
            X("SH-Text", "（一）", ("投保人、被保险人的故意或重大过失行为；", None, BV["true"])),
            X(
                "SH-Text",
                "（二）",
                ("战争、敌对行为、军事行动、武装冲突、恐怖活动、罢工、暴动、民众骚乱；", None, BV["on"]),
            ),
            S(),
            X(
                "SH-Text",
                "（三）",
                (
                    "员工因疾病、传染病、分娩、流产以及因上述原因接受医疗、诊疗所致的伤残或死亡，但职业病除外；",
                    None,
                    BV["1"],
                ),
            ),
            X(
                "SH-Text",
                "（四）",
                ("员工自伤、自杀、打架、斗殴、犯罪及无照驾驶各种机动车辆所致的伤残或死亡；", None, BV["on"]),
            ),
            X(
                "SH-Text",
                "（五）",
                (
                    "员工在工作时间和工作岗位，因饮酒或醉酒导致伤亡，或在保险单所附员工名单以外的人员发生的伤亡。",
                    None,
                    BV["true"],
                ),
            ),
            H("SUM_INSURED", "SH-Head", "第四节　责任限额与免赔额", key="责任限额与免赔额"),
            P(
                "SH-Text",
                "第六条　每人死亡、伤残责任限额和每人医疗费用责任限额由投保人与保险人协商确定，并在保险单中载明。医疗费用每次事故免赔额为五百元。",
            ),
            H("CLAIMS", "SH-Head", "第五节　赔偿处理", key="赔偿处理"),
            P(
                "SH-Text",
                "第七条　被保险人向保险人请求赔偿时，应提交保险单正本、员工名单、劳动合同或工资发放记录、事故证明、医疗机构出具的诊断证明和医疗费用单据、伤残鉴定书或死亡证明等材料。",
            ),
            P(
                "SH-Text",
                "第八条　保险人收到被保险人的赔偿请求后，应当及时作出核定；情形复杂的，应当在三十日内作出核定，并将核定结果通知被保险人。",
            ),
            H("DISPUTES", "SH-Head", "第六节　争议解决", key="争议解决"),
            P(
                "SH-Text",
                "第九条　合同争议解决方式由当事人在合同约定从下列两种方式中选择一种：因履行本保险合同发生的争议，由当事人协商解决，协商不成的，提交保险单载明的仲裁委员会仲裁；或者依法向人民法院起诉。",
            ),
            H("DEFINITIONS", "SH-Head", "第七节　释义", key="释义"),
            P(
                "SH-Text",
                "第十条　职业病：指企业、事业单位和个体经济组织等用人单位的劳动者在职业活动中，因接触粉尘、放射性物质和其他有毒、有害因素而引起的，列入国家公布的职业病分类和目录的疾病。",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c06 货物运输保险 (泰和, family TH)
# Underline kinds: a character style (double), direct thick, words and single underline; headings use
# cargo synonyms (保险标的 / 除外责任 / 责任起讫 / 索赔).
DOCS.append(
    Doc(
        file="c06_huoyun.docx",
        title="泰和财产保险股份有限公司国内水路、陆路货物运输保险条款",
        emphasized=True,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style(
                "paragraph", "TH-H", "TH 标题", "Normal", ppr='<w:keepNext/><w:spacing w:before="160"/>', rpr="<w:b/>"
            ),
            style("paragraph", "TH-Text", "TH 正文", "Normal", ppr=IND2),
            style("character", "TH-Under", "TH 双下划线", rpr='<w:u w:val="double"/>'),
        ],
        notes="Exclusion bodies underlined: the character style TH-Under (double) on (一)(四), direct thick on (二), "
        "words on (三), single on the lead-in; punctuation and spaces are inside the runs.",
        blocks=[
            P("TH-H", "泰和财产保险股份有限公司", ppr=CENTER),
            P("TH-H", "国内水路、陆路货物运输保险条款", ppr=CENTER),
            P("Normal", "注册号：C00038909912026050200071", ppr=CENTER),
            H("INSURED_SCOPE", "TH-H", "保险标的"),
            P(
                "TH-Text",
                "第一条　凡在国内经水路、公路、铁路运输的货物均可作为本保险的保险标的。保险标的的名称、数量、包装及运输工具应在投保单中如实列明。",
            ),
            H("COVERAGE", "TH-H", "保险责任"),
            P(
                "TH-Text",
                "第二条　本保险分为基本险和综合险两种。保险货物遭受损失时，保险人按承保险别的责任范围负赔偿责任。基本险承保因火灾、爆炸、雷电、冰雹、暴风、暴雨、洪水、地震、海啸、地陷、崖崩、滑坡、泥石流所造成的损失，以及由于运输工具发生碰撞、搁浅、触礁、倾覆、沉没、出轨或隧道、码头坍塌所造成的损失。",
            ),
            P(
                "TH-Text",
                "第三条　综合险除包括基本险责任外，还负责赔偿因受震动、碰撞、挤压而造成货物破碎、弯曲、凹瘪、折断、开裂的损失，以及因包装破裂致使货物散失的损失。",
            ),
            H("EXCLUSIONS", "TH-H", "除外责任"),
            X("TH-Text", "第四条　", ("由于下列原因造成保险货物的损失，保险人不负赔偿责任：", None, {"u": "single"})),
            X("TH-Text", "（一）", ("战争、军事行动、扣押、罢工、哄抢和暴动；", "TH-Under", {})),
            X(
                "TH-Text",
                "（二）",
                ("保险货物本身的缺陷或自然损耗，以及由于包装不善所造成的损失；", None, {"u": "thick"}),
            ),
            X("TH-Text", "（三）", ("被保险人的故意行为或过失；", None, {"u": "words"})),
            X(
                "TH-Text",
                "（四）",
                ("市价跌落、运输延迟所引起的损失，以及其他不属于保险责任范围内的损失。", "TH-Under", {}),
            ),
            H("SUM_INSURED", "TH-H", "保险金额"),
            P(
                "TH-Text",
                "第五条　保险价值为货物的实际价值，按货价或货价加运杂费确定。保险金额由投保人参照保险价值自行确定，并在保险合同中载明。",
            ),
            H("PREMIUM", "TH-H", "保险费"),
            P(
                "TH-Text",
                "第六条　投保人应在保险合同成立时按约定的费率一次交付保险费；预约统保的，按月申报货运量并结算保险费。",
            ),
            H("PERIOD", "TH-H", "责任起讫"),
            P(
                "TH-Text",
                "第七条　保险责任自签发保险凭证和保险货物运离起运地发货人的最后一个仓库或储存处所时起，至该保险凭证上注明的目的地的收货人在当地的第一个仓库或储存处所时终止。但保险货物运抵目的地后，如果收货人未及时提货，则保险责任的终止期最多延长至以收货人接到到货通知单后的十五天为限。",
            ),
            H("CLAIMS", "TH-H", "索赔"),
            P(
                "TH-Text",
                "第八条　被保险人在获悉保险货物遭受损失后，应立即通知保险人，并向承运部门索取货运记录；被保险人向保险人申请索赔时，应提供保险凭证、运单、发票、货运记录及损失清单。",
            ),
            H("DISPUTES", "TH-H", "争议处理"),
            P("TH-Text", "第九条　因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。"),
            H("DEFINITIONS", "TH-H", "释义"),
            P("TH-Text", "第十条　自然损耗：指货物在运输过程中由于自身特性而产生的正常范围内的短量、减重。"),
        ],
    )
)

# ---------------------------------------------------------------- c07 种植业保险 (丰禾, family FH)
# 【】 headings; exclusions underlined by their paragraph style; one clause switches underline off directly.
DOCS.append(
    Doc(
        file="c07_nongxian_zhongzhi.docx",
        title="丰禾财产保险股份有限公司小麦种植保险条款",
        emphasized=False,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style("paragraph", "FH-Bracket", "FH 方括号标题", "Normal", ppr="<w:keepNext/>", rpr="<w:b/>"),
            style("paragraph", "FH-Text", "FH 正文", "Normal", ppr=IND2),
            style("paragraph", "FH-Excl", "FH 免责正文", "FH-Text", rpr='<w:u w:val="single"/>'),
        ],
        notes="Exclusions underlined by the paragraph style FH-Excl; clause (三) has direct w:u w:val=none on its body.",
        blocks=[
            P("FH-Bracket", "丰禾财产保险股份有限公司小麦种植保险条款", ppr=CENTER),
            P("Normal", "注册号：C00045911412026030100228", ppr=CENTER),
            H("INSURED_SCOPE", "FH-Bracket", "【保险标的】", key="保险标的"),
            P(
                "FH-Text",
                "第一条　同时符合下列条件的小麦可作为本保险合同的保险标的：经过政府部门审定的合格品种；种植场所在当地洪水水位线以上的非蓄洪、行洪区；生长正常、管理规范。",
            ),
            H("COVERAGE", "FH-Bracket", "【保险责任】", key="保险责任"),
            P(
                "FH-Text",
                "第二条　在保险期间内，由于暴雨、洪水（政府行蓄洪除外）、内涝、风灾、雹灾、冻灾、旱灾、病虫草鼠害对保险小麦造成的损失，且损失率达到百分之二十以上的，保险人按照本保险合同的约定负责赔偿。",
            ),
            H("EXCLUSIONS", "FH-Bracket", "【责任免除】", key="责任免除"),
            X("FH-Excl", "第三条　", "下列原因造成的损失，保险人不负责赔偿："),
            X(
                "FH-Excl",
                "（一）",
                "投保人及其家庭成员、被保险人及其家庭成员、投保人或被保险人雇佣人员的故意或重大过失行为、管理不善；",
            ),
            X("FH-Excl", "（二）", "行政行为或司法行为；"),
            X(
                "FH-Excl",
                "（三）",
                (
                    "在间种、套种的其他作物地块上发生的损失，以及未按农业技术规范播种、施肥、浇水造成的损失；",
                    None,
                    {"u": "none"},
                ),
            ),
            X("FH-Excl", "（四）", "保险小麦遭受保险事故引起的各种间接损失。"),
            H("SUM_INSURED", "FH-Bracket", "【保险金额】", key="保险金额"),
            P(
                "FH-Text",
                "第四条　每亩保险金额参照保险小麦生长期内所发生的直接物化成本确定，为每亩五百元。保险金额＝每亩保险金额×保险面积。",
            ),
            H("PREMIUM", "FH-Bracket", "【保险费】", key="保险费"),
            P("FH-Text", "第五条　每亩保险费为二十元，其中各级财政补贴百分之八十，农户自交百分之二十。"),
            H("PERIOD", "FH-Bracket", "【保险期间】", key="保险期间"),
            P(
                "FH-Text",
                "第六条　保险期间自保险小麦出苗后开始，至成熟开始收割时止，具体起止时间以保险单载明为准，但不超过保险单载明的保险期间。",
            ),
            H("CLAIMS", "FH-Bracket", "【赔偿处理】", key="赔偿处理"),
            P(
                "FH-Text",
                "第七条　保险小麦发生保险责任范围内的损失，保险人按以下方式计算赔偿：赔偿金额＝每亩保险金额×损失率×受损面积。发生部分损失后，保险人对损失程度难以确定的地块，可在收获时进行测产后再行赔付。",
            ),
            P(
                "FH-Text",
                "第八条　保险事故发生后，投保人、被保险人应当及时通知保险人，并提供受损面积、受灾时间等情况，由村委会或合作社协助查勘。",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c08 境外旅行意外 (泰和, family LV)
# Exclusions emphasised by size only: the paragraph style LV-Excl sets 12 pt against a 10.5 pt body.
DOCS.append(
    Doc(
        file="c08_lvxing_jingwai.docx",
        title="泰和财产保险股份有限公司境外旅行意外伤害保险条款",
        emphasized=True,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style(
                "paragraph",
                "LV-H",
                "LV 标题",
                "Normal",
                ppr='<w:keepNext/><w:spacing w:before="120"/>',
                rpr='<w:rFonts w:eastAsia="黑体"/><w:sz w:val="22"/>',
            ),
            style("paragraph", "LV-Text", "LV 正文", "Normal", ppr=IND2),
            style("paragraph", "LV-Excl", "LV 免责", "LV-Text", rpr='<w:sz w:val="24"/>'),
        ],
        notes="Exclusion bodies at 12 pt (LV-Excl) against a dominant body size of 10.5 pt; not bold, not underlined.",
        blocks=[
            P("LV-H", "泰和财产保险股份有限公司境外旅行意外伤害保险条款", ppr=CENTER),
            P("Normal", "注册号：C00038932112026041800436", ppr=CENTER),
            H("INSURED_SCOPE", "LV-H", "一、被保险人", key="被保险人"),
            P(
                "LV-Text",
                "出境旅行、探亲、访友、商务活动的自然人，年龄在出生满三十日至八十周岁（含）之间的，可作为本保险合同的被保险人。",
            ),
            H("COVERAGE", "LV-H", "二、保险责任", key="保险责任"),
            P(
                "LV-Text",
                "（一）意外身故及伤残：在保险期间内，被保险人在境外旅行期间遭受意外伤害，并自意外伤害发生之日起一百八十日内因该意外伤害身故或伤残的，保险人按约定给付身故保险金或伤残保险金。",
            ),
            P(
                "LV-Text",
                "（二）境外医疗：被保险人在境外旅行期间因遭受意外伤害或突发急性病，在当地医院接受治疗的，保险人对其发生的必需且合理的医疗费用按约定负责赔偿。",
            ),
            P(
                "LV-Text",
                "（三）紧急救援：被保险人在境外遭受意外伤害或突发急性病需要转运的，保险人通过其指定的救援机构安排转运，并承担由此产生的合理费用。",
            ),
            P(
                "LV-Text",
                "（四）旅行延误：被保险人原定搭乘的公共交通工具因恶劣天气、机械故障、罢工导致延误连续达到五小时的，保险人按每满五小时给付三百元，最高不超过旅行延误保险金额。",
            ),
            H("EXCLUSIONS", "LV-H", "三、责任免除", key="责任免除"),
            X(
                "LV-Excl",
                "",
                "因下列原因造成被保险人身故、伤残、医疗费用支出或延误的，保险人不承担保险责任：（一）投保人、被保险人的故意行为；（二）被保险人妊娠、流产、分娩、既往症；（三）被保险人参加潜水、滑雪、攀岩、蹦极、赛车等高风险运动；（四）被保险人在出境前已经知道公共交通工具将延误。",
            ),
            H("SUM_INSURED", "LV-H", "四、保险金额", key="保险金额"),
            P(
                "LV-Text",
                "各项保险责任的保险金额由投保人与保险人在投保时约定，并在保险单中载明。境外医疗保险金额最高不超过人民币五十万元。",
            ),
            H("PERIOD", "LV-H", "五、保险期间", key="保险期间"),
            P(
                "LV-Text",
                "保险期间以保险单载明的起讫日期为准，最长不超过一百八十日。被保险人在保险期间内出境的，保险责任自其在中国境内办理完出境手续时开始，至其入境办理完入境手续时终止。",
            ),
            H("CLAIMS", "LV-H", "六、保险金申请与给付", key="保险金申请与给付"),
            P(
                "LV-Text",
                "申请人应提供保险单、被保险人有效身份证件和护照、出入境记录、当地医院出具的诊断证明和医疗费用原始单据、承运人出具的延误证明等。境外发生的费用按事故发生当日国家外汇管理部门公布的汇率折算为人民币给付。",
            ),
            H("DISPUTES", "LV-H", "七、争议处理和法律适用", key="争议处理和法律适用"),
            P(
                "LV-Text",
                "因履行本保险合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁委员会仲裁或依法向人民法院起诉。本保险合同的争议处理适用中华人民共和国法律（不包括港澳台地区法律）。",
            ),
            H("DEFINITIONS", "LV-H", "八、释义", key="释义"),
            P(
                "LV-Text",
                "境外：指中华人民共和国大陆以外的国家和地区。突发急性病：指被保险人在保险期间内突然出现，并需要立即治疗的疾病。",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c09 犬只责任及宠物医疗 (恒信, family PT)
# Look-alikes only: the exclusion paragraphs carry bold and 14 pt in the paragraph mark (w:pPr/w:rPr) and
# the runs carry complex-script bold/size (w:bCs, w:szCs) only.
DOCS.append(
    Doc(
        file="c09_chongwu.docx",
        title="恒信财产保险股份有限公司犬只责任及宠物医疗保险条款",
        emphasized=False,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style("paragraph", "PT-H", "PT 标题", "Normal", ppr="<w:keepNext/>", rpr='<w:b/><w:sz w:val="24"/>'),
            style("paragraph", "PT-Text", "PT 正文", "Normal", ppr=IND2),
        ],
        notes="Exclusion paragraphs: bold + 14 pt only in the paragraph mark; runs with w:bCs and w:szCs=28 only. "
        "Resolved Latin/East-Asian run formatting is plain 10.5 pt.",
        blocks=[
            P("PT-H", "恒信财产保险股份有限公司犬只责任及宠物医疗保险条款", ppr=CENTER),
            P("Normal", "注册号：C00027930912026090700184", ppr=CENTER),
            H("INSURED_SCOPE", "PT-H", "1　被保险人及保险标的", key="被保险人及保险标的"),
            P(
                "PT-Text",
                "1.1　年满十八周岁、具有完全民事行为能力，在居住地依法登记饲养犬只或猫只的自然人，可作为本保险合同的被保险人。",
            ),
            P(
                "PT-Text",
                "1.2　本保险合同的保险标的为保险单载明的、年龄在三个月至十周岁、已按规定接种狂犬病疫苗并植入电子芯片的宠物。",
            ),
            H("COVERAGE", "PT-H", "2　保险责任", key="保险责任"),
            P(
                "PT-Text",
                "2.1　第三者责任：在保险期间内，保险标的在被保险人或其家庭成员看管期间造成第三者人身伤亡或财产损失，依法应由被保险人承担的经济赔偿责任，保险人按照本保险合同约定负责赔偿。",
            ),
            P(
                "PT-Text",
                "2.2　宠物医疗：在保险期间内，保险标的因意外伤害或等待期后发生的疾病，在合法设立的宠物医院接受治疗所发生的合理医疗费用，保险人扣除每次事故免赔额后按百分之七十赔偿。",
            ),
            H("EXCLUSIONS", "PT-H", "3　责任免除", key="责任免除"),
            X(
                "PT-Text",
                "3.1　",
                (
                    "被保险人或其家庭成员故意唆使、纵容宠物伤人，或者遛犬时未使用牵引绳、未为大型犬佩戴嘴套；",
                    None,
                    {"xml": '<w:bCs/><w:szCs w:val="28"/>'},
                ),
                ppr='<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>',
            ),
            X(
                "PT-Text",
                "3.2　",
                (
                    "保险标的未按规定接种疫苗、未办理登记或年检，或者属于当地禁止饲养的犬种；",
                    None,
                    {"xml": '<w:bCs/><w:szCs w:val="28"/>'},
                ),
                ppr='<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>',
            ),
            X(
                "PT-Text",
                "3.3　",
                (
                    "保险标的的先天性、遗传性疾病，绝育、美容、洗澡、寄养、疫苗接种、驱虫等非治疗性费用。",
                    None,
                    {"xml": '<w:bCs/><w:szCs w:val="28"/>'},
                ),
                ppr='<w:rPr><w:b/><w:sz w:val="28"/></w:rPr>',
            ),
            H("SUM_INSURED", "PT-H", "4　责任限额与保险金额", key="责任限额与保险金额"),
            P(
                "PT-Text",
                "4.1　第三者责任每次事故责任限额为五万元，累计责任限额为十万元；宠物医疗保险金额为一万元，每次事故免赔额为二百元。",
            ),
            H("PREMIUM", "PT-H", "5　保险费", key="保险费"),
            P("PT-Text", "5.1　保险费根据宠物种类、体型和年龄确定，由投保人在投保时一次性交清。"),
            H("PERIOD", "PT-H", "6　保险期间与等待期", key="保险期间与等待期"),
            P(
                "PT-Text",
                "6.1　本保险合同的保险期间为一年。宠物医疗责任自保险合同生效之日起三十日为等待期，续保无等待期。",
            ),
            H("CLAIMS", "PT-H", "7　赔偿处理", key="赔偿处理"),
            P(
                "PT-Text",
                "7.1　发生保险事故后，被保险人应在四十八小时内通知保险人，并提供宠物医院病历、费用发票、犬只登记证明、第三者伤情或损失证明等资料。",
            ),
            H("DISPUTES", "PT-H", "8　争议处理", key="争议处理"),
            P(
                "PT-Text",
                "8.1　因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向被告住所地人民法院起诉。",
            ),
            H("DEFINITIONS", "PT-H", "9　释义", key="释义"),
            P("PT-Text", "9.1　宠物医院：指依法取得动物诊疗许可证的动物诊疗机构。"),
        ],
    )
)

# ---------------------------------------------------------------- c10 新能源汽车商业保险 (汇通, family NE)
# Look-alikes only: the exclusion style uses the theme's heading fonts (黑体-like) and a dark red colour.
DOCS.append(
    Doc(
        file="c10_xinnengyuan_che.docx",
        title="汇通财产保险股份有限公司新能源汽车商业保险条款（节选）",
        emphasized=False,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style(
                "paragraph",
                "NE-H",
                "NE 章",
                "Normal",
                ppr='<w:keepNext/><w:jc w:val="center"/>',
                rpr='<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi"/>'
                '<w:b/><w:sz w:val="26"/>',
            ),
            style("paragraph", "NE-Text", "NE 正文", "Normal", ppr=IND2),
            style(
                "paragraph",
                "NE-Warn",
                "NE 提示",
                "NE-Text",
                rpr='<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsia="黑体" w:hAnsiTheme="majorHAnsi"/>'
                '<w:color w:val="C00000"/>',
            ),
        ],
        notes="Exclusions in NE-Warn: theme heading fonts, 黑体 and dark red; no bold, no underline, body size.",
        blocks=[
            P("NE-H", "汇通财产保险股份有限公司"),
            P("NE-H", "新能源汽车商业保险条款（节选）"),
            P("Normal", "注册号：C00051131412026061000297", ppr=CENTER),
            H("COVERAGE", "NE-H", "第二章　车辆损失保险", key="车辆损失保险"),
            P(
                "NE-Text",
                "第六条　保险期间内，被保险人或被保险新能源汽车驾驶人在使用被保险新能源汽车过程中，因自然灾害、意外事故（含起火燃烧）造成被保险新能源汽车车身、电池及储能系统、电机及驱动系统、其他控制系统的直接损失，保险人依照本保险合同的约定负责赔偿。",
            ),
            P(
                "NE-Text",
                "第七条　被保险新能源汽车在充电期间，因充电设施故障导致起火燃烧造成的车辆损失，保险人依照本保险合同的约定负责赔偿。",
            ),
            H("EXCLUSIONS", "NE-H", "第三章　责任免除", key="责任免除"),
            X(
                "NE-Warn",
                "第八条　",
                "下列原因导致的被保险新能源汽车的损失和费用，保险人不负责赔偿：（一）电池及储能系统的自然衰减、老化；（二）被保险人私自拆解、改装电池及储能系统，或使用不符合国家标准的充电设施充电；（三）驾驶人饮酒、吸食或注射毒品；（四）车辆被用于网约车、出租等营运用途而未告知保险人，导致危险程度显著增加。",
            ),
            X(
                "NE-Warn",
                "第九条　",
                "被保险新能源汽车的电池因磨损、腐蚀、本身质量缺陷导致的损失，以及因停车充电期间遭受盗窃造成的电池损失，保险人不负责赔偿。",
            ),
            H("SUM_INSURED", "NE-H", "第四章　保险金额", key="保险金额"),
            P(
                "NE-Text",
                "第十条　保险金额按投保时被保险新能源汽车的实际价值确定，实际价值根据新车购置价减去折旧金额后的价格协商确定。电池及储能系统的价值包含在车辆实际价值之内。",
            ),
            H("PREMIUM", "NE-H", "第五章　保险费", key="保险费"),
            P(
                "NE-Text",
                "第十一条　保险费按照经备案的新能源汽车商业保险费率方案计算，投保人可选择一次性支付或按约定分期支付。",
            ),
            H("PERIOD", "NE-H", "第六章　保险期间", key="保险期间"),
            P("NE-Text", "第十二条　除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。"),
            H("CLAIMS", "NE-H", "第七章　赔偿处理", key="赔偿处理"),
            P(
                "NE-Text",
                "第十三条　因保险事故损坏的被保险新能源汽车，修理前被保险人应当会同保险人检验，协商确定维修机构、修理项目、方式和费用。涉及电池及储能系统的，由具备资质的机构检测后确定修复或更换方案。",
            ),
            H("DISPUTES", "NE-H", "第八章　争议处理", key="争议处理"),
            P(
                "NE-Text",
                "第十四条　因履行本保险合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁机构仲裁或者依法向人民法院起诉。",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c11 驾乘人员意外 (众和, family ZH)
# Exclusion section bold by direct formatting; one more 免除保险人责任 clause sits in 赔偿处理 and is plain.
DOCS.append(
    Doc(
        file="c11_jiacheng_yiwai.docx",
        title="众和财产保险股份有限公司驾乘人员意外伤害保险条款",
        emphasized=False,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style("paragraph", "ZH-H", "ZH 标题", "Normal", ppr="<w:keepNext/>", rpr="<w:b/>"),
            style("paragraph", "ZH-Text", "ZH 正文", "Normal", ppr=IND2),
        ],
        notes="Exclusion section bold (direct). Hidden clause in 赔偿处理 (第十条, reporting late) is not emphasised, "
        "so the document is not emphasised.",
        blocks=[
            P("ZH-H", "众和财产保险股份有限公司驾乘人员意外伤害保险条款", ppr=CENTER),
            P("Normal", "注册号：C00060930812026020900350", ppr=CENTER),
            H("INSURED_SCOPE", "ZH-H", "第一章　投保范围", key="投保范围"),
            P(
                "ZH-Text",
                "第一条　在保险期间内，乘坐或驾驶保险单载明车牌号的机动车的人员，为本保险合同的被保险人；被保险人人数以该车行驶证核定座位数为限。",
            ),
            H("COVERAGE", "ZH-H", "第二章　保险责任", key="保险责任"),
            P(
                "ZH-Text",
                "第二条　在保险期间内，被保险人在驾驶或乘坐保险单载明的机动车过程中遭受意外伤害，并因该意外伤害身故、伤残或支出医疗费用的，保险人按照本保险合同约定给付保险金。",
            ),
            H("EXCLUSIONS", "ZH-H", "第三章　责任免除", key="责任免除"),
            X(
                "ZH-Text",
                "第三条　",
                (
                    "因下列原因造成被保险人身故、伤残或医疗费用支出的，保险人不承担给付保险金责任：驾驶人饮酒、吸食或注射毒品、服用国家管制的精神药品或者麻醉药品后驾车；驾驶人无有效驾驶证或驾驶与准驾车型不符的机动车；被保险机动车被用于营业性运输或从事违法活动。",
                    None,
                    B,
                ),
            ),
            X(
                "ZH-Text",
                "第四条　",
                (
                    "被保险人在车下时遭受的意外伤害，以及被保险人因疾病、猝死导致的身故，保险人不承担给付保险金责任。",
                    None,
                    B,
                ),
            ),
            H("SUM_INSURED", "ZH-H", "第四章　保险金额", key="保险金额"),
            P(
                "ZH-Text",
                "第五条　每座意外身故、伤残保险金额和每座意外医疗保险金额由投保人和保险人协商确定，并在保险单中载明。",
            ),
            H("PREMIUM", "ZH-H", "第五章　保险费", key="保险费"),
            P("ZH-Text", "第六条　保险费按座位数计算，投保人应在保险合同成立时一次交清。"),
            H("PERIOD", "ZH-H", "第六章　保险期间", key="保险期间"),
            P("ZH-Text", "第七条　除另有约定外，本保险合同保险期间为一年，以保险单载明的起讫时间为准。"),
            H("CLAIMS", "ZH-H", "第七章　赔偿处理", key="赔偿处理"),
            P(
                "ZH-Text",
                "第八条　发生保险事故后，投保人、被保险人或受益人应及时通知保险人，并提供交通管理部门出具的事故证明、医院诊断证明、医疗费用原始收据等。",
            ),
            P(
                "ZH-Text",
                "第九条　同一被保险人在同一次事故中既有伤残又有医疗费用的，保险人分别计算给付，但累计不超过每座保险金额。",
            ),
            X(
                "ZH-Text",
                "第十条　",
                "被保险人未在事故发生后四十八小时内通知保险人，致使保险事故的性质、原因、损失程度等难以确定的，保险人对无法确定的部分，不承担给付保险金责任，但保险人通过其他途径已经及时知道或者应当及时知道保险事故发生的除外。",
            ),
            H("DISPUTES", "ZH-H", "第八章　争议处理", key="争议处理"),
            P("ZH-Text", "第十一条　因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。"),
            H("DEFINITIONS", "ZH-H", "第九章　释义", key="释义"),
            P(
                "ZH-Text",
                "第十二条　意外伤害：指以外来的、突发的、非本意的和非疾病的客观事件为直接且主要原因导致的身体伤害。",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c12 百万医疗 (嘉禾, family JH)
# 【】 headings; exclusions bold by direct formatting, including one clause placed under 【其他事项】.
DOCS.append(
    Doc(
        file="c12_huixiang_yiliao.docx",
        title="嘉禾财产保险股份有限公司惠享个人医疗保险条款",
        emphasized=True,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style(
                "paragraph", "JH-H", "JH 标题", "Normal", ppr='<w:keepNext/><w:spacing w:before="120"/>', rpr="<w:b/>"
            ),
            style("paragraph", "JH-Text", "JH 正文", "Normal", ppr=IND2),
        ],
        notes="Exclusion bodies bold by direct w:b; the clause on non-disclosure in 【其他事项】 is an exclusion "
        "hidden in another section and is bold too.",
        blocks=[
            P("JH-H", "嘉禾财产保险股份有限公司惠享个人医疗保险条款", ppr=CENTER),
            P("Normal", "注册号：H00071932112026080100609", ppr=CENTER),
            H("INSURED_SCOPE", "JH-H", "【被保险人】", key="被保险人"),
            P(
                "JH-Text",
                "第一条　投保时年龄为出生满二十八天至七十周岁、身体健康、符合投保条件的人士，可作为本合同的被保险人。",
            ),
            H("COVERAGE", "JH-H", "【保险责任】", key="保险责任"),
            P(
                "JH-Text",
                "第二条　被保险人在等待期后因疾病或在保险期间内因意外伤害，在医院接受住院治疗、特殊门诊治疗或门诊手术治疗的，对被保险人发生的必需且合理的医疗费用，保险人在扣除年免赔额后，按照百分之百的比例给付医疗保险金，累计给付以三百万元为限。",
            ),
            P(
                "JH-Text",
                "第三条　被保险人在等待期后经医院确诊罹患恶性肿瘤的，对其发生的恶性肿瘤质子重离子医疗费用，保险人不扣除免赔额，按照百分之百的比例给付。",
            ),
            H("EXCLUSIONS", "JH-H", "【责任免除】", key="责任免除"),
            X(
                "JH-Text",
                "第四条　",
                ("因下列情形之一导致被保险人发生医疗费用的，保险人不承担给付保险金的责任：", None, B),
            ),
            X("JH-Text", "（一）", ("投保前已患有的疾病及其并发症，但投保时保险人已知晓并同意承保的除外；", None, B)),
            X(
                "JH-Text",
                "（二）",
                ("被保险人主动吸食或注射毒品，酒后驾驶、无合法有效驾驶证驾驶或驾驶无有效行驶证的机动车；", None, B),
            ),
            X("JH-Text", "（三）", ("被保险人接受的康复治疗、心理治疗、疗养、体检，以及非处方药品的费用。", None, B)),
            H("SUM_INSURED", "JH-H", "【保险金额和免赔额】", key="保险金额和免赔额"),
            P(
                "JH-Text",
                "第五条　本合同的保险金额为三百万元，年免赔额为一万元。被保险人从社会基本医疗保险或公费医疗获得的补偿，可用于抵扣年免赔额。",
            ),
            H("PERIOD", "JH-H", "【保险期间】", key="保险期间"),
            P("JH-Text", "第六条　本合同的保险期间为一年，以保险单载明的起讫时间为准。"),
            H("CLAIMS", "JH-H", "【保险金的申请与给付】", key="保险金的申请与给付"),
            P(
                "JH-Text",
                "第七条　保险金申请人应提供保险金给付申请书、被保险人身份证件、病历资料、医疗费用收据及明细清单。保险人在收到完整资料后五日内作出核定；对属于保险责任的，在达成给付协议后十日内给付。",
            ),
            H("DISPUTES", "JH-H", "【争议处理】", key="争议处理"),
            P(
                "JH-Text",
                "第八条　因履行本合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁委员会仲裁，或依法向人民法院起诉。",
            ),
            P("JH-H", "【其他事项】"),
            P("JH-Text", "第九条　投保人住所或通讯地址变更时，应及时以书面形式通知保险人。"),
            X(
                "JH-Text",
                "第十条　",
                (
                    "投保人故意或者因重大过失未履行如实告知义务，足以影响保险人决定是否同意承保或者提高保险费率的，保险人有权解除本合同；对于本合同解除前发生的保险事故，保险人不承担给付保险金的责任，并不退还保险费。",
                    None,
                    B,
                ),
            ),
            H("DEFINITIONS", "JH-H", "【释义】", key="释义"),
            P(
                "JH-Text",
                "第十一条　特殊门诊：指门诊肾透析，门诊恶性肿瘤化学疗法、放射疗法、靶向治疗、免疫治疗，器官移植后的门诊抗排异治疗。",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c13 家庭财产保险 (金城, family JC)
# Look-alikes only: yellow highlight, grey paragraph shading and italics on the exclusions.
DOCS.append(
    Doc(
        file="c13_jiacai_jincheng.docx",
        title="金城财产保险股份有限公司家庭财产保险条款",
        emphasized=False,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style("paragraph", "JC-H", "JC 标题", "Normal", ppr="<w:keepNext/>", rpr='<w:b/><w:sz w:val="24"/>'),
            style("paragraph", "JC-Text", "JC 正文", "Normal", ppr=IND2),
            style(
                "paragraph",
                "JC-Box",
                "JC 提示框",
                "JC-Text",
                ppr='<w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="auto"/>'
                '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>'
                '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>',
                rpr="<w:i/>",
            ),
        ],
        notes="Exclusions in JC-Box: bordered, shaded, italic; clause 1 and 3 also highlighted yellow; run-level "
        "shading on clause 2. None of these is bold, larger or underlined.",
        blocks=[
            P("JC-H", "金城财产保险股份有限公司家庭财产保险条款", ppr=CENTER),
            P("Normal", "注册号：C00066933312026011500412", ppr=CENTER),
            H("INSURED_SCOPE", "JC-H", "一、保险财产", key="保险财产"),
            P(
                "JC-Text",
                "本保险合同承保的财产为坐落于保险单载明地址内、属于被保险人所有的房屋及其室内装修，以及被保险人及其家庭成员所有的室内家用电器、家具、衣物和床上用品。",
            ),
            H("COVERAGE", "JC-H", "二、保险责任", key="保险责任"),
            P(
                "JC-Text",
                "在保险期间内，保险财产因火灾、爆炸、雷击、台风、暴雨、洪水、雪灾、冰雹、泥石流，或因自来水管道、暖气管道突然破裂致使水流外溢造成的直接损失，保险人按照本保险合同的约定负责赔偿。",
            ),
            H("EXCLUSIONS", "JC-H", "三、责任免除", key="责任免除"),
            X(
                "JC-Box",
                "1．",
                (
                    "被保险人及其家庭成员、寄居人、雇佣人员的违法、犯罪或故意行为造成的损失，保险人不负责赔偿。",
                    None,
                    {"hl": "YELLOW"},
                ),
            ),
            X(
                "JC-Box",
                "2．",
                (
                    "保险财产因设计错误、原材料缺陷、工艺不善等内在缺陷，以及自然磨损、正常维修造成的损失，保险人不负责赔偿。",
                    None,
                    {"xml": '<w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/>'},
                ),
            ),
            X(
                "JC-Box",
                "3．",
                ("房屋长期空置超过九十日期间发生的盗抢及水管破裂损失，保险人不负责赔偿。", None, {"hl": "YELLOW"}),
            ),
            H("SUM_INSURED", "JC-H", "四、保险金额", key="保险金额"),
            P(
                "JC-Text",
                "房屋及室内装修的保险金额由投保人根据购置价或市场价自行确定；室内财产的保险金额由投保人根据当时实际价值分项目确定。",
            ),
            H("PREMIUM", "JC-H", "五、保险费", key="保险费"),
            P("JC-Text", "保险费按保险金额乘以适用费率计算，投保人应在保险合同成立时一次交清。"),
            H("PERIOD", "JC-H", "六、保险期间", key="保险期间"),
            P("JC-Text", "本保险合同的保险期间为一年，自保险单载明的起保日零时起至期满日二十四时止。"),
            H("CLAIMS", "JC-H", "七、赔偿处理", key="赔偿处理"),
            P(
                "JC-Text",
                "保险事故发生后，被保险人应提供保险单、财产损失清单、购置发票或其他证明材料；涉及第三方责任的，被保险人应保留向第三方追偿的权利。",
            ),
            H("DISPUTES", "JC-H", "八、争议处理", key="争议处理"),
            P(
                "JC-Text",
                "因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向保险财产所在地人民法院起诉。",
            ),
            H("DEFINITIONS", "JC-H", "九、释义", key="释义"),
            P("JC-Text", "家庭成员：指被保险人的配偶、子女、父母，以及与被保险人共同生活的其他近亲属。"),
        ],
    )
)

# ---------------------------------------------------------------- c14 团体意外伤害 (盛和, family TY)
# Exclusion items are a numbered list whose numbers are bold and underlined (numbering level rPr); the
# item text is plain.  Some sections are run-in labels (保险期间：…).
TY_NUMBERING = (
    '<w:abstractNum w:abstractNumId="5"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr>'
    '<w:rPr><w:b/><w:u w:val="single"/><w:sz w:val="24"/></w:rPr></w:lvl>'
    '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num>'
)
NUM3 = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>'
DOCS.append(
    Doc(
        file="c14_tuanti_yiwai.docx",
        title="盛和财产保险股份有限公司团体意外伤害保险条款",
        emphasized=False,
        defaults_rpr=dflt(21),
        numbering=TY_NUMBERING,
        styles=[
            *base_styles(),
            style("paragraph", "TY-H", "TY 标题", "Normal", ppr="<w:keepNext/>", rpr="<w:b/>"),
            style("paragraph", "TY-Text", "TY 正文", "Normal", ppr=IND2),
        ],
        notes="Exclusion items numbered by numId 3 whose level rPr is bold/underlined/12 pt: that formats the "
        "number only; the item text is plain 10.5 pt.",
        blocks=[
            P("TY-H", "盛和财产保险股份有限公司团体意外伤害保险条款", ppr=CENTER),
            P("Normal", "注册号：C00042931412026040600733", ppr=CENTER),
            H("INSURED_SCOPE", "TY-Text", ("投保范围：", None, B), key="投保范围"),
            P(
                "TY-Text",
                "特定的团体可作为投保人为其团体成员投保本保险。年满十六周岁至六十五周岁、能正常工作或正常劳动的团体成员可作为被保险人。投保时被保险人人数不得少于三人。",
            ),
            H(
                "COVERAGE",
                "TY-Text",
                ("保险责任：", None, B),
                "在保险期间内，被保险人遭受意外伤害，并自事故发生之日起一百八十日内因该意外伤害身故或造成伤残的，保险人按约定给付身故保险金或伤残保险金；被保险人因意外伤害支出的合理医疗费用，在扣除一百元免赔额后按百分之九十给付。",
                key="保险责任",
            ),
            H("EXCLUSIONS", "TY-H", "责任免除"),
            X(
                "TY-Text",
                "",
                "因下列原因之一，直接或间接造成被保险人身故、伤残或医疗费用支出的，保险人不承担给付保险金责任：",
            ),
            X("TY-Text", "", "投保人对被保险人的故意杀害、故意伤害；", ppr=NUM3),
            X("TY-Text", "", "被保险人故意自伤、故意犯罪或抗拒依法采取的刑事强制措施；", ppr=NUM3),
            X("TY-Text", "", "被保险人殴斗、醉酒，主动吸食或注射毒品；", ppr=NUM3),
            X("TY-Text", "", "被保险人从事高空作业、井下作业等保险单未载明的高风险职业时发生的意外伤害。", ppr=NUM3),
            H(
                "PERIOD",
                "TY-Text",
                ("保险期间：", None, B),
                "本保险合同的保险期间为一年，以保险单载明的起讫时间为准；团体成员中途加入的，保险期间自批单生效之日起至保险单载明的期满日止。",
                key="保险期间",
            ),
            H(
                "PREMIUM",
                "TY-Text",
                ("保险费：", None, B),
                "保险费按被保险人的职业类别及人数计算，可以一次性交付，也可以按季度分期交付。",
                key="保险费",
            ),
            H("CLAIMS", "TY-H", "保险金申请与给付"),
            P(
                "TY-Text",
                "申请人应提供保险金给付申请书、被保险人身份证明、医疗机构出具的诊断证明、伤残鉴定书或死亡证明。保险人在收到完整资料后五日内作出核定，并在达成协议后十日内给付。",
            ),
            H("DEFINITIONS", "TY-H", "释义"),
            P(
                "TY-Text",
                "团体：指法人、非法人组织以及其他不以购买保险为目的而组成的团体。意外伤害：指以外来的、突发的、非本意的和非疾病的客观事件为直接且主要原因导致的身体伤害。",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c15 防癌医疗 (福泽, family FZ)
# The exclusion paragraph style turns bold off (FZ-ExclPlain basedOn the bold FZ-ExclStrong with b=0),
# and every exclusion body run is bold by direct formatting.
DOCS.append(
    Doc(
        file="c15_fangai_yiliao.docx",
        title="福泽财产保险股份有限公司防癌医疗保险条款",
        emphasized=True,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style("paragraph", "FZ-H", "FZ 标题", "Normal", ppr="<w:keepNext/>", rpr='<w:b/><w:sz w:val="24"/>'),
            style("paragraph", "FZ-Text", "FZ 正文", "Normal", ppr=IND2),
            style("paragraph", "FZ-ExclStrong", "FZ 免责加粗", "FZ-Text", rpr="<w:b/>"),
            style("paragraph", "FZ-ExclPlain", "FZ 免责", "FZ-ExclStrong", rpr='<w:b w:val="0"/>'),
        ],
        notes="Paragraph style FZ-ExclPlain resolves to not bold (derived style switches it off); direct w:b on every "
        "body run makes the clause bodies bold; item numbers are plain.",
        blocks=[
            P("FZ-H", "福泽财产保险股份有限公司防癌医疗保险条款", ppr=CENTER),
            P("Normal", "注册号：H00083932112026100900077", ppr=CENTER),
            H("INSURED_SCOPE", "FZ-H", "（一）被保险人", key="被保险人"),
            P(
                "FZ-Text",
                "投保时年龄在出生满二十八日至八十周岁之间，未患有恶性肿瘤及原位癌、符合保险人承保条件的人士，可作为本合同的被保险人。",
            ),
            H("COVERAGE", "FZ-H", "（二）保险责任", key="保险责任"),
            P(
                "FZ-Text",
                "被保险人在等待期后经医院初次确诊罹患恶性肿瘤，并在医院接受住院治疗或特殊门诊治疗的，对其发生的必需且合理的恶性肿瘤医疗费用，保险人按照百分之百的比例给付恶性肿瘤医疗保险金，累计以一百万元为限；被保险人未以社会医疗保险身份就诊的，给付比例为百分之六十。",
            ),
            H("EXCLUSIONS", "FZ-H", "（三）责任免除", key="责任免除"),
            X(
                "FZ-ExclPlain",
                "1．",
                ("投保前已患有恶性肿瘤、原位癌，或在等待期内出现恶性肿瘤相关症状、体征并在之后确诊的；", None, B),
            ),
            X("FZ-ExclPlain", "2．", ("被保险人感染艾滋病病毒或患艾滋病期间发生的恶性肿瘤医疗费用；", None, B)),
            X("FZ-ExclPlain", "3．", ("遗传性疾病，先天性畸形、变形或染色体异常；", None, B)),
            X("FZ-ExclPlain", "4．", ("被保险人未遵医嘱，私自服用、涂用、注射药物所产生的费用。", None, B)),
            H("SUM_INSURED", "FZ-H", "（四）保险金额", key="保险金额"),
            P("FZ-Text", "本合同的保险金额为一百万元，保险期间内累计给付达到保险金额时，本合同终止。"),
            H("PREMIUM", "FZ-H", "（五）保险费", key="保险费"),
            P(
                "FZ-Text",
                "保险费按被保险人投保时的年龄和有无社会医疗保险确定，首年保险费以保险单载明为准，续保时按续保时年龄对应的费率计算。",
            ),
            H("CLAIMS", "FZ-H", "（六）保险金申请", key="保险金申请"),
            P(
                "FZ-Text",
                "申请恶性肿瘤医疗保险金时，申请人须提供病理组织学检查报告、出院小结、医疗费用收据及明细清单，并签署授权书，允许保险人向就诊医院调阅病历。",
            ),
            H("DISPUTES", "FZ-H", "（七）争议处理", key="争议处理"),
            P(
                "FZ-Text",
                "因履行本合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁委员会仲裁，或依法向人民法院起诉。",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c16 住院津贴 (和泰, family HT)
# Run-in article labels carry the section names; exclusions bold directly except one phrase whose bold is
# switched off directly.
DOCS.append(
    Doc(
        file="c16_zhuyuan_jintie.docx",
        title="和泰财产保险股份有限公司住院津贴保险条款",
        emphasized=False,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style("paragraph", "HT-Text", "HT 正文", "Normal", ppr=IND2),
            style("character", "HT-Label", "HT 条目名", rpr='<w:rFonts w:eastAsia="黑体"/><w:b/>'),
        ],
        notes="Exclusion bodies bold by direct w:b, but in clause (二) the phrase after the comma has direct "
        "w:b w:val=0, so that body is not entirely bold.",
        blocks=[
            P("HT-Text", ("和泰财产保险股份有限公司住院津贴保险条款", None, {"b": True, "sz": 14}), ppr=CENTER),
            P("Normal", "注册号：H00039932312026031200215", ppr=CENTER),
            H(
                "INSURED_SCOPE",
                "HT-Text",
                "第一条　",
                ("被保险人", "HT-Label", {}),
                "　凡出生满三十日至六十周岁、身体健康的人士，可作为本合同的被保险人。",
                key="被保险人",
            ),
            H(
                "COVERAGE",
                "HT-Text",
                "第二条　",
                ("保险责任", "HT-Label", {}),
                "　被保险人在等待期后因疾病或在保险期间内因意外伤害，经医院诊断必须住院治疗的，保险人按照被保险人实际住院天数扣除三日免赔天数后，乘以保险单载明的住院日津贴额给付住院津贴保险金；每次住院给付天数以九十日为限，保险期间内累计以一百八十日为限。",
                key="保险责任",
            ),
            H(
                "EXCLUSIONS",
                "HT-Text",
                "第三条　",
                ("责任免除", "HT-Label", {}),
                "　因下列情形之一导致被保险人住院的，保险人不承担给付保险金责任：",
                key="责任免除",
                excl="因下列情形之一导致被保险人住院的，保险人不承担给付保险金责任：",
            ),
            X("HT-Text", "（一）", ("投保人对被保险人的故意杀害、故意伤害，被保险人故意自伤、自杀；", None, B)),
            X(
                "HT-Text",
                "（二）",
                ("被保险人在投保前已患有的疾病，", None, B),
                ("以及等待期内出现症状、体征的疾病；", None, {"b": False}),
            ),
            X("HT-Text", "（三）", ("被保险人因整形、美容、矫形、健康体检、疗养、康复治疗而住院。", None, B)),
            H(
                "PERIOD",
                "HT-Text",
                "第四条　",
                ("保险期间", "HT-Label", {}),
                "　本合同保险期间为一年，等待期为三十日，续保合同不设等待期。",
                key="保险期间",
            ),
            H(
                "SUM_INSURED",
                "HT-Text",
                "第五条　",
                ("住院日津贴额", "HT-Label", {}),
                "　住院日津贴额由投保人与保险人约定，分为五十元、一百元、二百元三档，在保险单中载明。",
                key="住院日津贴额",
            ),
            H(
                "CLAIMS",
                "HT-Text",
                "第六条　",
                ("保险金申请", "HT-Label", {}),
                "　申请住院津贴保险金时，申请人应提供入院记录、出院小结及住院天数证明。保险人在收到完整资料后五日内作出核定。",
                key="保险金申请",
            ),
            H(
                "DEFINITIONS",
                "HT-Text",
                "第七条　",
                ("释义", "HT-Label", {}),
                "　住院：指被保险人因疾病或意外伤害而入住医院的正式病房进行治疗，并正式办理入出院手续，不包括挂床住院及门诊观察。",
                key="释义",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c17 物流责任 (泓信, family LX)
# Bold through a character-style chain (LX-Excl basedOn LX-StrongBase, which sets bold); a combined heading
# covers amount, premium and period.
DOCS.append(
    Doc(
        file="c17_wuliu_zeren.docx",
        title="泓信财产保险股份有限公司物流责任保险条款",
        emphasized=True,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style("paragraph", "LX-H", "LX 标题", "Normal", ppr="<w:keepNext/>", rpr='<w:b/><w:sz w:val="22"/>'),
            style("paragraph", "LX-Text", "LX 正文", "Normal", ppr=IND2),
            style("character", "LX-StrongBase", "LX 强调基础", rpr="<w:b/>"),
            style("character", "LX-Excl", "LX 免责字符", "LX-StrongBase", rpr='<w:color w:val="1F3864"/>'),
        ],
        notes="Exclusion body runs use the character style LX-Excl, whose base LX-StrongBase is bold.",
        blocks=[
            P("LX-H", "泓信财产保险股份有限公司物流责任保险条款", ppr=CENTER),
            P("Normal", "注册号：C00055930212026071700548", ppr=CENTER),
            H("INSURED_SCOPE", "LX-H", "第一部分　被保险人", key="被保险人"),
            P(
                "LX-Text",
                "第一条　经工商行政管理机关登记注册，持有合法有效的道路运输经营许可证或仓储经营资格的物流企业，可作为本保险合同的被保险人。",
            ),
            H("COVERAGE", "LX-H", "第二部分　保险责任", key="保险责任"),
            P(
                "LX-Text",
                "第二条　被保险人在经营物流业务过程中，由于火灾、爆炸，运输工具发生碰撞、出轨、倾覆、坠落、搁浅，或者偷盗、整件提货不着，造成物流货物的损失，依法应由被保险人承担赔偿责任的，保险人根据本保险合同的约定负责赔偿。",
            ),
            H("EXCLUSIONS", "LX-H", "第三部分　责任免除", key="责任免除"),
            X(
                "LX-Text",
                "第三条　",
                (
                    "由于下列原因造成的损失、费用和责任，保险人不负责赔偿：被保险人的故意或重大过失行为；物流货物自然磨损、自然损耗、腐烂变质；包装不良或不当，标志不清或错误；",
                    "LX-Excl",
                    {},
                ),
            ),
            X(
                "LX-Text",
                "第四条　",
                (
                    "被保险人转委托的分包方在无合法运输资质的情况下造成的损失，以及市价跌落、交货延迟造成的间接损失，保险人不负责赔偿。",
                    "LX-Excl",
                    {},
                ),
            ),
            H(
                "SUM_INSURED PREMIUM PERIOD",
                "LX-H",
                "第四部分　责任限额、保险费与保险期间",
                key="责任限额、保险费与保险期间",
            ),
            P(
                "LX-Text",
                "第五条　每次事故责任限额和累计责任限额由投保人与保险人协商确定。保险费按预计年营业收入乘以费率计算，保险期间届满后按实际营业收入调整。除另有约定外，保险期间为一年。",
            ),
            H("CLAIMS", "LX-H", "第五部分　赔偿处理", key="赔偿处理"),
            P(
                "LX-Text",
                "第六条　发生保险事故后，被保险人应提供运单、货物交接单、事故证明、损失清单、向货主赔付的凭证；保险人的赔偿以被保险人依法应承担的赔偿金额为准，不超过责任限额。",
            ),
            H("DISPUTES", "LX-H", "第六部分　争议处理", key="争议处理"),
            P("LX-Text", "第七条　因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。"),
        ],
    )
)

# ---------------------------------------------------------------- c18 能繁母猪养殖保险 (丰禾, family YZ)
# Exclusions bold directly; the exclusions chapter continues after a section break where the later items
# are plain.
DOCS.append(
    Doc(
        file="c18_nongxian_yangzhi.docx",
        title="丰禾财产保险股份有限公司能繁母猪养殖保险条款",
        emphasized=False,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style("paragraph", "YZ-Ch", "YZ 章", "Normal", ppr='<w:keepNext/><w:jc w:val="center"/>', rpr="<w:b/>"),
            style("paragraph", "YZ-Text", "YZ 正文", "Normal", ppr=IND2),
        ],
        notes="第五条 (一)(二) bold by direct w:b before the section break; (三)(四) after the break are plain.",
        blocks=[
            P("YZ-Ch", "丰禾财产保险股份有限公司能繁母猪养殖保险条款"),
            P("Normal", "注册号：C00045912512026012000164", ppr=CENTER),
            P("YZ-Ch", "第一章　总则"),
            P(
                "YZ-Text",
                "第一条　本保险合同由保险条款、投保单、保险单、保险凭证以及批单组成。本保险为政策性农业保险，保险费由各级财政和养殖户共同负担。",
            ),
            H("INSURED_SCOPE", "YZ-Ch", "第二章　保险标的", key="保险标的"),
            P(
                "YZ-Text",
                "第二条　同时符合下列条件的能繁母猪可作为本保险合同的保险标的：存栏量在三十头以上的养殖场（户）饲养的、八月龄以上四周岁以下的能繁母猪；按规定佩戴耳标并完成免疫；饲养圈舍卫生、管理制度健全。",
            ),
            H("COVERAGE", "YZ-Ch", "第三章　保险责任", key="保险责任"),
            P(
                "YZ-Text",
                "第三条　在保险期间内，由于重大病害、自然灾害、意外事故，以及政府实施的强制扑杀，导致保险母猪直接死亡的，保险人按照本保险合同的约定负责赔偿。",
            ),
            H("EXCLUSIONS", "YZ-Ch", "第四章　责任免除", key="责任免除"),
            X("YZ-Text", "第四条　", ("下列原因造成的损失，保险人不负责赔偿：", None, B)),
            X("YZ-Text", "（一）", ("投保人、被保险人及其饲养人员的故意行为、重大过失或管理不善；", None, B)),
            X("YZ-Text", "（二）", ("他人的恶意破坏行为，以及保险母猪被盗、走失；", None, B)),
            S(),
            X("YZ-Text", "（三）", "保险母猪在疾病观察期内患有保险责任范围内的疾病导致死亡；"),
            X(
                "YZ-Text",
                "（四）",
                "被保险人拒绝对病死保险母猪进行无害化处理，或因政府扑杀获得的补偿已覆盖损失的部分。",
            ),
            H("SUM_INSURED", "YZ-Ch", "第五章　保险金额", key="保险金额"),
            P("YZ-Text", "第五条　每头保险母猪的保险金额为一千五百元，保险金额＝每头保险金额×保险数量。"),
            H("PREMIUM", "YZ-Ch", "第六章　保险费", key="保险费"),
            P(
                "YZ-Text",
                "第六条　每头保险母猪的保险费为九十元，其中中央、省、市县财政补贴百分之八十，养殖户承担百分之二十。",
            ),
            H("PERIOD", "YZ-Ch", "第七章　保险期间", key="保险期间"),
            P(
                "YZ-Text",
                "第七条　保险期间为一年，自保险单载明的起保日期零时起计算，疾病观察期为二十日，续保的不设观察期。",
            ),
            H("CLAIMS", "YZ-Ch", "第八章　赔偿处理", key="赔偿处理"),
            P(
                "YZ-Text",
                "第八条　保险母猪发生死亡后，被保险人应在二十四小时内报案，保险人接到报案后二十四小时内到达现场查勘，并配合畜牧兽医部门进行无害化处理；赔偿金额按死亡头数乘以每头赔偿标准计算。",
            ),
            H("DISPUTES", "YZ-Ch", "第九章　争议处理", key="争议处理"),
            P(
                "YZ-Text",
                "第九条　因履行本保险合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁机构仲裁，或依法向人民法院起诉。",
            ),
            H("DEFINITIONS", "YZ-Ch", "第十章　释义", key="释义"),
            P(
                "YZ-Text",
                "第十条　能繁母猪：指已经产过一胎以上、具有繁殖能力的母猪。疾病观察期：指自保险期间开始之日起至保险人开始承担保险责任之日止的一段时间。",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c19 航班延误及旅行意外 (安澜, family HY)
# docDefaults at 10 pt; exclusions at 10.5 pt (larger than the 10 pt body); a clause in 保险金申请 excluding
# delays the insured caused is at 12 pt.
DOCS.append(
    Doc(
        file="c19_hangyan_lvxing.docx",
        title="安澜财产保险股份有限公司航班延误及旅行意外伤害保险条款",
        emphasized=True,
        defaults_rpr=dflt(20),
        styles=[
            *base_styles(),
            style(
                "paragraph",
                "HY-H",
                "HY 标题",
                "Normal",
                ppr='<w:keepNext/><w:spacing w:before="120"/>',
                rpr='<w:b/><w:sz w:val="24"/>',
            ),
            style("paragraph", "HY-Text", "HY 正文", "Normal", ppr=IND2),
            style("paragraph", "HY-Excl", "HY 免责", "HY-Text", rpr='<w:sz w:val="21"/>'),
        ],
        notes="Body size resolves to 10 pt (docDefaults w:sz=20). Exclusion bodies in HY-Excl at 10.5 pt; the "
        "hidden clause in 保险金申请与给付 at 12 pt by direct w:sz=24.",
        blocks=[
            P("HY-H", "安澜财产保险股份有限公司航班延误及旅行意外伤害保险条款", ppr=CENTER),
            P("Normal", "注册号：C00031934512026052600389", ppr=CENTER),
            H("INSURED_SCOPE", "HY-H", "一、被保险人", key="被保险人"),
            P(
                "HY-Text",
                "持有有效身份证件、已购买保险单载明航班客票的自然人，可作为本保险合同的被保险人。投保人为他人投保的，应经被保险人同意。",
            ),
            H("COVERAGE", "HY-H", "二、保险责任", key="保险责任"),
            P(
                "HY-Text",
                "（一）航班延误：被保险人所乘坐的保险单载明的航班，因自然灾害、恶劣天气、机械故障、航空管制、承运人运力调配原因，较原计划起飞时间延误达到三小时以上或被取消的，保险人按照保险单载明的金额给付航班延误保险金。",
            ),
            P(
                "HY-Text",
                "（二）旅行意外：被保险人自进入出发机场候机楼起，至离开目的地机场候机楼止，遭受意外伤害导致身故、伤残的，保险人按照约定给付保险金。",
            ),
            P(
                "HY-Text",
                "（三）行李延误：被保险人托运的行李因承运人原因，在抵达目的地后六小时内未能送达的，保险人给付行李延误保险金，用于购买必需的生活用品。",
            ),
            H("EXCLUSIONS", "HY-H", "三、责任免除", key="责任免除"),
            X(
                "HY-Excl",
                "1．",
                "被保险人在投保时已知晓或者应当知晓所乘航班将延误、取消，或在航班延误、取消公告发布后投保的；",
            ),
            X("HY-Excl", "2．", "被保险人未按时办理登机手续、未按时登机，或自行改签、退票的；"),
            X("HY-Excl", "3．", "因战争、军事行动、恐怖活动、罢工导致的航班延误或取消。"),
            H("PERIOD", "HY-H", "四、保险期间", key="保险期间"),
            P(
                "HY-Text",
                "本保险合同的保险期间以保险单载明的航班为准：航班延误责任自原计划起飞时间起至实际起飞时间止；旅行意外责任自被保险人进入出发机场候机楼起至离开目的地机场候机楼止。",
            ),
            H("CLAIMS", "HY-H", "五、保险金申请与给付", key="保险金申请与给付"),
            P(
                "HY-Text",
                "申请航班延误保险金时，申请人应提供被保险人身份证件、登机牌或行程单、承运人出具的延误证明；保险人可以通过航班数据服务商核实航班实际起飞时间，核实无误的，在五个工作日内给付。",
            ),
            X(
                "HY-Text",
                "",
                (
                    "同一航班延误已从承运人或其他保险人处获得等额补偿的，保险人在本合同项下仅就差额部分给付，不重复给付。",
                    None,
                    {"sz": 12},
                ),
            ),
            H("DISPUTES", "HY-H", "六、争议处理", key="争议处理"),
            P(
                "HY-Text",
                "因履行本保险合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁委员会仲裁；保险单未载明仲裁机构或者争议发生后未达成仲裁协议的，依法向人民法院起诉。",
            ),
            H("DEFINITIONS", "HY-H", "七、释义", key="释义"),
            P(
                "HY-Text",
                "延误时间：指航班实际起飞时间与保险单载明的原计划起飞时间之间的间隔。航班取消后被保险人改乘其他航班的，以改乘航班的实际起飞时间计算延误时间。",
            ),
        ],
    )
)

# ---------------------------------------------------------------- c20 拖拉机保险 (华岳, family TL)
# Each exclusion clause is emphasised a different way: bold, underline (words), a larger size, bold and
# double underline.
DOCS.append(
    Doc(
        file="c20_tuolaji.docx",
        title="华岳财产保险股份有限公司拖拉机综合保险条款",
        emphasized=True,
        defaults_rpr=dflt(21),
        styles=[
            *base_styles(),
            style("paragraph", "TL-H", "TL 标题", "Normal", ppr="<w:keepNext/>", rpr='<w:rFonts w:eastAsia="黑体"/>'),
            style("paragraph", "TL-Text", "TL 正文", "Normal", ppr=IND2),
        ],
        notes="Clause 1 bold, clause 2 w:u=words, clause 3 12 pt, clause 4 bold + double underline (all direct).",
        blocks=[
            P("TL-H", "华岳财产保险股份有限公司拖拉机综合保险条款", ppr=CENTER),
            P("Normal", "注册号：C00049931112026082800492", ppr=CENTER),
            H("INSURED_SCOPE", "TL-H", "一、保险标的", key="保险标的"),
            P(
                "TL-Text",
                "在中华人民共和国境内（不含港、澳、台地区）依法登记、持有农业农村部门核发号牌和行驶证的拖拉机，以及与其配套作业的农机具，可作为本保险合同的保险标的。",
            ),
            H("COVERAGE", "TL-H", "二、保险责任", key="保险责任"),
            P(
                "TL-Text",
                "在保险期间内，被保险拖拉机在田间作业或道路行驶过程中，因碰撞、倾覆、坠落、火灾、爆炸，以及暴雨、洪水、雷击、冰雹、泥石流等自然灾害造成的损失，保险人按照本保险合同约定负责赔偿；被保险拖拉机发生意外事故致使第三者遭受人身伤亡或财产损失，依法应由被保险人承担的赔偿责任，保险人在责任限额内负责赔偿。",
            ),
            H("EXCLUSIONS", "TL-H", "三、责任免除", key="责任免除"),
            X(
                "TL-Text",
                "1．",
                ("驾驶人未取得拖拉机驾驶证，或驾驶证被吊销、注销、暂扣期间驾驶的，保险人不负责赔偿；", None, B),
            ),
            X(
                "TL-Text",
                "2．",
                ("被保险拖拉机未按规定进行年度安全检验，或检验不合格的，保险人不负责赔偿；", None, {"u": "words"}),
            ),
            X(
                "TL-Text",
                "3．",
                (
                    "被保险拖拉机违反规定载人、超载作业，或被用于非农业运输营利活动导致的损失，保险人不负责赔偿；",
                    None,
                    {"sz": 12},
                ),
            ),
            X(
                "TL-Text",
                "4．",
                (
                    "轮胎、履带单独损坏，以及发动机因缺油、缺水、长期超负荷运转导致的损坏，保险人不负责赔偿。",
                    None,
                    {"b": True, "u": "double"},
                ),
            ),
            H("SUM_INSURED", "TL-H", "四、保险金额与责任限额", key="保险金额与责任限额"),
            P(
                "TL-Text",
                "拖拉机损失的保险金额按投保时的实际价值确定；第三者责任限额由投保人在五万元、十万元、二十万元中选择，并在保险单中载明。",
            ),
            H("PREMIUM", "TL-H", "五、保险费", key="保险费"),
            P(
                "TL-Text",
                "保险费按拖拉机的功率、使用年限和选择的责任限额计算；享受地方农机保险补贴的，补贴部分由财政直接拨付。",
            ),
            H("PERIOD", "TL-H", "六、保险期间", key="保险期间"),
            P("TL-Text", "除另有约定外，本保险合同的保险期间为一年，以保险单载明的起讫时间为准。"),
            H("DISPUTES", "TL-H", "七、争议处理", key="争议处理"),
            P("TL-Text", "因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。"),
        ],
    )
)


LOOK = 'w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"'
RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]


def _local(el: Any) -> str:
    return str(el.tag).rsplit("}", 1)[-1]


def _insert_ordered(parent: Any, xml: str, order: list[str]) -> None:
    """Insert the elements of `xml` into `parent`, keeping the schema's child order."""
    for child in list(parse_xml(f"<w:x {NS}>{xml}</w:x>")):
        rank = order.index(_local(child))
        for i, existing in enumerate(parent):
            if _local(existing) in order and order.index(_local(existing)) > rank:
                parent.insert(i, child)
                break
        else:
            parent.append(child)


def _add_runs(par: Any, runs: tuple[Run, ...]) -> None:
    for r in runs:
        if isinstance(r, str):
            par.add_run(r)
            continue
        text, char_style, props = r
        run = par.add_run(text)
        if char_style:
            run._r.style = char_style
        for key, value in props.items():
            if key == "b":
                run.bold = value
            elif key == "i":
                run.italic = value
            elif key == "u":
                run.underline = False if value == "none" else getattr(WD_UNDERLINE, value.upper())
            elif key == "sz":
                run.font.size = Pt(value)
            elif key == "color":
                run.font.color.rgb = RGBColor.from_string(value)
            elif key == "hl":
                run.font.highlight_color = getattr(WD_COLOR_INDEX, value)
            elif key == "xml":
                _insert_ordered(run._r.get_or_add_rPr(), value, RPR_ORDER)
            else:
                raise ValueError(key)


def _add_par(container: Any, block: tuple[Any, ...], doc: Doc, first: bool = False) -> None:
    _, sty, runs, ppr, body, head = block
    par = container.paragraphs[0] if first else container.add_paragraph()
    if sty:
        par._p.style = sty
    if ppr:
        _insert_ordered(par._p.get_or_add_pPr(), ppr, PPR_ORDER)
    _add_runs(par, runs)
    if body is not None:
        doc.excl.append(body)
    if head is not None:
        codes, key = head
        for code in codes:
            assert code in SECTIONS, code
            doc.heads.setdefault(code, []).append(key)


def _replace_children(target: Any, xml: str) -> None:
    for child in list(target):
        target.remove(child)
    for child in list(parse_xml(xml)):
        target.append(child)


def build(doc: Doc, path: Path) -> None:
    doc.excl, doc.heads = [], {}
    d = docx.Document()
    # drop the template's Word-2010 style copy so that styles.xml is the only style part
    for rid, rel in list(d.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            d.part.drop_rel(rid)
    styles = "".join(doc.styles)
    _replace_children(
        d.styles.element,
        f"<w:styles {NS}><w:docDefaults><w:rPrDefault><w:rPr>{doc.defaults_rpr}</w:rPr></w:rPrDefault>"
        f"<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>{styles}</w:styles>",
    )
    _replace_children(d.part.numbering_part.element, f"<w:numbering {NS}>{doc.numbering}</w:numbering>")
    body = d.element.body
    for p in list(body):
        if _local(p) != "sectPr":
            body.remove(p)
    for block in doc.blocks:
        if block[0] == "p":
            _add_par(d, block, doc)
        elif block[0] == "s":
            d.add_section(WD_SECTION.NEW_PAGE)
        else:
            _, tbl_style, rows, look = block
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            tbl_pr = table._tbl.tblPr
            for child in list(tbl_pr):
                if _local(child) in ("tblStyle", "tblLook"):
                    tbl_pr.remove(child)
            tbl_pr.insert(0, parse_xml(f'<w:tblStyle {NS} w:val="{tbl_style}"/>'))
            tbl_pr.append(parse_xml(f"<w:tblLook {NS} {look or LOOK}/>"))
            for r, row in enumerate(rows):
                for c, cell_blocks in enumerate(row):
                    cell = table.cell(r, c)
                    for i, cb in enumerate(cell_blocks):
                        _add_par(cell, cb, doc, first=(i == 0))
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = doc.title, "xiaobao fresh 2026-12-31", "xiaobao fresh 2026-12-31"
    cp.comments, cp.subject, cp.keywords = "", "", ""
    cp.created = cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    _fixed_zip(buf.getvalue(), path)


def _fixed_zip(data: bytes, path: Path) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def write_all(folder: Path, manifest: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    labels, man = [], []
    for doc in DOCS:
        build(doc, folder / doc.file)
        present = [s for s in SECTIONS if s in doc.heads]
        assert "EXCLUSIONS" in present or doc.excl, doc.file
        labels.append(
            {
                "file": doc.file,
                "exclusions_emphasized": doc.emphasized,
                "sections_present": present,
                "sections_missing": [s for s in SECTIONS if s not in present],
            }
        )
        man.append(
            {
                "file": doc.file,
                "exclusion_bodies": doc.excl,
                "section_headings": {s: doc.heads[s] for s in present},
                "notes": doc.notes,
            }
        )
    (folder / "labels.jsonl").write_text(
        "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in labels), encoding="utf-8"
    )
    manifest.write_text(json.dumps(man, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    if "--rebuild" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            t = Path(tmp)
            write_all(t / "disclosure", t / "manifest.json")
            names = sorted(p.name for p in (t / "disclosure").iterdir())
            same = [filecmp.cmp(t / "disclosure" / n, OUT / n, shallow=False) for n in names]
            same.append(filecmp.cmp(t / "manifest.json", MANIFEST, shallow=False))
            bad = [n for n, ok in zip([*names, "disclosure_manifest.json"], same, strict=True) if not ok]
            print("byte-identical" if not bad else f"DIFFERENT: {bad}")
            return 1 if bad else 0
    write_all(OUT, MANIFEST)
    print(f"{len(DOCS)} documents written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Generate a regression disclosure corpus built differently from tests/data/disclosure/.

    .venv/bin/python tests/data/disclosure_regression/make_regression.py

The engine was not tuned on these documents when they were written (they were a held-out set then); it has
been tuned on them since, so they are a regression set now. They differ in *construction*:
Word built-in Heading styles and outline levels instead of bold headings, auto-numbered list
paragraphs (w:numPr) instead of typed 第X条 / （一）, exclusions laid out in a table, emphasis through a
character style, through complex-script-only properties (w:bCs / w:szCs), through size inherited along
docDefaults → basedOn chains, 楷体 / 仿宋 faces, double / wave underlines, a 重要提示 box at the top,
and clauses where only some characters are bold.

Every label comes from the spec below (what the generator wrote and how Word renders it), never from
the engine. Rendering facts the labels rely on (ECMA-376 Part 1, §17.3.2):
  * w:bCs / w:szCs apply to *complex-script* characters (Arabic, Hebrew …). Chinese text is East Asian
    and is rendered with w:b / w:sz, so a run with only w:bCs is NOT bold on screen or in print.
  * A face change alone (仿宋 body, 楷体 clauses) is neither bold, larger nor underlined.
  * Item numbers produced by w:numPr, and a separate 序号 column in a table, are not the clause body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
ORDER = ("INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "CLAIMS",
         "DISPUTES", "DEFINITIONS")

# ---------------------------------------------------------------------------------------------------------
# Clause texts. ⟦…⟧ marks a limitation of the insurer's liability outside the 责任免除 section.
# ---------------------------------------------------------------------------------------------------------
HOME = {
    "title": "家庭财产综合保险条款",
    "INSURED_SCOPE": ["本保险合同载明地址内的下列家庭财产可作为保险标的：房屋及其室内附属设备、室内装潢、室内财产。"],
    "COVERAGE": [
        "在保险期间内，由于下列原因造成保险标的的损失，保险人按照本保险合同的约定负责赔偿：",
        "火灾、爆炸；",
        "雷击、台风、暴雨、洪水、冰雹；",
        "空中运行物体坠落，外来的建筑物和其他固定物体倒塌。",
    ],
    "EXCLUSIONS": [
        "下列原因造成的损失、费用，保险人不负责赔偿：",
        "投保人、被保险人及其家庭成员的故意或重大过失行为；",
        "战争、敌对行动、军事行为、武装冲突、罢工、骚乱、暴动、恐怖活动；",
        "核辐射、核爆炸、核污染及其他放射性污染；",
        "保险标的本身缺陷、保管不善导致的损毁，保险标的的变质、霉烂、受潮、虫咬、自然磨损；",
        "家用电器因使用过度、超电压、短路、断路、漏电、自身发热等原因造成的本身损毁。",
    ],
    "SUM_INSURED": ["房屋及室内附属设备的保险金额由投保人参照房屋的实际价值自行确定，并在保险单中载明。"],
    "PREMIUM": ["投保人应当在保险合同成立时一次性交付保险费。"],
    "PERIOD": ["除另有约定外，本保险合同的保险期间为一年，以保险单载明的起讫时间为准。"],
    "CLAIMS": [
        "保险事故发生时，被保险人应当尽力采取必要、合理的措施，防止或者减少损失，并及时通知保险人。",
        "被保险人请求赔偿时，应当向保险人提供保险单、损失清单、有关部门出具的事故证明等资料。",
    ],
    "DISPUTES": ["因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。"],
    "DEFINITIONS": [
        "【火灾】指在时间或空间上失去控制的燃烧所造成的灾害。",
        "【暴雨】指每小时降雨量达16毫米以上，或连续12小时降雨量达30毫米以上的降雨。",
    ],
}

RIDER = {
    "title": "驾乘人员意外伤害保险条款",
    "INSURED_SCOPE": ["凡在被保险机动车上乘坐的驾驶人员及乘客，均可作为本保险合同的被保险人。"],
    "COVERAGE": [
        "在保险期间内，被保险人在乘坐被保险机动车期间遭受意外伤害事故，并自事故发生之日起180日内因该事故身故的，"
        "保险人按约定给付身故保险金。",
        "被保险人因上述意外伤害导致伤残的，保险人按《人身保险伤残评定标准》确定的伤残等级给付伤残保险金。",
    ],
    "EXCLUSIONS": [
        "因下列原因造成被保险人身故或伤残的，保险人不承担给付保险金责任：",
        "投保人对被保险人的故意杀害、故意伤害；",
        "被保险人故意自伤、故意犯罪或者抗拒依法采取的刑事强制措施；",
        "被保险人醉酒驾驶，或者无有效驾驶证驾驶被保险机动车；",
        "被保险机动车在营业性维修、养护期间；",
        "被保险人妊娠、流产、分娩、疾病、药物过敏。",
    ],
    "SUM_INSURED": ["保险金额按座位确定，每座保险金额由投保人和保险人协商确定，并在保险单中载明。"],
    "PREMIUM": ["保险费按保险单载明的座位数和每座保险金额计算，投保人应当一次性交清。"],
    "PERIOD": ["本保险合同的保险期间为一年，自保险单载明的起保日零时起至期满日二十四时止。"],
    "CLAIMS": [
        "保险金申请人应当于知道保险事故发生之日起10日内通知保险人。",
        "申请身故保险金时，应当提供保险单、受益人身份证明、公安部门出具的被保险人死亡证明等资料。",
    ],
    "DISPUTES": ["因履行本保险合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁委员会仲裁。"],
    "DEFINITIONS": [
        "【意外伤害】指以外来的、突发的、非本意的和非疾病的客观事件为直接且单独的原因致使身体受到的伤害。",
        "【醉酒驾驶】指驾驶人血液中的酒精含量大于或者等于80mg/100mL时驾驶机动车的行为。",
    ],
}

MEDICAL = {
    "title": "团体住院医疗保险条款",
    "INSURED_SCOPE": ["凡投保时年龄在16周岁至65周岁、能正常工作的机关、企事业单位在职人员，均可作为被保险人。"],
    "COVERAGE": [
        "在保险期间内，被保险人因意外伤害或者在等待期后因疾病在二级以上公立医院住院治疗的，保险人对其实际支出的"
        "合理且必要的住院医疗费用，按照约定给付住院医疗保险金。",
    ],
    "EXCLUSIONS": [
        "因下列情形之一导致被保险人发生医疗费用的，保险人不承担给付保险金的责任：",
        "被保险人在投保前已患有的疾病及其并发症；",
        "被保险人在等待期内确诊的疾病；",
        "牙齿治疗、视力矫正、整形美容、变性手术；",
        "不孕不育治疗、人工受孕、怀孕、分娩及其并发症；",
        "被保险人患性病、艾滋病或者感染艾滋病病毒。",
    ],
    "SUM_INSURED": [
        "被保险人的住院医疗保险金额由投保人与保险人约定，并在保险单中载明。",
        "⟦每次住院的免赔额为人民币500元，免赔额以内的费用由被保险人自行负担。⟧",
    ],
    "PREMIUM": ["保险费按被保险人人数计算，由投保单位统一交付。"],
    "PERIOD": ["保险期间为一年，以保险单载明的起讫时间为准。"],
    "CLAIMS": [
        "被保险人出院后，保险金申请人应当填写保险金给付申请书，并提供医疗费用收据原件、出院小结、费用明细清单。",
        "保险人收到申请后，应当及时作出核定，并于与申请人达成给付协议后十日内给付保险金。",
    ],
    "DISPUTES": ["因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。"],
    "DEFINITIONS": [
        "【等待期】指自本保险合同生效之日起30日的期间。",
        "【住院】指被保险人因疾病或意外伤害而入住医院的正式病房进行治疗，并正式办理入出院手续。",
    ],
}

OBLIGATIONS = [
    "投保人应当履行如实告知义务，如实回答保险人就保险标的或者被保险人的有关情况提出的询问。",
    "在保险期间内，被保险人变更工作单位或者住址的，应当及时书面通知保险人。",
]
OTHER = ["本保险合同的变更、批改以保险人出具的批单为准。", "本条款未尽事宜，以保险单及批单载明的内容为准。"]

HEADINGS = {
    "INSURED_SCOPE": "保险标的", "COVERAGE": "保险责任", "EXCLUSIONS": "责任免除", "SUM_INSURED": "保险金额",
    "PREMIUM": "保险费", "PERIOD": "保险期间", "CLAIMS": "赔偿处理", "DISPUTES": "争议处理", "DEFINITIONS": "释义",
    "OBLIGATIONS": "投保人、被保险人义务", "OTHER": "其他事项",
}

# ---------------------------------------------------------------------------------------------------------
# Low-level XML helpers
# ---------------------------------------------------------------------------------------------------------
_RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "sz", "szCs", "u", "em"]
CN = "一二三四五六七八九十"


def set_rpr(rpr, **props) -> None:
    """Set run properties on an rPr element; values: True/False/str/(el, attrs)."""
    for key, value in props.items():
        tag = {"font": "rFonts"}.get(key, key)
        old = rpr.find(qn(f"w:{tag}"))
        if old is not None:
            rpr.remove(old)
        if value is None:
            continue
        el = OxmlElement(f"w:{tag}")
        if tag == "rFonts":
            for attr in ("ascii", "hAnsi", "eastAsia"):
                el.set(qn(f"w:{attr}"), value)
        elif tag in ("sz", "szCs"):
            el.set(qn("w:val"), str(int(value * 2)))
        elif tag in ("u", "rStyle", "em"):
            el.set(qn("w:val"), value)
        elif value is False:
            el.set(qn("w:val"), "0")
        rpr.append(el)
    children = sorted(rpr, key=lambda c: _RPR_ORDER.index(c.tag.split("}")[1])
                      if c.tag.split("}")[1] in _RPR_ORDER else 99)
    for c in children:
        rpr.remove(c)
        rpr.append(c)


def style_rpr(style):
    return style.element.get_or_add_rPr()


def doc_defaults_rpr(doc):
    return doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")


def add_numbering(doc, fmt: str, text: str) -> int:
    """A new single-level list (numFmt / lvlText) in the numbering part; returns its numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id, num_id = max([*ids, 0]) + 1, max([*nums, 0]) + 1
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "singleLevel")
    abstract.append(multi)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("start", "1"), ("numFmt", fmt), ("lvlText", text), ("lvlJc", "left")):
        el = OxmlElement(f"w:{tag}")
        el.set(qn("w:val"), val)
        lvl.append(el)
    abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    numbering.append(num)
    return num_id


def set_numpr(paragraph, num_id: int, level: int = 0) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def set_outline(paragraph, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    el = OxmlElement("w:outlineLvl")
    el.set(qn("w:val"), str(level))
    ppr.append(el)


def box_borders(cell) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "8")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tcpr.append(borders)


# ---------------------------------------------------------------------------------------------------------
# Builder: writes paragraphs and records, for the label, which sections were headed and whether every
# exclusion clause body was rendered emphasised.
# ---------------------------------------------------------------------------------------------------------
Fmt = dict  # run properties for set_rpr


@dataclass
class Builder:
    doc: docx.Document = field(default_factory=docx.Document)
    sections: list[str] = field(default_factory=list)
    clause_ok: list[bool] = field(default_factory=list)

    def runs(self, paragraph, pieces: list[tuple[str, Fmt | None]]) -> None:
        for text, fmt in pieces:
            run = paragraph.add_run(text)
            if fmt:
                set_rpr(run._r.get_or_add_rPr(), **fmt)

    def para(self, pieces, *, style=None, num_id=None, align=None, outline=None, cell=None):
        if isinstance(pieces, str):
            pieces = [(pieces, None)]
        if cell is not None:
            p = cell.paragraphs[0] if not cell.paragraphs[0].text and not cell.paragraphs[0].runs else \
                cell.add_paragraph()
        else:
            p = self.doc.add_paragraph()
        if style:
            p.style = self.doc.styles[style]
        if num_id is not None:
            set_numpr(p, num_id)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if outline is not None:
            set_outline(p, outline)
        self.runs(p, pieces)
        return p

    def heading(self, code: str, text: str | None = None, *, how: str = "bold", number: str = "",
                num_id: int | None = None, level: int = 2):
        """how: style (Heading N) | bold | outline (plain text with w:outlineLvl)."""
        title = number + (text or HEADINGS[code])
        if code in ORDER:
            self.sections.append(code)
        if how == "style":
            p = self.doc.add_heading(title, level=level)
            if num_id is not None:
                set_numpr(p, num_id)
            return p
        if how == "outline":
            return self.para(title, outline=level - 1, num_id=num_id)
        return self.para([(title, {"b": True})], num_id=num_id)

    def clause(self, text: str, ok: bool, pieces=None, **kw):
        """An exclusion clause; ``ok`` says whether the generator emphasised its body."""
        self.clause_ok.append(ok)
        return self.para(pieces or [(text, None)], **kw)

    def body(self, text: str, marked_fmt: Fmt | None, marked_ok: bool, **kw):
        """A body paragraph; ⟦…⟧ parts are limitations and get ``marked_fmt``."""
        parts = re.split(r"[⟦⟧]", text)
        pieces = [(part, marked_fmt if i % 2 else None) for i, part in enumerate(parts) if part]
        if "⟦" in text:
            self.clause_ok.append(marked_ok)
        return self.para(pieces, **kw)

    def title(self, text: str) -> None:
        self.para([(text, {"b": True, "sz": 16})], align="center")

    def label(self, name: str) -> dict:
        present = [c for c in ORDER if c in self.sections]
        return {
            "file": f"{name}.docx",
            "exclusions_emphasized": all(self.clause_ok),
            "sections_present": present,
            "sections_missing": [c for c in ORDER if c not in present],
        }


def standard_sections(b: Builder, product: dict, codes, *, heading: Callable, excl: Callable,
                      marked_fmt: Fmt | None, marked_ok: bool, item_num: int | None = None,
                      body_style: str | None = None, extra: dict | None = None) -> None:
    """Write ``codes`` in order; ``excl(b, product)`` writes the 责任免除 section body."""
    extra = extra or {}
    for index, code in enumerate(codes, start=1):
        heading(b, code, index)
        if code == "EXCLUSIONS":
            excl(b, product)
            continue
        texts = extra.get(code) or (OBLIGATIONS if code == "OBLIGATIONS" else OTHER if code == "OTHER"
                                    else product[code])
        for j, text in enumerate(texts):
            is_item = code == "COVERAGE" and j > 0 and product[code][0].endswith("：")
            b.body(text, marked_fmt, marked_ok, style=body_style,
                   num_id=item_num if is_item and item_num is not None else None)


def cn_num(n: int) -> str:
    return CN[n - 1] if n <= 10 else "十" + (CN[n - 11] if n > 10 else "")


def typed_cn(n: int) -> str:
    return f"（{cn_num(n)}）"


# ---------------------------------------------------------------------------------------------------------
# The documents
# ---------------------------------------------------------------------------------------------------------
def h01() -> Builder:
    """Built-in Heading 2 styles; exclusion items auto-numbered (w:numPr), bodies bold."""
    b = Builder()
    b.doc.add_heading(HOME["title"], level=1)
    items = add_numbering(b.doc, "chineseCounting", "（%1）")
    cover_items = add_numbering(b.doc, "decimal", "%1.")
    heads = add_numbering(b.doc, "chineseCounting", "第%1条")

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, True, [(lead, {"b": True})])
        for t in rest:
            b.clause(t, True, [(t, {"b": True})], num_id=items)

    names = dict(HEADINGS, EXCLUSIONS="除外责任")
    standard_sections(b, HOME, ORDER, heading=lambda b, c, i: b.heading(c, names[c], how="style", num_id=heads),
                      excl=excl, marked_fmt={"b": True}, marked_ok=True, item_num=cover_items)
    return b


def h02() -> Builder:
    """Bold headings auto-numbered 第X条 (no typed numbers); exclusions in a 序号 | 内容 table, text bold."""
    b = Builder()
    b.title(RIDER["title"])
    heads = add_numbering(b.doc, "chineseCounting", "第%1条")

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, True, [(lead, {"b": True})])
        table = b.doc.add_table(rows=len(rest) + 1, cols=2)
        table.style = b.doc.styles["Table Grid"]
        b.para([("序号", {"b": True})], cell=table.cell(0, 0))
        b.para([("免除保险人责任的情形", {"b": True})], cell=table.cell(0, 1))
        for i, t in enumerate(rest, start=1):
            b.para(str(i), cell=table.cell(i, 0))
            b.clause(t, True, [(t, {"b": True})], cell=table.cell(i, 1))

    names = dict(HEADINGS, EXCLUSIONS="免责条款", INSURED_SCOPE="被保险人")
    codes = ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "OBLIGATIONS",
             "CLAIMS", "DISPUTES", "DEFINITIONS"]
    standard_sections(b, RIDER, codes, heading=lambda b, c, i: b.heading(c, names[c], num_id=heads),
                      excl=excl, marked_fmt={"b": True}, marked_ok=True)
    return b


def h03() -> Builder:
    """Heading styles; exclusions in a table whose header row is bold but whose clause text is plain."""
    b = Builder()
    b.doc.add_heading(MEDICAL["title"], level=1)

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, False)
        table = b.doc.add_table(rows=len(rest) + 1, cols=2)
        table.style = b.doc.styles["Table Grid"]
        b.para([("序号", {"b": True})], cell=table.cell(0, 0))
        b.para([("责任免除事项", {"b": True})], cell=table.cell(0, 1))
        for i, t in enumerate(rest, start=1):
            b.para(f"{i}", cell=table.cell(i, 0))
            b.clause(t, False, cell=table.cell(i, 1))

    names = dict(HEADINGS, EXCLUSIONS="责任免除条款", INSURED_SCOPE="被保险人", SUM_INSURED="保险金额和免赔额",
                 CLAIMS="保险金的申请", DISPUTES="争议解决", DEFINITIONS="名词解释")
    codes = ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "OBLIGATIONS",
             "CLAIMS", "DISPUTES", "OTHER", "DEFINITIONS"]
    standard_sections(b, MEDICAL, codes,
                      heading=lambda b, c, i: b.heading(c, names[c], how="style", number=f"{cn_num(i)}、"),
                      excl=excl, marked_fmt=None, marked_ok=False)
    return b


def h04() -> Builder:
    """Exclusion bodies in a character style that sets w:b and w:bCs; typed 第X条 headings."""
    b = Builder()
    st = b.doc.styles.add_style("条款加粗", WD_STYLE_TYPE.CHARACTER)
    set_rpr(style_rpr(st), b=True, bCs=True)
    b.title(HOME["title"])

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        for j, t in enumerate([lead, *rest]):
            num = typed_cn(j) if j else ""
            b.clause(t, True, [(num, None), (t, {"rStyle": "条款加粗"})] if num else [(t, {"rStyle": "条款加粗"})])

    standard_sections(b, HOME, ORDER, heading=lambda b, c, i: b.heading(c, number=f"第{cn_num(i)}条  "),
                      excl=excl, marked_fmt={"rStyle": "条款加粗"}, marked_ok=True)
    return b


def h05() -> Builder:
    """Complex-script-only emphasis (w:bCs + w:szCs) on Chinese clause text: renders plain → not emphasised."""
    b = Builder()
    b.doc.add_heading(RIDER["title"], level=1)
    cs = {"bCs": True, "szCs": 14}

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, False, [(lead, cs)])
        for j, t in enumerate(rest, start=1):
            b.clause(t, False, [(typed_cn(j), None), (t, cs)])

    names = dict(HEADINGS, EXCLUSIONS="保险人不承担责任的情形", INSURED_SCOPE="被保险人")
    standard_sections(b, RIDER, ORDER, heading=lambda b, c, i: b.heading(c, names[c], how="style"),
                      excl=excl, marked_fmt=cs, marked_ok=False)
    return b


def h06() -> Builder:
    """Size by inheritance: docDefaults 10.5 pt, Normal without size, 免责条款正文 → 条款正文 → Normal, 13 pt."""
    b = Builder()
    set_rpr(doc_defaults_rpr(b.doc), sz=10.5)
    set_rpr(style_rpr(b.doc.styles["Normal"]), sz=None)
    base = b.doc.styles.add_style("条款正文", WD_STYLE_TYPE.PARAGRAPH)
    base.base_style = b.doc.styles["Normal"]
    larger = b.doc.styles.add_style("免责条款正文", WD_STYLE_TYPE.PARAGRAPH)
    larger.base_style = base
    set_rpr(style_rpr(larger), sz=13)
    b.title(MEDICAL["title"])

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, True, style="免责条款正文")
        for j, t in enumerate(rest, start=1):
            b.clause(t, True, [(typed_cn(j) + t, None)], style="免责条款正文")

    names = dict(HEADINGS, INSURED_SCOPE="被保险人", DEFINITIONS="名词解释", CLAIMS="保险金的申请")
    standard_sections(b, MEDICAL, ORDER, heading=lambda b, c, i: b.heading(c, names[c], number=f"{cn_num(i)}、"),
                      excl=excl, marked_fmt={"sz": 13}, marked_ok=True, body_style="条款正文")
    return b


def h07() -> Builder:
    """docDefaults 12 pt; the 免责 style sets 12 pt explicitly (same as the body) → not larger, not emphasised."""
    b = Builder()
    set_rpr(doc_defaults_rpr(b.doc), sz=12)
    set_rpr(style_rpr(b.doc.styles["Normal"]), sz=None)
    same = b.doc.styles.add_style("免责条款正文", WD_STYLE_TYPE.PARAGRAPH)
    same.base_style = b.doc.styles["Normal"]
    set_rpr(style_rpr(same), sz=12)
    b.title(HOME["title"])

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, False, style="免责条款正文")
        for j, t in enumerate(rest, start=1):
            b.clause(t, False, [(typed_cn(j) + t, None)], style="免责条款正文")

    standard_sections(b, HOME, ORDER, heading=lambda b, c, i: b.heading(c, number=f"第{cn_num(i)}条 "),
                      excl=excl, marked_fmt=None, marked_ok=False)
    return b


def _fangsong_body(b: Builder) -> None:
    set_rpr(style_rpr(b.doc.styles["Normal"]), font="仿宋_GB2312", sz=12)


def h08() -> Builder:
    """仿宋 body, exclusions in 楷体 only (no bold / size / underline) → not emphasised."""
    b = Builder()
    _fangsong_body(b)
    b.title(RIDER["title"])
    kai = {"font": "楷体_GB2312"}

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, False, [(lead, kai)])
        for j, t in enumerate(rest, start=1):
            b.clause(t, False, [(f"{j}. ", None), (t, kai)])

    names = dict(HEADINGS, INSURED_SCOPE="被保险人", DISPUTES="争议解决")
    standard_sections(b, RIDER, ORDER, heading=lambda b, c, i: b.heading(c, names[c], number=f"第{cn_num(i)}条 "),
                      excl=excl, marked_fmt=kai, marked_ok=False)
    return b


def h09() -> Builder:
    """仿宋 body; exclusions 楷体 + bold, the bold coming from a based-on paragraph style chain."""
    b = Builder()
    _fangsong_body(b)
    strong = b.doc.styles.add_style("提示加粗", WD_STYLE_TYPE.PARAGRAPH)
    strong.base_style = b.doc.styles["Normal"]
    set_rpr(style_rpr(strong), b=True)
    kai = b.doc.styles.add_style("免责楷体", WD_STYLE_TYPE.PARAGRAPH)
    kai.base_style = strong
    set_rpr(style_rpr(kai), font="楷体")
    b.doc.add_heading(MEDICAL["title"], level=1)

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, True, style="免责楷体")
        for j, t in enumerate(rest, start=1):
            b.clause(t, True, [(typed_cn(j) + t, None)], style="免责楷体")

    names = dict(HEADINGS, EXCLUSIONS="除外责任", INSURED_SCOPE="被保险人", SUM_INSURED="保险金额和免赔额",
                 CLAIMS="保险金的申请", DEFINITIONS="名词解释")
    standard_sections(b, MEDICAL, ORDER, heading=lambda b, c, i: b.heading(c, names[c], how="style"),
                      excl=excl, marked_fmt={"b": True, "font": "楷体"}, marked_ok=True)
    return b


def h10() -> Builder:
    """Double underline on the items, wave underline on the lead-in; the claims limitation dotted-underlined."""
    b = Builder()
    b.title(HOME["title"])
    extra = {"CLAIMS": HOME["CLAIMS"] + [
        "⟦被保险人未及时通知，致使保险事故的性质、原因、损失程度等难以确定的，保险人对无法确定的部分不承担赔偿责任。⟧"]}

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, True, [(lead, {"u": "wave"})])
        for j, t in enumerate(rest, start=1):
            b.clause(t, True, [(typed_cn(j), None), (t, {"u": "double"})])

    standard_sections(b, HOME, ORDER, heading=lambda b, c, i: b.heading(c, number=f"{cn_num(i)}、"),
                      excl=excl, marked_fmt={"u": "dotted"}, marked_ok=True, extra=extra)
    return b


IMPORTANT = (
    "重要提示：请您仔细阅读本保险条款。因被保险人醉酒驾驶、无有效驾驶证驾驶或者故意犯罪导致的身故或伤残，"
    "保险人不承担给付保险金责任。"
)


def h11() -> Builder:
    """重要提示 box at the top: the exclusion text there is bold, but the 责任免除 section is plain → False."""
    b = Builder()
    b.title(RIDER["title"])
    box = b.doc.add_table(rows=1, cols=1)
    box_borders(box.cell(0, 0))
    b.clause(IMPORTANT, True, [(IMPORTANT, {"b": True})], cell=box.cell(0, 0))

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, False)
        for j, t in enumerate(rest, start=1):
            b.clause(t, False, [(typed_cn(j) + t, None)])

    names = dict(HEADINGS, INSURED_SCOPE="被保险人")
    standard_sections(b, RIDER, ORDER, heading=lambda b, c, i: b.heading(c, names[c], number=f"第{cn_num(i)}条 "),
                      excl=excl, marked_fmt=None, marked_ok=False)
    return b


def h12() -> Builder:
    """A plain 重要提示 box that only points to the bold clauses (no exclusion in it); exclusions bold → True."""
    b = Builder()
    b.doc.add_heading(MEDICAL["title"], level=1)
    box = b.doc.add_table(rows=1, cols=1)
    box_borders(box.cell(0, 0))
    b.para("重要提示：投保前请您仔细阅读本条款，特别是以加粗字体标示的责任免除条款、等待期、免赔额等内容。",
           cell=box.cell(0, 0))

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, True, [(lead, {"b": True})])
        for j, t in enumerate(rest, start=1):
            b.clause(t, True, [(typed_cn(j), None), (t, {"b": True})])

    names = dict(HEADINGS, INSURED_SCOPE="被保险人", SUM_INSURED="保险金额和免赔额", DISPUTES="争议解决")
    standard_sections(b, MEDICAL, ORDER,
                      heading=lambda b, c, i: b.heading(c, names[c], how="style", number=f"{cn_num(i)}、"),
                      excl=excl, marked_fmt={"b": True}, marked_ok=True)
    return b


_KEY = re.compile(r"故意|战争|核辐射|保管不善|使用过度|醉酒|无有效驾驶证|已患有|等待期|整形美容|分娩|艾滋病")


def _split_key(text: str, key_fmt: Fmt, rest_fmt: Fmt | None):
    pieces, pos = [], 0
    for m in _KEY.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], rest_fmt))
        pieces.append((m.group(), key_fmt))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], rest_fmt))
    return pieces


def h13() -> Builder:
    """Mixed runs: only the key words of each clause are bold, the rest plain → not emphasised."""
    b = Builder()
    b.title(HOME["title"])

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, True, [(lead, {"b": True})])
        for j, t in enumerate(rest, start=1):
            b.clause(t, False, [(typed_cn(j), None), *_split_key(t, {"b": True}, None)])

    names = dict(HEADINGS, EXCLUSIONS="除外责任")
    standard_sections(b, HOME, ORDER, heading=lambda b, c, i: b.heading(c, names[c], how="style"),
                      excl=excl, marked_fmt={"b": True}, marked_ok=True)
    return b


def _chop(text: str, fmt: Fmt) -> list[tuple[str, Fmt | None]]:
    """Many small runs: every run of words bold, every punctuation mark in its own plain run."""
    return [(m.group(), fmt if re.match(r"[\u4e00-\u9fff\w]", m.group()) else None)
            for m in re.finditer(r"[\u4e00-\u9fff\w]{1,3}|[^\u4e00-\u9fff\w]", text)]


def h14() -> Builder:
    """Bold split over many runs, punctuation and the typed item numbers plain → still emphasised."""
    b = Builder()
    b.doc.add_heading(RIDER["title"], level=1)

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, True, _chop(lead, {"b": True}))
        for j, t in enumerate(rest, start=1):
            b.clause(t, True, [(typed_cn(j) + " ", None), *_chop(t, {"b": True})])

    names = dict(HEADINGS, INSURED_SCOPE="被保险人", EXCLUSIONS="责任免除条款")
    standard_sections(b, RIDER, ORDER, heading=lambda b, c, i: b.heading(c, names[c], how="style", level=3),
                      excl=excl, marked_fmt={"b": True}, marked_ok=True)
    return b


def h15() -> Builder:
    """No 被保险人 section (only 投保人、被保险人义务) and no 释义 (其他事项); wave underline via a style."""
    b = Builder()
    wave = b.doc.styles.add_style("免责波浪线", WD_STYLE_TYPE.PARAGRAPH)
    wave.base_style = b.doc.styles["Normal"]
    set_rpr(style_rpr(wave), u="wave")
    b.title(MEDICAL["title"])

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, True, style="免责波浪线")
        for j, t in enumerate(rest, start=1):
            b.clause(t, True, [(typed_cn(j) + t, None)], style="免责波浪线")

    names = dict(HEADINGS, EXCLUSIONS="保险人不承担责任的情形", DISPUTES="争议解决")
    codes = ["COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "OBLIGATIONS", "CLAIMS", "DISPUTES",
             "OTHER"]
    standard_sections(b, MEDICAL, codes, heading=lambda b, c, i: b.heading(c, names[c], number=f"第{cn_num(i)}条 "),
                      excl=excl, marked_fmt={"u": "wave"}, marked_ok=True)
    return b


def h16() -> Builder:
    """Headings are plain paragraphs with w:outlineLvl; exclusions bold; a claims limitation left plain → False."""
    b = Builder()
    b.title(MEDICAL["title"])
    extra = {"CLAIMS": MEDICAL["CLAIMS"] + [
        "⟦保险金申请人未在规定时间内通知，致使保险事故的原因难以确定的，保险人对无法确定的部分不承担给付保险金责任。⟧"]}

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, True, [(lead, {"b": True})])
        for j, t in enumerate(rest, start=1):
            b.clause(t, True, [(typed_cn(j) + t, {"b": True})])

    names = dict(HEADINGS, INSURED_SCOPE="被保险人", CLAIMS="保险金的申请", DEFINITIONS="名词解释")
    # the SUM_INSURED deductible (⟦⟧) is bold, the claims limitation is plain

    def heading(b, c, i):
        b.heading(c, names[c], how="outline")

    standard_sections(b, MEDICAL, ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED"], heading=heading,
                      excl=excl, marked_fmt={"b": True}, marked_ok=True)
    standard_sections(b, MEDICAL, ["PREMIUM", "PERIOD", "CLAIMS", "DISPUTES", "DEFINITIONS"], heading=heading,
                      excl=excl, marked_fmt=None, marked_ok=False, extra=extra)
    return b


def h17() -> Builder:
    """Heading 1 styles; exclusions in a table with a plain number column and single-underlined text."""
    b = Builder()
    b.title(HOME["title"])

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, True, [(lead, {"u": "single"})])
        table = b.doc.add_table(rows=len(rest), cols=2)
        for i, t in enumerate(rest):
            b.para(f"{CN[i]}", cell=table.cell(i, 0))
            b.clause(t, True, [(t, {"u": "single"})], cell=table.cell(i, 1))

    names = dict(HEADINGS, EXCLUSIONS="免责条款", SUM_INSURED="保险金额和免赔额")
    codes = ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "CLAIMS", "OTHER"]
    standard_sections(b, HOME, codes, heading=lambda b, c, i: b.heading(c, names[c], how="style", level=1),
                      excl=excl, marked_fmt={"u": "single"}, marked_ok=True)
    return b


def h18() -> Builder:
    """Bold paragraph style + a bold character style on the runs: toggle properties cancel → plain (False).

    ECMA-376 §17.7.3: a toggle property (w:b) set in both the paragraph style and the character style is
    XOR-ed, so Word shows the text NOT bold. Direct run formatting is not toggled (see h19).
    """
    b = Builder()
    para = b.doc.styles.add_style("免责条款", WD_STYLE_TYPE.PARAGRAPH)
    para.base_style = b.doc.styles["Normal"]
    set_rpr(style_rpr(para), b=True)
    char = b.doc.styles.add_style("重点词", WD_STYLE_TYPE.CHARACTER)
    set_rpr(style_rpr(char), b=True)
    b.title(RIDER["title"])

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, False, [(lead, {"rStyle": "重点词"})], style="免责条款")
        for j, t in enumerate(rest, start=1):
            b.clause(t, False, [(typed_cn(j), None), (t, {"rStyle": "重点词"})], style="免责条款")

    names = dict(HEADINGS, INSURED_SCOPE="被保险人")
    standard_sections(b, RIDER, ORDER, heading=lambda b, c, i: b.heading(c, names[c], number=f"第{cn_num(i)}条 "),
                      excl=excl, marked_fmt=None, marked_ok=False)
    return b


def h19() -> Builder:
    """Bold paragraph style + direct w:b on the runs: direct formatting is absolute → bold (True)."""
    b = Builder()
    para = b.doc.styles.add_style("免责条款", WD_STYLE_TYPE.PARAGRAPH)
    para.base_style = b.doc.styles["Normal"]
    set_rpr(style_rpr(para), b=True)
    b.title(HOME["title"])

    def excl(b, product):
        lead, *rest = product["EXCLUSIONS"]
        b.clause(lead, True, [(lead, {"b": True})], style="免责条款")
        for j, t in enumerate(rest, start=1):
            b.clause(t, True, [(typed_cn(j) + t, {"b": True})], style="免责条款")

    names = dict(HEADINGS, EXCLUSIONS="责任免除条款", CLAIMS="赔偿处理", DISPUTES="争议解决")
    standard_sections(b, HOME, ORDER, heading=lambda b, c, i: b.heading(c, names[c], number=f"{cn_num(i)}、"),
                      excl=excl, marked_fmt={"b": True}, marked_ok=True)
    return b


DOCS: dict[str, Callable[[], Builder]] = {
    "h01_home_heading_styles_numpr_bold": h01,
    "h02_rider_autonumbered_headings_table_bold": h02,
    "h03_medical_table_plain": h03,
    "h04_home_char_style_b_bcs": h04,
    "h05_rider_complex_script_only": h05,
    "h06_medical_size_inherited_chain": h06,
    "h07_home_size_same_as_docdefaults": h07,
    "h08_rider_kaiti_only": h08,
    "h09_medical_kaiti_bold_basedon": h09,
    "h10_home_double_wave_underline": h10,
    "h11_rider_notice_box_bold_section_plain": h11,
    "h12_medical_notice_box_plain_section_bold": h12,
    "h13_home_only_keywords_bold": h13,
    "h14_rider_bold_many_runs": h14,
    "h15_medical_no_insured_no_definitions": h15,
    "h16_medical_outline_headings_hidden_plain": h16,
    "h17_home_table_underline_no_disputes": h17,
    "h18_rider_toggle_para_and_char_style_bold": h18,
    "h19_home_para_style_bold_plus_direct_bold": h19,
}


def main() -> None:
    labels = []
    for name, build in DOCS.items():
        b = build()
        b.doc.save(HERE / f"{name}.docx")
        labels.append(b.label(name))
    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as fh:
        for label in labels:
            fh.write(json.dumps(label, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} documents and labels.jsonl to {HERE}")


if __name__ == "__main__":
    main()

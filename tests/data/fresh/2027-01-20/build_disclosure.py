"""Build the blind 2027-01-20 clause documents (disclosure/*.docx), labels.jsonl and disclosure_manifest.json.

Every clause text below was written by hand for this set; insurers and registration numbers are invented.
python-docx provides the package (styles, numbering, core properties); paragraphs, tables, text boxes and
styles are written as raw WordprocessingML where python-docx has no API. Files are byte-reproducible:
fixed core properties and fixed zip timestamps.

Usage:
    .venv/bin/python build_disclosure.py            # write disclosure/ and disclosure_manifest.json
    .venv/bin/python build_disclosure.py --rebuild  # rebuild into a temp dir and compare bytes
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from lxml import etree

HERE = Path(__file__).resolve().parent
OUT = HERE / "disclosure"
MANIFEST = HERE / "disclosure_manifest.json"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
FIXED_TIME = dt.datetime(2027, 1, 20, 8, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (2027, 1, 20, 8, 0, 0)
SECTIONS = [
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

# run-property snippets
B = "<w:b/>"
B_OFF = '<w:b w:val="false"/>'
B_CS = "<w:bCs/>"
I_ = "<w:i/>"
RED = '<w:color w:val="C00000"/>'
HL = '<w:highlight w:val="yellow"/>'
SHD = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'
EM = '<w:em w:val="dot"/>'


def u_(kind: str = "single") -> str:
    return f'<w:u w:val="{kind}"/>'


def sz(half_points: int) -> str:
    return f'<w:sz w:val="{half_points}"/>'


def szcs(half_points: int) -> str:
    return f'<w:szCs w:val="{half_points}"/>'


Run = str | tuple[str, str] | tuple[str, str, str]


class Builder:
    """One document: raw body XML plus the hand-declared facts the validator re-checks."""

    def __init__(self, file: str, title: str, emphasized: bool, sections: dict[str, str], excl_note: str) -> None:
        self.file = file
        self.title = title
        self.emphasized = emphasized
        self.sections = sections
        self.excl_note = excl_note
        self.doc = docx.Document()
        self.body: list[str] = []
        self.exclusions: list[dict[str, object]] = []
        self._styles = self.doc.styles.element

    # ---- styles, defaults, numbering -------------------------------------------------------------
    def defaults(self, rpr: str) -> None:
        dd = self._styles.find(f"{{{W_NS}}}docDefaults")
        assert dd is not None
        rpr_default = dd.find(f"{{{W_NS}}}rPrDefault")
        assert rpr_default is not None
        for child in list(rpr_default):
            rpr_default.remove(child)
        rpr_default.append(etree.fromstring(f"<w:rPr {NSDECL}>{rpr}</w:rPr>"))

    def normal(self, rpr: str) -> None:
        for st in self._styles.findall(f"{{{W_NS}}}style"):
            if st.get(f"{{{W_NS}}}styleId") == "Normal":
                st.append(etree.fromstring(f"<w:rPr {NSDECL}>{rpr}</w:rPr>"))
                return
        raise AssertionError("no Normal style")

    def style(
        self, kind: str, sid: str, name: str, rpr: str = "", based_on: str | None = None, extra: str = ""
    ) -> None:
        parts = [f'<w:style {NSDECL} w:type="{kind}" w:customStyle="1" w:styleId="{sid}">']
        parts.append(f'<w:name w:val="{name}"/>')
        if based_on:
            parts.append(f'<w:basedOn w:val="{based_on}"/>')
        parts.append(extra)
        if rpr:
            parts.append(f"<w:rPr>{rpr}</w:rPr>")
        parts.append("</w:style>")
        self._styles.append(etree.fromstring("".join(parts)))

    def numbering(self, num_id: int, fmt: str, text: str, lvl_rpr: str) -> None:
        numbering = self.doc.part.numbering_part.element
        abstract = etree.fromstring(
            f'<w:abstractNum {NSDECL} w:abstractNumId="{num_id + 40}">'
            f'<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr><w:rPr>{lvl_rpr}</w:rPr></w:lvl></w:abstractNum>'
        )
        num = etree.fromstring(f'<w:num {NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{num_id + 40}"/></w:num>')
        first_num = numbering.find(f"{{{W_NS}}}num")
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(num)

    # ---- content ---------------------------------------------------------------------------------
    def para_xml(
        self,
        runs: Sequence[Run],
        ps: str | None = None,
        ppr: str = "",
        excl: bool = False,
        label: str = "",
        where: str = "body",
    ) -> str:
        out = ["<w:p>"]
        if ps or ppr:
            out.append("<w:pPr>")
            if ps:
                out.append(f'<w:pStyle w:val="{ps}"/>')
            out.append(ppr)
            out.append("</w:pPr>")
        text = ""
        for run in runs:
            if isinstance(run, str):
                t, rpr, rstyle = run, "", ""
            elif len(run) == 2:
                t, rpr = run
                rstyle = ""
            else:
                t, rpr, rstyle = run
            text += t
            out.append("<w:r>")
            if rpr or rstyle:
                out.append("<w:rPr>")
                if rstyle:
                    out.append(f'<w:rStyle w:val="{rstyle}"/>')
                out.append(rpr)
                out.append("</w:rPr>")
            out.append(f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r>')
        out.append("</w:p>")
        if excl:
            assert text.startswith(label), (self.file, text, label)
            self.exclusions.append({"text": text, "label": label, "where": where})
        return "".join(out)

    def p(self, *runs: Run, ps: str | None = None, ppr: str = "", excl: bool = False, label: str = "") -> None:
        self.body.append(self.para_xml(runs, ps=ps, ppr=ppr, excl=excl, label=label))

    def raw(self, xml: str) -> None:
        self.body.append(xml)

    @staticmethod
    def table_xml(rows: Sequence[Sequence[str]], widths: Sequence[int]) -> str:
        """rows of cells; each cell is XML of one or more block elements (w:p / w:tbl)."""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [
            '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
            '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        ]
        for row in rows:
            out.append("<w:tr>")
            for w, cell in zip(widths, row, strict=True):
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{cell}</w:tc>')
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    @staticmethod
    def textbox_xml(inner: str, shape_id: str, height_pt: int) -> str:
        return (
            f'<w:p><w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="{shape_id}" type="#_x0000_t202" style="width:415pt;height:{height_pt}pt" '
            f'strokeweight="1pt"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape>'
            f"</w:pict></w:r></w:p>"
        )

    # ---- output ----------------------------------------------------------------------------------
    def render(self) -> bytes:
        body = self.doc.element.body
        sect = body.find(f"{{{W_NS}}}sectPr")
        for child in list(body):
            if child is not sect:
                body.remove(child)
        frag = etree.fromstring(f"<w:body {NSDECL}>{''.join(self.body)}</w:body>")
        for child in list(frag):
            if sect is not None:
                sect.addprevious(child)
            else:
                body.append(child)
        cp = self.doc.core_properties
        cp.author = "xiaobao blind set 2027-01-20"
        cp.last_modified_by = "xiaobao blind set 2027-01-20"
        cp.title = self.title
        cp.created = FIXED_TIME
        cp.modified = FIXED_TIME
        cp.last_printed = FIXED_TIME
        cp.revision = 1
        cp.comments = ""
        buf = io.BytesIO()
        self.doc.save(buf)
        return normalise_zip(buf.getvalue())

    def label(self) -> dict[str, object]:
        present = [c for c in SECTIONS if c in self.sections]
        return {
            "file": self.file,
            "exclusions_emphasized": self.emphasized,
            "sections_present": present,
            "sections_missing": [c for c in SECTIONS if c not in self.sections],
        }

    def manifest(self) -> dict[str, object]:
        return {
            "file": self.file,
            "section_markers": {c: self.sections[c] for c in SECTIONS if c in self.sections},
            "exclusion_body": self.exclusions,
            "exclusion_body_note": self.excl_note,
        }


def normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def simsun(size: int) -> str:
    return f'<w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/>{sz(size)}{szcs(size)}'


def heading_styles(b: Builder, size: int = 24) -> None:
    b.style(
        "paragraph",
        "TKTitle",
        "条款标题",
        rpr=B + sz(32),
        based_on="Normal",
        extra='<w:pPr><w:jc w:val="center"/></w:pPr>',
    )
    b.style("paragraph", "TKHead", "条款章节", rpr=B + sz(size), based_on="Normal")


DOCS: list[Callable[[], Builder]] = []


def doc(fn: Callable[[], Builder]) -> Callable[[], Builder]:
    DOCS.append(fn)
    return fn


# ================================================================================================
# d01 机动车损失保险 — emphasis through a three-level paragraph-style chain; hidden exclusions in
# 保险费 and 赔偿处理 carry the same style. Complete.
@doc
def d01() -> Builder:
    b = Builder(
        "d01_jidongche_chesun.docx",
        "瑞禾财产保险股份有限公司机动车损失保险条款",
        True,
        {
            "INSURED_SCOPE": "第二条 本合同所称被保险机动车",
            "COVERAGE": "第二章 保险责任",
            "EXCLUSIONS": "第三章 责任免除",
            "SUM_INSURED": "第四章 保险金额",
            "PERIOD": "第五章 保险期间",
            "PREMIUM": "第六章 保险费",
            "CLAIMS": "第七章 赔偿处理",
            "DISPUTES": "第八章 争议处理",
            "DEFINITIONS": "第九章 释义",
        },
        "第五条、第六条 (lead-in and items), the 保险费 sentence of 第九条 and 第十二条 (waiver of recovery).",
    )
    b.defaults(simsun(21))
    heading_styles(b)
    b.style("paragraph", "TKZW", "条款正文", based_on="Normal", extra='<w:pPr><w:ind w:firstLine="420"/></w:pPr>')
    b.style("paragraph", "ZYTK", "重要条款", rpr=B, based_on="TKZW")
    b.style(
        "paragraph", "MZTK", "免责条款", based_on="ZYTK", extra='<w:pPr><w:ind w:left="210" w:firstLine="420"/></w:pPr>'
    )
    b.p("瑞禾财产保险股份有限公司", ps="TKTitle")
    b.p("机动车损失保险条款", ps="TKTitle")
    b.p("(备案编号:瑞禾财险〔2026〕车险主险第017号)", ps="TKZW")
    b.p("第一章 总则", ps="TKHead")
    b.p(
        "第一条 本保险合同由本条款、投保单、保险单、批单和特别约定共同组成,凡涉及本合同的约定,均应采用书面形式。",
        ps="TKZW",
    )
    b.p(
        "第二条 本合同所称被保险机动车,是指在中华人民共和国境内(不含港澳台地区)上道路行驶、依法登记并领取号牌的汽车及其挂车,以保险单载明的号牌号码和车架号为准。",
        ps="TKZW",
    )
    b.p("第二章 保险责任", ps="TKHead")
    b.p(
        "第三条 保险期间内,被保险人或者经其允许的合法驾驶人使用被保险机动车时,因下列原因造成被保险机动车直接损失的,保险人依照本合同约定负责赔偿:(一)碰撞、倾覆、坠落;(二)火灾、爆炸、自燃;(三)暴雨、洪水、台风、冰雹、雷击等自然灾害;(四)外界物体坠落、倒塌。",
        ps="TKZW",
    )
    b.p(
        "第四条 发生保险事故后,被保险人为减少被保险机动车损失而支出的必要、合理的施救费用,保险人在本车损失赔款之外另行计算,最高以保险金额为限。",
        ps="TKZW",
    )
    b.p("第三章 责任免除", ps="TKHead")
    b.p("第五条 有下列情形之一的,不论何种原因造成被保险机动车损失或费用,保险人均不负责赔偿:", ps="MZTK", excl=True)
    b.p("(一)事故发生后,被保险人或驾驶人故意破坏、伪造现场或毁灭证据的;", ps="MZTK", excl=True)
    b.p("(二)驾驶人饮酒、吸食或注射毒品,或者服用国家管制的精神药品、麻醉药品后驾驶的;", ps="MZTK", excl=True)
    b.p("(三)驾驶人未取得驾驶证,或驾驶证被暂扣、吊销、注销期间驾驶的;", ps="MZTK", excl=True)
    b.p("(四)被保险机动车未按规定进行安全技术检验,或者检验不合格的。", ps="MZTK", excl=True)
    b.p("第六条 下列损失和费用,保险人不负责赔偿:", ps="MZTK", excl=True)
    b.p("(一)车辆因市场价格下跌造成的贬值,以及修复后价值降低的损失;", ps="MZTK", excl=True)
    b.p("(二)零部件自然磨损、老化、锈蚀或者车辆本身质量缺陷造成的损失;", ps="MZTK", excl=True)
    b.p("(三)仅轮胎或轮毂单独损坏、仅玻璃单独破碎的损失。", ps="MZTK", excl=True)
    b.p("第四章 保险金额", ps="TKHead")
    b.p(
        "第七条 保险金额按投保时被保险机动车的实际价值确定,实际价值由投保人与保险人参照同类新车市场价格扣除折旧后协商确定,并在保险单中载明。",
        ps="TKZW",
    )
    b.p("第五章 保险期间", ps="TKHead")
    b.p("第八条 除另有约定外,保险期间为一年,以保险单载明的起止时间为准。", ps="TKZW")
    b.p("第六章 保险费", ps="TKHead")
    b.p(
        "第九条 投保人应当在合同成立时一次交清保险费;保险费交清前发生的保险事故,保险人不承担赔偿责任。",
        ps="MZTK",
        excl=True,
    )
    b.p("第七章 赔偿处理", ps="TKHead")
    b.p(
        "第十条 发生保险事故后,被保险人应当及时施救,并在事故发生后四十八小时内通知保险人;被保险人索赔时,应当提供行驶证、驾驶证、事故证明及损失清单等材料。",
        ps="TKZW",
    )
    b.p(
        "第十一条 保险人收到索赔材料后,应当及时核定;对属于保险责任的,在与被保险人达成赔偿协议后十日内履行赔偿义务。",
        ps="TKZW",
    )
    b.p(
        "第十二条 因第三方造成被保险机动车损失,被保险人放弃向第三方请求赔偿权利的,保险人不承担相应的赔偿责任。",
        ps="MZTK",
        excl=True,
    )
    b.p("第八章 争议处理", ps="TKHead")
    b.p(
        "第十三条 因履行本合同发生的争议,由当事人协商解决;协商不成的,提交保险单载明的仲裁机构仲裁,保险单未载明且事后未达成仲裁协议的,依法向人民法院起诉。",
        ps="TKZW",
    )
    b.p("第九章 释义", ps="TKHead")
    b.p("第十四条 【自燃】指在没有外界火源的情况下,由于本车电器、线路、供油系统或货物自身原因起火燃烧。", ps="TKZW")
    b.p("【合法驾驶人】指持有与准驾车型相符的有效驾驶证、并经被保险人允许驾驶被保险机动车的人员。", ps="TKZW")
    return b


# ================================================================================================
# d02 家庭财产保险 — only the heading 责任免除 is bold; the items are plain text with automatic
# numbering whose number label is bold (lvl rPr). Not emphasised. Missing DEFINITIONS, DISPUTES.
@doc
def d02() -> Builder:
    b = Builder(
        "d02_jiating_caichan.docx",
        "鸿泰财产保险有限公司家庭财产综合保险条款",
        False,
        {
            "INSURED_SCOPE": "一、保险标的",
            "COVERAGE": "二、保险责任",
            "EXCLUSIONS": "三、责任免除",
            "SUM_INSURED": "四、保险金额与保险费",
            "PREMIUM": "四、保险金额与保险费",
            "PERIOD": "五、保险期间",
            "CLAIMS": "六、赔偿处理",
        },
        "the lead-in and the four numbered items under 三、责任免除 (the heading itself is not body).",
    )
    b.defaults(simsun(22))
    b.numbering(101, "decimal", "%1.", B + sz(22))
    b.p(("鸿泰财产保险有限公司家庭财产综合保险条款", B + sz(30)), ppr='<w:jc w:val="center"/>')
    b.p("注册号:HT-JC-2026-0931")
    b.p(("一、保险标的", B))
    b.p(
        "被保险人所有、使用或保管的,坐落于保险单载明地址内的下列家庭财产,可作为本保险合同的保险标的:房屋及其室内附属设施、室内装潢、家具、家用电器、床上用品及衣物。"
    )
    b.p("金银、首饰、珠宝、有价证券、现金、古玩字画以及计算机软件和数据,不属于本保险合同的保险标的。")
    b.p(("二、保险责任", B))
    b.p(
        "在保险期间内,由于火灾、爆炸、雷击、台风、暴雨、洪水、雪灾以及空中运行物体坠落,造成保险标的的损失,保险人按照本合同约定负责赔偿。"
    )
    b.p("被保险人家中自来水管、暖气管突然爆裂造成保险标的及相邻第三者财产损失的,保险人在保险单载明的限额内负责赔偿。")
    b.p(("三、责任免除", B))
    b.p("下列原因造成的损失、费用,保险人不负责赔偿:", excl=True)
    num = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="101"/></w:numPr>'
    b.p("被保险人及其家庭成员、寄居人员的故意或重大过失行为;", ppr=num, excl=True)
    b.p("地震、海啸及其次生灾害;", ppr=num, excl=True)
    b.p("保险标的因年久失修、自然磨损、虫蛀鼠咬、霉烂变质造成的损失;", ppr=num, excl=True)
    b.p("房屋长期空置超过九十天期间发生的盗抢或水管爆裂损失。", ppr=num, excl=True)
    b.p(("四、保险金额与保险费", B))
    b.p(
        "房屋及室内附属设施的保险金额由投保人参照房屋重置价值确定;室内财产的保险金额由投保人根据实际价值自行确定,分项列明。保险费按照保险金额乘以费率计算,投保人应在投保时一次交清。"
    )
    b.p(("五、保险期间", B))
    b.p("保险期间为一年,自保险单载明的起保日零时起至期满日二十四时止。")
    b.p(("六、赔偿处理", B))
    b.p(
        "保险事故发生后,被保险人应当在知道事故发生后二十四小时内通知保险人,并提供保险单、损失清单、有关部门出具的事故证明。保险人在确认损失后十日内支付赔款。"
    )
    return b


# ================================================================================================
# d03 个人意外伤害保险 — bold through a character style linked to a paragraph style (the runs in
# Normal paragraphs carry rStyle ZDTSChar). One exclusion hidden under 【保险责任】 with the same style.
# Missing PREMIUM.
@doc
def d03() -> Builder:
    b = Builder(
        "d03_geren_yiwai.docx",
        "安澜财产保险股份有限公司个人意外伤害保险条款",
        True,
        {
            "INSURED_SCOPE": "【投保范围】",
            "COVERAGE": "【保险责任】",
            "EXCLUSIONS": "【责任免除】",
            "SUM_INSURED": "【保险金额】",
            "PERIOD": "【保险期间】",
            "CLAIMS": "【保险金申请与给付】",
            "DISPUTES": "【争议处理】",
            "DEFINITIONS": "【释义】",
        },
        "every paragraph under 【责任免除】 and the pregnancy sentence placed under 【保险责任】.",
    )
    b.defaults(simsun(21))
    b.style(
        "paragraph",
        "ZDTS",
        "重点提示",
        rpr=B,
        based_on="Normal",
        extra='<w:link w:val="ZDTSChar"/><w:qFormat/>',
    )
    b.style(
        "character", "ZDTSChar", "重点提示 字符", rpr=B, based_on="DefaultParagraphFont", extra='<w:link w:val="ZDTS"/>'
    )
    head = B + sz(24)
    cs = "ZDTSChar"
    b.p(("安澜财产保险股份有限公司", head), ppr='<w:jc w:val="center"/>')
    b.p(("个人意外伤害保险条款", head), ppr='<w:jc w:val="center"/>')
    b.p("安澜财险〔2026〕意外险017号")
    b.p(("【投保范围】", B))
    b.p("凡出生满二十八日至六十五周岁、身体健康、能正常工作或生活的自然人,均可作为被保险人参加本保险。")
    b.p(("【保险责任】", B))
    b.p(
        "在保险期间内,被保险人遭受意外伤害,并自该意外伤害发生之日起一百八十日内因该意外伤害身故或者造成伤残的,保险人按照本合同约定给付意外身故保险金或意外伤残保险金。"
    )
    b.p(
        ("被保险人因妊娠、流产、分娩及其并发症导致的身体损害,不属于本合同所称意外伤害,保险人不承担保险责任。", "", cs),
        excl=True,
    )
    b.p(("【责任免除】", B))
    b.p(("因下列原因之一,直接或间接造成被保险人身故、伤残的,保险人不承担给付保险金责任:", "", cs), excl=True)
    b.p(("(一)投保人对被保险人的故意杀害或故意伤害;", "", cs), excl=True)
    b.p(("(二)被保险人自致伤害或自杀,但被保险人自杀时为无民事行为能力人的除外;", "", cs), excl=True)
    b.p(("(三)被保险人殴斗、醉酒,主动吸食或注射毒品;", "", cs), excl=True)
    b.p(("(四)被保险人酒后驾驶、无合法有效驾驶证驾驶,或驾驶无有效行驶证的机动车;", "", cs), excl=True)
    b.p(("(五)被保险人从事潜水、跳伞、攀岩、蹦极、赛车等高风险运动。", "", cs), excl=True)
    b.p(("【保险金额】", B))
    b.p("保险金额由投保人与保险人在投保时协商确定,并在保险单中载明;一次或累计给付的保险金达到保险金额时,本合同终止。")
    b.p(("【保险期间】", B))
    b.p("本合同保险期间为一年,以保险单载明的起讫时间为准。")
    b.p(("【保险金申请与给付】", B))
    b.p(
        "受益人申请身故保险金时,应提供保险单、受益人身份证明、公安部门或医疗机构出具的死亡证明;申请伤残保险金时,应提供具备资质的鉴定机构出具的伤残鉴定书。"
    )
    b.p(("【争议处理】", B))
    b.p("合同争议由当事人协商解决,协商不成的,可依法向被告住所地人民法院起诉。")
    b.p(("【释义】", B))
    b.p("意外伤害:指以外来的、突发的、非本意的和非疾病的客观事件为直接且主要原因导致的身体伤害。")
    b.p("醉酒:指每百毫升血液中的酒精含量大于或等于八十毫克。")
    return b


# ================================================================================================
# d04 百万医疗 — the exclusion runs carry only complex-script properties (w:bCs, w:szCs larger),
# plus grey shading and italics: none of them is bold/larger/underlined for Chinese text.
# Missing SUM_INSURED, DISPUTES.
@doc
def d04() -> Builder:
    b = Builder(
        "d04_zhuyuan_yiliao.docx",
        "北辰财产保险股份有限公司个人住院医疗保险条款",
        False,
        {
            "INSURED_SCOPE": "1. 投保范围",
            "COVERAGE": "2. 保险责任",
            "EXCLUSIONS": "3. 责任免除",
            "PREMIUM": "4. 保险费",
            "PERIOD": "5. 保险期间与续保",
            "CLAIMS": "6. 保险金申请",
            "DEFINITIONS": "7. 释义",
        },
        "the lead-in and items 3.1–3.5 under 3. 责任免除.",
    )
    b.defaults(simsun(21))
    head = B + sz(24)
    look = B_CS + szcs(28) + SHD
    look_i = B_CS + I_ + szcs(28) + SHD  # schema order: bCs, i, szCs, shd
    b.p(("北辰财产保险股份有限公司个人住院医疗保险条款", B + sz(30)), ppr='<w:jc w:val="center"/>')
    b.p("条款编码:BC(备-健康)[2026]医疗0422号")
    b.p(("1. 投保范围", head))
    b.p("投保时年龄在出生满三十日至六十五周岁之间、符合保险人投保规则的人士,可作为被保险人。")
    b.p(("2. 保险责任", head))
    b.p(
        "2.1 一般医疗保险金:被保险人在等待期后因疾病或在保险期间内因意外伤害,经医院诊断必须住院治疗的,对其实际发生的床位费、检查检验费、治疗费、药品费、手术费,在扣除年免赔额一万元后,保险人按照约定的比例给付。"
    )
    b.p(
        "2.2 恶性肿瘤特定药品费用保险金:被保险人确诊恶性肿瘤后,在特定药品清单内购买的靶向药品费用,保险人按照约定给付,不适用年免赔额。"
    )
    b.p(("3. 责任免除", head))
    b.p(("因下列情形之一导致被保险人发生医疗费用的,保险人不承担给付保险金责任:", look), excl=True)
    b.p(("3.1 投保前已患有的疾病及其并发症,以及在等待期内出现症状或确诊的疾病;", look), excl=True)
    b.p(("3.2 美容、整形、矫形手术以及非意外事故所致的牙齿治疗、镶牙、配镜;", look_i), excl=True)
    b.p(("3.3 怀孕、分娩、流产、不孕不育治疗及其并发症;", look), excl=True)
    b.p(("3.4 精神和行为障碍、性传播疾病、艾滋病病毒感染;", look), excl=True)
    b.p(("3.5 被保险人在非保险人认可的医院或非普通部进行的治疗。", look), excl=True)
    b.p(("4. 保险费", head))
    b.p("保险费根据被保险人的年龄、有无社会医疗保险确定,投保人可选择一次性交付或按月分期交付。")
    b.p(("5. 保险期间与续保", head))
    b.p("保险期间为一年。保险期间届满前,投保人可申请续保,续保时保险人有权按照当时的费率重新计算,本产品不保证续保。")
    b.p(("6. 保险金申请", head))
    b.p(
        "申请人应在事故发生后及时通知保险人,并提供医疗费用发票原件、费用清单、病历及出院小结、诊断证明;保险人在收到完整资料后五个工作日内作出核定。"
    )
    b.p(("7. 释义", head))
    b.p("等待期:指自本合同生效日起计算的三十日,续保时不再设置等待期。")
    b.p("医院:指经国家卫生行政部门评定的二级以上(含二级)公立医院的普通部。")
    return b


# ================================================================================================
# d05 雇主责任保险 — exclusions listed in a table (序号 | 内容); every content cell is double-
# underlined by direct run properties, the 序号 column is not body text. Combined heading
# 赔偿限额与保险费. Complete.
@doc
def d05() -> Builder:
    b = Builder(
        "d05_guzhu_zeren.docx",
        "云岫财产保险有限公司雇主责任保险条款",
        True,
        {
            "INSURED_SCOPE": "第二条 被保险人",
            "COVERAGE": "第三条 保险责任",
            "EXCLUSIONS": "第四条 责任免除",
            "SUM_INSURED": "第五条 赔偿限额与保险费",
            "PREMIUM": "第五条 赔偿限额与保险费",
            "PERIOD": "第六条 保险期间",
            "CLAIMS": "第七条 赔偿处理",
            "DISPUTES": "第八条 争议解决",
            "DEFINITIONS": "第九条 释义",
        },
        "the table content cells under 第四条 and the 第四条 lead-in paragraph above the table.",
    )
    b.defaults(simsun(21))
    b.p(("云岫财产保险有限公司", B + sz(28)), ppr='<w:jc w:val="center"/>')
    b.p(("雇主责任保险条款", B + sz(28)), ppr='<w:jc w:val="center"/>')
    b.p("(云岫财险备案〔2026〕责任险第0058号)")
    b.p(("第一条 合同构成", B), " 本保险合同由保险条款、投保单、保险单、保险凭证以及批单组成。")
    b.p(
        ("第二条 被保险人", B),
        " 在中华人民共和国境内依法设立的企业、个体工商户及其他组织,可作为本保险合同的被保险人;其雇佣的、与其存在劳动关系的员工为本合同所称雇员。",
    )
    b.p(
        ("第三条 保险责任", B),
        " 在保险期间内,被保险人的雇员在从事与被保险人业务有关的工作时遭受意外伤害或患职业病,导致伤残、死亡或需医疗,依照法律应由被保险人承担的经济赔偿责任,保险人按照本合同约定负责赔偿。",
    )
    b.p(
        ("第四条 责任免除", B),
        " ",
        ("下列原因造成的损失、费用和责任,保险人不负责赔偿:", u_("double")),
        excl=True,
        label="第四条 责任免除 ",
    )
    ul = u_("double")
    rows = [
        [
            b.para_xml(["1"]),
            b.para_xml([("被保险人的故意行为,或雇员的故意自伤、自杀、犯罪行为;", ul)], excl=True, where="table"),
        ],
        [
            b.para_xml(["2"]),
            b.para_xml([("雇员因非职业病的疾病、分娩、流产导致的伤残、死亡或医疗费用;", ul)], excl=True, where="table"),
        ],
        [
            b.para_xml(["3"]),
            b.para_xml([("雇员在工作时间以外饮酒后或受毒品影响期间发生的伤害;", ul)], excl=True, where="table"),
        ],
        [
            b.para_xml(["4"]),
            b.para_xml([("被保险人对其承包商雇佣的人员所负的赔偿责任;", ul)], excl=True, where="table"),
        ],
        [b.para_xml(["5"]), b.para_xml([("罚款、罚金及惩罚性赔款。", ul)], excl=True, where="table")],
    ]
    b.raw(b.table_xml(rows, [900, 7400]))
    b.p(
        ("第五条 赔偿限额与保险费", B),
        " 每名雇员的死亡、伤残赔偿限额及医疗费用赔偿限额由投保人与保险人协商确定,并在保险单中载明。保险费按投保时申报的雇员人数和工种类别计算,在投保时一次交付;保险期间内雇员人数变化的,按实际人数调整。",
    )
    b.p(("第六条 保险期间", B), " 除另有约定外,本合同保险期间为一年,以保险单载明的起讫时间为准。")
    b.p(
        ("第七条 赔偿处理", B),
        " 发生保险事故后,被保险人应在四十八小时内通知保险人;索赔时应提供劳动合同或用工证明、工伤认定结论、医疗费用单据、伤残鉴定或死亡证明。保险人在核定赔偿责任后十日内支付赔款。",
    )
    b.p(("第八条 争议解决", B), " 因本合同发生的争议,双方协商解决;协商不成的,依法向保险单签发地人民法院提起诉讼。")
    b.p(("第九条 释义", B), " 职业病:指依据国家职业病分类和目录,由具有资质的机构诊断认定的疾病。")
    return b


# ================================================================================================
# d06 国内水路、陆路货物运输保险 — run-in labels; the 除外责任 items are bold by direct run
# properties, but one exclusion sits in 赔偿处理 in plain text. Not emphasised. Missing DEFINITIONS,
# PREMIUM.
@doc
def d06() -> Builder:
    b = Builder(
        "d06_guonei_huoyun.docx",
        "泓信财产保险股份有限公司国内货物运输保险条款",
        False,
        {
            "INSURED_SCOPE": "保险标的:",
            "COVERAGE": "保险责任:",
            "EXCLUSIONS": "除外责任:",
            "SUM_INSURED": "保险价值与保险金额:",
            "PERIOD": "责任起讫:",
            "CLAIMS": "索赔与赔偿:",
            "DISPUTES": "争议处理:",
        },
        "the 除外责任 run-in paragraph after its label, items (1)–(4), and the late-notice sentence in 索赔与赔偿 "
        "(plain, so the document is not emphasised).",
    )
    b.defaults(simsun(21))
    b.p(("泓信财产保险股份有限公司", B + sz(28)), ppr='<w:jc w:val="center"/>')
    b.p(("国内水路、陆路货物运输保险条款", B + sz(28)), ppr='<w:jc w:val="center"/>')
    b.p("产品注册号:HX-HY-20260713")
    b.p(
        ("保险标的:", B),
        "凡在国内经水路、公路、铁路运输的货物,均可作为本保险的保险标的。蔬菜、水果、活牲畜、禽鱼类等鲜活货物,须经投保人与保险人特别约定,并在保险单上载明。",
    )
    b.p(
        ("保险责任:", B),
        "由于火灾、爆炸、雷电、冰雹、暴风、暴雨、洪水、海啸、地陷、崖崩、突发性滑坡;运输工具发生碰撞、搁浅、触礁、倾覆、沉没、出轨或隧道、码头坍塌,造成保险货物的损失,保险人负责赔偿。",
    )
    b.p(("除外责任:", B), ("由于下列原因造成保险货物的损失,保险人不负责赔偿:", B), excl=True, label="除外责任:")
    b.p(("(1)战争、军事行动、罢工、扣押、没收;", B), excl=True)
    b.p(("(2)保险货物本身的缺陷、自然损耗,以及货物包装不善;", B), excl=True)
    b.p(("(3)被保险人或其代理人的故意行为或过失;", B), excl=True)
    b.p(("(4)市价跌落、运输延迟所引起的损失。", B), excl=True)
    b.p(
        ("责任起讫:", B),
        "保险责任自签发保险凭证后,保险货物运离起运地发货人的最后一个仓库或储存处所时起,至货物运抵目的地收货人的第一个仓库或储存处所时终止;但最长不超过货物运抵目的地后十五日。",
    )
    b.p(
        ("保险价值与保险金额:", B),
        "保险价值按货价或货价加运杂费确定,保险金额按保险价值确定,也可由双方协商按保险价值的一定比例确定。",
    )
    b.p(("索赔与赔偿:", B), "被保险人获悉保险货物遭受损失后,应立即通知保险人并申请检验。")
    b.p(
        "被保险人未在获悉损失后十日内通知保险人,致使损失原因、程度无法确定的,保险人对无法确定的部分不负赔偿责任。",
        excl=True,
    )
    b.p(
        "被保险人索赔时应提供保险凭证、运单、发票、装箱单、货损货差证明及向承运人追偿的有关函电。保险人在达成赔偿协议后十日内支付赔款。"
    )
    b.p(("争议处理:", B), "因本合同发生的争议,当事人可协商解决,协商不成的,提交保险单载明的仲裁委员会仲裁。")
    return b


# ================================================================================================
# d07 能繁母猪养殖保险 (农险) — exclusion paragraphs are set in 12 pt by direct w:sz where the
# body resolves to 10.5 pt from docDefaults; no bold. Emphasised (larger). Complete.
@doc
def d07() -> Builder:
    b = Builder(
        "d07_nengfan_muzhu.docx",
        "嘉屹财产保险股份有限公司能繁母猪养殖保险条款",
        True,
        {
            "INSURED_SCOPE": "保险标的",
            "COVERAGE": "保险责任",
            "EXCLUSIONS": "责任免除",
            "SUM_INSURED": "保险金额",
            "PREMIUM": "保险费",
            "PERIOD": "保险期间",
            "CLAIMS": "赔偿处理",
            "DISPUTES": "争议处理",
            "DEFINITIONS": "释义",
        },
        "第五条 and 第六条 with their items (all in 12 pt).",
    )
    b.defaults(simsun(21))
    big = sz(24) + szcs(24)
    hd = B + sz(22)
    b.p(("嘉屹财产保险股份有限公司能繁母猪养殖保险条款", B + sz(30)), ppr='<w:jc w:val="center"/>')
    b.p("(2026版)嘉屹农险备〔2026〕第113号")
    b.p(("总  则", hd), ppr='<w:jc w:val="center"/>')
    b.p("第一条 本保险合同由保险条款、投保单、保险单、保险凭证、分户清单以及批单组成。")
    b.p(("保险标的", hd), ppr='<w:jc w:val="center"/>')
    b.p(
        "第二条 同时符合下列条件的能繁母猪,可作为本合同的保险标的:(一)经畜牧兽医部门验明无伤残、无疫病,按规定免疫并佩戴耳标;(二)饲养圈舍卫生,管理制度健全;(三)存栏量在二十头以上。"
    )
    b.p(("保险责任", hd), ppr='<w:jc w:val="center"/>')
    b.p(
        "第三条 在保险期间内,由于下列原因直接造成保险母猪死亡的,保险人按照本合同的约定负责赔偿:(一)暴雨、洪水、风灾、雷击、冰雹、冻灾;(二)泥石流、山体滑坡、火灾、建筑物倒塌;(三)猪丹毒、猪肺疫、猪瘟、蓝耳病等疾病。"
    )
    b.p("第四条 发生高传染性疫病,政府实施强制扑杀的,保险人对政府扑杀补贴以外的部分按约定赔偿。")
    b.p(("责任免除", hd), ppr='<w:jc w:val="center"/>')
    b.p(("第五条 下列原因造成的损失,保险人不负责赔偿:", big), excl=True)
    b.p(("(一)投保人、被保险人及其饲养人员的故意、重大过失或管理不善;", big), excl=True)
    b.p(("(二)他人的恶意破坏行为;", big), excl=True)
    b.p(("(三)保险母猪在疾病观察期内患有保险责任范围内的疾病。", big), excl=True)
    b.p(("第六条 保险母猪因病死亡,被保险人未按规定进行无害化处理的,保险人不负责赔偿。", big), excl=True)
    b.p(("保险金额", hd), ppr='<w:jc w:val="center"/>')
    b.p("第七条 每头保险母猪的保险金额参照饲养成本,由投保人与保险人协商确定,最高不超过同期市场价格的七成。")
    b.p(("保险费", hd), ppr='<w:jc w:val="center"/>')
    b.p("第八条 保险费由各级财政补贴与养殖户自缴两部分组成,养殖户自缴部分应在保险合同成立时交清。")
    b.p(("保险期间", hd), ppr='<w:jc w:val="center"/>')
    b.p("第九条 保险期间为一年,以保险单载明的起讫时间为准;疾病观察期为保险期间开始之日起二十日。")
    b.p(("赔偿处理", hd), ppr='<w:jc w:val="center"/>')
    b.p(
        "第十条 发生保险事故后,被保险人应在二十四小时内报案,保险人接到报案后及时查勘,协同畜牧兽医部门确定死亡原因,并在达成赔偿协议后十日内将赔款支付到被保险人账户。"
    )
    b.p(("争议处理", hd), ppr='<w:jc w:val="center"/>')
    b.p("第十一条 合同争议协商解决,协商不成的,提交仲裁或依法向人民法院起诉。")
    b.p(("释义", hd), ppr='<w:jc w:val="center"/>')
    b.p("第十二条 能繁母猪:指经过配种、处于繁殖期内、已产过一胎以上的母猪。")
    return b


# ================================================================================================
# d08 境外旅行意外伤害保险 — exclusion paragraphs use a bold paragraph style, but items (三) and
# (五) switch bold off by direct <w:b w:val="false"/>. Not emphasised. Missing SUM_INSURED, CLAIMS.
@doc
def d08() -> Builder:
    b = Builder(
        "d08_jingwai_lvxing.docx",
        "瑞禾财产保险股份有限公司境外旅行意外伤害保险条款",
        False,
        {
            "INSURED_SCOPE": "第一部分 被保险人",
            "COVERAGE": "第二部分 保障内容",
            "EXCLUSIONS": "第三部分 不保事项",
            "PREMIUM": "第四部分 保险费及其支付",
            "PERIOD": "第五部分 保险期间",
            "DISPUTES": "第六部分 争议处理",
            "DEFINITIONS": "第七部分 名词解释",
        },
        "the lead-in and items (一)–(五) under 第三部分 不保事项.",
    )
    b.defaults(simsun(21))
    b.style("paragraph", "BBSX", "不保事项", rpr=B, based_on="Normal")
    b.style("paragraph", "BT", "部分标题", rpr=B + sz(24), based_on="Normal")
    b.p(("瑞禾财产保险股份有限公司境外旅行意外伤害保险条款", B + sz(30)), ppr='<w:jc w:val="center"/>')
    b.p("注册号:RH-LX-2026-0388")
    b.p("第一部分 被保险人", ps="BT")
    b.p(
        "前往中国大陆以外国家或地区旅行、探亲、商务出行的,年满十八周岁至八十周岁的中国公民或在中国境内合法居住的外籍人士,可作为被保险人。"
    )
    b.p("第二部分 保障内容", ps="BT")
    b.p(
        "被保险人在境外旅行期间遭受意外伤害导致身故或伤残的,保险人按约定给付意外身故或伤残保险金;因意外伤害或突发急性病在境外就医的,保险人对其合理且必要的医疗费用按约定给付;被保险人需要紧急转运或送返的,由保险人指定的救援机构安排,费用由保险人承担。"
    )
    b.p("第三部分 不保事项", ps="BT")
    b.p("因下列情形导致被保险人身故、伤残或发生费用的,保险人不承担保险责任:", ps="BBSX", excl=True)
    b.p("(一)被保险人在旅行前已患有的疾病或已存在的身体状况;", ps="BBSX", excl=True)
    b.p("(二)被保险人故意自伤、自杀、斗殴或实施违法犯罪行为;", ps="BBSX", excl=True)
    b.p(("(三)被保险人前往中国外交部已发布旅行警告、建议暂勿前往的国家或地区;", B_OFF), ps="BBSX", excl=True)
    b.p("(四)被保险人参加职业体育比赛或者潜水、滑翔、攀登海拔五千米以上山峰等高风险活动;", ps="BBSX", excl=True)
    b.p(("(五)被保险人在境外进行的非紧急的、可延至返回境内后进行的治疗。", B_OFF), ps="BBSX", excl=True)
    b.p("第四部分 保险费及其支付", ps="BT")
    b.p("保险费按旅行天数和目的地区域计收,投保人应在出行前一次交清。")
    b.p("第五部分 保险期间", ps="BT")
    b.p(
        "保险期间以保险单载明的出行起止日期为准,最长不超过一百八十日;被保险人因交通工具延误未能按期回国的,保险期间自动顺延,顺延最长不超过五日。"
    )
    b.p("第六部分 争议处理", ps="BT")
    b.p("因本合同产生的争议,双方协商解决;协商不成的,依法向中华人民共和国境内有管辖权的人民法院起诉。")
    b.p("第七部分 名词解释", ps="BT")
    b.p("突发急性病:指被保险人在出行前未曾就医、未出现症状,而在境外旅行期间突然发生、必须立即就医的疾病。")
    return b


# ================================================================================================
# d09 宠物医疗保险 — the exclusions are red, highlighted and marked with 着重号 (w:em); none of these
# is bold, larger or underlined. Not emphasised. Missing PERIOD, DEFINITIONS, DISPUTES.
@doc
def d09() -> Builder:
    b = Builder(
        "d09_quanmao_yiliao.docx",
        "北辰财产保险股份有限公司犬猫医疗费用保险条款",
        False,
        {
            "INSURED_SCOPE": "一、承保宠物",
            "COVERAGE": "二、保险责任",
            "EXCLUSIONS": "三、责任免除",
            "SUM_INSURED": "四、保险金额及保险费",
            "PREMIUM": "四、保险金额及保险费",
            "CLAIMS": "五、赔偿处理",
        },
        "the lead-in and items 1–5 under 三、责任免除.",
    )
    b.defaults(simsun(22))
    red = RED + HL + EM
    b.p(("北辰财产保险股份有限公司犬猫医疗费用保险条款", B + sz(28)), ppr='<w:jc w:val="center"/>')
    b.p("北辰财险(备-家财)〔2026〕宠物0016号")
    b.p(("一、承保宠物", B))
    b.p(
        "被保险人饲养的、年龄在三个月至十周岁之间、已按当地规定办理养犬登记(猫除外)并按时接种狂犬疫苗的犬只和家猫,可作为本保险的保险标的。"
    )
    b.p(("二、保险责任", B))
    b.p(
        "保险宠物因意外伤害或疾病,在保险人认可的宠物医院就诊所发生的诊疗费、检查费、手术费和药品费,保险人扣除每次一百元免赔额后按百分之七十给付。"
    )
    b.p(("三、责任免除", B))
    b.p(("下列费用,保险人不负责给付:", red), excl=True)
    b.p(("1. 疫苗接种、驱虫、绝育、洗澡美容、寄养等非治疗性费用;", red), excl=True)
    b.p(("2. 投保时已存在的疾病、先天性或遗传性疾病;", red), excl=True)
    b.p(("3. 因被保险人虐待、遗弃或故意伤害造成的损伤;", red), excl=True)
    b.p(("4. 宠物走失期间发生的伤病;", red), excl=True)
    b.p(("5. 宠物食品、保健品及处方粮费用。", red), excl=True)
    b.p(("四、保险金额及保险费", B))
    b.p("每只宠物的年度最高给付额为保险金额,分为五千元、一万元两档,对应的保险费在投保页面列明,按年交付。")
    b.p(("五、赔偿处理", B))
    b.p(
        "申请给付时,被保险人应通过保险人指定平台上传宠物正面照片、病历、处方、费用发票,保险人在资料齐全后七个工作日内给付。"
    )
    return b


# ================================================================================================
# d10 学生、幼儿意外伤害保险 — the whole 责任免除 block (lead-in + items) sits in a text box, every
# run bold by direct run properties; the items use automatic numbering. Complete.
@doc
def d10() -> Builder:
    b = Builder(
        "d10_xuesheng_youer.docx",
        "安澜财产保险股份有限公司学生幼儿意外伤害保险条款",
        True,
        {
            "INSURED_SCOPE": "第二条 投保范围",
            "COVERAGE": "第三条 保险责任",
            "EXCLUSIONS": "第四条 责任免除",
            "SUM_INSURED": "第五条 保险金额",
            "PREMIUM": "第六条 保险费",
            "PERIOD": "第七条 保险期间",
            "CLAIMS": "第八条 保险金申请与给付",
            "DISPUTES": "第九条 争议处理",
            "DEFINITIONS": "第十条 释义",
        },
        "the paragraphs inside the text box under 第四条 (lead-in and numbered items).",
    )
    b.defaults(simsun(21))
    b.numbering(102, "chineseCounting", "(%1)", "")
    hd = B + sz(23)
    b.p(("安澜财产保险股份有限公司", B + sz(30)), ppr='<w:jc w:val="center"/>')
    b.p(("学生幼儿意外伤害保险条款", B + sz(30)), ppr='<w:jc w:val="center"/>')
    b.p("安澜财险〔2026〕意外险第0062号")
    b.p(("第一条 合同构成", hd))
    b.p("本合同由保险条款、投保单、保险单、被保险人名册及批单组成。")
    b.p(("第二条 投保范围", hd))
    b.p("在各级各类学校、幼儿园正式注册的学生和幼儿,可作为被保险人,由其父母或其他监护人作为投保人投保。")
    b.p(("第三条 保险责任", hd))
    b.p(
        "在保险期间内,被保险人因意外伤害身故或伤残的,保险人按约定给付身故或伤残保险金;被保险人因意外伤害在医院治疗所发生的合理医疗费用,保险人在医疗保险金额内按实际支出给付。"
    )
    b.p(("第四条 责任免除", hd))
    num = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="102"/></w:numPr>'
    inner = "".join(
        [
            b.para_xml(
                [("因下列原因造成被保险人身故、伤残或医疗费用的,保险人不承担给付保险金责任:", B)],
                excl=True,
                where="textbox",
            ),
            b.para_xml([("投保人、监护人对被保险人的故意伤害;", B)], ppr=num, excl=True, where="textbox"),
            b.para_xml(
                [("被保险人斗殴、自残或自杀,但被保险人自杀时为无民事行为能力人的除外;", B)],
                ppr=num,
                excl=True,
                where="textbox",
            ),
            b.para_xml([("被保险人未满法定年龄驾驶机动车;", B)], ppr=num, excl=True, where="textbox"),
            b.para_xml(
                [("先天性畸形、变形或染色体异常,以及疾病引起的医疗费用。", B)], ppr=num, excl=True, where="textbox"
            ),
        ]
    )
    b.raw(b.textbox_xml(inner, "ExclBox", 150))
    b.p(("第五条 保险金额", hd))
    b.p("意外身故及伤残保险金额、意外医疗保险金额由投保人在投保时选择,并在保险单中载明。")
    b.p(("第六条 保险费", hd))
    b.p("保险费按学年计收,由投保人在投保时一次交清。")
    b.p(("第七条 保险期间", hd))
    b.p("保险期间为一个学年,自当年九月一日零时起至次年八月三十一日二十四时止,以保险单载明为准。")
    b.p(("第八条 保险金申请与给付", hd))
    b.p(
        "申请医疗费用保险金时,应提供医院出具的病历、诊断证明和费用票据;申请伤残保险金时,应提供伤残鉴定书。保险人在收到完整资料后五日内作出核定,并在达成协议后十日内给付。"
    )
    b.p(("第九条 争议处理", hd))
    b.p("争议协商不成的,可提交保险单载明的仲裁机构仲裁,未约定仲裁的依法向人民法院起诉。")
    b.p(("第十条 释义", hd))
    b.p("监护人:指依照《中华人民共和国民法典》对未成年人负有监护职责的人。")
    return b


# ================================================================================================
# d11 驾乘人员意外伤害保险 — docDefaults set 12 pt with theme fonts; Normal brings the body down to
# 10.5 pt; the exclusion paragraphs use a style that is NOT based on Normal, so they resolve to the
# docDefaults 12 pt: larger than the body. Emphasised. Missing PREMIUM, DISPUTES.
@doc
def d11() -> Builder:
    b = Builder(
        "d11_jiacheng_renyuan.docx",
        "鸿泰财产保险有限公司驾乘人员意外伤害保险条款",
        True,
        {
            "INSURED_SCOPE": "第二条 被保险人",
            "COVERAGE": "第三条 保险责任",
            "EXCLUSIONS": "第四条 责任免除",
            "SUM_INSURED": "第五条 保险金额",
            "PERIOD": "第六条 保险期间",
            "CLAIMS": "第七条 保险金申请",
            "DEFINITIONS": "第八条 释义",
        },
        "the lead-in and items (一)–(四) under 第四条 (style MZ, 12 pt from docDefaults).",
    )
    b.defaults(
        '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" '
        'w:cstheme="minorBidi"/><w:kern w:val="2"/>' + sz(24) + szcs(24)
    )
    b.normal(sz(21) + szcs(21))
    b.style("paragraph", "MZ", "免责正文", extra='<w:pPr><w:ind w:firstLine="420"/></w:pPr>')
    hd = B
    b.p(("鸿泰财产保险有限公司驾乘人员意外伤害保险条款", B + sz(28)), ppr='<w:jc w:val="center"/>')
    b.p("鸿泰财险备〔2026〕意外第044号")
    b.p(("第一条 合同构成", hd), " 本合同由本条款、投保单、保险单及批单组成。")
    b.p(
        ("第二条 被保险人", hd),
        " 本合同的被保险人为保险单载明的机动车上的驾驶人员和乘坐人员,人数以该车行驶证核定座位数为限。",
    )
    b.p(
        ("第三条 保险责任", hd),
        " 在保险期间内,被保险人在驾驶或乘坐保险单载明的机动车过程中遭受意外伤害,自事故发生之日起一百八十日内身故或伤残的,保险人按约定给付身故或伤残保险金;因该意外伤害发生的必要医疗费用,保险人在医疗保险金额内按实际支出给付。",
    )
    b.p(("第四条 责任免除", hd))
    b.p("被保险人因下列情形之一遭受伤害的,保险人不承担给付保险金责任:", ps="MZ", excl=True)
    b.p("(一)驾驶人饮酒、醉酒或服用国家管制的精神药品、麻醉药品后驾驶;", ps="MZ", excl=True)
    b.p("(二)驾驶人无有效驾驶证或者驾驶与驾驶证准驾车型不符的机动车;", ps="MZ", excl=True)
    b.p("(三)被保险机动车从事营业性客运而未告知保险人;", ps="MZ", excl=True)
    b.p("(四)被保险人在车下时,或者在车辆行驶中将身体伸出车外。", ps="MZ", excl=True)
    b.p(
        ("第五条 保险金额", hd),
        " 每座保险金额由投保人与保险人约定,在保险单中载明;同一事故中每人的给付以其所在座位的保险金额为限。",
    )
    b.p(("第六条 保险期间", hd), " 保险期间为一年,与被保险机动车的商业保险期间一致的,以保险单载明为准。")
    b.p(
        ("第七条 保险金申请", hd),
        " 申请人应提供保险单、交通事故认定书、被保险人身份证明、医疗费用票据或死亡证明;保险人在资料齐全后五日内核定。",
    )
    b.p(
        ("第八条 释义", hd),
        " 驾驶人员:指在被保险机动车行驶时,实际操控该车辆的人员。乘坐人员:指在被保险机动车行驶时,在车辆核定座位上的人员。",
    )
    return b


# ================================================================================================
# d12 住院津贴保险 (短期健康) — exclusion paragraphs use style 免责正文 based on 重要提示 (bold), but
# the derived style switches bold off (<w:b w:val="0"/>); the paragraph marks carry bold and underline
# (pPr/rPr), and the runs have a larger szCs only. Not emphasised. Complete.
@doc
def d12() -> Builder:
    b = Builder(
        "d12_zhuyuan_jintie.docx",
        "云岫财产保险有限公司住院津贴保险条款",
        False,
        {
            "INSURED_SCOPE": "【被保险人范围】",
            "COVERAGE": "【保险责任】",
            "EXCLUSIONS": "【责任免除】",
            "SUM_INSURED": "【日津贴额与保险费】",
            "PREMIUM": "【日津贴额与保险费】",
            "PERIOD": "【保险期间】",
            "CLAIMS": "【保险金申请】",
            "DISPUTES": "【争议处理】",
            "DEFINITIONS": "【释义】",
        },
        "the lead-in and items 1–4 under 【责任免除】 (style MZZW).",
    )
    b.defaults(simsun(21))
    b.style("paragraph", "ZYTS", "重要提示", rpr=B, based_on="Normal")
    b.style("paragraph", "MZZW", "免责正文", rpr='<w:b w:val="0"/>', based_on="ZYTS")
    mark = "<w:rPr>" + B + u_() + "</w:rPr>"
    cs_big = szcs(30)
    b.p(("云岫财产保险有限公司住院津贴保险条款", B + sz(28)), ppr='<w:jc w:val="center"/>')
    b.p("云岫财险(备-健康)〔2026〕津贴第009号")
    b.p("重要提示:本产品为一年期住院津贴保险,不保证续保。", ps="ZYTS")
    b.p(("【被保险人范围】", B))
    b.p("投保时年满十八周岁、未满六十周岁、身体健康的自然人可作为被保险人。")
    b.p(("【保险责任】", B))
    b.p(
        "被保险人因意外伤害或在等待期后因疾病,经医院诊断必须住院治疗的,保险人按照其实际住院日数乘以保险单载明的日津贴额给付住院津贴保险金;每次住院给付日数不超过九十日,保险期间内累计不超过一百八十日。"
    )
    b.p(("【责任免除】", B))
    b.p(("因下列情形之一导致被保险人住院的,保险人不承担给付保险金责任:", cs_big), ps="MZZW", ppr=mark, excl=True)
    b.p(("1. 投保前已患有且未如实告知的疾病;", cs_big), ps="MZZW", ppr=mark, excl=True)
    b.p(("2. 酗酒、醉酒或药物滥用;", cs_big), ps="MZZW", ppr=mark, excl=True)
    b.p(("3. 健康体检、疗养、康复治疗或以美容为目的的治疗;", cs_big), ps="MZZW", ppr=mark, excl=True)
    b.p(("4. 精神疾病及戒毒、戒酒治疗。", cs_big), ps="MZZW", ppr=mark, excl=True)
    b.p(("【日津贴额与保险费】", B))
    b.p(
        "日津贴额分为一百元、二百元、三百元三档,由投保人选择;保险费根据被保险人年龄段和所选日津贴额确定,可按年或按月交付。"
    )
    b.p(("【保险期间】", B))
    b.p("保险期间为一年,自保险单载明的生效日零时起算;疾病等待期为三十日。")
    b.p(("【保险金申请】", B))
    b.p("申请人应提供住院病历、出院小结、住院费用结算单及诊断证明,保险人收到完整资料后十日内给付。")
    b.p(("【争议处理】", B))
    b.p("本合同争议由双方协商解决,协商不成的依法向人民法院起诉。")
    b.p(("【释义】", B))
    b.p(
        "住院:指被保险人因疾病或意外伤害,经医院正式办理入院及出院手续,确需在医院病房进行治疗,且连续住满二十四小时的情形。"
    )
    return b


# ================================================================================================
# d13 公众责任保险 — 除外责任 items sit in a table nested inside a table cell; bold comes from a
# character style whose basedOn chain carries the bold (JC -> JCBase). 赔偿限额 is the sum-insured
# synonym. Emphasised. Missing PREMIUM, PERIOD.
@doc
def d13() -> Builder:
    b = Builder(
        "d13_gongzhong_zeren.docx",
        "嘉屹财产保险股份有限公司公众责任保险条款",
        True,
        {
            "INSURED_SCOPE": "被保险人及营业场所",
            "COVERAGE": "保障范围",
            "EXCLUSIONS": "除外责任",
            "SUM_INSURED": "赔偿限额",
            "CLAIMS": "索赔须知",
            "DISPUTES": "争议解决",
            "DEFINITIONS": "名词解释",
        },
        "the lead-in and the four items in the nested table of the 除外责任 row.",
    )
    b.defaults(simsun(21))
    b.style("character", "JCBase", "加粗基础", rpr=B, based_on="DefaultParagraphFont")
    b.style("character", "JC", "条款加粗", rpr='<w:kern w:val="0"/>', based_on="JCBase")
    b.p(("嘉屹财产保险股份有限公司公众责任保险条款", B + sz(28)), ppr='<w:jc w:val="center"/>')
    b.p("嘉屹财险备〔2026〕责任险0127号")

    def cell(text: str) -> str:
        return b.para_xml([text])

    inner_rows = [
        [
            cell("甲"),
            b.para_xml([("被保险人或其雇员的故意行为、违法犯罪行为;", "", "JC")], excl=True, where="nested table"),
        ],
        [
            cell("乙"),
            b.para_xml(
                [("被保险人雇员的人身伤亡,应由雇主责任保险或工伤保险负责的;", "", "JC")],
                excl=True,
                where="nested table",
            ),
        ],
        [
            cell("丙"),
            b.para_xml(
                [("营业场所内电梯、锅炉等特种设备未经年检而发生的事故;", "", "JC")], excl=True, where="nested table"
            ),
        ],
        [
            cell("丁"),
            b.para_xml([("被保险人租用、保管或控制的财产本身的损失。", "", "JC")], excl=True, where="nested table"),
        ],
    ]
    nested = b.table_xml(inner_rows, [600, 6000])
    excl_cell = (
        b.para_xml([("对于下列损失、费用和责任,保险人不负责赔偿:", "", "JC")], excl=True, where="table")
        + nested
        + "<w:p/>"
    )
    rows = [
        [
            cell("被保险人及营业场所"),
            cell(
                "在中华人民共和国境内依法登记设立的商场、酒店、餐馆、游乐场所、写字楼物业管理单位等,以保险单载明的营业场所为限。"
            ),
        ],
        [
            cell("保障范围"),
            cell(
                "被保险人在保险单载明的营业场所内从事经营活动时,因经营疏忽或过失导致第三者人身伤亡或财产损失,依法应由被保险人承担的经济赔偿责任,保险人负责赔偿;事故发生后被保险人为减少损失支付的必要合理费用及经保险人同意的诉讼费用,保险人也负责赔偿。"
            ),
        ],
        [cell("除外责任"), excl_cell],
        [
            cell("赔偿限额"),
            cell("每次事故赔偿限额、每人人身伤亡赔偿限额及累计赔偿限额由投保人与保险人协商确定,并在保险单中载明。"),
        ],
        [
            cell("索赔须知"),
            cell(
                "被保险人应在事故发生后四十八小时内通知保险人;索赔时提供第三者的索赔函、事故证明、损失清单、人身伤亡的医疗证明及判决书或调解书。"
            ),
        ],
        [cell("争议解决"), cell("因本合同发生的争议,协商不成的,提交保险单载明的仲裁委员会仲裁。")],
        [cell("名词解释"), cell("第三者:指除被保险人及其雇员、家庭成员以外的自然人、法人或其他组织。")],
    ]
    b.raw(b.table_xml(rows, [1700, 6800]))
    b.p("")
    return b


# ================================================================================================
# d14 个人账户资金安全保险 — each exclusion item is bold only in its opening words; the rest of the
# clause is plain. Not emphasised. Missing INSURED_SCOPE, SUM_INSURED, PERIOD, DISPUTES.
@doc
def d14() -> Builder:
    b = Builder(
        "d14_zhanghu_zijin.docx",
        "泓信财产保险股份有限公司个人账户资金损失保险条款",
        False,
        {
            "COVERAGE": "第二条 保险责任",
            "EXCLUSIONS": "第三条 责任免除",
            "PREMIUM": "第四条 保险费",
            "CLAIMS": "第五条 索赔",
            "DEFINITIONS": "第六条 释义",
        },
        "the lead-in and items (一)–(四) of 第三条 after its run-in label.",
    )
    b.defaults(simsun(21))
    hd = B
    b.p(("泓信财产保险股份有限公司个人账户资金损失保险条款", B + sz(28)), ppr='<w:jc w:val="center"/>')
    b.p("泓信财险(备-其他)〔2026〕第0305号")
    b.p(("第一条 合同构成", hd), " 本合同由保险条款、电子保单、投保信息页及批注组成。")
    b.p(
        ("第二条 保险责任", hd),
        " 被保险人名下的借记卡、信用卡、第三方支付账户,因被他人盗刷、盗用、复制而发生的资金损失,保险人按照本合同约定负责赔偿。",
    )
    b.p(
        ("第三条 责任免除", hd),
        " 下列损失,保险人不负责赔偿:",
        excl=True,
        label="第三条 责任免除",
    )
    b.p(("(一)被保险人的故意行为,", B), "包括被保险人与他人串通、自行转账后声称被盗的情形;", excl=True)
    b.p(("(二)被保险人主动告知他人", B), "密码、短信验证码或者将账户出借、出租给他人使用造成的损失;", excl=True)
    b.p(("(三)被保险人的亲属、同住人员", B), "盗用账户造成的损失;", excl=True)
    b.p(("(四)因投资、购物、网络交友等原因", B), "被他人诈骗而自愿转账付款造成的损失。", excl=True)
    b.p(("第四条 保险费", hd), " 保险费按月收取,由投保人授权从其指定账户中扣除。")
    b.p(
        ("第五条 索赔", hd),
        " 被保险人发现账户资金损失后,应在二十四小时内向发卡机构挂失并向公安机关报案,并在七日内通知保险人,提供报案回执、交易明细、挂失证明。",
    )
    b.p(("第六条 释义", hd), " 盗刷:指他人未经被保险人授权,使用伪造、复制的卡片或窃取的账户信息进行交易。")
    return b


# ================================================================================================
# d15 老年人意外伤害保险 — underline through a character style (u="words") used on every exclusion
# run, including the exclusion placed inside 保险责任 and the one in 释义; the list uses a numbered
# paragraph style. Emphasised. Missing CLAIMS, PREMIUM.
@doc
def d15() -> Builder:
    b = Builder(
        "d15_laonian_yiwai.docx",
        "瑞禾财产保险股份有限公司老年人意外伤害保险条款",
        True,
        {
            "INSURED_SCOPE": "一、被保险人",
            "COVERAGE": "二、保险责任",
            "EXCLUSIONS": "三、责任免除",
            "SUM_INSURED": "四、保险金额",
            "PERIOD": "五、保险期间",
            "DISPUTES": "六、争议处理",
            "DEFINITIONS": "七、释义",
        },
        "the lead-in and items under 三、责任免除, the osteoporosis sentence under 二、保险责任 and the "
        "sentence in 七、释义 that takes 猝死 out of cover.",
    )
    b.defaults(simsun(21))
    b.numbering(103, "decimal", "%1.", "")
    b.style("character", "XHX", "条款下划线", rpr=u_("words"), based_on="DefaultParagraphFont")
    b.style(
        "paragraph",
        "MZLB",
        "免责列表",
        based_on="Normal",
        extra='<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="103"/></w:numPr></w:pPr>',
    )
    hd = B + sz(22)
    b.p(("瑞禾财产保险股份有限公司老年人意外伤害保险条款", B + sz(28)), ppr='<w:jc w:val="center"/>')
    b.p("瑞禾财险〔2026〕意外险第0093号")
    b.p(("一、被保险人", hd))
    b.p("投保时年满五十周岁、不满八十五周岁,能正常生活起居的自然人,可作为被保险人。")
    b.p(("二、保险责任", hd))
    b.p(
        "在保险期间内,被保险人遭受意外伤害导致身故、伤残或骨折的,保险人分别按约定给付意外身故保险金、意外伤残保险金或意外骨折保险金;因意外伤害发生的医疗费用,在医疗保险金额内按实际支出给付。"
    )
    b.p(("被保险人因骨质疏松等自身疾病导致的病理性骨折,不属于意外骨折,保险人不承担给付责任。", "", "XHX"), excl=True)
    b.p(("三、责任免除", hd))
    b.p(("因下列原因导致被保险人身故、伤残或发生医疗费用的,保险人不承担给付保险金责任:", "", "XHX"), excl=True)
    b.p(("被保险人因心脑血管疾病、癫痫、眩晕等自身疾病发作而跌倒或坠落;", "", "XHX"), ps="MZLB", excl=True)
    b.p(("被保险人醉酒或服用非医嘱药物;", "", "XHX"), ps="MZLB", excl=True)
    b.p(("被保险人驾驶电动自行车以外的机动车辆;", "", "XHX"), ps="MZLB", excl=True)
    b.p(("医疗事故、药物过敏导致的伤害。", "", "XHX"), ps="MZLB", excl=True)
    b.p(("四、保险金额", hd))
    b.p("意外身故及伤残、意外骨折、意外医疗的保险金额分别在保险单中载明,由投保人投保时选定。")
    b.p(("五、保险期间", hd))
    b.p("保险期间为一年。投保人可在期满前申请续保,经保险人同意后续保。")
    b.p(("六、争议处理", hd))
    b.p("因本合同发生的争议,由当事人协商解决;协商不成的,依法向人民法院起诉。")
    b.p(("七、释义", hd))
    b.p("意外伤害:指以外来的、突发的、非本意的和非疾病的客观事件为直接且主要原因导致的身体伤害。")
    b.p(("猝死不属于本合同所称意外伤害,保险人对猝死不承担给付责任。", "", "XHX"), excl=True)
    return b


# ================================================================================================
def build_all(out_dir: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    out_dir.mkdir(parents=True, exist_ok=True)
    labels: list[dict[str, object]] = []
    manifest: list[dict[str, object]] = []
    for fn in DOCS:
        b = fn()
        (out_dir / b.file).write_bytes(b.render())
        labels.append(b.label())
        manifest.append(b.manifest())
    (out_dir / "labels.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in labels), encoding="utf-8"
    )
    return labels, manifest


def main(argv: list[str]) -> int:
    if "--rebuild" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            build_all(Path(tmp))
            bad = [
                f.name
                for f in sorted(Path(tmp).iterdir())
                if not (OUT / f.name).exists() or (OUT / f.name).read_bytes() != f.read_bytes()
            ]
        print("rebuild: byte-identical" if not bad else f"rebuild differs: {bad}")
        return 1 if bad else 0
    labels, manifest = build_all(OUT)
    MANIFEST.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(labels)} documents and labels.jsonl to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

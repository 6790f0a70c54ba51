"""Build the blind 2026-12-26 disclosure set: 20 clause documents (.docx) + labels.jsonl + manifest.

Every clause text below was written by hand for this set; insurers and registration numbers are invented.
The script uses python-docx for the package and core properties and writes the WordprocessingML it has no API
for (styles with basedOn chains, docDefaults, table styles, numbering) as XML. Output is byte-identical on
every run (fixed core properties, fixed zip timestamps).

Usage: python build_disclosure.py [--rebuild]   (--rebuild: build into a temp dir and compare bytes)
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
FIXED_TIME = dt.datetime(2026, 12, 1, 9, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (2026, 12, 1, 9, 0, 0)


class Doc:
    """Collects body XML, styles, numbering, section anchors and exclusion bodies for one document."""

    def __init__(self, file: str, emphasized: bool, defaults: str = "", title: str = "") -> None:
        self.file = file
        self.emphasized = emphasized
        self.defaults = defaults
        self.title = title
        self.styles: list[str] = []
        self.numbering: list[str] = []
        self.body: list[str] = []
        self.sections: dict[str, str] = {}
        self.exclusion_bodies: list[dict] = []
        self.notes = ""

    # styles -------------------------------------------------------------
    def style(
        self,
        kind: str,
        sid: str,
        rpr: str = "",
        based: str | None = None,
        default: bool = False,
        ppr: str = "",
        extra: str = "",
    ) -> None:
        d = ' w:default="1"' if default else ""
        b = f'<w:basedOn w:val="{based}"/>' if based else ""
        p = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
        r = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        self.styles.append(
            f'<w:style {NS} w:type="{kind}" w:styleId="{sid}"{d}><w:name w:val="{sid}"/>{b}{p}{r}{extra}</w:style>'
        )

    def num(self, num_id: int, lvl_text: str, fmt: str = "decimal", rpr: str = "", start: int = 1) -> None:
        r = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
        self.numbering.append(
            f'<w:abstractNum {NS} w:abstractNumId="{num_id}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl_text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr>{r}</w:lvl></w:abstractNum>'
        )
        self.numbering.append(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')

    # body ---------------------------------------------------------------
    @staticmethod
    def _runs(runs: tuple) -> tuple[str, str]:
        xml, text = [], []
        for r in runs:
            if isinstance(r, str):
                r = (r, "", None)
            t, rpr, rstyle = [*list(r), "", None][:3]
            props = (f'<w:rStyle w:val="{rstyle}"/>' if rstyle else "") + (rpr or "")
            rp = f"<w:rPr>{props}</w:rPr>" if props else ""
            xml.append(f'<w:r>{rp}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>')
            text.append(t)
        return "".join(xml), "".join(text)

    def _p(self, runs: tuple, style: str | None, num: int | None, pmark: str, jc: str | None) -> tuple[str, str]:
        ppr = ""
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        if pmark:
            ppr += f"<w:rPr>{pmark}</w:rPr>"
        rx, text = self._runs(runs)
        return f"<w:p {NS}>" + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + rx + "</w:p>", text

    def p(
        self,
        *runs,
        style: str | None = None,
        num: int | None = None,
        pmark: str = "",
        jc: str | None = None,
        sec: str | tuple = (),
        excl: bool = False,
        skip: int = 0,
    ) -> None:
        xml, text = self._p(runs, style, num, pmark, jc)
        self.body.append(xml)
        self._mark(text, sec, excl, skip)

    def _mark(self, text: str, sec: str | tuple, excl: bool, skip: int = 0) -> None:
        for code in (sec,) if isinstance(sec, str) else sec:
            self.sections[code] = text if len(text) <= 24 else text[:12]
        if excl:
            self.exclusion_bodies.append({"text": text, "skip": skip})

    def table(
        self,
        rows: list[list[tuple]],
        tstyle: str | None = None,
        excl_col: int | None = None,
        cell_style: str | None = None,
        header: int = 0,
    ) -> None:
        """rows: list of rows; each cell a tuple of runs. excl_col: column whose cells (below the header rows)
        are exclusion bodies."""
        tp = (
            "<w:tblPr>"
            + (f'<w:tblStyle w:val="{tstyle}"/>' if tstyle else "")
            + '<w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        )
        out = [f"<w:tbl {NS}>{tp}<w:tblGrid>" + "".join('<w:gridCol w:w="4000"/>' for _ in rows[0]) + "</w:tblGrid>"]
        for ri, row in enumerate(rows):
            out.append("<w:tr>")
            for ci, cell in enumerate(row):
                xml, text = self._p(cell, cell_style, None, "", None)
                out.append(f'<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{xml}</w:tc>')
                if excl_col is not None and ci == excl_col and ri >= header and text.strip():
                    self.exclusion_bodies.append({"text": text, "skip": 0})
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.body.append("".join(out))

    def page_break(self) -> None:
        self.body.append(f'<w:p {NS}><w:r><w:br w:type="page"/></w:r></w:p>')

    # output -------------------------------------------------------------
    def build(self) -> bytes:
        d = docx.Document()
        # the template's stylesWithEffects.xml would contradict the styles written below: drop it
        for rid, rel in list(d.part.rels.items()):
            if rel.reltype.endswith("/stylesWithEffects"):
                d.part.drop_rel(rid)
        st = d.styles.element
        for child in list(st):
            st.remove(child)
        st.append(
            parse_xml(
                f"<w:docDefaults {NS}><w:rPrDefault><w:rPr>{self.defaults}</w:rPr></w:rPrDefault>"
                f'<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
            )
        )
        for s in self.styles:
            st.append(parse_xml(s))
        numbering = d.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        for n in [x for x in self.numbering if "abstractNum " in x] + [x for x in self.numbering if "<w:num " in x]:
            numbering.append(parse_xml(n))
        body = d.element.body
        sect = body[-1]
        for child in list(body)[:-1]:
            body.remove(child)
        for x in self.body:
            sect.addprevious(parse_xml(x))
        cp = d.core_properties
        cp.author = "条款管理系统"
        cp.last_modified_by = "条款管理系统"
        cp.title = self.title
        cp.created = FIXED_TIME
        cp.modified = FIXED_TIME
        cp.last_printed = FIXED_TIME
        cp.revision = 1
        cp.comments = ""
        cp.subject = ""
        cp.keywords = ""
        raw = io.BytesIO()
        d.save(raw)
        src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for info in src.infolist():
                zi = zipfile.ZipInfo(info.filename, ZIP_TIME)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, src.read(info.filename))
        return out.getvalue()


ALL = [
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
B = "<w:b/>"
SZ = lambda n: f'<w:sz w:val="{n}"/><w:szCs w:val="{n}"/>'  # noqa: E731
FONT = '<w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体"/>'


def base(d: Doc, normal_rpr: str = "", head_rpr: str = B + SZ(24)) -> None:
    d.style("paragraph", "Normal", normal_rpr, default=True)
    d.style("paragraph", "DocTitle", B + SZ(32), based="Normal", ppr='<w:jc w:val="center"/>')
    d.style("paragraph", "ClauseHead", head_rpr, based="Normal", ppr='<w:spacing w:before="240"/>')


def d01() -> Doc:
    d = Doc("d1226-01.docx", True, FONT + SZ(21), "家庭财产综合保险条款")
    d.notes = "exclusions bold through paragraph style XItem -> XBase -> XRoot (w:b set two levels up)"
    base(d)
    d.style("paragraph", "XRoot", B, based="Normal")
    d.style("paragraph", "XBase", '<w:color w:val="000000"/>', based="XRoot")
    d.style("paragraph", "XItem", "", based="XBase", ppr='<w:ind w:left="420"/>')
    d.p("安禾财产保险股份有限公司", style="DocTitle")
    d.p("家庭财产综合保险条款", style="DocTitle")
    d.p("注册号：C00016042312026031500218", jc="center")
    d.p("第一章　总则", style="ClauseHead")
    d.p("第一条　本保险合同由保险条款、投保单、保险单以及批单组成。")
    d.p("第二章　保险标的", style="ClauseHead", sec="INSURED_SCOPE")
    d.p("第二条　坐落于保险单载明地址内、属于被保险人所有的房屋及其室内装修、室内财产，可作为保险标的。")
    d.p("第三条　金银、珠宝、首饰、现金、有价证券、票证、文件、账册、电脑软件资料，不属于本保险合同的保险标的。")
    d.p("第三章　保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "第四条　在保险期间内，由于火灾、爆炸、雷击、暴雨、洪水、台风、冰雹、雪灾、崖崩、泥石流，以及自来水管道破裂造成保险标的的损失，保险人按照本合同的约定负责赔偿。"
    )
    d.p(
        "第五条　保险事故发生后，被保险人为防止或减少损失所支付的必要的、合理的费用，保险人按照本合同的约定也负责赔偿。"
    )
    d.p("第四章　责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p("第六条　下列原因造成的损失、费用，保险人不负责赔偿：", style="XBase", excl=True)
    d.p("（一）投保人、被保险人及其家庭成员、寄居人、雇用人员的故意或者违法行为；", style="XItem", excl=True)
    d.p("（二）地震、海啸及其次生灾害；", style="XItem", excl=True)
    d.p("（三）房屋长期空置超过九十日期间发生的盗窃损失；", style="XItem", excl=True)
    d.p("（四）保险标的本身缺陷、保管不善、变质、霉烂、受潮、虫咬、自然磨损。", style="XItem", excl=True)
    d.p("第七条　下列损失、费用，保险人也不负责赔偿：间接损失；本合同约定的免赔额。", style="XItem", excl=True)
    d.p("第五章　保险金额与免赔额", style="ClauseHead", sec="SUM_INSURED")
    d.p(
        "第八条　房屋及室内装修的保险金额由投保人参照其市场价值确定；室内财产的保险金额由投保人自行确定，并在保险单中分项列明。"
    )
    d.p("第六章　保险期间", style="ClauseHead", sec="PERIOD")
    d.p("第九条　除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。")
    d.p("第七章　赔偿处理", style="ClauseHead", sec="CLAIMS")
    d.p("第十条　保险事故发生时，被保险人对保险标的不具有保险利益的，不得向保险人请求赔偿保险金。")
    d.p("第十一条　保险标的发生部分损失的，保险人按照实际修复费用在保险金额内计算赔偿。")
    d.p("第八章　争议处理和法律适用", style="ClauseHead", sec="DISPUTES")
    d.p(
        "第十二条　因履行本合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁机构仲裁，或依法向人民法院起诉。"
    )
    return d


def d02() -> Doc:
    d = Doc("d1226-02.docx", False, FONT + SZ(21), "机动车商业保险条款（节选）")
    d.notes = "XItem derives from XBase (bold) but sets w:b w:val=0 itself; only the lead-in sentence resolves bold"
    base(d)
    d.style("paragraph", "XRoot", B + '<w:u w:val="none"/>', based="Normal")
    d.style("paragraph", "XBase", "", based="XRoot")
    d.style("paragraph", "XItem", '<w:b w:val="0"/>', based="XBase", ppr='<w:ind w:left="420"/>')
    d.p("恒邦财产保险股份有限公司", style="DocTitle")
    d.p("机动车商业保险示范条款（车损与三者部分）", style="DocTitle")
    d.p("一、总则与保险标的", style="ClauseHead", sec="INSURED_SCOPE")
    d.p(
        "本保险合同中的被保险机动车是指在中华人民共和国境内行驶，以动力装置驱动或者牵引，上道路行驶的供人员乘用或者用于运送物品以及进行专项作业的轮式车辆。"
    )
    d.p("二、机动车损失保险", style="ClauseHead")
    d.p(
        "保险责任：保险期间内，被保险人或被保险机动车驾驶人在使用被保险机动车过程中，因自然灾害、意外事故造成被保险机动车直接损失，且不属于免除保险人责任的范围，保险人依照本保险合同的约定负责赔偿。",
        sec="COVERAGE",
    )
    d.p(
        "责任免除：在上述保险责任范围内，下列情况下，不论任何原因造成被保险机动车的任何损失和费用，保险人均不负责赔偿：",
        style="XBase",
        sec="EXCLUSIONS",
        excl=True,
    )
    d.p("（一）事故发生后，被保险人或驾驶人故意破坏、伪造现场，毁灭证据；", style="XItem", excl=True)
    d.p("（二）驾驶人饮酒、吸食或注射毒品、服用国家管制的精神药品或者麻醉药品；", style="XItem", excl=True)
    d.p("（三）无驾驶证，驾驶证被依法扣留、暂扣、吊销、注销期间；", style="XItem", excl=True)
    d.p(
        "（四）被保险机动车被转让、改装、加装或改变使用性质，且未及时通知保险人，导致危险程度显著增加的。",
        style="XItem",
        excl=True,
    )
    d.p("三、保险金额", style="ClauseHead", sec="SUM_INSURED")
    d.p("机动车损失保险的保险金额按投保时被保险机动车的实际价值确定，实际价值由投保人与保险人协商确定。")
    d.p("四、赔偿处理", style="ClauseHead", sec="CLAIMS")
    d.p("因保险事故损坏的被保险机动车，修理前被保险人应当会同保险人检验，协商确定维修机构、修理项目、方式和费用。")
    d.p("五、释义", style="ClauseHead", sec="DEFINITIONS")
    d.p("【饮酒】指驾驶人饮用含有酒精的饮料，驾驶机动车时血液中的酒精含量大于等于20mg/100mL的。")
    return d


def d03() -> Doc:
    d = Doc("d1226-03.docx", True, FONT + SZ(21), "个人意外伤害保险条款")
    d.notes = "exclusion items auto-numbered; character style Key (w:b via basedOn KeyBase) covers the whole item text"
    base(d)
    d.style("character", "KeyBase", B)
    d.style("character", "Key", "", based="KeyBase")
    d.num(1, "%1.", "decimal")
    d.p("瑞丰财产保险股份有限公司", style="DocTitle")
    d.p("个人意外伤害保险（2026版）条款", style="DocTitle")
    d.p("【投保范围】", style="ClauseHead", sec="INSURED_SCOPE")
    d.p("凡出生满28日至75周岁、身体健康、能正常工作或生活的自然人，可作为被保险人。")
    d.p("【保障内容】", style="ClauseHead", sec="COVERAGE")
    d.p(
        "在保险期间内，被保险人因遭受意外伤害事故，并自事故发生之日起180日内因该事故身故或伤残的，保险人按约定给付意外身故保险金或意外伤残保险金。"
    )
    d.p("【除外责任】", style="ClauseHead", sec="EXCLUSIONS")
    d.p(("因下列原因之一，直接或间接造成被保险人身故、伤残的，保险人不承担给付保险金责任：", "", "Key"), excl=True)
    d.p(("投保人对被保险人的故意杀害、故意伤害；", "", "Key"), num=1, excl=True)
    d.p(("被保险人自致伤害或自杀，但被保险人自杀时为无民事行为能力人的除外；", "", "Key"), num=1, excl=True)
    d.p(("被保险人故意犯罪或者抗拒依法采取的刑事强制措施；", "", "Key"), num=1, excl=True)
    d.p(("被保险人妊娠、流产、分娩、疾病、药物过敏；", "", "Key"), num=1, excl=True)
    d.p(
        ("被保险人从事潜水、跳伞、攀岩、蹦极、驾驶滑翔机、探险、摔跤、武术比赛、特技表演等高风险运动。", "", "Key"),
        num=1,
        excl=True,
    )
    d.p("【保险金额和保险费】", style="ClauseHead", sec=("SUM_INSURED", "PREMIUM"))
    d.p(
        "保险金额由投保人与保险人约定并在保险单中载明；保险费依据保险金额与费率计收，投保人应当在合同成立时一次性交清。"
    )
    d.p("【保险期间】", style="ClauseHead", sec="PERIOD")
    d.p("本合同保险期间为一年，自保险单载明的起保日零时起至期满日二十四时止。")
    d.p("【保险金申请】", style="ClauseHead", sec="CLAIMS")
    d.p(
        "保险金申请人应在知道保险事故发生之日起10日内通知保险人，并提供保险金给付申请书、被保险人身份证明、医疗机构出具的诊断证明等材料。"
    )
    d.p("【争议处理】", style="ClauseHead", sec="DISPUTES")
    d.p("合同争议解决方式由当事人在合同约定从下列两种方式中选择一种：提交约定的仲裁委员会仲裁；依法向人民法院起诉。")
    d.p("【释义】", style="ClauseHead", sec="DEFINITIONS")
    d.p("意外伤害：指以外来的、突发的、非本意的和非疾病的客观事件为直接且主要原因致使身体受到的伤害。")
    return d


def d04() -> Doc:
    d = Doc("d1226-04.docx", False, FONT + SZ(21), "百万医疗保险条款")
    d.notes = "character style Key covers only the key phrase of each exclusion item; the rest of each item is plain"
    base(d)
    d.style("character", "Key", B)
    d.p("泰和财产保险股份有限公司", style="DocTitle")
    d.p("泰和e康百万医疗保险条款", style="DocTitle")
    d.p("注册号：C00021837312026052208773", jc="center")
    d.p("第一条　被保险人", style="ClauseHead", sec="INSURED_SCOPE")
    d.p("投保时年满30日至60周岁，符合保险人投保规定的人士，可作为本合同的被保险人。")
    d.p("第二条　保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "在保险期间内，被保险人经医院诊断必须住院治疗的，对于被保险人住院期间发生的、符合通常惯例水平的、必需且合理的住院医疗费用，保险人在扣除免赔额后按照约定的比例给付一般医疗保险金。"
    )
    d.p("第三条　责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p("因下列情形之一，导致被保险人发生医疗费用的，保险人不承担给付保险金的责任：", excl=True)
    d.p("（一）", ("既往症", "", "Key"), "，但投保时已如实告知且经保险人同意承保的除外；", excl=True)
    d.p(
        "（二）被保险人",
        ("醉酒", "", "Key"),
        "、斗殴、",
        ("故意自伤", "", "Key"),
        "或服用、吸食、注射毒品；",
        excl=True,
    )
    d.p("（三）", ("牙齿治疗", "", "Key"), "、视力矫正、美容整形、变性手术；", excl=True)
    d.p("（四）", ("不孕不育治疗", "", "Key"), "、人工受孕、怀孕、分娩（含难产）、流产；", excl=True)
    d.p("（五）被保险人在", ("等待期内", "", "Key"), "确诊的疾病。", excl=True)
    d.p("第四条　保险金额与免赔额", style="ClauseHead", sec="SUM_INSURED")
    d.p("一般医疗保险金的年度保险金额为200万元；年免赔额为1万元。")
    d.p("第五条　保险期间", style="ClauseHead", sec="PERIOD")
    d.p("本合同的保险期间为一年，以保险单载明的起止时间为准。")
    d.p("第六条　保险金的申请", style="ClauseHead", sec="CLAIMS")
    d.p("被保险人申请保险金时，应提供医疗费用原始收据、费用明细清单、出院小结等材料。")
    return d


def d05() -> Doc:
    d = Doc("d1226-05.docx", True, FONT + SZ(21), "雇主责任保险条款")
    d.notes = "body 10.5 pt from docDefaults (Normal sets no size); exclusion style XBig sets sz 24 (12 pt)"
    d.style("paragraph", "Normal", "", default=True)
    d.style("paragraph", "DocTitle", B + SZ(30), based="Normal", ppr='<w:jc w:val="center"/>')
    d.style("paragraph", "ClauseHead", B, based="Normal")
    d.style("paragraph", "XBig", SZ(24), based="Normal")
    d.p("众澄财产保险股份有限公司", style="DocTitle")
    d.p("雇主责任保险条款", style="DocTitle")
    d.p("被保险人", style="ClauseHead", sec="INSURED_SCOPE")
    d.p("第一条　凡依法设立的企事业单位、社会团体、个体经济组织以及其他组织，均可作为本保险合同的被保险人。")
    d.p("保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "第二条　在保险期间内，被保险人的工作人员在中华人民共和国境内因下列情形导致伤残或死亡，依照中华人民共和国法律应由被保险人承担的经济赔偿责任，保险人按照本保险合同约定负责赔偿：（一）在工作时间和工作场所内，因工作原因受到事故伤害；（二）工作时间前后在工作场所内，从事与工作有关的预备性或者收尾性工作受到事故伤害；（三）患职业病。"
    )
    d.p("责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p("第三条　下列原因造成的损失、费用和责任，保险人不负责赔偿：", style="XBig", excl=True)
    d.p("（一）被保险人的故意或重大过失行为；", style="XBig", excl=True)
    d.p("（二）战争、敌对行为、军事行动、武装冲突、罢工、暴动、恐怖活动；", style="XBig", excl=True)
    d.p("（三）工作人员醉酒、吸毒、自残或者自杀；", style="XBig", excl=True)
    d.p("（四）被保险人承包商的工作人员遭受的伤害。", style="XBig", excl=True)
    d.p("责任限额与免赔额", style="ClauseHead", sec="SUM_INSURED")
    d.p("第四条　每人伤亡责任限额、每人医疗费用责任限额由投保人与保险人协商确定，并在保险单中载明。")
    d.p("保险期间", style="ClauseHead", sec="PERIOD")
    d.p("第五条　除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。")
    d.p("保险人义务", style="ClauseHead")
    d.p("第六条　本保险合同成立后，保险人应当及时向投保人签发保险单或其他保险凭证。")
    d.p("赔偿处理", style="ClauseHead", sec="CLAIMS")
    d.p(
        "第七条　保险人的赔偿以下列方式之一确定的被保险人的赔偿责任为基础：被保险人和向其提出损害赔偿请求的工作人员协商并经保险人确认；仲裁机构裁决；人民法院判决；保险人认可的其他方式。"
    )
    d.p("争议处理", style="ClauseHead", sec="DISPUTES")
    d.p("第八条　因履行本保险合同发生的争议，由当事人协商解决。协商不成的，依法向人民法院起诉。")
    d.p("释　义", style="ClauseHead", sec="DEFINITIONS")
    d.p(
        "第九条　工作人员：指与被保险人存在劳动关系，在被保险人处工作并领取报酬的人员，包括正式在册职工、短期工、临时工、季节工和徒工。"
    )
    return d


def d06() -> Doc:
    d = Doc("d1226-06.docx", True, FONT + SZ(24), "国内水路、陆路货物运输保险条款")
    d.notes = (
        "docDefaults sz 24 but Normal overrides to 21 (body 10.5 pt); exclusion style XPlain has no basedOn, "
        "so it falls back to the docDefaults 12 pt and is larger than the body"
    )
    d.style("paragraph", "Normal", SZ(21), default=True)
    d.style("paragraph", "DocTitle", B + SZ(32), based="Normal", ppr='<w:jc w:val="center"/>')
    d.style("paragraph", "ClauseHead", B + SZ(21), based="Normal")
    d.style("paragraph", "XPlain", "", ppr='<w:ind w:firstLine="420"/>')
    d.p("北辰财产保险股份有限公司", style="DocTitle")
    d.p("国内水路、陆路货物运输保险条款", style="DocTitle")
    d.p("一、保险标的", style="ClauseHead", sec="INSURED_SCOPE")
    d.p(
        "凡在国内经水路、陆路运输的货物，均可为本保险之标的。下列货物非经投保人与保险人特别约定，并在保险单上载明，不在保险标的范围以内：金银、珠宝、钻石、玉器、首饰、古币、古玩、古书、古画、邮票、艺术品、稀有金属等珍贵财物。"
    )
    d.p("二、保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "本保险分为基本险和综合险两种。保险货物遭受损失时，保险人按承保险别的责任范围负赔偿责任。基本险负责：因火灾、爆炸、雷电、冰雹、暴风、暴雨、洪水、地震、海啸、地陷、崖崩、滑坡、泥石流所造成的损失；由于运输工具发生碰撞、搁浅、触礁、倾覆、沉没、出轨或隧道、码头坍塌所造成的损失。"
    )
    d.p("三、除外责任", style="ClauseHead", sec="EXCLUSIONS")
    d.p("由于下列原因造成保险货物的损失，保险人不负赔偿责任：", style="XPlain", excl=True)
    d.p("（一）战争、军事行动、扣押、罢工、哄抢和政府征用、没收；", style="XPlain", excl=True)
    d.p("（二）核反应、核子辐射和放射性污染；", style="XPlain", excl=True)
    d.p("（三）保险货物本身的缺陷、自然损耗，以及由于包装不善造成的损失；", style="XPlain", excl=True)
    d.p("（四）被保险人的故意行为或过失；市价跌落、运输延迟所引起的损失。", style="XPlain", excl=True)
    d.p("四、责任起讫", style="ClauseHead", sec="PERIOD")
    d.p(
        "保险责任自签发保险凭证和保险货物运离起运地发货人的最后一个仓库或储存处所时起，至该保险凭证上注明的目的地的收货人在当地的第一个仓库或储存处所时终止。但保险货物运抵目的地后，如果收货人未及时提货，则保险责任的终止期最多延长至以收货人接到《到货通知单》后的十五天为限。"
    )
    d.p("五、保险金额", style="ClauseHead", sec="SUM_INSURED")
    d.p("保险金额按货价或货价加运杂费确定。")
    d.p("六、赔偿处理", style="ClauseHead", sec="CLAIMS")
    d.p(
        "被保险人向保险人申请索赔时，必须提供下列有关单证：保险凭证、运单、提货单、发票；承运部门签发的货运记录、普通记录、交接验收记录、鉴定书；收货单位的入库记录、检验报告、损失清单及救护保险货物所支付的直接费用的单据。被保险人从获悉或应当获悉保险货物遭受损失的次日起，如果经过两年不向保险人申请赔偿，不提出必要的单证，或者不领取应得的赔款，则视为自愿放弃权益。"
    )
    return d


def d07() -> Doc:
    d = Doc("d1226-07.docx", True, FONT + SZ(21), "中央财政补贴型水稻种植保险条款")
    d.notes = "exclusions in a two-column table whose table style sets w:b w:val=0; runs in the text column carry direct <w:b/>"
    base(d)
    d.style(
        "table",
        "GridPlain",
        '<w:b w:val="0"/>',
        extra='<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>',
    )
    d.p("沁源财产保险股份有限公司", style="DocTitle")
    d.p("水稻种植保险条款", style="DocTitle")
    d.p(
        "保险标的：",
        (
            "符合当地普遍采用的种植规范标准和技术管理要求、生长和管理正常、种植场所在当地洪水水位线以上的非蓄洪、行洪区内的水稻，可作为本保险合同的保险标的。",
            "",
        ),
        sec="INSURED_SCOPE",
    )
    d.p(
        "保险责任：",
        "保险期间内，由于暴雨、洪水（政府行蓄洪除外）、内涝、风灾、雹灾、冻灾、旱灾、病虫草鼠害对保险水稻造成的损失，损失率达到20%（含）以上的，保险人按照本保险合同的约定负责赔偿。",
        sec="COVERAGE",
    )
    d.p("责任免除：", ("下列原因造成的损失、费用，保险人不负责赔偿：", B), sec="EXCLUSIONS", excl=True, skip=5)
    d.table(
        [
            [("项次",), ("内容",)],
            [
                ("一",),
                (
                    (
                        "投保人及其家庭成员、被保险人及其家庭成员、投保组织者、管理人员的故意或重大过失行为、管理不善；",
                        B,
                    ),
                ),
            ],
            [("二",), (("行政行为或司法行为；政府行蓄洪造成的损失；", B),)],
            [("三",), (("发生重大病虫害后，被保险人不采取有效防治措施导致损失扩大的部分；", B),)],
            [("四",), (("在保险单载明以外的地块种植的水稻遭受的损失。", B),)],
        ],
        tstyle="GridPlain",
        excl_col=1,
        header=1,
    )
    d.p("保险金额：", "每亩保险金额参照保险水稻生长期内所发生的直接物化成本确定，为每亩800元。", sec="SUM_INSURED")
    d.p("保险费：", "每亩保险费为48元，其中各级财政补贴比例由当地政府规定，农户自缴部分按当地规定执行。", sec="PREMIUM")
    d.p(
        "保险期间：",
        "自保险水稻移栽成活或直播出苗后起至成熟开始收割时止，但不得超出保险单载明的保险期间范围。",
        sec="PERIOD",
    )
    d.p(
        "赔偿处理：",
        "保险事故发生后，保险人应当会同被保险人、村委会对受损情况进行核定；赔款按照实际损失程度、受损面积和保险水稻所处生长期对应的最高赔偿标准计算。",
        sec="CLAIMS",
    )
    return d


def d08() -> Doc:
    d = Doc("d1226-08.docx", True, FONT + SZ(21), "境外旅行意外伤害保险条款")
    d.notes = "exclusions in a table whose table style Excl sets <w:b/>; cell paragraphs use Normal, which sets no bold"
    base(d)
    d.style(
        "table",
        "Excl",
        B,
        extra='<w:tblPr><w:tblBorders><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>',
    )
    d.p("华垣财产保险股份有限公司", style="DocTitle")
    d.p("境外旅行意外伤害保险条款", style="DocTitle")
    d.p("注册号：C00030517312026090101645", jc="center")
    d.p("1　保险合同构成", style="ClauseHead")
    d.p("1.1　本保险合同由保险条款、投保单、保险单、保险凭证以及批单组成。")
    d.p("2　保障对象", style="ClauseHead", sec="INSURED_SCOPE")
    d.p("2.1　出境旅行、探亲、商务考察的中国公民，年龄在1周岁至80周岁之间的，可作为被保险人。")
    d.p("3　保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "3.1　意外身故与伤残：被保险人在境外旅行期间遭受意外伤害事故，并自事故发生之日起180日内因该事故身故或伤残的，保险人按约定给付保险金。"
    )
    d.p("3.2　紧急医疗救援：被保险人在境外遭受意外伤害或突发急性病，保险人或其授权的救援机构提供医疗转运和送返服务。")
    d.p("4　责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p(("4.1　发生下列情形之一的，保险人不承担给付保险金责任：", B), excl=True)
    d.table(
        [
            [("（1）被保险人在旅行目的地从事有偿工作或从事体力劳动期间遭受的伤害；",)],
            [("（2）被保险人前往中国外交部已发布旅行警告的国家或地区后发生的事故；",)],
            [("（3）被保险人参加职业体育比赛、潜水、滑雪、漂流、热气球、跳伞等高风险活动；",)],
            [("（4）被保险人酒后驾驶、无有效驾驶证驾驶或驾驶无有效行驶证的机动交通工具。",)],
        ],
        tstyle="Excl",
        excl_col=0,
    )
    d.p("5　保险期间", style="ClauseHead", sec="PERIOD")
    d.p("5.1　保险期间以保险单载明的旅行起止日期为准，最长不超过182日。")
    d.p("6　保险金的申请与给付", style="ClauseHead", sec="CLAIMS")
    d.p(
        "6.1　被保险人身故的，由身故保险金受益人作为申请人，填写保险金给付申请书，并提供保险单、受益人身份证明、死亡证明等材料。"
    )
    d.p("7　名词解释", style="ClauseHead", sec="DEFINITIONS")
    d.p("7.1　境外：指中华人民共和国境外，包括香港特别行政区、澳门特别行政区和台湾地区。")
    return d


def d09() -> Doc:
    d = Doc("d1226-09.docx", False, FONT + SZ(21), "宠物责任保险条款")
    d.notes = (
        "exclusion items auto-numbered; only the numbering level rPr is bold, underlined and 14 pt; item text is plain"
    )
    base(d)
    d.num(3, "第%1项", "chineseCounting", rpr=B + '<w:u w:val="single"/>' + SZ(28))
    d.p("云岚财产保险股份有限公司", style="DocTitle")
    d.p("犬只饲养责任保险条款", style="DocTitle")
    d.p("第一部分　投保人与被保险人", style="ClauseHead", sec="INSURED_SCOPE")
    d.p("依法办理犬只登记、按规定接种狂犬病疫苗、年满18周岁的犬只饲养人，可作为本保险合同的被保险人。")
    d.p("第二部分　保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "在保险期间内，被保险人饲养的犬只在保险单载明的区域内造成第三者人身伤亡或财产损失，依法应由被保险人承担的经济赔偿责任，保险人按照本合同约定负责赔偿。"
    )
    d.p("第三部分　责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p("下列损失、费用和责任，保险人不负责赔偿：", excl=True)
    d.p("被保险人及其家庭成员、雇员的人身伤亡及其所有或管理的财产的损失；", num=3, excl=True)
    d.p("犬只未按当地规定拴绳、佩戴嘴套，或由未成年人单独牵领时造成的损害；", num=3, excl=True)
    d.p("犬只属于当地禁止饲养的烈性犬、大型犬的；", num=3, excl=True)
    d.p("犬只之间相互撕咬造成的宠物医疗费用；罚款、罚金及惩罚性赔偿。", num=3, excl=True)
    d.p("第四部分　赔偿限额与保险费", style="ClauseHead", sec=("SUM_INSURED", "PREMIUM"))
    d.p("每次事故赔偿限额为5万元，其中每次事故每人人身伤亡赔偿限额为2万元；年保险费为每只犬99元。")
    d.p("第五部分　保险期间", style="ClauseHead", sec="PERIOD")
    d.p("保险期间为一年，自保险单载明的起保日零时起算。")
    return d


def d10() -> Doc:
    d = Doc("d1226-10.docx", False, FONT + SZ(21), "家庭财产保险（按揭房屋）条款")
    d.notes = "exclusion runs carry direct w:b with w:val 0 / false / off and red colour: look-alikes, none is bold"
    base(d)
    red = '<w:color w:val="C00000"/>'
    d.p("锦泽财产保险股份有限公司", style="DocTitle")
    d.p("个人贷款抵押房屋综合保险条款", style="DocTitle")
    d.p("第一条　保险标的", style="ClauseHead", sec="INSURED_SCOPE")
    d.p("本保险合同的保险标的为被保险人以按揭贷款方式购买、并已抵押给贷款人的房屋，包括房屋主体结构及附属设施。")
    d.p("第二条　保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "在保险期间内，由于火灾、爆炸、雷击、台风、暴雨、洪水、雪灾、冰雹、泥石流、外界物体倒塌、空中运行物体坠落造成保险房屋的损失，保险人按照本合同约定负责赔偿。"
    )
    d.p("第三条　责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p(("下列原因造成的损失、费用，保险人不负责赔偿：", '<w:b w:val="0"/>' + red), excl=True)
    d.p(("（一）被保险人或其家庭成员的故意行为；", '<w:b w:val="false"/>' + red), excl=True)
    d.p(("（二）地震及其次生灾害；", '<w:b w:val="off"/>' + red), excl=True)
    d.p(("（三）房屋因设计错误、原材料缺陷、施工质量问题造成的损失；", '<w:b w:val="0"/><w:bCs/>' + red), excl=True)
    d.p(("（四）房屋自然磨损、沉降、裂缝、渗漏。", '<w:b w:val="false"/>' + red), excl=True)
    d.p("第四条　保险金额", style="ClauseHead", sec="SUM_INSURED")
    d.p("保险金额按照不超过房屋购置价确定，且不低于贷款本金。")
    d.p("第五条　保险费", style="ClauseHead", sec="PREMIUM")
    d.p("保险费按年度收取，费率为保险金额的万分之三点五。")
    d.p("第六条　保险期间", style="ClauseHead", sec="PERIOD")
    d.p("保险期间与贷款期限一致，但每一保险年度单独计算赔偿限额。")
    d.p("第七条　赔偿处理", style="ClauseHead", sec="CLAIMS")
    d.p("发生保险事故时，保险人在贷款人的债权范围内优先向贷款人支付保险金，余额支付给被保险人。")
    d.p("第八条　争议处理", style="ClauseHead", sec="DISPUTES")
    d.p("本合同争议由当事人协商解决；协商不成的，向保险房屋所在地人民法院起诉。")
    d.p("第九条　释义", style="ClauseHead", sec="DEFINITIONS")
    d.p("家庭成员：指被保险人的配偶、父母、子女及其他共同生活的近亲属。")
    return d


def d11() -> Doc:
    d = Doc("d1226-11.docx", False, FONT + SZ(21), "驾乘人员意外伤害保险条款")
    d.notes = "exclusion runs highlighted yellow and paragraphs shaded grey; no bold, underline or size change"
    base(d)
    d.style("paragraph", "XShade", "", based="Normal", ppr='<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>')
    hl = '<w:highlight w:val="yellow"/>'
    d.p("安禾财产保险股份有限公司", style="DocTitle")
    d.p("驾乘人员意外伤害保险条款", style="DocTitle")
    d.p("一、被保险人", style="ClauseHead", sec="INSURED_SCOPE")
    d.p("乘坐或驾驶保险单载明的机动车辆的人员，为本合同的被保险人，被保险人人数以该车辆行驶证核定座位数为限。")
    d.p("二、保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "在保险期间内，被保险人在驾驶或乘坐保险车辆期间遭受意外伤害，保险人按下列约定给付保险金：（一）意外身故或伤残保险金；（二）意外医疗保险金，在扣除100元免赔额后按90%给付。"
    )
    d.p("三、责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p(
        ("因下列情形之一导致被保险人身故、伤残或发生医疗费用的，保险人不承担给付保险金责任：", hl),
        style="XShade",
        excl=True,
    )
    d.p(("（一）驾驶人无有效驾驶证、酒后驾驶、醉酒驾驶；", hl), style="XShade", excl=True)
    d.p(("（二）保险车辆从事营业性客运，但投保时已申报营运性质的除外；", hl), style="XShade", excl=True)
    d.p(
        ("（三）被保险人在车下时遭受的伤害，以及被保险人在车辆行驶中将身体伸出车外造成的伤害；", hl),
        style="XShade",
        excl=True,
    )
    d.p(("（四）保险车辆参加赛车、测试或在营业性修理场所修理期间。", hl), style="XShade", excl=True)
    d.p("四、保险金额与保险费", style="ClauseHead", sec=("SUM_INSURED", "PREMIUM"))
    d.p("每座意外身故伤残保险金额、每座意外医疗保险金额由投保人与保险人约定；保险费按座位数计收。")
    d.p("五、保险期间", style="ClauseHead", sec="PERIOD")
    d.p("保险期间为一年，以保险单载明的起讫时间为准。")
    d.p("六、保险金申请与给付", style="ClauseHead", sec="CLAIMS")
    d.p(
        "保险人收到保险金给付申请书及有关证明和资料后，对属于保险责任的，在与申请人达成给付保险金的协议后10日内履行给付义务。"
    )
    d.p("七、争议处理", style="ClauseHead", sec="DISPUTES")
    d.p("因履行本合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。")
    d.p("八、释义", style="ClauseHead", sec="DEFINITIONS")
    d.p("营业性客运：指以收取费用为目的，利用机动车辆为他人提供载客服务的行为，包括通过网络预约平台接单。")
    return d


def d12() -> Doc:
    d = Doc("d1226-12.docx", False, FONT + SZ(21), "住院津贴医疗保险条款")
    d.notes = "exclusion runs carry w:bCs and w:i only (complex-script bold and italics); w:b never set"
    base(d)
    d.style("paragraph", "XNote", "<w:bCs/><w:i/><w:iCs/>", based="Normal")
    d.p("泰和财产保险股份有限公司", style="DocTitle")
    d.p("住院津贴医疗保险条款", style="DocTitle")
    d.p("注册号：C00021837312026010912340", jc="center")
    d.p("第一条　投保范围", style="ClauseHead", sec="INSURED_SCOPE")
    d.p("凡出生满30天至65周岁、身体健康的自然人，可作为本合同的被保险人。")
    d.p("第二条　保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "被保险人因意外伤害或在等待期后因疾病在医院住院治疗的，保险人按其实际住院日数扣除3日免赔天数后，乘以保险单载明的日津贴额给付住院津贴保险金。每次住院给付日数以90日为限，保险期间内累计给付日数以180日为限。"
    )
    d.p("第三条　责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p("因下列情形之一导致被保险人住院的，保险人不承担给付保险金责任：", style="XNote", excl=True)
    d.p("（一）投保前已患有且未如实告知的疾病；", style="XNote", excl=True)
    d.p("（二）精神和行为障碍、性传播疾病、艾滋病；", style="XNote", excl=True)
    d.p(("（三）康复治疗、疗养、健康体检以及以检查为目的的住院；", '<w:bCs w:val="1"/>'), style="XNote", excl=True)
    d.p("（四）被保险人酒后驾驶、无有效驾驶证驾驶机动车。", style="XNote", excl=True)
    d.p("第四条　保险期间", style="ClauseHead", sec="PERIOD")
    d.p("本合同保险期间为一年。")
    d.p("第五条　保险金申请", style="ClauseHead", sec="CLAIMS")
    d.p("申请住院津贴保险金的，应提供医院出具的住院病历、出院小结及住院费用结算单据。")
    return d


def d13() -> Doc:
    d = Doc("d1226-13.docx", True, FONT + SZ(21), "新能源汽车商业保险条款（节选）")
    d.notes = (
        "every exclusion run underlined with a different underline kind (single, double, wave, dotted, dash, thick)"
    )
    base(d)
    u = lambda k: f'<w:u w:val="{k}"/>'  # noqa: E731
    d.p("华垣财产保险股份有限公司", style="DocTitle")
    d.p("新能源汽车商业保险条款", style="DocTitle")
    d.p("第一章　总　则", style="ClauseHead")
    d.p(
        "第一条　本保险合同由保险条款、投保单、保险单、批单和特别约定共同组成。凡涉及本保险合同的约定，均应采用书面形式。"
    )
    d.p("第二章　车辆损失保险", style="ClauseHead")
    d.p(
        "第二条　保险责任　保险期间内，被保险人或被保险新能源汽车驾驶人在使用被保险车辆过程中，因自然灾害、意外事故造成被保险车辆直接损失，包括车身、电池及储能系统、电机及驱动系统的损失，保险人依照本合同约定负责赔偿。",
        sec="COVERAGE",
    )
    d.p("第三条　责任免除", sec="EXCLUSIONS")
    d.p(("下列损失和费用，保险人不负责赔偿：", u("single")), excl=True)
    d.p(("（一）因市场价格变动造成的贬值、修理后因价值降低引起的减值损失；", u("double")), excl=True)
    d.p(("（二）自然磨损、电池衰减、朽蚀、腐蚀、故障、本身质量缺陷；", u("wave")), excl=True)
    d.p(("（三）投保人、被保险人或驾驶人故意造成的损失；", u("dotted")), excl=True)
    d.p(("（四）被保险车辆在充电期间因外部电网故障造成的损失，但本合同另有约定的除外；", u("dash")), excl=True)
    d.p(("（五）违反安全装载规定造成的损失。", u("thick")), excl=True)
    d.p("第四条　保险金额　保险金额按投保时被保险车辆的实际价值确定。", sec="SUM_INSURED")
    d.p("第三章　通用条款", style="ClauseHead")
    d.p("第五条　保险期间　除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。", sec="PERIOD")
    d.p(
        "第六条　赔偿处理　发生保险事故后，保险人依据本条款约定的保险责任范围和被保险人提供的材料核定损失。",
        sec="CLAIMS",
    )
    d.p(
        "第七条　争议处理　因履行本保险合同发生的争议，由当事人协商解决，协商不成的，提交保险单载明的仲裁委员会仲裁。",
        sec="DISPUTES",
    )
    d.p("第四章　释　义", style="ClauseHead", sec="DEFINITIONS")
    d.p(
        "【自燃】指在没有外界火源的情况下，由于本车电器、线路、动力电池或供油系统等被保险车辆自身原因发生故障或所载货物自身原因起火燃烧。"
    )
    return d


def d14() -> Doc:
    d = Doc("d1226-14.docx", False, FONT + SZ(21), "安全生产责任保险条款")
    d.notes = (
        "exclusion paragraphs carry w:b only in the paragraph-mark run properties (w:pPr/w:rPr); the runs are plain"
    )
    base(d)
    pm = B + SZ(28)
    d.p("北辰财产保险股份有限公司", style="DocTitle")
    d.p("安全生产责任保险条款", style="DocTitle")
    d.p("第一条　被保险人", style="ClauseHead", sec="INSURED_SCOPE")
    d.p(
        "依法设立、持有有效安全生产许可证的建筑施工、危险化学品、烟花爆竹、非煤矿山等高危行业的生产经营单位，可作为本保险合同的被保险人。"
    )
    d.p("第二条　保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "在保险期间内，被保险人在保险单载明的场所内依法从事生产经营活动时，因发生生产安全事故造成从业人员或第三者人身伤亡，依法应由被保险人承担的经济赔偿责任，保险人按照本合同约定负责赔偿。事故发生后被保险人为抢险救灾支付的必要、合理的救援费用，保险人也负责赔偿。"
    )
    d.p("第三条　责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p("下列原因造成的损失、费用和责任，保险人不负责赔偿：", pmark=pm, excl=True)
    d.p(
        "（一）被保险人的故意行为，以及被保险人未取得安全生产许可证或在证书被暂扣、吊销期间从事生产经营；",
        pmark=pm,
        excl=True,
    )
    d.p("（二）地震、海啸、战争、恐怖活动、核辐射；", pmark=pm, excl=True)
    d.p("（三）行政罚款、罚金、惩罚性赔偿。", pmark=pm, excl=True)
    d.p("第四条　责任限额", style="ClauseHead", sec="SUM_INSURED")
    d.p("每人死亡伤残责任限额不低于30万元，由投保人与保险人在保险单中约定。")
    d.p("第五条　保险费", style="ClauseHead", sec="PREMIUM")
    d.p("保险费按照行业类别、从业人员数量、企业安全生产状况等因素浮动计收。")
    d.p("第六条　保险期间", style="ClauseHead", sec="PERIOD")
    d.p("保险期间一般为一年；建筑施工项目可按施工合同工期确定。")
    d.p("第七条　赔偿处理", style="ClauseHead", sec="CLAIMS")
    d.p("发生生产安全事故后，保险人应在接到报案后及时开展查勘，对死亡事故可先行预付部分赔款。")
    d.p("第八条　争议处理", style="ClauseHead", sec="DISPUTES")
    d.p("因履行本合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。")
    d.p("第九条　释义", style="ClauseHead", sec="DEFINITIONS")
    d.p("从业人员：指被保险人的全部职工，包括管理人员、技术人员和各岗位的工人，也包括被保险人使用的劳务派遣人员。")
    return d


def d15() -> Doc:
    d = Doc("d1226-15.docx", True, FONT + SZ(21), "跨境电商货物运输保险条款")
    d.notes = (
        "exclusions start in paragraphs with direct <w:b/>, continue after a page break in a table whose style sets "
        "w:b w:val=0; the cell paragraphs use style XCell (bold), which wins over the table style"
    )
    base(d)
    d.style(
        "table",
        "NoBold",
        '<w:b w:val="0"/>',
        extra='<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>',
    )
    d.style("paragraph", "XCell", B, based="Normal")
    d.p("沁源财产保险股份有限公司", style="DocTitle")
    d.p("跨境电商货物运输保险条款", style="DocTitle")
    d.p("一、保险标的", style="ClauseHead", sec="INSURED_SCOPE")
    d.p("通过跨境电子商务平台销售、经国际快递或国际物流专线运输的商品，可作为本保险合同的保险标的。")
    d.p("二、保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "在保险期间内，保险货物在运输途中因火灾、爆炸、运输工具碰撞、倾覆、丢失、被盗造成的损失，以及因包裹破损导致的货物损坏，保险人按照本合同的约定负责赔偿。"
    )
    d.p("三、责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p(("下列原因造成的损失，保险人不负责赔偿：", B), excl=True)
    d.p(("（一）被保险人或收货人的故意行为、欺诈行为；", B), excl=True)
    d.p(("（二）保险货物的品质不良、数量短缺、包装不当或不符合承运人要求；", B), excl=True)
    d.page_break()
    d.p("（续上页）三、责任免除")
    d.table(
        [
            [("（三）",), ("海关没收、扣押、销毁，以及因进口国法律禁止进口造成的损失；",)],
            [("（四）",), ("收件人拒收、地址错误导致的退运费用和货物损失；",)],
            [("（五）",), ("运输延迟、市场价格下跌、汇率变动引起的损失。",)],
        ],
        tstyle="NoBold",
        excl_col=1,
        cell_style="XCell",
    )
    d.p("四、保险金额", style="ClauseHead", sec="SUM_INSURED")
    d.p("保险金额按商品的销售价格加运费确定，每票包裹以保险单载明的金额为限。")
    d.p("五、保险费", style="ClauseHead", sec="PREMIUM")
    d.p("保险费按每票包裹的保险金额乘以费率计算，随运单一次性收取。")
    d.p("六、保险期间", style="ClauseHead", sec="PERIOD")
    d.p("保险责任自保险货物交付承运人时开始，至收件人签收时终止，最长不超过60日。")
    d.p("七、赔偿处理", style="ClauseHead", sec="CLAIMS")
    d.p("被保险人应在收件人签收之日起7日内提出索赔，并提供运单、物流轨迹截图、商品销售记录及损失照片。")
    d.p("八、争议处理", style="ClauseHead", sec="DISPUTES")
    d.p("本合同适用中华人民共和国法律；争议协商不成的，提交保险人住所地的仲裁委员会仲裁。")
    d.p("九、释义", style="ClauseHead", sec="DEFINITIONS")
    d.p("跨境电子商务平台：指为境内外交易双方提供网页空间、交易撮合、信息发布等服务的电子商务平台。")
    return d


def d16() -> Doc:
    d = Doc("d1226-16.docx", False, FONT + SZ(21), "国内旅游意外伤害保险条款")
    d.notes = "exclusions split over a page break: the items before it are bold (direct), the items continued in a table after it are plain"
    base(d)
    d.style(
        "table",
        "Plain",
        "",
        extra='<w:tblPr><w:tblBorders><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>',
    )
    d.p("众澄财产保险股份有限公司", style="DocTitle")
    d.p("国内旅游意外伤害保险条款", style="DocTitle")
    d.p("第一条　合同构成", style="ClauseHead")
    d.p("本保险合同由保险条款、投保单、保险单、旅游团队名单及批单组成。")
    d.p("第二条　保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "被保险人在参加旅行社组织的国内旅游期间遭受意外伤害，保险人按约定给付意外身故、伤残保险金，并对必需且合理的意外医疗费用在扣除免赔额后按比例给付。"
    )
    d.p("第三条　除外责任", style="ClauseHead", sec="EXCLUSIONS")
    d.p(("下列情形造成被保险人身故、伤残或医疗费用支出的，保险人不承担保险责任：", B), excl=True)
    d.p(("1. 被保险人脱离旅游团队自行安排活动期间遭受的伤害；", B), excl=True)
    d.p(("2. 被保险人参加旅游行程以外的高风险项目，如蹦极、滑翔伞、攀岩、潜水；", B), excl=True)
    d.page_break()
    d.table(
        [
            [("3. 被保险人患有的心脑血管疾病、高原反应等疾病发作；",)],
            [("4. 被保险人醉酒、斗殴或违反景区安全管理规定；",)],
            [("5. 旅游交通工具以外的其他交通事故。",)],
        ],
        tstyle="Plain",
        excl_col=0,
    )
    d.p("第四条　保险期间", style="ClauseHead", sec="PERIOD")
    d.p("保险期间自被保险人随旅游团队开始旅游行程时起，至旅游行程结束解散时止。")
    d.p("第五条　保险金申请", style="ClauseHead", sec="CLAIMS")
    d.p(
        "被保险人或受益人应于事故发生后及时通知领队及保险人，并在旅游行程结束后30日内提交医疗发票、病历及旅行社出具的事故证明。"
    )
    d.p("第六条　争议解决", style="ClauseHead", sec="DISPUTES")
    d.p("协商不成的，依法向被告住所地人民法院起诉。")
    return d


def d17() -> Doc:
    d = Doc("d1226-17.docx", True, FONT + SZ(21), "重大疾病医疗保险条款")
    d.notes = (
        "an exclusion is hidden inside the coverage section (character style Warn, bold through basedOn, over the whole "
        "sentence); the exclusions section is bold by direct run properties"
    )
    base(d)
    d.style("character", "WarnBase", B + '<w:color w:val="1F3864"/>')
    d.style("character", "Warn", "", based="WarnBase")
    d.p("瑞丰财产保险股份有限公司", style="DocTitle")
    d.p("重大疾病医疗保险条款", style="DocTitle")
    d.p("注册号：C00018766312026061703391", jc="center")
    d.p("一、被保险人范围", style="ClauseHead", sec="INSURED_SCOPE")
    d.p("投保时年满18周岁至65周岁、符合投保健康告知要求的人士，可作为被保险人。")
    d.p("二、保障责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "在保险期间内，被保险人在等待期后经医院确诊初次患有本合同约定的重大疾病，并因此住院治疗的，保险人对必需且合理的住院医疗费用，在扣除社会基本医疗保险已支付部分后，按100%比例给付重大疾病医疗保险金。"
    )
    d.p(
        (
            "但被保险人在境外、港澳台地区及私立医院、特需病房、国际部发生的医疗费用，保险人不承担给付保险金责任。",
            "",
            "Warn",
        ),
        excl=True,
    )
    d.p("三、责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p(("因下列原因导致被保险人发生医疗费用的，保险人不承担给付保险金责任：", B), excl=True)
    d.p(("（一）遗传性疾病，先天性畸形、变形或染色体异常；", B), excl=True)
    d.p(("（二）被保险人感染艾滋病病毒或患艾滋病；", B), excl=True)
    d.p(("（三）核爆炸、核辐射或核污染；", B), excl=True)
    d.p(("（四）投保前已确诊或已出现症状的疾病。", B), excl=True)
    d.p("四、保险金额", style="ClauseHead", sec="SUM_INSURED")
    d.p("重大疾病医疗保险金的年度保险金额为100万元。")
    d.p("五、保险费", style="ClauseHead", sec="PREMIUM")
    d.p("保险费按被保险人的年龄及有无社会基本医疗保险分档确定，可按年交或按月交。")
    d.p("六、保险期间", style="ClauseHead", sec="PERIOD")
    d.p("保险期间为一年。")
    d.p("七、保险金申请", style="ClauseHead", sec="CLAIMS")
    d.p("申请重大疾病医疗保险金时，应提供病理检查报告、出院记录、医疗费用收据及明细清单。")
    d.p("八、争议处理", style="ClauseHead", sec="DISPUTES")
    d.p("本合同争议协商不成的，依法向人民法院起诉。")
    d.p("九、释义", style="ClauseHead", sec="DEFINITIONS")
    d.p("等待期：指自本合同生效日起30日的期间，续保时不设等待期。")
    return d


def d18() -> Doc:
    d = Doc("d1226-18.docx", False, FONT + SZ(21), "能繁母猪养殖保险条款")
    d.notes = "the exclusions section is bold, but an exclusion hidden in the claims section is plain"
    base(d)
    d.style("paragraph", "XBold", B, based="Normal")
    d.p("锦泽财产保险股份有限公司", style="DocTitle")
    d.p("能繁母猪养殖保险条款", style="DocTitle")
    d.p("第一条　保险标的", style="ClauseHead", sec="INSURED_SCOPE")
    d.p(
        "同时符合下列条件的能繁母猪可作为保险标的：品种为地方良种或引进良种；饲养场所在当地洪水水位线以上；存栏量符合保险人要求；已佩戴合规的畜禽标识。"
    )
    d.p("第二条　保险责任", style="ClauseHead", sec="COVERAGE")
    d.p("在保险期间内，由于重大病害、自然灾害、意外事故导致保险母猪直接死亡的，保险人按照本合同的约定负责赔偿。")
    d.p("第三条　责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p("下列原因造成保险母猪死亡的，保险人不负责赔偿：", style="XBold", excl=True)
    d.p("（一）投保人、被保险人及其饲养人员的故意行为、管理不善；", style="XBold", excl=True)
    d.p("（二）在保险期间开始前已患病、在观察期内患病导致死亡的；", style="XBold", excl=True)
    d.p("（三）被盗、走失、被野兽咬死。", style="XBold", excl=True)
    d.p("第四条　保险金额与保险费", style="ClauseHead", sec=("SUM_INSURED", "PREMIUM"))
    d.p("每头保险金额1500元，每头保险费90元，由财政补贴和养殖户自缴两部分组成。")
    d.p("第五条　赔偿处理", style="ClauseHead", sec="CLAIMS")
    d.p("保险母猪发生死亡后，被保险人应在24小时内通知保险人，并配合进行无害化处理。")
    d.p("未经无害化处理的保险母猪，以及被保险人未配合查勘即自行处理的，保险人不负责赔偿。", excl=True)
    d.p("第六条　保险期间", style="ClauseHead", sec="PERIOD")
    d.p("保险期间为一年，观察期为20日。")
    return d


def d19() -> Doc:
    d = Doc("d1226-19.docx", True, FONT + B + SZ(21), "建筑施工人员团体意外伤害保险条款")
    d.notes = (
        "docDefaults turn bold on; Normal turns it off (w:b w:val=0); exclusion style XDefault has no basedOn, so it "
        "resolves bold from the docDefaults"
    )
    d.style("paragraph", "Normal", '<w:b w:val="0"/>', default=True)
    d.style("paragraph", "DocTitle", B + SZ(32), based="Normal", ppr='<w:jc w:val="center"/>')
    d.style("paragraph", "ClauseHead", B + SZ(24), based="Normal")
    d.style("paragraph", "XDefault", "", ppr='<w:ind w:left="420"/>')
    d.p("北辰财产保险股份有限公司", style="DocTitle")
    d.p("建筑施工人员团体意外伤害保险条款", style="DocTitle")
    d.p("1. 投保范围", style="ClauseHead", sec="INSURED_SCOPE")
    d.p("在保险单载明的建筑工程施工现场从事管理和作业的人员，可作为被保险人，由施工企业作为投保人投保。")
    d.p("2. 保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "在保险期间内，被保险人在施工现场从事与工程有关的工作时，或在施工期间的生活区域内，遭受意外伤害导致身故、伤残的，保险人按约定给付保险金；发生的必需且合理的意外医疗费用，保险人在扣除100元免赔额后按90%给付。"
    )
    d.p("3. 责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p("因下列原因造成被保险人身故、伤残或医疗费用支出的，保险人不承担给付保险金责任：", style="XDefault", excl=True)
    d.p("（1）被保险人殴斗、醉酒、自残；", style="XDefault", excl=True)
    d.p("（2）被保险人因疾病导致的身故，包括猝死；", style="XDefault", excl=True)
    d.p("（3）被保险人在未经批准的情况下进入施工警戒区域；", style="XDefault", excl=True)
    d.p("（4）被保险人从事特种作业但未持有有效特种作业操作证。", style="XDefault", excl=True)
    d.p("4. 保险金额、保险费", style="ClauseHead", sec=("SUM_INSURED", "PREMIUM"))
    d.p("每人意外身故伤残保险金额不低于50万元；保险费可按人数计收，也可按工程合同造价的比例计收。")
    d.p("5. 保险期间", style="ClauseHead", sec="PERIOD")
    d.p("保险期间自工程开工之日起至竣工验收合格之日止；工期延长的，投保人应办理批改手续。")
    d.p("6. 保险金申请与给付", style="ClauseHead", sec="CLAIMS")
    d.p("申请人应提供工程项目部出具的事故证明、医疗诊断证明及相关费用单据。")
    d.p("7. 释义", style="ClauseHead", sec="DEFINITIONS")
    d.p("施工现场：指保险单载明的工程项目红线范围内用于施工作业的场地及临时设施。")
    return d


def d20() -> Doc:
    d = Doc("d1226-20.docx", False, FONT + SZ(21), "宠物医疗保险条款")
    d.notes = "Normal is 12 pt (overriding the 10.5 pt docDefaults), so the exclusion style XSz at 12 pt is not larger than the body"
    base(d, normal_rpr=SZ(24), head_rpr=B + SZ(28))
    d.style("paragraph", "XSz", SZ(24) + '<w:color w:val="2F5496"/>', based="Normal")
    d.p("云岚财产保险股份有限公司", style="DocTitle")
    d.p("宠物医疗保险条款", style="DocTitle")
    d.p("注册号：C00035529312026110400087", jc="center")
    d.p("第一章　保险标的", style="ClauseHead", sec="INSURED_SCOPE")
    d.p(
        "第一条　投保时年龄在3个月至8周岁、已完成免疫接种、已植入电子芯片或已办理登记的家养犬、猫，可作为本合同的保险标的。"
    )
    d.p("第二章　保险责任", style="ClauseHead", sec="COVERAGE")
    d.p(
        "第二条　在保险期间内，保险宠物因意外伤害或在等待期后因疾病，在保险人认可的宠物医院接受治疗所发生的必需且合理的医疗费用，保险人在扣除免赔额后按70%比例赔偿。"
    )
    d.p("第三章　责任免除", style="ClauseHead", sec="EXCLUSIONS")
    d.p("第三条　下列费用，保险人不负责赔偿：", style="XSz", excl=True)
    d.p("（一）绝育、免疫接种、驱虫、洗牙、美容、寄养的费用；", style="XSz", excl=True)
    d.p("（二）投保前已患有的疾病，先天性或遗传性疾病；", style="XSz", excl=True)
    d.p("（三）保险宠物参加比赛、表演、繁育期间发生的费用；", style="XSz", excl=True)
    d.p("（四）宠物食品、保健品及处方粮的费用。", style="XSz", excl=True)
    d.p("第四章　保险金额和免赔额", style="ClauseHead", sec="SUM_INSURED")
    d.p("第四条　每一保险期间累计赔偿限额为1万元，每次就诊免赔额为200元。")
    d.p("第五章　保险费", style="ClauseHead", sec="PREMIUM")
    d.p("第五条　保险费根据宠物品种、年龄确定，在投保时一次性交清。")
    d.p("第六章　保险期间", style="ClauseHead", sec="PERIOD")
    d.p("第六条　保险期间为一年，等待期为15日。")
    d.p("第七章　理赔", style="ClauseHead", sec="CLAIMS")
    d.p("第七条　申请理赔时，应提供宠物医院出具的病历、检查报告、处方和费用发票，以及保险宠物的电子芯片号或登记证号。")
    d.p("第八章　争议处理", style="ClauseHead", sec="DISPUTES")
    d.p("第八条　协商不成的，提交保险单载明的仲裁委员会仲裁。")
    d.p("第九章　释义", style="ClauseHead", sec="DEFINITIONS")
    d.p("第九条　宠物医院：指依法取得动物诊疗许可证、具有开展宠物诊疗活动资质的机构。")
    return d


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20]


def build_all(out: Path) -> None:
    (out / "disclosure").mkdir(parents=True, exist_ok=True)
    labels, manifest = [], []
    for fn in DOCS:
        d = fn()
        (out / "disclosure" / d.file).write_bytes(d.build())
        present = [c for c in ALL if c in d.sections]
        labels.append(
            {
                "file": d.file,
                "exclusions_emphasized": d.emphasized,
                "sections_present": present,
                "sections_missing": [c for c in ALL if c not in d.sections],
            }
        )
        manifest.append(
            {
                "file": d.file,
                "how": d.notes,
                "section_anchors": {c: d.sections[c] for c in present},
                "exclusion_bodies": d.exclusion_bodies,
            }
        )
    with open(out / "disclosure" / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(out / "disclosure_manifest.json", "w", encoding="utf-8", newline="\n") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main() -> int:
    if "--rebuild" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            build_all(Path(tmp))
            bad = [
                p.name
                for p in sorted((Path(tmp) / "disclosure").iterdir())
                if (HERE / "disclosure" / p.name).read_bytes() != p.read_bytes()
            ]
            if (HERE / "disclosure_manifest.json").read_bytes() != (
                Path(tmp) / "disclosure_manifest.json"
            ).read_bytes():
                bad.append("disclosure_manifest.json")
            print("rebuild identical" if not bad else f"rebuild differs: {bad}")
            return 1 if bad else 0
    build_all(HERE)
    print(f"built {len(DOCS)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())

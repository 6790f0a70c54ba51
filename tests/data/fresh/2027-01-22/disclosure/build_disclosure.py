"""Build the blind 2027-01-22 disclosure set (hand-written clause texts, fictional insurers).

Run: .venv/bin/python tests/data/fresh/2027-01-22/disclosure/build_disclosure.py [OUTDIR]
python-docx makes the package; the body, styles, numbering, headers and footers are written as XML
where python-docx has no API (tracked changes, content controls, fields, text boxes, frames).
Output is byte-identical between runs (fixed core properties, fixed zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
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
REV = 'w:author="法务审核-周" w:date="2027-01-15T10:00:00Z"'
_rev_id = [100]

# ---------------------------------------------------------------- XML helpers
B = "<w:b/>"
B0 = '<w:b w:val="0"/>'
RED = '<w:color w:val="C00000"/>'


def U(kind: str = "single") -> str:  # noqa: N802 (reads like a run property)
    return f'<w:u w:val="{kind}"/>'


def SZ(half_points: int) -> str:  # noqa: N802
    return f'<w:sz w:val="{half_points}"/>'


def rid() -> int:
    _rev_id[0] += 1
    return _rev_id[0]


def r(text: str, rpr: str = "", rs: str | None = None) -> str:
    props = (f'<w:rStyle w:val="{rs}"/>' if rs else "") + rpr
    props_xml = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props_xml}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(
    *content: str, style: str | None = None, ppr: str = "", mark: str = "", num: tuple[int, int] | None = None
) -> str:
    """A paragraph; plain strings become plain runs, strings starting with '<' are XML."""
    inner = "".join(c if c.startswith("<") else r(c) for c in content)
    pp = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        pp += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    pp += ppr
    if mark:
        pp += f"<w:rPr>{mark}</w:rPr>"
    return f"<w:p>{'<w:pPr>' + pp + '</w:pPr>' if pp else ''}{inner}</w:p>"


def ins(*runs: str) -> str:
    return f'<w:ins w:id="{rid()}" {REV}>{"".join(runs)}</w:ins>'


def dele(text: str, rpr: str = "") -> str:
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:del w:id="{rid()}" {REV}><w:r>{props}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'


def tc(*paras: str, w: int = 2000, shd: str | None = None, span: int = 1) -> str:
    pr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if shd:
        pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shd}"/>'
    body = "".join(x if x.startswith("<") else p(x) for x in paras) or "<w:p/>"
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{body}</w:tc>"


def tbl(rows: list[list[str]], widths: list[int], style: str | None = None) -> str:
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    st = f'<w:tblStyle w:val="{style}"/>' if style else ""
    grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in widths)
    body = "".join(f"<w:tr>{''.join(row)}</w:tr>" for row in rows)
    return (
        f'<w:tbl><w:tblPr>{st}<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
        f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>'
    )


def style(sid: str, name: str, kind: str = "paragraph", based: str | None = None, rpr: str = "", ppr: str = "") -> str:
    out = f'<w:style {NS} w:type="{kind}" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
    if based:
        out += f'<w:basedOn w:val="{based}"/>'
    out += "<w:qFormat/>"
    if ppr:
        out += f"<w:pPr>{ppr}</w:pPr>"
    if rpr:
        out += f"<w:rPr>{rpr}</w:rPr>"
    return out + "</w:style>"


def title(text: str) -> str:
    return p(r(text, B + SZ(32)), ppr='<w:jc w:val="center"/>')


# ---------------------------------------------------------------- package writer
def build(doc_spec: dict, out: Path) -> None:
    d = docx.Document()
    styles = d.styles.element
    defaults = styles.find(f"{{{W}}}docDefaults")
    default_rpr = doc_spec.get("default_rpr", SZ(21) + '<w:szCs w:val="21"/>')
    rpr_default = parse_xml(
        f'<w:rPrDefault {NS}><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        f'w:eastAsia="宋体" w:cs="Times New Roman"/>{default_rpr}'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
    )
    defaults.replace(defaults.find(f"{{{W}}}rPrDefault"), rpr_default)
    for sx in doc_spec.get("styles", []):
        styles.append(parse_xml(sx))
    if doc_spec.get("numbering"):
        numbering = d.part.numbering_part.element
        first_num = numbering.find(f"{{{W}}}num")
        for ax in doc_spec["numbering"][0]:
            el = parse_xml(ax)
            if first_num is not None:
                first_num.addprevious(el)
            else:
                numbering.append(el)
        for nx in doc_spec["numbering"][1]:
            numbering.append(parse_xml(nx))
    body = d.element.body
    sect = body.sectPr
    frag = parse_xml(f"<w:body {NS}>{doc_spec['body']}</w:body>")
    for child in list(frag):
        sect.addprevious(child)
    section = d.sections[0]
    for key, part in (("header", section.header), ("footer", section.footer)):
        if doc_spec.get(key):
            part.is_linked_to_previous = False
            el = part._element
            for old in list(el):
                el.remove(old)
            hf = parse_xml(f"<w:hdr {NS}>{doc_spec[key]}</w:hdr>")
            for child in list(hf):
                el.append(child)
    if doc_spec.get("track"):
        settings = d.settings.element
        tab_stop = settings.find(f"{{{W}}}defaultTabStop")  # trackRevisions comes after proofState
        tr = parse_xml(f"<w:trackRevisions {NS}/>")
        if tab_stop is not None:
            tab_stop.addprevious(tr)
        else:
            settings.insert(0, tr)
    cp = d.core_properties
    fixed = dt.datetime(2027, 1, 22, 8, 0, 0, tzinfo=dt.UTC)
    cp.author = "独立撰写人E"
    cp.last_modified_by = "独立撰写人E"
    cp.title = doc_spec["title"]
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2027, 1, 22, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ================================================================ the documents (written by hand)
DOCS: list[dict] = []

# ---- d01: motor third-party liability as a 条款要素表 (label column + text column); exclusions bold (direct)
_lbl = style("FormLabel", "要素名称", rpr=B, ppr='<w:jc w:val="center"/>')
_d01_excl = [
    "在上述保险责任范围内，下列情况下，不论任何原因造成的人身伤亡、财产损失和费用，保险人均不负责赔偿：",
    "（一）事故发生后，被保险人或驾驶人在未依法采取措施的情况下驾驶被保险机动车或者遗弃被保险机动车离开事故现场；",
    "（二）驾驶人饮酒、吸食或注射毒品、服用国家管制的精神药品或者麻醉药品；",
    "（三）驾驶人无驾驶证，驾驶证被依法扣留、暂扣、吊销、注销期间；",
    "（四）被保险机动车被转让、改装、加装或改变使用性质等，导致危险程度显著增加，且未及时通知保险人；",
    "（五）被保险人及其家庭成员、被保险机动车本车上人员的人身伤亡；",
    "（六）精神损害抚慰金。",
]


def _row(label: str, *paras: str) -> list[str]:
    return [tc(p(label, style="FormLabel"), w=1800, shd="E7E6E6"), tc(*paras, w=7200)]


DOCS.append(
    {
        "file": "d01_motor_tpl_element_table.docx",
        "title": "机动车第三者责任保险条款要素表",
        "emph": True,
        "present": ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PERIOD", "CLAIMS", "DISPUTES"],
        "styles": [_lbl],
        "header": p("鹤鸣财产保险股份有限公司    机动车第三者责任保险条款（要素表版）", ppr='<w:jc w:val="right"/>'),
        "footer": p("注册号：C00021362512026091503    第1页"),
        "body": title("鹤鸣财产保险股份有限公司机动车第三者责任保险条款要素表")
        + p(
            "本要素表与保险单、投保单共同构成保险合同的组成部分。要素表未列明的事项，以本公司备案的机动车商业保险示范条款为准。"
        )
        + tbl(
            [
                _row("被保险人", p("本保险合同中的被保险人是指投保人及其允许的合法驾驶人。")),
                _row(
                    "保险责任",
                    p(
                        "保险期间内，被保险人或其允许的合法驾驶人在使用被保险机动车过程中发生意外事故，致使第三者遭受人身伤亡或财产直接损毁，依法应当对第三者承担的损害赔偿责任，且不属于免除保险人责任的范围，保险人依照本保险合同的约定，对于超过机动车交通事故责任强制保险各分项赔偿限额的部分负责赔偿。"
                    ),
                ),
                _row("责任免除", *[p(r(t, B)) for t in _d01_excl]),
                _row(
                    "责任限额",
                    p("每次事故的责任限额，由投保人和保险人在签订本保险合同时按保险监管部门批准的限额档次协商确定。"),
                    p(
                        "主车和挂车连接使用时视为一体，发生保险事故时，由主车保险人和挂车保险人按照保险单上载明的责任限额比例，在各自的责任限额内承担赔偿责任。"
                    ),
                ),
                _row("保险期间", p("除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。")),
                _row(
                    "赔偿处理",
                    p(
                        "发生保险事故后，被保险人应当及时采取合理的、必要的施救和保护措施，并在知道事故发生后48小时内通知保险人。"
                    ),
                    p(
                        r(
                            "被保险人未依照约定履行通知义务，致使保险事故的性质、原因、损失程度等难以确定的，保险人对无法确定的部分，不承担赔偿责任。",
                            B,
                        )
                    ),
                    p(
                        "被保险人索赔时，应当向保险人提供与确认保险事故的性质、原因、损失程度等有关的证明和资料。保险人收到赔偿请求后，应当及时作出核定；情形复杂的，在三十日内作出核定，并将核定结果通知被保险人。"
                    ),
                ),
                _row(
                    "争议处理",
                    p(
                        "因履行本保险合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁机构仲裁；保险单未载明仲裁机构且争议发生后未达成仲裁协议的，依法向人民法院起诉。"
                    ),
                ),
            ],
            [1800, 7200],
        ),
    }
)

# ---- d02: home property, 第X章/第X条 from multi-level numbering; only the numbers are bold, clause text red
_d02_abs = (
    "<w:abstractNum " + NS + ' w:abstractNumId="20"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="space"/>'
    '<w:lvlText w:val="第%1章"/><w:lvlJc w:val="center"/><w:rPr><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlRestart w:val="0"/>'
    '<w:suff w:val="space"/><w:lvlText w:val="第%2条"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:firstLine="420"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:lvl>'
    "</w:abstractNum>"
)
_d02_num = f'<w:num {NS} w:numId="20"><w:abstractNumId w:val="20"/></w:num>'


def _ch(text: str) -> str:
    return p(text, style="ChapterHead", num=(20, 0))


def _art(text: str, rpr: str = "") -> str:
    return p(r(text, rpr), style="ArticleText", num=(20, 1))


def _item(text: str, rpr: str = "") -> str:
    return p(r(text, rpr), style="ItemText")


DOCS.append(
    {
        "file": "d02_home_property_numbered_chapters.docx",
        "title": "家庭财产保险条款",
        "emph": False,
        "present": ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PERIOD", "CLAIMS"],
        "styles": [
            style(
                "ChapterHead",
                "条款章标题",
                rpr=B + SZ(24),
                ppr='<w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/>',
            ),
            style("ArticleText", "条款正文", ppr='<w:ind w:firstLine="420"/>'),
            style("ItemText", "条款分项", based="ArticleText"),
        ],
        "numbering": ([_d02_abs], [_d02_num]),
        "footer": p("松涛财产保险股份有限公司  松涛财险〔2026〕家财主险027号"),
        "body": title("松涛财产保险股份有限公司家庭财产保险条款")
        + _ch("保险标的")
        + _art("本保险合同载明地址内的下列家庭财产，可作为本保险合同的保险标的：")
        + _item("（一）房屋及室内附属设备；")
        + _item("（二）室内装潢；")
        + _item("（三）室内财产，包括家用电器和文体娱乐用品、衣物和床上用品、家具及其他生活用具。")
        + _ch("保险责任")
        + _art("在保险期间内，由于下列原因造成保险标的的损失，保险人按照本保险合同的约定负责赔偿：")
        + _item("（一）火灾、爆炸；")
        + _item(
            "（二）雷击、台风、龙卷风、暴风、暴雨、洪水、雪灾、冰雹、冰凌、泥石流、崖崩、突发性滑坡、地面突然下陷；"
        )
        + _item("（三）飞行物体及其他空中运行物体坠落，外来不属于被保险人所有或使用的建筑物和其他固定物体的倒塌。")
        + _art(
            "保险事故发生后，被保险人为防止或减少保险标的的损失所支付的必要的、合理的费用，保险人按照本保险合同的约定也负责赔偿。"
        )
        + _ch("责任免除")
        + _art("下列原因造成的损失、费用，保险人不负责赔偿：", RED)
        + _item("（一）投保人、被保险人及其家庭成员、家庭雇佣人员、暂居人员的故意或重大过失行为；", RED)
        + _item("（二）战争、敌对行为、军事行动、武装冲突、罢工、骚乱、暴动、恐怖活动；", RED)
        + _item("（三）核辐射、核爆炸、核污染及其他放射性污染；", RED)
        + _item("（四）地震、海啸及其次生灾害。", RED)
        + _art("下列损失、费用，保险人也不负责赔偿：", RED)
        + _item("（一）保险标的遭受保险事故引起的各种间接损失；", RED)
        + _item("（二）家用电器因使用过度、超电压、短路、断路、漏电、自身发热等原因所造成的本身的损毁；", RED)
        + _item("（三）本保险合同中载明的免赔额。", RED)
        + _ch("保险金额与免赔额")
        + _art("保险金额由投保人参照保险价值自行确定，并在保险单中分项载明。")
        + _art("免赔额由投保人与保险人在订立保险合同时协商确定，并在保险单中载明。")
        + _ch("保险期间")
        + _art("除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。")
        + _ch("赔偿处理")
        + _art(
            "保险标的发生保险责任范围内的损失，保险金额等于或高于保险价值时，按实际损失计算赔偿；保险金额低于保险价值时，按保险金额与保险价值的比例乘以实际损失计算赔偿。"
        )
        + _art("被保险人向保险人请求赔偿保险金的诉讼时效期间为二年，自其知道或者应当知道保险事故发生之日起计算。"),
    }
)

# ---- d03: personal accident, returned from legal review with tracked changes; final view all bold
_d03_bold_change = f'<w:rPrChange w:id="{{}}" {REV}><w:rPr/></w:rPrChange>'
DOCS.append(
    {
        "file": "d03_accident_tracked_review.docx",
        "title": "个人意外伤害保险条款（法务审核稿）",
        "emph": True,
        "present": list(ALL),
        "track": True,
        "styles": [style("SecHead", "条款一级标题", rpr=B, ppr='<w:spacing w:before="200" w:after="80"/>')],
        "header": p("远舟保险股份有限公司  个人意外伤害保险条款  审核稿（修订未接受）"),
        "body": title("远舟保险股份有限公司个人意外伤害保险条款")
        + p("一、被保险人", style="SecHead")
        + p("凡出生满28天至75周岁、身体健康、能正常工作或正常生活的自然人，可作为本保险合同的被保险人。")
        + p("二、保险责任", style="SecHead")
        + p(
            "在保险期间内，被保险人遭受意外伤害事故，并自事故发生之日起180日内因该事故身故的，保险人按意外身故保险金额给付身故保险金，对该被保险人的保险责任终止。"
        )
        + p(
            "被保险人因遭受意外伤害事故，并自事故发生之日起180日内因该事故造成本保险合同所附伤残评定标准所列伤残之一的，保险人按该表所列给付比例乘以意外伤残保险金额给付伤残保险金。"
        )
        + p("三、责任免除", style="SecHead")
        + p(r("因下列原因之一，造成被保险人身故或伤残的，保险人不承担给付保险金责任：", B))
        + p(r("（一）投保人对被保险人的故意杀害、故意伤害；", B))
        + p(
            f"<w:r><w:rPr><w:b/>{_d03_bold_change.format(rid())}</w:rPr><w:t>（二）被保险人故意自伤、故意犯罪或者抗拒依法采取的刑事强制措施；</w:t></w:r>"
        )
        + p(dele("（三）被保险人感冒、发热等一般疾病；"), mark=f'<w:del w:id="{rid()}" {REV}/>')
        + p(ins(r("（三）被保险人醉酒或受毒品、管制药物的影响；", B)), mark=f'<w:ins w:id="{rid()}" {REV}/>')
        + p(r("（四）被保险人酒后驾驶，无合法有效驾驶证驾驶，或驾驶无有效行驶证的机动车；", B))
        + p(
            r("（五）被保险人从事潜水、跳伞、攀岩、", B),
            dele("登山、"),
            ins(r("蹦极、", B)),
            r("驾驶滑翔机或滑翔伞、探险、摔跤、武术比赛、特技表演、赛马、赛车等高风险运动；", B),
        )
        + p(r("（六）战争、军事冲突、暴乱或武装叛乱，核爆炸、核辐射或核污染。", B))
        + p("四、保险金额", style="SecHead")
        + p("保险金额是保险人承担给付保险金责任的最高限额，由投保人、保险人双方约定，并在保险单中载明。")
        + p("五、保险费", style="SecHead")
        + p("保险费依据保险金额与保险费率计收，投保人应当在投保时一次性交清保险费。")
        + p("六、保险期间", style="SecHead")
        + p("除另有约定外，本保险合同保险期间为一年，以保险单载明的起讫时间为准。")
        + p("七、保险金申请与给付", style="SecHead")
        + p(
            "保险金申请人向保险人申请给付保险金时，应提交保险金给付申请书、被保险人的身份证明、相关事故证明及医疗机构出具的诊断证明。保险人收到申请后，对属于保险责任的，在与申请人达成给付协议后十日内履行给付义务。"
        )
        + p("八、争议处理", style="SecHead")
        + p(
            "本保险合同争议解决方式由当事人从下列两种方式中选择一种：因履行本保险合同发生的争议，由当事人协商解决，协商不成的，提交保险单载明的仲裁委员会仲裁；或者依法向人民法院起诉。"
        )
        + p("九、释义", style="SecHead")
        + p("意外伤害：指以外来的、突发的、非本意的和非疾病的客观事件为直接且主要原因导致的身体伤害。"),
    }
)

# ---- d04: million-yuan medical; review inserted a plain item among bold items; a paragraph moved into exclusions
_mv = 300
DOCS.append(
    {
        "file": "d04_medical_inserted_plain_item.docx",
        "title": "百万医疗保险条款（修订稿）",
        "emph": False,
        "present": ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PERIOD", "CLAIMS"],
        "track": True,
        "styles": [style("NumHead", "编号标题", rpr=B + SZ(24), ppr='<w:spacing w:before="240" w:after="60"/>')],
        "header": p("星桥健康保险股份有限公司   星桥百万医疗保险条款  （修订稿，请法务确认）"),
        "body": title("星桥健康保险股份有限公司星桥百万医疗保险条款")
        + p("1 投保范围", style="NumHead")
        + p(
            "投保时年龄在出生满30日至65周岁、符合保险人投保规定的人士，可作为本合同的被保险人。续保时被保险人年龄可至80周岁。"
        )
        + p("2 保险责任", style="NumHead")
        + p(
            "在保险期间内，被保险人因意外伤害或在等待期后因疾病在二级及二级以上公立医院普通部接受治疗，对于被保险人住院期间发生的必需且合理的住院医疗费用，以及住院前后各30日内发生的门急诊医疗费用，保险人在扣除免赔额后按约定的给付比例给付一般医疗保险金。"
        )
        + p("等待期为30日。被保险人因意外伤害发生保险事故的，或续保的，无等待期。")
        + f'<w:moveFromRangeStart w:id="{_mv}" w:name="move01" {REV}/>'
        + p(
            f'<w:moveFrom w:id="{_mv + 1}" {REV}>'
            + r("注：牙齿治疗、牙齿修复、验光配镜、视力矫正手术的费用不在本项保障之内。")
            + "</w:moveFrom>",
            mark=f'<w:moveFrom w:id="{_mv + 2}" {REV}/>',
        )
        + f'<w:moveFromRangeEnd w:id="{_mv}"/>'
        + p("3 责任免除", style="NumHead")
        + p(r("因下列情形之一，导致被保险人发生医疗费用支出的，保险人不承担给付保险金的责任：", B))
        + p(r("（1）投保前已患有的疾病及其并发症，但投保时已如实告知且保险人同意承保的除外；", B))
        + p(r("（2）被保险人故意自杀或自伤，但被保险人自杀时为无民事行为能力人的除外；", B))
        + p(r("（3）美容、整形手术及其并发症，矫形、变性手术，预防性手术；", B))
        + f'<w:moveToRangeStart w:id="{_mv + 3}" w:name="move01" {REV}/>'
        + p(
            f'<w:moveTo w:id="{_mv + 4}" {REV}>'
            + r("（4）牙齿治疗、牙齿修复、验光配镜、视力矫正手术；", B)
            + "</w:moveTo>",
            mark=f'<w:moveTo w:id="{_mv + 5}" {REV}/>',
        )
        + f'<w:moveToRangeEnd w:id="{_mv + 3}"/>'
        + p(ins(r("（5）被保险人未遵医嘱私自服用、涂用、注射药物；")), mark=f'<w:ins w:id="{rid()}" {REV}/>')
        + p(r("（6）被保险人感染艾滋病病毒或患艾滋病期间所患疾病；", B))
        + p(r("（7）被保险人在非保险人认可的医疗机构就诊发生的医疗费用。", B))
        + p("4 保险金额和免赔额", style="NumHead")
        + p(
            "本合同一般医疗保险金的保险金额为300万元，重大疾病医疗保险金的保险金额为600万元，两项保险金的累计给付金额以600万元为限。本合同年免赔额为1万元。"
        )
        + p("5 保险期间", style="NumHead")
        + p("本合同的保险期间为一年，自本合同生效日零时起至期满日二十四时止，具体以保险单载明的起讫时间为准。")
        + p("6 保险金申请", style="NumHead")
        + p(
            "申请一般医疗保险金时，申请人须提供保险金给付申请书、被保险人有效身份证件、医院出具的病历资料、出院小结及医疗费用收据原件和费用明细清单。保险人在收到申请及完整材料后五个工作日内作出核定。"
        ),
    }
)

# ---- d05: employer's liability; exclusions in a text box, every line underlined (single / double)
_tb_items = [
    ("下列原因造成的损失、费用和责任，保险人不负责赔偿：", "single"),
    ("（一）投保人、被保险人的故意或重大过失行为；", "single"),
    ("（二）战争、敌对行为、军事行动、武装冲突、罢工、骚乱、暴动、恐怖活动；", "single"),
    (
        "（三）被保险人的雇员由于职业病以外的疾病、传染病、分娩、流产以及因上述原因接受医疗、诊疗所致的伤残或死亡；",
        "double",
    ),
    ("（四）被保险人的雇员因自残、自杀、打架、斗殴、犯罪及无照驾驶各种机动车辆所致的伤残或死亡；", "single"),
    ("（五）被保险人的雇员在非工作时间、非工作场所且非因工作原因受到的伤害；", "single"),
    ("（六）被保险人对其雇员的精神损害赔偿责任。", "double"),
]
_textbox = (
    "<w:p><w:r><w:pict>"
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    '<v:shape id="ExclBox" o:spid="_x0000_s1025" type="#_x0000_t202" '
    'style="width:440pt;height:210pt;mso-position-horizontal:center" strokeweight="1pt">'
    "<v:textbox><w:txbxContent>"
    + p(r("责任免除", B), ppr='<w:jc w:val="center"/>')
    + "".join(p(r(t, U(k))) for t, k in _tb_items)
    + '</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r></w:p>'
)
_frame = '<w:framePr w:w="8800" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:y="1"/>' + (
    '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/><w:left w:val="single" w:sz="6" w:space="4" w:color="000000"/>'
    '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/><w:right w:val="single" w:sz="6" w:space="4" w:color="000000"/></w:pBdr>'
)
DOCS.append(
    {
        "file": "d05_employer_liability_textbox.docx",
        "title": "雇主责任保险条款",
        "emph": True,
        "present": ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "CLAIMS"],
        "styles": [style("PartHead", "部分标题", rpr=B + SZ(24))],
        "footer": p("澄江财产保险股份有限公司    产品注册号：C00058814112026072208"),
        "body": title("澄江财产保险股份有限公司雇主责任保险条款")
        + p(
            "重要提示：投保人应当仔细阅读本条款，特别是方框内的责任免除内容。如有疑问，请向保险人或其代理人询问。",
            ppr=_frame,
        )
        + p("第一部分  被保险人", style="PartHead")
        + p(
            "中华人民共和国境内依法设立的各类企业、事业单位、个体工商户及其他依法成立的组织，均可作为本保险合同的被保险人。"
        )
        + p("第二部分  保险责任", style="PartHead")
        + p(
            "在保险期间内，被保险人的雇员在中华人民共和国境内从事与被保险人业务有关的工作时，遭受意外而受伤、残疾或死亡，或患有与业务有关的国家规定的职业性疾病而致伤残或死亡，依照中华人民共和国法律应由被保险人承担的经济赔偿责任，保险人按照本保险合同的约定负责赔偿。"
        )
        + p(
            "对被保险人因上述事故而支付的诉讼费用以及事先经保险人书面同意支付的其他必要的、合理的费用，保险人按照本保险合同约定也负责赔偿。"
        )
        + p("第三部分  责任免除（见下框）", style="PartHead")
        + _textbox
        + p("第四部分  赔偿限额与保险费", style="PartHead")
        + p("每名雇员的死亡赔偿限额、伤残赔偿限额和医疗费用赔偿限额由投保人与保险人协商确定，并在保险单中载明。")
        + p(
            "保险费按照投保雇员人数、工种类别及约定的费率计算。保险期间届满时，保险人按照被保险人实际雇员人数调整保险费，多退少补。"
        )
        + p("第五部分  保险期间", style="PartHead")
        + p("除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。")
        + p("第六部分  赔偿处理", style="PartHead")
        + p(
            "发生保险责任范围内的事故，被保险人应当在四十八小时内通知保险人，并提供雇员身份证明、劳动合同或工资发放记录、医疗诊断证明、伤残鉴定书或死亡证明，以及有关部门出具的事故证明。"
        )
        + p("保险人对每名雇员的赔偿金额不超过保险单载明的该雇员对应的赔偿限额。"),
    }
)

# ---- d06: cargo transit; exclusions as rows of a table (number cell + text cell) and a nested table; bold by style chain
_d06_styles = [
    style("TableBody", "表格正文", ppr='<w:spacing w:after="0"/>', rpr=SZ(21)),
    style("TableBodyStrong", "表格正文（免责）", based="TableBody", rpr=B),
    style(
        "TableHead", "表格标题行", based="TableBody", rpr=B + '<w:color w:val="FFFFFF"/>', ppr='<w:jc w:val="center"/>'
    ),
]


def _xr(no: str, *paras: str) -> list[str]:
    return [tc(p(no, style="TableBodyStrong"), w=900), tc(*paras, w=8100)]


_nested = tbl(
    [
        [
            tc(p("甲", style="TableBodyStrong"), w=700),
            tc(
                p(
                    "被保险货物的自然损耗，本质缺陷、特性所引起的污染、变质、损坏，以及货物包装不善；",
                    style="TableBodyStrong",
                ),
                w=7100,
            ),
        ],
        [
            tc(p("乙", style="TableBodyStrong"), w=700),
            tc(p("市价跌落、运输延迟所引起的损失；", style="TableBodyStrong"), w=7100),
        ],
        [
            tc(p("丙", style="TableBodyStrong"), w=700),
            tc(p("属于发货人责任引起的损失。", style="TableBodyStrong"), w=7100),
        ],
    ],
    [700, 7100],
)
DOCS.append(
    {
        "file": "d06_cargo_exclusion_rows_nested.docx",
        "title": "国内水路、陆路货物运输保险条款",
        "emph": True,
        "present": list(ALL),
        "styles": _d06_styles,
        "header": p("北辰联合财产保险股份有限公司  国内水路、陆路货物运输保险条款"),
        "body": title("国内水路、陆路货物运输保险条款")
        + p("一、保险标的")
        + p(
            "凡在国内经水路、陆路运输的货物，均可作为本保险的保险标的。金银、珠宝、钻石、玉器、首饰、古玩、古画、艺术品等珍贵财物，经投保人与保险人特别约定并在保险单上载明后，也可作为本保险的保险标的。"
        )
        + p("二、保险责任")
        + p(
            "由于下列保险事故造成保险货物的损失和费用，保险人依照本条款约定负责赔偿：因火灾、爆炸、雷电、冰雹、暴风、暴雨、洪水、地震、海啸、崖崩、滑坡、泥石流所造成的损失；由于运输工具发生碰撞、搁浅、触礁、倾覆、沉没、出轨或隧道、码头坍塌所造成的损失；在装货、卸货或转载时因遭受不属于包装质量不善或装卸人员违反操作规程所造成的损失。"
        )
        + p("三、责任免除")
        + tbl(
            [
                [
                    tc(p("序号", style="TableHead"), w=900, shd="1F3864"),
                    tc(p("保险人不负责赔偿的情形", style="TableHead"), w=8100, shd="1F3864"),
                ],
                _xr("1", p("战争、军事行动、扣押、罢工、哄抢和暴动；", style="TableBodyStrong")),
                _xr("2", p("核反应、核子辐射和放射性污染；", style="TableBodyStrong")),
                _xr("3", p("保险货物本身的缺陷或自然损耗，以及由于包装不善造成的损失；", style="TableBodyStrong")),
                _xr("4", p("被保险人的故意行为或过失；", style="TableBodyStrong")),
                _xr("5", p("其他不属于保险责任范围内的损失。", style="TableBodyStrong")),
                _xr(
                    "6", p("下列损失，保险人亦不负责赔偿：", style="TableBodyStrong"), _nested, p("", style="TableBody")
                ),
            ],
            [900, 8100],
        )
        + p("四、保险金额")
        + p("保险金额按货价或货价加运杂费确定。保险金额由投保人参照上述方式自行确定，并在保险单上载明。")
        + p("五、责任起讫")
        + p(
            "保险责任自签发保险凭证和保险货物运离起运地发货人的最后一个仓库或储存处所时起，至该保险凭证上注明的目的地的收货人在当地的第一个仓库或储存处所时终止。但保险货物运抵目的地后，如果收货人未及时提货，则保险责任的终止期最多延长至收货人接到《到货通知单》后的十五天为限。"
        )
        + p("六、保险费")
        + p("投保人应在保险合同成立时按照保险单载明的保险费率一次交清保险费。")
        + p("七、投保人、被保险人义务")
        + p("投保人、被保险人应当按照有关规定妥善包装和装载保险货物，并按照运输部门的规定办理托运手续。")
        + p("八、赔偿处理")
        + p(
            "被保险人向保险人申请索赔时，应当提供保险凭证、运单、发票、装箱单、收货人签收记录、货损货差证明以及被保险人已向有关责任方提出索赔的书面证明。保险人在收到上述单证后，对属于保险责任的，在与被保险人达成赔偿协议后十日内支付赔款。"
        )
        + p("九、争议处理")
        + p("因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。")
        + p("十、释义")
        + p("仓库：指在起运地或目的地用于储存货物的、有固定地址的场所。"),
    }
)

# ---- d07: crop insurance; exclusions inside a block content control whose own rPr says bold (not applied to text);
#            emphasis marks (着重号) on the text; 备案号 field in the header, date control and PAGE field in the footer
_d07_items = [
    "下列原因造成的损失，保险人不负责赔偿：",
    "（一）投保人、被保险人及其家庭成员、管理人员的故意、重大过失行为或管理不善；",
    "（二）行政行为或司法行为；",
    "（三）病虫草鼠害防治不力，违反种植技术规程的种植行为；",
    "（四）种子、化肥、农药的质量问题；",
    "（五）他人的毁坏行为，畜禽啃食。",
]
_em = '<w:em w:val="dot"/>'
_sdt_block = (
    '<w:sdt><w:sdtPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:alias w:val="免责条款"/><w:tag w:val="exclusions"/>'
    '<w:id w:val="71001"/><w:lock w:val="sdtContentLocked"/></w:sdtPr><w:sdtContent>'
    + "".join(p(r(t, _em), ppr='<w:ind w:firstLine="420"/>') for t in _d07_items)
    + "</w:sdtContent></w:sdt>"
)
_inline_sum = (
    '<w:sdt><w:sdtPr><w:alias w:val="每亩保险金额"/><w:tag w:val="sum_per_mu"/><w:id w:val="71002"/><w:text/></w:sdtPr>'
    f"<w:sdtContent>{r('800')}</w:sdtContent></w:sdt>"
)
_fld_filing = (
    '<w:fldSimple w:instr=" DOCPROPERTY  备案号  \\* MERGEFORMAT ">' + r("青禾农险〔2026〕主险019号") + "</w:fldSimple>"
)
_date_sdt = (
    '<w:sdt><w:sdtPr><w:alias w:val="发布日期"/><w:id w:val="71003"/><w:date w:fullDate="2027-01-05T00:00:00Z">'
    '<w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/>'
    '<w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
    f"<w:sdtContent>{r('2027年1月5日')}</w:sdtContent></w:sdt>"
)
_page = (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("1") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
)
DOCS.append(
    {
        "file": "d07_crop_content_controls_fields.docx",
        "title": "水稻种植保险条款",
        "emph": False,
        "present": ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PERIOD", "CLAIMS"],
        "styles": [style("ArtHead", "条标题", rpr=B, ppr='<w:spacing w:before="160" w:after="60"/>')],
        "header": p("青禾农业保险股份有限公司    备案号：", _fld_filing),
        "footer": p("发布日期：", _date_sdt, "    第", _page, "页"),
        "body": title("青禾农业保险股份有限公司水稻种植保险条款")
        + p("第一条  保险标的", style="ArtHead")
        + p(
            "同时符合下列条件的水稻，可作为本保险合同的保险标的：经过政府部门审定的合格品种，符合当地普遍采用的种植规范标准和技术管理要求；种植场所在当地洪水水位线以上的非蓄洪、行洪区。投保人应将符合条件的水稻全部投保，不得选择投保。",
            ppr='<w:ind w:firstLine="420"/>',
        )
        + p("第二条  保险责任", style="ArtHead")
        + p(
            "在保险期间内，由于暴雨、洪水、内涝、风灾、雹灾、冻灾、旱灾、地震，或者泥石流、山体滑坡、火灾，或者病虫草鼠害直接造成保险水稻的损失，且损失率达到20%（含）以上的，保险人按照本保险合同的约定负责赔偿。",
            ppr='<w:ind w:firstLine="420"/>',
        )
        + p("第三条  责任免除", style="ArtHead")
        + _sdt_block
        + p("第四条  保险金额", style="ArtHead")
        + p(
            "每亩保险金额参照保险水稻生长期内所发生的直接物化成本确定，本保险合同每亩保险金额为",
            _inline_sum,
            "元。保险金额＝每亩保险金额×保险面积。",
            ppr='<w:ind w:firstLine="420"/>',
        )
        + p("第五条  保险期间", style="ArtHead")
        + p(
            "保险期间自水稻移栽成活后起至成熟开始收割时止，但最长不超过保险单载明的保险期间。",
            ppr='<w:ind w:firstLine="420"/>',
        )
        + p("第六条  赔偿处理", style="ArtHead")
        + p(
            "保险事故发生后，保险人应会同被保险人或其代表、村级组织及农业技术人员进行现场查勘定损，并将查勘定损结果以张榜公示的方式告知被保险人。赔偿金额＝每亩保险金额×损失率×受损面积。",
            ppr='<w:ind w:firstLine="420"/>',
        ),
    }
)

# ---- d08: outbound travel; 【】 headings; the 责任免除 section is bold by paragraph style, but an exclusion
#            sentence sits inside 【保险责任】 in plain text
DOCS.append(
    {
        "file": "d08_travel_bracket_headings_hidden_plain.docx",
        "title": "境外旅行意外伤害保险条款",
        "emph": False,
        "present": ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "PERIOD", "CLAIMS", "DISPUTES"],
        "styles": [
            style("BracketHead", "方括号标题", rpr=B, ppr='<w:spacing w:before="200" w:after="60"/>'),
            style("ExclBody", "免责正文", rpr=B, ppr='<w:ind w:firstLine="420"/>'),
        ],
        "footer": p("明湖保险股份有限公司  客户服务热线：95xxx（以保险单载明为准）"),
        "body": title("明湖保险股份有限公司境外旅行意外伤害保险条款")
        + p("【被保险人】", style="BracketHead")
        + p("持有中华人民共和国有效身份证件、出境旅行时年龄在出生满6个月至80周岁的自然人，可作为本合同的被保险人。")
        + p("【保险责任】", style="BracketHead")
        + p(
            "意外身故及伤残：被保险人在境外旅行期间遭受意外伤害事故，并自事故发生之日起180日内因该事故身故或伤残的，保险人按约定给付意外身故保险金或意外伤残保险金。"
        )
        + p(
            "紧急医疗运送：被保险人在境外旅行期间遭受意外伤害或突发急性病，经保险人指定的救援机构确认须紧急转运的，保险人承担所发生的运送费用。"
        )
        + p(
            "被保险人在境外从事潜水、滑雪、跳伞、热气球、攀岩等高风险运动期间遭受意外伤害的，保险人不承担本项保险责任。"
        )
        + p("【责任免除】", style="BracketHead")
        + p("因下列原因造成被保险人身故、伤残或发生医疗费用的，保险人不承担保险责任：", style="ExclBody")
        + p(
            "（一）投保人的故意行为，被保险人自致伤害或自杀，但被保险人自杀时为无民事行为能力人的除外；",
            style="ExclBody",
        )
        + p("（二）被保险人妊娠、流产、分娩，但因意外伤害所致的流产或分娩除外；", style="ExclBody")
        + p("（三）被保险人未遵医嘱，私自使用药物，但按使用说明的规定使用非处方药不在此限；", style="ExclBody")
        + p("（四）被保险人前往旅行目的地的目的为就医或在境外接受预定治疗。", style="ExclBody")
        + p("【保险期间】", style="BracketHead")
        + p(
            "保险期间自被保险人办理完出境手续离开中国境内时开始，至被保险人办理完入境手续回到中国境内时终止，但最长不超过保险单载明的保险期间。"
        )
        + p("【保险金申请与给付】", style="BracketHead")
        + p(
            "被保险人在境外发生保险事故的，应在事故发生后立即拨打保险人指定的全球救援电话。申请保险金时应提交护照或出入境记录、当地医院的诊断证明及费用单据，外文单据须附中文翻译件。"
        )
        + p("【争议处理】", style="BracketHead")
        + p("因履行本合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁机构仲裁或依法向人民法院起诉。"),
    }
)

# ---- d09: pet insurance with run-in labels; exclusion text in a character style one size larger (小四 on 五号 body)
DOCS.append(
    {
        "file": "d09_pet_runin_labels_larger.docx",
        "title": "宠物医疗及责任保险条款",
        "emph": True,
        "present": ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "CLAIMS"],
        "styles": [
            style("RunLabel", "段首标签", kind="character", rpr=B),
            style("ExclLarge", "免责文字", kind="character", rpr=SZ(24)),
            style("DraftNote", "草稿隐藏段", rpr="<w:vanish/>"),
        ],
        "header": p("云栖财产保险股份有限公司 · 宠物医疗及责任保险条款"),
        "body": title("云栖财产保险股份有限公司宠物医疗及责任保险条款")
        + p(
            r("保险标的：", rs="RunLabel"),
            "本保险合同的保险标的为投保人或被保险人依法饲养、已办理养犬登记（养猫地区无登记要求的除外）、年龄在3个月至8周岁之间的犬只或猫只。每份保险合同只能承保一只宠物，宠物的品种、年龄、体貌特征及照片以投保时提交的信息为准。",
        )
        + p(
            r("保险责任：", rs="RunLabel"),
            "在保险期间内，被保险宠物因意外伤害或在等待期后因疾病在保险人认可的宠物医院接受诊疗，对其发生的合理且必要的医疗费用，保险人在扣除免赔额后按约定比例负责赔偿。被保险宠物在保险期间内造成第三者人身伤亡或财产损失，依法应由被保险人承担的经济赔偿责任，保险人在责任限额内负责赔偿。",
        )
        + p(
            "被保险人可通过保险人的官方小程序查询合作宠物医院名单及就诊流程。",
            r("每只宠物每年可享受两次免费线上问诊。", '<w:highlight w:val="yellow"/>'),
        )
        + p(r("责任免除：", rs="RunLabel"), r("下列原因造成的损失、费用和责任，保险人不负责赔偿：", rs="ExclLarge"))
        + p(r("（一）被保险宠物在投保前已患有的疾病、先天性及遗传性疾病；", rs="ExclLarge"))
        + p(r("（二）绝育、免疫接种、驱虫、洁牙、美容、寄养及训练等非治疗性费用；", rs="ExclLarge"))
        + p(r("（三）被保险人或其家庭成员故意伤害、虐待、遗弃被保险宠物；", rs="ExclLarge"))
        + p(r("（四）被保险宠物参加比赛、表演、斗殴或用于商业繁殖期间发生的损失；", rs="ExclLarge"))
        + p(
            r(
                "（五）被保险人饲养宠物违反当地养犬管理规定，例如未拴绳、未佩戴嘴套，造成第三者损害的赔偿责任。",
                rs="ExclLarge",
            )
        )
        + p(
            r("争议处理：", rs="RunLabel"),
            "（待定稿）因履行本保险合同发生的争议，由当事人协商解决。",
            style="DraftNote",
        )
        + p(
            r("保险金额：", rs="RunLabel"),
            "宠物医疗保险金额分为5000元、10000元、20000元三档，第三者责任限额为每次事故20000元，由投保人在投保时选择并在保险单中载明。",
        )
        + p(
            r("保险费：", rs="RunLabel"),
            "保险费根据宠物的种类、年龄及所选保险金额档次计算，投保人应在投保时一次性交付。",
        )
        + p(
            r("保险期间：", rs="RunLabel"), "本保险合同的保险期间为一年，自保险单载明的生效日零时起至期满日二十四时止。"
        )
        + p(
            r("赔偿处理：", rs="RunLabel"),
            "被保险人申请赔偿时，应当提供宠物医院出具的病历、处方、检查报告、发票原件及诊疗过程中的宠物照片；涉及第三者责任的，还应提供公安机关或社区出具的事故证明、与第三者的和解协议或人民法院的判决书。保险人自收到完整资料之日起十个工作日内作出核定。",
        ),
    }
)

# ---- d10: drivers & passengers accident; synonyms for every heading, 1 / 1.1 numbering; exclusions bold through a
#            three-level basedOn chain; two exclusions hidden in 保障范围 and 名词解释, bold directly
_d10_abs = (
    "<w:abstractNum " + NS + ' w:abstractNumId="30"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)
_d10_num = f'<w:num {NS} w:numId="30"><w:abstractNumId w:val="30"/></w:num>'


def _h10(t: str) -> str:
    return p(t, style="Lvl1Head", num=(30, 0))


def _b10(t: str, rpr: str = "", style_id: str = "ClauseBody") -> str:
    return p(r(t, rpr), style=style_id, num=(30, 1))


DOCS.append(
    {
        "file": "d10_driver_passenger_synonyms_chain.docx",
        "title": "驾乘人员意外伤害保险条款",
        "emph": True,
        "present": list(ALL),
        "styles": [
            style("Lvl1Head", "一级条目", rpr=B + SZ(24)),
            style("ClauseBody", "条款正文", ppr='<w:spacing w:after="60"/>'),
            style("ExclBase", "免责基础", based="ClauseBody", rpr=B),
            style("ExclItem", "免责条目", based="ExclBase", ppr='<w:ind w:left="567"/>'),
        ],
        "numbering": ([_d10_abs], [_d10_num]),
        "header": p("远舟保险股份有限公司   驾乘人员意外伤害保险条款"),
        "body": title("远舟保险股份有限公司驾乘人员意外伤害保险条款")
        + _h10("保障对象")
        + _b10(
            "驾驶或乘坐保险单载明车牌号码的非营运机动车的人员为本合同的被保险人，被保险人人数以该车行驶证核定的座位数为限。"
        )
        + _h10("保障范围")
        + _b10(
            "在保险期间内，被保险人在驾乘期间遭受意外伤害事故，并自事故发生之日起180日内因该事故身故的，保险人按每座保险金额给付意外身故保险金。"
        )
        + _b10(
            "被保险人在驾乘期间遭受意外伤害事故导致伤残的，保险人按伤残等级对应的给付比例乘以每座保险金额给付伤残保险金。"
        )
        + _b10("被保险车辆用于网约车、出租或其他营运活动期间发生的事故，保险人不承担本合同项下的保险责任。", B)
        + _h10("除外责任")
        + _b10("因下列原因之一，造成被保险人身故或伤残的，保险人不承担给付保险金责任：", style_id="ExclItem")
        + _b10("驾驶人饮酒、醉酒，或吸食、注射毒品后驾驶被保险车辆；", style_id="ExclItem")
        + _b10("驾驶人无有效驾驶证，或驾驶与驾驶证准驾车型不符的车辆；", style_id="ExclItem")
        + _b10("被保险车辆未按规定检验或检验不合格；", style_id="ExclItem")
        + _b10("被保险人在车辆以外、车厢内站立或乘坐在货厢内期间遭受的伤害。", style_id="ExclItem")
        + _h10("保险金额")
        + _b10("每座保险金额由投保人与保险人协商确定，并在保险单中载明。")
        + _h10("保险费")
        + _b10("保险费按保险单载明的座位数与每座保险费计算，投保人应于合同成立时一次交清。")
        + _h10("保险期限")
        + _b10("本合同保险期限为一年，以保险单载明的起讫时间为准。")
        + _h10("索赔与理赔")
        + _b10(
            "保险事故发生后，投保人、被保险人或受益人应在知道事故发生后十日内通知保险人。申请保险金时应提供交通管理部门出具的事故认定书、被保险人身份证明、驾驶人驾驶证及车辆行驶证复印件、医疗诊断证明或死亡证明。"
        )
        + _h10("争议解决")
        + _b10("因履行本合同发生的争议，由当事人协商解决；协商不成的，依法向被告住所地人民法院起诉。")
        + _h10("名词解释")
        + _b10("驾乘期间：指被保险人在被保险车辆车厢内，或者为上下车而在车身旁的期间。")
        + _b10("被保险人在车辆停放期间离开车辆后遭受的伤害，不属于驾乘期间内的伤害，保险人不承担保险责任。", B),
    }
)

# ---- d11: cancer medical; header in bold says "read the exclusions", exclusions only italic + grey shading +
#            complex-script bold/size (bCs, szCs) -- none of them is bold, larger or underlined for Chinese text
_look = '<w:bCs/><w:i/><w:iCs/><w:szCs w:val="28"/><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'
DOCS.append(
    {
        "file": "d11_cancer_medical_shading_italic.docx",
        "title": "防癌医疗保险条款",
        "emph": False,
        "present": ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PERIOD", "CLAIMS", "DEFINITIONS"],
        "styles": [],
        "header": p(r("重要提示：责任免除条款请重点阅读", B + SZ(24))),
        "footer": p(r("本条款中以灰色底纹标示的内容为责任免除条款，投保前请仔细阅读。", B)),
        "body": title("明湖健康保险股份有限公司防癌医疗保险条款")
        + p("第一章  被保险人", style="Heading1")
        + p("投保时年龄在出生满28日至70周岁、未患有恶性肿瘤且符合保险人健康告知要求的人士，可作为本合同的被保险人。")
        + p("第二章  保险责任", style="Heading1")
        + p(
            "在保险期间内，被保险人在等待期后经医院确诊初次罹患本合同约定的恶性肿瘤，并因此在医院接受住院治疗、特殊门诊治疗或质子重离子治疗的，保险人对被保险人实际发生的合理且必要的医疗费用，按照100%的比例给付恶性肿瘤医疗保险金。"
        )
        + p("第三章  责任免除", style="Heading1")
        + p(r("因下列情形之一导致被保险人发生医疗费用的，保险人不承担给付保险金的责任：", _look))
        + p(r("（一）被保险人在投保前已罹患的恶性肿瘤，或在等待期内出现症状、体征或经检查确诊的恶性肿瘤；", _look))
        + p(r("（二）被保险人感染艾滋病病毒或患艾滋病期间罹患的恶性肿瘤；", _look))
        + p(r("（三）遗传性疾病，先天性畸形、变形或染色体异常；", _look))
        + p(r("（四）被保险人接受实验性治疗，或使用未获得国家药品监督管理部门批准上市的药品。", _look))
        + p("第四章  保险金额", style="Heading1")
        + p("本合同恶性肿瘤医疗保险金的年度保险金额为200万元，质子重离子医疗保险金与恶性肿瘤医疗保险金共用保险金额。")
        + p("第五章  保险期间", style="Heading1")
        + p("本合同保险期间为一年，以保险单载明的起讫时间为准。")
        + p("第六章  保险金的申请", style="Heading1")
        + p(
            "申请恶性肿瘤医疗保险金时，申请人应提供被保险人的病理检查报告、住院病历、出院小结以及医疗费用原始收据和费用明细清单。保险人在收到完整材料后五日内作出核定，对属于保险责任的，在达成给付协议后十日内履行给付义务。"
        )
        + p("第七章  释义", style="Heading1")
        + p(
            "恶性肿瘤：指恶性细胞不受控制的进行性增长和扩散，浸润和破坏周围正常组织，可以经血管、淋巴管和体腔扩散转移到身体其他部位，经病理学检查确诊的疾病。"
        )
        + p("等待期：指自本合同生效日起计算的90日期间，续保时无等待期。"),
    }
)

# ---- d12: e-bike third-party liability; exclusions in bordered frames with a bold style, one item in a derived
#            style that turns bold off
_frame12 = (
    '<w:framePr w:w="8600" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:y="1"/>'
    '<w:pBdr><w:left w:val="single" w:sz="18" w:space="4" w:color="C00000"/></w:pBdr>'
)
DOCS.append(
    {
        "file": "d12_ebike_frames_bold_off.docx",
        "title": "电动自行车第三者责任保险条款",
        "emph": False,
        "present": list(ALL),
        "styles": [
            style("SimpleHead", "简单标题", rpr=B),
            style("FrameExcl", "框内免责", rpr=B, ppr=_frame12),
            style("FrameExclPlain", "框内免责（补充）", based="FrameExcl", rpr=B0),
        ],
        "footer": p("鹤鸣财产保险股份有限公司  鹤鸣财险〔2026〕责任险041号"),
        "body": title("鹤鸣财产保险股份有限公司电动自行车第三者责任保险条款")
        + p("一、被保险人", style="SimpleHead")
        + p(
            "年满16周岁、依法取得电动自行车所有权或使用权，且该电动自行车已在公安机关交通管理部门登记并悬挂号牌的自然人，可作为本保险合同的被保险人。"
        )
        + p("二、保险责任", style="SimpleHead")
        + p(
            "在保险期间内，被保险人在中华人民共和国境内（不含港澳台地区）驾驶保险单载明的电动自行车过程中发生意外事故，致使第三者遭受人身伤亡或财产损失，依法应由被保险人承担的经济赔偿责任，保险人按照本保险合同的约定负责赔偿。"
        )
        + p("三、责任免除", style="SimpleHead")
        + p("下列原因造成的损失、费用和责任，保险人不负责赔偿：", style="FrameExcl")
        + p("（一）被保险人饮酒、吸食或注射毒品后驾驶电动自行车；", style="FrameExcl")
        + p("（二）电动自行车经改装、加装，致使其不符合国家强制性标准；", style="FrameExcl")
        + p("（三）被保险人驾驶电动自行车从事外卖配送、快递等营业性活动期间发生的事故；", style="FrameExclPlain")
        + p("（四）被保险人本人及其家庭成员的人身伤亡和财产损失。", style="FrameExcl")
        + p("四、责任限额与保险费", style="SimpleHead")
        + p("每次事故第三者人身伤亡责任限额为20万元，财产损失责任限额为2万元，保险期间内累计责任限额为40万元。")
        + p("保险费按投保人所选的责任限额档次计收，投保人应于投保时一次交清。")
        + p("五、保险期间", style="SimpleHead")
        + p("本保险合同的保险期间为一年，自保险单载明的起保日零时起至终止日二十四时止。")
        + p("六、赔偿处理", style="SimpleHead")
        + p(
            "发生保险事故后，被保险人应及时报警并通知保险人。索赔时应提供交通事故认定书、调解书或人民法院的判决书、第三者的医疗费用单据或财产损失清单。保险人收到完整索赔材料后三十日内作出核定。"
        )
        + p("七、争议处理", style="SimpleHead")
        + p("因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。")
        + p("八、释义", style="SimpleHead")
        + p("电动自行车：指符合电动自行车安全技术国家标准、已登记并悬挂号牌的两轮车辆。"),
    }
)

# ---- d13: restaurant public liability; one combined heading for 保险金额 / 保险费 / 保险期间; every exclusion
#            line underlined in a different way (double, wave, dotted, words, thick via a paragraph style)
DOCS.append(
    {
        "file": "d13_public_liability_combined_underline.docx",
        "title": "餐饮场所公众责任保险条款",
        "emph": True,
        "present": list(ALL),
        "styles": [
            style("ThickU", "粗下划线正文", rpr=U("thick")),
            style("SecTitle", "节标题", rpr=B + SZ(24)),
        ],
        "header": p("澄江财产保险股份有限公司  餐饮场所公众责任保险条款"),
        "body": title("澄江财产保险股份有限公司餐饮场所公众责任保险条款")
        + p("一、被保险人", style="SecTitle")
        + p(
            "依法取得营业执照和食品经营许可证、在中华人民共和国境内经营的餐馆、饭店、小吃店、食堂等餐饮场所的经营者，可作为本保险合同的被保险人。"
        )
        + p("二、保险责任", style="SecTitle")
        + p(
            "在保险期间内，被保险人在保险单载明的经营场所内从事餐饮经营活动时，因经营场所的建筑物、设施设备存在缺陷或管理疏忽，造成顾客或其他第三者人身伤亡或财产损失，依法应由被保险人承担的经济赔偿责任，保险人按照本保险合同约定负责赔偿。"
        )
        + p(
            "保险事故发生后，被保险人因保险事故而被提起仲裁或者诉讼的，对应由被保险人支付的仲裁或诉讼费用以及其他必要的、合理的费用，保险人按照本保险合同约定也负责赔偿。"
        )
        + p("三、责任免除", style="SecTitle")
        + p(r("下列原因造成的损失、费用和责任，保险人不负责赔偿：", U("double")))
        + p(r("（一）被保险人或其雇员的故意行为；", U("wave")))
        + p(r("（二）因被保险人提供的食品、饮料不洁、变质或含有有毒有害物质导致的食物中毒；", U("dotted")))
        + p(r("（三）被保险人的雇员在经营场所内遭受的人身伤亡；", U("words")))
        + p(r("（四）经营场所内的燃气、锅炉等压力容器未经有关部门检验合格或未按规定使用而引起的损失；"), style="ThickU")
        + p(
            r("（五）罚款、罚金及惩罚性赔款。", U("dash")),
            r("〔起草备注：本项沿用2019版条款，待合规复核〕", '<w:vanish/><w:color w:val="7F7F7F"/>'),
        )
        + p("四、保险金额、保险费与保险期间", style="SecTitle")
        + p(
            "本保险合同的赔偿限额包括每次事故赔偿限额、每人人身伤亡赔偿限额和累计赔偿限额，由投保人与保险人协商确定并在保险单中载明。保险费根据经营场所面积、营业性质与赔偿限额计收。保险期间为一年，以保险单载明的起讫时间为准。"
        )
        + p("五、赔偿处理", style="SecTitle")
        + p(
            "被保险人索赔时，应提供保险单、事故证明、受害人的医疗诊断证明及医疗费用单据、财产损失清单，以及被保险人与受害人达成的赔偿协议、仲裁裁决书或人民法院的判决书。"
        )
        + p("六、争议处理", style="SecTitle")
        + p("因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。")
        + p("七、释义", style="SecTitle")
        + p("经营场所：指保险单载明的、被保险人用于餐饮经营的固定场所，包括就餐区、厨房及与之相连的通道。"),
    }
)

# ---- d14: motor own damage; 第X条【】 headings; the exclusions have no heading of their own and sit inside
#            第二条【保险责任】; they only carry paragraph-mark bold/size and a bold-looking font (黑体) -- the
#            characters themselves are plain 五号
_hei = '<w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/>'
DOCS.append(
    {
        "file": "d14_motor_damage_paragraph_mark_only.docx",
        "title": "机动车损失保险条款",
        "emph": False,
        "present": ["INSURED_SCOPE", "COVERAGE", "SUM_INSURED", "CLAIMS"],
        "styles": [style("ArtRunIn", "条文", ppr='<w:ind w:firstLine="420"/>')],
        "footer": p("北辰联合财产保险股份有限公司  机动车损失保险条款"),
        "body": title("北辰联合财产保险股份有限公司机动车损失保险条款")
        + p(r("第一条【保险标的】", B))
        + p(
            "本保险合同中的保险标的是指在中华人民共和国境内（不含港、澳、台地区）行驶，以动力装置驱动或者牵引，上道路行驶的供人员乘用或者用于运送物品以及进行专项作业的轮式车辆。",
            style="ArtRunIn",
        )
        + p(r("第二条【保险责任】", B))
        + p(
            "保险期间内，被保险人或被保险机动车驾驶人在使用被保险机动车过程中，因自然灾害、意外事故造成被保险机动车直接损失，且不属于免除保险人责任的范围，保险人依照本保险合同的约定负责赔偿。",
            style="ArtRunIn",
        )
        + p(r("下列原因导致的被保险机动车的损失和费用，保险人不负责赔偿：", _hei), style="ArtRunIn", mark=B + SZ(28))
        + p(r("（一）地震及其次生灾害；", _hei), style="ArtRunIn", mark=B + SZ(28))
        + p(
            r("（二）战争、军事冲突、恐怖活动、暴乱、污染（含放射性污染）、核反应、核辐射；", _hei),
            style="ArtRunIn",
            mark=B + SZ(28),
        )
        + p(r("（三）竞赛、测试，在营业性场所维修、保养、改装期间；", _hei), style="ArtRunIn", mark=B + SZ(28))
        + p(r("（四）被保险机动车被扣押、收缴、没收期间，或被政府征用期间；", _hei), style="ArtRunIn", mark=B + SZ(28))
        + p(
            r("（五）因市场价格变动造成的贬值，修理后因价值降低引起的减值损失。", _hei),
            style="ArtRunIn",
            mark=B + SZ(28),
        )
        + p(r("第三条【保险金额】", B))
        + p(
            "保险金额按投保时被保险机动车的实际价值确定。投保时被保险机动车的实际价值由投保人与保险人根据投保时的新车购置价减去折旧金额后的价格协商确定或其他市场公允价值协商确定。",
            style="ArtRunIn",
        )
        + p(r("第四条【赔偿处理】", B))
        + p(
            "发生保险事故时，被保险人或被保险机动车驾驶人应当及时采取合理的、必要的施救和保护措施，防止或者减少损失，并在保险事故发生后48小时内通知保险人。因保险事故损坏的被保险机动车，修理前被保险人应当会同保险人检验，协商确定维修机构、修理项目、方式和费用。",
            style="ArtRunIn",
        )
        + p(
            "被保险机动车发生全部损失后，保险人按保险金额计算赔偿，但保险金额高于出险时实际价值的，按出险时的实际价值计算赔偿。",
            style="ArtRunIn",
        ),
    }
)

# ---- d15: group short-term health; 条款要素 summary table carries 保险费 and 保险期间 as row labels; legal review
#            removed the bold from one exclusion item (tracked formatting change: old bold, new plain)
_unbold = f'<w:rPrChange w:id="{{}}" {REV}><w:rPr><w:b/></w:rPr></w:rPrChange>'
DOCS.append(
    {
        "file": "d15_group_health_summary_table_unbolded.docx",
        "title": "团体短期医疗保险条款",
        "emph": False,
        "present": [
            "INSURED_SCOPE",
            "COVERAGE",
            "EXCLUSIONS",
            "SUM_INSURED",
            "PREMIUM",
            "PERIOD",
            "CLAIMS",
            "DISPUTES",
        ],
        "track": True,
        "styles": [style("GHead", "团险标题", rpr=B + SZ(24), ppr='<w:spacing w:before="200" w:after="60"/>')],
        "header": p("松涛财产保险股份有限公司  团体短期医疗保险条款（修订稿）"),
        "body": title("松涛财产保险股份有限公司团体短期医疗保险条款")
        + p("条款要素", ppr='<w:jc w:val="center"/>')
        + tbl(
            [
                [
                    tc(p(r("保险期间", B)), w=2000),
                    tc(p("一年，或经投保人与保险人约定的一年以内的期间，以保险单载明为准。"), w=7000),
                ],
                [
                    tc(p(r("保险费", B)), w=2000),
                    tc(p("按被保险人人数、年龄结构及约定的保险金额计算，投保人可选择一次性交付或按季度交付。"), w=7000),
                ],
                [
                    tc(p(r("适用团体", B)), w=2000),
                    tc(p("依法成立、投保时参保人数不少于5人的机关、企事业单位或其他组织。"), w=7000),
                ],
            ],
            [2000, 7000],
        )
        + p("一、被保险人", style="GHead")
        + p(
            "投保团体中年龄在16周岁至65周岁、能够正常工作的在职人员，可作为本合同的被保险人。投保团体成员的配偶及子女经保险人同意，也可作为被保险人参加本保险。"
        )
        + p("二、保险责任", style="GHead")
        + p(
            "在保险期间内，被保险人因意外伤害或疾病在医院接受住院治疗的，对被保险人住院期间发生的、符合当地社会医疗保险规定的合理且必要的住院医疗费用，保险人在扣除社会医疗保险已经支付的部分后，按照80%的比例给付住院医疗保险金。"
        )
        + p("三、责任免除", style="GHead")
        + p(r("因下列原因造成被保险人支出医疗费用的，保险人不承担给付保险金责任：", B))
        + p(r("（一）被保险人在投保前已患有且未如实告知的疾病；", B))
        + p(
            f"<w:r><w:rPr>{_unbold.format(rid())}</w:rPr><w:t>（二）被保险人因整形、美容、矫形、变性手术或牙科保健发生的费用；</w:t></w:r>"
        )
        + p(r("（三）被保险人因酒后驾驶、无证驾驶或驾驶无有效行驶证的机动车导致的伤害；", B))
        + p(r("（四）被保险人因精神和行为障碍、性病接受治疗发生的费用。", B))
        + p("四、保险金额", style="GHead")
        + p("每一被保险人的住院医疗保险金额由投保人与保险人约定，并在保险单或被保险人名册中载明。")
        + p("五、保险金申请与给付", style="GHead")
        + p(
            "申请住院医疗保险金时，应提供被保险人身份证明、医院出具的诊断证明、出院小结、医疗费用原始单据及社会医疗保险结算单。保险人收到完整材料后五日内作出核定。"
        )
        + p("六、争议处理", style="GHead")
        + p(
            "因履行本合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁委员会仲裁；保险单未载明仲裁委员会的，依法向人民法院起诉。"
        ),
    }
)


def main(argv: list[str]) -> int:
    outdir = Path(argv[1]) if len(argv) > 1 else HERE
    outdir.mkdir(parents=True, exist_ok=True)
    lines = []
    for spec in DOCS:
        build(spec, outdir / spec["file"])
        present = [c for c in ALL if c in spec["present"]]
        lines.append(
            json.dumps(
                {
                    "file": spec["file"],
                    "exclusions_emphasized": spec["emph"],
                    "sections_present": present,
                    "sections_missing": [c for c in ALL if c not in present],
                },
                ensure_ascii=False,
            )
        )
    (outdir / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(DOCS)} documents to {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

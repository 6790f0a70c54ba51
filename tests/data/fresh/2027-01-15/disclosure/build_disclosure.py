"""Build the hand-written clause documents of the 2027-01-15 fresh disclosure set.

Every clause text below was written by hand for this set (fictional insurers and registration numbers). The
script only lays the texts out with python-docx, adding raw WordprocessingML where python-docx has no API
(document defaults, style chains, character styles, numbering, complex-script and paragraph-mark properties).

Usage: python build_disclosure.py [OUTPUT_DIR]     (default: this folder)

The output is byte-identical from run to run: fixed core properties and fixed zip timestamps.
"""

from __future__ import annotations

import io
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml

HERE = Path(__file__).resolve().parent
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'
FIXED_TIME = datetime(2027, 1, 15, 9, 0, 0, tzinfo=UTC)
ZIP_TIME = (2027, 1, 15, 9, 0, 0)

# ---------------------------------------------------------------- layout helpers


@dataclass
class R:
    """A run: text plus direct run properties (b, bCs, i, u, sz, szCs, color, highlight, shd, rStyle)."""

    text: str
    props: dict[str, object] = field(default_factory=dict)


def r(text: str, **props: object) -> R:
    return R(text, dict(props))


@dataclass
class P:
    runs: list[R]
    style: str | None = None
    mark: dict[str, object] | None = None  # paragraph-mark run properties (pPr/rPr)
    num: tuple[int, int] | None = None  # (numId, ilvl)
    jc: str | None = None


def p(
    *runs: str | R,
    style: str | None = None,
    mark: dict[str, object] | None = None,
    num: tuple[int, int] | None = None,
    jc: str | None = None,
) -> P:
    return P([x if isinstance(x, R) else R(x) for x in runs], style, mark, num, jc)


@dataclass
class T:
    rows: list[list[list[P]]]
    widths: tuple[int, ...] = (1200, 7400)


@dataclass
class Style:
    style_id: str
    name: str
    kind: str = "paragraph"  # or "character"
    based_on: str | None = None
    rpr: dict[str, object] = field(default_factory=dict)
    num: tuple[int, int] | None = None


@dataclass
class Numbering:
    num_id: int
    fmt: str  # chineseCounting, decimal ...
    text: str  # e.g. "（%1）"
    label_rpr: dict[str, object] = field(default_factory=dict)


@dataclass
class Doc:
    file: str
    title: str
    default_sz: int
    body: list[P | T]
    styles: list[Style] = field(default_factory=list)
    numbering: list[Numbering] = field(default_factory=list)
    default_rpr: dict[str, object] = field(default_factory=dict)


_RPR_ORDER = ("rStyle", "b", "bCs", "i", "iCs", "color", "sz", "szCs", "highlight", "u", "shd")


def rpr_xml(props: dict[str, object]) -> str:
    out = []
    for key in _RPR_ORDER:
        if key not in props:
            continue
        val = props[key]
        if key in ("b", "bCs", "i", "iCs"):
            out.append(f"<w:{key}/>" if val is True else f'<w:{key} w:val="{val if val is not False else 0}"/>')
        elif key == "shd":
            out.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{val}"/>')
        else:
            out.append(f'<w:{key} w:val="{val}"/>')
    unknown = set(props) - set(_RPR_ORDER)
    if unknown:
        raise ValueError(f"unknown run properties {unknown}")
    return f"<w:rPr>{''.join(out)}</w:rPr>" if out else ""


def run_xml(run: R) -> str:
    return f'<w:r>{rpr_xml(run.props)}<w:t xml:space="preserve">{escape(run.text)}</w:t></w:r>'


def para_xml(para: P) -> str:
    ppr = []
    if para.style:
        ppr.append(f'<w:pStyle w:val="{para.style}"/>')
    if para.num:
        ppr.append(f'<w:numPr><w:ilvl w:val="{para.num[1]}"/><w:numId w:val="{para.num[0]}"/></w:numPr>')
    if para.jc:
        ppr.append(f'<w:jc w:val="{para.jc}"/>')
    if para.mark:
        ppr.append(rpr_xml(para.mark))
    ppr_s = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    return f"<w:p {NSDECL}>{ppr_s}{''.join(run_xml(x) for x in para.runs)}</w:p>"


def table_xml(table: T) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in table.widths)
    rows = []
    for row in table.rows:
        cells = []
        for width, cell in zip(table.widths, row, strict=True):
            inner = "".join(para_xml(x).replace(f" {NSDECL}", "") for x in cell)
            cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{inner}</w:tc>')
        rows.append(f"<w:tr>{''.join(cells)}</w:tr>")
    return (
        f'<w:tbl {NSDECL}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def style_xml(style: Style) -> str:
    based = f'<w:basedOn w:val="{style.based_on}"/>' if style.based_on else ""
    ppr = ""
    if style.num:
        ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{style.num[1]}"/><w:numId w:val="{style.num[0]}"/></w:numPr></w:pPr>'
    return (
        f'<w:style {NSDECL} w:type="{style.kind}" w:customStyle="1" w:styleId="{style.style_id}">'
        f'<w:name w:val="{escape(style.name)}"/>{based}<w:qFormat/>{ppr}{rpr_xml(style.rpr)}</w:style>'
    )


def numbering_xml(numbering: Numbering) -> tuple[str, str]:
    abstract_id = numbering.num_id + 100
    abstract = (
        f'<w:abstractNum {NSDECL} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{numbering.fmt}"/>'
        f'<w:lvlText w:val="{numbering.text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr>{rpr_xml(numbering.label_rpr)}</w:lvl></w:abstractNum>'
    )
    num = f'<w:num {NSDECL} w:numId="{numbering.num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    return abstract, num


def build(doc_spec: Doc) -> bytes:
    document = docx.Document()
    styles_el = document.styles.element
    # document defaults: East Asian font and the default size of this document
    rpr_default = styles_el.find(f"{{{W_NS}}}docDefaults/{{{W_NS}}}rPrDefault/{{{W_NS}}}rPr")
    assert rpr_default is not None
    for child in list(rpr_default):
        rpr_default.remove(child)
    defaults = {"sz": doc_spec.default_sz, "szCs": doc_spec.default_sz, **doc_spec.default_rpr}
    new_default = parse_xml(
        f'<w:rPr {NSDECL}><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/>'
        f"{rpr_xml(defaults)[7:-8]}</w:rPr>"
    )
    for child in list(new_default):
        rpr_default.append(child)
    for style in doc_spec.styles:
        styles_el.append(parse_xml(style_xml(style)))
    if doc_spec.numbering:
        numbering_el = document.part.numbering_part.element
        first_num = numbering_el.find(f"{{{W_NS}}}num")
        for numbering in doc_spec.numbering:
            abstract, num = numbering_xml(numbering)
            first_num.addprevious(parse_xml(abstract))
            numbering_el.append(parse_xml(num))
    body = document.element.body
    sect = body.sectPr
    for block in doc_spec.body:
        xml = para_xml(block) if isinstance(block, P) else table_xml(block)
        sect.addprevious(parse_xml(xml))
    core = document.core_properties
    core.author = "xiaobao fresh set 2027-01-15"
    core.title = doc_spec.title
    core.comments = ""
    core.last_modified_by = "xiaobao fresh set 2027-01-15"
    core.revision = 1
    core.created = FIXED_TIME
    core.modified = FIXED_TIME
    raw = io.BytesIO()
    document.save(raw)
    return normalise_zip(raw.getvalue())


def normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            if name == "docProps/thumbnail.jpeg":
                continue
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            blob = src.read(name)
            if name == "_rels/.rels":
                blob = _drop_thumbnail_rel(blob)
            if name == "[Content_Types].xml":
                blob = blob.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            dst.writestr(info, blob)
    return out.getvalue()


def _drop_thumbnail_rel(blob: bytes) -> bytes:
    text = blob.decode("utf-8")
    start = text.find("<Relationship ", text.find("thumbnail") - 200)
    while start != -1:
        end = text.find("/>", start) + 2
        if "thumbnail" in text[start:end]:
            return (text[:start] + text[end:]).encode("utf-8")
        start = text.find("<Relationship ", end)
    return blob


# ---------------------------------------------------------------- shared property shorthands

B = {"b": True}
U = {"u": "single"}


def title(text: str) -> P:
    return p(r(text, b=True, sz=32), jc="center")


def note(text: str) -> P:
    return p(r(text, sz=18), jc="center")


# ---------------------------------------------------------------- the documents (hand-written texts)


def head(text: str, **extra: object) -> P:
    """A heading set in bold with direct run properties."""
    return p(r(text, b=True, **extra))


def doc01() -> Doc:
    # emphasis: direct bold runs (<w:b/> and w:val="on"); hidden exclusions in the premium and claims chapters
    chapter = {"b": True}
    bold_on = {"b": "on"}
    body: list[P | T] = [
        title("鼎泰财产保险股份有限公司"),
        title("家庭自用汽车损失保险条款"),
        note("注册号：C00018817312026100937K"),
        p(r("第一章　总则", **chapter), jc="center"),
        p(
            "第一条　本保险合同由保险条款、投保单、保险单、批单和特别约定共同组成。凡涉及本保险合同的约定，均应采用书面形式。"
        ),
        p(r("第二章　保险标的", **chapter), jc="center"),
        p(
            "第二条　本保险合同中的保险标的，是指在中华人民共和国境内（不含港、澳、台地区）行驶，登记用途为家庭自用、核定座位数九座以下的汽车（以下简称被保险机动车）。"
        ),
        p(r("第三章　保险责任", **chapter), jc="center"),
        p(
            "第三条　保险期间内，被保险人或者其允许的驾驶人在使用被保险机动车过程中，因碰撞、倾覆、坠落，火灾、爆炸，外界物体坠落、倒塌，暴风、暴雨、洪水、冰雹等自然灾害造成被保险机动车的直接损失，保险人依照本保险合同的约定负责赔偿。"
        ),
        p(
            "第四条　发生保险事故时，被保险人为防止或者减少被保险机动车的损失所支付的必要的、合理的施救费用，由保险人承担；施救费用数额在被保险机动车损失赔偿金额以外另行计算，最高不超过保险金额。"
        ),
        p(r("第四章　责任免除", **chapter), jc="center"),
        p(
            r(
                "第五条　在上述保险责任范围内，下列情况下，不论任何原因造成被保险机动车的任何损失和费用，保险人均不负责赔偿：",
                b=True,
            )
        ),
        p(
            r(
                "（一）事故发生后，被保险人或者驾驶人在未依法采取措施的情况下驾驶被保险机动车或者遗弃被保险机动车离开事故现场；",
                b=True,
            )
        ),
        p(r("（二）驾驶人饮酒、吸食或者注射毒品、服用国家管制的精神药品或者麻醉药品；", **bold_on)),
        p(r("（三）驾驶人无驾驶证，或者驾驶证被依法扣留、暂扣、吊销、注销期间驾驶被保险机动车；", b=True)),
        p(
            r(
                "（四）被保险机动车被转让、改装、加装或者改变使用性质，导致危险程度显著增加，且未及时通知保险人。",
                b=True,
            )
        ),
        p(r("第六条　下列原因导致的被保险机动车的损失和费用，保险人不负责赔偿：", **bold_on)),
        p(r("（一）地震及其次生灾害；", b=True)),
        p(r("（二）战争、军事冲突、恐怖活动、暴乱、污染（含放射性污染）；", b=True)),
        p(r("（三）自然磨损、朽蚀、腐蚀、故障、本身质量缺陷，以及轮胎单独损坏。", b=True)),
        p(r("第五章　保险金额", **chapter), jc="center"),
        p(
            "第七条　保险金额按投保时被保险机动车的实际价值确定。实际价值由新车购置价减去折旧金额后的价格确定，投保人与保险人也可以协商确定。"
        ),
        p(r("第六章　保险期间与保险费", **chapter), jc="center"),
        p("第八条　除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。"),
        p(
            "第九条　投保人应当在本保险合同成立时一次性交清保险费；",
            r("保险费交清前发生的保险事故，保险人不承担赔偿责任。", b=True),
        ),
        p(r("第七章　赔偿处理", **chapter), jc="center"),
        p(
            "第十条　发生保险事故后，被保险人应当及时采取合理的、必要的施救和保护措施，并在保险事故发生后48小时内通知保险人。"
        ),
        p(
            r(
                "第十一条　被保险人故意或者因重大过失未及时通知，致使保险事故的性质、原因、损失程度等难以确定的，保险人对无法确定的部分，不承担赔偿责任，但保险人通过其他途径已经及时知道或者应当及时知道保险事故发生的除外。",
                b=True,
            )
        ),
        p(
            "第十二条　被保险人索赔时，应当向保险人提供行驶证、驾驶证、损失确认书、修理发票等与确认保险事故的性质、原因、损失程度有关的证明和资料。"
        ),
        p(r("第八章　争议处理", **chapter), jc="center"),
        p(
            "第十三条　因履行本保险合同发生的争议，由当事人协商解决。协商不成的，提交保险单载明的仲裁委员会仲裁；保险单未载明仲裁机构且争议发生后未达成仲裁协议的，依法向人民法院起诉。"
        ),
        p(r("第九章　释义", **chapter), jc="center"),
        p(
            "第十四条　【碰撞】指被保险机动车或者其符合装载规定的货物与外界固态物体之间发生的、对被保险机动车造成损失的意外撞击。"
        ),
        p("第十五条　【自然磨损】指被保险机动车在正常使用过程中，由于零部件之间的摩擦、老化而逐渐发生的损耗。"),
    ]
    return Doc("disc0115-01-motor-own-damage.docx", "家庭自用汽车损失保险条款", 21, body)


def doc02() -> Doc:
    # not emphasised: paragraph style chain 免责基础 (bold) -> 免责正文 (bold off, red, yellow highlight)
    styles = [
        Style("HeadingClause", "条标题", based_on="Normal", rpr={"b": True, "sz": 28}),
        Style("ExclBase", "免责基础", based_on="Normal", rpr={"b": True}),
        Style("ExclText", "免责正文", based_on="ExclBase", rpr={"b": False, "color": "C00000", "highlight": "yellow"}),
    ]
    hc = "HeadingClause"
    ex = "ExclText"
    body: list[P | T] = [
        title("瑞丰财产保险股份有限公司"),
        title("家庭财产综合保险条款"),
        note("（瑞丰财险〔2026〕家财险备案第031号）"),
        p("一、保险标的", style=hc),
        p(
            "被保险人所有、使用或者保管的坐落于保险单载明地址内的下列家庭财产，可作为本保险合同的保险标的：房屋及其室内附属设备；室内装潢；室内财产，包括家用电器、家具、床上用品和衣物。"
        ),
        p("金银、首饰、珠宝、有价证券、现金、票证、古玩、字画、电脑中的数据资料，不属于本保险合同的保险标的。"),
        p("二、保险责任", style=hc),
        p(
            "在保险期间内，由于火灾、爆炸、雷击、台风、暴雨、洪水、冰雹、雪灾、崖崩、突发性滑坡，以及空中运行物体坠落，外来建筑物和其他固定物体倒塌，造成保险标的的损失，保险人按照本保险合同的约定负责赔偿。"
        ),
        p("因室内自来水管道、暖气管道突然破裂造成保险标的的损失，保险人也负责赔偿。"),
        p("三、责任免除", style=hc),
        p("下列原因造成的损失、费用，保险人不负责赔偿：", style=ex),
        p("（一）投保人、被保险人及其家庭成员、家庭雇佣人员、暂居人员的故意行为或者重大过失；", style=ex),
        p("（二）房屋长期空置期间发生的损失，但本保险合同另有约定的除外；", style=ex),
        p("（三）保险标的本身缺陷、保管不善导致的损毁，以及自然磨损、变质、霉烂、虫咬、鼠咬；", style=ex),
        p("（四）地震、海啸及其次生灾害；", style=ex),
        p("（五）行政行为或者司法行为。", style=ex),
        p("四、保险金额与免赔额", style=hc),
        p(
            "房屋及其室内附属设备、室内装潢的保险金额，由投保人参照实际价值自行确定；室内财产的保险金额，由投保人根据当时实际价值分项目自行确定。"
        ),
        p("每次事故的免赔额由投保人与保险人在签订保险合同时协商确定，并在保险单中载明。"),
        p("保险标的的损失超过其保险金额的部分，保险人不负责赔偿。", style=ex),
        p("五、保险期间", style=hc),
        p("除另有约定外，本保险合同的保险期间为一年，以保险单载明的起讫时间为准。"),
        p("六、保险费", style=hc),
        p("投保人应当按照本保险合同的约定交付保险费。约定一次性交付保险费的，投保人应当在保险合同成立时交清保险费。"),
        p("七、赔偿处理", style=hc),
        p(
            "保险事故发生后，被保险人应当尽力采取必要、合理的措施防止或者减少损失，并及时通知保险人；被保险人请求赔偿时，应当提供保险单、损失清单、有关部门出具的事故证明等材料。"
        ),
        p("保险标的发生部分损失的，保险人赔偿后，保险金额相应减少，保险单另有约定的除外。"),
    ]
    return Doc("disc0115-02-home-property.docx", "家庭财产综合保险条款", 24, body, styles)


def doc03() -> Doc:
    # emphasised: character style chain 条款字符 (underline) -> 免责字符 (colour); runs use 免责字符
    styles = [
        Style("ClauseChar", "条款字符", kind="character", rpr={"u": "single"}),
        Style("ExclChar", "免责字符", kind="character", based_on="ClauseChar", rpr={"color": "1F3864"}),
        Style("BracketHead", "方括号标题", based_on="Normal", rpr={"b": True}),
    ]
    bh = "BracketHead"
    ec = {"rStyle": "ExclChar"}
    body: list[P | T] = [
        title("同舟财产保险股份有限公司"),
        title("个人意外伤害保险条款"),
        note("注册号：H00052011222026071533N"),
        p("【投保范围】", style=bh),
        p(
            "凡出生满28日至75周岁、身体健康、能正常工作或者正常生活的自然人，可作为本保险合同的被保险人。投保人应当为具有完全民事行为能力的被保险人本人、对被保险人有保险利益的其他人。"
        ),
        p("【保险责任】", style=bh),
        p(
            "在保险期间内，被保险人遭受意外伤害事故，并自该事故发生之日起180日内因该事故身故的，保险人按照意外身故保险金额给付身故保险金，对该被保险人的保险责任终止。",
            r("被保险人自意外伤害发生之日起180日后身故的，保险人不承担身故保险金给付责任。", **ec),
        ),
        p(
            "在保险期间内，被保险人遭受意外伤害事故，并自该事故发生之日起180日内因该事故造成本合同所附《人身保险伤残评定标准》所列伤残之一的，保险人按照该标准所列给付比例乘以意外伤残保险金额给付伤残保险金。"
        ),
        p("【责任免除】", style=bh),
        p(r("因下列原因之一，直接或者间接导致被保险人身故、伤残的，保险人不承担给付保险金责任：", **ec)),
        p(
            r(
                "（一）投保人对被保险人的故意杀害、故意伤害；被保险人故意自伤、故意犯罪或者抗拒依法采取的刑事强制措施；",
                **ec,
            )
        ),
        p(r("（二）被保险人斗殴、醉酒，主动吸食或者注射毒品；", **ec)),
        p(r("（三）被保险人酒后驾驶、无合法有效驾驶证驾驶，或者驾驶无有效行驶证的机动车；", **ec)),
        p(
            r(
                "（四）被保险人从事潜水、跳伞、攀岩、蹦极、驾驶滑翔翼、探险、摔跤、武术比赛、特技表演、赛马、赛车等高风险运动；",
                **ec,
            )
        ),
        p(r("（五）被保险人妊娠、流产、分娩、疾病、药物过敏、中暑、猝死。", **ec)),
        p("【保险金额】", style=bh),
        p("意外身故、伤残保险金额由投保人、保险人双方约定，并在保险单中载明。保险金额一经确定，在保险期间内不得变更。"),
        p("【保险期间】", style=bh),
        p("除另有约定外，本保险合同的保险期间为一年，自保险单载明的生效日零时起至期满日二十四时止。"),
        p("【保险金申请与给付】", style=bh),
        p(
            "保险事故发生后，被保险人或者受益人应当及时通知保险人；申请保险金时，应当提供保险金给付申请书、保险单、被保险人身份证明、公安部门或者医疗机构出具的意外伤害事故证明等材料。"
        ),
        p(
            "保险人收到保险金给付申请书及有关证明和资料后，应当及时作出核定；情形复杂的，在三十日内作出核定，并将核定结果通知申请人。"
        ),
        p("【释义】", style=bh),
        p("意外伤害：指以外来的、突发的、非本意的和非疾病的客观事件为直接且单独的原因致使身体受到的伤害。"),
        p("猝死：指表面健康的人因潜在疾病、机能障碍或者其他原因在出现症状后24小时内发生的非暴力性突然死亡。"),
    ]
    return Doc("disc0115-03-personal-accident.docx", "个人意外伤害保险条款", 21, body, styles)


def doc04() -> Doc:
    # not emphasised: numbered list whose number labels are bold (numbering level rPr) and whose paragraph
    # marks are bold, while the clause text itself stays plain
    numbering = [Numbering(91, "chineseCounting", "（%1）", label_rpr={"b": True})]
    mark = {"b": True}
    body: list[P | T] = [
        title("安禾财产保险股份有限公司"),
        title("个人住院医疗保险（百万医疗版）条款"),
        note("注册号：C00076455212026091201V"),
        head("第一章　投保范围"),
        p("第一条　凡出生满30日至60周岁，符合保险人投保条件的人，可作为本合同的被保险人。"),
        head("第二章　保险责任"),
        p(
            "第二条　在保险期间内，被保险人因意外伤害或者在等待期后因疾病，在二级及以上公立医院普通部住院治疗的，对于被保险人住院期间发生的、符合通常惯例水平的必需且合理的住院医疗费用，保险人扣除免赔额后按照约定的给付比例给付一般医疗保险金。"
        ),
        p(
            "第三条　被保险人在等待期内因疾病住院治疗的，保险人不承担给付保险金的责任，无息退还已交保险费，本合同终止。等待期为三十日，续保时不设等待期。"
        ),
        head("第三章　责任免除"),
        p("第四条　因下列情形之一导致被保险人支出医疗费用的，保险人不承担给付保险金的责任："),
        p("投保前已患有的疾病或者已存在的症状，但投保时已如实告知且保险人同意承保的除外；", num=(91, 0), mark=mark),
        p("被保险人接受美容、整形、矫形手术，变性手术，以及牙齿治疗、牙齿修复、视力矫正；", num=(91, 0), mark=mark),
        p("被保险人怀孕、流产、分娩、避孕、不孕不育治疗、人工受精；", num=(91, 0), mark=mark),
        p("被保险人醉酒，斗殴，主动吸食或者注射毒品，酒后驾驶、无证驾驶；", num=(91, 0), mark=mark),
        p("遗传性疾病，先天性畸形、变形或者染色体异常；精神和行为障碍。", num=(91, 0), mark=mark),
        head("第四章　保险金额与免赔额"),
        p(
            "第五条　一般医疗保险金额为人民币二百万元，重大疾病医疗保险金额为人民币四百万元，两项保险金额共用一个年度累计给付限额。"
        ),
        p("第六条　一般医疗保险金的年免赔额为人民币一万元；重大疾病医疗保险金不设免赔额。"),
        head("第五章　保险期间"),
        p("第七条　本合同的保险期间为一年，自保险单载明的生效日零时起至期满日二十四时止。"),
        head("第六章　保险费"),
        p(
            "第八条　本合同的保险费可以一次性交付，也可以按月分期交付。分期交付的，投保人应当在每期应交日交付当期保险费；逾期未交的，自应交日起六十日为宽限期。"
        ),
        head("第七章　保险金的申请与给付"),
        p(
            "第九条　申请人申请保险金时，应当提供保险金给付申请书、被保险人身份证明、医疗机构出具的诊断证明、出院小结、医疗费用原始凭证及费用明细清单。"
        ),
        p(
            "第十条　保险人收到申请后，在五个工作日内作出核定；对属于保险责任的，在与申请人达成给付协议后十日内履行给付义务。"
        ),
        head("第八章　争议处理"),
        p(
            "第十一条　合同争议解决方式由当事人在合同约定时从下列两种方式中选择一种：因履行本合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁委员会仲裁或者依法向人民法院起诉。"
        ),
    ]
    return Doc("disc0115-04-million-medical.docx", "个人住院医疗保险（百万医疗版）条款", 21, body, numbering=numbering)


def doc05() -> Doc:
    # emphasised: exclusions in table cells; bold comes from the middle of a three-deep paragraph style chain
    styles = [
        Style("TableText", "表格文字", based_on="Normal", rpr={"b": True}),
        Style("TableExcl", "表格免责", based_on="TableText", rpr={"color": "404040"}),
        Style("NumHead", "编号标题", based_on="Normal", rpr={"b": True, "sz": 24}),
    ]
    nh = "NumHead"
    te = "TableExcl"

    def row(number: str, text: str) -> list[list[P]]:
        return [[p(number, style=te)], [p(text, style=te)]]

    body: list[P | T] = [
        title("广诚财产保险股份有限公司"),
        title("雇主责任保险条款（2026版）"),
        note("注册号：C00031778012026050720Y"),
        p("1. 被保险人", style=nh),
        p(
            "在中华人民共和国境内（不含港、澳、台地区）依法设立、登记的各类企业、个体工商户以及其他组织，可作为本保险合同的被保险人。"
        ),
        p("2. 保险责任", style=nh),
        p(
            "在保险期间内，被保险人的工作人员在中华人民共和国境内因下列情形导致伤残或者死亡，依照中华人民共和国法律应由被保险人承担的经济赔偿责任，保险人按照本保险合同的约定负责赔偿：在工作时间和工作场所内，因工作原因受到事故伤害；在上下班途中，受到非本人主要责任的交通事故伤害；因工外出期间，由于工作原因受到伤害或者发生事故下落不明。"
        ),
        p("因发生上述事故导致被保险人的工作人员支出的必要、合理的医疗费用，保险人在约定的医疗费用赔偿限额内负责赔偿。"),
        p("3. 责任免除", style=nh),
        p("下列原因造成的损失、费用和责任，保险人不负责赔偿：", style=te),
        T(
            [
                row("（1）", "投保人、被保险人的故意或者重大过失行为；"),
                row("（2）", "被保险人的工作人员犯罪、斗殴、醉酒、自残、自杀或者故意自伤；"),
                row("（3）", "被保险人的工作人员因职业病、妊娠、流产、分娩导致的伤残或者死亡；"),
                row("（4）", "被保险人的工作人员在无有效驾驶证或者饮酒后驾驶机动车期间发生的事故；"),
                row("（5）", "被保险人对其承包商、临时聘用的非本单位人员所负的赔偿责任。"),
            ],
        ),
        p("4. 赔偿限额与保险费", style=nh),
        p("每人死亡、伤残赔偿限额和每人医疗费用赔偿限额，由投保人与保险人协商确定，并在保险单中载明。"),
        p("保险费按照被保险人所在行业类别、工作人员人数和约定的赔偿限额计算，投保人应当在保险合同成立时一次交清。"),
        p("5. 保险期间", style=nh),
        p("除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。"),
        p("6. 赔偿处理", style=nh),
        p(
            "被保险人向保险人请求赔偿时，应当提交保险单、工作人员名单、事故证明、伤残鉴定或者死亡证明、医疗费用票据，以及被保险人与其工作人员达成的赔偿协议或者生效的法律文书。"
        ),
        p("保险人在收到赔偿请求和有关证明、资料后，及时作出核定，情形复杂的，在三十日内作出核定。"),
    ]
    return Doc("disc0115-05-employer-liability.docx", "雇主责任保险条款", 21, body, styles)


def doc06() -> Doc:
    # not emphasised: exclusions carry only complex-script bold and size (bCs, szCs) plus italics
    cs_only = {"bCs": True, "i": True, "szCs": 28}
    body: list[P | T] = [
        title("平川财产保险股份有限公司"),
        title("国内水路、陆路货物运输保险条款"),
        note("注册号：C00044219032026031108B"),
        head("第一章　保险标的"),
        p("第一条　凡在国内经水路、公路、铁路运输的货物，均可作为本保险的保险标的。"),
        p(
            "第二条　下列货物非经投保人与保险人特别约定，并在保险单上载明，不在保险标的范围以内：金银、珠宝、钻石、玉器、首饰、古币、古玩、古书、古画、邮票、艺术品、稀有金属等珍贵财物。"
        ),
        head("第二章　保险责任"),
        p(
            "第三条　由于下列保险事故造成保险货物的损失和费用，保险人依照本条款约定负责赔偿：火灾、爆炸、雷电、冰雹、暴风、暴雨、洪水、地震、海啸、崖崩、滑坡、泥石流；由于运输工具发生碰撞、搁浅、触礁、倾覆、沉没、出轨或者隧道、码头坍塌；在装货、卸货或者转载时因意外事故造成的损失。"
        ),
        head("第三章　除外责任"),
        p(r("第四条　由于下列原因造成保险货物的损失，保险人不负赔偿责任：", **cs_only)),
        p(r("（一）战争、军事行动、扣押、罢工、哄抢和敌对行为；", **cs_only)),
        p(r("（二）被保险人的故意行为或者过失；", **cs_only)),
        p(r("（三）保险货物本身的缺陷或者自然损耗，以及由于包装不善造成的损失；", **cs_only)),
        p(r("（四）市价跌落、运输延迟所引起的损失；", **cs_only)),
        p(r("（五）属于发货人责任引起的损失。", **cs_only)),
        head("第四章　保险金额"),
        p(
            "第五条　保险价值按货价或者货价加运杂费确定。保险金额按保险价值确定，也可以由保险双方协商确定，但保险金额不得超过保险价值。"
        ),
        head("第五章　责任起讫"),
        p(
            "第六条　保险责任自签发保险凭证和保险货物运离起运地发货人的最后一个仓库或者储存处所时起，至该保险凭证上注明的目的地的收货人在当地的第一个仓库或者储存处所时终止。但保险货物运抵目的地后，如果收货人未及时提货，则保险责任的终止期最多延长至收货人接到到货通知单后的十五日。"
        ),
        head("第六章　赔偿处理"),
        p(
            "第七条　被保险人向保险人申请索赔时，必须提供下列有关单证：保险单或者保险凭证正本；运单、提货单、发票；承运部门签发的货运记录、普通记录、交接验收记录、鉴定书；收货单位的入库记录、检验报告、损失清单及救护保险货物所支付的直接费用的单据。"
        ),
        p(
            "第八条　保险人在接到被保险人的赔偿请求后，应当及时作出核定；对属于保险责任的，在与被保险人达成赔偿协议后十日内，履行赔偿义务。"
        ),
        head("第七章　争议处理"),
        p(
            "第九条　因履行本保险合同发生的争议，由当事人协商解决。协商不成的，依法向人民法院起诉。本保险合同适用中华人民共和国法律（不包括港澳台地区法律）。"
        ),
    ]
    return Doc("disc0115-06-cargo-transport.docx", "国内水路、陆路货物运输保险条款", 21, body)


def doc07() -> Doc:
    # emphasised: exclusion text set larger than the body (12 pt against a 10.5 pt body), no bold
    styles = [
        Style("Excl", "免责条文", based_on="Normal", rpr={"sz": 24}),
        Style("Sec", "节标题", based_on="Normal", rpr={"b": True}),
    ]
    sec = "Sec"
    ex = "Excl"
    body: list[P | T] = [
        title("明禾财产保险股份有限公司"),
        title("玉米种植保险条款"),
        note("（明禾财险〔2026〕农险备案第112号）"),
        p("一、保险标的", style=sec),
        p(
            "同时符合下列条件的玉米，可作为本保险合同的保险标的，投保人应当将符合条件的玉米全部投保，不得选择投保：经过政府部门审定的合格品种，符合当地普遍采用的种植规范标准和技术管理要求；种植场所在当地洪水水位线以上的非蓄洪、行洪区。"
        ),
        p("二、保险责任", style=sec),
        p(
            "在保险期间内，由于暴雨、洪水、内涝、风灾、雹灾、冻灾、旱灾、地震，以及病虫草鼠害造成保险玉米的损失，损失率达到百分之二十以上的，保险人按照本保险合同的约定负责赔偿。"
        ),
        p("三、责任免除", style=sec),
        p("下列原因造成的损失、费用，保险人不负责赔偿：", style=ex),
        p(
            "（一）投保人及其家庭成员、被保险人及其家庭成员、投保人或者被保险人雇佣人员的故意或者重大过失行为、管理不善；",
            style=ex,
        ),
        p("（二）他人的恶意破坏行为；", style=ex),
        p("（三）行政行为或者司法行为；", style=ex),
        p("（四）在非种植季节或者非种植区域种植的玉米遭受的损失；", style=ex),
        p("（五）发生保险责任范围内的损失后，被保险人自行毁掉或者放弃种植保险玉米。", style=ex),
        p("四、保险金额、保险费", style=sec),
        p("每亩保险金额参照保险玉米生长期内所发生的直接物化成本确定，为每亩五百元。保险金额＝每亩保险金额×保险面积。"),
        p("每亩保险费为二十五元，其中各级财政补贴百分之八十，农户自交百分之二十。"),
        p("五、保险期间", style=sec),
        p("保险期间自保险玉米出全苗时起，至成熟开始收获时止，但不得超过保险单载明的保险期间起讫时间。"),
        p("六、赔偿处理", style=sec),
        p("保险事故发生后，被保险人应当在四十八小时内通知保险人，保险人会同村委会、农技人员进行查勘定损。"),
        p(
            r(
                "发生保险事故后，被保险人未通知保险人查勘定损即自行收割、翻种的，保险人对无法核定的损失不负责赔偿。",
                sz=24,
            )
        ),
        p("赔偿金额＝每亩保险金额×损失率×受损面积。"),
        p("七、释义", style=sec),
        p("出全苗：指全田百分之五十的玉米幼苗出土高度达到二厘米。"),
        p("损失率：指单位面积平均损失产量与单位面积平均正常产量的比例。"),
    ]
    return Doc("disc0115-07-crop-corn.docx", "玉米种植保险条款", 21, body, styles)


def doc08() -> Doc:
    # not emphasised: only the lead-in sentence is bold; list items are plain with bold paragraph marks
    styles = [Style("SecHead", "小节标题", based_on="Normal", rpr={"b": True, "sz": 24})]
    sh = "SecHead"
    mark = {"b": True}
    body: list[P | T] = [
        title("远航财产保险股份有限公司"),
        title("境外旅行意外伤害保险条款"),
        note("注册号：H00028300212026081405C"),
        p("被保险人", style=sh),
        p(
            "凡出境旅行、身体健康、能正常工作或者正常生活的自然人，年龄在出生满六个月至八十周岁之间的，可作为本保险合同的被保险人。"
        ),
        p("保险责任", style=sh),
        p(
            "在保险期间内，被保险人在境外旅行期间遭受意外伤害事故，保险人按约定给付意外身故、伤残保险金；被保险人因意外伤害或者突发急性病在境外医疗机构治疗，保险人对合理且必要的医疗费用在保险金额内给付医疗保险金；被保险人需要紧急医疗转运或者送返的，保险人承担相应的救援费用。"
        ),
        p("责任免除", style=sh),
        p(
            r(
                "因下列原因之一，导致被保险人身故、伤残或者支出医疗费用、救援费用的，保险人不承担给付保险金责任：",
                b=True,
            )
        ),
        p("被保险人故意自伤、自杀，故意犯罪或者拒捕；", mark=mark),
        p("被保险人投保前已患有的疾病及其并发症，以及慢性病的急性发作；", mark=mark),
        p("被保险人参加潜水、跳伞、攀岩、滑雪、热气球、驾驶或者乘坐滑翔翼等高风险活动；", mark=mark),
        p("被保险人违背医嘱私自出院、前往已发布旅行警告的国家或者地区；", mark=mark),
        p("战争、武装冲突、暴乱、核爆炸、核辐射或者核污染。", mark=mark),
        p("保险金额", style=sh),
        p("意外身故伤残、境外医疗、紧急救援的保险金额分别确定，由投保人与保险人约定并在保险单中载明。"),
        p("保险费", style=sh),
        p("保险费按旅行天数、目的地区域和所选计划计算，投保人应当在出发前一次性交清。"),
        p("保险期间", style=sh),
        p(
            "保险期间以保险单载明的起讫日期为准，但保险责任自被保险人离开中国境内出境检查站时开始，至被保险人返回中国境内入境检查站时终止，以先发生者为准。"
        ),
        p("保险金申请与给付", style=sh),
        p(
            "被保险人在境外接受治疗的，应当提供医疗机构出具的病历、诊断证明、费用明细及收据原件；未经保险人或者其授权救援机构同意自行安排转运的，保险人对超出合理水平的转运费用不承担给付责任。"
        ),
        p("保险人收到申请人的保险金给付申请书及有关证明和资料后，在五个工作日内作出核定。"),
        p("争议处理", style=sh),
        p(
            "因履行本保险合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁机构仲裁，或者依法向人民法院起诉。"
        ),
        p("释义", style=sh),
        p("境外：指中华人民共和国境外，以及中国香港、澳门特别行政区和台湾地区。"),
        p("突发急性病：指被保险人在保险期间内突然发生、需要立即就医的疾病。"),
    ]
    return Doc("disc0115-08-overseas-travel.docx", "境外旅行意外伤害保险条款", 21, body, styles)


def doc09() -> Doc:
    # emphasised: run-in labels; exclusion text one half-point larger than a document-default 10 pt body
    lab = {"b": True}
    big = {"sz": 21}
    body: list[P | T] = [
        title("云栖财产保险股份有限公司"),
        title("犬类综合保险条款（互联网专属）"),
        note("注册号：C00091734022026110611A"),
        p(
            r("保险标的：", **lab),
            "本保险合同的保险标的为被保险人合法饲养、已取得当地犬只登记证明且已按规定接种狂犬病疫苗、年龄在三个月至十周岁之间的家养犬只。",
        ),
        p(
            r("保险责任：", **lab),
            "在保险期间内，保险犬只因意外伤害或者疾病在保险人认可的宠物医院接受治疗，对其合理且必要的医疗费用，保险人扣除每次免赔额后按百分之七十的比例负责赔偿；保险犬只造成第三者人身伤亡或者财产损失，依法应由被保险人承担的经济赔偿责任，保险人在责任限额内负责赔偿。",
            r("保险犬只在等待期内发生疾病的，保险人不负责赔偿。", **big),
        ),
        p(r("责任免除：", **lab), r("下列原因造成的损失、费用和责任，保险人不负责赔偿：", **big)),
        p(r("（一）被保险人或者其家庭成员故意虐待、遗弃、伤害保险犬只，或者唆使保险犬只伤人；", **big)),
        p(r("（二）保险犬只投保前已患有的疾病、先天性或者遗传性疾病；", **big)),
        p(r("（三）疫苗接种、驱虫、绝育、洗澡、美容、寄养、训练等非治疗性费用；", **big)),
        p(r("（四）保险犬只参加斗犬、赛犬活动或者被用于商业繁育期间发生的损失；", **big)),
        p(r("（五）被保险人的家庭成员被保险犬只咬伤、抓伤所致的损失。", **big)),
        p(
            r("保险金额：", **lab),
            "医疗费用保险金额每年一万元，每次事故免赔额二百元；第三者责任限额每次事故二万元，年累计四万元。",
        ),
        p(r("保险期间：", **lab), "本保险合同的保险期间为一年，等待期为十五日，续保无等待期。"),
        p(
            r("赔偿处理：", **lab),
            "发生保险事故后，被保险人应当在四十八小时内通过保险人指定的线上渠道报案，并提交宠物医院诊断证明、病历、费用发票，以及事故现场照片或者第三者损失证明。",
        ),
    ]
    return Doc("disc0115-09-pet-dog.docx", "犬类综合保险条款", 20, body)


def doc10() -> Doc:
    # not emphasised: paragraph style underlines, the runs switch underline off directly (w:u none) and
    # only add grey shading; the first item keeps its underline
    styles = [
        Style("ChapterHead", "章标题", based_on="Normal", rpr={"b": True, "sz": 24}),
        Style("ExclPara", "免责段落", based_on="Normal", rpr={"u": "single"}),
    ]
    ch = "ChapterHead"
    ep = "ExclPara"
    off = {"u": "none", "shd": "D9D9D9"}
    body: list[P | T] = [
        title("华屿财产保险股份有限公司"),
        title("驾乘人员意外伤害保险条款"),
        note("注册号：H00063320512026090317P"),
        p("第一章　被保险人", style=ch),
        p("第一条　持有有效机动车驾驶证的驾驶人员，以及乘坐保险单载明的机动车的乘车人员，可作为本保险合同的被保险人。"),
        p("第二章　保险责任", style=ch),
        p(
            "第二条　在保险期间内，被保险人以驾驶人员或者乘车人员身份乘坐保险单载明的机动车期间遭受意外伤害事故，并自事故发生之日起180日内因该事故身故或者伤残的，保险人按照约定给付身故保险金或者伤残保险金；因该事故发生的必要且合理的医疗费用，保险人扣除一百元免赔额后按百分之九十给付医疗保险金。"
        ),
        p("第三章　责任免除", style=ch),
        p("第三条　因下列原因之一导致被保险人身故、伤残或者支出医疗费用的，保险人不承担给付保险金责任：", style=ep),
        p("（一）被保险人饮酒、醉酒后驾驶机动车，或者无合法有效驾驶证驾驶机动车；", style=ep),
        p(r("（二）保险单载明的机动车未按规定检验或者检验不合格；", **off), style=ep),
        p(r("（三）保险单载明的机动车在营业性运输期间，但保险单载明的使用性质为营业的除外；", **off), style=ep),
        p(r("（四）被保险人在车下时，或者被保险人在车辆行驶中从车内坠出时遭受的伤害；", **off), style=ep),
        p(r("（五）被保险人因疾病、妊娠、流产、分娩导致的伤害。", **off), style=ep),
        p("第四章　保险金额", style=ch),
        p("第四条　每一座位的意外身故伤残保险金额和意外医疗保险金额由投保人与保险人约定，并在保险单中载明。"),
        p("第五章　保险费", style=ch),
        p("第五条　保险费按座位数和约定的保险金额计算，投保人应当在本合同成立时一次交清。"),
        p("第六章　保险期间", style=ch),
        p("第六条　本合同的保险期间为一年，以保险单载明的起讫时间为准。"),
        p("第七章　保险金申请与给付", style=ch),
        p(
            "第七条　申请人应当提供保险单、被保险人身份证明、交通事故认定书、医疗机构出具的诊断证明和医疗费用收据；被保险人身故的，还应当提供死亡证明。"
        ),
        p("第八章　争议处理", style=ch),
        p(
            "第八条　因履行本合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁委员会仲裁，或者依法向人民法院起诉。"
        ),
        p("第九章　释义", style=ch),
        p("第九条　乘车人员：指在保险单载明的机动车上乘坐的、除驾驶人员以外的人员，不包括在车下的人员。"),
    ]
    return Doc("disc0115-10-driver-passenger-accident.docx", "驾乘人员意外伤害保险条款", 21, body, styles)


def doc11() -> Doc:
    # emphasised: underline kinds — double underline in the first rider, wavy underline in the second
    dbl = {"u": "double"}
    wave = {"u": "wave"}
    body: list[P | T] = [
        title("嘉和财产保险股份有限公司"),
        title("机动车商业保险附加险条款"),
        note("注册号：C00057204412026101522D"),
        p(r("附加车轮单独损失险", b=True, sz=24), jc="center"),
        p("投保了机动车损失保险的家庭自用汽车，可投保本附加险。"),
        head("保险责任"),
        p(
            "保险期间内，被保险人或者被保险机动车驾驶人在使用被保险机动车过程中，因自然灾害、意外事故，导致被保险机动车未发生其他部位的损失，仅有车轮（含轮胎、轮毂、轮毂罩）单独的直接损失，且不属于免除保险人责任的范围，保险人依照本附加险合同的约定负责赔偿。"
        ),
        head("责任免除"),
        p(r("（一）车轮（含轮胎、轮毂、轮毂罩）的自然磨损、朽蚀、腐蚀、故障、本身质量缺陷；", **dbl)),
        p(r("（二）未发生全车盗抢，仅车轮单独丢失。", **dbl)),
        head("保险金额"),
        p("保险金额由投保人和保险人在投保时协商确定。"),
        head("赔偿处理"),
        p(
            "发生保险事故时，赔款＝实际修复费用－被保险人已从第三方获得的赔偿金额。在保险期间内，累计赔款金额达到保险金额，本附加险保险责任终止。"
        ),
        p(r("附加医保外医疗费用责任险", b=True, sz=24), jc="center"),
        p("投保了机动车第三者责任保险或者车上人员责任保险的机动车，可投保本附加险。"),
        head("保险责任"),
        p(
            "保险期间内，被保险人或者其允许的驾驶人在使用被保险机动车过程中，发生主险保险事故，对于被保险人依照中华人民共和国法律应对第三者或者车上人员承担的医疗费用，保险人对超出《道路交通事故受伤人员临床诊疗指南》和国家基本医疗保险标准的部分负责赔偿。"
        ),
        head("责任免除"),
        p(r("下列损失、费用，保险人不负责赔偿：", **wave)),
        p(r("（一）在相同保障的其他保险项下可获得赔偿的部分；", **wave)),
        p(r("（二）所诊治伤情与主险保险事故无关联的医疗、医药费用；", **wave)),
        p(r("（三）特需医疗类费用。", **wave)),
        head("赔偿限额"),
        p("赔偿限额由投保人和保险人在投保时协商确定，并在保险单中载明。"),
        head("赔偿处理"),
        p(
            "被保险人索赔时，应当提供由具备医疗机构执业许可的医院出具的诊断证明、费用明细和原始票据。保险人在赔偿限额内按照实际发生的费用计算赔偿。"
        ),
        head("其他事项"),
        p("本附加险条款与主险条款相抵触之处，以本附加险条款为准；本附加险条款未尽之处，以主险条款为准。"),
    ]
    return Doc("disc0115-11-motor-riders.docx", "机动车商业保险附加险条款", 21, body)


def doc12() -> Doc:
    # not emphasised: character style 强调 (bold) -> 条款引用 (bold off, blue); exclusion runs use 条款引用
    styles = [
        Style("Strong2", "强调", kind="character", rpr={"b": True}),
        Style("ClauseRef", "条款引用", kind="character", based_on="Strong2", rpr={"b": False, "color": "2F5496"}),
        Style("ParenHead", "括号标题", based_on="Normal", rpr={"b": True}),
    ]
    ph = "ParenHead"
    cr = {"rStyle": "ClauseRef"}
    body: list[P | T] = [
        title("瑞安财产保险股份有限公司"),
        title("团体门急诊医疗保险条款"),
        note("注册号：C00083362912026020914F"),
        p("（一）被保险人", style=ph),
        p(
            "投保单位的在职人员、退休人员，以及与投保单位签订劳动合同的其他人员，身体健康、能正常工作的，可作为本保险合同的被保险人。投保单位投保时，参保人数应当占其符合投保条件人数的百分之七十五以上，且不少于五人。"
        ),
        p("（二）保险责任", style=ph),
        p(
            "在保险期间内，被保险人因意外伤害或者疾病，在二级及以上公立医院接受门诊、急诊治疗的，对其发生的符合当地社会基本医疗保险支付范围的合理医疗费用，保险人在扣除每次一百元免赔额后，按照百分之八十的比例给付门急诊医疗保险金，在保险单载明的保险金额内累计给付。"
        ),
        p("（三）责任免除", style=ph),
        p(r("因下列情形之一导致被保险人支出门急诊医疗费用的，保险人不承担给付保险金责任：", **cr)),
        p(r("1. 被保险人在投保前已患有的慢性病的门诊复诊、配药费用；", **cr)),
        p(r("2. 洁牙、补牙、镶牙、正畸等牙科治疗，验光、配镜等视力矫正；", **cr)),
        p(r("3. 健康体检、疫苗接种、心理咨询、保健品及营养品；", **cr)),
        p(r("4. 被保险人在非指定医疗机构、药店自行购药的费用。", **cr)),
        p("（四）保险期间", style=ph),
        p(
            "本保险合同的保险期间为一年，以保险单载明的起讫时间为准。保险期间内新增被保险人的，保险责任自保险人同意承保的次日零时起开始。"
        ),
        p("（五）保险费", style=ph),
        p("保险费按照被保险人人数、年龄构成和约定的保险金额计算，由投保单位一次性交付，或者按照约定分期交付。"),
        p("（六）保险金申请与给付", style=ph),
        p(
            "申请门急诊医疗保险金时，申请人应当提供门急诊病历、医疗费用发票、费用明细清单和社会基本医疗保险结算单据。保险人收到完整资料后五个工作日内作出核定。"
        ),
        p("（七）释义", style=ph),
        p("门急诊：指被保险人在医院门诊部或者急诊部接受的、不需要办理入院手续的治疗。"),
        p("慢性病：指在投保前已确诊、需要长期药物治疗或者定期复诊的疾病，如高血压、糖尿病、慢性胃炎。"),
    ]
    return Doc("disc0115-12-group-outpatient.docx", "团体门急诊医疗保险条款", 21, body, styles)


def doc13() -> Doc:
    # emphasised: numbered exclusions in a paragraph style three deep
    # (条款基础 size -> 列表基础 numbering -> 免责列表 bold); the lead-in is bold directly
    numbering = [Numbering(93, "decimal", "%1．")]
    styles = [
        Style("ClauseBase", "条款基础", based_on="Normal", rpr={"sz": 21}),
        Style("ListBase", "列表基础", based_on="ClauseBase", num=(93, 0)),
        Style("ExclList", "免责列表", based_on="ListBase", rpr={"b": True}),
        Style("LevelHead", "三级标题", based_on="ClauseBase", rpr={"b": True, "sz": 24}),
    ]
    lh = "LevelHead"
    el = "ExclList"
    cb = "ClauseBase"
    body: list[P | T] = [
        title("禾丰财产保险股份有限公司"),
        title("能繁母猪养殖保险条款"),
        note("（禾丰财险〔2026〕农险备案第207号）"),
        p("保险标的", style=lh),
        p(
            "同时符合下列条件的能繁母猪，可作为本保险合同的保险标的：存栏量在三十头以上的规模养殖场饲养；品种为当地畜牧部门认可的品种，体重在一百公斤以上，八月龄以上四周岁以下；已按规定佩戴耳标，并按免疫程序接种疫苗。",
            style=cb,
        ),
        p("保险责任", style=lh),
        p(
            "在保险期间内，由于重大病害、自然灾害、意外事故，以及当地县级以上政府为防控重大疫情依法实施的强制扑杀，导致保险母猪直接死亡的，保险人按照本保险合同的约定负责赔偿。",
            style=cb,
        ),
        p("责任免除", style=lh),
        p(r("下列原因造成保险母猪死亡的，保险人不负责赔偿：", b=True), style=cb),
        p("投保人、被保险人及其家庭成员、饲养人员的故意或者重大过失行为、管理不善；", style=el),
        p("他人的恶意破坏行为，以及保险母猪被盗、被抢、走失；", style=el),
        p("保险母猪在疾病观察期内患有保险责任范围内的疾病；", style=el),
        p("未按畜牧部门规定进行免疫接种，或者发病后不及时治疗；", style=el),
        p("保险母猪死亡后，被保险人未进行无害化处理的。", style=el),
        p("保险金额和保险费", style=lh),
        p(
            "每头保险母猪的保险金额为一千五百元，保险费为九十元，其中财政补贴百分之八十，养殖户自交百分之二十。",
            style=cb,
        ),
        p("保险期间", style=lh),
        p("保险期间为一年，以保险单载明的起讫时间为准。疾病观察期为二十日，续保无观察期。", style=cb),
        p("赔偿处理", style=lh),
        p(
            "保险母猪发生保险事故后，被保险人应当在二十四小时内通知保险人，并保护现场。保险人会同畜牧兽医部门查勘定损，按照每头保险金额与死亡时的月龄赔偿比例计算赔款。",
            style=cb,
        ),
    ]
    return Doc("disc0115-13-sow-livestock.docx", "能繁母猪养殖保险条款", 20, body, styles, numbering)


def doc14() -> Doc:
    # emphasised: paragraph style bold with every spelling of "on" (1, true, on) in direct runs, a bold-off
    # whitespace run, and a hidden exclusion in the sum-insured section under a thick underline
    styles = [
        Style("SecNum", "序号标题", based_on="Normal", rpr={"b": True}),
        Style("ExclBold", "免责加粗", based_on="Normal", rpr={"b": True}),
    ]
    sn = "SecNum"
    eb = "ExclBold"
    body: list[P | T] = [
        title("恒远财产保险股份有限公司"),
        title("建筑施工人员团体意外伤害保险条款"),
        note("注册号：H00014456712026061029M"),
        p("一、被保险人", style=sn),
        p(
            "在建筑工程施工现场从事管理和作业、并与施工企业建立劳动关系的人员，可作为本保险合同的被保险人。投保人为施工企业。"
        ),
        p("二、保险责任", style=sn),
        p(
            "在保险期间内，被保险人在施工现场从事与建筑施工相关的工作时，或者在施工期间的指定生活区域内遭受意外伤害，保险人按照约定给付意外身故保险金、意外伤残保险金，并在意外医疗保险金额内给付合理医疗费用。"
        ),
        p("三、责任免除", style=sn),
        p("因下列原因之一导致被保险人身故、伤残或者支出医疗费用的，保险人不承担给付保险金责任：", style=eb),
        p(r("（一）被保险人故意自伤、自杀、斗殴、醉酒，或者故意犯罪；", b="1"), style=eb),
        p(
            r("（二）被保险人未按规定佩戴安全帽、系安全带等安全防护用品，且该行为与伤害有直接因果关系；", b="true"),
            style=eb,
        ),
        p(r("（三）被保险人无相应特种作业资格而从事特种作业；", b="on"), r("　", b=False), style=eb),
        p("（四）被保险人因疾病、中暑、猝死导致的身故或者伤残；", style=eb),
        p("（五）地震、战争、军事冲突、核辐射。", style=eb),
        p("四、保险金额", style=sn),
        p(
            "每一被保险人的意外身故伤残保险金额和意外医疗保险金额，由投保人与保险人协商确定，并在保险单中载明。",
            r(
                "同一被保险人在保险人处投保多份本保险的，超过最高一份保险金额的部分，保险人不承担给付保险金责任。",
                u="thick",
            ),
        ),
        p("五、保险费", style=sn),
        p("保险费按照工程合同造价或者建筑面积计算，也可以按照被保险人人数计算，由投保人在本保险合同成立时一次交清。"),
        p("六、保险期间", style=sn),
        p("保险期间自工程开工之日起至工程竣工验收合格之日止，最长不超过五年，以保险单载明的起讫时间为准。"),
        p("七、保险金申请与给付", style=sn),
        p(
            "申请保险金时，申请人应当提供保险单、被保险人身份证明、施工单位出具的事故经过说明、医疗机构出具的诊断证明和医疗费用收据。"
        ),
        p("八、争议处理", style=sn),
        p("因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向保险单载明的工程所在地人民法院起诉。"),
        p("九、释义", style=sn),
        p("施工现场：指施工企业进行工程施工作业的、经主管部门批准占用的区域。"),
        p("特种作业：指电工、焊接与热切割、高处作业、起重机械操作等经主管部门认定的作业。"),
    ]
    return Doc("disc0115-14-construction-group-accident.docx", "建筑施工人员团体意外伤害保险条款", 21, body, styles)


def doc15() -> Doc:
    # not emphasised: the exclusion chapter is bold and larger, but a hidden exclusion in the claims chapter
    # is set like ordinary body text
    styles = [Style("ExclStrong", "免责醒目", based_on="Normal", rpr={"b": True, "sz": 22})]
    es = "ExclStrong"
    body: list[P | T] = [
        title("北辰财产保险股份有限公司"),
        title("住院津贴保险条款"),
        note("注册号：C00070318822026110225H"),
        head("第一章　被保险人"),
        p("第一条　出生满三十日至六十五周岁，身体健康、能正常工作或者正常生活的自然人，可作为本合同的被保险人。"),
        head("第二章　保险责任"),
        p(
            "第二条　在保险期间内，被保险人因意外伤害或者在等待期后因疾病，经二级及以上医院诊断必须住院治疗的，保险人按照被保险人的实际住院天数扣除三日免赔天数后，乘以住院津贴日额给付住院津贴保险金；每次住院给付天数以九十日为限，保险期间内累计给付天数以一百八十日为限。"
        ),
        head("第三章　责任免除"),
        p("第三条　因下列情形之一导致被保险人住院的，保险人不承担给付保险金责任：", style=es),
        p("（一）投保前已患有的疾病，但投保时已如实告知且保险人同意承保的除外；", style=es),
        p("（二）被保险人醉酒、斗殴，或者因酒后驾驶、无证驾驶发生事故；", style=es),
        p("（三）被保险人怀孕、流产、分娩，以及整形、美容手术；", style=es),
        p("（四）被保险人在疗养院、康复医院、护理机构、家庭病床接受治疗。", style=es),
        head("第四章　保险金额"),
        p(
            "第四条　住院津贴日额由投保人和保险人在投保时约定，分为每日一百元、一百五十元、二百元三档，并在保险单中载明。"
        ),
        head("第五章　保险费"),
        p(
            "第五条　保险费可以按年一次交付，也可以按月交付；按月交付的，首期保险费交付后合同生效，以后各期应当在每月应交日交付。"
        ),
        head("第六章　保险期间"),
        p("第六条　本合同的保险期间为一年，等待期为三十日，续保不设等待期。"),
        head("第七章　保险金申请与给付"),
        p("第七条　申请住院津贴保险金时，申请人应当提供住院病历、出院小结、住院费用结算单等证明住院天数的资料。"),
        p(
            "第八条　被保险人未在出院后一年内提出申请，致使住院事实无法核实的，保险人对无法核实的住院天数不承担给付保险金责任。"
        ),
        head("第八章　争议处理"),
        p(
            "第九条　因履行本合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁委员会仲裁，或者依法向人民法院起诉。"
        ),
        head("第九章　释义"),
        p(
            "第十条　住院：指被保险人因疾病或者意外伤害，经医院正式办理入院手续，入住病房进行治疗，且入院和出院手续齐全。不包括挂床住院、门诊观察室留观。"
        ),
    ]
    return Doc("disc0115-15-hospital-cash.docx", "住院津贴保险条款", 21, body, styles)


DOCS: list[Doc] = [
    doc01(),
    doc02(),
    doc03(),
    doc04(),
    doc05(),
    doc06(),
    doc07(),
    doc08(),
    doc09(),
    doc10(),
    doc11(),
    doc12(),
    doc13(),
    doc14(),
    doc15(),
]


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else HERE
    out_dir.mkdir(parents=True, exist_ok=True)
    for spec in DOCS:
        (out_dir / spec.file).write_bytes(build(spec))
    print(f"wrote {len(DOCS)} documents to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

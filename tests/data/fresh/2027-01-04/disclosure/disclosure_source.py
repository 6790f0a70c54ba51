"""Hand-written clause documents for the 2027-01-04 blind disclosure set (s15-fresh-i).

Standard library only: make_disclosure.py (python-docx) builds the .docx files from it and
validate_disclosure.py (standard library) recomputes every label from the built XML.

Each document: file, title, product, family (heading form), emphasized / missing (the author's labels),
mechanism (how emphasis is carried or imitated), excl_body (which text counts as the body of an exclusion
clause), defaults (docDefaults rPr), normal (Normal style rPr), styles, numbering, body.
Paragraph: P(runs..., style=, sec=[codes its heading/label opens], excl=True for an exclusion-clause body,
pmark={paragraph-mark rPr}, num=numId). Run: plain str, or R(text, b=, u=, sz=, i=, color=, highlight=,
shd=, bCs=, szCs=, rStyle=). Table: T(rows of cells of paragraphs).
Insurers and registration numbers are invented.
"""

from __future__ import annotations

SECTION_ORDER = ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD",
                 "CLAIMS", "DISPUTES", "DEFINITIONS"]


def R(text: str, **props: object) -> dict:
    return {"text": text, **props}


def P(*runs: object, style: str | None = None, sec: tuple | list = (), excl: bool = False,
      pmark: dict | None = None, num: int | None = None, align: str | None = None) -> dict:
    return {"runs": [r if isinstance(r, dict) else {"text": r} for r in runs], "style": style,
            "sec": list(sec), "excl": excl, "pmark": pmark, "num": num, "align": align}


def T(*rows: list) -> dict:
    return {"table": [list(r) for r in rows]}


DOCS: list[dict] = []

# ---------------------------------------------------------------------------------------------------
# d01 机动车商业保险 — 第X章/第X条; emphasis through a paragraph style whose basedOn parent is plain.
DOCS.append(dict(
    file="d01_jidongche_shangye.docx",
    title="岳川财产保险股份有限公司机动车商业保险示范条款（2026版）",
    product="机动车商业险", family="第X章 / 第X条",
    emphasized=True, missing=[],
    mechanism="exclusion items in paragraph style MianZeTiao (b=1) basedOn TiaoKuanZhengWen (plain) basedOn Normal",
    excl_body="第二十四条 lead-in and its items （一）–（五）; the 第X章 heading is not body",
    defaults={"sz": 21},
    styles=[
        dict(id="BiaoTi", type="paragraph", based="Normal", rpr={"b": True, "sz": 32}),
        dict(id="ZhangBiaoTi", type="paragraph", based="Normal", rpr={"b": True, "sz": 24}),
        dict(id="TiaoKuanZhengWen", type="paragraph", based="Normal", rpr={}),
        dict(id="MianZeTiao", type="paragraph", based="TiaoKuanZhengWen", rpr={"b": True}),
    ],
    body=[
        P("岳川财产保险股份有限公司", style="BiaoTi", align="center"),
        P("机动车商业保险条款（2026版）", style="BiaoTi", align="center"),
        P("注册号：C00031202612260417", style="TiaoKuanZhengWen"),
        P("第一章 总则", style="ZhangBiaoTi"),
        P("第一条 本保险合同由投保单、保险单、本条款及批单组成。凡涉及本保险合同的约定，均应采用书面形式。", style="TiaoKuanZhengWen"),
        P("第二条 本保险合同中的被保险机动车是指在中华人民共和国境内（不含港、澳、台地区）行驶，以动力装置驱动或者牵引，上道路行驶的供人员乘用或者用于运送物品的轮式车辆。", style="TiaoKuanZhengWen", sec=["INSURED_SCOPE"]),
        P("第二章 机动车损失保险", style="ZhangBiaoTi"),
        P("保险责任", style="ZhangBiaoTi", sec=["COVERAGE"]),
        P("第三条 保险期间内，被保险人或被保险机动车驾驶人在使用被保险机动车过程中，因自然灾害、意外事故造成被保险机动车直接损失，且不属于免除保险人责任的范围，保险人依照本保险合同的约定负责赔偿。", style="TiaoKuanZhengWen"),
        P("第四条 发生保险事故时，被保险人为防止或者减少被保险机动车的损失所支付的必要的、合理的施救费用，由保险人承担；施救费用数额在被保险机动车损失赔偿金额以外另行计算，最高不超过保险金额。", style="TiaoKuanZhengWen"),
        P("责任免除", style="ZhangBiaoTi", sec=["EXCLUSIONS"]),
        P("第五条 在上述保险责任范围内，下列情况下，不论任何原因造成被保险机动车的任何损失和费用，保险人均不负责赔偿：", style="MianZeTiao", excl=True),
        P("（一）事故发生后，被保险人或驾驶人故意破坏、伪造现场，毁灭证据；", style="MianZeTiao", excl=True),
        P("（二）驾驶人饮酒、吸食或注射毒品、服用国家管制的精神药品或者麻醉药品；", style="MianZeTiao", excl=True),
        P("（三）驾驶人无驾驶证，驾驶证被依法扣留、暂扣、吊销、注销期间驾驶；", style="MianZeTiao", excl=True),
        P("（四）被保险机动车被转让、改装、加装或改变使用性质等，导致危险程度显著增加，且未及时通知保险人；", style="MianZeTiao", excl=True),
        P("（五）因零部件的自然磨损、朽蚀、腐蚀、故障、本身质量缺陷造成的损失。", style="MianZeTiao", excl=True),
        P("保险金额", style="ZhangBiaoTi", sec=["SUM_INSURED"]),
        P("第六条 保险金额按投保时被保险机动车的实际价值确定。实际价值由投保时的新车购置价减去折旧金额后的价格协商确定。", style="TiaoKuanZhengWen"),
        P("第三章 通用条款", style="ZhangBiaoTi"),
        P("第七条 保险期间", style="ZhangBiaoTi", sec=["PERIOD"]),
        P("除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。", style="TiaoKuanZhengWen"),
        P("第八条 保险费", style="ZhangBiaoTi", sec=["PREMIUM"]),
        P("投保人应当在本保险合同成立时交清保险费；保险费交清前发生的保险事故，保险人不承担赔偿责任。保险费按保险人报经监管部门批准的费率方案计算。", style="TiaoKuanZhengWen"),
        P("第九条 赔偿处理", style="ZhangBiaoTi", sec=["CLAIMS"]),
        P("发生保险事故后，被保险人应当及时采取合理的、必要的施救和保护措施，并在保险事故发生后48小时内通知保险人。被保险人索赔时，应当向保险人提供与确认保险事故的性质、原因、损失程度等有关的证明和资料。", style="TiaoKuanZhengWen"),
        P("第十条 争议处理", style="ZhangBiaoTi", sec=["DISPUTES"]),
        P("因履行本保险合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁委员会仲裁；保险单未载明仲裁机构且争议发生后未达成仲裁协议的，依法向人民法院起诉。", style="TiaoKuanZhengWen"),
        P("第四章 释义", style="ZhangBiaoTi", sec=["DEFINITIONS"]),
        P("【使用被保险机动车过程】指被保险机动车作为一种工具被使用的整个过程，包括行驶、停放及作业，但不包括在营业场所被维修养护期间、被营业单位拖带或被吊装等施救期间。", style="TiaoKuanZhengWen"),
        P("【自然灾害】指对人类以及人类赖以生存的环境造成破坏性影响的自然现象，包括雷击、暴风、暴雨、洪水、龙卷风、冰雹、台风、热带风暴、地陷、崖崩、滑坡、泥石流、雪崩、冰陷、暴雪、冰凌、沙尘暴、地震及其次生灾害等。", style="TiaoKuanZhengWen"),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d02 家庭财产保险 — 一、二、 headings; exclusions only coloured red (colour is no emphasis).
DOCS.append(dict(
    file="d02_jiating_caichan.docx",
    title="和煦财产保险股份有限公司家庭财产综合保险条款",
    product="家财险", family="一、二、 headings",
    emphasized=False, missing=["DEFINITIONS"],
    mechanism="exclusion items direct colour C00000 only; headings bold; body plain",
    excl_body="the lead-in under 四、责任免除 and its items 1–5",
    defaults={"sz": 21},
    styles=[
        dict(id="TiaoKuanBiaoTi", type="paragraph", based="Normal", rpr={"b": True, "sz": 28}),
        dict(id="XiaoBiaoTi", type="paragraph", based="Normal", rpr={"b": True}),
    ],
    body=[
        P("和煦财产保险股份有限公司", style="TiaoKuanBiaoTi", align="center"),
        P("家庭财产综合保险条款", style="TiaoKuanBiaoTi", align="center"),
        P("（备案编号：和煦（备-家财）〔2026〕主2113号）"),
        P("一、保险标的", style="XiaoBiaoTi", sec=["INSURED_SCOPE"]),
        P("本保险承保被保险人所有、使用或保管的，坐落于保险单载明地址内的下列家庭财产：（一）房屋及其室内附属设备；（二）室内装潢；（三）家用电器、家具、床上用品及衣物。"),
        P("金银、首饰、珠宝、货币、有价证券、票证、文件、书籍、账册、图表、技术资料、电脑软件及资料，以及无法鉴定价值的财产，不属于本保险标的范围。"),
        P("二、保险责任", style="XiaoBiaoTi", sec=["COVERAGE"]),
        P("在保险期间内，由于下列原因造成保险标的的损失，保险人按照本保险合同的约定负责赔偿：火灾、爆炸；雷击、台风、龙卷风、暴风、暴雨、洪水、雪灾、冰雹；空中运行物体坠落，以及外来的建筑物和其他固定物体的倒塌；自来水管道、下水管道和暖气管道突然破裂。"),
        P("三、保险金额", style="XiaoBiaoTi", sec=["SUM_INSURED"]),
        P("房屋及室内附属设备、室内装潢的保险金额由投保人参照实际价值自行确定；室内财产的保险金额由投保人根据当时实际价值分项目自行确定。"),
        P("四、责任免除", style="XiaoBiaoTi", sec=["EXCLUSIONS"]),
        P(R("下列原因造成的损失、费用，保险人不负责赔偿：", color="C00000"), excl=True),
        P(R("1．投保人、被保险人及其家庭成员、家庭雇佣人员、暂居人员的故意或重大过失行为；", color="C00000"), excl=True),
        P(R("2．战争、敌对行为、军事行动、武装冲突、罢工、暴动、恐怖活动；", color="C00000"), excl=True),
        P(R("3．保险标的本身缺陷、保管不善导致的损毁，保险标的的变质、霉烂、受潮、虫咬、自然磨损；", color="C00000"), excl=True),
        P(R("4．家用电器因使用过度、超电压、短路、断路、漏电、自身发热等原因所造成的本身的损毁；", color="C00000"), excl=True),
        P(R("5．房屋长期空置期间（连续空置超过九十日）发生的盗窃损失。", color="C00000"), excl=True),
        P("五、保险期间", style="XiaoBiaoTi", sec=["PERIOD"]),
        P("除另有约定外，本保险合同的保险期间为一年，以保险单载明的起讫时间为准。"),
        P("六、保险费", style="XiaoBiaoTi", sec=["PREMIUM"]),
        P("投保人应按照保险单载明的金额和方式交纳保险费。约定一次性交付保险费的，投保人在约定交费日后交付保险费的，保险人对交费之前发生的保险事故不承担保险责任。"),
        P("七、赔偿处理", style="XiaoBiaoTi", sec=["CLAIMS"]),
        P("保险标的发生保险责任范围内的损失，保险人按照出险时保险标的的实际价值计算赔偿，但最高不超过保险金额。被保险人向保险人请求赔偿的诉讼时效期间为二年，自其知道或者应当知道保险事故发生之日起计算。"),
        P("八、争议处理和法律适用", style="XiaoBiaoTi", sec=["DISPUTES"]),
        P("因履行本保险合同发生的争议，由当事人协商解决。协商不成的，依法向人民法院起诉。本保险合同的争议处理适用中华人民共和国法律（不包括港澳台地区法律）。"),
    ],
))

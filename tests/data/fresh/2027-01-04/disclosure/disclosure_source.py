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

# ---------------------------------------------------------------------------------------------------
# d03 个人意外伤害保险 — 【】 headings; emphasis through a character style whose base carries the underline.
DOCS.append(dict(
    file="d03_geren_yiwai.docx",
    title="泰衡保险股份有限公司个人意外伤害保险条款",
    product="意外险", family="【】 headings",
    emphasized=True, missing=["PREMIUM"],
    mechanism="exclusion runs use character style MianZeZi (no rPr of its own) basedOn XiaHuaXianJi (u=single)",
    excl_body="the two paragraphs under 【责任免除】 (causes list and the 不承担给付 list)",
    defaults={"sz": 21},
    styles=[
        dict(id="FangKuoHao", type="paragraph", based="Normal", rpr={"b": True}),
        dict(id="XiaHuaXianJi", type="character", based=None, rpr={"u": "single"}),
        dict(id="MianZeZi", type="character", based="XiaHuaXianJi", rpr={}),
    ],
    body=[
        P(R("泰衡保险股份有限公司", b=True, sz=30), align="center"),
        P(R("个人意外伤害保险条款", b=True, sz=30), align="center"),
        P("泰衡〔2026〕意外伤害保险027号"),
        P("【投保范围】", style="FangKuoHao", sec=["INSURED_SCOPE"]),
        P("凡出生满28日至75周岁、身体健康、能正常工作或生活的自然人，可作为被保险人参加本保险。"),
        P("【保险责任】", style="FangKuoHao", sec=["COVERAGE"]),
        P("在保险期间内，被保险人遭受意外伤害事故，并自事故发生之日起180日内因该事故身故的，保险人按意外伤害保险金额给付身故保险金；因该事故造成《人身保险伤残评定标准》所列伤残之一的，保险人按该表所列给付比例乘以意外伤害保险金额给付伤残保险金。"),
        P("【责任免除】", style="FangKuoHao", sec=["EXCLUSIONS"]),
        P(R("因下列原因造成被保险人身故或伤残的，保险人不承担给付保险金责任：投保人对被保险人的故意杀害、故意伤害；被保险人故意自伤、故意犯罪或者抗拒依法采取的刑事强制措施；被保险人殴斗、醉酒，主动吸食或注射毒品；被保险人酒后驾驶、无合法有效驾驶证驾驶，或驾驶无有效行驶证的机动车。", rStyle="MianZeZi"), excl=True),
        P(R("被保险人在下列期间遭受伤害导致身故或伤残的，保险人也不承担给付保险金责任：战争、军事冲突、暴乱或武装叛乱期间；被保险人从事潜水、跳伞、攀岩、蹦极、驾驶滑翔机、探险、摔跤、武术比赛、特技表演、赛马、赛车等高风险运动期间。", rStyle="MianZeZi"), excl=True),
        P("【保险金额】", style="FangKuoHao", sec=["SUM_INSURED"]),
        P("意外伤害保险金额由投保人、保险人双方约定，并在保险单中载明。保险金额一经确定，在保险期间内不得变更。"),
        P("【保险期间】", style="FangKuoHao", sec=["PERIOD"]),
        P("保险期间为一年或不超过一年，以保险单载明的起讫时间为准。"),
        P("【保险金申请与给付】", style="FangKuoHao", sec=["CLAIMS"]),
        P("保险事故发生后，受益人或被保险人应向保险人提供保险金给付申请书、保险单、被保险人身份证明、公安部门或医疗机构出具的被保险人死亡证明或伤残鉴定书等材料。保险人在收到申请及有关证明和资料后，对属于保险责任的，在与申请人达成协议后十日内履行给付义务。"),
        P("【合同解除】", style="FangKuoHao"),
        P("投保人可以书面形式通知保险人解除合同。保险人自收到解除合同通知书之日起，本合同终止，保险人于收到之日起三十日内向投保人退还保险单的未满期净保费。"),
        P("【争议处理】", style="FangKuoHao", sec=["DISPUTES"]),
        P("合同争议解决方式由当事人在合同约定从下列两种方式中选择一种：因履行本合同发生的争议，由当事人协商解决，协商不成的，提交保险单载明的仲裁机构仲裁；或依法向人民法院起诉。"),
        P("【释义】", style="FangKuoHao", sec=["DEFINITIONS"]),
        P("意外伤害：指以外来的、突发的、非本意的和非疾病的客观事件为直接且主要原因致使身体受到的伤害。"),
        P("醉酒：指每百毫升血液的酒精含量大于或等于80毫克。"),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d04 百万医疗（短期健康） — numbered 1. / 1.1; bold turned off in a derived paragraph style.
DOCS.append(dict(
    file="d04_baiwan_yiliao.docx",
    title="康泽健康保险股份有限公司百万住院医疗保险条款",
    product="百万医疗（一年期）", family="numbered 1. / 1.1",
    emphasized=False, missing=["DISPUTES"],
    mechanism="exclusion items in paragraph style ChuWaiZhengWen (b=0) basedOn JiaCuZhengWen (b=1): the derived style turns bold off",
    excl_body="the 3.1 lead-in and items (1)–(6)",
    defaults={"sz": 21},
    styles=[
        dict(id="YiJiBiaoTi", type="paragraph", based="Normal", rpr={"b": True, "sz": 24}),
        dict(id="JiaCuZhengWen", type="paragraph", based="Normal", rpr={"b": True}),
        dict(id="ChuWaiZhengWen", type="paragraph", based="JiaCuZhengWen", rpr={"b": False}),
    ],
    body=[
        P(R("康泽健康保险股份有限公司百万住院医疗保险条款", b=True, sz=28), align="center"),
        P("康泽健康〔2026〕医疗保险〔112〕号"),
        P("1. 被保险人", style="YiJiBiaoTi", sec=["INSURED_SCOPE"]),
        P("1.1 投保时年龄在出生满30日至65周岁，符合保险人投保规定的人士，可作为本合同的被保险人。"),
        P("2. 保险责任", style="YiJiBiaoTi", sec=["COVERAGE"]),
        P("2.1 一般医疗保险金：被保险人在等待期后因疾病或在保险期间内因意外伤害，经医院诊断必须住院治疗的，对于被保险人住院期间实际发生的、必需且合理的住院医疗费用，保险人在扣除年免赔额后按照约定的给付比例给付一般医疗保险金。"),
        P("2.2 重大疾病医疗保险金：被保险人在等待期后初次确诊本合同约定的重大疾病，保险人对必需且合理的医疗费用按100%给付比例给付，重大疾病医疗保险金不受年免赔额限制。"),
        P("3. 责任免除", style="YiJiBiaoTi", sec=["EXCLUSIONS"]),
        P("3.1 因下列情形之一，导致被保险人发生医疗费用的，保险人不承担给付保险金的责任：", style="ChuWaiZhengWen", excl=True),
        P("(1) 投保前已患疾病及其并发症，但投保时已如实告知且经保险人同意承保的除外；", style="ChuWaiZhengWen", excl=True),
        P("(2) 等待期内发生的疾病，或者等待期内出现症状、体征，在等待期后确诊的疾病；", style="ChuWaiZhengWen", excl=True),
        P("(3) 被保险人接受美容、整容、整形手术及其他形式的非功能性整容、矫形手术；", style="ChuWaiZhengWen", excl=True),
        P("(4) 牙齿治疗、镶牙、洗牙，视力矫正手术，配镜；", style="ChuWaiZhengWen", excl=True),
        P("(5) 被保险人怀孕、流产、分娩（含剖宫产）、避孕、绝育手术、治疗不孕不育症；", style="ChuWaiZhengWen", excl=True),
        P("(6) 被保险人未遵医嘱私自服用、涂用、注射药物。", style="ChuWaiZhengWen", excl=True),
        P("4. 保险金额和免赔额", style="YiJiBiaoTi", sec=["SUM_INSURED"]),
        P("4.1 一般医疗保险金额为200万元，重大疾病医疗保险金额为400万元，两项保险金额累计给付以400万元为限。年免赔额为1万元。"),
        P("5. 保险期间", style="YiJiBiaoTi", sec=["PERIOD"]),
        P("5.1 本合同保险期间为一年，自本合同生效日零时开始，至约定终止日二十四时止。本合同为不保证续保合同。"),
        P("6. 保险费", style="YiJiBiaoTi", sec=["PREMIUM"]),
        P("6.1 保险费按被保险人年龄、有无社会医疗保险分档确定；投保人可以选择一次性交付或按月分期交付。分期交付的，投保人未按约定交纳的，本合同自宽限期满日的次日起效力中止。"),
        P("7. 保险金申请", style="YiJiBiaoTi", sec=["CLAIMS"]),
        P("7.1 申请人应向保险人提供保险金给付申请书、被保险人身份证明、医院出具的疾病诊断证明书、出院小结、医疗费用原始凭证及费用明细清单。"),
        P("7.2 保险人在收到保险金给付申请书及合同约定的证明和资料后，在五日内作出核定；情形复杂的，在三十日内作出核定。"),
        P("8. 释义", style="YiJiBiaoTi", sec=["DEFINITIONS"]),
        P("8.1 等待期：自本合同生效日起30日内为等待期。续保或因意外伤害住院的无等待期。"),
        P("8.2 医院：指经中华人民共和国卫生行政部门正式评定的二级或二级以上公立医院的普通部。"),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d05 雇主责任保险 — 第X条 only (no chapters); emphasis by a larger direct size (12 pt on a 10.5 pt body).
DOCS.append(dict(
    file="d05_guzhu_zeren.docx",
    title="衡远财产保险有限公司雇主责任保险条款",
    product="雇主责任险", family="第X条 with in-line 条 headings",
    emphasized=True, missing=["PERIOD", "DEFINITIONS"],
    mechanism="exclusion paragraphs direct sz=24 (12 pt) on a body of sz=21 from docDefaults; no bold",
    excl_body="第六条 and 第七条 (each lead-in and its items)",
    defaults={"sz": 21},
    styles=[],
    body=[
        P(R("衡远财产保险有限公司", b=True, sz=32), align="center"),
        P(R("雇主责任保险条款", b=True, sz=32), align="center"),
        P("注册号：H00029302622026120508"),
        P(R("总则", b=True)),
        P("第一条 本保险合同由保险条款、投保单、保险单、保险凭证以及批单组成。"),
        P("第二条 中华人民共和国境内（不含港澳台地区）依法设立、有固定场所的各类企业、个体工商户以及其他组织，可作为本保险合同的被保险人。被保险人所聘用的员工为本保险合同所称雇员，雇员名单应在投保时载明。", sec=["INSURED_SCOPE"]),
        P(R("保险责任", b=True), sec=["COVERAGE"]),
        P("第三条 在保险期间内，被保险人的雇员在其雇佣期间因从事保险单载明的被保险人的工作而遭受意外事故或患与工作有关的国家规定的职业性疾病所致伤、残或死亡，依照中华人民共和国法律应由被保险人承担的经济赔偿责任，保险人按照本保险合同的约定负责赔偿。"),
        P("第四条 保险事故发生后，被保险人因保险事故而被提起仲裁或者诉讼的，对应由被保险人支付的仲裁或诉讼费用以及事先经保险人书面同意支付的其他必要的、合理的费用，保险人按照本保险合同约定也负责赔偿。"),
        P(R("赔偿限额", b=True), sec=["SUM_INSURED"]),
        P("第五条 每个雇员的死亡、伤残赔偿限额、医疗费用赔偿限额及误工费用赔偿限额由投保人与保险人协商确定，并在保险单中载明。"),
        P(R("责任免除", b=True), sec=["EXCLUSIONS"]),
        P(R("第六条 下列原因造成的损失、费用和责任，保险人不负责赔偿：（一）投保人、被保险人的故意或重大过失行为；（二）战争、敌对行动、军事行为、武装冲突、罢工、骚乱、暴动、恐怖活动；（三）核辐射、核爆炸、核污染及其他放射性污染；（四）被保险人的雇员因自杀、自伤、斗殴、醉酒、吸毒或故意犯罪造成的伤残或死亡。", sz=24), excl=True),
        P(R("第七条 下列损失、费用和责任，保险人也不负责赔偿：（一）被保险人的雇员因非职业性疾病、怀孕、流产、分娩导致的伤残、死亡；（二）被保险人的雇员在工作时间以外从事非工作相关活动遭受的伤害；（三）被保险人对其承包商所雇佣员工的责任；（四）罚款、罚金及惩罚性赔偿。", sz=24), excl=True),
        P(R("保险费", b=True), sec=["PREMIUM"]),
        P("第八条 保险费按照雇员人数乘以每人保险费计算；保险费可以按月、按季或按年交付，具体以保险单载明为准。"),
        P(R("赔偿处理", b=True), sec=["CLAIMS"]),
        P("第九条 被保险人的雇员发生伤亡事故后，被保险人应在知道事故发生后四十八小时内通知保险人，并提供雇员名单、劳动合同或工资发放记录、医疗诊断证明、医疗费用单据、伤残鉴定报告或死亡证明等资料。"),
        P("第十条 保险人收到被保险人的赔偿请求后，应当及时就是否属于保险责任作出核定，并将核定结果通知被保险人；情形复杂的，保险人应当在三十日内作出核定。"),
        P(R("争议处理", b=True), sec=["DISPUTES"]),
        P("第十一条 因履行本保险合同发生的争议，由当事人协商解决。协商不成的，提交保险单载明的仲裁机构仲裁；保险单未载明仲裁机构或者争议发生后未达成仲裁协议的，依法向中华人民共和国人民法院起诉。"),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d06 国内公路货物运输保险 — 一、 headings with a combined heading; highlight + italics only.
DOCS.append(dict(
    file="d06_gonglu_huoyun.docx",
    title="北辰财产保险股份有限公司国内公路货物运输保险条款",
    product="货运险", family="一、 headings, combined 保险金额与保险费",
    emphasized=False, missing=["CLAIMS", "DEFINITIONS"],
    mechanism="exclusion items direct highlight=yellow and i=1; no bold, underline or size",
    excl_body="the lead-in under 三、除外责任 and items （一）–（六）",
    defaults={"sz": 21},
    styles=[dict(id="TiaoMu", type="paragraph", based="Normal", rpr={"b": True, "sz": 22})],
    body=[
        P(R("北辰财产保险股份有限公司", b=True, sz=30), align="center"),
        P(R("国内公路货物运输保险条款", b=True, sz=30), align="center"),
        P("北辰财险（备-货运）〔2026〕主7号"),
        P("一、保险标的", style="TiaoMu", sec=["INSURED_SCOPE"]),
        P("凡在国内经公路运输的货物，均可为本保险之标的。下列货物非经投保人与保险人特别约定，并在保险单上载明，不在保险标的范围以内：金银、珠宝、钻石、玉器、首饰、古币、古玩、古书、古画、邮票、艺术品、稀有金属等珍贵财物。"),
        P("二、保险责任", style="TiaoMu", sec=["COVERAGE"]),
        P("由于下列保险事故造成保险货物的损失和费用，保险人依照本条款约定负责赔偿：（一）火灾、爆炸、雷电、冰雹、暴风、暴雨、洪水、海啸、地陷、崖崩、突发性滑坡、泥石流；（二）由于运输工具发生碰撞、倾覆或隧道、码头坍塌，或在驳运过程中因驳运工具遭受搁浅、触礁、沉没、碰撞；（三）在装货、卸货或转载时因意外事故造成的损失；（四）在发生上述灾害事故时，因纷乱造成货物的散失以及因施救或保护货物所支付的直接合理的费用。"),
        P("三、除外责任", style="TiaoMu", sec=["EXCLUSIONS"]),
        P(R("由于下列原因造成保险货物的损失，保险人不负赔偿责任：", highlight="yellow", i=True), excl=True),
        P(R("（一）战争、军事行动、扣押、罢工、哄抢和暴动；", highlight="yellow", i=True), excl=True),
        P(R("（二）盗窃、整件提货不着；", highlight="yellow", i=True), excl=True),
        P(R("（三）在保险责任开始前，保险货物已存在的品质不良或数量短差所造成的损失；", highlight="yellow", i=True), excl=True),
        P(R("（四）保险货物的自然损耗，本质缺陷、特性所引起的污染、变质、损坏，以及货物包装不善；", highlight="yellow", i=True), excl=True),
        P(R("（五）市价跌落、运输延迟所引起的损失；", highlight="yellow", i=True), excl=True),
        P(R("（六）投保人、被保险人的故意行为或过失。", highlight="yellow", i=True), excl=True),
        P("四、责任起讫", style="TiaoMu", sec=["PERIOD"]),
        P("保险责任自签发保险凭证和保险货物运离起运地发货人的最后一个仓库或储存处所时起，至该保险凭证上注明的目的地的收货人在当地的第一个仓库或储存处所时终止。但保险货物运抵目的地后，如果收货人未及时提货，则保险责任的终止期最多延长至以收货人接到《到货通知单》后的十五天为限。"),
        P("五、保险金额与保险费", style="TiaoMu", sec=["SUM_INSURED", "PREMIUM"]),
        P("保险金额按货价或货价加运杂费确定。保险费按保险金额乘以保险费率计算，投保人应在签发保险凭证时一次交清。"),
        P("六、投保人、被保险人义务", style="TiaoMu"),
        P("投保人、被保险人应严格遵守国家及交通运输部门关于安全运输的各项规定；货物运输包装必须符合国家和主管部门规定的标准。"),
        P("七、争议处理", style="TiaoMu", sec=["DISPUTES"]),
        P("因履行本保险合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁机构仲裁，或依法向人民法院起诉。"),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d07 蔬菜大棚保险（农险） — 第X条 under 【】-less plain headings; emphasis by a wavy underline from a character style.
DOCS.append(dict(
    file="d07_shucai_dapeng.docx",
    title="丰穗农业保险股份有限公司设施蔬菜大棚保险条款",
    product="农险（大棚）", family="第X章 / 第X条",
    emphasized=True, missing=[],
    mechanism="exclusion runs in character style BoLangXian (u=wave, colour 1F4E79); Word counts any underline kind",
    excl_body="第十条 and 第十一条 (lead-ins and items)",
    defaults={"sz": 21},
    styles=[
        dict(id="ZhangMing", type="paragraph", based="Normal", rpr={"b": True, "sz": 26}),
        dict(id="BoLangXian", type="character", based=None, rpr={"u": "wave", "color": "1F4E79"}),
    ],
    body=[
        P(R("丰穗农业保险股份有限公司", b=True, sz=32), align="center"),
        P(R("设施蔬菜大棚保险条款", b=True, sz=32), align="center"),
        P("（注册号：F00018302626120700311）"),
        P("第一章 总则", style="ZhangMing"),
        P("第一条 本保险合同由保险条款、投保单、保险单、保险凭证、分户标的清单以及批单组成。"),
        P("第二章 保险标的", style="ZhangMing", sec=["INSURED_SCOPE"]),
        P("第二条 本保险合同的保险标的为种植在钢架结构塑料大棚、日光温室内的蔬菜，以及大棚、温室的棚体骨架和棚膜。投保的大棚必须结构完整、经当地农业部门认定符合生产标准。"),
        P("第三章 保险责任", style="ZhangMing", sec=["COVERAGE"]),
        P("第三条 在保险期间内，由于下列原因直接造成保险大棚棚体、棚膜损毁，或棚内蔬菜死亡、减产，损失率达到20%以上的，保险人按照本保险合同的约定负责赔偿：（一）暴雨、洪水、内涝；（二）风灾、冰雹、暴雪、冻灾；（三）火灾、雷击。"),
        P("第四章 责任免除", style="ZhangMing", sec=["EXCLUSIONS"]),
        P(R("第十条 下列原因造成的损失、费用，保险人不负责赔偿：（一）投保人、被保险人及其家庭成员、雇佣人员的故意或重大过失行为、管理不善；（二）他人的恶意破坏行为；（三）行政行为或司法行为；（四）病虫害、鼠害；（五）大棚、温室结构本身的设计、施工质量缺陷或年久失修。", rStyle="BoLangXian"), excl=True),
        P(R("第十一条 下列损失、费用，保险人也不负责赔偿：（一）保险蔬菜在收获后的损失；（二）因价格下跌造成的收入减少；（三）本保险合同中载明的免赔额。", rStyle="BoLangXian"), excl=True),
        P("第五章 保险金额与保险费", style="ZhangMing", sec=["SUM_INSURED", "PREMIUM"]),
        P("第十二条 棚体骨架与棚膜的每亩保险金额、棚内蔬菜的每亩保险金额，参照当地平均生产成本确定，并在保险单中载明。"),
        P("第十三条 保险费由各级财政按规定比例补贴，其余部分由投保人交纳。投保人应当在保险单约定的期限内交清其承担的部分。"),
        P("第六章 保险期间", style="ZhangMing", sec=["PERIOD"]),
        P("第十四条 本保险合同的保险期间为一年，以保险单载明的起讫时间为准。"),
        P("第七章 赔偿处理", style="ZhangMing", sec=["CLAIMS"]),
        P("第十五条 保险事故发生后，被保险人应及时通知保险人。保险人应会同被保险人及村级协保员进行查勘定损，损失核定后，保险人将赔款支付至被保险人的个人账户，并在村内公示理赔结果。"),
        P("第八章 争议处理和法律适用", style="ZhangMing", sec=["DISPUTES"]),
        P("第十六条 因履行本保险合同发生的争议，由当事人协商解决；协商不成的，可以向当地农业保险纠纷调解组织申请调解，或依法向人民法院起诉。"),
        P("第九章 释义", style="ZhangMing", sec=["DEFINITIONS"]),
        P("第十七条 损失率：指单位面积平均损失产量与单位面积平均正常年景产量的比值。"),
        P("第十八条 冻灾：指因气温骤降至作物生长发育所能忍受的临界温度以下，导致作物受害的现象。"),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d08 境内旅行意外保险 — 【】 headings; grey shading on the exclusions and a bold paragraph mark only.
DOCS.append(dict(
    file="d08_jingnei_lvxing.docx",
    title="远帆保险股份有限公司境内旅行意外伤害保险条款",
    product="旅行险", family="【】 headings",
    emphasized=False, missing=["SUM_INSURED", "DEFINITIONS"],
    mechanism="exclusion runs direct shd fill D9D9D9; each exclusion paragraph's mark carries b=1 and sz=28 (pPr/rPr), which formats only the pilcrow",
    excl_body="the three paragraphs under 【不保事项】",
    defaults={"sz": 21},
    styles=[dict(id="KuoHaoBiaoTi", type="paragraph", based="Normal", rpr={"b": True})],
    body=[
        P(R("远帆保险股份有限公司境内旅行意外伤害保险条款", b=True, sz=30), align="center"),
        P("远帆〔2026〕意外伤害保险019号"),
        P("【被保险人】", style="KuoHaoBiaoTi", sec=["INSURED_SCOPE"]),
        P("年满2周岁至80周岁、在中华人民共和国境内（不含港澳台地区）旅行的自然人，可作为被保险人。"),
        P("【保险责任】", style="KuoHaoBiaoTi", sec=["COVERAGE"]),
        P("在保险期间内，被保险人在旅行途中遭受意外伤害，并因此身故、伤残或发生必要合理的医疗费用的，保险人按照保险单载明的项目和金额承担保险责任。旅行途中因自然灾害、交通延误产生的额外住宿费用，在保险单约定的限额内给予补偿。"),
        P("【不保事项】", style="KuoHaoBiaoTi", sec=["EXCLUSIONS"]),
        P(R("被保险人因下列原因之一遭受伤害的，保险人不承担保险责任：故意自伤、自杀（但被保险人自杀时为无民事行为能力人的除外）；醉酒、斗殴、吸毒；妊娠、流产、分娩；猝死、中暑以外的疾病。", shd="D9D9D9"), pmark={"b": True, "sz": 28}, excl=True),
        P(R("被保险人在参加潜水、滑雪、攀岩、漂流、热气球、蹦极、探险等高风险运动期间遭受的伤害，保险人不承担保险责任，但保险单另有约定并已加收保险费的除外。", shd="D9D9D9"), pmark={"b": True, "sz": 28}, excl=True),
        P(R("被保险人前往政府有关部门发布风险警示、禁止前往的地区旅行期间发生的损失，保险人不承担保险责任。", shd="D9D9D9"), pmark={"b": True, "sz": 28}, excl=True),
        P("【保险期间】", style="KuoHaoBiaoTi", sec=["PERIOD"]),
        P("保险期间自被保险人踏上保险单载明的旅程时开始，至旅程结束返回出发地时终止，最长不超过保险单载明的天数。"),
        P("【保险费】", style="KuoHaoBiaoTi", sec=["PREMIUM"]),
        P("保险费根据旅行天数和所选保障计划计算，投保人应在投保时一次交清。保险责任开始前，投保人要求解除合同的，保险人退还全部保险费。"),
        P("【理赔】", style="KuoHaoBiaoTi", sec=["CLAIMS"]),
        P("被保险人或受益人申请保险金时，应提供保险单号、身份证明、旅行行程证明、医疗机构出具的诊断证明及费用收据；身故的，还应提供死亡证明及户籍注销证明。"),
        P("【争议解决】", style="KuoHaoBiaoTi", sec=["DISPUTES"]),
        P("本合同履行过程中发生争议的，双方协商解决；协商不成的，依法向被告住所地人民法院起诉。"),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d09 宠物责任与医疗保险 — numbered 1. headings; exclusions in a two-column table, bold direct in the cells.
DOCS.append(dict(
    file="d09_chongwu.docx",
    title="安和财产保险有限公司犬只责任及宠物医疗保险条款",
    product="宠物险", family="numbered 1. headings, exclusions in a table",
    emphasized=True, missing=["PREMIUM", "DISPUTES"],
    mechanism="exclusions in a table (序号 | 内容); the 内容 cells are direct b=1; the 序号 cells are plain numbers",
    excl_body="the lead-in paragraph under 4. and the 内容 cell of each table row (not the 序号 cells)",
    defaults={"sz": 21},
    styles=[dict(id="BianHaoBiaoTi", type="paragraph", based="Normal", rpr={"b": True, "sz": 24})],
    body=[
        P(R("安和财产保险有限公司", b=True, sz=30), align="center"),
        P(R("犬只责任及宠物医疗保险条款", b=True, sz=30), align="center"),
        P("注册号：A00051302626120812"),
        P("1. 投保范围", style="BianHaoBiaoTi", sec=["INSURED_SCOPE"]),
        P("年满三个月至十岁、已按当地规定办理犬只登记并按时接种狂犬疫苗的家养犬、猫，其饲养人可作为被保险人投保本保险。"),
        P("2. 保险责任", style="BianHaoBiaoTi", sec=["COVERAGE"]),
        P("2.1 第三者责任：在保险期间内，被保险人饲养的宠物在中华人民共和国境内造成第三者人身伤亡或财产损失，依法应由被保险人承担的经济赔偿责任，保险人负责赔偿。"),
        P("2.2 宠物医疗：被保险宠物在保险期间内因意外伤害或疾病在合法宠物医院接受治疗所发生的合理医疗费用，保险人扣除每次事故免赔额后按70%比例赔偿。"),
        P("3. 赔偿限额", style="BianHaoBiaoTi", sec=["SUM_INSURED"]),
        P("第三者责任每次事故赔偿限额为5万元，累计赔偿限额为10万元；宠物医疗费用累计赔偿限额为5000元，每次事故免赔额为200元。"),
        P("4. 责任免除", style="BianHaoBiaoTi", sec=["EXCLUSIONS"]),
        P(R("下列损失、费用和责任，保险人不负责赔偿：", b=True), excl=True),
        T(
            [[P("序号")], [P("内容")]],
            [[P("（1）")], [P(R("被保险人或其家庭成员故意唆使、纵容宠物伤人，或遛犬时未按规定使用牵引绳造成的损失；", b=True), excl=True)]],
            [[P("（2）")], [P(R("被保险人饲养的宠物属于当地禁止饲养的烈性犬品种；", b=True), excl=True)]],
            [[P("（3）")], [P(R("宠物绝育、美容、洗澡、寄养、驱虫、疫苗接种以及先天性、遗传性疾病的费用；", b=True), excl=True)]],
            [[P("（4）")], [P(R("被保险人及其家庭成员自身被宠物咬伤、抓伤的损失。", b=True), excl=True)]],
        ),
        P("5. 保险期间", style="BianHaoBiaoTi", sec=["PERIOD"]),
        P("保险期间为一年，自保险单载明的起保日零时起至期满日二十四时止。宠物医疗责任自起保日起设三十日等待期，意外伤害无等待期。"),
        P("6. 理赔", style="BianHaoBiaoTi", sec=["CLAIMS"]),
        P("发生保险事故后，被保险人应在48小时内通过保险人客服电话或线上渠道报案，并提供宠物照片、犬只登记证明、宠物医院病历及发票、第三者伤情证明或财产损失清单。"),
        P("7. 释义", style="BianHaoBiaoTi", sec=["DEFINITIONS"]),
        P("宠物医院：指取得动物诊疗许可证、具有执业兽医师的动物诊疗机构。"),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d10 企业财产综合险 — 第X章; complex-script-only bold and size on the exclusions.
DOCS.append(dict(
    file="d10_qiye_caichan.docx",
    title="鼎安财产保险股份有限公司小微企业财产综合保险条款",
    product="企财险（小微）", family="第X章 / 第X条",
    emphasized=False, missing=["DEFINITIONS"],
    mechanism="exclusion runs direct bCs=1 and szCs=28 only (complex-script bold/size do not apply to Chinese text)",
    excl_body="第九条 lead-in and items （一）–（六）",
    defaults={"sz": 21},
    styles=[dict(id="ZhangJie", type="paragraph", based="Normal", rpr={"b": True, "sz": 24})],
    body=[
        P(R("鼎安财产保险股份有限公司", b=True, sz=32), align="center"),
        P(R("小微企业财产综合保险条款", b=True, sz=32), align="center"),
        P("鼎安财险（备-企财）〔2026〕主45号"),
        P("第一章 总则", style="ZhangJie"),
        P("第一条 本保险合同由保险条款、投保单、保险单以及批单组成。"),
        P("第二条 下列财产可作为本保险合同的保险标的：（一）属于被保险人所有或与他人共有而由被保险人负责的财产；（二）由被保险人经营管理或替他人保管的财产；（三）其他具有法律上承认的与被保险人有经济利害关系的财产。", sec=["INSURED_SCOPE"]),
        P("第二章 保险责任", style="ZhangJie", sec=["COVERAGE"]),
        P("第三条 在保险期间内，由于火灾、爆炸、雷击、暴雨、洪水、台风、暴风、龙卷风、冰雹、暴雪、突发性滑坡、崩塌、泥石流、地面突然下陷下沉，飞行物体及其他空中运行物体坠落，造成保险标的的损失，保险人按照本保险合同的约定负责赔偿。"),
        P("第四条 被保险人的营业场所内因盗抢造成保险标的的损失，有明显盗窃痕迹并经公安机关立案的，保险人负责赔偿。"),
        P("第三章 责任免除", style="ZhangJie", sec=["EXCLUSIONS"]),
        P(R("第九条 下列原因造成的损失、费用，保险人不负责赔偿：", bCs=True, szCs=28), excl=True),
        P(R("（一）投保人、被保险人及其代表的故意或重大过失行为；", bCs=True, szCs=28), excl=True),
        P(R("（二）被保险人的雇员或其他内部人员的盗窃、侵占行为；", bCs=True, szCs=28), excl=True),
        P(R("（三）保险标的的内在或潜在缺陷、自然磨损、自然损耗、大气（气候或气温）变化、正常水位变化或其他渐变原因；", bCs=True, szCs=28), excl=True),
        P(R("（四）锅炉及压力容器爆炸造成其本身的损失；", bCs=True, szCs=28), excl=True),
        P(R("（五）停工、停业期间的营业中断损失及其他间接损失；", bCs=True, szCs=28), excl=True),
        P(R("（六）盘点时发现的短缺。", bCs=True, szCs=28), excl=True),
        P("第四章 保险金额与免赔额", style="ZhangJie", sec=["SUM_INSURED"]),
        P("第十条 保险金额由投保人参照保险价值自行确定，并在保险单中分项载明。每次事故免赔额由投保人与保险人在订立保险合同时协商确定。"),
        P("第五章 保险期间及保险费", style="ZhangJie", sec=["PERIOD", "PREMIUM"]),
        P("第十一条 除另有约定外，保险期间为一年。投保人应当在保险合同成立时交清保险费；约定分期交付的，应按约定交付各期保险费。"),
        P("第六章 赔偿处理", style="ZhangJie", sec=["CLAIMS"]),
        P("第十二条 保险标的发生保险责任范围内的损失，保险人按照保险金额与保险价值的比例承担赔偿责任。保险人收到被保险人的赔偿请求后，应当及时作出核定；情形复杂的，应当在三十日内作出核定。"),
        P("第七章 争议处理", style="ZhangJie", sec=["DISPUTES"]),
        P("第十三条 因履行本保险合同发生的争议，由当事人协商解决。协商不成的，提交保险单载明的仲裁委员会仲裁，或依法向人民法院起诉。"),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d11 安全生产责任保险 — 一、 headings; an exclusion hidden inside 保险责任 plus the 责任免除 section, all bold.
DOCS.append(dict(
    file="d11_anquan_shengchan.docx",
    title="衡远财产保险有限公司安全生产责任保险条款",
    product="安责险", family="一、 headings",
    emphasized=True, missing=[],
    mechanism="exclusions in paragraph style JiaCuTiaoWen (b=1) basedOn Normal; the 但书 hidden in 保险责任 is direct b=1",
    excl_body="the 但书 paragraph inside 二、保险责任 and the lead-in and items under 三、责任免除",
    defaults={"sz": 21},
    styles=[
        dict(id="YiJiBiaoTi", type="paragraph", based="Normal", rpr={"b": True, "sz": 26}),
        dict(id="JiaCuTiaoWen", type="paragraph", based="Normal", rpr={"b": True}),
    ],
    body=[
        P(R("衡远财产保险有限公司安全生产责任保险条款", b=True, sz=32), align="center"),
        P("注册号：H00029302622026120533"),
        P("一、被保险人", style="YiJiBiaoTi", sec=["INSURED_SCOPE"]),
        P("在中华人民共和国境内依法设立并取得营业执照、从事生产经营活动的企业，可作为本保险合同的被保险人。本保险合同所称从业人员，包括被保险人的正式员工、劳务派遣人员及实习人员。"),
        P("二、保险责任", style="YiJiBiaoTi", sec=["COVERAGE"]),
        P("在保险期间内，被保险人在保险单载明的生产经营场所内依法从事生产经营活动时，因发生生产安全事故造成从业人员或第三者人身伤亡，依法应由被保险人承担的经济赔偿责任，以及发生的事故抢险救援、医疗救护、事故鉴定和法律诉讼费用，保险人按照本保险合同的约定负责赔偿。"),
        P(R("但被保险人未依法取得安全生产许可，或者在停产整顿期间擅自组织生产发生事故的，保险人不负责赔偿。", b=True), excl=True),
        P("三、责任免除", style="YiJiBiaoTi", sec=["EXCLUSIONS"]),
        P("下列原因造成的损失、费用和责任，保险人不负责赔偿：", style="JiaCuTiaoWen", excl=True),
        P("（一）投保人、被保险人的故意行为；", style="JiaCuTiaoWen", excl=True),
        P("（二）战争、恐怖活动、武装叛乱、罢工、暴动、骚乱；", style="JiaCuTiaoWen", excl=True),
        P("（三）地震、海啸及其次生灾害；", style="JiaCuTiaoWen", excl=True),
        P("（四）从业人员在上下班途中遭受的非生产安全事故；", style="JiaCuTiaoWen", excl=True),
        P("（五）被保险人对第三者财产损失的赔偿责任，但保险单另有约定的除外。", style="JiaCuTiaoWen", excl=True),
        P("四、赔偿限额", style="YiJiBiaoTi", sec=["SUM_INSURED"]),
        P("每人伤亡赔偿限额不低于当地规定的最低标准，每次事故赔偿限额和累计赔偿限额由投保人与保险人协商确定，并在保险单中载明。"),
        P("五、保险费", style="YiJiBiaoTi", sec=["PREMIUM"]),
        P("保险费根据被保险人所属行业风险类别、从业人员人数和上一年度事故情况确定。投保人应在保险合同成立时一次交清保险费。"),
        P("六、保险期间", style="YiJiBiaoTi", sec=["PERIOD"]),
        P("本保险合同保险期间为一年，以保险单载明的起讫时间为准。"),
        P("七、事故预防与赔偿处理", style="YiJiBiaoTi", sec=["CLAIMS"]),
        P("保险人应按照规定为被保险人提供安全风险辨识、评估和事故预防服务。发生保险事故后，被保险人应立即通知保险人，并提供事故调查报告、伤亡人员名单、医疗费用单据等资料。保险人收到完整资料后十日内支付赔款。"),
        P("八、争议处理", style="YiJiBiaoTi", sec=["DISPUTES"]),
        P("因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。"),
        P("九、释义", style="YiJiBiaoTi", sec=["DEFINITIONS"]),
        P("生产安全事故：指生产经营单位在生产经营活动中突然发生的，伤害人身安全和健康，或者损坏设备设施，或者造成经济损失，导致原生产经营活动暂时中止或永远终止的意外事件。"),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d12 驾乘人员意外伤害保险 — run-in labels ("保险责任：……"); the 责任免除 paragraph is bold but an exclusion
# hidden in 赔偿处理 is plain, so not every exclusion body is emphasised.
DOCS.append(dict(
    file="d12_jiacheng_yiwai.docx",
    title="泰衡保险股份有限公司驾乘人员意外伤害保险条款",
    product="驾乘意外险", family="run-in labels",
    emphasized=False, missing=["PERIOD"],
    mechanism="责任免除 run-in paragraph direct b=1; the 营运 exclusion inside the 赔偿处理 paragraph is a separate plain paragraph",
    excl_body="the 责任免除 paragraph (label and text) and the plain 营运期间 paragraph that follows the 赔偿处理 paragraph",
    defaults={"sz": 21},
    styles=[],
    body=[
        P(R("泰衡保险股份有限公司驾乘人员意外伤害保险条款", b=True, sz=30), align="center"),
        P("泰衡〔2026〕意外伤害保险041号"),
        P(R("被保险人："), "保险单载明的机动车的驾驶人员和乘坐人员，在使用该车辆过程中均为本保险合同的被保险人，但被保险人人数以该车辆行驶证核定座位数为限。", sec=["INSURED_SCOPE"]),
        P(R("保险责任："), "在保险期间内，被保险人在乘坐或驾驶保险单载明的机动车过程中遭受意外伤害，保险人按照保险单载明的每座保险金额给付意外身故、伤残保险金，并对必要合理的医疗费用按约定比例给付意外医疗保险金。", sec=["COVERAGE"]),
        P(R("责任免除：", b=True), R("被保险人因下列情形之一身故、伤残或发生医疗费用的，保险人不承担给付保险金责任：驾驶人饮酒、醉酒或服用国家管制的精神药品、麻醉药品后驾驶；驾驶人无有效驾驶证或驾驶与准驾车型不符的车辆；车辆未按规定检验或检验不合格；被保险人在车辆下方或车外作业期间；被保险人故意自伤、自杀或斗殴。", b=True), sec=["EXCLUSIONS"], excl=True),
        P(R("保险金额与保险费："), "每座保险金额与每座保险费由投保人与保险人协商确定并在保险单中载明；保险费按核定座位数计算，投保时一次交清。", sec=["SUM_INSURED", "PREMIUM"]),
        P(R("赔偿处理："), "发生保险事故后，被保险人或受益人应在十日内通知保险人，并提供交通事故认定书、身份证明、医疗费用原始凭证、伤残鉴定书或死亡证明。", sec=["CLAIMS"]),
        P("保险单载明的车辆在从事营业性客运、网约车接单或出租期间发生事故的，保险人不承担给付保险金责任，但投保时已声明为营运车辆并按营运费率交费的除外。", excl=True),
        P(R("争议处理："), "因本合同发生的争议，双方协商解决；协商不成的，提交被告住所地人民法院诉讼解决。", sec=["DISPUTES"]),
        P(R("释义："), "意外伤害指以外来的、突发的、非本意的和非疾病的客观事件为直接且主要原因致使身体受到的伤害。使用车辆过程指车辆行驶、临时停放以及被保险人上下车的过程。", sec=["DEFINITIONS"]),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d13 家庭财产保险（房东） — combined heading 保险责任及责任免除; exclusions larger than the body,
# where the body size comes from Normal (10 pt) and docDefaults (12 pt) is a decoy.
DOCS.append(dict(
    file="d13_fangdong_jiacai.docx",
    title="和煦财产保险股份有限公司出租房屋家庭财产保险条款",
    product="家财险（出租房）", family="combined headings",
    emphasized=True, missing=["CLAIMS"],
    mechanism="docDefaults sz=24 but Normal sz=20 (dominant body 10 pt); exclusion paragraphs in style ChuZuMianZe sz=22 basedOn Normal, not bold",
    excl_body="the 第六条 lead-in and its items under the combined heading",
    defaults={"sz": 24},
    normal={"sz": 20},
    styles=[
        dict(id="HeBingBiaoTi", type="paragraph", based="Normal", rpr={"b": True, "sz": 22}),
        dict(id="ChuZuMianZe", type="paragraph", based="Normal", rpr={"sz": 22}),
    ],
    body=[
        P(R("和煦财产保险股份有限公司", b=True, sz=30), align="center"),
        P(R("出租房屋家庭财产保险条款", b=True, sz=30), align="center"),
        P("（备案编号：和煦（备-家财）〔2026〕主2140号）"),
        P("第一部分 保险标的与保险金额", style="HeBingBiaoTi", sec=["INSURED_SCOPE", "SUM_INSURED"]),
        P("第一条 本保险承保被保险人所有、坐落于保险单载明地址并用于出租居住的房屋及其室内装修、被保险人配置的家具和家用电器。承租人自有的财产不属于保险标的。"),
        P("第二条 房屋及装修的保险金额按重置价值确定，家具和家用电器的保险金额按实际价值确定，由投保人与保险人协商并在保险单中载明。"),
        P("第二部分 保险责任及责任免除", style="HeBingBiaoTi", sec=["COVERAGE", "EXCLUSIONS"]),
        P("第三条 在保险期间内，因火灾、爆炸、雷击、暴风、暴雨、台风、冰雹、管道破裂及水箱溢水造成保险标的的损失，保险人负责赔偿。"),
        P("第四条 在保险期间内，承租人在出租房屋内因房屋结构或被保险人配置的设施发生意外造成人身伤亡，依法应由被保险人承担的赔偿责任，保险人在赔偿限额内负责赔偿。"),
        P("第五条 因保险标的的水管、暖气管道破裂导致第三者财产损失，依法应由被保险人承担的赔偿责任，保险人在赔偿限额内负责赔偿。"),
        P("第六条 下列损失、费用和责任，保险人不负责赔偿：", style="ChuZuMianZe", excl=True),
        P("（一）承租人拖欠的租金、水电燃气费和物业费；", style="ChuZuMianZe", excl=True),
        P("（二）承租人或其同住人员的故意行为造成的损失；", style="ChuZuMianZe", excl=True),
        P("（三）出租房屋被改作生产、仓储、经营场所或群租使用期间发生的损失；", style="ChuZuMianZe", excl=True),
        P("（四）违章建筑部分及其内财产的损失；", style="ChuZuMianZe", excl=True),
        P("（五）房屋空置连续超过六十日期间发生的盗抢损失。", style="ChuZuMianZe", excl=True),
        P("第三部分 保险期间与保险费", style="HeBingBiaoTi", sec=["PERIOD", "PREMIUM"]),
        P("第七条 保险期间为一年。保险费按保险金额乘以费率计算，可按年交或按季交。"),
        P("第八条 保险责任开始前，投保人要求解除合同的，保险人退还全部保险费；保险责任开始后解除的，保险人按日比例计收已经过期间的保险费后，退还剩余部分。"),
        P("第四部分 其他事项", style="HeBingBiaoTi"),
        P("第九条 争议处理：因履行本合同发生的争议，由当事人协商解决；协商不成的，依法向保险标的所在地人民法院起诉。", sec=["DISPUTES"]),
        P("第十条 释义：本合同所称重置价值，指替换、重建保险标的，以使其达到全新状态而发生的费用。管道破裂指管道因内部压力或外部原因突然发生的破损，不包括渗漏。", sec=["DEFINITIONS"]),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d14 住院医疗保险（一年期） — 【】 headings with synonyms; numbering level formats only the numbers bold.
DOCS.append(dict(
    file="d14_zhuyuan_yiliao.docx",
    title="康泽健康保险股份有限公司安康住院医疗保险条款",
    product="短期健康（住院医疗）", family="【】 headings with synonyms (除外责任, 名词解释)",
    emphasized=False, missing=["PERIOD", "DISPUTES"],
    mechanism="exclusion items are auto-numbered (numId 91, lvl rPr b=1 sz=24): the numbers are bold and larger, the clause text is plain",
    excl_body="the 【除外责任】 lead-in and the text of the five numbered items (not the generated numbers)",
    defaults={"sz": 21},
    styles=[dict(id="FangKuo", type="paragraph", based="Normal", rpr={"b": True})],
    numbering=[dict(id=91, fmt="chineseCounting", text="（%1）", rpr={"b": True, "sz": 24})],
    body=[
        P(R("康泽健康保险股份有限公司安康住院医疗保险条款", b=True, sz=30), align="center"),
        P("康泽健康〔2026〕医疗保险〔131〕号"),
        P("【投保范围】", style="FangKuo", sec=["INSURED_SCOPE"]),
        P("出生满28天至70周岁的人士，可作为本合同的被保险人。投保时被保险人应如实告知健康状况。"),
        P("【保障内容】", style="FangKuo", sec=["COVERAGE"]),
        P("被保险人经医院诊断必须住院治疗的，保险人对其住院期间发生的床位费、检查检验费、治疗费、药品费、手术费，扣除免赔额后按约定比例给付住院医疗保险金；已从社会基本医疗保险获得补偿的，给付比例为100%，未获得补偿的为60%。"),
        P("【除外责任】", style="FangKuo", sec=["EXCLUSIONS"]),
        P("因下列原因导致被保险人发生住院医疗费用的，保险人不承担给付保险金的责任：", excl=True),
        P("既往症，但投保时已如实告知且保险人同意承保的除外；", num=91, excl=True),
        P("遗传性疾病、先天性畸形、变形或染色体异常；", num=91, excl=True),
        P("精神和行为障碍、性病、艾滋病或感染艾滋病病毒；", num=91, excl=True),
        P("康复治疗、疗养、健康体检、预防性治疗及保健性质的费用；", num=91, excl=True),
        P("被保险人未经医院诊断自行购买的药品费用。", num=91, excl=True),
        P("【保险金额与免赔额】", style="FangKuo", sec=["SUM_INSURED"]),
        P("住院医疗保险金额为50万元，年免赔额为5000元。"),
        P("【保险费】", style="FangKuo", sec=["PREMIUM"]),
        P("保险费按被保险人投保时年龄对应的费率计算，可一次性交付或分十二期按月交付。犹豫期为十五日，犹豫期内解除合同的，保险人无息退还已交保险费。"),
        P("【保险金申请】", style="FangKuo", sec=["CLAIMS"]),
        P("申请住院医疗保险金时，申请人须提供：保险金给付申请书；被保险人有效身份证件；医院出具的诊断证明、出院小结；医疗费用收据及明细清单；社会医疗保险结算单。"),
        P("【名词解释】", style="FangKuo", sec=["DEFINITIONS"]),
        P("既往症：指在本合同生效之前罹患的被保险人已知或应该知道的有关疾病或症状。免赔额：指在保险期间内应由被保险人自行承担、本合同不予赔付的部分。"),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d15 雇主责任保险（物流） — numbered 1. / 1.1; underline kinds: words, double; the lead-in is bold.
DOCS.append(dict(
    file="d15_wuliu_guzhu.docx",
    title="北辰财产保险股份有限公司物流从业人员雇主责任保险条款",
    product="雇主责任险（物流）", family="numbered 1. / 1.1 with sub-clauses",
    emphasized=True, missing=[],
    mechanism="exclusion lead-in direct b=1; items alternate direct u=words and u=double (plus a bold run inside one)",
    excl_body="clause 3.1 lead-in and items 3.1.1–3.1.5, and 3.2",
    defaults={"sz": 21},
    styles=[dict(id="BiaoTiYi", type="paragraph", based="Normal", rpr={"b": True, "sz": 24})],
    body=[
        P(R("北辰财产保险股份有限公司", b=True, sz=30), align="center"),
        P(R("物流从业人员雇主责任保险条款", b=True, sz=30), align="center"),
        P("北辰财险（备-雇主责任）〔2026〕主22号"),
        P("1 被保险人与雇员", style="BiaoTiYi", sec=["INSURED_SCOPE"]),
        P("1.1 依法设立、从事道路货物运输、仓储、快递、配送等物流业务的企业和个体工商户，可作为被保险人。"),
        P("1.2 雇员包括与被保险人签订劳动合同的人员，以及在投保清单中列明的临时装卸工和驾驶员。"),
        P("2 保险责任", style="BiaoTiYi", sec=["COVERAGE"]),
        P("2.1 雇员在保险单列明的工作岗位从事与物流业务有关的工作时，因意外事故导致伤残、死亡，或在工作时间和工作场所内因工作原因受到事故伤害，依法应由被保险人承担的赔偿责任，保险人负责赔偿。"),
        P("2.2 雇员在驾驶被保险人车辆执行运输任务途中遭受交通事故导致的伤亡，保险人依照前款约定负责赔偿。"),
        P("3 责任免除", style="BiaoTiYi", sec=["EXCLUSIONS"]),
        P(R("3.1 下列情形造成的伤亡及费用，保险人不负责赔偿：", b=True), excl=True),
        P(R("3.1.1 雇员酒后、无证驾驶车辆或驾驶无有效行驶证的车辆；", u="words"), excl=True),
        P(R("3.1.2 雇员在装卸作业中违反操作规程擅自攀爬货物、货架；", u="double"), excl=True),
        P(R("3.1.3 雇员之间的斗殴，或雇员因", u="words"), R("犯罪、吸毒", u="words", b=True), R("导致的伤亡；", u="words"), excl=True),
        P(R("3.1.4 未列入投保清单的人员发生的伤亡；", u="double"), excl=True),
        P(R("3.1.5 雇员因疾病、猝死导致的身故，但在工作时间和工作岗位突发疾病死亡或者在48小时之内经抢救无效死亡的除外。", u="words"), excl=True),
        P(R("3.2 保险人对被保险人承担的罚款、罚金以及应由社会工伤保险基金支付的部分，不负责赔偿。", u="double"), excl=True),
        P("4 赔偿限额与保险费", style="BiaoTiYi", sec=["SUM_INSURED", "PREMIUM"]),
        P("4.1 每人死亡、伤残赔偿限额，每人医疗费用赔偿限额由投保人按岗位选择并在保险单中载明。"),
        P("4.2 保险费按岗位类别、人数计算，可按月、按季或按年交付。"),
        P("5 保险期间", style="BiaoTiYi", sec=["PERIOD"]),
        P("5.1 本保险合同保险期间为一年，新增雇员自加入投保清单之日的次日零时起享有保障。"),
        P("6 赔偿处理", style="BiaoTiYi", sec=["CLAIMS"]),
        P("6.1 被保险人应在事故发生后立即报案，并提供劳动关系证明、事故经过说明、医疗证明、伤残鉴定或死亡证明、赔偿协议或法院判决书。"),
        P("7 争议处理", style="BiaoTiYi", sec=["DISPUTES"]),
        P("7.1 因履行本合同发生的争议，由当事人协商解决；协商不成的，提交保险单载明的仲裁机构仲裁，或依法向人民法院起诉。"),
        P("8 释义", style="BiaoTiYi", sec=["DEFINITIONS"]),
        P("8.1 临时装卸工：指未与被保险人签订劳动合同、按日或按件计酬从事装卸作业，并在投保清单中列明姓名和身份证号码的人员。"),
    ],
))

# ---------------------------------------------------------------------------------------------------
# d16 能繁母猪养殖保险（农险） — 第X条; only the lead-in is bold, the items are set to the body size.
DOCS.append(dict(
    file="d16_nengfan_muzhu.docx",
    title="丰穗农业保险股份有限公司能繁母猪养殖保险条款",
    product="农险（养殖）", family="第X条 with plain bold headings",
    emphasized=False, missing=["DISPUTES", "DEFINITIONS"],
    mechanism="exclusion lead-in direct b=1; items direct sz=21 (the body size, not larger) and plain",
    excl_body="第八条 lead-in and items （一）–（五）",
    defaults={"sz": 21},
    styles=[dict(id="CuBiaoTi", type="paragraph", based="Normal", rpr={"b": True, "sz": 28})],
    body=[
        P(R("丰穗农业保险股份有限公司", b=True, sz=32), align="center"),
        P(R("能繁母猪养殖保险条款", b=True, sz=32), align="center"),
        P("（注册号：F00018302626120700342）"),
        P("保险标的", style="CuBiaoTi", sec=["INSURED_SCOPE"]),
        P("第一条 同时符合下列条件的能繁母猪可作为本保险合同的保险标的：（一）品种为当地农业农村部门认可的品种；（二）存栏量在30头以上的养殖场（户）饲养；（三）已按规定佩戴耳标并免疫接种；（四）畜龄在8个月以上4周岁以下。"),
        P("保险责任", style="CuBiaoTi", sec=["COVERAGE"]),
        P("第二条 在保险期间内，由于下列原因直接造成保险母猪死亡的，保险人按照本保险合同的约定负责赔偿：（一）火灾、爆炸、雷击；（二）暴雨、洪水、风灾、冰雹、地震；（三）猪丹毒、猪肺疫、猪水泡病、猪链球菌、口蹄疫等疫病。"),
        P("第三条 经畜牧兽医行政管理部门确认发生高传染性疫病，政府实施强制扑杀导致保险母猪死亡的，保险人按照保险金额扣减政府扑杀专项补贴金额后的差额赔偿。"),
        P("责任免除", style="CuBiaoTi", sec=["EXCLUSIONS"]),
        P(R("第八条 下列原因造成的损失、费用，保险人不负责赔偿：", b=True), excl=True),
        P(R("（一）投保人及其家庭成员、饲养人员的故意或重大过失行为、管理不善；", sz=21), excl=True),
        P(R("（二）保险母猪在疫病观察期内患有保险责任范围内的疫病；", sz=21), excl=True),
        P(R("（三）保险母猪被盗、走失、被野兽侵害；", sz=21), excl=True),
        P(R("（四）未按规定进行无害化处理的病死母猪；", sz=21), excl=True),
        P(R("（五）政府实施强制扑杀已获得全额补贴的部分。", sz=21), excl=True),
        P("保险金额和保险费", style="CuBiaoTi", sec=["SUM_INSURED", "PREMIUM"]),
        P("第九条 每头保险母猪的保险金额参照其生理价值确定，并在保险单中载明。保险费由中央、省、市县财政和投保人按规定比例共同承担。"),
        P("保险期间", style="CuBiaoTi", sec=["PERIOD"]),
        P("第十条 保险期间为一年，以保险单载明的起讫时间为准。疫病观察期为二十日，续保的无观察期。"),
        P("赔偿处理", style="CuBiaoTi", sec=["CLAIMS"]),
        P("第十一条 保险母猪发生保险责任范围内的死亡，被保险人应在二十四小时内通知保险人，并保护现场；保险人会同协保员查勘，确认死亡原因和耳标号码后，按每头保险金额计算赔偿，赔款直接支付至被保险人账户。"),
    ],
))

"""Hand-written clause documents for the 2026-12-14 blind disclosure set (pure data, standard library).

Each document: styles (paragraph / character, basedOn chains), docDefaults run properties, optional
numbering, and the body as paragraphs and tables in order. Run properties are dicts with the keys
b, bCs, i, u, sz, szCs, color, highlight (direct values as Word writes them: b=True/False, sz in half-points).
Roles: "X" marks the body of an exclusion clause (what must be emphasised), "L" a lead-in that only
introduces a list of exclusions (not a clause body: see README), "H" a heading. ``sections`` maps each
section present to the text that opens its heading or run-in label. All texts are written by hand;
insurers, products and registration numbers are invented.
"""

from __future__ import annotations

from typing import Any

Para = dict[str, Any]


def p(text: str = "", style: str | None = None, rpr: dict | None = None, role: str = "",
      runs: list | None = None, num: tuple[int, int] | None = None, mark: dict | None = None,
      shd: str | None = None) -> Para:
    """A paragraph: either one run of ``text`` with ``rpr`` or ``runs`` = [(text, rpr, rstyle)]."""
    return {"kind": "p", "style": style, "runs": runs if runs is not None else [(text, rpr or {}, None)],
            "role": role, "num": num, "mark": mark or {}, "shd": shd}


def r(text: str, rpr: dict | None = None, rstyle: str | None = None) -> tuple:
    return (text, rpr or {}, rstyle)


def table(rows: list[list[list[Para]]], style: str | None = None) -> dict:
    return {"kind": "tbl", "rows": rows, "style": style}


def st(sid: str, name: str, kind: str = "paragraph", based: str | None = None, rpr: dict | None = None,
      outline: int | None = None, default: bool = False) -> dict:
    return {"id": sid, "name": name, "type": kind, "based": based, "rpr": rpr or {}, "outline": outline,
            "default": default}


B = {"b": True}
DOCS: list[dict] = []

# ---------------------------------------------------------------------------------------------
# d01 机动车商业险 — whole 责任免除 chapter bold (lead-in and items) by direct run properties; body 小四 from Normal.
DOCS.append({
    "file": "d01_anhe_motor_commercial.docx",
    "defaults": {"sz": 21},
    "styles": [st("a0", "Normal", default=True, rpr={"sz": 24}),
               st("a1", "heading 1", based="a0", rpr={"b": True, "sz": 30}, outline=0)],
    "body": [
        p("安和财产保险股份有限公司", "a1", role="H"),
        p("机动车商业保险示范性条款（安和2026版）", "a1", role="H"),
        p("注册号：（安和财险）（备-机动车商业保险）【2026】（主）007号"),
        p("第一章　总则", "a1", role="H"),
        p("第一条　本保险合同由保险条款、投保单、保险单、批单和特别约定共同组成。凡涉及本保险合同的约定，均应采用书面形式。"),
        p("第二条　本保险合同中的被保险机动车是指在中华人民共和国境内（不含港、澳、台地区）行驶，以动力装置驱动或者牵引，上道路行驶的供人员乘用或者用于运送物品以及进行专项作业的轮式车辆。"),
        p("第二章　机动车损失保险", "a1", role="H"),
        p("第一节　保险责任", "a1", role="H"),
        p("第三条　保险期间内，被保险人或其允许的驾驶人在使用被保险机动车过程中，因自然灾害、意外事故造成被保险机动车直接损失，且不属于免除保险人责任的范围，保险人依照本保险合同的约定负责赔偿。"),
        p("第四条　发生保险事故时，被保险人或其允许的驾驶人为防止或者减少被保险机动车的损失所支付的必要的、合理的施救费用，由保险人承担；施救费用数额在被保险机动车损失赔偿金额以外另行计算，最高不超过保险金额。"),
        p("第二节　责任免除", "a1", role="H"),
        p("第五条　在上述保险责任范围内，下列情况下，不论任何原因造成被保险机动车的任何损失和费用，保险人均不负责赔偿：", rpr=B, role="X"),
        p("（一）事故发生后，被保险人或驾驶人故意破坏、伪造现场，毁灭证据；", rpr=B, role="X"),
        p("（二）驾驶人饮酒、吸食或注射毒品、服用国家管制的精神药品或者麻醉药品；", rpr=B, role="X"),
        p("（三）驾驶人无驾驶证，驾驶证被依法扣留、暂扣、吊销、注销期间；", rpr=B, role="X"),
        p("（四）被保险机动车被转让、改装、加装或改变使用性质，导致危险程度显著增加，且未及时通知保险人。", rpr=B, role="X"),
        p("第六条　下列原因导致的被保险机动车的损失和费用，保险人不负责赔偿：", rpr=B, role="X"),
        p("（一）自然磨损、朽蚀、腐蚀、故障、本身质量缺陷；", rpr=B, role="X"),
        p("（二）违反安全装载规定；", rpr=B, role="X"),
        p("（三）投保人、被保险人或驾驶人故意制造保险事故。", rpr=B, role="X"),
        p("第三节　保险金额", "a1", role="H"),
        p("第七条　保险金额按投保时被保险机动车的实际价值确定。投保时被保险机动车的实际价值由投保人与保险人根据投保时的新车购置价减去折旧金额后的价格协商确定或其他市场公允价值协商确定。"),
        p("第四节　赔偿处理", "a1", role="H"),
        p("第八条　发生保险事故后，保险人依据本条款约定在保险责任范围内承担赔偿责任。因保险事故损坏的被保险机动车，修理前被保险人应当会同保险人检验，协商确定维修机构、修理项目、方式和费用。"),
        p("第九条　被保险机动车发生全部损失的，按保险金额计算赔偿；发生部分损失的，按核定修理费用计算赔偿，但不超过保险金额。"),
        p("第三章　通用条款", "a1", role="H"),
        p("第十条　除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。"),
        p("第十一条　因履行本保险合同发生的争议，由当事人协商解决。协商不成的，提交保险单载明的仲裁委员会仲裁；保险单未载明仲裁机构且争议发生后未达成仲裁协议的，依法向人民法院起诉。"),
        p("第十二条　保险费按照保险监管部门批准的机动车商业保险行业基准纯风险保费和保险人的附加费用率、费率调整系数计算，投保人应在保险合同成立时交清。"),
        p("第四章　释义", "a1", role="H"),
        p("【新车购置价】指本保险合同签订地购置与被保险机动车同类型新车的价格，无同类型新车市场销售价格的，由投保人与保险人协商确定。"),
        p("【自然灾害】指对人类以及人类赖以生存的环境造成破坏性影响的自然现象，包括雷击、暴风、暴雨、洪水、龙卷风、冰雹、台风、热带风暴、地陷、崖崩、滑坡、泥石流、雪崩、冰陷、暴雪、冰凌、沙尘暴、地震及其次生灾害等。"),
    ],
    "sections": {"INSURED_SCOPE": "第二条　本保险合同中的被保险机动车", "COVERAGE": "第一节　保险责任",
                 "EXCLUSIONS": "第二节　责任免除", "SUM_INSURED": "第三节　保险金额", "CLAIMS": "第四节　赔偿处理",
                 "PERIOD": "第十条　除另有约定外，保险期间", "DISPUTES": "第十一条　因履行本保险合同发生的争议",
                 "PREMIUM": "第十二条　保险费", "DEFINITIONS": "第四章　释义"},
    "note": "whole exclusion articles bold by direct <w:b/>, lead-ins included; period, disputes, premium as articles of 通用条款; complete",
})

# ---------------------------------------------------------------------------------------------
# d02 家财险 — items bold through a character style, lead-in plain; 【】 headings.
DOCS.append({
    "file": "d02_dingsheng_home_property.docx",
    "defaults": {"sz": 21},
    "styles": [st("Normal", "Normal", default=True, rpr={"sz": 24}),
               st("Kuohao", "条款标题", based="Normal", rpr={"b": True, "sz": 28}),
               st("JiaCu", "条款加粗", kind="character", rpr={"b": True})],
    "body": [
        p("鼎盛财产保险股份有限公司　家庭财产综合保险条款", "Kuohao", role="H"),
        p("（鼎盛财险）（备-家庭财产保险）【2025】（主）112号"),
        p("【保险标的】", "Kuohao", role="H"),
        p("本保险合同载明地址内，被保险人所有的房屋及其室内附属设备、室内装潢和室内财产，可作为本保险合同的保险标的。被保险人代他人保管或与他人共有的上述财产，经与保险人特别约定并在保险单中载明的，也可作为保险标的。"),
        p("【保险责任】", "Kuohao", role="H"),
        p("在保险期间内，由于火灾、爆炸，雷击、台风、暴雨、洪水、雪灾、冰雹、泥石流、崩塌，空中运行物体坠落，以及外来的建筑物和其他固定物体倒塌，造成保险标的的损失，保险人按照本保险合同的约定负责赔偿。"),
        p("因自来水管道、暖气管道突然破裂导致水渍，造成保险标的损失的，保险人也负责赔偿。"),
        p("【责任免除】", "Kuohao", role="H"),
        p("下列原因造成的损失、费用，保险人不负责赔偿：", role="L"),
        p(runs=[r("1．", None, "JiaCu"), r("投保人、被保险人及其家庭成员、家庭雇佣人员、暂居人员的故意或重大过失行为；", None, "JiaCu")], role="X"),
        p(runs=[r("2．核辐射、核爆炸、核污染及其他放射性污染；", None, "JiaCu")], role="X"),
        p(runs=[r("3．保险标的本身缺陷、保管不善导致的损毁，变质、霉烂、受潮、虫咬、自然磨损；", None, "JiaCu")], role="X"),
        p(runs=[r("4．", None, "JiaCu"), r("金银、首饰、珠宝、有价证券、现金、票证、古玩、字画及其他难以鉴定价值的财产的损失。", None, "JiaCu")], role="X"),
        p("【保险金额与保险费】", "Kuohao", role="H"),
        p("房屋及室内附属设备、室内装潢的保险金额由投保人参照保险价值自行确定，并在保险单中分项载明。投保人应当按照保险单载明的金额和方式一次性交纳保险费。"),
        p("【赔偿处理】", "Kuohao", role="H"),
        p("保险标的发生保险责任范围内的损失，保险人按照保险金额与保险价值的比例，在分项保险金额内计算赔偿。保险人收到被保险人的赔偿请求后，应当及时作出核定；情形复杂的，应当在三十日内作出核定。"),
    ],
    "sections": {"INSURED_SCOPE": "【保险标的】", "COVERAGE": "【保险责任】", "EXCLUSIONS": "【责任免除】",
                 "SUM_INSURED": "【保险金额与保险费】", "PREMIUM": "【保险金额与保险费】", "CLAIMS": "【赔偿处理】"},
    "note": "items bold through character style 条款加粗 (rStyle), lead-in plain; combined heading 保险金额与保险费",
})

# ---------------------------------------------------------------------------------------------
# d03 意外险 — exclusion paragraphs in style 免责正文 basedOn 条款正文 (bold on the derived style); body 五号 from docDefaults.
DOCS.append({
    "file": "d03_xinda_an_accident.docx",
    "defaults": {"sz": 21},
    "styles": [st("Normal", "Normal", default=True),
               st("TK", "条款正文", based="Normal"),
               st("MZ", "免责正文", based="TK", rpr={"b": True}),
               st("BT", "条款标题", based="Normal", rpr={"b": True, "sz": 24})],
    "body": [
        p("信达安财产保险股份有限公司　个人意外伤害保险条款", "BT", role="H"),
        p("第一条　本保险合同由保险条款、投保单、保险单或其他保险凭证以及批单组成。", "TK"),
        p("第二条　投保范围", "BT", role="H"),
        p("凡出生满28天至75周岁、身体健康、能正常工作或正常生活的自然人，可作为本保险合同的被保险人。", "TK"),
        p("第三条　保险责任", "BT", role="H"),
        p("在保险期间内，被保险人遭受意外伤害事故，并自事故发生之日起一百八十日内因该事故身故的，保险人按意外伤害保险金额给付身故保险金；因该事故造成《人身保险伤残评定标准》所列伤残之一的，保险人按该表所列给付比例乘以意外伤害保险金额给付伤残保险金。", "TK"),
        p("第四条　责任免除", "BT", role="H"),
        p("因下列原因之一，直接或间接造成被保险人身故、伤残的，保险人不承担给付保险金责任：", "MZ", role="X"),
        p("（一）投保人对被保险人的故意杀害、故意伤害；", "MZ", role="X"),
        p("（二）被保险人自致伤害或自杀，但被保险人自杀时为无民事行为能力人的除外；", "MZ", role="X"),
        p("（三）被保险人因妊娠、流产、分娩、疾病、药物过敏、中暑、猝死；", "MZ", role="X"),
        p("（四）被保险人从事潜水、跳伞、攀岩、蹦极、驾驶滑翔机、探险、摔跤、武术比赛、特技表演、赛马、赛车等高风险运动。", "MZ", role="X"),
        p("第五条　保险金额和保险费", "BT", role="H"),
        p("保险金额由投保人、保险人双方约定，并在保险单中载明。保险金额一经确定，在保险期间内不得变更。投保人应当在保险合同成立时交清保险费。", "TK"),
        p("第六条　保险期间", "BT", role="H"),
        p("除另有约定外，本保险合同的保险期间为一年，自保险单载明的起保日零时起至期满日二十四时止。", "TK"),
        p("第七条　保险金申请与给付", "BT", role="H"),
        p("被保险人身故的，由身故保险金受益人作为申请人填写保险金给付申请书，并提供保险单、受益人身份证明、公安部门或医疗机构出具的死亡证明等材料。保险人在收到完整材料后五个工作日内作出核定。", "TK"),
        p("第八条　争议处理", "BT", role="H"),
        p("因履行本保险合同发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。", "TK"),
        p("第九条　释义", "BT", role="H"),
        p("意外伤害：指以外来的、突发的、非本意的和非疾病的客观事件为直接且主要原因导致的身体伤害。", "TK"),
    ],
    "sections": {"INSURED_SCOPE": "第二条　投保范围", "COVERAGE": "第三条　保险责任", "EXCLUSIONS": "第四条　责任免除",
                 "SUM_INSURED": "第五条　保险金额和保险费", "PREMIUM": "第五条　保险金额和保险费", "PERIOD": "第六条　保险期间",
                 "CLAIMS": "第七条　保险金申请与给付", "DISPUTES": "第八条　争议处理", "DEFINITIONS": "第九条　释义"},
    "note": "bold on paragraph style 免责正文 basedOn 条款正文; body size 五号 (10.5pt) only from docDefaults; complete",
})

# ---------------------------------------------------------------------------------------------
# d04 百万医疗 — converted document, English style names; Exclusion Text basedOn Clause Emphasis (bold) basedOn Body Text.
DOCS.append({
    "file": "d04_ruifeng_million_medical.docx",
    "defaults": {"sz": 20},
    "styles": [st("Normal", "Normal", default=True, rpr={"sz": 21}),
               st("BodyText", "Body Text", based="Normal", rpr={"sz": 24}),
               st("ClauseEmphasis", "Clause Emphasis", based="BodyText", rpr={"b": True}),
               st("ExclusionText", "Exclusion Text", based="ClauseEmphasis"),
               st("Heading1", "heading 1", based="Normal", rpr={"b": True, "sz": 32}, outline=0),
               st("Heading2", "heading 2", based="Heading1", rpr={"sz": 28}, outline=1)],
    "body": [
        p("瑞丰财产保险股份有限公司　瑞丰小百万医疗保险条款", "Heading1", role="H"),
        p("1　保险合同构成", "Heading2", role="H"),
        p("本保险合同由保险条款、投保单、保险单、保险凭证以及批单组成。", "BodyText"),
        p("2　被保险人", "Heading2", role="H"),
        p("投保时年龄在出生满30天至65周岁、能正常工作或生活的人，可作为被保险人。", "BodyText"),
        p("3　保险责任", "Heading2", role="H"),
        p("在保险期间内，被保险人因遭受意外伤害或在等待期后因患疾病，在医院接受住院治疗的，保险人对被保险人住院期间发生的必需且合理的床位费、膳食费、护理费、检查检验费、治疗费、药品费、手术费，在扣除年免赔额后按百分之百的比例给付一般医疗保险金。", "BodyText"),
        p("4　责任免除", "Heading2", role="H"),
        p("4.1　因下列情形之一，导致被保险人发生医疗费用的，保险人不承担给付保险金的责任：", "ExclusionText", role="X"),
        p("（1）投保前已患疾病或已有症状，但投保时已如实告知且保险人同意承保的除外；", "ExclusionText", role="X"),
        p("（2）等待期内确诊的疾病或出现的症状、体征；", "ExclusionText", role="X"),
        p("（3）美容、整形、变性手术，视力矫正手术，牙齿治疗与镶牙；", "ExclusionText", role="X"),
        p("（4）被保险人未遵医嘱私自服用、涂用、注射药物。", "ExclusionText", role="X"),
        p("4.2　被保险人在非保险人认可的医院发生的医疗费用，以及住院期间的陪护费、营养品费用，保险人不负责给付。", "ExclusionText", role="X"),
        p("5　保险期间", "Heading2", role="H"),
        p("本保险合同的保险期间为一年，具体以保险单载明的起讫时间为准。等待期为三十日，续保不设等待期。", "BodyText"),
        p("6　保险金的申请", "Heading2", role="H"),
        p("保险金申请人向保险人申请给付保险金时，应提交保险金给付申请书、被保险人身份证明、医院出具的病历资料、医疗费用原始收据及费用明细清单。", "BodyText"),
        p("7　释义", "Heading2", role="H"),
        p("医院：指经中华人民共和国卫生健康主管部门正式评审确定的二级或二级以上的公立医院，不包括其特需医疗、国际医疗及外宾病房。", "BodyText"),
        p("年免赔额：指在一个保险期间内，应由被保险人自行承担的医疗费用额度，本合同的年免赔额为一万元。", "BodyText"),
    ],
    "sections": {"INSURED_SCOPE": "2　被保险人", "COVERAGE": "3　保险责任", "EXCLUSIONS": "4　责任免除",
                 "PERIOD": "5　保险期间", "CLAIMS": "6　保险金的申请", "DEFINITIONS": "7　释义"},
    "note": "bold inherited: Exclusion Text -> Clause Emphasis (b) -> Body Text (小四) -> Normal; headings with outline levels",
})

# ---------------------------------------------------------------------------------------------
# d05 雇主责任 — exclusions 小四 (direct sz 24) while the body is 五号 from the Normal style; no bold.
_BIG = {"sz": 24}
DOCS.append({
    "file": "d05_zhongcheng_employer_liability.docx",
    "defaults": {"sz": 24},
    "styles": [st("Normal", "Normal", default=True, rpr={"sz": 21}),
               st("Title1", "标题 1", based="Normal", rpr={"b": True, "sz": 28}, outline=0)],
    "body": [
        p("众诚财产保险股份有限公司雇主责任保险条款（2026版）", "Title1", role="H"),
        p("总　则", "Title1", role="H"),
        p("第一条　本保险合同由保险条款、投保单、保险单、保险凭证以及批单组成。凡涉及本保险合同的约定，均应采用书面形式。"),
        p("第二条　中华人民共和国境内（不含港澳台地区）依法设立、登记的国家机关、企事业单位、个体工商户及其他组织，可作为本保险合同的被保险人。"),
        p("保险责任", "Title1", role="H"),
        p("第三条　在保险期间内，被保险人的工作人员在中华人民共和国境内因下列情形导致伤残或死亡，依照中华人民共和国法律应由被保险人承担的经济赔偿责任，保险人按照本保险合同约定负责赔偿：（一）在工作时间和工作场所内，因工作原因受到事故伤害；（二）工作时间前后在工作场所内，从事与工作有关的预备性或者收尾性工作受到事故伤害；（三）在上下班途中，受到非本人主要责任的交通事故伤害。"),
        p("第四条　保险事故发生后，被保险人因保险事故而被提起仲裁或者诉讼的，对应由被保险人支付的仲裁或诉讼费用以及其他必要的、合理的费用，保险人按照本保险合同约定也负责赔偿。"),
        p("责任免除", "Title1", role="H"),
        p("第五条　下列原因造成的损失、费用和责任，保险人不负责赔偿：", rpr=_BIG, role="X"),
        p("（一）投保人、被保险人的故意或重大过失行为；", rpr=_BIG, role="X"),
        p("（二）被保险人的工作人员犯罪或者违反法律、法规的；", rpr=_BIG, role="X"),
        p("（三）被保险人的工作人员醉酒或者吸毒导致伤亡的；", rpr=_BIG, role="X"),
        p("（四）被保险人的工作人员因非职业性疾病、传染病、分娩、流产导致的伤残或死亡。", rpr=_BIG, role="X"),
        p("责任限额与免赔额", "Title1", role="H"),
        p("第六条　责任限额包括每人伤亡责任限额、每人医疗费用责任限额、累计责任限额，由投保人与保险人协商确定，并在保险合同中载明。每次事故医疗费用免赔额由投保人与保险人在签订保险合同时协商确定。"),
        p("保险期间", "Title1", role="H"),
        p("第七条　除另有约定外，保险期间为一年，以保险单载明的起讫时间为准。"),
        p("保险费", "Title1", role="H"),
        p("第七条之一　保险费按被保险人工作人员的人数和工种类别计收，投保人应当按照保险合同的约定交付保险费；约定分期交付的，首期保险费应在保险合同成立时交付。"),
        p("赔偿处理", "Title1", role="H"),
        p("第八条　保险人的赔偿以下列方式之一确定的被保险人的赔偿责任为基础：被保险人和向其提出损害赔偿请求的工作人员协商并经保险人确认；仲裁机构裁决；人民法院判决；保险人认可的其他方式。"),
        p("第九条　被保险人请求赔偿时，应向保险人提供保险单正本、有关部门出具的工伤认定书、伤残鉴定报告或死亡证明、工作人员名单及劳动合同、医疗费用原始单据等证明和资料。保险人收到赔偿请求和有关证明、资料后，应当及时作出核定，并将核定结果通知被保险人。"),
        p("争议处理和法律适用", "Title1", role="H"),
        p("第十条　因履行本保险合同发生的争议，由当事人协商解决。协商不成的，提交保险单载明的仲裁机构仲裁；保险单未载明仲裁机构且争议发生后未达成仲裁协议的，依法向人民法院起诉。本保险合同的争议处理适用中华人民共和国法律。"),
        p("释义", "Title1", role="H"),
        p("第十一条　工作人员：指与被保险人存在劳动关系（包括事实劳动关系）的人员，不包括劳务派遣人员和实习生，但经特别约定的除外。"),
    ],
    "sections": {"INSURED_SCOPE": "第二条　中华人民共和国境内", "COVERAGE": "保险责任", "EXCLUSIONS": "责任免除",
                 "SUM_INSURED": "责任限额与免赔额", "PERIOD": "保险期间", "CLAIMS": "赔偿处理",
                 "DISPUTES": "争议处理和法律适用", "PREMIUM": "保险费", "DEFINITIONS": "释义"},
    "note": "complete; exclusions larger (direct 小四) than the body (五号 from Normal); docDefaults 小四 is a trap: Normal overrides it",
})

# ---------------------------------------------------------------------------------------------
# d06 货运险 — numbered exclusions in a table; text cells underlined (single) directly; lead-in plain above the table.
_U = {"u": "wave"}
DOCS.append({
    "file": "d06_guorun_cargo_transport.docx",
    "defaults": {"sz": 21},
    "styles": [st("Normal", "Normal", default=True, rpr={"sz": 21}),
               st("Hd", "条标题", based="Normal", rpr={"b": True})],
    "body": [
        p("国润财产保险股份有限公司　国内水路、陆路货物运输保险条款", "Hd", role="H"),
        p("一、总则", "Hd", role="H"),
        p("本保险合同由保险条款、投保单、保险单或保险凭证以及批单组成。凡在国内经水路、陆路运输的货物，均可作为本保险合同的保险标的。"),
        p("二、保险责任", "Hd", role="H"),
        p("本保险分为基本险和综合险两种。保险货物遭受损失时，保险人按承保险别的责任范围负赔偿责任。基本险承保因火灾、爆炸、雷电、冰雹、暴风、暴雨、洪水、地震、海啸、地陷、崖崩、突发性滑坡、泥石流造成的损失，以及因运输工具发生碰撞、搁浅、触礁、倾覆、沉没、出轨或隧道、码头坍塌所造成的损失。"),
        p("三、除外责任", "Hd", role="H"),
        p("由于下列原因造成保险货物的损失，保险人不负赔偿责任：", role="L"),
        table([
            [[p("序号")], [p("除外事项")]],
            [[p("1")], [p("战争、军事行动、扣押、罢工、哄抢和暴动；", rpr=_U, role="X")]],
            [[p("2")], [p("保险货物本身的缺陷或自然损耗，以及由于包装不善造成的损失；", rpr=_U, role="X")]],
            [[p("3")], [p("被保险人的故意行为或过失；", rpr=_U, role="X")]],
            [[p("4")], [p("市价跌落、运输延迟所引起的损失；", rpr=_U, role="X")]],
            [[p("5")], [p("属于发货人责任引起的损失。", rpr=_U, role="X")]],
        ]),
        p("四、保险金额", "Hd", role="H"),
        p("保险金额按货价或货价加运杂费确定。"),
        p("五、责任起讫", "Hd", role="H"),
        p("保险责任自签发保险凭证和保险货物运离起运地发货人的最后一个仓库或储存处所时起，至该保险凭证上注明的目的地收货人在当地的第一个仓库或储存处所时终止。但保险货物运抵目的地后，如果收货人未及时提货，则保险责任的终止期最多延长至以收货人接到到货通知单后的十五天为限。"),
        p("六、赔偿处理", "Hd", role="H"),
        p("被保险人在获悉或发现保险货物遭受损失时，应马上通知保险人，并应当提供保险凭证、运单、发票、货物损失清单、运输机构出具的货运记录等单证。保险人对属于保险责任的损失，以保险金额为限，按实际损失计算赔偿。"),
    ],
    "sections": {"INSURED_SCOPE": "一、总则", "COVERAGE": "二、保险责任", "EXCLUSIONS": "三、除外责任",
                 "SUM_INSURED": "四、保险金额", "PERIOD": "五、责任起讫", "CLAIMS": "六、赔偿处理"},
    "note": "exclusions as table rows (number cell plain, text cell underlined wave); synonym 除外责任; 责任起讫 = period",
})

# ---------------------------------------------------------------------------------------------
# d07 农险 — exclusions spread over several articles (one inside 保险责任, one inside 赔偿处理), all bold via paragraph style.
DOCS.append({
    "file": "d07_changle_crop_insurance.docx",
    "defaults": {"sz": 24},
    "styles": [st("Normal", "Normal", default=True),
               st("Zheng", "正文条款", based="Normal"),
               st("MianZe", "免除责任条款", based="Zheng", rpr={"b": True}),
               st("Zhang", "章标题", based="Normal", rpr={"b": True, "sz": 28}, outline=0)],
    "body": [
        p("长乐财产保险股份有限公司　玉米种植保险条款", "Zhang", role="H"),
        p("第一章　总则", "Zhang", role="H"),
        p("第一条　本保险合同由保险条款、投保单、保险单、保险凭证和批单组成。", "Zheng"),
        p("第二章　保险标的", "Zhang", role="H"),
        p("第二条　同时符合下列条件的玉米可作为本保险合同的保险标的：（一）经过政府部门审定的合格品种；（二）种植场所在当地洪水水位线以上的非蓄洪、行洪区；（三）生长正常。", "Zheng"),
        p("第三章　保险责任", "Zhang", role="H"),
        p("第三条　保险期间内，由于暴雨、洪水、内涝、风灾、冰雹、冻灾、旱灾、病虫草鼠害造成保险玉米直接物质损坏或灭失，损失率达到百分之二十以上的，保险人按照本保险合同的约定负责赔偿。", "Zheng"),
        p("第四条　前条所列灾害发生时保险玉米尚未出苗，或者被保险人未按当地农业技术部门要求进行播种、田间管理造成的损失，保险人不负责赔偿。", "MianZe", role="X"),
        p("第四章　责任免除", "Zhang", role="H"),
        p("第五条　下列原因造成的损失、费用，保险人不负责赔偿：（一）投保人及其家庭成员、被保险人及其家庭成员、投保人或被保险人雇佣人员的故意或重大过失行为、管理不善；（二）他人的恶意破坏行为；（三）行政行为或司法行为。", "MianZe", role="X"),
        p("第六条　保险玉米遭受损失后能够补种而未补种的，保险人对补种部分不负责赔偿。", "MianZe", role="X"),
        p("第五章　保险金额与保险费", "Zhang", role="H"),
        p("第七条　保险金额按照保险玉米生长期内所发生的直接物化成本确定，每亩保险金额为六百元。保险费由中央财政、省级财政、县级财政和农户按比例分担，农户自缴部分为百分之二十。", "Zheng"),
        p("第六章　保险期间", "Zhang", role="H"),
        p("第八条　保险期间自保险玉米出苗时起，至成熟开始收获时止，但不超过保险单载明的起讫时间。", "Zheng"),
        p("第七章　赔偿处理", "Zhang", role="H"),
        p("第九条　保险事故发生后，保险人按照“全损全赔、部分损失按损失程度赔偿”的原则，按以下方式计算赔偿：赔偿金额＝每亩保险金额×损失率×受损面积。", "Zheng"),
        p("第十条　发生保险事故时，被保险人未及时通知保险人致使损失程度难以确定的，保险人对无法确定的部分不承担赔偿责任。", "MianZe", role="X"),
        p("第八章　争议处理", "Zhang", role="H"),
        p("第十一条　因履行本保险合同发生的争议，由当事人协商解决，也可以申请当地保险纠纷调解组织调解；协商、调解不成的，依法提起仲裁或诉讼。", "Zheng"),
        p("第九章　释义", "Zhang", role="H"),
        p("第十二条　损失率：指单位面积玉米平均损失产量与单位面积玉米平均正常产量的比率，单位面积平均正常产量参照前三年当地平均单产确定。", "Zheng"),
    ],
    "sections": {"INSURED_SCOPE": "第二章　保险标的", "COVERAGE": "第三章　保险责任", "EXCLUSIONS": "第四章　责任免除",
                 "SUM_INSURED": "第五章　保险金额与保险费", "PREMIUM": "第五章　保险金额与保险费", "PERIOD": "第六章　保险期间",
                 "CLAIMS": "第七章　赔偿处理", "DISPUTES": "第八章　争议处理", "DEFINITIONS": "第九章　释义"},
    "note": "complete; exclusion clauses also in 保险责任 (第四条) and 赔偿处理 (第十条), all bold via 免除责任条款 basedOn 正文条款",
})

# ---------------------------------------------------------------------------------------------
# d08 旅行险 — exclusions underlined (double) through a character style basedOn another; body 小四 from docDefaults.
DOCS.append({
    "file": "d08_fulin_travel.docx",
    "defaults": {"sz": 24},
    "styles": [st("Normal", "Normal", default=True),
               st("BiaoTi", "标题条", based="Normal", rpr={"b": True, "sz": 28}, outline=1),
               st("TiShi", "提示字符", kind="character", rpr={"u": "double"}),
               st("MianZeZi", "免责字符", kind="character", based="TiShi")],
    "body": [
        p("福临财产保险股份有限公司境外旅行保险条款", "BiaoTi", role="H"),
        p("一、保险合同构成", "BiaoTi", role="H"),
        p("本保险合同由保险条款、投保单、保险单、保险凭证以及批单组成。"),
        p("二、投保范围", "BiaoTi", role="H"),
        p("身体健康、能正常工作或生活、前往中华人民共和国境外（含港澳台地区）旅行、探亲、访问的自然人，可作为被保险人。"),
        p("三、保险责任", "BiaoTi", role="H"),
        p("在保险期间内，被保险人在境外旅行期间遭受意外伤害或突发急性病，保险人按照本合同约定给付意外身故、伤残保险金，并对被保险人在当地医院发生的必需且合理的医疗费用承担赔偿责任，对紧急救援转运费用按约定承担。"),
        p("四、责任免除", "BiaoTi", role="H"),
        p(runs=[r("被保险人在下列期间或因下列原因发生保险事故的，保险人不承担保险责任：", None, "MianZeZi")], role="X"),
        p(runs=[r("（一）被保险人参加潜水、滑雪、跳伞、攀岩、热气球等高风险运动期间；", None, "MianZeZi")], role="X"),
        p(runs=[r("（二）被保险人前往医生已建议不宜旅行的地区，或出发前已在治疗中的疾病；", None, "MianZeZi")], role="X"),
        p(runs=[r("（三）被保险人在未经许可的地区非法入境、滞留或从事违法活动期间。", None, "MianZeZi")], role="X"),
        p("五、保险期间", "BiaoTi", role="H"),
        p("保险期间以保险单载明的出行天数为准，最长不超过一百八十日。被保险人所乘交通工具延误致使其无法在保险期间届满前返回的，保险期间自动延长至其返回时止，但最长不超过五日。"),
        p("六、保险金申请", "BiaoTi", role="H"),
        p("保险金申请人应在知道保险事故发生之日起十日内通知保险人，并提供护照及签证复印件、出入境记录、当地医院病历、医疗费用原始票据等资料。"),
    ],
    "sections": {"INSURED_SCOPE": "二、投保范围", "COVERAGE": "三、保险责任", "EXCLUSIONS": "四、责任免除",
                 "PERIOD": "五、保险期间", "CLAIMS": "六、保险金申请"},
    "note": "double underline inherited in character-style chain 免责字符 -> 提示字符; body 小四 only from docDefaults",
})

# ---------------------------------------------------------------------------------------------
# d09 宠物险 — bold through a character-style chain; run-in labels instead of headings.
DOCS.append({
    "file": "d09_zean_pet_liability.docx",
    "defaults": {"sz": 21},
    "styles": [st("Normal", "Normal", default=True),
               st("Strong", "Strong", kind="character", rpr={"b": True}),
               st("ExclChar", "Exclusion Char", kind="character", based="Strong"),
               st("Label", "Run-in Label", kind="character", rpr={"b": True})],
    "body": [
        p("泽安财产保险股份有限公司　犬只饲养责任保险条款"),
        p("注册号：（泽安财险）（备-责任保险）【2026】（主）041号"),
        p(runs=[r("被保险人：", None, "Label"), r("本保险合同的被保险人为依法登记、取得养犬登记证的个人饲养者。")], role="H"),
        p(runs=[r("保险责任：", None, "Label"), r("在保险期间内，被保险人饲养的犬只在中华人民共和国境内造成第三者人身伤亡或财产损失，依法应由被保险人承担的经济赔偿责任，保险人按照本合同约定负责赔偿；犬只因意外伤害或疾病在宠物医院发生的医疗费用，保险人按约定比例赔偿。")], role="H"),
        p(runs=[r("责任免除：", None, "Label"), r("下列损失、费用和责任，保险人不负责赔偿：", None, "ExclChar")], role="X"),
        p(runs=[r("1. 被保险人的家庭成员或雇佣人员被犬只咬伤的；", None, "ExclChar")], role="X"),
        p(runs=[r("2. 未办理养犬登记、未按规定接种狂犬疫苗的犬只造成的损害；", None, "ExclChar")], role="X"),
        p(runs=[r("3. 犬只绝育、美容、洗护、寄养以及疫苗接种本身发生的费用；", None, "ExclChar")], role="X"),
        p(runs=[r("4. 犬只参与斗犬、赛犬等活动期间发生的损失。", None, "ExclChar")], role="X"),
        p(runs=[r("赔偿限额：", None, "Label"), r("每次事故第三者责任限额五万元，宠物医疗费用年度限额三千元，每次事故免赔额二百元。")], role="H"),
        p(runs=[r("保险费：", None, "Label"), r("每只犬年保险费一百二十元，投保人应在投保时一次交清。")], role="H"),
        p(runs=[r("保险期间：", None, "Label"), r("一年，以保险单载明的起讫时间为准。")], role="H"),
        p(runs=[r("理赔：", None, "Label"), r("发生保险事故后，被保险人应在四十八小时内报案，并提供养犬登记证、伤者就医凭证、公安机关或社区调解记录等资料。")], role="H"),
        p(runs=[r("争议处理：", None, "Label"), r("因本合同发生的争议，由当事人协商解决，协商不成的，依法向被告住所地人民法院起诉。")], role="H"),
        p(runs=[r("名词解释：", None, "Label"), r("第三者，指除被保险人及其家庭成员、雇佣人员以外的人；宠物医院，指取得动物诊疗许可证的诊疗机构。")], role="H"),
    ],
    "sections": {"INSURED_SCOPE": "被保险人：", "COVERAGE": "保险责任：", "EXCLUSIONS": "责任免除：",
                 "SUM_INSURED": "赔偿限额：", "PREMIUM": "保险费：", "PERIOD": "保险期间：", "CLAIMS": "理赔：",
                 "DISPUTES": "争议处理：", "DEFINITIONS": "名词解释："},
    "note": "run-in labels; exclusion bodies bold via character style Exclusion Char basedOn Strong",
})

# ---------------------------------------------------------------------------------------------
# d10 家财险 — numbered list; text bold by direct <w:b w:val="1"/>; numbering level carries bold for the number only.
DOCS.append({
    "file": "d10_renhe_home_contents.docx",
    "defaults": {"sz": 21},
    "numbering": {1: {"fmt": "chineseCounting", "text": "（%1）", "rpr": {"b": True}}},
    "styles": [st("Normal", "Normal", default=True),
               st("ZW", "正文 小四", based="Normal", rpr={"sz": 24}),
               st("H2", "Heading 2", based="Normal", rpr={"b": True, "sz": 28}, outline=1)],
    "body": [
        p("人和财产保险股份有限公司　家安保家庭财产保险条款", "H2", role="H"),
        p("第一部分　保险标的", "H2", role="H"),
        p("本保险合同的保险标的为被保险人所有或使用的、坐落于保险单载明地址内的室内财产，包括家用电器、家具、床上用品、衣物。", "ZW"),
        p("第二部分　保险责任", "H2", role="H"),
        p("保险期间内，由于火灾、爆炸、管道破裂及水渍、盗抢造成保险标的的损失，保险人按照本保险合同约定负责赔偿。发生盗抢事故的，被保险人应当在二十四小时内向公安机关报案。", "ZW"),
        p("第三部分　责任免除", "H2", role="H"),
        p("出现下列任一情形时，保险人不负责赔偿：", "ZW", rpr={"b": "1"}, role="X"),
        p("被保险人或其家庭成员的故意行为；", "ZW", rpr={"b": "1"}, num=(1, 0), role="X"),
        p("保险标的存放于露天或简易建筑内；", "ZW", rpr={"b": "1"}, num=(1, 0), role="X"),
        p("房屋无人居住连续超过三十日期间发生的盗抢损失；", "ZW", rpr={"b": "1"}, num=(1, 0), role="X"),
        p("家用电器因使用过度、超电压、短路等原因造成的本身损毁。", "ZW", rpr={"b": "1"}, num=(1, 0), role="X"),
        p("第四部分　保险金额和保险费", "H2", role="H"),
        p("室内财产的保险金额由投保人自行确定，最高不超过二十万元。保险费按照保险金额乘以费率计算，年费率为千分之一点二。", "ZW"),
        p("第五部分　争议解决", "H2", role="H"),
        p("合同争议协商不成的，可提交保险单载明的仲裁委员会仲裁或依法向人民法院起诉。", "ZW"),
    ],
    "sections": {"INSURED_SCOPE": "第一部分　保险标的", "COVERAGE": "第二部分　保险责任", "EXCLUSIONS": "第三部分　责任免除",
                 "SUM_INSURED": "第四部分　保险金额和保险费", "PREMIUM": "第四部分　保险金额和保险费",
                 "DISPUTES": "第五部分　争议解决"},
    "note": "automatic numbering (number bold from the numbering level) plus direct w:b w:val=\"1\" on the text",
})

# =============================================================================================
# Not emphasised (d11–d20)
# ---------------------------------------------------------------------------------------------
# d11 机动车 — exclusions red and highlighted yellow, not bold/underlined/larger.
_RED = {"color": "C00000", "highlight": "yellow"}
DOCS.append({
    "file": "d11_pingxing_motor_third_party.docx",
    "defaults": {"sz": 21},
    "styles": [st("Normal", "Normal", default=True, rpr={"sz": 24}),
               st("T1", "条款标题", based="Normal", rpr={"b": True})],
    "body": [
        p("平兴财产保险股份有限公司　机动车第三者责任保险条款", "T1", role="H"),
        p("保险责任", "T1", role="H"),
        p("第一条　保险期间内，被保险人或其允许的驾驶人在使用被保险机动车过程中发生意外事故，致使第三者遭受人身伤亡或财产直接损毁，依法应当对第三者承担的损害赔偿责任，且不属于免除保险人责任的范围，保险人依照本保险合同的约定，对于超过机动车交通事故责任强制保险各分项赔偿限额的部分负责赔偿。"),
        p("责任免除", "T1", role="H"),
        p("第二条　下列人身伤亡、财产损失和费用，保险人不负责赔偿：", rpr=_RED, role="X"),
        p("（一）被保险机动车发生意外事故，致使任何单位或个人停业、停驶、停电、停水、停气、停产、通讯或者网络中断、电压变化、数据丢失造成的损失以及其他各种间接损失；", rpr=_RED, role="X"),
        p("（二）第三者财产因市场价格变动造成的贬值，修理后因价值降低引起的减值损失；", rpr=_RED, role="X"),
        p("（三）被保险人及其家庭成员、被保险人允许的驾驶人及其家庭成员所有、承租、使用、管理、运输或代管的财产的损失；", rpr=_RED, role="X"),
        p("（四）精神损害抚慰金；应当由机动车交通事故责任强制保险赔偿的损失和费用。", rpr=_RED, role="X"),
        p("责任限额", "T1", role="H"),
        p("第三条　每次事故的责任限额，由投保人和保险人在签订本保险合同时可选择一百万元、一百五十万元、二百万元、三百万元或以上的档次协商确定。"),
        p("赔偿处理", "T1", role="H"),
        p("第四条　保险人对被保险人或其允许的驾驶人给第三者造成的损害，可以直接向该第三者赔偿。被保险人给第三者造成损害，未向该第三者赔偿的，保险人不得向被保险人赔偿。"),
        p("第五条　因保险事故损坏的第三者财产，修理前被保险人应当会同保险人检验，协商确定维修机构、修理项目、方式和费用。"),
    ],
    "sections": {"COVERAGE": "保险责任", "EXCLUSIONS": "责任免除", "SUM_INSURED": "责任限额", "CLAIMS": "赔偿处理"},
    "note": "colour C00000 and yellow highlight only: not emphasis under the README's rule",
})

# ---------------------------------------------------------------------------------------------
# d12 意外险 — lead-in sentence bold, items plain.
DOCS.append({
    "file": "d12_xianghe_senior_accident.docx",
    "defaults": {"sz": 21},
    "styles": [st("Normal", "Normal", default=True, rpr={"sz": 21}),
               st("Hx", "标题 2", based="Normal", rpr={"b": True, "sz": 24}, outline=1)],
    "body": [
        p("祥和财产保险股份有限公司　金色晚年老年人意外伤害保险条款", "Hx", role="H"),
        p("（祥和财险）（备-意外伤害保险）【2026】（主）029号"),
        p("一、被保险人", "Hx", role="H"),
        p("投保时年龄在五十周岁至八十五周岁、能正常生活的自然人，可作为本保险合同的被保险人。"),
        p("二、保险责任", "Hx", role="H"),
        p("在保险期间内，被保险人因遭受意外伤害事故导致骨折的，保险人按照约定给付骨折保险金；被保险人因意外伤害事故在医院接受治疗的，保险人对其发生的必需且合理的医疗费用，在扣除每次事故免赔额一百元后按百分之九十的比例给付。"),
        p("三、责任免除", "Hx", role="H"),
        p("因下列情形之一导致被保险人身故、伤残或发生医疗费用的，保险人不承担给付保险金责任：", rpr=B, role="L"),
        p("（一）被保险人因骨质疏松、骨肿瘤等疾病导致的病理性骨折；", role="X"),
        p("（二）被保险人因中风、心脏病发作、癫痫发作等疾病导致的摔倒；", role="X"),
        p("（三）被保险人醉酒或受毒品、管制药物的影响期间；", role="X"),
        p("（四）被保险人驾驶无有效行驶证的机动车期间。", role="X"),
        p("四、保险期间", "Hx", role="H"),
        p("本保险合同的保险期间为一年，自保险单载明的生效日零时起。"),
        p("五、保险金的申请与给付", "Hx", role="H"),
        p("保险金申请人应当提供保险单、被保险人身份证明、医院出具的诊断证明、X光片及报告、医疗费用原始收据。保险人在与申请人达成给付协议后十日内履行给付义务。"),
        p("六、释义", "Hx", role="H"),
        p("骨折：指由于外来暴力作用导致的骨的完整性或连续性中断，以X光片或其他影像学检查结果为准。"),
    ],
    "sections": {"INSURED_SCOPE": "一、被保险人", "COVERAGE": "二、保险责任", "EXCLUSIONS": "三、责任免除",
                 "PERIOD": "四、保险期间", "CLAIMS": "五、保险金的申请与给付", "DEFINITIONS": "六、释义"},
    "note": "only the lead-in is bold; the four exclusion items (the clause bodies) are plain",
})

# ---------------------------------------------------------------------------------------------
# d13 医疗险 — exclusion style basedOn a bold style but turns bold off itself (w:b w:val="0").
DOCS.append({
    "file": "d13_huayu_senior_medical.docx",
    "defaults": {"sz": 21},
    "styles": [st("Normal", "Normal", default=True, rpr={"sz": 24}),
               st("Emph", "重要提示", based="Normal", rpr={"b": True}),
               st("Excl", "免责条款正文", based="Emph", rpr={"b": False}),
               st("Ch", "章", based="Normal", rpr={"b": True, "sz": 28}, outline=0)],
    "body": [
        p("华昱财产保险股份有限公司　安心中老年住院医疗保险条款", "Ch", role="H"),
        p("重要提示：请您仔细阅读责任免除条款，理解其含义后再投保。", "Emph"),
        p("总则　被保险人范围", "Ch", role="H"),
        p("投保时年龄为五十周岁至八十周岁、能正常生活的人，可作为本合同的被保险人。"),
        p("第一章　保险责任", "Ch", role="H"),
        p("第一条　在保险期间内，被保险人因意外伤害或等待期后因疾病在医院住院治疗的，保险人对其住院期间发生的必需且合理的医疗费用，在扣除免赔额二万元后，按百分之六十的比例给付住院医疗保险金，累计给付以保险金额为限。"),
        p("第二章　责任免除", "Ch", role="H"),
        p("第二条　因下列情形之一导致被保险人发生医疗费用的，保险人不承担给付保险金责任：", "Excl", role="X"),
        p("（一）投保前已患有的高血压、糖尿病及其并发症；", "Excl", role="X"),
        p("（二）被保险人接受的疗养、康复治疗、保健性治疗；", "Excl", role="X"),
        p("（三）被保险人患艾滋病或感染艾滋病病毒期间；", "Excl", role="X"),
        p("（四）被保险人在非本合同约定的医院就诊发生的费用。", "Excl", role="X"),
        p("第三章　保险金额和保险费", "Ch", role="H"),
        p("第三条　本保险合同的保险金额为二十万元，保险费根据被保险人的年龄确定，并在保险单中载明。"),
        p("第四章　保险期间", "Ch", role="H"),
        p("第四条　本保险合同保险期间为一年，不保证续保。保险期间届满，投保人需重新申请投保，经保险人审核同意后，交纳保险费，获得新的保险合同。"),
        p("第五章　保险金的申请与给付", "Ch", role="H"),
        p("第五条　被保险人申请住院医疗保险金的，应提供医院出具的住院病历、出院小结、医疗费用原始收据及结算明细。保险人收到材料后五日内作出核定。"),
        p("第六章　争议处理", "Ch", role="H"),
        p("第六条　因本合同发生的争议，协商不成的，依法向人民法院起诉。"),
        p("第七章　释义", "Ch", role="H"),
        p("第七条　等待期：指自本合同生效日起三十日，续保的不设等待期。"),
    ],
    "sections": {"COVERAGE": "第一章　保险责任", "EXCLUSIONS": "第二章　责任免除", "SUM_INSURED": "第三章　保险金额和保险费",
                 "PREMIUM": "第三章　保险金额和保险费", "PERIOD": "第四章　保险期间", "CLAIMS": "第五章　保险金的申请与给付",
                 "DISPUTES": "第六章　争议处理", "INSURED_SCOPE": "总则　被保险人范围",
                 "DEFINITIONS": "第七章　释义"},
    "note": "complete; 免责条款正文 basedOn 重要提示 (bold) sets w:b w:val=\"0\": the exclusions are not bold; the 重要提示 line is bold",
})

# ---------------------------------------------------------------------------------------------
# d14 家财险 — exclusion items bold directly, except one item with bold switched off directly.
DOCS.append({
    "file": "d14_hongxin_home_property.docx",
    "defaults": {"sz": 21},
    "styles": [st("Normal", "Normal", default=True),
               st("TKB", "条款标题", based="Normal", rpr={"b": True, "sz": 24})],
    "body": [
        p("宏信财产保险股份有限公司　家庭财产保险条款", "TKB", role="H"),
        p("（一）保险财产", "TKB", role="H"),
        p("被保险人所有的、坐落于保险单所载明地址内的下列家庭财产，可作为本保险合同的保险标的：房屋及其室内装修、附属设备；室内家具、家用电器、文化娱乐用品、衣物和床上用品。"),
        p("（二）保险责任", "TKB", role="H"),
        p("保险期间内，因火灾、爆炸、雷击、冰雹、雪灾、洪水、暴雨、台风、龙卷风、泥石流造成保险财产的损失，保险人依照本保险合同的约定负责赔偿。"),
        p("（三）责任免除", "TKB", role="H"),
        p("下列原因造成的损失，保险人不负责赔偿：", rpr=B, role="X"),
        p("1．战争、敌对行为、军事行动、武装冲突、罢工、暴动；", rpr=B, role="X"),
        p("2．地震、海啸及其次生灾害；", rpr=B, role="X"),
        p("3．被保险人及其家庭成员的故意行为；", rpr={"b": False}, role="X"),
        p("4．保险财产因设计错误、原材料缺陷、工艺不善等内在缺陷造成的损失。", rpr=B, role="X"),
        p("（四）保险期间", "TKB", role="H"),
        p("保险期间为一年，以保险单载明的起讫时间为准。"),
        p("（五）赔偿处理", "TKB", role="H"),
        p("保险财产发生保险责任范围内的损失后，保险人按照保险财产的实际损失计算赔偿，但最高不超过其保险金额。保险人应当在与被保险人达成赔偿协议后十日内支付赔款。"),
        p("（六）争议处理", "TKB", role="H"),
        p("因履行本保险合同发生的争议，由当事人协商解决；协商不成的，提交仲裁或向人民法院起诉。"),
    ],
    "sections": {"INSURED_SCOPE": "（一）保险财产", "COVERAGE": "（二）保险责任", "EXCLUSIONS": "（三）责任免除",
                 "PERIOD": "（四）保险期间", "CLAIMS": "（五）赔偿处理", "DISPUTES": "（六）争议处理"},
    "note": "item 3 has <w:b w:val=\"0\"/> directly: one clause body not bold",
})

# ---------------------------------------------------------------------------------------------
# d15 货运险 — complex-script-only bold and size (bCs, szCs) plus italics on the exclusions.
_CS = {"bCs": True, "szCs": 28, "i": True}
DOCS.append({
    "file": "d15_xinan_cargo_road.docx",
    "defaults": {"sz": 21},
    "styles": [st("Normal", "Normal", default=True),
               st("Bt", "标题", based="Normal", rpr={"b": True, "sz": 24})],
    "body": [
        p("鑫安财产保险股份有限公司　公路货物运输保险条款", "Bt", role="H"),
        p("第一条　保险标的", "Bt", role="H"),
        p("凡在中华人民共和国境内经公路运输的货物，均可作为本保险的保险标的。下列货物非经投保人与保险人特别约定，并在保险单上载明，不在保险标的范围以内：金银、珠宝、钻石、玉器、首饰、古币、古玩、古书、古画、艺术作品、邮票。"),
        p("第二条　保险责任", "Bt", role="H"),
        p("由于下列保险事故造成保险货物的损失和费用，保险人依照本条款约定负责赔偿：（一）火灾、爆炸、雷电、冰雹、暴风、暴雨、洪水；（二）运输工具发生碰撞、倾覆、坠落；（三）在装货、卸货或转载时因意外事故造成的损失。"),
        p("第三条　责任免除", "Bt", role="H"),
        p("由于下列原因造成保险货物的损失，保险人不负责赔偿：", rpr=_CS, role="X"),
        p("（一）被保险人的故意行为或重大过失；", rpr=_CS, role="X"),
        p("（二）保险货物本身的缺陷或自然损耗，以及包装不善；", rpr=_CS, role="X"),
        p("（三）运输延迟所引起的损失；", rpr=_CS, role="X"),
        p("（四）车辆驾驶员无有效驾驶证或车辆无有效行驶证期间发生的损失。", rpr=_CS, role="X"),
        p("第四条　保险金额和保险费", "Bt", role="H"),
        p("保险金额按照货价或货价加运杂费确定。投保人应当在起运前一次交清保险费。"),
        p("第五条　赔偿处理", "Bt", role="H"),
        p("保险货物发生保险责任范围内的损失时，按保险金额与保险价值的比例计算赔偿，但最高不超过保险金额。"),
    ],
    "sections": {"INSURED_SCOPE": "第一条　保险标的", "COVERAGE": "第二条　保险责任", "EXCLUSIONS": "第三条　责任免除",
                 "SUM_INSURED": "第四条　保险金额和保险费", "PREMIUM": "第四条　保险金额和保险费", "CLAIMS": "第五条　赔偿处理"},
    "note": "bCs/szCs act on complex-script text only, italics is not emphasis: Chinese text stays plain 五号",
})

# ---------------------------------------------------------------------------------------------
# d16 农险 — bold only on the paragraph marks (pPr/rPr) and grey shading; runs plain.
DOCS.append({
    "file": "d16_jiahe_livestock.docx",
    "defaults": {"sz": 21},
    "styles": [st("Normal", "Normal", default=True, rpr={"sz": 24}),
               st("Zt", "章节标题", based="Normal", rpr={"b": True}, outline=1)],
    "body": [
        p("嘉禾财产保险股份有限公司　能繁母猪养殖保险条款", "Zt", role="H"),
        p("第一条　保险标的", "Zt", role="H"),
        p("投保的能繁母猪应同时符合下列条件：品种为当地政府畜牧部门认可的品种；饲养场所在当地洪水水位线以上的非蓄洪、行洪区；猪龄在八个月以上四周岁以下；按规定免疫且有耳标。"),
        p("第二条　保险责任", "Zt", role="H"),
        p("在保险期间内，由于重大病害、自然灾害、意外事故以及政府实施的强制扑杀导致保险母猪死亡的，保险人按照本保险合同的约定负责赔偿。"),
        p("第三条　责任免除", "Zt", role="H"),
        p("第四条　下列原因造成的损失，保险人不负责赔偿：", mark=B, shd="D9D9D9", role="X"),
        p("（一）投保人、被保险人及其雇佣人员的故意或重大过失行为、管理不善；", mark=B, shd="D9D9D9", role="X"),
        p("（二）在观察期内发生的保险事故；", mark=B, shd="D9D9D9", role="X"),
        p("（三）保险母猪在疾病观察期满后因未按规定免疫而死亡；", mark=B, shd="D9D9D9", role="X"),
        p("（四）政府强制扑杀时已从政府获得的补偿部分。", mark=B, shd="D9D9D9", role="X"),
        p("第五条　保险金额", "Zt", role="H"),
        p("每头能繁母猪的保险金额为一千五百元，保险金额＝每头保险金额×投保数量。"),
        p("第六条　保险期间", "Zt", role="H"),
        p("保险期间为一年，以保险单载明的起讫时间为准，观察期为二十日。"),
        p("第七条　赔偿处理", "Zt", role="H"),
        p("保险母猪发生保险责任范围内的死亡，被保险人应在二十四小时内通知保险人，并配合保险人进行无害化处理。赔偿金额＝死亡头数×每头赔偿金额。"),
        p("第八条　释义", "Zt", role="H"),
        p("观察期：指保险合同生效之日起的一段时间，在此期间内因疾病导致保险母猪死亡的，保险人不负责赔偿。"),
    ],
    "sections": {"INSURED_SCOPE": "第一条　保险标的", "COVERAGE": "第二条　保险责任", "EXCLUSIONS": "第三条　责任免除",
                 "SUM_INSURED": "第五条　保险金额", "PERIOD": "第六条　保险期间", "CLAIMS": "第七条　赔偿处理",
                 "DEFINITIONS": "第八条　释义"},
    "note": "paragraph-mark rPr bold + shading only; the text runs are plain (the 释义 line about 观察期 is a definition, not counted)",
})

# ---------------------------------------------------------------------------------------------
# d17 旅行险 — exclusions chapter bold via style, but an exclusion inside 保险责任 is plain.
DOCS.append({
    "file": "d17_taihe_domestic_travel.docx",
    "defaults": {"sz": 21},
    "styles": [st("Normal", "Normal", default=True, rpr={"sz": 21}),
               st("Zy", "重要条款", based="Normal", rpr={"b": True}),
               st("T", "条目标题", based="Normal", rpr={"b": True, "sz": 24})],
    "body": [
        p("泰和财产保险股份有限公司　国内旅行意外伤害保险条款", "T", role="H"),
        p("1. 被保险人", "T", role="H"),
        p("在中华人民共和国境内旅行的自然人，年龄在出生满六个月至八十周岁的，可作为被保险人。"),
        p("2. 保险责任", "T", role="H"),
        p("保险期间内，被保险人在旅行途中因遭受意外伤害事故导致身故或伤残的，保险人按约定给付保险金；被保险人因意外伤害在医院治疗的，保险人对必需且合理的医疗费用，扣除免赔额一百元后按百分之八十给付。"),
        p("但被保险人参加自行组织的登山、漂流、野外探险活动期间遭受的意外伤害，保险人不承担给付保险金的责任。", role="X"),
        p("3. 责任免除", "T", role="H"),
        p("因下列原因造成被保险人身故、伤残或医疗费用的，保险人不承担给付保险金责任：", "Zy", role="X"),
        p("（1）被保险人故意自伤、自杀；", "Zy", role="X"),
        p("（2）被保险人酒后驾驶、无合法有效驾驶证驾驶；", "Zy", role="X"),
        p("（3）被保险人因疾病、高原反应、中暑导致的身故或伤残。", "Zy", role="X"),
        p("4. 保险金额", "T", role="H"),
        p("意外身故、伤残保险金额为十万元，意外医疗保险金额为一万元。"),
        p("5. 保险费", "T", role="H"),
        p("保险费按旅行天数计算，三日十元，七日二十元，十五日三十五元。"),
        p("6. 保险期间", "T", role="H"),
        p("保险期间自被保险人踏上旅行交通工具时起，至旅行结束返回出发地时止，最长不超过保险单载明的天数。"),
        p("7. 保险金申请", "T", role="H"),
        p("申请人应在事故发生后及时报案，并提交保险单号、身份证明、旅行凭证、医院诊断证明和医疗费用发票。"),
        p("8. 争议处理", "T", role="H"),
        p("本合同争议协商不成的，依法向人民法院起诉。"),
        p("9. 释义", "T", role="H"),
        p("旅行途中：指被保险人离开日常居住地前往旅行目的地及返回的全过程，包括乘坐交通工具和在旅行目的地停留期间。"),
    ],
    "sections": {"INSURED_SCOPE": "1. 被保险人", "COVERAGE": "2. 保险责任", "EXCLUSIONS": "3. 责任免除",
                 "SUM_INSURED": "4. 保险金额", "PREMIUM": "5. 保险费", "PERIOD": "6. 保险期间", "CLAIMS": "7. 保险金申请",
                 "DISPUTES": "8. 争议处理", "DEFINITIONS": "9. 释义"},
    "note": "complete; the 但…不承担给付保险金的责任 sentence inside 保险责任 is an exclusion clause and is plain",
})

# ---------------------------------------------------------------------------------------------
# d18 宠物险 — numbered exclusions whose numbering level is bold; the text runs are plain.
DOCS.append({
    "file": "d18_zhongli_pet_medical.docx",
    "defaults": {"sz": 21},
    "numbering": {1: {"fmt": "decimal", "text": "%1.", "rpr": {"b": True, "sz": 28}}},
    "styles": [st("Normal", "Normal", default=True),
               st("H1", "Heading 1", based="Normal", rpr={"b": True, "sz": 28}, outline=0),
               st("ListPara", "List Paragraph", based="Normal")],
    "body": [
        p("中利财产保险股份有限公司　萌宠医疗费用保险条款", "H1", role="H"),
        p("保险责任", "H1", role="H"),
        p("在保险期间内，被保险宠物因意外伤害或等待期后罹患疾病，在保险人认可的宠物医院进行治疗的，保险人对被保险人支付的必要且合理的门诊、住院及手术费用，在扣除每次免赔额一百元后，按百分之七十的比例赔偿，年度累计以保险金额为限。"),
        p("被保险宠物", "H1", role="H"),
        p("出生满六十日至八周岁、已植入芯片或已办理犬只登记的家养犬、猫，可作为本保险合同的被保险宠物。"),
        p("不保事项", "H1", role="H"),
        p("对于下列费用，保险人不负责赔偿：", role="L"),
        p("先天性、遗传性疾病以及投保前已患有的疾病；", "ListPara", num=(1, 0), role="X"),
        p("绝育、美容、洗澡、寄养、训练、常规体检和疫苗接种费用；", "ListPara", num=(1, 0), role="X"),
        p("怀孕、生产及其并发症；", "ListPara", num=(1, 0), role="X"),
        p("处方粮、保健品、驱虫药品费用。", "ListPara", num=(1, 0), role="X"),
        p("保险金额、保险费及保险期间", "H1", role="H"),
        p("保险金额分为五千元、一万元两档；保险费按宠物品种和年龄确定；保险期间为一年，等待期为三十日。"),
    ],
    "sections": {"INSURED_SCOPE": "被保险宠物", "COVERAGE": "保险责任", "EXCLUSIONS": "不保事项",
                 "SUM_INSURED": "保险金额、保险费及保险期间", "PREMIUM": "保险金额、保险费及保险期间",
                 "PERIOD": "保险金额、保险费及保险期间"},
    "note": "numbering level rPr (bold, 四号) formats the number only; list text plain; synonym 不保事项",
})

# ---------------------------------------------------------------------------------------------
# d19 雇主责任 — exclusions sized 小四 by a style while the dominant body size is also 小四; underline "none".
DOCS.append({
    "file": "d19_yongchengan_employer.docx",
    "defaults": {"sz": 24},
    "styles": [st("Normal", "Normal", default=True),
               st("Xiaosi", "免责小四", based="Normal", rpr={"sz": 24}),
               st("NoU", "No Underline Char", kind="character", rpr={"u": "none"}),
               st("Tt", "条款标题", based="Normal", rpr={"b": True, "sz": 32})],
    "body": [
        p("永诚安财产保险股份有限公司　雇主责任保险（2026版）", "Tt", role="H"),
        p("投保须知：本条款中保险人不承担责任的内容，请投保人特别关注。"),
        p("第一部分　保险责任", "Tt", role="H"),
        p("在保险期间内，被保险人的雇员在受雇过程中从事与被保险人业务有关的工作时，因遭受意外事故或患与业务有关的国家规定的职业性疾病所致伤残或死亡，被保险人根据雇佣合同应承担的医药费用及经济赔偿责任，保险人依据本保险单的规定，在约定的赔偿限额内予以赔付。"),
        p("第二部分　除外责任", "Tt", role="H"),
        p("本保险对下列各项不负赔偿责任：", "Xiaosi", runs=[r("本保险对下列各项不负赔偿责任：", None, "NoU")], role="X"),
        p("", "Xiaosi", runs=[r("（一）被保险人的雇员由于职业性疾病以外的疾病、传染病、分娩、流产以及因上述原因接受医疗、诊疗所致的伤残或死亡；", None, "NoU")], role="X"),
        p("", "Xiaosi", runs=[r("（二）由于被保险人的雇员自加伤害、自杀、违法行为所致的伤残或死亡；", None, "NoU")], role="X"),
        p("", "Xiaosi", runs=[r("（三）被保险人的雇员因非职业原因而受酒精或药剂的影响所发生的伤残或死亡；", None, "NoU")], role="X"),
        p("", "Xiaosi", runs=[r("（四）被保险人的合同项下的责任，除非该合同责任在无合同存在时仍然应由被保险人承担。", None, "NoU")], role="X"),
        p("第三部分　赔偿限额", "Tt", role="H"),
        p("死亡赔偿限额以保险单约定的每人死亡赔偿限额为限；伤残赔偿限额按伤残等级对应比例乘以每人伤残赔偿限额计算；医疗费用以每人医疗费用赔偿限额为限。"),
        p("第四部分　赔偿处理", "Tt", role="H"),
        p("被保险人索赔时，应提供保险单、事故证明、雇员名单、工资单、伤残鉴定或死亡证明、医药费收据。保险人在核定赔偿责任后十日内支付赔款。"),
    ],
    "sections": {"COVERAGE": "第一部分　保险责任", "EXCLUSIONS": "第二部分　除外责任", "SUM_INSURED": "第三部分　赔偿限额",
                 "CLAIMS": "第四部分　赔偿处理"},
    "note": "exclusion style sets 小四 = the body's resolved size (docDefaults 小四), so not larger; underline val none",
})

# ---------------------------------------------------------------------------------------------
# d20 百万医疗 — converted (English style names); exclusions 五号 while body 小四; only the heading is bold/large.
DOCS.append({
    "file": "d20_anhe_million_medical_converted.docx",
    "defaults": {"sz": 20},
    "styles": [st("Normal", "Normal", default=True, rpr={"sz": 24}),
               st("BodyText", "Body Text", based="Normal"),
               st("BodyText2", "Body Text 2", based="BodyText", rpr={"sz": 21}),
               st("Heading1", "heading 1", based="Normal", rpr={"b": True, "sz": 32}, outline=0),
               st("Heading2", "heading 2", based="Normal", rpr={"b": True, "sz": 28, "u": "single"}, outline=1)],
    "body": [
        p("安和财产保险股份有限公司　安和百万医疗保险条款", "Heading1", role="H"),
        p("第一条　投保范围", "Heading2", role="H"),
        p("出生满二十八日至六十周岁，身体健康，能正常工作或正常生活的自然人，可作为本合同的被保险人。", "BodyText"),
        p("第二条　保险责任", "Heading2", role="H"),
        p("在保险期间内，被保险人经医院诊断必须住院治疗的，保险人对被保险人住院期间实际发生的、必需且合理的住院医疗费用，在扣除年免赔额一万元后，按本合同约定的比例给付保险金。被保险人经医院确诊初次患有本合同约定的重大疾病的，其重大疾病住院医疗费用不受年免赔额限制。", "BodyText"),
        p("第三条　责任免除", "Heading2", role="H"),
        p("因下列原因导致被保险人发生医疗费用的，保险人不承担给付保险金的责任：（一）投保人对被保险人的故意杀害、故意伤害；（二）被保险人故意犯罪或者抗拒依法采取的刑事强制措施；（三）被保险人主动吸食或注射毒品；（四）遗传性疾病，先天性畸形、变形或染色体异常；（五）精神和行为障碍。", "BodyText2", role="X"),
        p("第四条　保险期间", "Heading2", role="H"),
        p("本合同保险期间为一年。保险期间届满前，保险人审核同意后，投保人可续保。", "BodyText"),
        p("第五条　保险金申请与给付", "Heading2", role="H"),
        p("保险金申请人应提交保险金给付申请书、身份证明、病历资料、费用原始收据和明细，保险人收到申请后五个工作日内作出核定；对属于保险责任的，在达成给付协议后十日内履行给付义务。", "BodyText"),
        p("第六条　争议处理", "Heading2", role="H"),
        p("本合同履行过程中发生的争议，由当事人协商解决；协商不成的，依法向人民法院起诉。", "BodyText"),
        p("第七条　释义", "Heading2", role="H"),
        p("住院：指被保险人因疾病或意外伤害而入住医院之正式病房进行治疗，并正式办理入出院手续，不包括日间观察病房、挂床住院。", "BodyText"),
    ],
    "sections": {"INSURED_SCOPE": "第一条　投保范围", "COVERAGE": "第二条　保险责任", "EXCLUSIONS": "第三条　责任免除",
                 "PERIOD": "第四条　保险期间", "CLAIMS": "第五条　保险金申请与给付", "DISPUTES": "第六条　争议处理",
                 "DEFINITIONS": "第七条　释义"},
    "note": "only the heading (bold, underlined, 四号) is emphasised; the clause body is 五号 in Body Text 2, smaller than the 小四 body",
})

# Hand labels: is every exclusion clause body emphasised (README rule)? Checked by validate_disclosure.py.
EMPHASISED = {
    "d01_anhe_motor_commercial.docx": True,
    "d02_dingsheng_home_property.docx": True,
    "d03_xinda_an_accident.docx": True,
    "d04_ruifeng_million_medical.docx": True,
    "d05_zhongcheng_employer_liability.docx": True,
    "d06_guorun_cargo_transport.docx": True,
    "d07_changle_crop_insurance.docx": True,
    "d08_fulin_travel.docx": True,
    "d09_zean_pet_liability.docx": True,
    "d10_renhe_home_contents.docx": True,
    "d11_pingxing_motor_third_party.docx": False,
    "d12_xianghe_senior_accident.docx": False,
    "d13_huayu_senior_medical.docx": False,
    "d14_hongxin_home_property.docx": False,
    "d15_xinan_cargo_road.docx": False,
    "d16_jiahe_livestock.docx": False,
    "d17_taihe_domestic_travel.docx": False,
    "d18_zhongli_pet_medical.docx": False,
    "d19_yongchengan_employer.docx": False,
    "d20_anhe_million_medical_converted.docx": False,
}
SECTIONS = ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "CLAIMS", "DISPUTES",
            "DEFINITIONS"]

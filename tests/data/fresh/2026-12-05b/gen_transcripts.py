"""Generate transcripts.jsonl (40 sales calls). Deterministic: python3 gen_transcripts.py"""

import json
import random
from collections import Counter
from pathlib import Path

from synth import make_name

r = random.Random(2026120505)
COS = ["丝路财产保险", "天山财险", "西域财产保险股份有限公司", "昆仑财险"]
PROD = {
    "motor": ["机动车商业保险(含车损险和第三者责任险)", "新能源汽车商业保险", "驾乘无忧车险套餐"],
    "accident": ["安行综合意外险", "驾乘人员意外伤害保险", "护老意外险", "建工团体意外险"],
    "health": ["百万住院医疗保险", "暖心中端医疗险", "防癌医疗险", "住院津贴保险"],
}
COVER = {
    "motor": [
        "车损险保的是您自己车辆因碰撞、倾覆、火灾、暴雨等造成的损失;三者险保的是您撞了别人车辆或人员,依法该赔的部分,这次三者我建议您保到200万。",
        "这份保单里车损险赔自己的车,三者险赔对方的车和人,车上人员责任险赔您车上乘客受伤的医疗费。",
    ],
    "accident": [
        "主要保障意外身故和伤残,最高30万元;意外医疗2万元,社保内外都能报,0免赔;住院还有每天100元津贴。",
        "保的是意外伤害:意外身故伤残最高20万,意外医疗费用1万,骨折另有额外赔付。",
    ],
    "health": [
        "住院医疗费用一年最高报200万,一万元免赔额,社保报销后的部分按100%报,特殊门诊和住院前后30天门诊也能报。",
        "保障住院费用,一般医疗年度限额100万,重大疾病200万,有一万免赔额,用了社保按100%,没用社保按60%。",
    ],
}
EXCL = {
    "motor": [
        "有几种情况是不赔的,比如酒后驾驶、无证驾驶、车辆未年检,还有故意制造事故。",
        "免责的我重点说一下:酒驾醉驾、驾驶证失效,以及车辆改装后未告知导致的损失,保险公司不赔。",
    ],
    "accident": [
        "不赔的情况主要有:酒驾、吸毒、自杀、参加潜水跳伞这类高风险运动,还有疾病导致的身故不属于意外。",
        "需要提醒您,猝死和疾病引起的伤害不在保障里,醉酒、斗殴导致的伤害也不赔。",
    ],
    "health": [
        "投保前已经有的疾病,也就是既往症,是不赔的;等待期30天内生病住院也不赔;美容、牙齿矫正也不在范围内。",
        "有几项免责您注意:既往症不赔,等待期内发病不赔,还有整形美容、怀孕生育相关的费用不报。",
    ],
}
PREM = {
    "motor": [
        "今年商业险保费一共3,260元,交强险950元,保险期间一年,从12月10号零点起保。",
        "总保费4,180元,一次性交清,保障一年,到期前我会提醒您续保。",
    ],
    "accident": ["保费一年128元,保障期间一年,可以微信或银行卡一次性支付。", "每年保费260元,保一年,明天零点生效。"],
    "health": [
        "您这个年龄保费一年560元,保险期间一年,按年缴费,每年续保时保费可能随年龄调整。",
        "首年保费1,080元,可以按月交,每月90元,保障期间一年。",
    ],
}
COOL = [
    "这个产品有15天犹豫期,收到保单15天内退保的全额退还保费;过了犹豫期退保,退还未满期部分的保费。",
    "您收到电子保单后有15天犹豫期,期间不满意可以全额退;之后退保按合同退未满期净保费,会有一定扣除。",
]
VIOL = {
    "ABSOLUTE_TERM": ["我们这个是全市最好的一款,没有之一。", "说实话,这个保障在业内是顶配,谁家都比不了。"],
    "GUARANTEED_RETURN": [
        "而且交的钱到期能全部拿回来,还有额外收益,稳赚的。",
        "这钱放进来只会多不会少,每年至少3个点的收益。",
    ],
    "DEPOSIT_CONFUSION": [
        "您就当是在银行存了一笔钱,到时候连本带息取出来。",
        "跟您在银行做定存一个道理,只是利息给得更高。",
    ],
    "PANIC_SELLING": [
        "这款月底就停售了,今天不定下来以后就买不到了。",
        "下个月费率就上调了,现在定能锁住老价格,过几天就没了。",
    ],
    "REGULATOR_ENDORSEMENT": ["这是监管部门推荐的产品,国家给兜底的。", "这个是金融监管局牵头搞的,相当于官方认证。"],
    "EXAGGERATED_COVERAGE": ["基本上什么情况都能赔,住院花多少报多少。", "只要是住院,不管什么病都给报,没有任何限制。"],
    "DENIGRATE_COMPETITOR": [
        "您原来那家公司理赔特别难,好多客户都被拒赔,别续他们了。",
        "别家的车险便宜是便宜,出了事根本找不到人,服务差得很。",
    ],
    "MISLEADING_FREE": ["第一个月是免费送的,您不用管,后面的再说。", "这份意外险是白送您的,不用交钱,后面自动续就行。"],
}
CUST_TRAP = ["这个是不是保本的啊?", "你们是不是国家指定的?", "是不是什么都能赔?"]
AGENT_FIX = {
    "这个是不是保本的啊?": "不是的,这是消费型保险,不保本,没出险保费不退。",
    "你们是不是国家指定的?": "不是的,这是我们公司自己的商业保险产品,您按自己需要选。",
    "是不是什么都能赔?": "不是的,有责任免除的情况,我下面跟您说清楚。",
}
ACK = ["嗯", "好的", "你说", "哦", "嗯嗯", "行", "明白"]

lines = ["motor"] * 14 + ["accident"] * 13 + ["health"] * 13
r.shuffle(lines)
out = []
steps_all = [
    "RECORDING_NOTICE",
    "AGENT_IDENTITY",
    "PRODUCT_INSURER",
    "COVERAGE",
    "EXCLUSIONS",
    "PREMIUM_TERM",
    "COOLING_OFF_OR_CANCELLATION",
    "CUSTOMER_CONSENT",
]
vcodes = list(VIOL)
for i, line in enumerate(lines):
    co = r.choice(COS)
    prod = r.choice(PROD[line])
    agent = make_name(r, r.choice(["s2", "s3"]))
    cust_s = make_name(r, "s2")[0] + r.choice(["先生", "女士"])
    num = str(r.randint(10000, 99999))
    T = []

    def a(t, turns=T):
        turns.append({"speaker": "agent", "text": t})

    def c(t, turns=T):
        turns.append({"speaker": "customer", "text": t})

    present = set()
    mode = {s: ("present" if r.random() < 0.72 else "absent") for s in steps_all}
    # scenario quotas so each tricky case occurs several times
    id_mode = ["full", "pieces", "confirm", "name_only", "full"][i % 5]
    ex_mode = ["plain", "on_request", "read_yourself", "plain", "absent", "on_request"][i % 6]
    co_mode = ["yes", "hmm", "think", "yes", "yes"][(i + 2) % 5]
    greet = f"喂,{cust_s}您好。"
    if mode["RECORDING_NOTICE"] == "present":
        greet += r.choice(["为了保障您的权益,本次通话全程录音。", "提前跟您说一下,我们这通电话是有录音的。"])
        present.add("RECORDING_NOTICE")
    if id_mode == "full":
        greet += f"我是{co}的客户经理{agent},工号{num}。"
        present.add("AGENT_IDENTITY")
    elif id_mode in ("pieces", "name_only"):
        greet += f"我叫{agent},您叫我小{agent[0]}就行。"
    a(greet)
    c(r.choice(["嗯,什么事?", "你说吧", "哪位?", "有事吗"]))
    if id_mode == "pieces":
        a("是这样,您的车险快到期了,想跟您聊聊。" if line == "motor" else "是这样,我们这边有一款保障想跟您介绍一下。")
        c("你是哪个公司的?")
        a(f"哦不好意思,我是{co}的,刚才忘说了。")
        present.add("AGENT_IDENTITY")
    elif id_mode == "confirm":
        a(f"我这边是{agent}。")
        c(f"你是{co}的吧?之前有人打过。")
        a(f"对,我就是{co}的,之前可能是我同事联系的您。")
        present.add("AGENT_IDENTITY")
    elif id_mode == "name_only":
        a("最近有个活动,想给您介绍一下。")
        c(r.choice(ACK))
    if mode["PRODUCT_INSURER"] == "present":
        a(f"今天给您介绍的是{prod},由{co}承保。")
        present.add("PRODUCT_INSURER")
    else:
        a("给您介绍的这款" + {"motor": "车险", "accident": "意外险", "health": "医疗险"}[line] + "是我们的热销款。")
    c(r.choice(ACK))
    if r.random() < 0.3:
        q = r.choice(CUST_TRAP)
        c(q)
        a(AGENT_FIX[q])
    if mode["COVERAGE"] == "present":
        a(r.choice(COVER[line]))
        present.add("COVERAGE")
        c(r.choice(ACK))
    viol = []
    if r.random() < 0.4:
        k = vcodes[len([x for x in out if x["violations"]]) % 8]
        a(r.choice(VIOL[k]))
        viol.append(k)
        c(r.choice(["真的啊?", "哦", "这样啊"]))
    if ex_mode == "plain":
        a(r.choice(EXCL[line]))
        present.add("EXCLUSIONS")
        c(r.choice(ACK))
    elif ex_mode == "on_request":
        c("那有什么情况是不赔的?")
        a(r.choice(EXCL[line]))
        present.add("EXCLUSIONS")
    elif ex_mode == "read_yourself":
        a("免责条款都在合同里,回头短信发您,您自己看一下就行。")
        c(r.choice(ACK))
    if mode["PREMIUM_TERM"] == "present":
        a(r.choice(PREM[line]))
        present.add("PREMIUM_TERM")
        c(r.choice(["价格还行", "有点贵", "嗯", "好"]))
    else:
        a("价格很实惠的,一天不到一杯奶茶钱。")
        c("具体多少钱?")
        a("这个系统里出单时会显示,您放心。")
    if line != "motor":
        if mode["COOLING_OFF_OR_CANCELLATION"] == "present":
            a(r.choice(COOL))
            present.add("COOLING_OFF_OR_CANCELLATION")
            c(r.choice(ACK))
        elif r.random() < 0.5:
            a("不想要了随时找我就行。")
            c(r.choice(ACK))
    if co_mode == "yes":
        a(r.choice(["以上内容您都清楚了吗?同意投保的话我这边就给您出单。", "那您看是否同意投保这份保险?"]))
        c(r.choice(["同意,办吧。", "可以,就按这个给我办。", "行,我买了。", "同意投保。"]))
        present.add("CUSTOMER_CONSENT")
        a("好的,稍后您会收到支付链接和电子保单,感谢您的支持。")
    elif co_mode == "hmm":
        a("那我先把投保链接发您?")
        c("嗯")
        a("好的,您看一下,有问题随时联系我。")
    else:
        a("您看今天要不要定下来?")
        c(r.choice(["我再想想吧。", "我跟家里人商量一下再说。", "先这样吧,我考虑考虑。"]))
        a("好的,那您考虑好了联系我。")
    out.append(
        {
            "id": f"tc2-{i + 1:03d}",
            "product_line": line,
            "turns": T,
            "steps_present": [s for s in steps_all if s in present],
            "violations": viol,
        }
    )

with open(Path(__file__).with_name("transcripts.jsonl"), "w", encoding="utf-8") as f:
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(
    len(out),
    Counter(x["product_line"] for x in out),
    Counter(s for x in out for s in x["steps_present"]),
    Counter(v for x in out for v in x["violations"]),
)

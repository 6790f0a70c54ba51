"""Generate transcripts.jsonl: 40 sales calls assembled from hand-written turn variants (seed 61206).

Every call draws, per step, either a hand-written wording that performs the step (often in unusual words, or
spread over several turns) or a distractor that does NOT perform it (a mention without substance, a "嗯").
Labels come from what was drawn, so they are exact by construction. Agent-turn violations are drawn from
VIOLATIONS; customer turns may contain violation-like words (questions) that are not violations.
"""

from __future__ import annotations

import itertools
import random

from common import SURNAMES, Filler, write_jsonl

SEED = 61206
N_CALLS = 40
AGENCY = ("丝绸之路保险代理有限公司", "博格达保险经纪")
COMPANIES = ("昆仑财产保险", "天山财险", "丝路财产保险股份有限公司", "雪峰财产保险", "胡杨保险")

PRODUCTS = {
    "motor": ("车险“畅行无忧”组合（交强险加商业车损险、三者险）", "“安驾”商业车险套餐", "这套车险方案：交强险、车损、三者200万、车上人员"),
    "accident": ("“出行安”综合意外险", "“工友宝”团体意外险", "“银龄守护”老年意外险", "“驾乘安心”驾乘人员意外险"),
    "health": ("“康泰”百万医疗险", "“暖心保”住院医疗险", "“守护者”防癌医疗险"),
}

RECORDING_YES = (
    "为了保障您的权益，咱们这通电话全程录音，您看可以吗？",
    "先跟您说一声，本次通话会被录下来存档。",
    "提醒您一下，这个电话我们这边是有录音的，方便以后核对。",
    "咱们今天聊的内容系统都会录下来，以后有啥争议可以调出来听。",
    "通话内容会留存录音备查哈，您介意吗？",
    "按规定这个电话要全程录音录像的，麻烦您理解一下。",
)
RECORDING_NO = (
    "我这边先把您的信息记录一下。",
    "您方便拿笔记一下吗？",
    "",
)

COVERAGE = {
    "motor": (
        "车损险管您自己这辆车的损失，不管是撞了还是被刮了；三者险管您撞了别人的车和人，这次给您配的是200万。",
        "简单说：自己车坏了修车的钱，撞到别人要赔给人家的钱，还有车上坐的人受伤的医药费，这三块都有。",
        "您这个方案里，车损保额按车的实际价值定，三者是一百五十万，司机和乘客每个座位一万。",
        "万一您把别人车撞了，人家的修车钱、医药费，这边最多替您出三百万；您自己车的修理费也管。",
    ),
    "accident": (
        "意外身故和伤残最高赔五十万，意外受伤去医院看病的钱最多给报两万。",
        "要是出门磕了碰了进了医院，看病的钱这边给您出，最多两万；万一伤残了按等级赔，最高三十万。",
        "主要保三样：意外导致的身故、伤残，还有意外医疗，另外住院每天有一百块补贴。",
        "您在工地上摔了、被砸了，医药费报销最多三万，要是落下残疾，按伤残等级给钱。",
    ),
    "health": (
        "住院花的医疗费，社保报完剩下的，扣掉一万块免赔额以后，目录内的全部给您报，一年最多报两百万。",
        "生病或者意外住院的钱、特殊门诊、住院前后门诊都管，年度限额两百万，重大疾病不设免赔。",
        "确诊癌症以后的住院和治疗费用，社保范围内扣完免赔额按比例报，保额一百万。",
        "住院的床位费、手术费、药费，先走医保，剩下的超过五千块的部分按百分之百报，报到一百万为止。",
    ),
}
COVERAGE_NO = ("保障挺全面的，您放心。", "这个保障很好的，很多人都买了。", "具体保什么您看那个页面上都有。")

EXCLUSIONS = {
    "motor": (
        "有几种情况是不赔的，我得跟您讲清楚：喝了酒开车、没驾照或者驾照过期开车、故意撞的，这些都不赔。",
        "发动机进水以后再打火造成的损坏，还有车轮单独坏了，这两样车损险是不管的。",
        "您注意啊，把车借给没有驾驶证的人开出了事，保险是不赔的；营运拉客出的事也不赔。",
        "丑话说在前头：车停在那儿自己着了火、还有修车期间在修理厂出的事，这个方案都不管。",
    ),
    "accident": (
        "有几种情况这边是不管的，比如喝醉了出的事，还有去蹦极、潜水、攀岩这种高风险运动受的伤。",
        "生病导致的住院不在这个保险里，它只管意外；另外自己故意伤害自己、酒驾出的事都不赔。",
        "您得知道哈：猝死不算意外，不赔的；还有无证驾驶发生的意外也不赔。",
        "打架斗殴受的伤、吸毒以后出的事，保险公司一分不出，这个得跟您讲明白。",
    ),
    "health": (
        "投保前就有的病，比如高血压这类以前就有的病引起的并发症，是不赔的；还有头三十天等待期内生病也不赔。",
        "美容整形、牙齿矫正、体检这些费用都不在报销范围内，这个要提前跟您说明。",
        "需要跟您讲一下不赔的情况：既往症不赔，等待期内确诊的不赔，在私立医院或者特需部看病的也不报。",
        "怀孕生孩子的费用、还有去境外看病的钱，这个是报不了的。",
    ),
}
EXCLUSIONS_NO = (
    "免责条款您自己看一下，都写在条款里了。",
    "有些免责情况，具体以条款为准哈。",
    "不赔的情况很少，一般都能赔，您放心。",
)

PREMIUM = {
    "motor": (
        "商业险加交强险一共是四千二百八十块，保一年，从下个月三号零点开始生效。",
        "今年总共三千九百六十元，一次交清，保险期间一年。",
        "保费跟去年差不多，三千五百多，具体是三千五百二十，保期还是一整年，明年这个时候再续。",
    ),
    "accident": (
        "一年保费是一百九十八元，保一年，一次交完就行。",
        "一天不到一块钱，一年三百六十五，交一次管一整年。",
        "保费按年交，每年二百八十八元，保险期间一年，到期可以续。",
    ),
    "health": (
        "您这个年龄每年保费是三百六十元，可以按月交，每月三十块，保障期限一年。",
        "今年交的是六百一十二块，保险期间一年，明年续保时按年龄重新算价钱。",
        "首年保费四百五十元，按年缴纳，保障一年，从扣款成功次日零时起生效。",
    ),
}
PREMIUM_NO = ("价格很便宜的，也就几百块。", "费用您不用担心，比别家实惠。")

COOLING = (
    "您收到保单后有十五天的犹豫期，这期间不想要了可以退，保费全额退给您；过了犹豫期再退，要扣掉已经保了的那部分。",
    "要是后悔了，拿到保单半个月之内说一声，钱一分不少退给您；过了这个时间退，就按剩下的天数退。",
    "合同生效以后您随时可以申请解除，退还的是未到期部分的保费，扣一点手续费，具体比例条款第十九条有写。",
    "有犹豫期的，十五天，犹豫期里退保只扣十块钱工本费，过了犹豫期按未满期保费退。",
)
COOLING_NO = ("退保的事以后再说吧，一般也用不着。", "")

CONSENT_ASK = ("那我这边就给您办了啊，您确认投保吗？", "您看没问题的话，我帮您把这份单子投上？", "那就按这个方案来，您同意吗？")
CONSENT_YES = ("行，确认，你给我办吧。", "可以，就按这个方案投。", "好，我同意购买。", "嗯，那就买吧，你帮我弄。",
               "没问题，上吧，钱从我那张卡里扣。")
CONSENT_NO = ("嗯……你先发我看看吧。", "我再考虑考虑，问问我老婆。", "嗯嗯，你说。", "先这样吧，我晚上再回你。")

VIOLATIONS = {
    "EXAGGERATED_COVERAGE": ("这个保险基本上出了事都能赔，您啥也不用管。", "只要是进医院，花多少给您报多少。",
                             "不管在哪儿出的事，怎么出的事，一律赔。"),
    "PANIC_SELLING": ("这个价格就到这周，下周一开始要涨不少。", "名额剩得不多了，我建议您今天就定下来。",
                      "这一版马上就不卖了，后面出来的肯定没这个划算。"),
    "DENIGRATE_COMPETITOR": ("您去年那家理赔慢得要命，换我们这边省心多了。", "别家那个便宜是便宜，出事了根本找不到人。"),
    "REGULATOR_ENDORSEMENT": ("这个是国家鼓励大家买的，政府那边都是认可的。", "监管部门专门审批过，安全性没得说。"),
    "MISLEADING_FREE": ("第一个月不要钱，您先白用着。", "这个保险等于是送您的，您就出个零头。"),
    "ABSOLUTE_TERM": ("这是市面上保障最全的一款，没有比它更好的了。", "我们家理赔速度全疆没人比得上。"),
    "GUARANTEED_RETURN": ("到期不出险的话，交的钱还能全拿回来，还多给您一笔。", "保满二十年，交的钱一分不少退给您，还倒贴利息。"),
    "DEPOSIT_CONFUSION": ("您就当是在银行存了笔钱，还顺带有个保障。", "您把它当个存折就行，每年往里放点，要用随时取。"),
}
# a customer's question that sounds like a violation, and the agent's compliant answer (pairs)
BAIT = (
    ("你们这个是不是什么都赔啊？", "不是的，有保障范围的，不赔的情况我待会儿跟您讲。"),
    ("是不是过几天就不卖了？", "没有这个说法，您不用着急，想好了再买。"),
    ("听说你们这个跟存钱一样？", "不一样的，这是保险，不是存款，不能当存钱用。"),
    ("别家的是不是更便宜？", "各家价格和保障都不一样，您可以比较一下再定。"),
    ("能不能保证赚钱？", "保证不了，这是纯保障的，没有收益。"),
)
SMALL_TALK = (("customer", "喂？哪位？"), ("customer", "你说，我在开车，快点说。"), ("customer", "信号不好，你大点声。"))
SMALL_TALK_PAIRS = (
    (("agent", "不好意思打扰您几分钟。"), ("customer", "哦哦，你说吧。")),
    (("customer", "这个贵不贵啊？"), ("agent", "不贵，价钱我待会儿跟您细说。")),
    (("customer", "我家那个车去年才买的。"), ("agent", "新车更要保障好。")),
    (("customer", "我年纪大了，能买吗？"), ("agent", "能的，您这个年龄可以投。")),
)


def build() -> list[dict]:
    r = random.Random(SEED)
    filler = Filler(SEED)
    lines = ["motor"] * 14 + ["accident"] * 13 + ["health"] * 13
    r.shuffle(lines)
    codes = sorted(VIOLATIONS)
    r.shuffle(codes)
    code_cycle = itertools.cycle(codes)  # balanced over the eight codes
    calls = []
    for idx, line in enumerate(lines, start=1):
        company = r.choice(COMPANIES)
        agent_name = filler.person()
        staff = str(r.randint(10000, 99999))
        steps: set[str] = set()
        violations: set[str] = set()
        turns: list[tuple[str, str]] = [("agent", r.choice(("您好，", "喂，您好，", "哎您好，")) + "请问是"
                                        + r.choice(SURNAMES) + r.choice(("先生", "女士")) + "吗？")]
        turns.append(r.choice(SMALL_TALK))

        def maybe(p: float) -> bool:
            return r.random() < p

        # identity: one turn, spread over turns, confirmed from the customer's question, or incomplete
        mode = r.choice(("one", "split", "confirm", "name_only", "company_only", "one", "split", "agency"))
        late_identity: list[tuple[str, str]] = []
        if mode == "one":
            turns.append(("agent", f"我是{company}的客户经理{agent_name}，工号{staff}。"))
            steps.add("AGENT_IDENTITY")
        elif mode == "split":
            turns.append(("agent", f"我姓{agent_name[0]}，工号是{staff}。"))
            late_identity.append(("agent", f"忘了说，我们这边是{company}，给您打电话是因为您的保单快到期了。"))
            steps.add("AGENT_IDENTITY")
        elif mode == "confirm":
            turns.append(("customer", f"你是{company}那个{agent_name}吧？上回给我打过电话的。"))
            turns.append(("agent", "对对，是我，您记性真好。"))
            steps.add("AGENT_IDENTITY")
        elif mode == "agency":
            turns.append(("agent", f"我是{r.choice(AGENCY)}的{agent_name}，执业证号{staff}，我们是代理公司。"))
            steps.add("AGENT_IDENTITY")
        elif mode == "name_only":
            turns.append(("agent", f"我是{agent_name}，给您打个电话。"))
        else:
            turns.append(("agent", f"这边是{company}的，跟您说个事儿。"))

        if maybe(0.75):
            rec = ("agent", r.choice(RECORDING_YES))
            steps.add("RECORDING_NOTICE")
        else:
            rec = ("agent", r.choice(RECORDING_NO))
        # the notice sometimes comes before the identity, sometimes after
        if rec[1]:
            turns.insert(r.choice((1, len(turns))), rec)
        turns.extend(late_identity)
        if maybe(0.4):
            turns.extend(r.choice(SMALL_TALK_PAIRS))

        product = r.choice(PRODUCTS[line])
        if maybe(0.75):
            if maybe(0.3):  # product and insurer in different turns
                turns.append(("agent", f"这款叫{product}。"))
                turns.append(("customer", "谁家的？靠谱吗？"))
                turns.append(("agent", f"是{company}出的保单，赔款也是他们付。"))
            else:
                wordings = [f"今天给您介绍的是{product}，由{company}承保。", f"这个产品叫{product}，承保公司是{company}。"]
                if mode not in ("name_only", "agency"):  # "我们X" would state the agent's company
                    wordings.append(f"{product}，保险公司是我们{company}，出了险找我们就行。")
                turns.append(("agent", r.choice(wordings)))
            steps.add("PRODUCT_INSURER")
        else:
            turns.append(("agent", r.choice(("给您推荐个保险，挺合适您的。", "有个新的保障方案想跟您说一下。"))))

        if maybe(0.35):
            question, answer = r.choice(BAIT)
            turns.extend((("customer", question), ("agent", answer)))
        if maybe(0.8):
            turns.append(("agent", r.choice(COVERAGE[line])))
            steps.add("COVERAGE")
        else:
            turns.append(("agent", r.choice(COVERAGE_NO)))
        if maybe(0.35):
            code = next(code_cycle)
            turns.append(("agent", r.choice(VIOLATIONS[code])))
            violations.add(code)
        if maybe(0.65):
            text = r.choice(EXCLUSIONS[line])
            if maybe(0.3):  # the substance comes only after the customer asks
                turns.append(("customer", "那有什么情况是不赔的？"))
            turns.append(("agent", text))
            steps.add("EXCLUSIONS")
        else:
            turns.append(("agent", r.choice(EXCLUSIONS_NO)))
        if maybe(0.8):
            turns.append(("agent", r.choice(PREMIUM[line])))
            steps.add("PREMIUM_TERM")
        else:
            turns.append(("customer", "多少钱？"))
            turns.append(("agent", r.choice(PREMIUM_NO)))
        if line != "motor":
            if maybe(0.65):
                turns.append(("agent", r.choice(COOLING)))
                steps.add("COOLING_OFF_OR_CANCELLATION")
            else:
                cooling = r.choice(COOLING_NO)
                if cooling:
                    turns.append(("agent", cooling))
        if maybe(0.2):
            code = next(code_cycle)
            if code in violations:
                code = next(code_cycle)
            turns.append(("agent", r.choice(VIOLATIONS[code])))
            violations.add(code)
        turns.append(("agent", r.choice(CONSENT_ASK)))
        if maybe(0.7):
            turns.append(("customer", r.choice(CONSENT_YES)))
            steps.add("CUSTOMER_CONSENT")
        else:
            turns.append(("customer", r.choice(CONSENT_NO)))
        turns.append(("agent", r.choice(("好的，感谢您的接听，再见。", "好嘞，有问题随时打我电话。", "行，那先这样，祝您生活愉快。"))))
        calls.append({
            "id": f"fresh1206-tr-{idx:03d}",
            "product_line": line,
            "turns": [{"speaker": s, "text": t} for s, t in turns],
            "steps_present": sorted(steps),
            "violations": sorted(violations),
        })
    return calls


if __name__ == "__main__":
    recs = build()
    write_jsonl("transcripts.jsonl", recs)
    print(len(recs), "records")

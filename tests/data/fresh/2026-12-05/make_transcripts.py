"""Generate transcripts.jsonl (48 sales calls with step and violation labels). Deterministic."""
import json
import random
from pathlib import Path

from _gen_common import Gen

COMPANIES = ["天山财产保险", "丝路财险", "昆仑财产保险股份有限公司", "西域保险", "博格达财险"]
PRODUCTS = {
    "motor": ["商业车险（车损加三者一百万）", "新能源汽车商业保险", "驾乘人员意外险"],
    "accident": ["综合意外伤害保险", "老年人意外险", "骑手意外险"],
    "health": ["百万医疗险", "住院津贴险", "防癌医疗险"],
}
COVER = {
    "motor": ["车损险管您自己车的损失，三者险是撞了别人赔别人的，保额一百万", "车辆碰撞、自然灾害造成的车损都在车损险里，三者是对第三方人伤和财产"],
    "accident": ["意外身故伤残最高赔二十万，意外医疗两万，住院每天还有一百块津贴", "主要保意外，比如摔伤、交通事故，意外医疗扣一百免赔后报百分之九十"],
    "health": ["住院医疗费扣掉一万免赔以后按百分之百报，一年最高两百万", "确诊恶性肿瘤以后住院的费用和外购药可以报，一年限额一百万"],
}
EXCL = {
    "motor": ["酒驾、无证驾驶、车辆没年检出的事是不赔的", "要注意哈，故意撞的、喝了酒开的，还有车子本身轮胎单独坏了，这些不赔"],
    "accident": ["不保的情况有：酒后驾驶、打架斗殴、高风险运动像潜水攀岩，还有疾病导致的身故", "像猝死这种疾病原因的不算意外，自己故意伤害的也不赔"],
    "health": ["投保前就有的病，也就是既往症，是不赔的，等待期三十天内得的病也不赔", "整容、牙齿矫正、还有投保前已经确诊的病都不在保障范围"],
}
EXCL_FAKE = ["免责那些您自己看一下条款就行，都写着呢", "不赔的情况合同里都有，回头您翻翻就知道了", "免责条款我发您短信里了，您有空看看"]
VIOL = {
    "ABSOLUTE_TERM": "说实话这是我们这最好的一款，全疆找不到第二家这么划算的",
    "GUARANTEED_RETURN": "而且您放心，这个钱放进来不会亏，到期肯定比您交的多",
    "DEPOSIT_CONFUSION": "您就当是在我们这存了一笔钱，跟存定期差不多",
    "PANIC_SELLING": "这个价就到这周五，下周系统一改就贵了，您今天定下来最好",
    "REGULATOR_ENDORSEMENT": "这是政府推荐的项目，国家都支持的，您放一百个心",
    "EXAGGERATED_COVERAGE": "只要是出了事，不管啥情况都给您赔，不用担心",
    "DENIGRATE_COMPETITOR": "您原来那家啊，理赔特别磨叽，好多客户都跑我们这来了",
    "MISLEADING_FREE": "第一个月是免费送您的，您先用着，不花钱",
}


def build(i: int, line: str, g: Gen, r: random.Random):
    co = r.choice(COMPANIES)
    co_short = co.replace("股份有限公司", "")
    name = g.han_name()
    no = str(r.randint(10000, 99999))
    prod = r.choice(PRODUCTS[line])
    present = set()
    want = {s for s in ["RECORDING_NOTICE", "AGENT_IDENTITY", "PRODUCT_INSURER", "COVERAGE", "EXCLUSIONS", "PREMIUM_TERM",
                        "COOLING_OFF_OR_CANCELLATION", "CUSTOMER_CONSENT"] if r.random() < 0.72}
    if line == "motor":
        want.discard("COOLING_OFF_OR_CANCELLATION")
    pool = [v for v in VIOL if line != "motor" or v not in ("GUARANTEED_RETURN", "DEPOSIT_CONFUSION")]
    viols = sorted(r.sample(pool, r.choice([0, 0, 0, 1, 1, 2])))
    turns = []
    def agent(t: str) -> None:
        turns.append({"speaker": "agent", "text": t})

    def cust(t: str) -> None:
        turns.append({"speaker": "customer", "text": t})

    # opening + identity
    style = r.choice(["full", "pieces", "ask", "staffno"])
    if "AGENT_IDENTITY" in want:
        present.add("AGENT_IDENTITY")
        if style == "full":
            agent(f"喂您好，我是{co_short}的{name}，工号{no}，请问是车主本人吗？" if line == "motor" else f"您好，这里是{co}，我是客户经理{name}。")
            cust("是我，什么事？")
        elif style == "pieces":
            agent(f"哎您好，我叫{name}，您叫我小{name[0]}就行。")
            cust("小" + name[0] + "？你哪里的？")
            agent(f"我是{co_short}这边的，之前给您寄过续保通知。")
        elif style == "ask":
            agent(f"您好，我是{name}，打扰您一下。")
            cust(f"你是不是{co_short}的？上次也是你们打的吧")
            agent("对对对，是的，是我们公司。")
        else:
            agent(f"您好，{co_short}客服，我的工号是{no}。")
            cust("嗯，你说。")
    else:
        if r.random() < 0.5:
            agent(f"您好，我是小{name[0]}，占用您两分钟时间可以吗？")
        else:
            agent(f"您好，我们是{co_short}的，给您做个回访。")
        cust(r.choice(["嗯", "你说吧", "啥事儿", "在开车，快点说"]))
    if "RECORDING_NOTICE" in want:
        present.add("RECORDING_NOTICE")
        agent(r.choice(["先跟您说一下，为了保障您的权益，咱们这个通话是全程录音的。", "本次通话会录音哈，您知悉一下。", "提醒您，通话内容会被录音记录。"]))
        cust(r.choice(["好", "行", "知道了"]))
    # product
    if "PRODUCT_INSURER" in want:
        present.add("PRODUCT_INSURER")
        agent(r.choice([f"今天给您介绍的是{prod}，由{co}承保。", f"这款{prod}是{co_short}出的，我们公司自己承保。"]))
    else:
        agent(r.choice(["我们最近有个保障挺适合您的，给您简单说一下。", f"有个{prod.split('（')[0]}挺不错的，给您说说。"]))
    cust(r.choice(["保什么的？", "哦，你说说看", "我已经有保险了", "嗯"]))
    if "COVERAGE" in want:
        present.add("COVERAGE")
        agent(r.choice(COVER[line]) + "。")
    else:
        agent("保障挺全面的，具体的我稍后发您。")
    if "EXAGGERATED_COVERAGE" in viols:
        agent(VIOL["EXAGGERATED_COVERAGE"])
    if "EXCLUSIONS" in want:
        present.add("EXCLUSIONS")
        if r.random() < 0.4:
            cust(r.choice(["那喝了酒出事赔不赔？", "有啥不赔的吗？", "以前有高血压能保吗？"]))
            agent("这个要跟您说清楚，" + r.choice(EXCL[line]) + "。")
        else:
            agent(r.choice(EXCL[line]) + "。")
    elif r.random() < 0.6:
        agent(r.choice(EXCL_FAKE))
    for v in viols:
        if v != "EXAGGERATED_COVERAGE":
            agent(VIOL[v])
            cust(r.choice(["真的假的", "哦", "这样啊", "你别忽悠我"]))
    if "PREMIUM_TERM" in want:
        present.add("PREMIUM_TERM")
        fee = {"motor": r.randint(2800, 6800), "accident": r.randint(99, 399), "health": r.randint(188, 1280)}[line]
        agent(r.choice([f"保费一年{fee}元，保险期间一年，明天零点生效。", f"一年交{fee}块，可以按月分期，保一年。"]))
        cust(r.choice(["有点贵", "还行", "能便宜点不？"]))
    else:
        cust("多少钱？")
        agent("不贵的，一天也就一杯奶茶钱。")
    if "COOLING_OFF_OR_CANCELLATION" in want:
        present.add("COOLING_OFF_OR_CANCELLATION")
        agent(r.choice(["收到保单后有十五天犹豫期，这期间退保全额退钱；过了犹豫期退保的话退现金价值。",
                    "您要是不想要了，随时能退，犹豫期内全退，之后按未到期的保费比例退。"]))
    if "CUSTOMER_CONSENT" in want:
        present.add("CUSTOMER_CONSENT")
        agent("那我现在给您办理投保，您同意吗？")
        cust(r.choice(["同意，办吧。", "行，给我办了吧。", "可以，我买。", "好的，确认购买。"]))
        agent("好的，稍后会有短信链接，您点进去核对信息就行。")
    else:
        agent("那您看要不要办一份？")
        cust(r.choice(["我再考虑考虑", "跟我老婆商量一下再说", "嗯……", "先不了，你发个资料给我"]))
        agent("好的，不打扰您了。")
    return {"id": f"fresh-call-{i:03d}", "product_line": line, "turns": turns,
            "steps_present": sorted(present), "violations": viols}


def main() -> None:
    r = random.Random(48)
    g = Gen(4848)
    rows = [build(i + 1, ["motor", "accident", "health"][i % 3], g, r) for i in range(48)]
    out = Path(__file__).with_name("transcripts.jsonl")
    out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    print(len(rows), "calls")


if __name__ == "__main__":
    main()

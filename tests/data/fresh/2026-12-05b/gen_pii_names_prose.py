"""Generate pii_names_prose.jsonl (80 records, PERSON only). Deterministic: python3 gen_pii_names_prose.py"""

import json
import random
from pathlib import Path

from synth import make_name, render

r = random.Random(2026120503)
ORGS = [
    "昌吉州人民医院",
    "天山区红雁街道办事处",
    "新疆农业大学",
    "丝路财险",
    "石榴籽志愿服务队",
    "雪莲山社区",
    "克拉玛依市第二中学",
    "西域文化传媒公司",
    "金盾保险代理",
    "和田地区消费者协会",
    "天马车行",
    "高原红餐饮",
]
PLACES = ["伊宁", "阿勒泰", "库车", "米东区", "五家渠", "达坂城", "喀纳斯", "奇台县", "巴楚"]
BRANDS = ["周大生", "李宁", "王老吉", "张裕", "海尔", "马应龙", "杨国福麻辣烫", "刘一手火锅"]

T = [
    "本报讯 近日,{ORG}举行表彰大会,{A}、{B}、{C}三名同志被评为年度“金融消保先锋”。",
    "{A}是{PLACE}人,在{ORG}工作了十一年,同事们都说她是“最能扛事的人”。",
    "会议纪要\n时间:2026年11月28日\n参会:{A}、{B}、{C}、{D}\n议题:三季度投诉溯源整改进展。{A}汇报了理赔时效问题,{B}补充说明了{PLACE}支公司情况。",
    "那天在{PLACE}的夜市,{A}点了一份{BRAND},一边吃一边给我讲他当年跑保险的故事。",
    "获奖名单公布:一等奖{A};二等奖{B}、{C};三等奖{D}、{E}。感谢{ORG}对本次活动的支持。",
    "楼主说的那个理赔员我也遇到过,叫{A},态度挺好的,就是流程慢。",
    "{A}今年六十三岁,退休前在{ORG}当会计。老伴{B}去年查出糖尿病,老两口这才想起买保险。",
    "据{ORG}通报,{PLACE}一名男子冒用他人身份投保后骗保,目前已被警方控制。",
    "主持人{A}宣布会议开始,首先请{B}介绍{ORG}消保审查工作开展情况。",
    "这篇文章是{A}写的,我转一下。原文说得很清楚:买保险之前一定要看责任免除。",
    "记者在{ORG}见到{A}时,她正忙着给一位老人讲解退保流程。“不着急,我们一条一条来。”{A}说。",
    "{A}、{B}夫妇在{PLACE}开了一家小超市,去年冬天仓库漏水,多亏买了财产险。",
    "{PLACE}今年冬季雪量偏多,{ORG}提醒车主提前检查防冻液,出险及时报案。",
    "讲座由{ORG}的{A}主讲,题目是《老年人如何识别保险销售陷阱》,到场居民八十余人。",
    "楼上的,{A}那个帖子早就删了,你去问问{B}吧,她当时也在群里。",
    "经研究决定,任命{A}为消费者权益保护部总经理,免去{B}的原职务。",
    "{A}笑着说:“保险不是存款,这句话我跟客户说了不下一千遍。”",
    "{BRAND}旗舰店周年庆,{PLACE}门店排起长队。",
    "感谢{A}老师在培训中的精彩分享!也感谢{ORG}提供场地。",
    "投稿人:{A}\n审核:{B}\n编辑:{C}",
    "{A}和{B}是大学同学,毕业后一个去了{ORG},一个留在{PLACE}考了公务员。",
    "去年,{ORG}共开展金融知识进社区活动46场,覆盖{PLACE}、{PLACE2}等地居民一万余人次。",
    "评论区 @{A}:说得对,我妈就被忽悠买过一个“存款型”保险,后来退保亏了好几千。",
    "{A}(左二)与{B}(右一)向获奖代表颁发证书。",
    "当晚值班的是{A},她接到报案电话后第一时间联系了查勘员{B}。",
    "{ORG}位于{PLACE},距离市区约二十公里。",
    "追思会上,{A}的学生{B}回忆起老师生前常说的一句话:“做人要实在。”",
    "“我就想要个说法。”{A}坐在调解室里,把一叠单据摆在桌上。调解员{B}接过来一张张看。",
    "本期“消保之星”:{A}。从业九年,零有效投诉。",
    "{A}说他小时候在{PLACE}长大,最怕的就是冬天停电。",
    "签到表:{A} {B} {C} {D} {E}",
    "小区业主群里,{A}提醒大家:最近有人冒充{ORG}工作人员上门推销,千万别开门。",
    "{BRAND}和{BRAND2}联名款上市首日售罄。",
    "赛后,冠军{A}表示,感谢教练{B}一路以来的指导。",
    "{ORG}党支部书记{A}带队走访了{PLACE}的十二户受灾农户。",
    "我是从{A}那里听说这个调解中心的,她说不收费,去了一看果然。",
    "{PLACE}—{PLACE2}段公路因风吹雪临时封闭,{ORG}开通理赔绿色通道。",
    "{A}认为,{B}的说法并不准确,保证续保和终身续保是两回事。",
    "附件:{A}同志先进事迹材料",
    "有网友晒出聊天记录,称{A}以“内部名额”为由诱导其购买理财型保险。",
]


def fill(tpl):
    names = []
    while len(names) < 5:
        n = make_name(r)
        if n not in names:
            names.append(n)
    pl = r.sample(PLACES, 2)
    br = r.sample(BRANDS, 2)
    v = {k: (n, "PERSON") for k, n in zip("ABCDE", names, strict=False)}
    v.update(
        {
            "ORG": (r.choice(ORGS), None),
            "PLACE": (pl[0], None),
            "PLACE2": (pl[1], None),
            "BRAND": (br[0], None),
            "BRAND2": (br[1], None),
        }
    )
    return render(tpl, v, (lambda s: s.replace(",", "，").replace(":", "：")) if r.random() < 0.6 else None)


out = []
for _rep in range(2):
    for tpl in T:
        text, spans = fill(tpl)
        out.append({"id": f"np2-{len(out) + 1:03d}", "text": text, "spans": spans})
r.shuffle(out)
for i, rec in enumerate(out):
    rec["id"] = f"np2-{i + 1:03d}"
with open(Path(__file__).with_name("pii_names_prose.jsonl"), "w", encoding="utf-8") as f:
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(out), sum(1 for x in out if not x["spans"]))

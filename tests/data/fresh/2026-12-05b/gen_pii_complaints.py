"""Generate pii_complaints.jsonl (150 records). Deterministic: python3 gen_pii_complaints.py"""

import json
import random
import re
from pathlib import Path

from synth import (
    fmt_mobile,
    group4,
    id_check,
    luhn_ok,
    make_address,
    make_card,
    make_id,
    make_landline,
    make_mobile,
    make_name,
    make_plate,
    make_vin,
    render,
)

r = random.Random(2026120502)
TITLES = ["先生", "女士", "经理", "师傅", "老师", "主任"]
COS = [
    "天山财产保险股份有限公司乌鲁木齐中心支公司",
    "西域财险",
    "丝路财产保险昌吉支公司",
    "华泰",
    "太平洋财险",
    "国寿财险伊犁中支",
    "金盾保险代理有限公司",
]
PRODS = [
    "王牌驾乘无忧",
    "金安康意外险",
    "周全守护医疗险",
    "高枕无忧家财险",
    "石榴籽团体意外险",
    "安心宝·驾乘人员意外",
    "常青树综合意外险",
    "宋韵百万医疗",
]
PLACES = ["乌鲁木齐", "石河子", "喀什", "库尔勒", "克拉玛依", "吐鲁番", "哈密", "博乐"]
HOTS = ["95500", "95518", "12378", "400-820-6395", "4006-695-500", "95522", "12315"]

T = [
    # formal complaint matters
    "投诉事项:投保人{P1}(身份证号{ID},联系电话{MOB})反映,其于2026年9月在我司投保{PROD},保单号{POL},车辆{PLATE}发生事故后理赔款迟迟未到账,要求尽快支付至其名下{BANK}。",
    "投诉人{P1},住址{ADDR}。投诉称我司理赔员{P2}在查勘中态度恶劣,报案号{CLM}。请{CO}客服部于15日内回复。",
    "【处理记录】2026-10-14 10:22 致电客户{PT}(手机{MOB}),告知赔款已于10月12日转入尾号卡号{BANK},客户表示认可,工单{WO}办结。",
    "回访记录:回访对象{P1},回访电话{TEL}。客户对{PROD}退保手续费有异议,经解释后仍不满意,已升级至分公司消保室{P2}处理。",
    "客户{PT}来电投诉,称在{PLACE}出差期间车辆{PLATE}被追尾,对方保险公司要求提供行驶证及车架号{VIN},我司未协助,客户很生气。",
    "您好,我叫{P1},身份证{IDS},上个月买的{PROD}被扣了两次钱,扣款卡是{BANKG},麻烦退一笔给我,电话{MOB}。",
    "投诉内容:客户称业务员{P2}未经同意以其名义投保,保单号{POL}。客户要求退还全部保费并向监管反映(已拨打{HOT})。联系人:{P1},{MOB}。",
    "尊敬的{CO}:本人{P1},联系邮箱{EMAIL}。贵司发票号{BADID}的发票抬头错误,请重开并寄到{ADDR}。谢谢!",
    "【微信】{PT}:我那个车险理赔到底啥时候能好啊,都快一个月了😤 车牌{PLATE},你们客服{HOT}根本打不通",
    "【微信】{PT}:照片发你了,行驶证上的车架号是{VIN},我老婆{P2}的电话{MOB},她白天在家",
    "处理经过:经核实,客户{P1}于2026年8月3日报案(报案号{CLM}),因资料不全暂未结案。已由理赔内勤{P2}电话{TEL}通知补充材料。",
    "邮件主题:关于保单{POL}退保的投诉\n发件人:{EMAIL}\n正文:我是投保人{P1},身份证号码{ID},多次申请退保无果,请给个说法。",
    "客户反映:{PROD}宣传页写着“住院可报”,实际理赔被拒。客户{P1}表示将向{PLACE}金融监管分局投诉。工单号{WO}。",
    "回访:客户{PT}称已收到赔款，但金额比定损少了800元，要求解释。客户留的座机{TEL}，手机{MOB}。",
    "投诉人:{P1}  性别:女  证件号码:{ID}  联系地址:{ADDR}  投诉渠道:12378转办  转办编号{WO}",
    "我是{P1}的家属{P2},她住院期间你们的人一直催她签字,我们要投诉!!!电话{MOB}(微信同号)",
    "{PT}你好,上次说的退费已经申请了,预计3个工作日到你尾号那张卡({BANK}),有问题打{HOT}。——{CO}客服{P2}",
    "客户称其名下车辆{PLATE}(VIN码{VIN})的交强险标志未寄送,要求寄到{ADDR},收件人{P1},电话{MOB}。",
    "投诉事项摘要:{PROD}续保时被告知保费上涨35%,客户{P1}认为未提前告知。保单号{POL}，无其他联系方式。",
    "处理意见:同意按比例退还未满期保费1236.50元,打款账户户名{P1},账号{BANKG},开户行{CO}对面的建行{PLACE}分行。",
    "【工单流转】{WO} 转 理赔二部 {P2} 处理;客户{PT}(手机号{MOB})要求本周内电话回复。",
    "客户在公众号留言:“我叫{P1},去年在你们这买了{PROD},现在说我有既往症不赔,凭什么?”已安排专人{P2}跟进。",
    "信访件:来信人{P1},身份证号{IDS},现住{ADDR},反映驾驶员{P2}代签投保单问题。",
    "回访电话{TEL}无人接听,改拨手机{MOB},客户{PT}表示满意,无其他诉求。",
    "客户邮件:各位好,我的邮箱是{EMAIL},附件是医院发票(发票号码{BADID})和银行卡复印件,卡号{BANK},请查收。",
    "投诉人{P1}称:7月21日在{PLACE}市区,我的车{PLATE}被{P2}开的货车剐蹭,对方全责,你们定损员却让我先垫付。",
    "【短信】尊敬的客户,您的理赔案件{CLM}已结案,赔款2,380.00元已支付。如有疑问请致电{HOT}。{CO}",
    "内部记录:{P2}(核赔岗)与客户{P1}通话后确认,客户同意补交诊断证明。客户另提供备用号码{MOB}。",
    "客户{PT}投诉销售人员{P2}夸大{PROD}保障范围,要求全额退保。客户地址:{ADDR}。",
    "该客户(姓名:{P1},手机:{MOB},身份证:{ID})为二次投诉,请按重点件处理,处理时限15日。",
    "您好我是{P1}，我手机号{MOB}，上次跟{PT}说好了周三来拿资料的，结果去了{CO}没人，白跑一趟",
    "投诉登记:姓名{P1};车牌号{PLATE};车架号{VIN};承保公司{CO};问题:商业险批改后保费未退。",
    "兹有客户{P1}委托其配偶{P2}办理退保,委托人身份证号{ID},受托人身份证号{ID2}。",
    "微信聊天记录截图转文字:\n{P2}:{P1}姐,你那个单子我帮你问了\n{P1}:好的谢谢,卡号我再发一遍{BANK}",
    "客户来函称保单{POL}的被保险人信息填错,正确姓名应为{P1},证件号{ID},请予以批改。",
    "处理结果告知:{PT},您好!关于您反映的{PROD}理赔问题,经复核,我司维持原理赔决定。如不服,可向{PLACE}银行保险消费纠纷调解中心申请调解,电话{TEL}。",
    "老客户{P1}反馈:营业厅搬到哪了?原来在{ADDR},现在找不到。请回电{MOB}",
    "回访记录(2026/11/02):客户{P1}电话{MOB}，对理赔时效不满意，表示“再拖就找12378”。备注：客户在{PLACE}住院中。",
    "投诉件编号{WO}\n客户:{PT}\n诉求:退还多扣保费,扣款账户{BANKG}\n处理人:{P2}",
    "{P1}的电子邮箱{EMAIL}已变更为{EMAIL2},请后台同步,避免电子保单寄错。",
    # hard negatives only / mostly
    "客户来电询问{PROD}的投保年龄限制,已告知可拨打{HOT}或关注{CO}公众号查询。未留联系方式。",
    "工单{WO}:客户咨询保单{POL}的保障期间,坐席解释后客户无异议,不需回访。",
    "本月{PLACE}地区共受理投诉37件,其中理赔类21件,销售类9件,{PROD}相关4件,已全部在时限内办结。",
    "报案号{CLM}对应发票号{BADID}金额核对无误,转支付岗。",
    "{CO}消保室提醒:办理退保请携带本人证件到柜面,咨询热线{HOT},切勿将验证码告诉他人。",
    "客户在{PLACE}出差时出险,报案号{CLM},保单号{POL},系统显示已立案。",
    "王牌服务月活动:{CO}推出{PROD}理赔绿色通道,客服{HOT}全天候受理。",
    "{PT}来电说不是本人投保,要求核实;(注:客户拒绝提供其他信息,暂按匿名咨询登记){WO}",
]


def punct(s):
    if r.random() < 0.5:
        s = s.replace(":", ":" if r.random() < 0.5 else "：")
    return s.replace(",", "，") if r.random() < 0.4 else s


def typo(s):
    for a, b in [("理赔", "理陪"), ("保险", "保脸"), ("投诉", "投述"), ("已经", "以经")]:
        if a in s and r.random() < 0.5:
            return s.replace(a, b, 1)
    return s


def vals():
    p1 = make_name(r)
    p2 = make_name(r)
    while p2 == p1:
        p2 = make_name(r)
    ptn = r.choice([make_name(r, "s2")[0], r.choice(["欧阳", "上官", "司马"])]) + r.choice(TITLES)
    card = make_card(r)
    e1 = r.choice(["qin", "kan", "xian", "su", "teng", "yan.mai", "aoyu", "gulmira", "batu"]) + str(r.randint(7, 9999))
    e2 = r.choice(["work", "home", "ym", "lz"]) + str(r.randint(11, 999))
    dom = r.choice(["qq.com", "163.com", "126.com", "sina.cn", "foxmail.com", "xj-mail.cn", "outlook.com"])
    pol = (
        r.choice(["PDAA", "ADZA", "PZAD", "8065"])
        + "2026"
        + str(r.randint(650000, 659999))
        + str(r.randint(10**7, 10**8 - 1))
    )
    clm = make_card(r, 19, valid=False)
    if r.random() < 0.5:
        clm = "RDAA" + "2026" + "".join(str(r.randint(0, 9)) for _ in range(11))
    wo = r.choice(["TS", "GD", "WO-", "XB"]) + "2026" + "".join(str(r.randint(0, 9)) for _ in range(r.choice([6, 8])))
    i = make_id(r)
    bad = make_id(r, valid=False)
    while luhn_ok(bad):
        bad = make_id(r, valid=False)
    while (
        luhn_ok(re.sub(r"\D", "", pol)[-18:])
        or luhn_ok(re.sub(r"\D", "", pol))
        or id_check(re.sub(r"\D", "", pol)[-18:-1]) == pol[-1]
    ):
        pol = pol[:-1] + str((int(pol[-1]) + 1) % 10)
    return {
        "P1": (p1, "PERSON"),
        "P2": (p2, "PERSON"),
        "PT": (ptn, "PERSON"),
        "MOB": (fmt_mobile(r, make_mobile(r)), "MOBILE"),
        "ID": (i, "ID_CARD"),
        "ID2": (make_id(r), "ID_CARD"),
        "IDS": (f"{i[:6]} {i[6:14]} {i[14:]}", "ID_CARD"),
        "BANK": (card, "BANK_CARD"),
        "BANKG": (group4(make_card(r)), "BANK_CARD"),
        "TEL": (make_landline(r), "LANDLINE"),
        "EMAIL": (f"{e1}@{dom}", "EMAIL"),
        "EMAIL2": (f"{e2}@{dom}", "EMAIL"),
        "ADDR": (make_address(r), "ADDRESS"),
        "PLATE": (make_plate(r), "LICENSE_PLATE"),
        "VIN": (make_vin(r), "VIN"),
        "POL": (pol, None),
        "CLM": (clm, None),
        "WO": (wo, None),
        "BADID": (bad, None),
        "HOT": (r.choice(HOTS), None),
        "CO": (r.choice(COS), None),
        "PROD": (r.choice(PRODS), None),
        "PLACE": (r.choice(PLACES), None),
    }


out = []
order = list(range(len(T))) * 4
r.shuffle(order)
seen = set()
for idx in order:
    if len(out) == 150:
        break
    tpl = T[idx]
    if r.random() < 0.2:
        tpl = typo(tpl)
    text, spans = render(tpl, vals(), punct)
    if text in seen:
        continue
    seen.add(text)
    out.append({"id": f"fc2-{len(out) + 1:03d}", "text": text, "spans": spans})

with open(Path(__file__).with_name("pii_complaints.jsonl"), "w", encoding="utf-8") as f:
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(out))

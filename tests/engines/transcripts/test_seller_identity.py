"""AGENT_IDENTITY when the seller is not the insurer: a bank, a car dealer, an online platform, a broker or
agency, a travel agency, named by the agent as their own employer beside a name or a staff number (the
regulation's point is that the customer knows who sells). Written for this file; near misses stay missing."""

import pytest

from xiaobao.engines.transcripts import check_transcript

A, C = "agent", "customer"

# a complete accident call sold by someone who does not work for the insurer; turn 0 is replaced
REST = [
    (C, "嗯，你说。"),
    (A, "给您介绍雪莲财险承保的《乐行短期意外险》，我们只是代理销售。"),
    (A, "意外身故伤残赔十万，意外医疗花的医药费报八成。"),
    (A, "酒驾、无证驾驶出的事不赔。"),
    (A, "保费一年一百二十元，保险期间一年。"),
    (A, "收到保单十五天内退保全额退还保费。"),
    (A, "您看今天给您办上吗？"),
    (C, "好，办吧。"),
]
RECORDED = (A, "您好，本次通话全程录音。")


def identified(*opening):
    call = [RECORDED, *opening, *REST]
    result = check_transcript(
        {"id": "t", "product_line": "accident", "turns": [{"speaker": s, "text": t} for s, t in call]},
        second_opinion=False,
    )
    return "AGENT_IDENTITY" in result.steps_present


@pytest.mark.parametrize("text", [
    # banks (银保)
    "我是金穗银行东湖支行的理财经理韩露，给您讲个产品。",
    "我是松涛农商银行的客户经理，姓魏，工号SN2031。",
    "这里是海棠银行，我是柜员小谭。",
    # car dealers
    "李哥好，我是鸿运丰田4S店的续保顾问小蒋。",
    "这边是腾达汽车销售服务有限公司，我是保险专员邝敏。",
    "我是顺和汽贸的老鲁，您的车险该续了。",
    # online platforms
    "您好，我是云帆保险平台的顾问，工号YF5521。",
    "我是快车宝平台的客服小芸，工号KC101。",
    "我是易选保的，工号YX2200，跟您说下车险。",
    # brokers and agencies
    "我是恒通车险代理公司的小骆，今年还是我给您办。",
    "您好，我是广诚经纪的业务员，姓宁，工号GC0087。",
    # travel agencies
    "您好，我是远山国际旅行社的计调，叫沈岚，出团前跟您说下保险。",
    "我是青鸟旅游公司的导游小柯。",
])
def test_a_named_seller_beside_a_name_or_number(text):
    assert identified((A, text))


@pytest.mark.parametrize("turns", [
    [(A, "您好，我是小宋，工号JH220。"), (C, "你哪家的？"), (A, "我是嘉禾银行的，在网点负责保险。")],
    [(A, "我叫卓远，工号DY303。"), (C, "嗯。"), (A, "这边是大洋4S店保险部。")],
    [(A, "我是保险代理人小叶，叶青。"), (C, "哪个公司的？"), (A, "恒达车险代理公司的。")],
])
def test_the_seller_and_the_name_in_neighbouring_turns(turns):
    assert identified(*turns)


@pytest.mark.parametrize("text", [
    "您好，我是咱们银行的理财经理小郝。",  # "our bank", no bank named
    "我是我们平台的顾问小郑。",
    "我是4S店的小韦，您车险到期了。",  # which dealer?
    "我是续保中心的小彭，给您报个价。",
    "我是手机银行的客服小冉。",
    "我是网上平台的顾问小欧。",
    "您在金穗银行开的户，我是小韩。",  # the bank as a place, not the employer
    "我是小韩，您之前在金穗银行存的钱快到期了。",
    "我是新来的，工号8891。",  # a staff number and no employer at all
    "我是专门负责这块的，工号8891。",
])
def test_no_named_employer_stays_no_identity(text):
    assert not identified((A, text))


def test_the_customer_naming_the_bank_is_no_identity():
    assert not identified((C, "我在金穗银行有张卡。"), (A, "我是小韩，工号3302。"))


@pytest.mark.parametrize("turns", [
    [(A, "欢迎来金穗银行南城支行，办理过程有录音录像。"), (C, "嗯。"), (A, "我是这里的理财经理，叫韩露。")],
    [(A, "您好，欢迎致电雪莲财险，我是坐席小孔。")],
    [(A, "您好，您拨打的是雪莲财险客服热线，我是坐席员小孔。")],
])
def test_the_agent_welcoming_the_customer_to_the_employer(turns):
    assert identified(*turns)


@pytest.mark.parametrize("text", [
    "您好，我是雪莲财险的销售顾问，跟您说个保险。",
    "您好，我是雪莲财险的客户经理，我们这通电话录音。",
    "您好，这是雪莲财险的客服来电。",
    "我是金穗银行的大堂经理，您先坐。",
])
def test_a_role_where_the_name_should_be_is_no_name(text):
    assert not identified((A, text))


@pytest.mark.parametrize("text", ["我是雪莲财险的销售顾问小林。", "我是金穗银行的大堂经理，姓罗。"])
def test_a_role_followed_by_a_name_still_counts(text):
    assert identified((A, text))


@pytest.mark.parametrize("text", ["您好，我是雪岭车险顾问叶帆，工号XL3301。", "我是雪岭车险的续保专员，叫叶帆。"])
def test_an_insurer_named_before_its_motor_line_and_a_role(text):
    assert identified((A, text))


@pytest.mark.parametrize("text", ["我是您的专属车险顾问叶帆。", "我是资深车险顾问叶帆。", "我是线上车险顾问叶帆。"])
def test_a_motor_role_without_an_insurer_is_no_employer(text):
    assert not identified((A, text))

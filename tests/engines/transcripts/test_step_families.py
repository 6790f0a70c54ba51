"""Families of wording for the required steps, each in several variants written for this file (different verbs,
word orders, split across turns), with the near misses that must stay missing."""

import pytest

from xiaobao.engines.transcripts import check_transcript
from xiaobao.engines.transcripts.checklist import insurer_names

A, C = "agent", "customer"

# a complete accident call; each test replaces some of its turns
BASE = [
    (A, "您好，本次通话录音。我是雪莲财险的客户经理贺宁，工号XL0801。"),  # 0 recording, identity
    (C, "嗯，你说。"),
    (A, "给您介绍雪莲财险承保的《乐行短期意外险》。"),  # 2 product and insurer
    (A, "意外身故伤残赔十万，意外医疗花的医药费报八成。"),  # 3 coverage
    (A, "酒驾、无证驾驶出的事不赔。"),  # 4 exclusions
    (A, "保费一年一百二十元，保险期间一年。"),  # 5 premium
    (A, "收到保单十五天内退保全额退还保费。"),  # 6 cooling-off
    (A, "您看今天给您办上吗？"),  # 7 the question for the decision
    (C, "好，办吧。"),  # 8 consent
]


def run(turns, line="accident"):
    return check_transcript({"id": "t", "product_line": line, "turns": [{"speaker": s, "text": t} for s, t in turns]})


def with_turns(index, *turns, base=BASE):
    """BASE with turn `index` replaced by `turns` (none: removed)."""
    return [*base[:index], *turns, *base[index + 1:]]


def present(step, turns, line="accident"):
    return step in run(turns, line).steps_present


def test_the_base_call_has_every_step():
    assert run(BASE).steps_missing == []


# ---- PRODUCT_INSURER: the product's name in quotation marks beside the insurer ------------------------------

@pytest.mark.parametrize("text", [
    "给您推荐雪莲财险的“安途意外”，今年卖得不错。",
    "雪莲财产保险有个「乐享出行」计划，挺适合您。",
    "这个“家安宝”是雪莲财险新出的，专门保老人。",
    "我们雪莲财险这款“平安到家”，您听我说两句。",
])
def test_a_quoted_product_name_beside_the_insurer(text):
    assert present("PRODUCT_INSURER", with_turns(2, (A, text)))


# ---- PRODUCT_INSURER: the insurer by its short name, once the agent has named it in full -------------------

@pytest.mark.parametrize("text", [
    "今年给您上我们雪莲的驾乘意外险。",
    "雪莲这款老年意外险，七十岁也能投。",
    "推荐您雪莲新出的学平险。",
    "换成咱们雪莲家的出行意外险吧。",
])
def test_the_insurer_by_its_short_name(text):
    assert present("PRODUCT_INSURER", with_turns(2, (A, text)))


def test_short_names_come_from_company_names_only():
    assert {"雪莲", "天河"} <= set(insurer_names(["我是雪莲财险的贺宁", "推荐天河财产保险的产品"]))
    assert "天河" in insurer_names(["推荐天河财产保险的产品"])
    assert insurer_names(["我这边是保险公司的", "给您介绍一款意外保险"]) == ()


# ---- PRODUCT_INSURER: "our product" from an agent who said whom they work for -----------------------------

@pytest.mark.parametrize("text", [
    "给您推荐我们的新市民专属意外保险。",
    "我们公司的“护航”意外险，一年一交。",
    "咱们自己的骑手专享意外险，外卖小哥买得多。",
    "这次主推我们家的《乐行短期意外险》。",
])
def test_our_named_product_after_the_agent_named_the_insurer(text):
    assert present("PRODUCT_INSURER", with_turns(2, (A, text)))


# ("我们这个意外险" from the insurer's own agent names it: test_everyday_renewals.py, since s16-txtune)
@pytest.mark.parametrize("text", [
    "给您推荐我们的一款意外险。",  # a category, not a named product
    "您家里人买过意外险吗？",
])
def test_a_bare_category_is_no_product_named(text):
    assert not present("PRODUCT_INSURER", with_turns(2, (A, text)))


def test_a_product_of_a_broker_is_not_the_brokers_own():
    turns = with_turns(0, (A, "您好，本次通话录音。我是雪原保险经纪的顾问贺宁，工号0801。"))
    assert not present("PRODUCT_INSURER", with_turns(2, (A, "给您推荐我们的新市民专属意外保险。"), base=turns))


@pytest.mark.parametrize("text", [
    "我这边是保险公司的，给您介绍一款意外险。",  # no company named
    "您好，雪莲财产保险客服，工号是5531。",  # the company alone
    "我是雪莲财险的小贺，去年给您办过意外险那个。",  # a past purchase recalled
])
def test_no_product_named_with_its_insurer(text):
    turns = with_turns(0, (A, "您好，本次通话录音。"))
    assert not present("PRODUCT_INSURER", with_turns(2, (A, text), base=turns))


@pytest.mark.parametrize("text", [
    "还是给您上雪莲财险的车损加三者一百万。",
    "雪莲财产保险的交强加商业，今年价格降了。",
    "这次续雪莲财险的车损和三者。",
    "雪莲财险这边给您配三者加驾乘。",
])
def test_motor_covers_sold_as_a_package_name_the_product(text):
    assert present("PRODUCT_INSURER", with_turns(2, (A, text)), "motor")


# ---- AGENT_IDENTITY: "我小X" without 是, the employer said as a bare clause ---------------------------------

@pytest.mark.parametrize("text", [
    "王姐好，我小罗，罗飞，雪莲财险的，还记得我吧？",
    "大哥，我老孙啊，雪莲保险的，上回见过。",
    "我是小冯，冯佳，雪莲保险的，您还有印象吗？",
    "叔叔您好，我小钟，雪莲财产保险的，打扰您两分钟。",
])
def test_identity_by_a_familiar_name_and_the_employer_as_a_clause(text):
    turns = with_turns(0, (A, "您好，本次通话录音。"), (A, text))
    assert present("AGENT_IDENTITY", turns)


@pytest.mark.parametrize("text", ["我老家也在这边，雪莲财险的服务还行。", "我们是雪莲保险的。", "我小时候就买过雪莲保险的。"])
def test_no_name_is_no_identity(text):
    turns = with_turns(0, (A, "您好，本次通话录音。"), (A, text))
    assert not present("AGENT_IDENTITY", turns)


# ---- EXCLUSIONS: "cannot pay" in everyday words -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "精神类疾病引起的住院不给付。",
    "没报案就自己去修了的，我们没法赔。",
    "醉酒以后出的事，这个没办法理赔。",
    "您私下找人修了，保险公司无法赔付。",
])
def test_exclusions_said_as_cannot_pay(text):
    assert present("EXCLUSIONS", with_turns(4, (A, text)), "motor")


# ---- PREMIUM_TERM: the amount in Chinese numerals, then the period ------------------------------------------

@pytest.mark.parametrize(("question", "answer"), [
    ("那现在呢？", "现在是两千一百八，一年。"),
    ("多少钱？", "九十八一年。"),
    ("涨多少？", "涨到一千二，每年。"),
    ("贵不贵？", "三百五一年，不贵。"),
])
def test_amount_in_chinese_numerals_before_the_period(question, answer):
    assert present("PREMIUM_TERM", with_turns(5, (C, question), (A, answer)))


@pytest.mark.parametrize("text", ["住院每天给一百五，一年最多九十天。", "最高赔九十，一年的限额。", "您今年三十九，一年后再看。"])
def test_an_allowance_a_limit_or_an_age_is_no_premium(text):
    assert not present("PREMIUM_TERM", with_turns(5, (A, text)))


# ---- COOLING_OFF_OR_CANCELLATION: "全退" -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "十天内可以全额退。",
    "拿到保单十五天里不想要，全退。",
    "二十天以内能全退给您。",
    "15天内随时可以全部退。",
])
def test_a_full_refund_within_days(text):
    assert present("COOLING_OFF_OR_CANCELLATION", with_turns(6, (A, text)))


# ---- CUSTOMER_CONSENT: the decision in other words; refusing one offer and taking another -------------------

@pytest.mark.parametrize("answer", [
    "那就按这个续吧。",
    "行，就按您说的来。",
    "我同意。",
    "那我就投这个。",
    "附加的那个先不要，主险给我办了吧。",
    "那份先别弄，意外险给我上了吧。",
    "那行，就这么着吧。",
])
def test_consent_in_other_words(answer):
    assert present("CUSTOMER_CONSENT", with_turns(8, (C, answer), base=with_turns(7, (A, "就这些，您看呢？"))))


@pytest.mark.parametrize("answer", [
    "我没说要买啊。",
    "你先别办，我再想想。",
    "行，给我办吧，不过我还得问问我老婆。",
    "要是能打折，就按这个来。",
    "我同意你说的，但我不需要。",
])
def test_no_consent_when_taken_back_or_conditioned(answer):
    assert not present("CUSTOMER_CONSENT", with_turns(8, (C, answer)))


# ---- COVERAGE: listed costs beside an overstatement -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "药费、化验费、床位费都能报，什么病都管。",
    "医药费、手术费全部给您报销，啥都不用操心。",
    "住院、门诊都给报，花多少报多少。",
    "车身、玻璃都赔，什么情况都赔。",
])
def test_listed_costs_explain_the_cover_even_beside_an_overstatement(text):
    assert present("COVERAGE", with_turns(3, (A, text)))


@pytest.mark.parametrize("text", ["什么病都能赔。", "出了事花多少报多少。", "反正什么都保，您放心。"])
def test_an_overstatement_alone_explains_nothing(text):
    assert not present("COVERAGE", with_turns(3, (A, text)))


# ---- AGENT_IDENTITY: a role with a name or a number, "为您服务"; a role alone is no name ---------------------

@pytest.mark.parametrize("text", [
    "您好，本次通话录音，雪莲财险客服小王为您服务。",
    "您好，本次通话录音，雪莲财险8023号坐席为您服务。",
    "您好，本次通话录音，雪莲财险坐席员0231为您服务。",
    "您好，本次通话录音，雪莲财险话务员小周给您服务。",
])
def test_identity_by_a_role_with_a_name_or_number(text):
    assert present("AGENT_IDENTITY", with_turns(0, (A, text)))


@pytest.mark.parametrize("text", [
    "您好，本次通话录音，我是雪莲财险的客服。",
    "您好，本次通话录音，这里是雪莲财险客服中心。",
    "您好，本次通话录音，雪莲财险客服热线为您服务。",
    "您好，本次通话录音，我是您的专属顾问小王。",
])
def test_a_role_or_a_name_without_the_other_is_no_identity(text):
    assert not present("AGENT_IDENTITY", with_turns(0, (A, text)))


@pytest.mark.parametrize("text", [
    "喂，李姐，我雪莲保险小贺呀，通话有录音哈。",
    "王哥，我雪莲财险的老周啊，通话有录音。",
    "俺雪莲保险小马，电话录着音呢。",
    "张叔，我雪莲财产保险小林，本次通话录音。",
])
def test_the_employer_and_a_familiar_name_without_a_verb(text):
    assert present("AGENT_IDENTITY", with_turns(0, (A, text)))


# ---- COVERAGE: what is paid "at most" a sum -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "意外伤残按等级赔，最多十万。",
    "骨折额外给付，最多两万元。",
    "车上人员每座最多一万。",
    "住院花的医疗费至多报五十万。",
])
def test_a_cover_with_its_cap(text):
    assert present("COVERAGE", with_turns(3, (A, text)))


# ---- agent-turn violations: a yes after a filler still says yes to the customer's question ------------------

@pytest.mark.parametrize("answer", ["嗯，对。", "哦，是的。", "啊对对对。", "嗯嗯，没错。"])
def test_a_yes_after_a_filler_makes_the_questions_claim(answer):
    turns = [*BASE[:7], (C, "这个是不是国家指定的？"), (A, answer), *BASE[7:]]
    result = run(turns)
    assert "REGULATOR_ENDORSEMENT" in result.violations
    finding = next(f for f in result.findings if f.code == "REGULATOR_ENDORSEMENT")
    assert answer[finding.start:finding.end] == finding.text and finding.text in answer


@pytest.mark.parametrize("answer", ["嗯，不是的。", "哦，这个不能这么说。", "嗯……有保障范围的。"])
def test_a_filler_then_a_denial_makes_no_claim(answer):
    turns = [*BASE[:7], (C, "这个是不是国家指定的？"), (A, answer), *BASE[7:]]
    assert run(turns).violations == []


# ---- pieces: the insurer's short name in the identity turn, "X的产品" answering whose product it is ---------

@pytest.mark.parametrize("turns", [
    [(A, "您好，雪莲财险回访，本次通话录音。"), (C, "嗯。"), (A, "我是雪莲的小杨，工号0932。")],
    [(A, "您好，本次通话录音，雪莲财险客户服务。"), (A, "我在雪莲这边做车险，叫杨帆。")],
    [(A, "您好，本次通话录音，雪莲财险续保提醒。"), (C, "你谁啊？"), (A, "我是雪莲的，工号0932。")],
    [(A, "您好，本次通话录音，我是雪莲财险。"), (C, "你是谁？"), (A, "我是雪莲这边的杨帆。")],
])
def test_identity_with_the_insurers_short_name(turns):
    assert present("AGENT_IDENTITY", with_turns(0, *turns))


@pytest.mark.parametrize("answer", ["是雪莲财险的产品。", "这是雪莲财产保险的险种。", "它是雪莲财险的保单。", "就是雪莲财险的产品，放心。"])
def test_whose_product_answered_in_a_later_turn(answer):
    turns = with_turns(2, (A, "给您说一款意外险，叫乐行。"), (C, "谁家的？"), (A, answer))
    assert present("PRODUCT_INSURER", turns)


@pytest.mark.parametrize("answer", ["我明年再买。", "下个月再说吧，到时候再买。", "过段时间再办。", "以后再买吧。"])
def test_buying_later_is_no_consent(answer):
    assert not present("CUSTOMER_CONSENT", with_turns(8, (C, answer)))


# ---- near misses: an earlier call's recording, a price given only as "less than" ------------------------

@pytest.mark.parametrize("text", [
    "您上次投诉的那段录音我们调出来听了。",
    "之前的通话录音我都看过。",
    "上回那次录音里您说得很清楚。",
    "当时的录像我们也调取了。",
])
def test_an_earlier_calls_recording_is_no_notice(text):
    assert not present("RECORDING_NOTICE", with_turns(0, (A, f"我是雪莲财险的贺宁，工号0801。{text}")))


@pytest.mark.parametrize("text", ["每天不到一块钱，一年期的。", "一年期，一个月不到十块。", "一年不到一百块。", "每月不到二十元，按月交。"])
def test_a_price_said_as_less_than_is_no_premium(text):
    assert not present("PREMIUM_TERM", with_turns(5, (A, text)))


@pytest.mark.parametrize("text", ["身故、伤残、医疗都有保障。", "车损、三者、车上人员都保。", "门诊、住院都有保障。", "骨折、烧伤这些都保。"])
def test_listed_covers_said_to_be_covered(text):
    assert present("COVERAGE", with_turns(3, (A, text)))


@pytest.mark.parametrize("text", [
    "每天不到两块钱，一年六百八十，保一年。",
    "一个月不到五十，按月交四十八块。",
    "一年不到四百，三百八十八元，保障一年。",
    "不到一杯咖啡钱，一年两百二十块，保一年。",
])
def test_an_upper_bound_beside_the_exact_price_is_a_premium(text):
    assert present("PREMIUM_TERM", with_turns(5, (A, text)))


# ---- consent: a question about cancelling takes nothing back; a request to stop does ---------------------

_CONSENTED = [*BASE, (A, "好的，马上给您出单。")]


@pytest.mark.parametrize("later", [
    "那要是我后悔了想撤销呢？",
    "万一我反悔了怎么办？",
    "如果我不想要了，能取消吗？",
    "我反悔了能撤销吗？",
])
def test_asking_how_to_cancel_keeps_the_consent(later):
    assert present("CUSTOMER_CONSENT", [*_CONSENTED, (C, later)])


@pytest.mark.parametrize("later", ["算了，先别办了。", "我想了想，还是不要了。", "先别办了行吗？", "你把订单取消掉吧。"])
def test_a_request_to_stop_takes_the_consent_back(later):
    assert not present("CUSTOMER_CONSENT", [*_CONSENTED, (C, later)])


# ---- PRODUCT_INSURER: a product named without 险 (…医疗, …计划, …保障, "X这个产品") -------------------------

@pytest.mark.parametrize("text", [
    "给您推荐雪莲财险的安康百万医疗，住院能报。",
    "这款是雪莲财险的老年防癌计划。",
    "推荐您雪莲财险的个人综合意外保障。",
    "乐行意外这个产品，是雪莲财险出的。",
])
def test_a_product_named_without_the_word_insurance(text):
    assert present("PRODUCT_INSURER", with_turns(2, (A, text)))


@pytest.mark.parametrize("text", ["雪莲财险保障您出了意外，都有人管。", "雪莲财险给您一个方案。", "雪莲财险这边的医疗，报销很快。"])
def test_a_cover_or_a_plan_unnamed_is_no_product(text):
    turns = with_turns(0, (A, "您好，本次通话录音。我是贺宁，工号0801。"))
    assert not present("PRODUCT_INSURER", with_turns(2, (A, text), base=turns))


@pytest.mark.parametrize("text", ["镶牙、整形这些，这款不覆盖。", "既往病相关的费用不覆盖。", "酒后开车出的事，公司不认。", "无证驾驶的，保险不认账。"])
def test_exclusions_said_as_not_covered_or_not_accepted(text):
    assert present("EXCLUSIONS", with_turns(4, (A, text)))


@pytest.mark.parametrize("text", ["意外骨折另外多赔五千。", "烧伤额外赔两万。", "重疾确诊再赔十万。", "车上人员受伤多赔一万。"])
def test_an_extra_payout_explains_the_cover(text):
    assert present("COVERAGE", with_turns(3, (A, text)))


# ---- the insurer by the name people call it (国寿财, 太保, 众安, 水滴保), with a branch, or guessed by the customer --

_NO_COMPANY = with_turns(0, (A, "您好，本次通话录音。"))


@pytest.mark.parametrize("text", [
    "我是国寿财的顾问刘洋，工号0932。",
    "您好，这里是众诚车险续保中心，我是专员孙悦。",
    "我是太平洋健康险的健康顾问吴静，工号0417。",
    "我是安盛天平的，姓郭，工号0266。",
    "我是大家保险的电销专员，叫我小宁就行。",
])
def test_identity_with_the_insurer_by_its_everyday_name(text):
    assert present("AGENT_IDENTITY", with_turns(0, (A, "您好，本次通话录音。"), (A, text)))


@pytest.mark.parametrize("text", [
    "我是专员孙悦，祝您出入平安。",  # 平安 as a wish
    "我是专员孙悦，大家都说这款好。",  # 大家 as "everybody"
    "我是专员孙悦，今天阳光不错。",
])
def test_everyday_words_are_no_insurer(text):
    assert not present("AGENT_IDENTITY", with_turns(0, (A, "您好，本次通话录音。"), (A, text)))


@pytest.mark.parametrize("text", [
    "给您推荐我们众安的“护身符”意外险。",
    "推荐您大家保险的“安康”医疗险。",
    "还是帮您续永诚的机动车综合商业保险。",
    '这是人保健康的"安心守护"，专门保老人。',
])
def test_a_product_with_the_insurer_by_its_everyday_name(text):
    turns = with_turns(0, (A, "您好，本次通话录音。我是贺宁，工号0801。"))
    assert present("PRODUCT_INSURER", with_turns(2, (A, text), base=turns))


@pytest.mark.parametrize(("question", "answer"), [
    ("你哪里？国寿财的吧？", "对，是的。我叫刘洋，工号0932。"),
    ("你们是众安的吗？", "是，我姓刘，工号0932。"),
    ("雪莲财险的吧？", "对对，我是小刘，刘洋。"),
])
def test_the_company_guessed_by_the_customer_and_affirmed(question, answer):
    assert present("AGENT_IDENTITY", with_turns(0, (A, "您好，本次通话录音。"), (C, question), (A, answer)))


@pytest.mark.parametrize(("question", "answer"), [
    ("你哪里？国寿财的吧？", "不是，我叫刘洋，工号0932。"),
    ("你们是众安的吗？", "不是的，我姓刘，工号0932。"),
])
def test_a_guessed_company_denied_is_no_employer(question, answer):
    assert not present("AGENT_IDENTITY", with_turns(0, (A, "您好，本次通话录音。"), (C, question), (A, answer)))


@pytest.mark.parametrize("answer", ["雪莲财产保险乌市分公司的。", "雪莲财险伊犁支公司的，您放心。", "国寿财昌吉支公司的。"])
def test_the_employer_named_with_its_branch(answer):
    turns = with_turns(0, (A, "您好，本次通话录音。我是续保专员，工号0932。"), (C, "你们哪个公司的？"), (A, answer))
    assert present("AGENT_IDENTITY", turns)


# ---- consent: switching over, "就这个吧"; a purchase elsewhere recalled is none --------------------------------

@pytest.mark.parametrize("answer", ["行，那就换吧。", "可以，转过来吧。", "嗯，我觉得可以，就这个吧。", "好，就要这款了。"])
def test_consent_as_switching_or_picking_this_one(answer):
    assert present("CUSTOMER_CONSENT", with_turns(8, (C, answer), base=with_turns(7, (A, "就这些，您看呢？"))))


@pytest.mark.parametrize("answer", ["对，在别家买的。", "是，去年在阳光保险买的。", "嗯，从网上投的。"])
def test_a_purchase_elsewhere_is_no_consent(answer):
    assert not present("CUSTOMER_CONSENT", with_turns(8, (C, answer), base=with_turns(7, (A, "您去年的车险在哪买的？"))))


# ---- exclusions as "都不算"; a rival's "根本不赔" is no exclusion; price per trip ------------------------------

@pytest.mark.parametrize("text", ["怀孕生孩子、精神疾病住院的，都不算。", "在疗养院、康复院住的，也不算。"])
def test_exclusions_said_as_does_not_count(text):
    assert present("EXCLUSIONS", with_turns(4, (A, text)))


@pytest.mark.parametrize("text", ["网上那些都是坑人的，出了事根本不赔。", "那家小公司的，出了险压根不给赔。"])
def test_a_rivals_refusal_is_no_exclusion(text):
    assert not present("EXCLUSIONS", with_turns(4, (A, text)))


@pytest.mark.parametrize("text", ["按天算，七天的是四十九元，一次交清。", "十天六十八元，一次交清。"])
def test_a_premium_per_trip_paid_once(text):
    assert present("PREMIUM_TERM", with_turns(5, (A, text)))


@pytest.mark.parametrize("text", ["三电系统都保，电池、电机坏了都给您修。", "电池的损坏也在保障里，给您赔。"])
def test_an_electric_cars_battery_is_a_cover(text):
    assert present("COVERAGE", with_turns(3, (A, text)), "motor")


# ---- consent taken back in a later sentence of the same turn; hesitation after a yes --------------------------

@pytest.mark.parametrize("answer", [
    "成，你给整上吧。不过我再想想。",
    "好，就这个吧。我跟老婆商量一下再定。",
    "行，办吧。算了算了，先不要了。",
])
def test_consent_taken_back_in_the_same_turn(answer):
    assert not present("CUSTOMER_CONSENT", with_turns(8, (C, answer)))


@pytest.mark.parametrize("answer", ["好，办吧。保单发我微信就行。", "行，给我办吧。到时候发我邮箱。"])
def test_a_request_after_the_yes_keeps_the_consent(answer):
    assert present("CUSTOMER_CONSENT", with_turns(8, (C, answer)))


# ---- a product named after 产品叫 / 这款叫 without 险; "let me read it first" is no consent -----------------------

@pytest.mark.parametrize("text", ["产品叫安心住院医疗，雪莲财险出的。", "这款叫乐享安康，是雪莲财险承保的。"])
def test_a_product_named_after_jiao(text):
    turns = with_turns(0, (A, "您好，本次通话录音。我是贺宁，工号0801。"))
    assert present("PRODUCT_INSURER", with_turns(2, (A, text), base=turns))


def test_a_name_after_jiao_is_no_product():
    turns = with_turns(0, (A, "您好，本次通话录音。我是雪莲财险的顾问，名字叫贺宁。"))
    assert not present("PRODUCT_INSURER", with_turns(2, (A, "给您说一款意外险，挺划算的。"), base=turns))


@pytest.mark.parametrize("answer", ["可以，我先看看条款。", "好，我先了解一下。", "行，俺先研究研究。"])
def test_reading_first_is_no_consent(answer):
    assert not present("CUSTOMER_CONSENT", with_turns(8, (C, answer), base=with_turns(7, (A, "就这些，您看要不要办？"))))


# ---- insurers called "X保险" in speech (我是青禾保险的, 青禾保险的家用车险), not the kinds of insurance -----------

QINGHE_INTRO = (A, "您好，通话正在录音。我是青禾保险的客户经理郑远，工号QH2207。")


def test_short_names_from_a_bare_insurance_suffix():
    assert "青禾" in insurer_names(["我是青禾保险的客服"])
    assert "青禾" in insurer_names(["今年接着续青禾保险的家用车险"])
    assert "松和" in insurer_names(["这边是松和财险"])  # 和 ends a name
    for text in ["您之前买过保险吗", "给老人买份意外保险", "这是消费型保险，不返钱", "这个属于保险责任",
                 "住院津贴保险金一天一百", "单位给交的团体保险", "车险和财险不是一回事"]:
        assert insurer_names([text]) == (), text


@pytest.mark.parametrize("text", [
    "这次给您推荐青禾保险的家庭综合意外险。",
    "今年您还是续青禾保险的商业车险，方案跟去年一样。",
    "我们青禾有款住院医疗险，名字叫“青禾安心”。",
    "青禾保险新推的“骑行无忧”，专门保骑车出意外的。",
])
def test_a_product_beside_the_insurer_called_x_baoxian(text):
    assert present("PRODUCT_INSURER", with_turns(2, (A, text), base=with_turns(0, QINGHE_INTRO)))


@pytest.mark.parametrize("text", [
    "我是青禾保险的老郑，给您打个电话。",
    "给您打电话是有份医疗险想跟您说说。",
    "这是消费型保险，到期不返钱。",
])
def test_an_insurer_in_the_greeting_is_no_product(text):
    assert not present("PRODUCT_INSURER", with_turns(2, (A, text), base=with_turns(0, QINGHE_INTRO)))


# ---- AGENT_IDENTITY: "名字叫X", and a name said in its own turn after the company -----------------------------

@pytest.mark.parametrize("turns", [
    [(A, "这里是青禾财险，本次通话录音。我是理赔回访专员，名字叫钟晓岚。")],
    [(A, "这里是青禾财险，本次通话录音。"), (C, "哦。"), (A, "我是负责咱们小区车险续保的，叫韦强。")],
    [(A, "您好，这边是青禾财险，电话有录音。"), (C, "你是？"), (A, "我是续保专员，姓名是邝丽。")],
])
def test_a_name_given_after_the_role_or_in_a_later_turn(turns):
    call = [*turns, *BASE[1:]]
    assert present("AGENT_IDENTITY", call)


def test_a_role_without_any_name_stays_no_identity():
    call = [(A, "这里是青禾财险，本次通话录音。我是负责续保的工作人员。"), *BASE[1:]]
    assert not present("AGENT_IDENTITY", call)


# ---- CUSTOMER_CONSENT: agreeing to pay now ("好，付吧", "行，扫码交了吧"); a link asked for to pay ------------------

@pytest.mark.parametrize("answer", ["好，付吧，我这就扫。", "行，交吧，把付款链接发我。", "可以，那我扫码付了。"])
def test_agreeing_to_pay_is_consent(answer):
    call = with_turns(7, (A, "一年一百二十元，您现在就可以付款。"), base=with_turns(8, (C, answer)))
    assert present("CUSTOMER_CONSENT", call)


@pytest.mark.parametrize("answer", ["好的，资料你发我看看再说。", "付不付我再想想。", "先别付，我问问我爱人。"])
def test_looking_first_is_still_no_consent(answer):
    call = with_turns(7, (A, "一年一百二十元，您现在就可以付款。"), base=with_turns(8, (C, answer)))
    assert not present("CUSTOMER_CONSENT", call)


# ---- second pass on the 2026-12-13b misses: a cover said before "不过 … 不报", overstatements, returns at
# maturity, buying later on one's own, the employer by its short name beside a staff number ------------------

@pytest.mark.parametrize("text", [
    "意外骨折住院都能报，不过喝醉了摔的这个不报。",
    "住院花的钱可以赔，只是美容整形的不赔。",
])
def test_a_cover_stated_before_its_exclusion(text):
    assert present("COVERAGE", with_turns(3, (A, text)))


@pytest.mark.parametrize("text", [
    "只要住院，甭管什么病，花多少都给您全报。",
    "生了病花多少钱都能报，您一分不用掏。",
])
def test_an_overstatement_is_no_cover(text):
    assert not present("COVERAGE", with_turns(3, (A, text)))


@pytest.mark.parametrize("text", [
    "交满五年以后，保费一分不少退还给您，另外还有分红。",
    "到期了保费原样返还，相当于白保。",
])
def test_a_premium_returned_at_maturity_is_no_cancellation_rule(text):
    assert not present("COOLING_OFF_OR_CANCELLATION", with_turns(6, (A, text)))


def test_a_cancellation_rule_with_its_refund_still_counts():
    assert present("COOLING_OFF_OR_CANCELLATION", with_turns(6, (A, "没到期想退也行，退保按剩下的天数退钱。")))


@pytest.mark.parametrize("answer", ["行，资料发过来，我研究完了自己去买。", "好的，回头我自己在网上下单。"])
def test_buying_later_on_ones_own_is_no_consent(answer):
    assert not present("CUSTOMER_CONSENT", with_turns(8, (C, answer)))


@pytest.mark.parametrize("text", [
    "王哥，我是青禾的小范呀，工号QH5120。",
    "我是青禾的老蔡，员工号是七七零三。",
])
def test_the_employer_by_its_short_name_beside_a_staff_number(text):
    call = with_turns(0, (A, "本次通话录音。"), (A, text))
    assert present("AGENT_IDENTITY", call)


@pytest.mark.parametrize("text", ["我是楼下物业的小范，给您说个事。", "我是青禾的小范，给您说个事。"])
def test_a_familiar_name_with_a_short_name_but_no_number_stays_no_identity(text):
    call = with_turns(0, (A, "本次通话录音。"), (A, text))
    assert not present("AGENT_IDENTITY", call)


def test_a_refund_of_the_unexpired_premium_is_still_a_cancellation_rule():
    text = "合同生效后要退保的，未满期的保费扣掉百分之三手续费后退还。"
    assert present("COOLING_OFF_OR_CANCELLATION", with_turns(6, (A, text)))


# ---- PRODUCT_INSURER: the insurer in the greeting and a bare category in a later clause are not tied -----------

@pytest.mark.parametrize("text", [
    "我是青禾财险的小郑，今天打给您，是要送您一份住院险。",
    "我是青禾保险的老郑，给您说个事，有款意外险挺合适。",
    "喂您好，我是青禾财险的小郑，您抽中了福利，送您一份医疗险。",
])
def test_the_greetings_insurer_and_a_later_bare_category(text):
    assert not present("PRODUCT_INSURER", with_turns(2, (A, text), base=with_turns(0, (A, "您好，本次通话录音。"))))


@pytest.mark.parametrize("text", [
    "我是青禾财险的小郑，给您介绍青禾财险的“安途意外”。",
    "我是青禾财险的小郑，今年还是给您续青禾财险的车损加三者。",
])
def test_the_greetings_insurer_and_a_named_product(text):
    assert present("PRODUCT_INSURER", with_turns(2, (A, text), base=with_turns(0, (A, "您好，本次通话录音。"))), "motor")

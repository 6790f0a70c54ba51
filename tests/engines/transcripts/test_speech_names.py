"""How sellers, insurers, products and prices are named in speech (s14): intermediaries by a name without a
company suffix (X汽车服务, X汽车, X旅游, X企业服务公司), identity pieced together after the customer asks, a
bare name beside the employer, products named after the insurer's short name without a 险 ending (雪莲安康住院
医疗), the insurer said as who issues the policy (出单的是…), prices for a trip of some days, prices answered
to a bare 多少, refunds by the day, consent in a few words. Every call is written for this file; near misses stay
missing. The rules are checked alone (the steps model off)."""

import pytest

from xiaobao.engines.transcripts import check_transcript

A, C = "agent", "customer"


def steps(turns, line="accident"):
    result = check_transcript(
        {"id": "t", "product_line": line, "turns": [{"speaker": s, "text": t} for s, t in turns]},
        second_opinion=False,
    )
    return set(result.steps_present)


# ------------------------------------------------------------------ AGENT_IDENTITY
@pytest.mark.parametrize("turns", [
    # intermediaries named without a company suffix, the name in the same or a neighbouring turn
    [(A, "喂，赵哥，我这边是锦程汽车服务的，您车险月底到期。"), (C, "你谁啊？"), (A, "我姓苗。")],
    [(A, "您好，我是骏马汽车的续保顾问，叫我小艾就行。")],
    [(A, "我是远景旅游的，我叫蒲阳，负责您这趟行程。")],
    [(A, "何总好，我是鸿泰企业服务公司的顾问，我叫谭越。")],
    [(A, "您好，这是山海假期旅行社，我是定制师芦苇，出发前给您讲下保险。")],
    # a nickname after 的, the company further on in the turn with a role of the trade
    [(A, "我是镇上保险服务站的小乔呀，乔慧，雪莲财险的协保员。")],
    # a bare name beside the employer
    [(A, "叔，我是雪莲财险的，马骏，市里营业部的。")],
    [(A, "您好，这边是雪莲财险意外险的宁涛。")],
    [(A, "青杉健康保险的贺明，您之前在网上留过电话。")],
    # the company in the greeting, the name only once the customer asks for it
    [(A, "您好，雪莲财险，本次通话录音。"), (C, "你是谁？"), (A, "我是雪莲客服。"), (C, "问你叫什么。"),
     (A, "我叫石磊，工号XL5521。")],
])
def test_identity_as_said_in_speech(turns):
    assert "AGENT_IDENTITY" in steps(turns)


@pytest.mark.parametrize("turns", [
    [(A, "我是远景旅游的，给您说个保险。")],  # no name
    [(A, "我这边是汽车服务的，姓苗。")],  # no seller named
    [(A, "我是我们公司的，姓苗。")],
    [(A, "我是雪莲财险的，您好，今天给您打电话是说意外险。")],  # 您好 is no name
    [(A, "您好，雪莲财险，本次通话录音。"), (C, "你是谁？"), (A, "我是客服。")],  # no name ever
])
def test_no_identity_when_a_piece_is_missing(turns):
    assert "AGENT_IDENTITY" not in steps(turns)


# ------------------------------------------------------------------ PRODUCT_INSURER
@pytest.mark.parametrize("turns", [
    [(A, "我是雪莲财险的小马。"), (C, "嗯。"), (A, "给您讲讲雪莲安康住院医疗，住院的钱医保报完剩下的能报。")],
    [(A, "青杉健康保险的贺明，工号QS1100。"), (C, "说吧。"), (A, "青杉安心医疗险，住院最高报两百万。")],
    [(A, "您在页面上算过的那个，我是雪莲财险客服。"), (C, "哦。"),
     (A, "您填了雪莲e安保的试算，我跟您核对下。")],
    [(A, "我是店里的，出单的是雪莲财产保险公司。"), (C, "都上什么？"), (A, "交强险、车损险、三者险一百五十万。")],
])
def test_product_and_insurer_as_said_in_speech(turns):
    assert "PRODUCT_INSURER" in steps(turns)


@pytest.mark.parametrize("turns", [
    [(A, "我是雪莲财险的小马。"), (C, "嗯。"), (A, "您那个保单快到期了，记得续。")],  # no product named
    [(A, "给您讲讲安康住院医疗，住院的钱能报。")],  # no insurer ever named
    [(A, "我们是几家合作的，到时候看哪家出单。"), (C, "嗯。"), (A, "给您上个团体意外险。")],
])
def test_no_product_insurer_without_both(turns):
    assert "PRODUCT_INSURER" not in steps(turns)


# ------------------------------------------------------------------ PREMIUM_TERM
@pytest.mark.parametrize("turns", [
    [(C, "多少？"), (A, "两千八百六十，按年交。")],
    [(A, "这趟六天一共五十二块，保的就是出行这六天。")],
    [(C, "那个贵的呢？"), (A, "带高原项目的八天四十五，保到您回来那天。")],
    [(A, "全险是三千三百一，只上三者是一千四百八十，都是一年期。")],
])
def test_premium_as_said_in_speech(turns):
    assert "PREMIUM_TERM" in steps(turns)


@pytest.mark.parametrize("turns", [
    [(A, "这个险保七天，意外医疗报三千。")],
    [(A, "七天的行程，意外身故赔二十万。")],
    [(A, "您三十五岁，一年期的。")],
])
def test_no_premium_from_sums_and_ages(turns):
    assert "PREMIUM_TERM" not in steps(turns)


# ------------------------------------------------------------------ COOLING_OFF_OR_CANCELLATION
@pytest.mark.parametrize("text", [
    "按天的保险，当天已经扣了的钱不退，哪天不用就不扣。",
    "中途想退的话，按剩下的天数比例退给您。",
])
def test_refund_rules_by_the_day(text):
    assert "COOLING_OFF_OR_CANCELLATION" in steps([(A, text)])


def test_a_consumption_policy_that_returns_nothing_is_no_refund_rule():
    assert "COOLING_OFF_OR_CANCELLATION" not in steps([(A, "这是消费型的，保满一年没出事钱也不退。")])


# ------------------------------------------------------------------ CUSTOMER_CONSENT
OFFER = (A, "雪莲安康意外险，一年一百二十元，您看给您办上吗？")


@pytest.mark.parametrize("answer", ["嗯？那好吧，开吧。", "行，就续雪莲吧。"])
def test_consent_in_a_few_words(answer):
    assert "CUSTOMER_CONSENT" in steps([OFFER, (C, answer)])


@pytest.mark.parametrize("answer", [
    "我妈说上回那个也是你们的，这回能不能便宜点",
    "你把链接发我吧，我自己在电脑上看看。",
])
def test_no_consent_in_questions_and_reading_later(answer):
    assert "CUSTOMER_CONSENT" not in steps([OFFER, (C, answer)])


# ------------------------------------------------------------------ EXCLUSIONS
@pytest.mark.parametrize("text", [
    "这款七十岁以上就不给保了，您父亲正好赶上。",  # who may buy, not what is excluded
    "名额快满了，今天不报下周就没了。",  # 报 = sign up
])
def test_eligibility_and_enrolment_are_no_exclusions(text):
    assert "EXCLUSIONS" not in steps([(A, text)])


def test_an_exclusion_beside_an_age_still_counts():
    assert "EXCLUSIONS" in steps([(A, "七十岁以上的老人骨折也照样赔，但酒后摔伤不赔。")])


def test_an_example_after_pointing_to_the_terms_is_a_concrete_exclusion():
    call = [(C, "那什么情况不赔？"), (A, "条款上写着呢，比如说喝醉了开车出事。")]
    assert "EXCLUSIONS" in steps(call)


def test_pointing_to_the_terms_alone_is_no_exclusion():
    assert "EXCLUSIONS" not in steps([(C, "那什么情况不赔？"), (A, "条款上都写着，您回去自己看看。")])


# ------------------------------------------------------------------ agent-turn violations
def violations(text, line="motor"):
    result = check_transcript(
        {"id": "t", "product_line": line, "turns": [{"speaker": A, "text": text}]}, second_opinion=False
    )
    return set(result.violations)


def test_a_free_allowance_with_its_charge_beyond_it_is_no_misleading_free():
    assert "MISLEADING_FREE" not in violations("每次二十公里以内免费，超过的按每公里八元收，保费一年两千一。")


# ------------------------------------------------------------------ short answers to the customer's questions
def test_a_surname_and_name_given_as_the_answer():
    call = [(A, "您好。"), (C, "哪里？"), (A, "雪莲财险。"), (C, "你叫啥？"), (A, "姓祁，祁东。")]
    assert "AGENT_IDENTITY" in steps(call)


def test_a_bare_amount_is_no_premium_term_even_when_the_question_names_the_period():
    # the agent states the period too (a labelled training call, tt12b-018, reads it so)
    assert "PREMIUM_TERM" not in steps([(C, "多少钱一年？"), (A, "四百二。")])


def test_a_monthly_amount_in_numerals_said_in_words():
    assert "PREMIUM_TERM" in steps([(A, "这个按月交，一个月二十三。")])


def test_the_premium_of_a_trip_named_by_its_days():
    assert "PREMIUM_TERM" in steps([(A, "三天两晚的行程，保费一共十五块。")])


def test_agreement_said_twice():
    assert "CUSTOMER_CONSENT" in steps([OFFER, (C, "嗯嗯，可以可以，你弄吧。")])

"""Everyday renewal and upsell calls: the customer's own policy renewed by the insurer's agent, "our X险" from
the insurer's agent, covers listed as what is bought, payouts by trigger, exaggerations that explain nothing.
Written for this file (own wording, invented insurers); near misses stay missing."""

import pytest

from xiaobao.engines.transcripts import check_transcript

A, C = "agent", "customer"

INSURER_AGENT = (A, "您好，本次通话录音。我是松岭财险的续保专员甘露，工号SL3301。")
BROKER_AGENT = (A, "您好，本次通话录音。我是松岭保险代理的续保专员甘露，工号SL3301。")
NO_COMPANY = (A, "您好，本次通话录音。我是甘露，工号3301。")


def steps(*turns, line="motor"):
    call = {"id": "t", "product_line": line, "turns": [{"speaker": s, "text": t} for s, t in turns]}
    return set(check_transcript(call, second_opinion=False).steps_present)


def violations(*turns, line="motor"):
    call = {"id": "t", "product_line": line, "turns": [{"speaker": s, "text": t} for s, t in turns]}
    return check_transcript(call, second_opinion=False).violations


# ---- PRODUCT_INSURER: the customer's own policy, due for renewal, named by the insurer's agent as "we" ---------

@pytest.mark.parametrize("text", [
    "您家那台车的交强险和商业险月底都到期了，我们提前给您报个价。",
    "您的车险下礼拜三到期，今年咱们接着给您续上。",
    "今年这个驾乘险您要是不续，过了日子就断保了，我们系统会提醒您。",
    "您车险这个月二十号到期，我们这边提前跟您说一声。",
])
def test_the_customers_policy_due_for_renewal_with_the_insurers_agent(text):
    assert "PRODUCT_INSURER" in steps(INSURER_AGENT, (C, "嗯。"), (A, text))


@pytest.mark.parametrize("opening", [BROKER_AGENT, NO_COMPANY])
def test_the_customers_policy_without_an_insurer_as_employer(opening):
    assert "PRODUCT_INSURER" not in steps(opening, (C, "嗯。"), (A, "您的车险下礼拜三到期了。"))


@pytest.mark.parametrize("text", ["您的车险是在别家买的吧，我们想问问什么时候到期？", "您家那台车的车险到期了吗？"])
def test_asking_about_the_customers_policy_names_no_product(text):
    assert "PRODUCT_INSURER" not in steps(INSURER_AGENT, (C, "嗯。"), (A, text))


def test_renewing_with_the_person_from_a_sales_line_names_no_product():
    opening = (A, "您好，本次通话录音。我是松岭财险的电销员甘露，工号SL3301。")
    assert "PRODUCT_INSURER" not in steps(opening, (C, "嗯。"), (A, "您的车险下月到期，还找我续就行。"))


RENEWAL_DESK = (A, "您好，本次通话录音。我这边是松岭财险续保中心的，工号SL3301。")
SALES_LINE = (A, "您好，本次通话录音。我是松岭财险的电销员甘露，工号SL3301。")


def test_the_customers_policy_due_named_by_the_insurers_renewal_desk():
    text = "您家那台车的交强险和商业险月底都到期了。"
    assert "PRODUCT_INSURER" in steps(RENEWAL_DESK, (C, "嗯。"), (A, text))
    # not from a sales line, when the agent does not speak as the company
    assert "PRODUCT_INSURER" not in steps(SALES_LINE, (C, "嗯。"), (A, text))


# ---- PRODUCT_INSURER: "our X险" from the insurer's own agent -----------------------------------------------

@pytest.mark.parametrize("text", [
    "我们这个骑行意外险，一年一交，挺实惠。",
    "咱们家的宠物险今年价格没变。",
    "您之前在网上看过我们的住院险，今天给您细说。",
])
def test_our_product_from_the_insurers_agent(text):
    assert "PRODUCT_INSURER" in steps(INSURER_AGENT, (C, "嗯。"), (A, text), line="accident")


@pytest.mark.parametrize("opening", [
    BROKER_AGENT,
    NO_COMPANY,
    (A, "您好，本次通话录音。我是金穗银行东湖支行的理财经理甘露。"),
])
def test_our_product_from_a_seller_that_is_no_insurer(opening):
    assert "PRODUCT_INSURER" not in steps(opening, (C, "嗯。"), (A, "我们这个骑行意外险，一年一交。"), line="accident")


def test_a_product_name_before_a_colon():
    text = "给您讲讲松岭安康住院医疗：等待期三十天，住院费用扣完免赔报八成。"
    assert "PRODUCT_INSURER" in steps(INSURER_AGENT, (C, "嗯。"), (A, text), line="health")


def test_the_state_standing_behind_insurers_names_no_insurer():
    text = "这个意外险您放心，保险公司是国家兜着的，不会倒。"
    assert "PRODUCT_INSURER" not in steps(NO_COMPANY, (C, "嗯。"), (A, text), line="accident")


# ---- COVERAGE: the covers bought, listed; a payout by trigger; exaggerations explain nothing -----------------

@pytest.mark.parametrize("text", [
    "方案跟上年一样：车损、三者、司乘，再加一个玻璃单独破碎。",
    "还是那几样，车损、三者、驾乘，外加道路救援。",
])
def test_the_motor_covers_bought_listed(text):
    assert "COVERAGE" in steps(INSURER_AGENT, (C, "嗯。"), (A, text))


@pytest.mark.parametrize("text", [
    "车损、三者、驾乘您想要哪几样？",
    "车损、三者、驾乘这几样，喝了酒开车都不赔。",
])
def test_covers_asked_about_or_excluded_are_no_coverage(text):
    assert "COVERAGE" not in steps(INSURER_AGENT, (C, "嗯。"), (A, text))


@pytest.mark.parametrize("text", [
    "航班晚点超过三小时赔三百，超过五小时赔五百。",
    "行李晚到六个钟头以上，给您赔八百。",
])
def test_a_payout_by_trigger_without_a_unit(text):
    assert "COVERAGE" in steps(INSURER_AGENT, (C, "嗯。"), (A, text), line="accident")


@pytest.mark.parametrize("text", [
    "只要晚点就必赔，百分之百给您赔钱。",
    "不用等，今天交钱明天住院就能报。",
])
def test_an_exaggeration_explains_no_cover(text):
    assert "COVERAGE" not in steps(INSURER_AGENT, (C, "嗯。"), (A, text), line="health")


# ---- AGENT_IDENTITY: the company, then the name as a clause of its own ----------------------------------------

def test_the_company_then_a_familiar_name_as_a_clause():
    assert "AGENT_IDENTITY" in steps((A, "喂您好，我这边是松岭财险，小甘，本次通话录音。"))


def test_the_company_alone_is_no_identity():
    assert "AGENT_IDENTITY" not in steps((A, "喂您好，这边是松岭财险，本次通话录音。"))


# ---- CUSTOMER_CONSENT: 照续 after turning down an add-on ---------------------------------------------------------

OFFER = [INSURER_AGENT, (A, "车损三者一年两千六，保一年；驾乘险另算，一年一百五。")]


@pytest.mark.parametrize("answer", ["驾乘那个就算了，车险照续吧。", "加的不要，原来的照续。"])
def test_renewing_as_before_after_turning_down_an_add_on(answer):
    assert "CUSTOMER_CONSENT" in steps(*OFFER, (C, answer))


@pytest.mark.parametrize("answer", ["车险照续吗？", "照续不照续，我回头再想想。"])
def test_asking_about_renewing_as_before_is_no_consent(answer):
    assert "CUSTOMER_CONSENT" not in steps(*OFFER, (C, answer))


# ---- agent-turn violations: the marketing classifier's DENIGRATE_COMPETITOR needs another party ---------------

@pytest.mark.parametrize(("text", "added"), [
    ("我是松岭财险的，就是您前年在网上投保的那家。", False),  # the agent's own company, pointed at
    ("狗把别的狗咬了，要赔人家的钱，这个归责任险管。", False),  # the third party of a claim
    ("您现在买的那家，理赔慢得很。", True),
    ("人家那边定损可抠了。", True),
    ("别的公司可没这么好说话。", True),
])
def test_the_turn_classifier_denigrates_only_another_party(monkeypatch, text, added):
    assert _classifier_finding_kept(monkeypatch, "DENIGRATE_COMPETITOR", text) is added


def _classifier_finding_kept(monkeypatch, code, text):
    """Whether the engine keeps a marketing-classifier finding of `code` on an agent turn saying `text` (the
    marketing engine stubbed: no rule finding, the classifier finding `code` on that turn)."""
    from xiaobao.engines.marketing import Finding
    from xiaobao.engines.transcripts import engine

    def check_text(t, rules=None, *, second_opinion=None):
        if t != text or not second_opinion:
            return []
        return [Finding(code, 0, len(t), t, "", "", rule="classifier", source="classifier")]

    monkeypatch.setattr(engine, "check_text", check_text)
    monkeypatch.setattr(engine, "_classified", lambda t, found, rules: check_text(t, rules, second_opinion=True))
    call = {"id": "t", "product_line": "motor", "turns": [{"speaker": "agent", "text": text}]}
    return code in check_transcript(call, second_opinion=False, marketing_classifier=True).violations


# ---- PREMIUM_TERM: a flight delay cover is priced per flight; the flight booked is its period -----------------

FLIGHT_OFFER = (A, "您后天坐的那趟去成都的航班，可以加一份航班延误险。")


def test_the_price_of_a_flight_delay_cover_for_the_flight_booked():
    assert "PREMIUM_TERM" in steps(INSURER_AGENT, FLIGHT_OFFER, (C, "多少钱？"), (A, "二十五块。"), line="accident")


def test_a_price_without_the_flight_is_no_premium_term():
    offer = (A, "可以加一份航班延误险。")
    assert "PREMIUM_TERM" not in steps(INSURER_AGENT, offer, (C, "多少钱？"), (A, "二十五块。"), line="accident")


# ---- more everyday wording: products without 险, sellers by the line they sell, loans, days, losses not covered --

def test_a_product_without_xian_said_to_be_the_insurers():
    assert "PRODUCT_INSURER" in steps(NO_COMPANY, (C, "嗯。"), (A, "这个百万医疗是松岭财险的。"), line="health")
    assert "PRODUCT_INSURER" not in steps(NO_COMPANY, (C, "嗯。"), (A, "这个百万医疗是去年买的。"), line="health")


def test_our_new_product_without_xian():
    text = "我们公司新出的防癌医疗，您了解一下。"
    assert "PRODUCT_INSURER" in steps(INSURER_AGENT, (C, "嗯。"), (A, text), line="health")
    assert "PRODUCT_INSURER" not in steps(BROKER_AGENT, (C, "嗯。"), (A, text), line="health")


def test_the_loan_paid_off_is_a_cover():
    text = "贷款没还完人出了意外，剩下的房贷保险公司替您还。"
    assert "COVERAGE" in steps(INSURER_AGENT, (C, "嗯。"), (A, text), line="accident")
    assert "COVERAGE" not in steps(INSURER_AGENT, (C, "嗯。"), (A, "房贷您按月还就行。"), line="accident")


def test_a_price_per_person_and_the_days_covered():
    assert "PREMIUM_TERM" in steps(INSURER_AGENT, (C, "嗯。"), (A, "每个人八十八，保十天。"), line="accident")
    assert "PREMIUM_TERM" not in steps(INSURER_AGENT, (C, "嗯。"), (A, "每天补贴八十，保十天。"), line="accident")


@pytest.mark.parametrize(("text", "found"), [
    ("房子本身漏水泡了楼下，楼下的损失这个不管。", True),
    ("配眼镜的钱也不报。", True),
    ("具体哪些损失这个不管，条款里都有。", False),
])
def test_a_loss_named_and_then_not_covered(text, found):
    assert ("EXCLUSIONS" in steps(INSURER_AGENT, (C, "嗯。"), (A, text), line="accident")) is found


# ---- consent said as paying or ordering; the seller named as the opening of the turn; the unexpired part ------

ACCIDENT_OFFER = [INSURER_AGENT, (A, "给您介绍松岭财险的安居家财险，一年三百八，保一年。")]


@pytest.mark.parametrize("turns", [
    [(C, "可以，钱从卡里扣就行。")],
    [(C, "行行行，弄一份。")],
    [(A, "那我给您下单了？"), (C, "下吧。")],
])
def test_consent_as_paying_or_ordering(turns):
    assert "CUSTOMER_CONSENT" in steps(*ACCIDENT_OFFER, *turns, line="accident")


@pytest.mark.parametrize("turns", [
    [(C, "可以先了解，钱从卡里扣是吧？")],
    [(C, "行，弄一份资料给我看看。")],
    [(A, "那我给您下单了？"), (C, "先别下。")],
])
def test_questions_and_refusals_about_paying_or_ordering_are_no_consent(turns):
    assert "CUSTOMER_CONSENT" not in steps(*ACCIDENT_OFFER, *turns, line="accident")


@pytest.mark.parametrize(("text", "found"), [
    ("您好，金穗银行东湖支行，我是理财经理小甘。", True),  # the seller named as the opening of the turn
    ("您好，银行这边，我是理财经理。", False),
    ("喵小保平台的宠物险顾问，我姓甘。", True),  # a seller's role with the line it sells
    ("您是在喵小保平台买的宠物险吧？", False),
])
def test_sellers_named_as_a_call_centre_answers_or_by_the_line_they_sell(text, found):
    assert ("AGENT_IDENTITY" in steps((A, text + "本次通话录音。"), line="accident")) is found


def test_the_refund_of_the_part_not_yet_run():
    text = "中途不想保了可以退，退没到期那部分的保费。"
    assert "COOLING_OFF_OR_CANCELLATION" in steps(INSURER_AGENT, (C, "嗯。"), (A, text), line="health")


@pytest.mark.parametrize("text", ["您之前买的松岭财险的住院医疗快到期了。", "松岭的百万医疗今年升级了，门诊也能报。"])
def test_a_medical_product_right_after_the_insurer(text):
    opening = (A, "您好，本次通话录音。我是松岭保险的客服小甘，工号0203。")
    assert "PRODUCT_INSURER" in steps(opening, (C, "嗯。"), (A, text), line="health")


def test_a_role_after_the_insurer_is_no_product():
    opening = (A, "您好，本次通话录音。我是松岭财险的医疗顾问小甘，工号0203。")
    assert "PRODUCT_INSURER" not in steps(opening, (C, "嗯。"), (A, "给您打电话说个事。"), line="health")


# ---- agent-turn violations: the marketing classifier's MISLEADING_FREE needs something given away ---------------

@pytest.mark.parametrize(("text", "added"), [
    ("司乘险也白送给您，一分不要。", True),
    ("今年续保送您一年代步车服务，不要钱。", True),
    ("驾乘险加进去一共四千六。", False),  # a price, nothing given away
    ("救援服务合同里就有，一年四次。", False),
])
def test_the_turn_classifier_says_free_only_where_the_turn_gives_something_away(monkeypatch, text, added):
    assert _classifier_finding_kept(monkeypatch, "MISLEADING_FREE", text) is added


# ---- COVERAGE: the agent's yes to the customer's question whether a loss is covered ---------------------------

@pytest.mark.parametrize("turns", [
    [(C, "狗被车撞了也管吗？"), (A, "管的。")],
    [(C, "老人在家摔了能赔不？"), (A, "能赔，骨折看病的钱都在里头。")],
])
def test_yes_to_whether_a_loss_is_covered(turns):
    assert "COVERAGE" in steps(INSURER_AGENT, *turns, line="accident")


@pytest.mark.parametrize("turns", [
    [(C, "牙疼看病也能报吗？"), (A, "不能，这个不报。")],
    [(C, "是不是什么都赔？"), (A, "对。")],
    [(C, "狗被车撞了也管吗？"), (A, "这个要看情况。")],
])
def test_no_or_a_yes_to_everything_is_no_coverage(turns):
    assert "COVERAGE" not in steps(INSURER_AGENT, *turns, line="accident")


# ---- the same in speech-recognition text: pauses (read as clause breaks) inside the phrases ----------------------

SPOKEN_AGENT = (A, "您好 我是松岭财险的 小甘")


@pytest.mark.parametrize(("step", "turns", "line"), [
    ("PRODUCT_INSURER", [(A, "喂 您好 我是松岭财险 续保中心的 工号 s l 0 2 0 3"), (C, "嗯"),
                         (A, "您那台车的 交强险 商业险 下个月 都到期了")], "motor"),
    ("PRODUCT_INSURER", [SPOKEN_AGENT, (C, "嗯"), (A, "我们这个 骑行意外险 一年 九十九")], "accident"),
    ("COVERAGE", [SPOKEN_AGENT, (A, "航班 延误 超过三个小时 赔三百")], "accident"),
    ("COVERAGE", [SPOKEN_AGENT, (C, "孩子 摔了 也管吗"), (A, "管的")], "accident"),
    ("AGENT_IDENTITY", [(A, "喂 您好 我这边是 松岭财险 小甘 电话录音中")], "motor"),
    ("PREMIUM_TERM", [(A, "您 订的 后天 去成都的 航班 可以加个 延误险"), (C, "多少钱"), (A, "二十五块")], "accident"),
])
def test_everyday_wording_in_speech(step, turns, line):
    assert step in steps(*turns, line=line)


@pytest.mark.parametrize(("text", "added"), [
    ("交够五年，本金一分不少都还给您。", True),
    ("这个每年都返您一笔钱。", True),
    ("这个是消费型的，保障一年，价格便宜。", False),  # nothing comes back
])
def test_the_turn_classifier_promises_returns_only_where_money_comes_back(monkeypatch, text, added):
    assert _classifier_finding_kept(monkeypatch, "GUARANTEED_RETURN", text) is added


def test_the_turn_classifier_may_add_panic_selling(monkeypatch):
    assert _classifier_finding_kept(monkeypatch, "PANIC_SELLING", "这周过完价格就上去了，您抓紧定。")


# ---- EXAGGERATED_COVERAGE: "都能报" over the covers named, with their cap, is the cover stated ------------------

@pytest.mark.parametrize(("text", "kept"), [
    ("住院和门诊都能报，一年最高二百万。", False),
    ("开车坐车出了意外都赔，身故伤残最多十万。", False),
    ("住院花的钱都能报，一年最高二百万。", True),  # whatever is spent
    ("什么病都能报，最高二百万。", True),
    ("住院和门诊都能报，什么病都行。", True),  # no cap
])
def test_all_of_the_named_covers_with_their_cap(monkeypatch, text, kept):
    import re

    from xiaobao.engines.marketing import Finding
    from xiaobao.engines.transcripts import engine

    def check_text(t, rules=None, *, second_opinion=None):
        m = re.search(r"[^，。]*?都(能)?(报|赔)", t)
        return [Finding("EXAGGERATED_COVERAGE", m.start(), m.end(), m.group(), "", "")] if t == text and m else []

    monkeypatch.setattr(engine, "check_text", check_text)
    call = {"id": "t", "product_line": "health", "turns": [{"speaker": "agent", "text": text}]}
    result = check_transcript(call, second_opinion=False, marketing_classifier=False)
    assert ("EXAGGERATED_COVERAGE" in result.violations) is kept


@pytest.mark.parametrize(("code", "words", "text", "kept"), [
    ("EXAGGERATED_COVERAGE", "一分钱", "续商业险的话驾乘险免费送您，一分钱不用掏。", False),  # the price of a gift
    ("EXAGGERATED_COVERAGE", "一分钱", "住院全报，一分钱不用自己掏。", True),
    ("ABSOLUTE_TERM", "最低", "全市最低咱不敢说，价格是系统出的。", False),  # disowned
    ("ABSOLUTE_TERM", "最低", "这是全市最低的价格。", True),
    ("REGULATOR_ENDORSEMENT", "交警", "对方闯灯被交警判了全责的，由对方赔。", False),  # fault in a claim
    ("REGULATOR_ENDORSEMENT", "交警", "这个是交警队推荐大家买的。", True),
])
def test_the_calls_own_context_defuses_a_finding(monkeypatch, code, words, text, kept):
    from xiaobao.engines.marketing import Finding
    from xiaobao.engines.transcripts import engine

    def check_text(t, rules=None, *, second_opinion=None):
        at = t.find(words)
        return [Finding(code, at, at + len(words), words, "", "")] if t == text and at >= 0 else []

    monkeypatch.setattr(engine, "check_text", check_text)
    monkeypatch.setattr(engine, "_classified", lambda t, found, rules: check_text(t, rules, second_opinion=True))
    call = {"id": "t", "product_line": "motor", "turns": [{"speaker": "agent", "text": text}]}
    assert (code in check_transcript(call, second_opinion=False, marketing_classifier=False).violations) is kept

"""Calls typed with half-width punctuation, consent given by someone standing in for the customer, insurers
described instead of named, refunds said by the rule or by no rule (s18), each in wording written for this file,
with the look-alikes that must stay missing."""

import pytest

from xiaobao.engines.transcripts import check_transcript
from xiaobao.engines.transcripts.engine import full_width_punctuation

A, C = "agent", "customer"

# a complete accident call; the tests replace one of its turns
REST = [
    (A, "您好，我是青松财险的专员柴敏，工号QS2081，这个电话会录音。"),
    (A, "跟您说下青松财险的《安康意外险》。"),
    (C, "嗯。"),
    (A, "意外身故伤残赔十万，意外医疗花的医药费报八成。"),
    (A, "酒驾、无证驾驶出的事不赔。"),
    (A, "每年一百二十元，保障一年。"),
    (A, "收到保单十五天内可以退，全额退还。"),
    (A, "要不要给您投上？"),
    (C, "好，办吧。"),
]
ALL = {
    "RECORDING_NOTICE", "AGENT_IDENTITY", "PRODUCT_INSURER", "COVERAGE", "EXCLUSIONS", "PREMIUM_TERM",
    "COOLING_OFF_OR_CANCELLATION", "CUSTOMER_CONSENT",
}


def steps(turns, model=False):
    call = {"id": "t", "product_line": "accident", "turns": [{"speaker": s, "text": t} for s, t in turns]}
    return set(check_transcript(call, second_opinion=model).steps_present)


def replaced(index, turn):
    return [*REST[:index], turn, *REST[index + 1:]]


# ---- half-width punctuation ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "read"), [
    ("好的,一年三百六,保一年.您看可以吗?", "好的，一年三百六，保一年。您看可以吗？"),
    # digits keep their separators, Latin words their points
    ("合计3,480元,保费3.5折", "合计3,480元，保费3.5折"),
    ("他说\"好\",OK. 就这样", "他说\"好\"，OK. 就这样"),
])
def test_half_width_marks_beside_chinese_are_read_as_full_width(raw, read):
    assert full_width_punctuation(raw) == read


def test_a_call_typed_with_half_width_punctuation_is_read_as_one_with_full_width():
    typed = [(s, t.replace("，", ",").replace("。", ".").replace("？", "?")) for s, t in REST]
    assert steps(typed) == ALL


def test_a_clause_break_typed_half_width_ends_a_clause():
    # "病都能报, 不管…" read as one clause made an overstatement an exclusion
    typed = replaced(4, (A, "什么病都能报,不管以前有没有病,住院了就给报."))
    assert "EXCLUSIONS" not in steps(typed)


# ---- COOLING_OFF_OR_CANCELLATION -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "said"), [
    # the refund by the time used, or by the insurer's short-term rate table
    ("中途不想要了可以退，按已经保了几个月扣一部分，剩下的退给您。", True),
    ("半路退保也行，按短期费率算，扣掉用过的。", True),
    ("中途不要了可以退，剩下的钱都退回来。", True),
    # only a part refunded, no rule for the part
    ("退保的话只能退一部分。", False),
    ("能退，退一部分。", False),
    # a part refunded with its rule
    ("能退，退一部分，按没到期的天数算。", True),
    ("十五天内全额退，之后只能退一部分。", True),
])
def test_refund_rules(text, said):
    for model in (False, True):
        assert ("COOLING_OFF_OR_CANCELLATION" in steps(replaced(6, (A, text)), model)) is said


def test_terms_the_agent_waves_away_later_are_not_stated():
    waved = [*REST[:7], (C, "短信上写的可是二十天。"), (A, "差不多，您别管那个，反正您不会退的。"), *REST[7:]]
    assert "COOLING_OFF_OR_CANCELLATION" not in steps(waved)
    kept = [*REST[:7], (C, "短信上写的可是二十天。"), (A, "以短信为准，二十天内全额退。"), *REST[7:]]
    assert "COOLING_OFF_OR_CANCELLATION" in steps(kept)


# ---- CUSTOMER_CONSENT ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("ending", "given"), [
    # 那就这样吧 answering the question for the decision
    ([(A, "那我给您按一年一百二十办上，可以吗？"), (C, "那就这样吧。")], True),
    # ... and ending the call
    ([(A, "好的，您再比较一下，有需要随时打回来。"), (C, "那就这样吧，我挂了啊。")], False),
    # buying on one's own elsewhere
    ([(A, "要不要给您投上？"), (C, "算了，我自己去营业厅办。")], False),
    ([(A, "要不要给您投上？"), (C, "行，我自己到网点去买。")], False),
    # someone holding the customer's phone agrees for them
    ([(C, "我是他爱人，他在开车。"), (A, "要不要给他投上？"), (C, "行，给他办吧，他同意的。")], False),
    ([(C, "我是他邻居。"), (A, "要不要给大爷投上？"), (C, "行，那给大爷办了吧，我替他做主了。")], False),
    ([(A, "要不要给您投上？"), (C, "你就办吧，扣他那张卡。")], False),
    # a parent buying for a child is the applicant
    ([(A, "要不要给孩子投上？"), (C, "行，给孩子办吧。")], True),
])
def test_consent(ending, given):
    assert ("CUSTOMER_CONSENT" in steps([*REST[:-2], *ending], model=True)) is given


# ---- PRODUCT_INSURER and AGENT_IDENTITY: insurers named, described, or only worked with ------------------------

NO_INSURER = [
    (A, "您好，这个电话会录音。"),
    (A, "给您推荐一款“全家安”家庭意外险，一份保全家。"),
    (C, "哪家保险公司的？"),
]


@pytest.mark.parametrize(("answer", "named"), [
    ("承保公司是一家全国性的大财险公司，保单上会写。", False),
    ("保险公司是国内一家大公司，您放心。", False),
    ("我们跟保险公司合作的，保单上有。", False),
    ("承保公司是青松财险。", True),
    ("我是青松财险的。", True),
])
def test_the_insurer_named_or_only_described(answer, named):
    assert ("PRODUCT_INSURER" in steps([*NO_INSURER, (A, answer)])) is named


@pytest.mark.parametrize(("opening", "identified"), [
    # a field agent working on the insurer's behalf, named in the same breath
    ("老李，我是村里的协保员赵春，今天是替青禾农险来登记的。", True),
    ("老李，我是村里的协保员赵春，今天来登记一下。", False),
    # a function word before 保险公司 makes no insurer's name
    ("我是在保险公司上班的赵春。", False),
])
def test_identity_on_the_insurers_behalf(opening, identified):
    call = [(A, opening), *REST[1:]]
    assert ("AGENT_IDENTITY" in steps(call)) is identified


@pytest.mark.parametrize(("opening", "identified"), [
    # a recorded line read before the agent speaks, marked by the transcriber
    ("(系统语音)您好，青松财产保险客户服务中心，坐席号8127为您服务。", True),
    ("【IVR】您好，青松财险客服，工号8127为您服务。", True),
    ("(系统语音)您好，工号8127为您服务。", False),
])
def test_a_transcribers_note_opening_the_turn_is_not_read(opening, identified):
    call = [(A, opening), (A, "这个电话会录音。"), *REST[1:]]
    assert ("AGENT_IDENTITY" in steps(call)) is identified


# ---- EXCLUSIONS ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "said"), [
    # circumstances listed, then 不给 ending the sentence
    ("住院津贴每天两百。精神病、酒精中毒、戒毒住院不给。", True),
    # 不给 of a deductible period, no circumstance listed
    ("住院津贴每天两百，前三天不给。", False),
])
def test_a_list_then_not_paid(text, said):
    assert ("EXCLUSIONS" in steps(replaced(4, (A, text)))) is said


# ---- agent-turn violations -----------------------------------------------------------------------------------

def violations(turn):
    call = {"id": "t", "product_line": "accident", "turns": [{"speaker": s, "text": t} for s, t in [*REST[:3], turn]]}
    return set(check_transcript(call).violations)


@pytest.mark.parametrize(("text", "code"), [
    ("这个驾乘险只要人在车上，出什么事都给赔。", "EXAGGERATED_COVERAGE"),
    ("得了合同里的大病就赔，确诊就赔，没有任何条件。", "EXAGGERATED_COVERAGE"),
    ("而且一年没出险的话，年底返您三成的保费，保证返。", "GUARANTEED_RETURN"),
    ("相当于您交的钱有一部分放在里面生息，保障照样有。", "DEPOSIT_CONFUSION"),
    ("厂里那种团险都是糊弄人的，真出事报不了几个钱。", "DENIGRATE_COMPETITOR"),
    ("大姐您好，我是社保局的工作人员，跟您说下补充医疗的事。", "REGULATOR_ENDORSEMENT"),
])
def test_agent_turn_violations(text, code):
    assert code in violations((A, text))
    # the customer saying it is no agent's violation
    assert code not in violations((C, text))


@pytest.mark.parametrize("text", [
    "不是什么都赔的，酒驾、无证驾驶出的事不赔。",
    "确诊以后按合同约定赔，等待期九十天。",
    "我不是社保局的工作人员，我是青松财险的专员。",
    "这是消费型的，不出险也不返钱。",
])
def test_compliant_look_alikes(text):
    assert not violations((A, text))


# ---- a few more everyday shades ------------------------------------------------------------------------------

@pytest.mark.parametrize(("ending", "given"), [
    # a refusal relayed, then last year's payment: no yes at all
    ([(A, "今年交不交？"), (C, "我家老头子说不要，去年交了也没赔。")], False),
    ([(A, "要不要给您投上？"), (C, "要，给我办吧。")], True),
])
def test_a_negated_yes_or_an_earlier_payment_is_no_consent(ending, given):
    assert ("CUSTOMER_CONSENT" in steps([*REST[:-2], *ending])) is given


@pytest.mark.parametrize(("text", "said"), [
    ("地震不保，还有家里的现金、首饰这些不在保障里。", True),
    ("地震也能赔，家里的东西都在保障里。", False),
])
def test_household_property_exclusions(text, said):
    assert ("EXCLUSIONS" in steps(replaced(4, (A, text)))) is said


@pytest.mark.parametrize(("text", "said"), [
    ("一次交两万块，保三年。", True),
    ("一次交两万块，三年内不能退。", False),
])
def test_a_period_of_several_years(text, said):
    assert ("PREMIUM_TERM" in steps(replaced(5, (A, text)))) is said


def test_the_classifiers_panic_selling_needs_pressure_in_the_turn():
    from xiaobao.engines.transcripts.engine import _turn_supports

    assert _turn_supports("PANIC_SELLING", "这个价就到这个礼拜，下礼拜就涨了，您赶紧定。")
    assert not _turn_supports("PANIC_SELLING", "能，您在APP里关了就停，第二天起不扣了，已经扣过的那天就不退了。")


@pytest.mark.parametrize(("text", "code", "found"), [
    # a return disowned
    ("网上说保本保息的那种我们没有，这个是纯保障的，不返钱。", "GUARANTEED_RETURN", False),
    ("这款保本保息，到期一分不少还您。", "GUARANTEED_RETURN", True),
    # a no-fault accident cover
    ("座位险按责任赔；这个驾乘意外险不管有没有责任都赔，酒驾出的事不赔。", "EXAGGERATED_COVERAGE", False),
    ("不管出了什么事都赔。", "EXAGGERATED_COVERAGE", True),
])
def test_claims_disowned_or_stated_as_the_cover(text, code, found):
    assert (code in violations((A, text))) is found

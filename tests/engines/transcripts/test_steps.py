"""Required steps of a sales call: present only when really explained."""

import pytest

from xiaobao.engines.transcripts import TranscriptError, TranscriptResult, Turn, check_transcript

A, C = "agent", "customer"

FULL_HEALTH = [
    (A, "您好，本次通话全程录音。我是天山财产保险股份有限公司的健康顾问林涛，工号H5520。"),
    (A, "向您介绍天山财险承保的《天山惠享住院医疗保险》。"),
    (A, "住院医疗费用按合同报销，年度保额200万，年免赔额1万元。"),
    (A, "既往症、等待期内确诊的疾病以及整形美容费用不在保险责任内。"),
    (A, "保费一年412元，保险期间一年。"),
    (A, "您有15天犹豫期，犹豫期内退保全额退还保费。"),
    (A, "您是否同意投保？"),
    (C, "同意。"),
]


def run(turns, line="health"):
    return check_transcript([{"speaker": s, "text": t} for s, t in turns], line)


def replace(turns, index, text):
    changed = list(turns)
    changed[index] = (changed[index][0], text)
    return changed


def test_a_complete_call_has_every_step():
    result = run(FULL_HEALTH)
    assert isinstance(result, TranscriptResult)
    assert result.steps_missing == []
    assert len(result.steps_present) == 8
    assert result.violations == [] and result.findings == []
    assert {e.step for e in result.evidence} == set(result.steps_present)


def test_the_dataset_object_form_is_accepted():
    obj = {"id": "t9", "product_line": "health", "turns": [{"speaker": s, "text": t} for s, t in FULL_HEALTH]}
    result = check_transcript(obj)
    assert result.id == "t9" and result.steps_missing == []


def test_turn_objects_are_accepted():
    result = check_transcript([Turn(s, t) for s, t in FULL_HEALTH], "health")
    assert result.steps_missing == []


@pytest.mark.parametrize(
    "bare",
    ["免责条款您自己看一下就行。", "有些情况是不赔的，具体以条款为准。", "合同里有免责条款，请您签字前仔细阅读。"],
)
def test_a_bare_mention_of_exclusions_is_not_an_explanation(bare):
    result = run(replace(FULL_HEALTH, 3, bare))
    assert "EXCLUSIONS" in result.steps_missing


@pytest.mark.parametrize("answer", ["嗯。", "嗯嗯，你接着说。", "好的，您说。", "我再考虑一下。", "不需要，谢谢。"])
def test_hmm_or_a_refusal_is_not_consent(answer):
    result = run(replace(FULL_HEALTH, 7, answer))
    assert "CUSTOMER_CONSENT" in result.steps_missing


@pytest.mark.parametrize("answer", ["好的，我同意投保。", "行，那就买这个吧。", "可以，帮我办一份。", "确认购买。"])
def test_explicit_agreement_is_consent(answer):
    result = run(replace(FULL_HEALTH, 7, answer))
    assert "CUSTOMER_CONSENT" in result.steps_present


def test_consent_must_follow_the_offer():
    turns = [(A, "您好，通话录音，我是天山财险的小王，方便聊两分钟吗？"), (C, "好的，你说吧。")]
    assert "CUSTOMER_CONSENT" not in run(turns).steps_present


def test_identity_needs_a_name_or_number_and_the_company():
    assert "AGENT_IDENTITY" in run(replace(FULL_HEALTH, 0, "您好，通话录音。我是小李。")).steps_missing
    assert "AGENT_IDENTITY" in run(replace(FULL_HEALTH, 0, "您好，通话录音，这里是天山财险。")).steps_missing
    assert "AGENT_IDENTITY" in run(replace(FULL_HEALTH, 0, "录音中，我是天山财险的业务员，工号9032。")).steps_present


def test_recording_notice():
    assert "RECORDING_NOTICE" in run(replace(FULL_HEALTH, 0, "我是天山财险的林涛，工号H5520。")).steps_missing
    assert "RECORDING_NOTICE" in run(replace(FULL_HEALTH, 0, "我是天山财险的林涛，这段不录音。")).steps_missing


def test_motor_does_not_require_cooling_off():
    turns = [t for i, t in enumerate(FULL_HEALTH) if i != 5]
    assert "COOLING_OFF_OR_CANCELLATION" not in run(turns, "motor").steps_missing
    assert "COOLING_OFF_OR_CANCELLATION" in run(turns, "health").steps_missing


def test_premium_needs_the_period_or_payment():
    assert "PREMIUM_TERM" in run(replace(FULL_HEALTH, 4, "保费是412元。")).steps_missing


def test_marketing_violations_in_agent_turns_only():
    turns = [*FULL_HEALTH[:6], (C, "听说别家都是骗人的？"), (A, "这款保本保息，最后三天了。"), (C, "好，我同意投保。")]
    result = run(turns)
    assert result.violations == ["GUARANTEED_RETURN", "PANIC_SELLING"]
    assert all(f.turn == 7 for f in result.findings)
    f = result.findings[0]
    assert turns[7][1][f.start:f.end] == f.text


def test_bad_input_is_reported():
    with pytest.raises(TranscriptError, match="unknown product_line 'boat'"):
        run(FULL_HEALTH, "boat")
    with pytest.raises(TranscriptError, match="turn 0: speaker must be"):
        check_transcript([{"speaker": "robot", "text": "hi"}], "motor")


def _call(*turns, line="motor"):
    return check_transcript(
        {"id": "t", "product_line": line,
         "turns": [{"speaker": "agent" if i % 2 == 0 else "customer", "text": t} for i, t in enumerate(turns)]}
    )


_OFFER = "给您推荐天山财险承保的车险，保费三千元，保险期间一年。"


def test_consent_withdrawn_later_does_not_count():
    assert "CUSTOMER_CONSENT" in _call(_OFFER, "好的，那就买吧。").steps_present
    withdrawn = _call(_OFFER, "好的，那就买吧。", "好的，稍后发链接。", "算了，你先别办了，我再想想。")
    assert "CUSTOMER_CONSENT" not in withdrawn.steps_present
    again = _call(_OFFER, "好的，那就买吧。", "好的。", "算了，先不要了。", "您再考虑一下？", "想好了，还是给我办上吧。")
    assert "CUSTOMER_CONSENT" in again.steps_present


def test_bare_acknowledgement_before_yes_to_the_consent_question():
    assert "CUSTOMER_CONSENT" in _call(_OFFER + "请问您是否同意投保？", "嗯，同意。").steps_present
    assert "CUSTOMER_CONSENT" not in _call(_OFFER + "请问您是否同意投保？", "嗯。").steps_present


def test_colloquial_phrasing_of_steps():
    steps = _call(
        "您好，我是平宁保险的小周，工号1234，通话有录音。",
        "嗯。",
        "平宁财险承保的车险，车损险赔自家车撞坏的钱，三者险赔别人的。比如酒驾、无证驾驶不赔。",
        "多少钱？",
        "商业险三千一百二，保一年。",
    ).steps_present
    assert {"AGENT_IDENTITY", "COVERAGE", "EXCLUSIONS", "PREMIUM_TERM"} <= set(steps)


def _with_opening(opening):
    """FULL_HEALTH with its first turn replaced by `opening` turns (recording notice kept apart)."""
    return [*opening, (A, "本次通话会全程录音。"), *FULL_HEALTH[1:]]


def test_identity_given_in_pieces_across_turns():
    pieces = [(A, "喂，您好，我姓欧阳，叫欧阳明。"), (C, "哪个单位的？"), (A, "我在雪莲财产保险这边做客户经理。")]
    assert "AGENT_IDENTITY" in run(_with_opening(pieces)).steps_present
    hotline = [(A, "您好，雪莲财险客服热线，我的工号是7781。")]
    assert "AGENT_IDENTITY" in run(_with_opening(hotline)).steps_present


def test_identity_confirmed_in_answer_to_the_customers_question():
    confirmed = [(A, "您好，我是贺晓宁。"), (C, "你们是不是雪莲财险啊？"), (A, "是的是的，就是我们。")]
    assert "AGENT_IDENTITY" in run(_with_opening(confirmed)).steps_present
    # the customer names a company but the agent does not confirm it: no identity
    denied = [(A, "您好，我是贺晓宁。"), (C, "你们是不是雪莲财险啊？"), (A, "这个先不说，给您介绍个产品。")]
    assert "AGENT_IDENTITY" in run(_with_opening(denied)).steps_missing
    # a name alone, the company only as the product's insurer later: no identity
    name_only = [(A, "您好，我是贺晓宁。")]
    assert "AGENT_IDENTITY" in run(_with_opening(name_only)).steps_missing


def test_coverage_by_reimbursement_rate_or_inside_a_cover_and_not_by_a_bracketed_sum():
    rate = replace(FULL_HEALTH, 2, "摔伤、烫伤这类意外的门诊费，扣五十免赔后报百分之八十。")
    assert "COVERAGE" in run(rate).steps_present
    inside = replace(FULL_HEALTH, 2, "自然灾害造成的车身损失也在车损保障范围之内。")
    assert "COVERAGE" in run(inside, "motor").steps_present
    bracket = replace(FULL_HEALTH, 2, "这次推荐的是家庭车险（车损加三者两百万），很多人买。")
    assert "COVERAGE" in run(bracket, "motor").steps_missing


def test_a_yearly_limit_is_no_premium():
    assert "PREMIUM_TERM" in run(replace(FULL_HEALTH, 4, "门诊费用按比例报，每年封顶五十万。")).steps_missing


@pytest.mark.parametrize(("text", "code"), [
    ("头两个月都是送您的，不收钱", "MISLEADING_FREE"),
    ("您现在那家公司啊，报个案都磨磨唧唧的", "DENIGRATE_COMPETITOR"),
    ("这个折扣只到月底，过几天就涨了", "PANIC_SELLING"),
    ("不论遇到哪种意外都给你赔", "EXAGGERATED_COVERAGE"),
])
def test_agent_turn_violations_in_everyday_words(text, code):
    result = run([*FULL_HEALTH[:6], (A, text), *FULL_HEALTH[6:]])
    assert code in result.violations


def test_advice_to_decide_today_is_no_absolute_term():
    assert "ABSOLUTE_TERM" not in run([*FULL_HEALTH[:6], (A, "条款您看明白了，决定下来最好。"), *FULL_HEALTH[6:]]).violations


@pytest.mark.parametrize("notice", [
    "跟您说明一下，咱俩这段对话会存档留底。",
    "这个电话是录着的，您说话注意一下隐私。",
    "本次沟通全程留痕，后面可以调取核对。",
    "咱们说的内容都会录进系统里。",
])
def test_the_many_ways_of_saying_the_call_is_recorded(notice):
    assert "RECORDING_NOTICE" in run(replace(FULL_HEALTH, 0, f"我是天山财险的林涛，工号H5520。{notice}")).steps_present


@pytest.mark.parametrize("not_notice", ["我把您的车牌号记录一下。", "我先把您的信息录入系统。", "咱们这个电话没有录音。"])
def test_noting_down_details_is_no_recording_notice(not_notice):
    result = run(replace(FULL_HEALTH, 0, f"我是天山财险的林涛，工号H5520。{not_notice}"))
    assert "RECORDING_NOTICE" in result.steps_missing


def test_identity_named_in_the_customers_question_and_affirmed():
    asked = [(A, "您好，打扰一下。"), (C, "你是雪莲财险那个小贺吧？前两天来过电话。"), (A, "嗯，对，是我。")]
    assert "AGENT_IDENTITY" in run(_with_opening(asked)).steps_present
    role_only = [(A, "您好，打扰一下。"), (C, "你是雪莲财险那个业务员吧？"), (A, "对。")]
    assert "AGENT_IDENTITY" in run(_with_opening(role_only)).steps_missing
    introduced = [(A, "您好，我这边是贺晓宁。"), (C, "雪莲财险的吧？"), (A, "对，我就是雪莲财险的。")]
    assert "AGENT_IDENTITY" in run(_with_opening(introduced)).steps_present


def test_product_and_insurer_in_two_turns_or_said_plainly():
    two_turns = [(A, "这款叫“乐行”短期意外险。"), (C, "哪家公司的？"), (A, "是雪莲财产保险出的保单。")]
    assert "PRODUCT_INSURER" in run([*FULL_HEALTH[:1], *two_turns, *FULL_HEALTH[2:]]).steps_present
    plain = replace(FULL_HEALTH, 1, "《乐行短期意外险》，保险公司是我们雪莲财产保险。")
    assert "PRODUCT_INSURER" in run(plain).steps_present
    no_insurer = replace(FULL_HEALTH, 1, "给您说一款意外险，挺划算的。")
    assert "PRODUCT_INSURER" in run(no_insurer).steps_missing


@pytest.mark.parametrize(("line", "coverage"), [
    ("motor", "您撞了人家的车，人家修车的钱这边替您出，最多一百万。"),
    ("motor", "自己车被刮了的修理费、对方车上人受伤的医药费，这两样都管。"),
    ("health", "医保结算以后自费的那部分，超过五千的再给您报。"),
    ("health", "手术费、床位费扣完免赔额按百分之九十报。"),
])
def test_coverage_explained_by_what_is_paid(line, coverage):
    assert "COVERAGE" in run(replace(FULL_HEALTH, 2, coverage), line).steps_present


@pytest.mark.parametrize("exclusion", [
    "高空作业摔下来的，这款保险一分钱都不出。",
    "整牙、种牙这些费用报不了。",
    "改装过的车出了事，这个计划都不管。",
])
def test_exclusions_in_everyday_words(exclusion):
    assert "EXCLUSIONS" in run(replace(FULL_HEALTH, 3, exclusion)).steps_present


def test_not_caring_how_it_happened_is_no_exclusion():
    vague = replace(FULL_HEALTH, 3, "不管是撞了还是刮了，条款里都写着。")
    assert "EXCLUSIONS" in run(vague, "motor").steps_missing


def test_premium_said_a_few_words_after_the_price_is_named_and_a_deductible_is_no_premium():
    said = replace(FULL_HEALTH, 4, "保费比去年略高，具体是六百三十，保期一年。")
    assert "PREMIUM_TERM" in run(said).steps_present
    deductible = replace(FULL_HEALTH, 4, "扣掉五千块免赔额，剩下的一年最多报一百万。")
    assert "PREMIUM_TERM" in run(deductible).steps_missing


def test_refund_rule_in_plain_words_and_a_promised_return_is_none():
    plain = replace(FULL_HEALTH, 5, "拿到合同十天以内不想要了，退给您全款；之后退就按剩余的天数算。")
    assert "COOLING_OFF_OR_CANCELLATION" in run(plain).steps_present
    promise = replace(FULL_HEALTH, 5, "交满十年，钱原数退给您。")
    assert "COOLING_OFF_OR_CANCELLATION" in run(promise).steps_missing


@pytest.mark.parametrize("answer", ["行吧。", "嗯，好的。", "可以，就照这个投吧。", "中，办吧。"])
def test_agreement_answering_the_question_that_asked_for_it_is_consent(answer):
    assert "CUSTOMER_CONSENT" in run(replace(FULL_HEALTH, 7, answer)).steps_present


@pytest.mark.parametrize("answer", [
    "好，那我问问家里人再说。", "行，你先把材料发我看看。", "好的，我晚上再回你。", "好好，我知道了。", "可以啊？",
])
def test_hesitation_after_an_opening_yes_is_not_consent(answer):
    assert "CUSTOMER_CONSENT" in run(replace(FULL_HEALTH, 7, answer)).steps_missing


def test_a_yes_to_a_question_that_did_not_ask_for_the_decision_is_not_consent():
    turns = [*FULL_HEALTH[:6], (A, "刚才说的您都听清楚了吗？"), (C, "好的。")]
    assert "CUSTOMER_CONSENT" in run(turns).steps_missing


def test_answers_to_the_customers_questions_perform_the_step():
    price = [*FULL_HEALTH[:4], (C, "一年得交多少钱？"), (A, "四百二，保一年的。"), *FULL_HEALTH[5:]]
    assert "PREMIUM_TERM" in run(price).steps_present
    vague_price = [*FULL_HEALTH[:4], (C, "一年得交多少钱？"), (A, "不贵，几百块，一年的。"), *FULL_HEALTH[5:]]
    assert "PREMIUM_TERM" in run(vague_price).steps_missing
    excluded = [*FULL_HEALTH[:3], (C, "那啥情况不赔啊？"), (A, "嗯，像先天性的病、整容这些。"), *FULL_HEALTH[4:]]
    assert "EXCLUSIONS" in run(excluded).steps_present
    read_it = [*FULL_HEALTH[:3], (C, "那啥情况不赔啊？"), (A, "这个您看合同里写的。"), *FULL_HEALTH[4:]]
    assert "EXCLUSIONS" in run(read_it).steps_missing
    covered = [*FULL_HEALTH[:2], (C, "它都管些啥？"), (A, "住院的床位、手术、药。"), *FULL_HEALTH[3:]]
    assert "COVERAGE" in run(covered).steps_present


def test_coverage_by_an_example_payout():
    example = replace(FULL_HEALTH, 2, "要是查出肿瘤，一次性给您十五万。")
    assert "COVERAGE" in run(example).steps_present


@pytest.mark.parametrize(("question", "answer", "consent"), [
    ("您看需要今天办上吗？", "要，办吧。", True),
    ("您看需要今天办上吗？", "买。", True),
    ("您看需要今天办上吗？", "可以，但我先问下我爱人。", False),
    ("您这会儿方便说话吗？", "可以，你讲。", False),
    ("您看需要今天办上吗？", "好嘞，回头见，再见。", False),
])
def test_consent_is_an_answer_to_the_question_for_the_decision(question, answer, consent):
    turns = [*FULL_HEALTH[:6], (A, question), (C, answer)]
    assert ("CUSTOMER_CONSENT" in run(turns).steps_present) is consent


def _with_agent_turn(text):
    return run([*FULL_HEALTH[:6], (A, text), *FULL_HEALTH[6:]])


def test_a_full_refund_inside_the_cooling_off_rule_is_no_promised_return():
    assert "GUARANTEED_RETURN" not in _with_agent_turn("签收十天内后悔了说一声，交的钱一分不少退您。").violations
    assert "GUARANTEED_RETURN" in _with_agent_turn("交满十五年，交的钱一分不少退您，还多给利息。").violations


def test_all_paid_after_the_deductible_is_the_cover_with_its_conditions_but_a_cap_alone_is_not():
    conditioned = _with_agent_turn("扣掉五千块免赔额，剩下的医疗费全部给您报。")
    assert "EXAGGERATED_COVERAGE" not in conditioned.violations
    capped = _with_agent_turn("住院花的钱都能报，一年最多五十万。")
    assert "EXAGGERATED_COVERAGE" in capped.violations


def test_taking_notes_of_what_the_customer_says_is_no_recording_notice():
    notes = run(replace(FULL_HEALTH, 0, "我是天山财险的林涛，工号H5520。您反映的问题我都记录下来了。"))
    assert "RECORDING_NOTICE" in notes.steps_missing


@pytest.mark.parametrize("answer", [
    "好贵啊。", "等我爱人点头了我再办。", "要是能便宜点就买。", "我前阵子刚买了别家的。", "我要投诉你们。",
    "嗯……可以吧……我不太想。",
])
def test_a_complaint_a_condition_or_a_purchase_elsewhere_is_no_consent(answer):
    assert "CUSTOMER_CONSENT" in run(replace(FULL_HEALTH, 7, answer)).steps_missing


def test_dialect_and_short_forms():
    asked = [*FULL_HEALTH[:6], (C, "这电话录音不？"), (A, "录的，一直录着。"), (A, "您看是否同意投保？"), (C, "中，整一份。")]
    result = run(replace(asked, 0, "我是天山财险的林涛，工号H5520。"))
    assert {"RECORDING_NOTICE", "CUSTOMER_CONSENT"} <= set(result.steps_present)
    illness = replace(FULL_HEALTH, 3, "这款只管意外，得病住院它是不管的。")
    assert "EXCLUSIONS" in run(illness, "accident").steps_present
    payout = replace(FULL_HEALTH, 2, "万一出意外人走了，家属能领三十万。")
    assert "COVERAGE" in run(payout, "accident").steps_present


def test_identity_pieces_a_few_turns_apart():
    apart = [(A, "您好，我是贺晓宁，工号3308。"), (A, "不好意思打扰您。"), (A, "是关于您保单的事。"),
             (C, "你们哪个公司？"), (A, "雪莲财险的。")]
    assert "AGENT_IDENTITY" in run(_with_opening(apart)).steps_present


@pytest.mark.parametrize(("question", "answer", "code"), [
    ("那你们这个是不是啥都赔？", "对对，基本都赔。", "EXAGGERATED_COVERAGE"),
    ("是不是国家指定的产品？", "没错。", "REGULATOR_ENDORSEMENT"),
    ("是不是过两天就要下架了？", "是的，您说得对。", "PANIC_SELLING"),  # a bare yes (下周就停了 would claim it itself)
])
def test_saying_yes_to_the_customers_question_makes_its_claim(question, answer, code):
    result = _with_agent_turn_pair(question, answer)
    assert code in result.violations
    finding = next(f for f in result.findings if f.code == code)
    assert finding.turn == 7 and question in finding.explanation


@pytest.mark.parametrize("answer", ["不是的，有保障范围。", "对，有保障范围的，不赔的情况我下面讲。", "这个不能这么说。"])
def test_a_denial_or_a_qualified_answer_makes_no_claim(answer):
    assert _with_agent_turn_pair("你们这个是不是啥都赔？", answer).violations == []


def _with_agent_turn_pair(question, answer):
    return run([*FULL_HEALTH[:6], (C, question), (A, answer), *FULL_HEALTH[6:]])

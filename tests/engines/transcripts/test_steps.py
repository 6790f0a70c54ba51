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

"""The steps model, the transcripts engine's trained second opinion: it adds a one-fact step the rules missed,
says so, never takes a step away, is stopped by the rules' own near-miss guards, and can be switched off."""

import json

import pytest

from xiaobao.engines.transcripts import STEPS, check_transcript, engine
from xiaobao.engines.transcripts.steps_model import DEFAULT_MODEL_PATH, default_model, model_enabled

A, C = "agent", "customer"

CALL = [
    (A, "您好，本次通话录音。我是雪莲财险的客户经理贺宁，工号XL0801。"),
    (C, "嗯，你说。"),
    (A, "给您介绍雪莲财险承保的《乐行短期意外险》。"),
    (A, "意外身故伤残赔十万，意外医疗花的医药费报八成。"),
    (A, "酒驾、无证驾驶出的事不赔。"),
    (A, "保费一年一百二十元，保险期间一年。"),
    (A, "收到保单十五天内退保全额退还保费。"),
    (A, "您看今天给您办上吗？"),
]
# agreement in words the checklist's consent variants do not know
AGREED = (C, "嗯，听你的，就这个。")


def run(turns, **kwargs):
    call = {"id": "t", "product_line": "accident", "turns": [{"speaker": s, "text": t} for s, t in turns]}
    return check_transcript(call, **kwargs)


def test_the_model_adds_a_step_the_rules_missed_and_says_so():
    assert "CUSTOMER_CONSENT" not in run([*CALL, AGREED], second_opinion=False).steps_present
    result = run([*CALL, AGREED], second_opinion=True)
    assert "CUSTOMER_CONSENT" in result.steps_present
    evidence = next(e for e in result.evidence if e.step == "CUSTOMER_CONSENT")
    assert (evidence.source, evidence.turn) == ("model", len(CALL))
    assert all(e.source == "rules" for e in result.evidence if e.step != "CUSTOMER_CONSENT")
    assert result.steps_present == [s for s in STEPS if s in result.steps_present]  # in the steps' order
    assert result.steps_missing == []


def test_the_environment_switches_the_model_off(monkeypatch):
    monkeypatch.setenv("XIAOBAO_TRANSCRIPTS_MODEL", "0")
    assert not model_enabled()
    assert "CUSTOMER_CONSENT" not in run([*CALL, AGREED]).steps_present
    monkeypatch.setenv("XIAOBAO_TRANSCRIPTS_MODEL", "1")
    assert "CUSTOMER_CONSENT" in run([*CALL, AGREED]).steps_present


@pytest.mark.parametrize("later", ["算了，先别办了。", "我想了想，还是不要了。"])
def test_consent_taken_back_is_not_added_by_the_model(later):
    assert "CUSTOMER_CONSENT" not in run([*CALL, AGREED, (A, "好的。"), (C, later)], second_opinion=True).steps_present


@pytest.mark.parametrize("text", ["咱们这个电话没有录音。", "录音先关了，咱们随便聊。"])
def test_a_negated_notice_is_not_added_by_the_model(text):
    turns = [(A, "您好，我是雪莲财险的客户经理贺宁，工号XL0801。"), (A, text), *CALL[1:]]
    assert "RECORDING_NOTICE" not in run(turns, second_opinion=True).steps_present


def test_the_model_never_takes_a_step_away():
    rules = run(CALL, second_opinion=False).steps_present
    assert set(rules) <= set(run(CALL, second_opinion=True).steps_present)


def test_two_fact_steps_are_left_to_the_rules():
    data = json.loads(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))
    assert not {"AGENT_IDENTITY", "PREMIUM_TERM"} & set(data["learned"])
    turns = [(A, "您好，本次通话录音，我是雪莲财险的客服。"), *CALL[1:]]  # nobody named
    assert "AGENT_IDENTITY" not in run(turns, second_opinion=True).steps_present


def test_a_product_without_its_insurer_is_not_added():
    # PRODUCT_INSURER is learned, at a high threshold: a product named alone is not enough
    turns = [*CALL[:2], (A, "给您介绍一款短期意外险，保障一年。"), *CALL[3:]]
    assert "PRODUCT_INSURER" not in run(turns, second_opinion=False).steps_present
    assert "PRODUCT_INSURER" not in run(turns, second_opinion=True).steps_present


def test_the_shipped_model_reads():
    model = default_model()
    assert model.codes[0] == "RECORDING_NOTICE" and 0.5 <= model.add_threshold < 1.0


def test_rebuilding_the_model_gives_the_same_file():
    # the model learns from the turns the rules cite: after a checklist change, rebuild it
    # (python -m xiaobao.engines.transcripts.build_steps_model)
    pytest.importorskip("sklearn")
    from xiaobao.engines.transcripts.build_steps_model import build

    assert build() == DEFAULT_MODEL_PATH.read_text(encoding="utf-8")


# ---- the marketing classifier on agent turns: additions of its turn codes only, never a veto ---------------------

def _stub(monkeypatch, engine, check_text):
    """The marketing engine replaced by `check_text`: the rules alone, and with the classifier (the engine gives
    a turn's rule findings to the classifier, _classified, instead of running the rules again)."""
    monkeypatch.setattr(engine, "check_text", check_text)
    monkeypatch.setattr(engine, "_classified", lambda t, found, rules: check_text(t, rules, second_opinion=True))


def _stub_check_text(by_classifier, rescued=()):
    """A marketing check_text that finds 最好 by rule and, with the classifier, adds `by_classifier` codes (and
    `rescued` ones, as its "violates at all" score does)."""
    from xiaobao.engines.marketing import Finding

    def check_text(text, rules=None, *, second_opinion=None):
        found = [Finding("ABSOLUTE_TERM", 0, 2, text[:2], "", "")] if "最好" in text else []
        if second_opinion:
            found = found[:1 if "否决" not in text else 0]  # the classifier may veto a rule finding
            found += [Finding(code, 0, len(text), text, "", "", rule="classifier", source="classifier")
                      for code in by_classifier]
            found += [Finding(code, 0, len(text), text, "", "", rule="classifier-violating", source="classifier")
                      for code in rescued]
        return found

    return check_text


def test_the_turn_classifier_adds_only_its_codes(monkeypatch):
    codes = ["DENIGRATE_COMPETITOR", "EXAGGERATED_COVERAGE", "DEPOSIT_CONFUSION", "GUARANTEED_RETURN"]
    # a rescue by the "violates at all" score is not taken, even of a turn code
    _stub(monkeypatch, engine, _stub_check_text(codes, rescued=["REGULATOR_ENDORSEMENT"]))
    turns = [*CALL, (A, "我们是最好的，别家比不了，否决。")]
    on = run(turns, second_opinion=False, marketing_classifier=True)
    assert on.violations == ["ABSOLUTE_TERM", "DEPOSIT_CONFUSION", "DENIGRATE_COMPETITOR"]
    assert any(f.code == "ABSOLUTE_TERM" and f.turn == len(CALL) for f in on.findings)  # the veto is not taken
    off = run(turns, second_opinion=False, marketing_classifier=False)
    assert off.violations == ["ABSOLUTE_TERM"]


@pytest.mark.parametrize(("text", "added"), [
    ("那还是车损加三者，撞了别人赔别人。", False),  # the call's own cover: nobody to denigrate
    ("还是那个老农安心险，续一年。", False),
    ("他们家理赔慢得很，您别买。", True),
    ("蓝湾那个啊，理赔特别磨叽。", True),
    ("青禾财险定损可抠了。", True),
])
def test_the_turn_classifier_denigrates_only_where_the_turn_points_at_another_party(monkeypatch, text, added):
    stub = _stub_check_text(["DENIGRATE_COMPETITOR"])
    _stub(monkeypatch, engine, lambda t, rules=None, *, second_opinion=None: (
        stub(t, rules, second_opinion=second_opinion) if t == text else []))
    result = run([*CALL, (A, text)], second_opinion=False, marketing_classifier=True)
    assert ("DENIGRATE_COMPETITOR" in result.violations) is added


def test_the_turn_classifier_follows_the_marketing_switch(monkeypatch):
    _stub(monkeypatch, engine, _stub_check_text(["REGULATOR_ENDORSEMENT"]))
    monkeypatch.setenv("XIAOBAO_MARKETING_CLASSIFIER", "0")
    assert run(CALL, second_opinion=False).violations == []
    monkeypatch.setenv("XIAOBAO_MARKETING_CLASSIFIER", "1")
    assert run(CALL, second_opinion=False).violations == ["REGULATOR_ENDORSEMENT"]


@pytest.mark.parametrize(("text", "kept"), [
    ("店里活动送您一份驾乘险，保费是店里出的，您不用另外交钱。", False),  # the seller pays: a gift
    ("这份意外险保险费由我们公司承担，免费送给您。", False),
    ("送您一份驾乘险，免费的，不要钱。", True),
    ("送您一份驾乘险，保费就打在车险里了。", True),
])
def test_a_gift_the_seller_pays_for_is_not_misleading_free(monkeypatch, text, kept):
    from xiaobao.engines.marketing import Finding
    def check_text(t, rules=None, *, second_opinion=None):
        at = t.find("送")
        return [Finding("MISLEADING_FREE", at, at + 2, t[at:at + 2], "", "")] if t == text and at >= 0 else []

    monkeypatch.setattr(engine, "check_text", check_text)
    result = run([*CALL, (A, text)], second_opinion=False, marketing_classifier=False)
    assert ("MISLEADING_FREE" in result.violations) is kept


@pytest.mark.parametrize(("answer", "found"), [
    ("能报能报，都能报。", True),  # a yes that echoes the question's verb
    ("对，能报。", True),
    ("能报一部分，但是以前的病不报。", False),  # a yes with its conditions
    ("这个不能报。", False),
])
def test_a_claim_the_agent_affirms_by_echoing_the_question(monkeypatch, answer, found):
    from xiaobao.engines.marketing import Finding
    def check_text(t, rules=None, *, second_opinion=None):
        return [Finding("EXAGGERATED_COVERAGE", 0, len(t), t, "", "")] if "老毛病" in t and "?" not in t else []

    monkeypatch.setattr(engine, "check_text", check_text)
    turns = [*CALL, (C, "我腰椎是老毛病了，以后住院也能报吗？"), (A, answer)]
    result = run(turns, second_opinion=False, marketing_classifier=False)
    assert ("EXAGGERATED_COVERAGE" in result.violations) is found

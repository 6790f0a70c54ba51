"""Speech recognised word by word ("我 是 青禾财险 的 柴敏"): the agent's claims are read as said, the findings are
located in the turn as given, and the steps model's guards read the turn as the rules do. Written for this file."""

from xiaobao.engines.transcripts import check_transcript
from xiaobao.engines.transcripts.engine import _as_said, _spoken, speech_reading, speech_text


def findings(*agent_turns):
    call = {"id": "t", "product_line": "health", "turns": [{"speaker": "agent", "text": t} for t in agent_turns]}
    return check_transcript(call, second_opinion=False, marketing_classifier=False).findings


def test_a_claim_cut_into_words_is_read_as_one():
    (f,) = findings("我们 这个 稳 赚 不 赔 的")
    assert f.code == "GUARANTEED_RETURN"
    assert f.text == "稳 赚 不 赔"  # located in the turn as given


def test_a_superlative_cut_into_words():
    turn = "这 款 绝对 是 全 市场 最 便宜 的"
    (f,) = findings(turn)
    assert f.code == "ABSOLUTE_TERM"
    assert turn[f.start:f.end] == f.text == "最 便宜"


def test_punctuated_turns_are_given_to_the_marketing_engine_as_they_are():
    assert _spoken("您好，我是 ABC 保险的小柴。") == ("您好，我是 ABC 保险的小柴。", None)


def test_the_reading_points_into_the_turn():
    turn = "(坐席) 工号 8 8 1 2 呃 我 是 青禾财险 的 柴 柴敏"
    reading, where = _spoken(turn)
    assert reading == "工号8812，我是青禾财险的柴敏"  # the filler, a hesitation, is a pause
    assert all(turn[w] == c for c, w in zip(reading, where, strict=True) if c != "，")


def test_speech_reading_maps_every_character():
    text, where = speech_reading("三千 三百 六十 保 一年")
    assert text == "三千三百六十保一年"
    assert len(where) == len(text)


def test_a_finding_in_the_reading_is_located_in_the_turn():
    from xiaobao.engines.transcripts.engine import TurnFinding

    turn = "这 款 最 便宜"
    reading, where = _spoken(turn)
    start = reading.index("最便宜")
    f = TurnFinding(0, "ABSOLUTE_TERM", start, start + 3, "最便宜", "", "")
    assert _as_said(f, turn, where).text == "最 便宜"


def test_the_model_guard_reads_the_turn_as_the_rules_do():
    # "不 录音" is the checklist's near-miss guard for the recording notice; spaced apart it still guards
    assert speech_text("这个 电话 不 录音 的") == "这个，电话，不录音的"
    call = {"id": "t", "product_line": "motor", "turns": [
        {"speaker": "agent", "text": "这个 电话 不 录音 的 您 放心"}, {"speaker": "customer", "text": "好"}]}
    assert "RECORDING_NOTICE" not in check_transcript(call).steps_present


# ---- agent-turn violations read in speech ------------------------------------------------------------------

def violations(*turns, classifier=False):
    call = {"id": "t", "product_line": "motor", "turns": [{"speaker": s, "text": t} for s, t in turns]}
    return check_transcript(call, second_opinion=False, marketing_classifier=classifier).violations


def test_a_gift_that_costs_so_much_more_is_no_gift():
    # the charge said before the gift is called free
    assert "MISLEADING_FREE" in violations(
        ("agent", "今年 给您 加 一个 驾乘险 就多 一百块"), ("customer", "一百块啊"), ("agent", "一百块 等于 白送"))
    assert "MISLEADING_FREE" not in violations(("agent", "道路救援 是 保单里 带的 等于 白送 不另外收钱"))


def _classifier_says(monkeypatch, code):
    from xiaobao.engines.marketing import Finding
    from xiaobao.engines.transcripts import engine

    monkeypatch.setattr(engine, "_classified", lambda t, found, rules: [
        Finding(code, 0, len(t), t, "", "", rule="classifier", source="classifier")])


def test_no_return_said_is_no_promised_return(monkeypatch):
    _classifier_says(monkeypatch, "GUARANTEED_RETURN")
    assert violations(("agent", "叔叔 这个 不是 理财 没有 收益 也 不返钱"), classifier=True) == []
    assert violations(("agent", "交 十年 到期 保证 拿回 本金"), classifier=True) == ["GUARANTEED_RETURN"]


def test_the_customers_company_is_no_competitor(monkeypatch):
    _classifier_says(monkeypatch, "DENIGRATE_COMPETITOR")
    assert violations(("agent", "上次 说的 你们公司 那 几辆 面包车 的 车险"), classifier=True) == []
    assert violations(("agent", "蓝湾公司 理赔 慢得很"), classifier=True) == ["DENIGRATE_COMPETITOR"]

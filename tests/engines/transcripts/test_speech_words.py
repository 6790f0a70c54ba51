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

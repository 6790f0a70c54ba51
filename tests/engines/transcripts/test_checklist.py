"""The checklist is data: validated on load, extensible per product line."""

import tomllib

import pytest

from xiaobao.engines.transcripts import ChecklistError, check_transcript, load_checklist, parse_checklist
from xiaobao.engines.transcripts.checklist import DEFAULT_CHECKLIST_PATH


def _data():
    return tomllib.loads(DEFAULT_CHECKLIST_PATH.read_text(encoding="utf-8"))


def test_built_in_checklist_lines():
    checklist = load_checklist()
    assert set(checklist.lines) == {"motor", "accident", "health"}
    assert "COOLING_OFF_OR_CANCELLATION" not in checklist.lines["motor"]
    assert len(checklist.lines["health"]) == 8


def test_errors_name_the_bad_entry():
    data = _data()
    data["lines"]["motor"]["required"].append("SMILE")
    with pytest.raises(ChecklistError, match=r"line 'motor': unknown step\(s\) SMILE"):
        parse_checklist(data)
    data = _data()
    data["steps"]["EXCLUSIONS"]["variants"][0]["all_of"] = ["不赔("]
    with pytest.raises(ChecklistError, match=r"step 'EXCLUSIONS' variant 1: pattern does not compile"):
        parse_checklist(data)
    data = _data()
    data["steps"]["EXCLUSIONS"]["variants"][0]["speaker"] = "robot"
    with pytest.raises(ChecklistError, match="speaker must be one of"):
        parse_checklist(data)


def test_a_new_product_line_can_be_configured():
    data = _data()
    data["lines"]["liability"] = {"name": "责任保险", "required": ["RECORDING_NOTICE", "CUSTOMER_CONSENT"]}
    checklist = parse_checklist(data)
    turns = [{"speaker": "agent", "text": "本次通话录音。"}]
    result = check_transcript(turns, "liability", checklist=checklist)
    assert result.steps_present == ["RECORDING_NOTICE"]
    assert result.steps_missing == ["CUSTOMER_CONSENT"]


def test_bad_defuse_entries_are_named():
    data = _data()
    data["defuse"][0]["code"] = "RUDE"
    with pytest.raises(ChecklistError, match=r"defuse 1: code must be one of"):
        parse_checklist(data)
    data = _data()
    data["defuse"][0]["sentence"] = "退保("
    with pytest.raises(ChecklistError, match=r"defuse 1: pattern does not compile"):
        parse_checklist(data)
    data = _data()
    data["defuse"][0]["when"] = "x"
    with pytest.raises(ChecklistError, match=r"defuse 1: unknown key\(s\) when"):
        parse_checklist(data)


def test_the_call_insurer_slot_only_in_all_of_and_clause_refusals_as_a_list():
    data = _data()
    data["steps"]["EXCLUSIONS"]["variants"][0]["none_of"] = ["%CALL_INSURER%不赔"]
    with pytest.raises(ChecklistError, match=r"variant 1: %CALL_INSURER% may only be used in all_of"):
        parse_checklist(data)
    data = _data()
    data["steps"]["EXCLUSIONS"]["variants"][0]["none_of_clause"] = "不"
    with pytest.raises(ChecklistError, match=r"'none_of_clause' must be a list"):
        parse_checklist(data)


def test_the_call_insurer_slot_is_bound_to_the_insurers_the_agent_named():
    data = _data()
    data["steps"]["PRODUCT_INSURER"]["variants"] = [{"all_of": ["%CALL_INSURER%的新品"]}]
    checklist = parse_checklist(data)
    named = [{"speaker": "agent", "text": "我是云杉财险的。"}, {"speaker": "agent", "text": "说说云杉的新品。"}]
    assert "PRODUCT_INSURER" in check_transcript(named, "motor", checklist=checklist).steps_present
    unnamed = [{"speaker": "agent", "text": "说说云杉的新品。"}]
    assert "PRODUCT_INSURER" not in check_transcript(unnamed, "motor", checklist=checklist).steps_present
    said_by_customer = [{"speaker": "customer", "text": "你是云杉财险的？"}, *unnamed]
    assert "PRODUCT_INSURER" not in check_transcript(said_by_customer, "motor", checklist=checklist).steps_present

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

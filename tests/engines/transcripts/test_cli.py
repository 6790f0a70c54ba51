"""`xiaobao transcripts check --jsonl` round trip."""

import json

from xiaobao.cli import main as xiaobao_main
from xiaobao.engines.transcripts.cli import main

ROW = {
    "id": "c1",
    "product_line": "motor",
    "turns": [
        {"speaker": "agent", "text": "您好，通话录音。我是天山财险的客户经理王丽，工号30217。"},
        {"speaker": "agent", "text": "这是我们全疆最好的车险。"},
        {"speaker": "customer", "text": "嗯。"},
    ],
}


def test_round_trip(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(ROW, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["check", "--jsonl", str(src), "--out", str(out)]) == 0
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["id"] == "c1"
    assert row["steps_present"] == ["RECORDING_NOTICE", "AGENT_IDENTITY"]
    assert "CUSTOMER_CONSENT" in row["steps_missing"]
    assert row["violations"] == ["ABSOLUTE_TERM"]
    assert row["findings"][0]["turn"] == 1


def test_dispatch_and_errors(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(dict(ROW, product_line="boat")) + "\n", encoding="utf-8")
    assert xiaobao_main(["xiaobao", "transcripts", "check", "--jsonl", str(src)]) == 2
    assert "unknown product_line 'boat'" in capsys.readouterr().err
    assert main(["check"]) == 2
    assert "--jsonl" in capsys.readouterr().err
    bad = tmp_path / "bad.toml"
    bad.write_text("[lines.motor]\nrequired = ['X']\n", encoding="utf-8")
    assert main(["check", "--jsonl", str(src), "--checklist", str(bad)]) == 2
    assert capsys.readouterr().err.startswith("ChecklistError: line 'motor'")


def test_the_steps_model_can_be_switched_off(tmp_path, capsys):
    row = dict(ROW, turns=[*ROW["turns"], {"speaker": "agent", "text": "您看给您办上吗？"},
                           {"speaker": "customer", "text": "嗯，听你的，就这个。"}])
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["check", "--jsonl", str(src), "--out", str(out)]) == 0
    assert "rules + steps model" in capsys.readouterr().err
    [with_model] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert "CUSTOMER_CONSENT" in with_model["steps_present"]
    assert {"step": "CUSTOMER_CONSENT", "turn": 4, "text": "嗯，听你的，就这个。", "source": "model"} in with_model["evidence"]
    assert main(["check", "--jsonl", str(src), "--out", str(out), "--no-steps-model"]) == 0
    assert "rules only" in capsys.readouterr().err
    [rules_only] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert "CUSTOMER_CONSENT" in rules_only["steps_missing"]

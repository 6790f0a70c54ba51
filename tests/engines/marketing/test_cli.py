"""`xiaobao marketing ...` round trips and error handling."""

import json
import subprocess
import sys

from tests.engines.marketing.docmaker import write_docx
from xiaobao.cli import main as xiaobao_main
from xiaobao.engines.marketing.cli import main


def test_jsonl_round_trip(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": "保本保息，最后一天！"}, {"id": "b", "text": "第一年保费1280元。"}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["check", "--jsonl", str(src), "--out", str(out)]) == 0
    result = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in result] == ["a", "b"]
    assert result[0]["violations"] == ["GUARANTEED_RETURN", "PANIC_SELLING"]
    assert result[1] == {"id": "b", "violations": [], "findings": []}
    finding = result[0]["findings"][0]
    assert {"code", "start", "end", "text", "explanation", "basis"} <= set(finding)
    assert rows[0]["text"][finding["start"]:finding["end"]] == finding["text"]


def test_jsonl_to_stdout(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "x", "text": "稳赚不赔"}\n\n', encoding="utf-8")
    assert main(["check", "--jsonl", str(src)]) == 0
    assert json.loads(capsys.readouterr().out)["violations"] == ["GUARANTEED_RETURN"]


def test_file_report_in_chinese(tmp_path, capsys):
    txt = tmp_path / "ad.txt"
    txt.write_text("第一行\n本产品国家指定，稳赚不赔。", encoding="utf-8")
    docx = write_docx(tmp_path / "ok.docx", ["最高保额100万元。"])
    assert main(["check", str(txt), str(docx)]) == 0
    out = capsys.readouterr().out
    assert f"== {txt}" in out and "[REGULATOR_ENDORSEMENT] 第2行 “国家指定”" in out
    assert "依据：" in out and "建议：" in out
    assert f"== {docx}\n未发现违规表述。" in out


def test_errors_exit_2_with_a_message_and_no_traceback(tmp_path, capsys):
    assert main(["check", str(tmp_path / "missing.txt")]) == 2
    assert "file not found" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "x"}\nnot json\n', encoding="utf-8")
    assert main(["check", "--jsonl", str(bad)]) == 2
    assert "bad.jsonl:2: not valid JSON" in capsys.readouterr().err
    assert main(["check"]) == 2
    assert "nothing to check" in capsys.readouterr().err
    assert main(["frobnicate"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_rules_option_and_rule_errors(tmp_path, capsys):
    rules = tmp_path / "rules.toml"
    rules.write_text(
        '[[rules]]\nid = "xyz"\ncode = "ABSOLUTE_TERM"\npatterns = ["最(佳"]\nexplanation = "e"\nbasis = "b"\n',
        encoding="utf-8",
    )
    assert main(["check", "--rules", str(rules), "--jsonl", "-"]) == 2
    assert capsys.readouterr().err.startswith("RuleError: rule 'xyz': pattern does not compile")
    rules.write_text(
        '[[rules]]\nid = "xyz"\ncode = "ABSOLUTE_TERM"\npatterns = ["享誉全疆"]\nexplanation = "e"\nbasis = "b"\n',
        encoding="utf-8",
    )
    ad = tmp_path / "ad.txt"
    ad.write_text("享誉全疆的好产品，保本保息", encoding="utf-8")
    assert main(["check", "--rules", str(rules), str(ad)]) == 0
    out = capsys.readouterr().out
    assert "享誉全疆" in out and "GUARANTEED_RETURN" not in out
    assert main(["rules", "--rules", str(rules)]) == 0
    assert "1 条规则" in capsys.readouterr().out


def test_the_xiaobao_command_dispatches_here(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "x", "text": "全网最低价"}\n', encoding="utf-8")
    assert xiaobao_main(["xiaobao", "marketing", "check", "--jsonl", str(src)]) == 0
    assert json.loads(capsys.readouterr().out)["violations"] == ["ABSOLUTE_TERM"]


def test_console_entry_point_subprocess(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "x", "text": "零风险"}\n', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "xiaobao", "marketing", "check", "--jsonl", str(src)],
        capture_output=True, text=True, check=False, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["violations"] == ["GUARANTEED_RETURN"]
    proc = subprocess.run(
        [sys.executable, "-m", "xiaobao", "marketing", "check", str(tmp_path / "nope.pdf")],
        capture_output=True, text=True, check=False, timeout=60,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "nope.pdf" in proc.stderr

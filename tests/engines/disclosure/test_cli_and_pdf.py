import json
from pathlib import Path

from xiaobao.engines.disclosure import check_document
from xiaobao.engines.disclosure.cli import main

from .pdfgen import write_pdf

CORPUS = Path(__file__).resolve().parents[2] / "data" / "disclosure"


def test_cli_one_json_line_per_file_and_bad_files(tmp_path, capsys):
    bad = tmp_path / "bad.docx"
    bad.write_text("not a zip", encoding="utf-8")
    zipped = tmp_path / "other.docx"
    import zipfile

    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr("hello.txt", "hi")
    good = CORPUS / "01_motor_bold_bodies.docx"
    code = main(["check", str(bad), str(good), str(tmp_path / "missing.docx"), str(zipped)])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 2
    assert len(lines) == 4
    assert "error" in lines[0] and "error" in lines[2] and "error" in lines[3]
    assert lines[1]["exclusions_emphasized"] is True
    assert set(lines[1]) >= {"file", "exclusions_emphasized", "sections_present", "findings"}
    assert "missing.docx" in err


def test_cli_all_good_exit_0(capsys):
    assert main(["check", str(CORPUS / "02_accident_heading_only_bold.docx")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["exclusions_emphasized"] is False
    finding = data["findings"][0]
    assert finding["code"] == "EXCLUSION_NOT_EMPHASIZED"
    assert {"code", "text", "paragraph", "explanation", "basis"} <= set(finding)


def test_cli_usage_error():
    assert main([]) == 2


def test_text_pdf(tmp_path):
    lines = [
        ("机动车损失保险条款", True, 16),
        ("保险责任", True, 10.5),
        ("保险期间内，因意外事故造成被保险机动车直接损失，保险人负责赔偿。", False, 10.5),
        ("责任免除", True, 10.5),
        ("下列原因导致的损失，保险人不负责赔偿：", True, 10.5),
        ("（一）战争、军事冲突；", True, 10.5),
        ("（二）驾驶人饮酒。", False, 10.5),
        ("保险期间", True, 10.5),
        ("保险期间为一年。", False, 10.5),
    ]
    path = tmp_path / "policy.pdf"
    write_pdf(path, lines)
    result = check_document(path)
    assert result.format == "pdf"
    assert result.sections_present == ["COVERAGE", "EXCLUSIONS", "PERIOD"]
    assert not result.exclusions_emphasized
    (finding,) = [f for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"]
    assert finding.text == "驾驶人饮酒。"
    lines[6] = ("（二）驾驶人饮酒。", True, 10.5)
    write_pdf(path, lines)
    assert check_document(path).exclusions_emphasized

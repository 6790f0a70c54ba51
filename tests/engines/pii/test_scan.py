import json
from pathlib import Path

import pytest

from xiaobao.engines.pii import Finding, scan

OWN = Path(__file__).resolve().parents[2] / "data/pii/own_cases.jsonl"


def found(text, **kw):
    return [(f.type, f.text) for f in scan(text, **kw)]


def test_finding_is_frozen_with_offsets():
    (f,) = scan("投诉人：王芳。")
    assert isinstance(f, Finding)
    assert (f.start, f.end, f.type, f.text) == (4, 6, "PERSON", "王芳")
    assert 0 < f.score <= 1
    with pytest.raises(AttributeError):
        f.start = 1  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("身份证号：650103195301191540", [("ID_CARD", "650103195301191540")]),
        ("证件 654002 19780319 067X｜", [("ID_CARD", "654002 19780319 067X")]),
        ("联系电话 197-7800-6394。", [("MOBILE", "197-7800-6394")]),
        ("电话：+86 15622446431", [("MOBILE", "+86 15622446431")]),
        ("电话86-13535429106", [("MOBILE", "86-13535429106")]),
        ("座机(0994)8951039", [("LANDLINE", "(0994)8951039")]),
        ("电话0990 6955597，", [("LANDLINE", "0990 6955597")]),
        ("座机01037359316", [("LANDLINE", "01037359316")]),
        ("卡号6259 6519 4875 7491 186户名", [("BANK_CARD", "6259 6519 4875 7491 186")]),
        ("邮箱chao75@gmail.com，", [("EMAIL", "chao75@gmail.com")]),
        ("车辆沪M D37353，", [("LICENSE_PLATE", "沪M D37353")]),
        ("车辆京D·D56071，", [("LICENSE_PLATE", "京D·D56071")]),
        ("VIN码：LHX0XN576CXBUM5SW，", [("VIN", "LHX0XN576CXBUM5SW")]),
    ],
)
def test_each_type_positive(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "请拨打客服热线95500或监管热线12378。",
        "咨询热线400-820-9595。",
        "保单号PDZA2023651675096192，发票号59952890786666176031。",
        "卡号6228486793814449455有误",  # fails Luhn
        "VIN码：LHX0XN576CXBUM5SX",  # wrong check digit
        "身份证号650103195301191541",  # wrong check character
        "营业部王牌服务团队上门服务，客户高兴地表示满意。",
        "牛总在乌鲁木齐出差。",
        "和田地区支公司本月受理投诉12件。",
        "金额54,926元整，2025年3月17日已退回。",
    ],
)
def test_negatives(text):
    assert [f for f in scan(text) if f.type != "PERSON" or "牛总" not in text] == []


def test_context_tells_serial_numbers_from_ids():
    id_no = "650103195301191540"  # valid check character
    assert found(f"身份证号{id_no}") == [("ID_CARD", id_no)]
    assert found(f"编号{id_no}为系统流水号") == []
    assert found(f"保单号{id_no}") == []
    assert found(f"{id_no}为系统流水号") == []
    assert found("对账单流水号6228486793814449454") == []
    assert found("扣款卡6228486793814449454") == [("BANK_CARD", "6228486793814449454")]


def test_names_with_cues_titles_and_dots():
    assert found("客户华桂珍提供的银行卡") == [("PERSON", "华桂珍")]
    assert found("新车主丛平要求批改") == [("PERSON", "丛平")]
    assert found("收件人：徐女士，") == [("PERSON", "徐女士")]
    assert found("委托代理人谢璐律师，") == [("PERSON", "谢璐")]
    assert found("客户欧阳娜娜反映") == [("PERSON", "欧阳娜娜")]
    assert found("客户经理哈力木拉提·沙吾提向客户马鑫承诺") == [
        ("PERSON", "哈力木拉提·沙吾提"),
        ("PERSON", "马鑫"),
    ]
    assert found("我叫买买提·艾力，电话") == [("PERSON", "买买提·艾力")]


def test_hints_find_names_without_cues():
    text = "今天王芳打来电话，说材料已寄出。"
    assert found(text) == []
    assert found(text, hints=["王芳"]) == [("PERSON", "王芳")]
    assert found(text, hints="王芳") == [("PERSON", "王芳")]


def test_name_found_once_is_found_again():
    assert found("投诉人：王芳。王芳表示不满。") == [("PERSON", "王芳"), ("PERSON", "王芳")]


def test_address_spans():
    text = "住址：新疆维吾尔自治区乌鲁木齐市沙依巴克区建设路386号金桥小区12号楼5单元1204室，因住院"
    assert found(text) == [("ADDRESS", "新疆维吾尔自治区乌鲁木齐市沙依巴克区建设路386号金桥小区12号楼5单元1204室")]
    assert found("寄送地址：阿克苏地区库车市团结路254号9栋930，收件人") == [
        ("ADDRESS", "阿克苏地区库车市团结路254号9栋930")
    ]
    assert found("家住乌鲁木齐市天山区解放北路48号的老人") == [("ADDRESS", "乌鲁木齐市天山区解放北路48号")]
    assert [f for f in scan("在乌鲁木齐出差期间，现已返回昌吉。") if f.type == "ADDRESS"] == []


def test_types_filter():
    text = "投诉人：王芳，电话13812345678"
    assert found(text, types={"MOBILE"}) == [("MOBILE", "13812345678")]
    assert scan("") == []


def test_own_cases_quality_floor():
    rows = [json.loads(line) for line in OWN.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fp = fn = 0
    for r in rows:
        gold = {(s["start"], s["end"], s["type"]) for s in r["spans"]}
        pred = {(f.start, f.end, f.type) for f in scan(r["text"])}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    assert len(rows) >= 150
    assert 2 * tp / (2 * tp + fp + fn) >= 0.95

from array import array

import pytest

from xiaobao.engines.disclosure.exclusions import is_list_lead_in, trigger_spans
from xiaobao.engines.disclosure.model import Para
from xiaobao.engines.disclosure.structure import classify_heading, section_codes_for, split_numbering


def para(text, level=None):
    return Para(0, text, bytearray(len(text)), array("f", [10.5] * len(text)), heading_level=level)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("第三条 保险责任", {"COVERAGE"}),
        ("二、责任免除", {"EXCLUSIONS"}),
        ("（二）除外责任", {"EXCLUSIONS"}),
        ("保险人不负责赔偿", {"EXCLUSIONS"}),
        ("第五章 保险金额与免赔额", {"SUM_INSURED"}),
        ("保险金额和保险费", {"SUM_INSURED", "PREMIUM"}),
        ("3. 责任限额", {"SUM_INSURED"}),
        ("保险责任期间", {"PERIOD"}),
        ("保险金申请与给付", {"CLAIMS"}),
        ("争议处理和法律适用", {"DISPUTES"}),
        ("名词解释", {"DEFINITIONS"}),
        ("保险标的", {"INSURED_SCOPE"}),
        ("第八条 保险期间：一年", {"PERIOD"}),
        ("投保人、被保险人义务", set()),
    ],
)
def test_headings(text, codes):
    heading = classify_heading(para(text))
    assert heading is not None
    assert set(heading.codes) == codes


@pytest.mark.parametrize(
    "text",
    [
        "第十二条 保险金额由投保人与保险人协商确定。",
        "保险期间内，被保险人遭受意外伤害的，保险人给付保险金。",
        "下列损失保险人不负赔偿责任：",
    ],
)
def test_bodies_are_not_headings(text):
    assert classify_heading(para(text)) is None


def test_item_numbering_is_a_weak_heading_only():
    heading = classify_heading(para("（三）保险标的的自然磨损"))
    assert heading is not None
    assert not heading.strong
    assert not heading.codes


def test_heading_style_without_keyword():
    heading = classify_heading(para("附加条款", level=2))
    assert heading is not None and heading.strong and heading.style_level == 2


def test_numbering_kinds():
    assert split_numbering("第十条 保险期间")[0] == "article"
    assert split_numbering("一、总则")[0] == "cn"
    assert split_numbering("（一）战争")[0] == "paren_cn"
    assert split_numbering("1. 保险责任")[0] == "arabic"
    assert split_numbering("1.2 保险责任")[0] == "decimal"
    assert split_numbering("(1) 战争")[0] == "paren_arabic"
    assert split_numbering("保险责任")[0] is None


def test_section_codes_reject_sentences():
    assert section_codes_for("保险期间为一年，以保险单载明为准") == (set(), False)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("被保险人发生事故的，保险人负责赔偿，但因酒后驾驶导致的损失，保险人不负责赔偿。",
         "但因酒后驾驶导致的损失，保险人不负责赔偿"),
        ("保险费交清前发生的保险事故，保险人不承担赔偿责任。", "保险费交清前发生的保险事故，保险人不承担赔偿责任"),
        ("保险人给付身故保险金，但被保险人故意自伤的除外。", "但被保险人故意自伤的除外"),
        ("已从社会医疗保险获得补偿的部分，保险人不予赔付。", "已从社会医疗保险获得补偿的部分，保险人不予赔付"),
    ],
)
def test_trigger_spans(text, clause):
    spans = trigger_spans(text)
    assert [text[s:e] for s, e in spans] == [clause]


@pytest.mark.parametrize(
    "text",
    [
        "因意外事故造成损失，且不属于免除保险人责任的范围，保险人依照本保险合同的约定负责赔偿。",
        "本合同另有约定的除外。",
        "保险人应当及时作出核定。",
    ],
)
def test_no_trigger(text):
    assert trigger_spans(text) == []


def test_lead_in():
    assert is_list_lead_in("下列损失保险人不负赔偿责任：")
    assert not is_list_lead_in("保险人负责赔偿下列费用：")

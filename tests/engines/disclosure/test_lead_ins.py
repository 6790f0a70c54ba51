"""What the body of an exclusion clause is: a lead-in that announces a list is not one when its items follow.

"因下列情形之一……，保险人不承担……责任：" says only that a list comes; the items are the exclusions, each must be
emphasised, and the lead-in's formatting decides nothing either way. A lead-in that no item follows is the only
text of its exclusion and stays a clause. Documents are built in the test.
"""

import io

import docx

from xiaobao.engines.disclosure import check_document

COVER = ["第一条 保险责任", "被保险人在旅途中因意外伤害就医的，保险人按照约定负责赔偿医疗费用。"]
PERIOD = ["第三条 保险期间", "保险期间以保险单载明的出行起止日期为准。"]


def _check(rows):
    """``rows``: (text, bold) pairs, or plain strings for text that is not bold."""
    doc = docx.Document()
    for row in rows:
        text, bold = (row, False) if isinstance(row, str) else row
        doc.add_paragraph().add_run(text).bold = bold
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    return check_document(buf, name="lead.docx")


def _flagged(result):
    return [f.text for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"]


ITEMS = ["（一）被保险人参加潜水、跳伞等高风险运动；", "（二）被保险人无有效驾驶证驾驶机动车。"]


def test_a_plain_lead_in_above_emphasised_items_is_emphasised():
    result = _check([*COVER, ("第二条 责任免除", True), "有下列情形之一的，保险人不负赔偿责任：",
                     *[(item, True) for item in ITEMS], *PERIOD])
    assert result.exclusions_emphasized
    assert _flagged(result) == []
    assert result.exclusion_clauses == 2


def test_an_emphasised_lead_in_above_plain_items_is_not():
    result = _check([*COVER, ("第二条 责任免除", True), ("有下列情形之一的，保险人不负赔偿责任：", True),
                     ITEMS[0], (ITEMS[1], True), *PERIOD])
    assert not result.exclusions_emphasized
    assert _flagged(result) == ["被保险人参加潜水、跳伞等高风险运动；"]


def test_a_lead_in_without_items_is_the_clause():
    # the "list" never comes: the next paragraph is a heading, so the sentence is the exclusion itself
    result = _check([*COVER, ("第二条 责任免除", True), "发生本条列明情形的，保险人不负赔偿责任：", *PERIOD])
    assert not result.exclusions_emphasized
    assert _flagged(result) == ["发生本条列明情形的，保险人不负赔偿责任："]


def test_only_the_lead_in_sentence_is_cut_from_its_paragraph():
    # the first sentence excludes on its own; only the announcing sentence after it is not a clause body
    def doc(first_bold):
        return _check([*COVER, ("第二条 责任免除", True),
                       ("被保险人醉酒期间受到的伤害，保险人不负赔偿责任。", first_bold),
                       "另有下列损失，保险人也不负赔偿责任：", *[(item, True) for item in ITEMS], *PERIOD])

    assert doc(True).exclusions_emphasized
    assert not doc(False).exclusions_emphasized


def test_a_lead_in_and_its_first_sentence_in_one_paragraph():
    rows = [*COVER, ("第二条 责任免除", True)]
    doc = docx.Document()
    for text, bold in [(r, False) if isinstance(r, str) else r for r in rows]:
        doc.add_paragraph().add_run(text).bold = bold
    mixed = doc.add_paragraph()
    mixed.add_run("被保险人醉酒期间受到的伤害，保险人不负赔偿责任。").bold = True
    mixed.add_run("另有下列损失，保险人也不负赔偿责任：")
    for item in ITEMS:
        doc.add_paragraph().add_run(item).bold = True
    for text in PERIOD:
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    result = check_document(buf, name="mixed.docx")
    assert result.exclusions_emphasized
    assert result.exclusion_clauses == 3


def test_a_lead_in_folded_into_the_coverage_section():
    rows = ["第一条 保险责任", "果树因冰雹、暴雨造成减产的，保险人负责赔偿。但因下列原因造成的减产，保险人不负责赔偿：",
            ("（一）果园管理人员未按农时施肥、修剪；", True), ("（二）果树超过盛果期后的自然减产。", True), *PERIOD]
    assert _check(rows).exclusions_emphasized
    plain = [*rows[:2], "（一）果园管理人员未按农时施肥、修剪；", "（二）果树超过盛果期后的自然减产。", *PERIOD]
    assert len(_flagged(_check(plain))) == 2


def test_a_period_clause_after_run_in_exclusions_is_not_an_exclusion():
    result = _check([
        "保障内容：木材、钢材在公路运输途中因车辆倾覆、火灾造成的损失，保险人负责赔偿。",
        ("免责事项：下列原因造成的损失，保险人不负赔偿责任：", True),
        ("（一）货物包装不符合国家标准；", True), ("（二）运输途中的正常损耗。", True),
        "责任起讫：自货物装上运输车辆时起，至运抵收货地点卸离车辆时止；但收货人延迟提货的，至到达后第十日止。",
    ])
    assert result.exclusions_emphasized
    assert "PERIOD" in result.sections_present
    assert result.exclusion_clauses == 2


def test_limits_of_liability_outside_the_exclusions_still_count():
    # the datasets README: exclusions hidden inside another section count too — a clause that withholds cover
    # until the premium is paid, or during a waiting period, limits the insurer's liability wherever it sits
    result = _check([*COVER, ("第二条 责任免除", True), (ITEMS[0], True), *PERIOD,
                     "第四条 保险费", "投保人应一次交清保险费；交清以前发生的事故，保险人不承担赔偿责任。",
                     "第五条 释义", "观察期：合同生效后的九十日，其间初次发生的疾病所致费用，保险人不承担给付责任。"])
    assert not result.exclusions_emphasized
    assert {f.section for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"} == {"PREMIUM", "DEFINITIONS"}

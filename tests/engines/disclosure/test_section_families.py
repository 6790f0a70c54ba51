"""How real wordings state their sections: bracketed headings, run-in labels, combined headings, synonyms and
articles without a heading — and mentions in passing that state nothing. Documents are built in the test."""

import io

import docx
import pytest

from xiaobao.engines.disclosure import SECTION_CODES, check_document
from xiaobao.engines.disclosure.articles import stated_sections
from xiaobao.engines.disclosure.structure import section_codes_for


def _saved(doc):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    return check_document(buf, name="t.docx")


def check(paragraphs, bold_from=None):
    """A document of plain paragraphs; paragraphs whose text contains ``bold_from`` are bold."""
    doc = docx.Document()
    for text in paragraphs:
        doc.add_paragraph().add_run(text).bold = bool(bold_from and bold_from in text)
    return _saved(doc)


EXCLUSION_ITEMS = ["（一）投保人的故意行为；", "（二）地震、海啸及其次生灾害。"]


def test_headings_in_lenticular_brackets_as_paragraphs():
    result = check([
        "【一般规定】", "第一条　本合同由条款、保险单和批单构成。",
        "【承保对象】", "第二条　年满十八周岁的自然人可以投保。",
        "【保障责任】", "第三条　被保险人因意外受伤就医的，保险人承担医疗费用。",
        "【除外责任】", "第四条　因下列原因造成的损失，保险人不负责赔偿：", *EXCLUSION_ITEMS,
        "【责任限额】", "第五条　每人医疗费用以一万元为上限。",
        "【保险费及交费方式】", "第六条　一次交清。",
        "【保险期限】", "第七条　一年。",
        "【理赔】", "第八条　出险后三日内报案。",
        "【争议解决】", "第九条　协商不成的，向法院起诉。",
        "【术语定义】", "第十条　医院：二级以上公立医院。",
    ])
    assert result.sections_present == list(SECTION_CODES)
    # the exclusions under 【除外责任】 are found and judged: plain text here
    assert not result.exclusions_emphasized
    assert result.exclusion_clauses == 2  # the two items; the lead-in only announces them


def test_run_in_labels_after_the_article_number():
    result = check([
        "第一条【总则】本合同由条款、保险单和批单构成。",
        "第二条【保障范围】手机屏幕意外碎裂的，保险人更换屏幕一次。",
        "第三条【责任免除】下列损失保险人不负责赔偿：", *EXCLUSION_ITEMS,
        "第四条【保险人义务】保险人应当说明合同内容。",
        "第五条【保险期间】一年，自生效日零时起。",
    ], bold_from="不负责赔偿")
    assert set(result.sections_present) == {"COVERAGE", "EXCLUSIONS", "PERIOD"}
    # the run-in 【保险人义务】 ends the exclusions: its article is not an exclusion clause
    assert result.exclusion_clauses == 2
    findings = [f.paragraph for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"]
    assert findings == [3, 4]  # the two plain items; the bold lead-in decides nothing


def test_a_bracketed_term_being_defined_is_not_a_heading():
    result = check([
        "保险责任", "被保险人意外身故的，保险人给付身故保险金。",
        "责任免除", "被保险人自杀的，保险人不承担给付保险金责任。",
        "释义", "【保险金额】指保险人承担给付保险金责任的最高限额。", "【保险期间】是指保险单载明的起讫期间。",
    ])
    assert result.sections_present == ["COVERAGE", "EXCLUSIONS", "DEFINITIONS"]


@pytest.mark.parametrize(
    ("heading", "codes"),
    [
        ("保险金额及给付限额", {"SUM_INSURED"}),
        ("保险金额和保险费", {"SUM_INSURED", "PREMIUM"}),
        ("每人赔偿限额", {"SUM_INSURED"}),
        ("保险期间和等待期", {"PERIOD"}),
        ("保险费与退保", {"PREMIUM"}),
        ("责任免除（请仔细阅读）", {"EXCLUSIONS"}),
        ("保险金额（责任限额）", {"SUM_INSURED"}),
        ("◆争议处理", {"DISPUTES"}),
        ("合同争议的解决", {"DISPUTES"}),
        ("适用法律", {"DISPUTES"}),
        ("重要术语释义", {"DEFINITIONS"}),
        ("名词定义", {"DEFINITIONS"}),
        ("索赔须知", {"CLAIMS"}),
        ("保险赔偿", {"CLAIMS"}),
        ("给付保险金", {"CLAIMS"}),
        ("承保财产", {"INSURED_SCOPE"}),
        ("保障范围", {"COVERAGE"}),
        ("适用对象", {"INSURED_SCOPE"}),
        ("保障额度", {"SUM_INSURED"}),
        ("保险费及其交付", {"PREMIUM"}),
        ("合同有效期", {"PERIOD"}),
        ("仲裁与诉讼", {"DISPUTES"}),
        ("保险责任条款", {"COVERAGE"}),
        ("关于保险期间的约定", {"PERIOD"}),
        ("保险费部分", {"PREMIUM"}),
        ("特别约定", set()),
        ("受益人", set()),  # who is paid on death says nothing of who can be insured
        ("被保险人和受益人", {"INSURED_SCOPE"}),
        ("一般规定", set()),
        # a daily hospital allowance is the amount insured of an allowance policy
        ("每日津贴额", {"SUM_INSURED"}),
        ("津贴标准和保险期间", {"SUM_INSURED", "PERIOD"}),
    ],
)
def test_heading_synonyms_and_combined_headings(heading, codes):
    found, is_heading = section_codes_for(heading)
    assert is_heading
    assert found == codes


def test_run_in_label_told_by_bold_type_only():
    doc = docx.Document()
    for label, body in [("保险责任", "被保险人意外身故的，保险人给付身故保险金。"),
                        ("责任免除", "被保险人自杀的，保险人不承担给付保险金责任。"),
                        ("保险期间", "一年，自起保日零时起。"),
                        ("保险金额", "指保险人承担给付保险金责任的最高限额。")]:  # a bold term being defined
        p = doc.add_paragraph()
        p.add_run("第一条 ")
        p.add_run(label).bold = True
        p.add_run(body)
    p = doc.add_paragraph()  # a bold word starting an item is emphasis, not a heading
    p.add_run("（一）")
    p.add_run("保险标的").bold = True
    p.add_run("本身的缺陷，保险人不负责赔偿。")
    result = _saved(doc)
    assert result.sections_present == ["COVERAGE", "EXCLUSIONS", "PERIOD"]
    excluded = [f.text for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"]
    assert excluded[0] == "被保险人自杀的，保险人不承担给付保险金责任。"  # the bold label is not part of the clause
    assert len(excluded) == 2 and "保险标的本身的缺陷" in excluded[1]


def test_a_term_defined_after_a_colon_is_not_a_heading_but_an_appendix_title_is():
    result = check(["保险责任", "被保险人意外身故的，保险人给付身故保险金。",
                    "责任免除", "被保险人自杀的，保险人不承担给付保险金责任。",
                    "附录：名词释义", "保险金额：指保险人承担给付保险金责任的最高限额。"])
    assert result.sections_present == ["COVERAGE", "EXCLUSIONS", "DEFINITIONS"]


def test_chinese_numeral_followed_by_a_space_numbers_a_heading():
    result = check(["一　保险责任", "被保险人意外身故的，保险人给付身故保险金。",
                    "二　责任免除", "被保险人自杀的，保险人不承担给付保险金责任。", "三　保险期间", "一年。",
                    "第四条 争议处理——协商不成的，向法院起诉。"])
    assert result.sections_present == ["COVERAGE", "EXCLUSIONS", "PERIOD", "DISPUTES"]


def test_sections_stated_by_articles_without_a_heading_of_their_own():
    result = check([
        "一、总则",
        "第一条　本合同由条款、保险单和批单构成。",
        "第二条　凡年满十六周岁、能正常工作的自然人，均可作为本保险合同的被保险人。",
        "第三条　除另有约定外，本合同的保险期间为一年。",
        "二、保险责任",
        "第四条　在保险期间内，被保险人因意外受伤身故的，保险人按照约定给付身故保险金。",
        "第五条　因下列原因造成被保险人身故的，保险人不承担给付保险金责任：",
        *EXCLUSION_ITEMS,
        "三、其他事项",
        "第六条　本合同的保险金额由投保人与保险人约定，并在保险单中载明。",
        "第七条　保险费按保险金额乘以费率计算。",
        "第八条　受益人申请给付保险金时，应当提交保险单和身份证明。",
        "第九条　因履行本合同发生的争议，由当事人协商解决。",
        "第十条　本合同涉及下列术语时，适用下列释义：意外：外来的、突发的事件。",
    ])
    assert result.sections_present == list(SECTION_CODES)


def test_mentions_in_passing_state_no_section():
    result = check([
        "保险责任",
        "在保险期间内，被保险人因意外身故的，保险人按保险金额给付身故保险金。",
        "被保险人自杀的，保险人不承担给付保险金责任。",
        "投保人义务",
        "投保人应当如实告知；被保险人变更住址的，应当通知保险人。",
        "本合同所称意外，是指外来的、突发的事件。",
    ])
    # one excluding sentence is an exclusion clause (judged for emphasis) but not an exclusions section
    assert result.sections_present == ["COVERAGE"]
    assert not result.exclusions_emphasized


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("除保险单另有载明外，保险期间为六个月。", {"PERIOD"}),
        ("本保险的保障期限自起保日零时起至满期日二十四时止。", {"PERIOD"}),
        ("每次事故责任限额由双方约定。", {"SUM_INSURED"}),
        ("住院医疗的保险金额为五万元。", {"SUM_INSURED"}),
        ("本合同的保险费率根据被保险人的职业类别确定。", {"PREMIUM"}),
        ("保险事故发生后，被保险人索赔时应当向保险人提供损失清单。", {"CLAIMS"}),
        ("保险人收到赔偿请求后，应当及时核定。", {"CLAIMS"}),
        ("与本合同有关的一切争议，适用中华人民共和国法律。", {"DISPUTES"}),
        ("本合同承保的财产为保险单载明地址内的房屋。", {"INSURED_SCOPE"}),
        ("下列财产可在载明的地址内作为保险标的：房屋；家具。", {"INSURED_SCOPE"}),
        ("下列情形，保险人不负责赔偿：（一）战争；（二）核污染。", {"EXCLUSIONS"}),
        ("本合同的保险金额和保险费由投保人与保险人协商确定。", {"SUM_INSURED", "PREMIUM"}),
        ("保险期间及免赔额均以保险单载明为准。", {"PERIOD"}),
        ("保险人的保险责任自保险单载明的起保日零时起开始。", {"PERIOD"}),
        ("本保险合同的有效期为一年。", {"PERIOD"}),
        ("被保险人须为年满十八周岁的在职员工。", {"INSURED_SCOPE"}),
        ("凡持有有效驾驶证的人员均可投保本保险。", {"INSURED_SCOPE"}),
        ("受益人领取保险金时，应当提供身份证明。", {"CLAIMS"}),
        ("保险人应在收到齐全的索赔材料后五日内作出核定。", {"CLAIMS"}),
        ("如发生争议，双方应友好协商。", {"DISPUTES"}),
        ("本合同争议解决方式由当事人在保险单中约定。", {"DISPUTES"}),
        ("本合同中下列词语具有如下含义：", {"DEFINITIONS"}),
        ("投保人应当在保险合同成立时一次交清保险费。", {"PREMIUM"}),
        ("各分项的保险金额参照重置价值确定。", {"SUM_INSURED"}),
        ("每人医疗费用责任限额及累计责任限额由双方约定。", {"SUM_INSURED"}),
        ("被保险人获悉损失后应及时向保险人报案，并提交损失清单。", {"CLAIMS"}),
        ("本保险合同中的被保险机动车是指在境内行驶的汽车。", {"INSURED_SCOPE"}),
        ("凡在境内运输的货物均可作为本保险的保险标的。", {"INSURED_SCOPE"}),
        ("由于暴雨造成保险标的损失的，保险人负责赔偿，但地下室内的财产除外。", {"COVERAGE"}),
        ("被保险人确诊患有约定疾病的，保险人按保险金额给付疾病保险金。", {"COVERAGE"}),
        # mentions in passing
        ("在保险期间内发生的事故，按保险金额的百分之十给付。", set()),
        ("保险期间届满前，投保人可以申请续保。", set()),
        ("被保险人为防止损失扩大而支出的费用，保险人负责赔偿。", set()),
        ("知道保险事故发生后，被保险人应当及时通知保险人。", set()),
        ("投诉可以拨打客服电话。", set()),
        ("本合同所称投保人，是指与保险人订立合同的人。", set()),
        ("被保险人应为防止损失扩大采取必要措施。", set()),
        ("被保险人与第三者发生争议的，应当及时通知保险人。", set()),
        ("保险责任范围内的损失，按照实际损失计算。", set()),
        ("赔偿金额以保险金额为限。", set()),
        ("保险人给付保险金后，本合同终止。", set()),
        ("对属于保险责任的，保险人在达成协议后十日内履行给付保险金义务。", set()),
        ("因被保险人醉酒导致的损失，保险人不负责赔偿。", set()),
        ("被保险人酒后驾驶的，保险人不负责赔偿。", set()),
    ],
)
def test_stated_sections(text, codes):
    assert stated_sections(text) == codes


def test_an_exclusion_list_in_word_numbering_inside_another_section():
    doc = docx.Document()
    doc.add_paragraph("保险责任")
    doc.add_paragraph("被保险人意外身故的，保险人给付身故保险金。")
    doc.add_paragraph("因下列原因造成被保险人身故的，保险人不承担给付保险金责任：").runs[0].bold = True
    for text in ["投保人的故意行为；", "被保险人醉酒或斗殴。"]:  # numbered by the list style, no typed numbers
        doc.add_paragraph(text, style="List Number")
    doc.add_paragraph("保险期间")
    doc.add_paragraph("一年。")
    result = _saved(doc)
    assert result.sections_present == ["COVERAGE", "EXCLUSIONS", "PERIOD"]
    plain = [f.text for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"]
    assert plain == ["投保人的故意行为；", "被保险人醉酒或斗殴。"]


def test_a_heading_ended_by_a_line_break_inside_its_paragraph():
    doc = docx.Document()
    for heading, body in [("第一条 保险责任", "被保险人意外身故的，保险人给付身故保险金。"),
                          ("第二条 责任免除", "被保险人自杀的，保险人不承担给付保险金责任。"),
                          ("第三条 保险期间", "一年。")]:
        run = doc.add_paragraph().add_run(heading)
        run.add_break()
        run.add_text(body)
    result = _saved(doc)
    assert result.sections_present == ["COVERAGE", "EXCLUSIONS", "PERIOD"]
    assert [f.text for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"] == [
        "被保险人自杀的，保险人不承担给付保险金责任。"
    ]


def test_entries_of_the_definitions_list_are_not_sections():
    result = check(["保险责任", "被保险人意外身故的，保险人给付身故保险金。",
                    "责任免除", "被保险人自杀的，保险人不承担给付保险金责任。",
                    "释义", "（一）保险金额：保险人承担给付保险金责任的最高限额。", "【保险期间】保险单载明的起讫期间。",
                    "第九条 争议处理：协商不成的，向法院起诉。"])
    assert result.sections_present == ["COVERAGE", "EXCLUSIONS", "DISPUTES", "DEFINITIONS"]


def test_exclusions_headed_inside_an_article_end_at_the_next_article():
    result = check(["第一条 保险责任：被保险人意外身故的，保险人给付身故保险金。",
                    "第二条 责任免除：因下列原因造成被保险人身故的，保险人不承担给付保险金责任：", *EXCLUSION_ITEMS,
                    "第三条 本合同的保险金额由投保人与保险人约定。",
                    "第四条 本合同的保险期间为一年。"], bold_from="")
    assert result.sections_present == ["COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PERIOD"]
    # articles three and four are not exclusion clauses, nor is the lead-in of article two
    assert [f.paragraph for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"] == [2, 3]


def test_a_definitions_list_without_a_heading():
    bracketed = check(["保险责任", "被保险人意外身故的，保险人给付身故保险金。",
                       "责任免除", "被保险人自杀的，保险人不承担给付保险金责任。",
                       "第九条 争议处理：协商不成的，向法院起诉。", "【意外】指外来的、突发的事件。"])
    assert "DEFINITIONS" in bracketed.sections_present
    one = check(["保险责任", "第一条 本合同所称投保人，是指与保险人订立合同的人。", "意外：指外来的、突发的事件。"])
    assert "DEFINITIONS" not in one.sections_present  # one definition in passing is no list
    two = check(["保险责任", "（一）意外：指外来的、突发的事件。", "（二）医院：指二级以上公立医院。"])
    assert "DEFINITIONS" in two.sections_present


def test_an_exclusion_list_in_a_table_inside_another_section():
    doc = docx.Document()
    doc.add_paragraph("保险责任")
    doc.add_paragraph("被保险人意外身故的，保险人给付身故保险金。")
    doc.add_paragraph().add_run("下列情形，保险人不承担给付保险金责任：").bold = True
    table = doc.add_table(rows=3, cols=2)
    for row, (number, text) in zip(table.rows, [("序号", "内容"), ("1", "投保人的故意行为"), ("2", "被保险人醉酒")],
                                   strict=True):
        row.cells[0].text, row.cells[1].text = number, text
    doc.add_paragraph("2.3 本合同的保险金额由投保人与保险人约定。")  # the table ended the list
    doc.add_paragraph("保险期间")
    doc.add_paragraph("一年。")
    result = _saved(doc)
    assert result.sections_present == ["COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PERIOD"]
    plain = [f.text for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"]
    assert plain == ["投保人的故意行为", "被保险人醉酒"]  # not the 序号 cells, not the header


def test_a_list_of_typed_items_ends_where_an_article_numbered_otherwise_begins():
    result = check(["1 保险责任", "1.1 被保险人意外身故的，保险人给付身故保险金。",
                    "1.2 因下列原因造成被保险人身故的，保险人不承担给付保险金责任：", *EXCLUSION_ITEMS,
                    "1.3 本合同的保险金额由投保人与保险人约定。"])
    assert result.sections_present == ["COVERAGE", "EXCLUSIONS", "SUM_INSURED"]
    assert result.exclusion_clauses == 2  # the two items after the lead-in, not article 1.3


def _form_table_document(numbers: str) -> object:
    """A wording laid out as a form: each row a section label and its text; the exclusions listed in a table
    nested in their cell, each item numbered in a cell of its own."""
    doc = docx.Document()
    doc.add_paragraph("某某公司场所责任保险条款")
    rows = [
        ("承保对象及经营场所", "依法设立的商户，以保险单载明的经营场所为限。"),
        ("保障范围", "在保险期间内，被保险人因经营过失致使顾客受伤，依法应负的赔偿责任，保险人负责赔偿。"),
        ("除外责任", "下列损失，保险人不负责赔偿："),
        ("保险期间", "一年，以保险单载明的起止日期为准。"),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for row, (label, text) in zip(table.rows, rows, strict=True):
        row.cells[0].paragraphs[0].add_run(label)
        row.cells[1].paragraphs[0].add_run(text).bold = label == "除外责任"
        if label == "除外责任":
            items = row.cells[1].add_table(rows=2, cols=2)
            for item, number, clause in zip(items.rows, numbers, ("顾客自身的故意行为；", "被保险人的员工受伤。"), strict=True):
                item.cells[0].paragraphs[0].add_run(number)
                item.cells[1].paragraphs[0].add_run(clause).bold = True
    return _saved(doc)


@pytest.mark.parametrize("numbers", ["甲乙", "12", "ab"])
def test_a_form_laid_out_as_a_table_names_its_sections_by_the_row_labels(numbers):
    result = _form_table_document(numbers)
    assert result.sections_present == ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "PERIOD"]
    assert result.exclusions_emphasized  # (the item numbers in cells of their own are no clause text)


def test_a_section_word_heading_a_column_of_a_benefits_table_names_no_section():
    doc = docx.Document()
    doc.add_paragraph("保险责任")
    doc.add_paragraph("在保险期间内，被保险人因意外受伤身故的，保险人给付身故保险金。")
    table = doc.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("保障项目", "保险金额"), ("意外身故", "十万元")), strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.paragraphs[0].add_run(text)
    assert "SUM_INSURED" not in _saved(doc).sections_present


def test_the_insured_object_defined_with_a_comma_before_its_verb():
    assert "INSURED_SCOPE" in stated_sections("本合同所称被保险机动车，是指在境内行驶并依法登记的车辆。")

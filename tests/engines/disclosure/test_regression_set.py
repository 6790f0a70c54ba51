"""The regression corpus (tests/data/disclosure_regression, formerly "disclosure_holdout"): documents built
differently from the dev corpus, tuned on since they were written, so a regression set.

Labels come from make_regression.py's spec (what was written and how Word renders it), not from the engine.
"""

import io
import json
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from xiaobao.engines.disclosure import SECTION_CODES, check_document

DATA = Path(__file__).resolve().parents[2] / "data"
REGRESSION = DATA / "disclosure_regression"
# The fresh set written blind by s9-fresh-c, tuned on in s10-disc (sections): a regression set since.
FRESH_1208 = DATA / "fresh" / "2026-12-08" / "disclosure"


def _labels(folder):
    return [json.loads(line) for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]


LABELS = _labels(REGRESSION)
CASES = [(REGRESSION, label) for label in LABELS] + [(FRESH_1208, label) for label in _labels(FRESH_1208)]


@pytest.mark.parametrize("folder", [REGRESSION, FRESH_1208], ids=["regression", "fresh-2026-12-08"])
def test_regression_set_shape(folder):
    labels = _labels(folder)
    assert len(labels) >= 12
    assert {label["exclusions_emphasized"] for label in labels} == {True, False}
    for label in labels:
        assert (folder / label["file"]).is_file()
        assert sorted(label["sections_present"] + label["sections_missing"]) == sorted(SECTION_CODES)


@pytest.mark.parametrize(("folder", "label"), CASES, ids=[label["file"] for _, label in CASES])
def test_regression_document_matches_label(folder, label):
    result = check_document(folder / label["file"])
    assert result.exclusions_emphasized == label["exclusions_emphasized"]
    assert result.sections_present == label["sections_present"]
    assert result.sections_missing == label["sections_missing"]


def _policy(styler):
    """保险责任 / 责任免除 (two items) / 保险期间; ``styler(doc, paragraph, run)`` formats the items."""
    doc = docx.Document()
    for title, bodies in [
        ("第一条 保险责任", ["保险期间内，因意外事故造成保险标的的损失，保险人负责赔偿。"] * 3),
        ("第二条 责任免除", ["战争、军事冲突、恐怖活动；", "被保险人的故意行为。"]),
        ("第三条 保险期间", ["保险期间为一年，以保险单载明的起讫时间为准。"] * 3),
    ]:
        doc.add_paragraph().add_run(title).bold = True
        for text in bodies:
            p = doc.add_paragraph()
            run = p.add_run(text)
            if "第二条" in title:
                styler(doc, p, run)
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    return check_document(buf, name="t.docx")


def _rpr_flag(target, tag):
    el = OxmlElement(f"w:{tag}")
    target.get_or_add_rPr().append(el)


def test_complex_script_bold_alone_does_not_bold_chinese_text():
    assert not _policy(lambda d, p, r: _rpr_flag(r._r, "bCs")).exclusions_emphasized


def _bold_paragraph_style(doc):
    if "免责" not in [s.name for s in doc.styles]:
        st = doc.styles.add_style("免责", WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        st.font.bold = True
        ch = doc.styles.add_style("重点", WD_STYLE_TYPE.CHARACTER)
        ch.font.bold = True
    return doc.styles["免责"]


def test_bold_char_style_on_bold_paragraph_style_toggles_off():
    def styler(doc, p, r):
        p.style = _bold_paragraph_style(doc)
        r.style = doc.styles["重点"]

    assert not _policy(styler).exclusions_emphasized


def _not_bold_char_style(doc):
    if "不加粗" not in [s.name for s in doc.styles]:
        ch = doc.styles.add_style("不加粗", WD_STYLE_TYPE.CHARACTER)
        ch.font.bold = False  # w:b w:val="0", what Word writes when Bold is unticked in a style
    return doc.styles["不加粗"]


def test_not_bold_char_style_on_bold_paragraph_style_shows_plain():
    # Word and LibreOffice show text under a "Not Bold" character style plain inside a bold paragraph style
    def styler(doc, p, r):
        p.style = _bold_paragraph_style(doc)
        r.style = _not_bold_char_style(doc)

    assert not _policy(styler).exclusions_emphasized


def test_not_bold_char_style_on_part_of_a_bold_item_leaves_it_unemphasised():
    def styler(doc, p, r):
        p.style = _bold_paragraph_style(doc)
        if "故意" in r.text:
            p.add_run("（含酒后驾驶）").style = _not_bold_char_style(doc)

    assert not _policy(styler).exclusions_emphasized
    # the same items without the plain tail are emphasised by their paragraph style
    assert _policy(lambda doc, p, r: setattr(p, "style", _bold_paragraph_style(doc))).exclusions_emphasized


def test_direct_bold_over_a_not_bold_char_style_is_bold():
    def styler(doc, p, r):
        p.style = _bold_paragraph_style(doc)
        r.style = _not_bold_char_style(doc)
        r.bold = True

    assert _policy(styler).exclusions_emphasized


def test_direct_bold_on_bold_paragraph_style_stays_bold():
    def styler(doc, p, r):
        p.style = _bold_paragraph_style(doc)
        r.bold = True

    assert _policy(styler).exclusions_emphasized


def test_plain_number_cells_of_an_exclusions_table_are_not_clauses():
    doc = docx.Document()
    doc.add_paragraph().add_run("第一条 保险责任").bold = True
    doc.add_paragraph("保险期间内，因意外事故造成保险标的的损失，保险人负责赔偿。")
    doc.add_paragraph().add_run("第二条 责任免除").bold = True
    table = doc.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "序号"
    table.cell(0, 1).paragraphs[0].add_run("情形").bold = True
    for i, text in enumerate(["战争、军事冲突；", "被保险人的故意行为。"], start=1):
        table.cell(i, 0).text = str(i)
        table.cell(i, 1).paragraphs[0].add_run(text).bold = True
    doc.add_paragraph().add_run("第三条 保险期间").bold = True
    doc.add_paragraph("保险期间为一年。")
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    result = check_document(buf, name="t.docx")
    assert result.exclusions_emphasized
    assert result.exclusion_clauses >= 2
    # the same table with plain clause text is still caught
    for i in (1, 2):
        table.cell(i, 1).paragraphs[0].runs[0].bold = False
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    plain = check_document(buf, name="t.docx")
    assert not plain.exclusions_emphasized
    flagged = [f.text for f in plain.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"]
    assert flagged == ["战争、军事冲突；", "被保险人的故意行为。"]


def test_bcs_element_is_really_absent_from_b():
    # guard for the test above: the run has w:bCs and no w:b
    doc = docx.Document()
    run = doc.add_paragraph().add_run("x")
    _rpr_flag(run._r, "bCs")
    assert run._r.rPr.find(qn("w:b")) is None


# The 2026-12-25 set (written blind by s14-fresh-f, tuned on in s14-txdisc: table styles, a body size from
# w:docDefaults under run-in labels): a regression set since, kept at the level it reached (19/20; d06 is still
# flagged for its premium-payment condition, which the engine counts as a hidden exclusion and its author did not).
FRESH_1225 = DATA / "fresh" / "2026-12-25" / "disclosure"


def test_fresh_2026_12_25_emphasis_and_sections_floor():
    labels = _labels(FRESH_1225)
    results = {label["file"]: check_document(FRESH_1225 / label["file"]) for label in labels}
    right = [label["file"] for label in labels
             if results[label["file"]].exclusions_emphasized == label["exclusions_emphasized"]]
    assert len(right) >= 19, sorted({label["file"] for label in labels} - set(right))
    assert "d01_motor_commercial_broker.docx" in right and "d19_dog_owner_liability.docx" in right
    assert all(results[label["file"]].sections_present == label["sections_present"] for label in labels)


# The 2026-12-31 set (written blind by s15-fresh-e, tuned on in s15-txtune: a "Not Bold" character style inside a
# bold paragraph style shows plain, 住院日津贴额 heads SUM_INSURED): a regression set since, kept at 20/20.
FRESH_1231 = DATA / "fresh" / "2026-12-31" / "disclosure"
# The 2027-01-20 set (written blind by s17-fresh-c, first 14/15 and sections 0.963 on ae872dc, then tuned on in s17:
# a wording laid out as a form names its sections by its row labels, item numbers 甲乙丙丁 in cells of their own):
# a regression set since, kept at 15/15 with every section right.
FRESH_0120 = DATA / "fresh" / "2027-01-20" / "disclosure"


@pytest.mark.parametrize("folder", [FRESH_1231, FRESH_0120], ids=["fresh-2026-12-31", "fresh-2027-01-20"])
def test_tuned_fresh_sets_keep_every_document_right(folder):
    for label in _labels(folder):
        result = check_document(folder / label["file"])
        assert result.exclusions_emphasized == label["exclusions_emphasized"], label["file"]
        assert result.sections_present == label["sections_present"], label["file"]


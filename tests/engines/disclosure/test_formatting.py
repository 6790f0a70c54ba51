"""Formatting resolution and emphasis rules on small documents built in the test."""

import io

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

from xiaobao.engines.disclosure import check_document

EXCLUSIONS = [
    "下列原因造成的损失，保险人不负责赔偿：",
    "（一）战争、军事冲突、恐怖活动；",
    "（二）被保险人的故意行为。",
]


def build(emphasis=None, *, heading_bold=True, extra=None, body_pt=10.5):
    """A minimal policy: coverage + exclusions + period; ``emphasis(doc, paragraph, run)`` styles bodies."""
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(body_pt)
    for title, bodies in [
        ("第一条 保险责任", ["保险期间内，因意外事故造成保险标的的损失，保险人负责赔偿。"] * 3),
        ("第二条 责任免除", EXCLUSIONS),
        ("第三条 保险期间", ["保险期间为一年，以保险单载明的起讫时间为准。"] * 3),
    ]:
        doc.add_paragraph().add_run(title).bold = heading_bold
        for text in bodies:
            p = doc.add_paragraph()
            run = p.add_run(text)
            if emphasis and ("赔偿：" in text or text.startswith("（")):
                emphasis(doc, p, run)
    if extra:
        extra(doc)
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    return check_document(buf, name="t.docx")


def test_direct_bold():
    assert build(lambda d, p, r: setattr(r, "bold", True)).exclusions_emphasized


def test_heading_only():
    result = build(None)
    assert not result.exclusions_emphasized
    assert result.file == "t.docx"


def test_underline_counts_but_italic_and_colour_do_not():
    assert build(lambda d, p, r: setattr(r, "underline", True)).exclusions_emphasized
    assert not build(lambda d, p, r: setattr(r, "italic", True)).exclusions_emphasized


def test_larger_than_body_by_direct_size_and_not_when_equal():
    assert build(lambda d, p, r: setattr(r.font, "size", Pt(12))).exclusions_emphasized
    assert not build(lambda d, p, r: setattr(r.font, "size", Pt(10.5))).exclusions_emphasized


def _para_style(doc, bold=None, size=None, base=None):
    name = f"S{len(doc.styles)}"
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = base or doc.styles["Normal"]
    if bold is not None:
        st.font.bold = bold
    if size is not None:
        st.font.size = Pt(size)
    return st


def test_paragraph_style_chain_and_char_style():
    def inherited(doc, p, r):
        parent = doc.styles["Base"] if "Base" in [s.name for s in doc.styles] else None
        if parent is None:
            parent = doc.styles.add_style("Base", WD_STYLE_TYPE.PARAGRAPH)
            parent.base_style = doc.styles["Normal"]
            parent.font.bold = True
        p.style = _para_style(doc, base=parent)

    assert build(inherited).exclusions_emphasized

    def larger_style(doc, p, r):
        p.style = _para_style(doc, size=14)

    assert build(larger_style).exclusions_emphasized

    def char_style(doc, p, r):
        if "Strong X" not in [s.name for s in doc.styles]:
            doc.styles.add_style("Strong X", WD_STYLE_TYPE.CHARACTER).font.bold = True
        r.style = doc.styles["Strong X"]

    assert build(char_style).exclusions_emphasized


def test_run_turns_off_the_bold_of_its_paragraph_style():
    def off(doc, p, r):
        p.style = _para_style(doc, bold=True)
        r.bold = False

    assert not build(off).exclusions_emphasized


def test_partially_emphasised_clause_fails():
    def half(doc, p, r):
        text = r.text
        r.text = text[: len(text) // 2]
        r.bold = True
        p.add_run(text[len(text) // 2 :])

    result = build(half)
    assert not result.exclusions_emphasized


def test_hidden_exclusion_bold_only_on_the_proviso_passes():
    def extra(doc):
        doc.add_paragraph().add_run("第四条 赔偿处理").bold = True
        p = doc.add_paragraph()
        p.add_run("保险人收到赔偿请求后及时核定并负责赔偿，")
        p.add_run("但因被保险人酒后驾驶导致的损失，保险人不负责赔偿").bold = True
        p.add_run("。")

    assert build(lambda d, p, r: setattr(r, "bold", True), extra=extra).exclusions_emphasized


def test_hidden_exclusion_without_emphasis_fails_and_names_the_section():
    def extra(doc):
        doc.add_paragraph().add_run("第四条 赔偿处理").bold = True
        doc.add_paragraph("保险人负责赔偿，但因被保险人酒后驾驶导致的损失，保险人不负责赔偿。")

    result = build(lambda d, p, r: setattr(r, "bold", True), extra=extra)
    assert not result.exclusions_emphasized
    (finding,) = [f for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"]
    assert finding.section == "CLAIMS"
    assert finding.text == "但因被保险人酒后驾驶导致的损失，保险人不负责赔偿"


def test_bold_everywhere_is_not_emphasis():
    def extra(doc):
        for p in doc.paragraphs:
            for r in p.runs:
                r.bold = True

    assert not build(lambda d, p, r: setattr(r, "bold", True), extra=extra).exclusions_emphasized


def _em(kind):
    def apply(d, p, r):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        em = OxmlElement("w:em")
        em.set(qn("w:val"), kind)
        r._element.get_or_add_rPr().append(em)

    return apply


def test_emphasis_dots_alone_are_not_emphasis():
    # 着重号 is outside the bold / larger / underlined definition; the finding says why
    for kind in ("dot", "comma", "circle"):
        result = build(_em(kind))
        assert not result.exclusions_emphasized
        why = [f.explanation for f in result.findings if f.code == "EXCLUSION_NOT_EMPHASIZED"]
        assert why and all("着重号" in w for w in why)


def test_emphasis_dots_with_bold_are_emphasis():
    def both(d, p, r):
        _em("dot")(d, p, r)
        r.bold = True

    assert build(both).exclusions_emphasized
    assert not any("着重号" in f.explanation for f in build(None).findings)


def _heavy_face(bold: bool):
    def apply(d, p, r):
        r.font.name = "黑体"
        r._element.get_or_add_rPr().get_or_add_rFonts().set(docx.oxml.ns.qn("w:eastAsia"), "黑体")
        r.bold = bold or None

    return apply


def test_a_heavy_face_alone_is_not_emphasis_but_with_bold_it_is():
    # 黑体 without bold is outside the bold / larger / underlined definition (shared/datasets/README.md)
    assert not build(_heavy_face(False)).exclusions_emphasized
    assert build(_heavy_face(True)).exclusions_emphasized

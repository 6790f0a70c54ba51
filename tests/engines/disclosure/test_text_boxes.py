"""Text boxes (文本框), hidden and moved text, custom-XML blocks: what Word shows is read once, with its own formatting.

A text box sits in a run of its anchor paragraph. Word writes it twice inside mc:AlternateContent: the DrawingML
shape (mc:Choice) and a VML copy for older readers (mc:Fallback); its paragraphs have their own properties.
"""

import io

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from xiaobao.engines.disclosure import check_document
from xiaobao.engines.disclosure.docx_reader import read_docx

MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _runs(items: list[tuple[str, bool]]) -> str:
    return "".join(f"<w:r>{'<w:rPr><w:b/></w:rPr>' if bold else ''}<w:t>{text}</w:t></w:r>" for text, bold in items)


def _text_box(paragraphs: list[list[tuple[str, bool]]], *, fallback: bool = True) -> str:
    body = "".join(f"<w:p>{_runs(runs)}</w:p>" for runs in paragraphs)
    choice = (
        "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        f"<w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></mc:Choice>"
    )
    vml = f"<w:pict><v:shape><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict>"
    inner = f"<mc:AlternateContent>{choice}<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>" if fallback else vml
    return f"<w:r {nsdecls('w', 'wp', 'a')} {MC} {WPS} {V}>{inner}</w:r>"


def _saved(doc) -> io.BytesIO:
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    return buf


EXCLUSIONS = ["下列原因造成的损失，保险人不负责赔偿：", "（一）战争、军事冲突；", "（二）被保险人的故意行为。"]


def _document(box_bold: bool, *, anchor_bold: bool = False, fallback: bool = True) -> io.BytesIO:
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph().add_run("第一条 保险责任").bold = True
    for _ in range(3):
        doc.add_paragraph("保险期间内，因意外事故造成保险标的的损失，保险人负责赔偿。")
    doc.add_paragraph().add_run("第二条 责任免除").bold = True
    anchor = doc.add_paragraph()  # (no text of its own: it only holds the box)
    if anchor_bold:
        style = doc.styles.add_style("Bold anchor", WD_STYLE_TYPE.PARAGRAPH)
        style.font.bold = True
        anchor.style = style
    anchor._p.append(parse_xml(_text_box([[(t, box_bold)] for t in EXCLUSIONS], fallback=fallback)))
    doc.add_paragraph().add_run("第三条 保险期间").bold = True
    doc.add_paragraph("保险期间为一年，以保险单载明的起讫时间为准。")
    return _saved(doc)


def test_a_text_box_is_read_once_as_its_own_paragraphs_after_its_anchor():
    paras = read_docx(_document(box_bold=True))
    texts = [p.text for p in paras]
    assert texts.count(EXCLUSIONS[1]) == 1  # (the VML fallback copy is not read again)
    heading = texts.index("第二条 责任免除")  # (the box's text is not glued into its anchor paragraph)
    assert texts[heading + 1 : heading + 5] == ["", *EXCLUSIONS]


def test_emphasis_inside_a_text_box_counts_and_the_anchor_lends_it_none():
    assert check_document(_document(box_bold=True), name="t.docx").exclusions_emphasized
    assert not check_document(_document(box_bold=False, anchor_bold=True), name="t.docx").exclusions_emphasized


def test_a_vml_only_text_box_is_read_too():
    paras = read_docx(_document(box_bold=True, fallback=False))
    assert [p.text for p in paras].count(EXCLUSIONS[2]) == 1


def _with_body_xml(xml: str) -> io.BytesIO:
    doc = docx.Document()
    doc.add_paragraph("正文")
    doc.element.body.insert(1, parse_xml(xml))
    return _saved(doc)


def test_moved_away_text_is_not_read_but_moved_in_text_is():
    xml = (
        f"<w:p {nsdecls('w')}><w:moveFrom><w:r><w:t>旧位置的文字</w:t></w:r></w:moveFrom>"
        "<w:moveTo><w:r><w:t>新位置的文字</w:t></w:r></w:moveTo></w:p>"
    )
    assert [p.text for p in read_docx(_with_body_xml(xml))][1] == "新位置的文字"


def test_paragraphs_inside_a_custom_xml_block_are_read():
    xml = f"<w:customXml {nsdecls('w')} w:element=\"clause\"><w:p><w:r><w:t>自定义块里的条款</w:t></w:r></w:p></w:customXml>"
    assert "自定义块里的条款" in [p.text for p in read_docx(_with_body_xml(xml))]


def test_runs_written_twice_as_alternate_content_are_read_once():
    xml = (
        f"<w:p {nsdecls('w')} {MC}><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>保险人不负责赔偿</w:t></w:r>"
        "</mc:Choice><mc:Fallback><w:r><w:t>保险人不负责赔偿</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"
    )
    assert [p.text for p in read_docx(_with_body_xml(xml))][1] == "保险人不负责赔偿"


def _with_hidden(hide) -> io.BytesIO:
    """Normal text, a run hidden by ``hide(doc, run)``, and normal text again, in one paragraph."""
    doc = docx.Document()
    doc.add_paragraph("正文")
    p = doc.add_paragraph()
    p.add_run("保险人不负责赔偿")
    hide(doc, p.add_run("（编写说明：此处列明免责情形）"))
    p.add_run("。")
    return _saved(doc)


def _hidden_char_style(doc, run, *, off_again: bool = False):
    base = doc.styles.add_style("说明文字", WD_STYLE_TYPE.CHARACTER)
    base.font.hidden = True
    if off_again:  # a derived style shows its text again (w:vanish w:val="0")
        shown = doc.styles.add_style("显示文字", WD_STYLE_TYPE.CHARACTER)
        shown.base_style = base
        shown.font.hidden = False
        run.style = shown
    else:
        run.style = base


def test_hidden_text_is_not_read_whether_hidden_directly_or_by_a_style():
    def direct(doc, run):
        run.font.hidden = True

    for hide in (direct, _hidden_char_style):
        assert [p.text for p in read_docx(_with_hidden(hide))][1] == "保险人不负责赔偿。"


def test_text_a_derived_style_shows_again_is_read():
    text = [p.text for p in read_docx(_with_hidden(lambda d, r: _hidden_char_style(d, r, off_again=True)))][1]
    assert text == "保险人不负责赔偿（编写说明：此处列明免责情形）。"

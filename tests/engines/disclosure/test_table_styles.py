"""Table styles (whole-table and conditional formats switched by w:tblLook) and document-default sizes, on
small documents built in the test."""

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from xiaobao.engines.disclosure import check_document
from xiaobao.engines.disclosure.docx_reader import read_docx
from xiaobao.engines.disclosure.model import BOLD

ITEMS = [
    ("1", "因地震、海啸等自然灾害导致的停业损失；"),
    ("2", "被保险人违反食品安全规定被责令停业期间的损失；"),
    ("3", "任何间接损失及罚款、罚金。"),
]
# a short 序号 / 内容 header row above the items
HEADER = ("序号", "内容")


def _table_style(rpr: str = "", conditional: dict[str, str] | None = None, band_rows: int | None = None) -> str:
    conds = "".join(
        f'<w:tblStylePr w:type="{kind}"><w:rPr>{props}</w:rPr></w:tblStylePr>'
        for kind, props in (conditional or {}).items()
    )
    band = f'<w:tblPr><w:tblStyleRowBandSize w:val="{band_rows}"/></w:tblPr>' if band_rows else ""
    return (
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="ClauseGrid">'
        f'<w:name w:val="条款表"/><w:rPr>{rpr}</w:rPr>{band}{conds}</w:style>'
    )


def build(style_xml: str | None, *, look: str | None = None, header: bool = False, cell_rpr: str = "",
          para_style_bold: bool = False, para_style_plain: bool = False, normal_pt: float = 10.5,
          style_name: str = "条款表", override_compat: str | None = "1"):
    """A policy whose exclusions are a two-column table (number, clause) with the table style ``style_xml``."""
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(normal_pt)
    if style_xml:
        doc.styles.element.append(parse_xml(style_xml.replace('w:val="条款表"', f'w:val="{style_name}"')))
    # python-docx's template says overrideTableStyleFontSizeAndJustification = 1 (Word 2013 and later); None
    # leaves the setting out, as older Word and other writers do
    for setting in doc.settings.element.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "overrideTableStyleFontSizeAndJustification":
            if override_compat is None:
                setting.getparent().remove(setting)
            else:
                setting.set(qn("w:val"), override_compat)
    if para_style_bold or para_style_plain:
        doc.styles.element.append(parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="CellBold">'
            '<w:name w:val="表内加粗"/><w:basedOn w:val="Normal"/>'
            + ('<w:rPr><w:b w:val="0"/></w:rPr>' if para_style_plain else "<w:rPr><w:b/></w:rPr>")
            + "</w:style>"
        ))
    for title, bodies in [
        ("第一条 保险责任", ["营业期间因火灾、爆炸造成被保险人营业中断的，保险人按约定赔偿。"] * 3),
        ("第二条 责任免除", ["下列损失，保险人不负责赔偿："]),
    ]:
        doc.add_paragraph().add_run(title).bold = True
        for text in bodies:
            doc.add_paragraph(text)
    rows = ([HEADER] if header else []) + ITEMS
    table = doc.add_table(rows=len(rows), cols=2)
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblStyle")) + tblpr.findall(qn("w:tblLook")):
        tblpr.remove(old)
    if style_xml:
        tblpr.insert(0, parse_xml(f'<w:tblStyle {nsdecls("w")} w:val="ClauseGrid"/>'))
    if look is not None:
        tblpr.append(parse_xml(f'<w:tblLook {nsdecls("w")} {look}/>'))
    for row, (number, clause) in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, (number, clause), strict=True):
            paragraph = cell.paragraphs[0]
            if para_style_bold or para_style_plain:
                paragraph.style = doc.styles["表内加粗"]
            run = paragraph.add_run(text)
            if cell_rpr:
                run._element.insert(0, parse_xml(f'<w:rPr {nsdecls("w")}>{cell_rpr}</w:rPr>'))
    doc.add_paragraph().add_run("第三条 保险期间").bold = True
    doc.add_paragraph("保险期间为一年，以保险单载明的起讫时间为准。")
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    return buf


def emphasised(buf) -> bool:
    return check_document(buf, name="t.docx").exclusions_emphasized


def cell_bold(buf, text: str) -> bool:
    (para,) = [p for p in read_docx(buf) if p.text == text]
    return all(f & BOLD for f in para.flags)


NO_BANDS = 'w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"'


def test_bold_from_the_whole_table_style_is_emphasis():
    assert emphasised(build(_table_style("<w:b/>"), look=NO_BANDS))
    assert not emphasised(build(_table_style(""), look=NO_BANDS))


def test_a_whole_table_conditional_format_applies_everywhere():
    # <w:tblStylePr w:type="wholeTable"> is a conditional format that every cell meets
    assert emphasised(build(_table_style(conditional={"wholeTable": "<w:b/>"}), look=NO_BANDS))


def test_direct_formatting_beats_the_table_style():
    assert not emphasised(build(_table_style("<w:b/>"), look=NO_BANDS, cell_rpr='<w:b w:val="0"/>'))


def test_a_first_column_format_bolds_only_the_numbers():
    style = _table_style(conditional={"firstCol": "<w:b/>"})
    on = 'w:firstColumn="1" w:noHBand="1" w:noVBand="1"'
    buf = build(style, look=on)
    assert cell_bold(buf, "1") and not cell_bold(buf, ITEMS[0][1])
    assert not emphasised(build(style, look=on))


def test_a_last_column_format_counts_only_when_the_table_look_switches_it_on():
    style = _table_style(conditional={"lastCol": "<w:u w:val=\"single\"/>"})
    assert emphasised(build(style, look='w:lastColumn="1" w:noHBand="1" w:noVBand="1"'))
    assert not emphasised(build(style, look='w:lastColumn="0" w:noHBand="1" w:noVBand="1"'))


def test_the_older_hexadecimal_table_look():
    style = _table_style(conditional={"lastCol": "<w:b/>"})
    assert emphasised(build(style, look='w:val="0100"'))  # 0x0100: last column
    assert not emphasised(build(style, look='w:val="0080"'))  # 0x0080: first column only


def test_a_header_row_format_does_not_reach_the_clauses():
    style = _table_style(conditional={"firstRow": "<w:b/>"})
    buf = build(style, look='w:firstRow="1" w:noHBand="1" w:noVBand="1"', header=True)
    assert cell_bold(buf, HEADER[1])
    assert not cell_bold(buf, ITEMS[0][1])
    assert not emphasised(build(style, look='w:firstRow="1" w:noHBand="1" w:noVBand="1"', header=True))


def test_the_header_row_format_overrides_the_whole_table():
    # bold everywhere, the header row not: the clauses stay bold
    style = _table_style("<w:b/>", conditional={"firstRow": '<w:b w:val="0"/>'})
    buf = build(style, look='w:firstRow="1" w:noHBand="1" w:noVBand="1"', header=True)
    assert not cell_bold(buf, HEADER[1]) and cell_bold(buf, ITEMS[2][1])
    assert emphasised(build(style, look='w:firstRow="1" w:noHBand="1" w:noVBand="1"', header=True))


def test_banded_rows_bold_every_other_row_only():
    style = _table_style(conditional={"band1Horz": "<w:b/>"})
    buf = build(style, look='w:noHBand="0" w:noVBand="1"')
    assert cell_bold(buf, ITEMS[0][1]) and not cell_bold(buf, ITEMS[1][1]) and cell_bold(buf, ITEMS[2][1])
    assert not emphasised(build(style, look='w:noHBand="0" w:noVBand="1"'))
    # two rows to a band: rows 1-2 bold, row 3 not
    buf = build(_table_style(conditional={"band1Horz": "<w:b/>"}, band_rows=2), look='w:noHBand="0" w:noVBand="1"')
    assert cell_bold(buf, ITEMS[1][1]) and not cell_bold(buf, ITEMS[2][1])
    # banding switched off
    assert not cell_bold(build(style, look=NO_BANDS), ITEMS[0][1])


def test_bold_is_a_toggle_between_the_table_and_the_paragraph_style():
    # ECMA-376 §17.7.3: a bold paragraph style inside a bold table style shows the text not bold
    assert emphasised(build(_table_style(""), look=NO_BANDS, para_style_bold=True))
    assert not emphasised(build(_table_style("<w:b/>"), look=NO_BANDS, para_style_bold=True))


def test_a_paragraph_style_that_sets_bold_off_ends_a_bold_table_style():
    # an explicit w:b w:val="0" at a later style level switches bold off (as Word shows a "Not Bold" style)
    assert emphasised(build(_table_style("<w:b/>"), look=NO_BANDS))
    assert not emphasised(build(_table_style("<w:b/>"), look=NO_BANDS, para_style_bold=False, para_style_plain=True))


def test_a_twelve_point_normal_style_yields_to_the_table_style_size():
    # [MS-DOCX] overrideTableStyleFontSizeAndJustification: in a table, the 12 pt of the default paragraph
    # style does not override the table style's size, unless the document says it should
    style = _table_style('<w:sz w:val="32"/>')
    assert emphasised(build(style, look=NO_BANDS, normal_pt=12, override_compat=None))
    assert emphasised(build(style, look=NO_BANDS, normal_pt=12, override_compat="0"))
    assert not emphasised(build(style, look=NO_BANDS, normal_pt=12, override_compat="1"))
    # a 10.5 pt Normal (五号) keeps its size in the table
    assert not emphasised(build(style, look=NO_BANDS, normal_pt=10.5, override_compat=None))


def test_a_table_style_named_normal_table_counts_for_nothing():
    assert emphasised(build(_table_style("<w:b/>"), look=NO_BANDS, style_name="Grid Bold"))
    assert not emphasised(build(_table_style("<w:b/>"), look=NO_BANDS, style_name="Normal Table"))


def _defaults_doc(exclusion_sz: int, body_sz: int = 21) -> io.BytesIO:
    """Body size set only in w:docDefaults, every article a run-in label, a larger title, exclusions in a
    paragraph style of their own."""
    doc = docx.Document()
    styles = doc.styles.element
    rpr_default = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    for sz in rpr_default.findall(qn("w:sz")):
        rpr_default.remove(sz)
    rpr_default.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="{body_sz}"/>'))
    normal = doc.styles["Normal"].element
    for rpr in normal.findall(qn("w:rPr")):
        for sz in rpr.findall(qn("w:sz")):
            rpr.remove(sz)
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="Excl">'
        f'<w:name w:val="除外段"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="{exclusion_sz}"/></w:rPr></w:style>'
    ))
    title = doc.add_paragraph().add_run("某某财产保险股份有限公司仓储货物保险条款")
    title.font.size = Pt(16)
    title.bold = True
    for label, text in [
        ("保险标的：", "存放在被保险人仓库内的原材料、半成品和产成品均可作为本保险的保险标的。"),
        ("保险责任：", "因火灾、爆炸、暴雨、洪水造成保险标的的损失，保险人按照本条款约定负责赔偿。"),
        ("除外责任：", ""),
    ]:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        if text:
            p.add_run(text)
    for text in ["下列损失，保险人不负责赔偿：仓库管理人员监守自盗造成的损失；", "保险标的自然损耗、霉变造成的损失。"]:
        doc.add_paragraph(text, style=doc.styles["除外段"])
    for label, text in [
        ("保险期间：", "保险期间为一年，以保险单载明的起讫时间为准。"),
        ("保险金额：", "保险金额按保险标的的实际价值确定，由投保人与保险人协商约定。"),
    ]:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(text)
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    return buf


def test_larger_than_a_body_size_from_the_document_defaults():
    # body 五号 (w:sz 21) from docDefaults only; exclusions 小四 (24) through their style: larger, so emphasised
    result = check_document(_defaults_doc(24), name="t.docx")
    assert result.body_size == 10.5
    assert result.exclusions_emphasized


def test_the_same_size_as_the_document_defaults_is_not_emphasis():
    result = check_document(_defaults_doc(21), name="t.docx")
    assert result.body_size == 10.5
    assert not result.exclusions_emphasized


def test_a_header_row_of_column_titles_is_no_clause(monkeypatch):
    # (项次 / 内容 over the bold items, the header row plain: the titles are no clauses)
    monkeypatch.setitem(globals(), "HEADER", ("项次", "内容"))
    style = _table_style("<w:b/>", conditional={"firstRow": '<w:b w:val="0"/>'})
    assert emphasised(build(style, look='w:firstRow="1" w:noHBand="1" w:noVBand="1"', header=True))


def test_a_line_saying_the_section_goes_on_is_no_clause():
    doc = docx.Document()
    for title, bodies, bold in [
        ("一、保险责任", ["运输途中因火灾、碰撞造成保险货物的损失，保险人负责赔偿。"] * 3, False),
        ("二、责任免除", ["下列原因造成的损失，保险人不负责赔偿：", "（一）被保险人的故意行为；"], True),
        ("（续上页）二、责任免除", [], False),
        ("", ["（二）保险货物的自然损耗；", "（三）包装不当造成的损失。"], True),
        ("三、保险期间", ["保险期间以保险单载明的起讫时间为准。"], False),
    ]:
        if title:
            doc.add_paragraph().add_run(title).bold = not title.startswith("（续")
        for text in bodies:
            doc.add_paragraph().add_run(text).bold = bold
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    assert emphasised(buf)


def _default_bold_doc(exclusion_style_parent: str | None) -> io.BytesIO:
    """Bold switched on in w:docDefaults and off in Normal; the exclusions in a style of their own, based on
    ``exclusion_style_parent`` (None: no basedOn at all)."""
    doc = docx.Document()
    styles = doc.styles.element
    rpr_default = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    rpr_default.append(parse_xml(f'<w:b {nsdecls("w")}/>'))
    doc.styles["Normal"].element.get_or_add_rPr().append(parse_xml(f'<w:b {nsdecls("w")} w:val="0"/>'))
    based = f'<w:basedOn w:val="{exclusion_style_parent}"/>' if exclusion_style_parent else ""
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="Excl">'
        f'<w:name w:val="除外段"/>{based}</w:style>'
    ))
    for title, bodies, style in [
        ("第一条 保险责任", ["被保险人在施工期间因意外伤害身故或伤残的，保险人按约定给付保险金。"] * 3, None),
        ("第二条 责任免除", ["被保险人殴斗、醉酒造成的伤害，保险人不承担给付保险金责任；",
                           "被保险人未持有效特种作业证从事特种作业的，保险人不承担给付保险金责任。"], "除外段"),
        ("第三条 保险期间", ["保险期间为一年，以保险单载明的起讫时间为准。"], None),
    ]:
        doc.add_paragraph().add_run(title).bold = True
        for text in bodies:
            doc.add_paragraph(text, style=doc.styles[style] if style else None)
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    return buf


def test_a_style_that_sets_bold_off_ends_the_document_default():
    # Normal's w:b w:val="0" over a bold docDefaults: the body is plain; a style without basedOn takes the
    # docDefaults (bold), one based on Normal takes Normal's (plain)
    assert emphasised(_default_bold_doc(None))
    assert not emphasised(_default_bold_doc("Normal"))

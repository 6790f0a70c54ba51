"""Small WordprocessingML helpers for the 2026-12-10 blind disclosure set (see build.py).

Every document gets its own styles.xml (docDefaults, a default paragraph style and whatever styles the
document needs), so how a run resolves depends only on what is written here, not on python-docx's template.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'


def r(text: str, rpr: str = "", rstyle: str | None = None) -> str:
    """One run. `rpr` is raw run-property XML (e.g. '<w:b/>'); `rstyle` a character style id."""
    props = (f'<w:rStyle w:val="{rstyle}"/>' if rstyle else "") + rpr
    props_xml = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{props_xml}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(*runs: str, style: str | None = None, ppr: str = "", mark: str = "") -> str:
    """One paragraph. Plain strings become plain runs; strings starting with '<w:r>' are taken as runs.
    `ppr` is extra paragraph-property XML (numPr, jc, ind ...), `mark` the paragraph-mark run properties."""
    body = "".join(x if x.startswith("<w:r>") else r(x) for x in runs)
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr + (f"<w:rPr>{mark}</w:rPr>" if mark else "")
    props_xml = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p {NSDECL}>{props_xml}{body}</w:p>"


def num(num_id: int, ilvl: int = 0) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'


def tbl(rows: list[list[str]], widths: list[int], style: str = "TableGrid") -> str:
    """A table; every cell is a list of paragraph XML strings joined (pass p(...) results)."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for row in rows:
        tcs = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{cell.replace(" " + NSDECL, "")}</w:tc>'
            for cell, w in zip(row, widths, strict=True)
        )
        trs.append(f"<w:tr>{tcs}</w:tr>")
    return (
        f'<w:tbl {NSDECL}><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="0" w:type="auto"/>'
        f'<w:tblLook w:val="04A0" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>'
    )


def pstyle(sid: str, name: str, rpr: str = "", ppr: str = "", based_on: str | None = "Normal") -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>{based}'
        f'<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>'
    )


def cstyle(sid: str, name: str, rpr: str = "", based_on: str | None = None) -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="character" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>{based}'
        f"<w:rPr>{rpr}</w:rPr></w:style>"
    )


def styles_xml(
    extra: list[str],
    default_sz: int | None = 21,
    normal_rpr: str = "",
    default_rpr: str = "",
    heading_rpr: str = '<w:b/><w:sz w:val="24"/><w:szCs w:val="24"/>',
    title_rpr: str = '<w:b/><w:sz w:val="32"/><w:szCs w:val="32"/>',
) -> str:
    """The whole styles part. `default_sz` goes into docDefaults (None: no size there, Word's 10 pt)."""
    sz = f'<w:sz w:val="{default_sz}"/><w:szCs w:val="{default_sz}"/>' if default_sz else ""
    return (
        f'<w:styles {NSDECL}>'
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        '<w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
        f'{sz}{default_rpr}<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="0" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        f'<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr>{normal_rpr}</w:rPr></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>'
        "</w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
        '<w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="120"/><w:jc w:val="center"/>'
        f"</w:pPr><w:rPr>{title_rpr}</w:rPr></w:style>"
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
        '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/>'
        f'<w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>{heading_rpr}</w:rPr></w:style>'
        + "".join(extra)
        + "</w:styles>"
    )


def numbering_xml(abstracts: list[tuple[int, str]], nums: list[tuple[int, int]]) -> str:
    """`abstracts`: (abstractNumId, level XML); `nums`: (numId, abstractNumId)."""
    a = "".join(
        f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="singleLevel"/>{lvl}</w:abstractNum>'
        for aid, lvl in abstracts
    )
    n = "".join(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>' for nid, aid in nums)
    return f"<w:numbering {NSDECL}>{a}{n}</w:numbering>"


def lvl(fmt: str, text: str, rpr: str = "", ind: int = 420, pstyle_id: str | None = None) -> str:
    ps = f'<w:pStyle w:val="{pstyle_id}"/>' if pstyle_id else ""
    return (
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}<w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{ind}" w:hanging="{ind}"/></w:pPr>'
        f"<w:rPr>{rpr}</w:rPr></w:lvl>"
    )

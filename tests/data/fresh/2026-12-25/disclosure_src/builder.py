"""Small layer over python-docx that writes the styles, tables and run properties the
2026-12-25 disclosure documents need, with raw XML where python-docx has no API, and
saves byte-reproducible .docx files (fixed core properties, fixed zip timestamps)."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'
FIXED = datetime(2026, 12, 25, 9, 0, 0, tzinfo=UTC)

Run = tuple[str, dict[str, Any]]


def rpr_xml(p: dict[str, Any]) -> str:
    """Run properties in schema order. Keys: rs, b, bCs, i, color, sz, szCs, hl, u, shd."""
    out = []
    if "rs" in p:
        out.append(f'<w:rStyle w:val="{p["rs"]}"/>')
    if "font" in p:
        f = p["font"]
        out.append(f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>')
    if "b" in p:
        v = p["b"]
        out.append("<w:b/>" if v is True else f'<w:b w:val="{"0" if v is False else v}"/>')
    if "bCs" in p:
        out.append("<w:bCs/>")
    if "i" in p:
        out.append("<w:i/>")
    if "color" in p:
        out.append(f'<w:color w:val="{p["color"]}"/>')
    if "sz" in p:
        out.append(f'<w:sz w:val="{p["sz"]}"/>')
    if "szCs" in p:
        out.append(f'<w:szCs w:val="{p["szCs"]}"/>')
    if "hl" in p:
        out.append(f'<w:highlight w:val="{p["hl"]}"/>')
    if "u" in p:
        out.append(f'<w:u w:val="{p["u"]}"/>')
    if "shd" in p:
        out.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{p["shd"]}"/>')
    return "".join(out)


class Builder:
    def __init__(self, title: str, default_sz: int | None = 24, normal: dict[str, Any] | None = None,
                 font: str = "宋体") -> None:
        self.doc = docx.Document()
        self.title = title
        self.key: dict[str, Any] = {"exclusion_bodies": []}
        part = self.doc.part
        for rel_id, rel in list(part.rels.items()):
            if rel.reltype.endswith("/stylesWithEffects"):
                part.drop_rel(rel_id)
        styles = self.doc.styles.element
        for child in list(styles):
            styles.remove(child)
        sz = f'<w:sz w:val="{default_sz}"/><w:szCs w:val="{default_sz}"/>' if default_sz else ""
        styles.append(parse_xml(
            f'<w:docDefaults {NS}><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
            f'w:hAnsi="Times New Roman" w:eastAsia="{font}" w:cs="Times New Roman"/>{sz}'
            '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
            '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/></w:pPr>'
            '</w:pPrDefault></w:docDefaults>'))
        styles.append(parse_xml(
            f'<w:style {NS} w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
            f'<w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr>{rpr_xml(normal or {})}</w:rPr></w:style>'))
        styles.append(parse_xml(
            f'<w:style {NS} w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
            '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'))
        styles.append(parse_xml(
            f'<w:style {NS} w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
            '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
            '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
            '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'))
        num = part.numbering_part.element
        for child in list(num):
            num.remove(child)
        body = self.doc.element.body
        for child in list(body):
            if not child.tag.endswith("}sectPr"):
                body.remove(child)

    # styles -------------------------------------------------------------
    def pstyle(self, sid: str, name: str, based: str | None = "Normal", rpr: dict[str, Any] | None = None,
               ppr: str = "") -> None:
        b = f'<w:basedOn w:val="{based}"/>' if based else ""
        self.doc.styles.element.append(parse_xml(
            f'<w:style {NS} w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'{b}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr_xml(rpr or {})}</w:rPr></w:style>'))

    def cstyle(self, sid: str, name: str, based: str | None = None, rpr: dict[str, Any] | None = None) -> None:
        b = f'<w:basedOn w:val="{based}"/>' if based else ""
        self.doc.styles.element.append(parse_xml(
            f'<w:style {NS} w:type="character" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'{b}<w:rPr>{rpr_xml(rpr or {})}</w:rPr></w:style>'))

    def tstyle(self, sid: str, name: str, rpr: dict[str, Any] | None = None,
               first_col: dict[str, Any] | None = None, first_row: dict[str, Any] | None = None) -> None:
        cond = ""
        if first_row is not None:
            cond += f'<w:tblStylePr w:type="firstRow"><w:rPr>{rpr_xml(first_row)}</w:rPr></w:tblStylePr>'
        if first_col is not None:
            cond += f'<w:tblStylePr w:type="firstCol"><w:rPr>{rpr_xml(first_col)}</w:rPr></w:tblStylePr>'
        self.doc.styles.element.append(parse_xml(
            f'<w:style {NS} w:type="table" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="TableNormal"/><w:rPr>{rpr_xml(rpr or {})}</w:rPr>'
            '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
            f'{cond}</w:style>'))

    def numbering(self, fmt: str, text: str, rpr: dict[str, Any] | None = None) -> int:
        num = self.doc.part.numbering_part.element
        n = len([c for c in num if c.tag.endswith("}num")]) + 1
        num.insert(n - 1, parse_xml(
            f'<w:abstractNum {NS} w:abstractNumId="{n}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr>'
            f'<w:rPr>{rpr_xml(rpr or {})}</w:rPr></w:lvl></w:abstractNum>'))
        num.append(parse_xml(f'<w:num {NS} w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>'))
        return n

    # content ------------------------------------------------------------
    def _fill(self, p_el: Any, runs: Any, style: str | None, pmark: dict[str, Any] | None,
              num: int | None, jc: str | None = None) -> None:
        ppr = ""
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        if pmark:
            ppr += f"<w:rPr>{rpr_xml(pmark)}</w:rPr>"
        if ppr:
            p_el.append(parse_xml(f"<w:pPr {NS}>{ppr}</w:pPr>"))
        if isinstance(runs, str):
            runs = [(runs, {})]
        segment = ""
        for item in runs:
            text, props = (item, {}) if isinstance(item, str) else item
            if props.get("x"):
                segment += text
            elif segment:
                self.key["exclusion_bodies"].append(segment)
                segment = ""
            rp = rpr_xml(props)
            p_el.append(parse_xml(
                f'<w:r {NS}>{"<w:rPr>" + rp + "</w:rPr>" if rp else ""}'
                f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'))
        if segment:
            self.key["exclusion_bodies"].append(segment)

    def p(self, runs: Any, style: str | None = None, pmark: dict[str, Any] | None = None,
          num: int | None = None, jc: str | None = None) -> None:
        par = self.doc.add_paragraph()
        self._fill(par._p, runs, style, pmark, num, jc)

    def x(self, text: str, style: str | None = None, num: int | None = None, **props: Any) -> None:
        """A paragraph that is the body of one exclusion clause."""
        self.p([(text, {"x": 1, **props})], style=style, num=num)

    def table(self, rows: list[list[Any]], style: str | None = None, first_row: bool = False,
              first_col: bool = False, widths: tuple[int, ...] = (1200, 7100)) -> None:
        ncols = len(rows[0])
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths[:ncols])
        st = f'<w:tblStyle w:val="{style}"/>' if style else ""
        look = (f'<w:tblLook w:val="0000" w:firstRow="{int(first_row)}" w:lastRow="0" '
                f'w:firstColumn="{int(first_col)}" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>')
        tbl = parse_xml(f'<w:tbl {NS}><w:tblPr>{st}<w:tblW w:w="0" w:type="auto"/>{look}</w:tblPr>'
                        f'<w:tblGrid>{grid}</w:tblGrid></w:tbl>')
        for row in rows:
            tr = parse_xml(f"<w:tr {NS}/>")
            for i, cell in enumerate(row):
                tc = parse_xml(f'<w:tc {NS}><w:tcPr><w:tcW w:w="{widths[i]}" w:type="dxa"/></w:tcPr></w:tc>')
                p_el = parse_xml(f"<w:p {NS}/>")
                self._fill(p_el, cell, None, None, None)
                tc.append(p_el)
                tr.append(tc)
            tbl.append(tr)
        body = self.doc.element.body
        body.insert(len(body) - 1, tbl)

    def save(self, path: Path) -> None:
        cp = self.doc.core_properties
        cp.title = self.title
        cp.author = "xiaobao fresh 2026-12-25"
        cp.last_modified_by = "xiaobao fresh 2026-12-25"
        cp.comments = ""
        cp.revision = 1
        cp.created = FIXED
        cp.modified = FIXED
        cp.last_printed = FIXED
        raw = io.BytesIO()
        self.doc.save(raw)
        raw.seek(0)
        out = io.BytesIO()
        with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for name in src.namelist():
                data = src.read(name)
                info = zipfile.ZipInfo(name, date_time=(2026, 12, 25, 9, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                dst.writestr(info, data)
        path.write_bytes(out.getvalue())


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

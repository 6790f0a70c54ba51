"""Build the 2026-12-14 disclosure .docx files and labels.jsonl from disclosure_specs.py (python-docx).

python-docx writes the package; styles, numbering and body are written as raw WordprocessingML because
python-docx has no API for basedOn chains with toggles, numbering levels or paragraph-mark properties.
Core properties and zip timestamps are fixed so that a rebuild is byte-identical.
Usage: build_disclosure.py [--out DIR]   (default: ./disclosure)
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import disclosure_specs as specs  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FIXED = dt.datetime(2026, 12, 14, 8, 0, 0, tzinfo=dt.UTC)


def rpr_xml(rpr: dict, rstyle: str | None = None) -> str:
    parts = []
    if rstyle:
        parts.append(f'<w:rStyle w:val="{rstyle}"/>')
    for key in ("b", "bCs", "i"):
        if key in rpr:
            v = rpr[key]
            parts.append(f"<w:{key}/>" if v is True else f'<w:{key} w:val="{"0" if v is False else v}"/>')
    if "color" in rpr:
        parts.append(f'<w:color w:val="{rpr["color"]}"/>')
    parts.extend(f'<w:{key} w:val="{rpr[key]}"/>' for key in ("sz", "szCs") if key in rpr)
    if "highlight" in rpr:
        parts.append(f'<w:highlight w:val="{rpr["highlight"]}"/>')
    if "u" in rpr:
        parts.append(f'<w:u w:val="{rpr["u"]}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def para_xml(para: dict) -> str:
    ppr = []
    if para["style"]:
        ppr.append(f'<w:pStyle w:val="{para["style"]}"/>')
    if para["num"]:
        num_id, lvl = para["num"]
        ppr.append(f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    if para["shd"]:
        ppr.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{para["shd"]}"/>')
    if para["mark"]:
        ppr.append(rpr_xml(para["mark"]))
    runs = "".join(f'<w:r>{rpr_xml(rp, rs)}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'
                   for t, rp, rs in para["runs"] if t)
    return f"<w:p {W}>{'<w:pPr>' + ''.join(ppr) + '</w:pPr>' if ppr else ''}{runs}</w:p>"


def table_xml(tbl: dict) -> str:
    border = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                     for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    ncols = len(tbl["rows"][0])
    grid = "".join('<w:gridCol w:w="1200"/>' if i == 0 else '<w:gridCol w:w="7000"/>' for i in range(ncols))
    rows = []
    for row in tbl["rows"]:
        cells = "".join("<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>"
                        + "".join(para_xml(pp).replace(f" {W}", "") for pp in cell) + "</w:tc>" for cell in row)
        rows.append(f"<w:tr>{cells}</w:tr>")
    return (f'<w:tbl {W}><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{border}</w:tblBorders>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")


def style_xml(s: dict) -> str:
    default = ' w:default="1"' if s["default"] else ""
    based = f'<w:basedOn w:val="{s["based"]}"/>' if s["based"] else ""
    ppr = f'<w:pPr><w:outlineLvl w:val="{s["outline"]}"/></w:pPr>' if s["outline"] is not None else ""
    return (f'<w:style {W} w:type="{s["type"]}"{default} w:styleId="{s["id"]}"><w:name w:val="{escape(s["name"])}"/>'
            f"{based}<w:qFormat/>{ppr}{rpr_xml(s['rpr'])}</w:style>")


def build_one(spec: dict) -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    styles = document.styles.element
    for child in list(styles):
        styles.remove(child)
    defaults = dict(spec["defaults"])
    fonts = '<w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    dflt = rpr_xml(defaults).replace("<w:rPr>", "<w:rPr>" + fonts) if defaults else f"<w:rPr>{fonts}</w:rPr>"
    styles.append(parse_xml(f"<w:docDefaults {W}><w:rPrDefault>{dflt}</w:rPrDefault>"
                            f"<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"360\" w:lineRule=\"auto\"/>"
                            f"</w:pPr></w:pPrDefault></w:docDefaults>"))
    for s in spec["styles"]:
        styles.append(parse_xml(style_xml(s)))
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for num_id, lvl in sorted(spec.get("numbering", {}).items()):
        numbering.append(parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="{num_id}"><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{lvl["fmt"]}"/>'
            f'<w:lvlText w:val="{lvl["text"]}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr>{rpr_xml(lvl["rpr"])}</w:lvl></w:abstractNum>'))
    for num_id in sorted(spec.get("numbering", {})):
        numbering.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    body = document.element.body
    sect = body[-1]
    for child in list(body)[:-1]:
        body.remove(child)
    for block in spec["body"]:
        xml = para_xml(block) if block["kind"] == "p" else table_xml(block)
        sect.addprevious(parse_xml(xml))
    cp = document.core_properties
    cp.author = "XX保险条款编写组"
    cp.last_modified_by = "XX保险条款编写组"
    cp.title = spec["file"].removesuffix(".docx")
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.comments = "条款示例文本（虚构）"
    raw = io.BytesIO()
    document.save(raw)
    return normalise_zip(raw.getvalue())


def normalise_zip(blob: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 14, 8, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def labels() -> list[dict]:
    rows = []
    for spec in specs.DOCS:
        present = [c for c in specs.SECTIONS if c in spec["sections"]]
        rows.append({"file": spec["file"], "exclusions_emphasized": specs.EMPHASISED[spec["file"]],
                     "sections_present": present,
                     "sections_missing": [c for c in specs.SECTIONS if c not in spec["sections"]]})
    return rows


def main() -> int:
    out = HERE / "disclosure"
    if "--out" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--out") + 1])
    out.mkdir(parents=True, exist_ok=True)
    for spec in specs.DOCS:
        (out / spec["file"]).write_bytes(build_one(spec))
    (out / "labels.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labels()),
                                      encoding="utf-8")
    print(f"{len(specs.DOCS)} documents -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

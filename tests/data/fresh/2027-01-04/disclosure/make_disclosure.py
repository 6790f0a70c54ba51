"""Build the 2027-01-04 blind clause documents (.docx) and labels.jsonl from disclosure_source.py.

Needs python-docx (run it with /work/main/.venv/bin/python). Paragraphs, tables and styles are created
with python-docx; run properties, paragraph-mark properties, docDefaults and numbering levels are written
as XML because python-docx has no API for all of them (szCs, shading, pPr/rPr, lvl/rPr).
Output is deterministic: fixed core properties and fixed zip timestamps/order.

Usage:
  python make_disclosure.py            write the .docx files and labels.jsonl next to this script
  python make_disclosure.py --check    build into a temporary folder and compare byte for byte
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import disclosure_source as src  # noqa: E402

FIXED = dt.datetime(2027, 1, 4, 0, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (2027, 1, 4, 0, 0, 0)

# Child order of w:rPr (ECMA-376 CT_RPr), restricted to what the documents use.
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "sz", "szCs", "highlight", "u", "shd"]


def _on_off(tag: str, value: bool) -> OxmlElement:
    el = OxmlElement(f"w:{tag}")
    if not value:
        el.set(qn("w:val"), "0")
    return el


def build_rpr(props: dict, rpr: OxmlElement | None = None) -> OxmlElement:
    """Return a w:rPr holding props (keys: rStyle b bCs i iCs color sz szCs highlight u shd ea)."""
    rpr = rpr if rpr is not None else OxmlElement("w:rPr")
    for child in list(rpr):
        rpr.remove(child)
    for key in RPR_ORDER:
        if key == "rFonts":
            if "ea" in props:
                el = OxmlElement("w:rFonts")
                el.set(qn("w:ascii"), "Times New Roman")
                el.set(qn("w:hAnsi"), "Times New Roman")
                el.set(qn("w:eastAsia"), props["ea"])
                rpr.append(el)
            continue
        if key not in props:
            continue
        value = props[key]
        if key in ("b", "bCs", "i", "iCs"):
            rpr.append(_on_off(key, bool(value)))
            continue
        el = OxmlElement(f"w:{key}")
        if key == "shd":
            el.set(qn("w:val"), "clear")
            el.set(qn("w:color"), "auto")
            el.set(qn("w:fill"), value)
        elif key in ("sz", "szCs"):
            el.set(qn("w:val"), str(int(value)))
        else:
            el.set(qn("w:val"), str(value))
        rpr.append(el)
    return rpr


def set_doc_defaults(doc, props: dict) -> None:
    styles = doc.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    merged = {"ea": "宋体", **props}
    if "sz" in merged and "szCs" not in merged:
        merged["szCs"] = merged["sz"]
    build_rpr(merged, rpr)


def style_rpr(style, props: dict) -> None:
    el = style.element
    old = el.find(qn("w:rPr"))
    if old is not None:
        el.remove(old)
    if props:
        el.append(build_rpr(props))  # w:rPr is the last child we need (after pPr)


def add_styles(doc, specs: list[dict]) -> None:
    for spec in specs:
        kind = WD_STYLE_TYPE.CHARACTER if spec["type"] == "character" else WD_STYLE_TYPE.PARAGRAPH
        style = doc.styles.add_style(spec["id"], kind)
        if spec.get("based"):
            style.base_style = doc.styles[spec["based"]]
        if kind == WD_STYLE_TYPE.PARAGRAPH and spec.get("keep_next"):
            style.paragraph_format.keep_with_next = True
        style_rpr(style, spec.get("rpr", {}))


def add_numbering(doc, specs: list[dict]) -> None:
    if not specs:
        return
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for spec in specs:
        absn = OxmlElement("w:abstractNum")
        absn.set(qn("w:abstractNumId"), str(spec["id"]))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        absn.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("start", "1"), ("numFmt", spec["fmt"]), ("lvlText", spec["text"]), ("lvlJc", "left")):
            el = OxmlElement(f"w:{tag}")
            el.set(qn("w:val"), val)
            lvl.append(el)
        if spec.get("rpr"):
            lvl.append(build_rpr(spec["rpr"]))
        absn.append(lvl)
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(spec["id"]))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(spec["id"]))
        num.append(ref)
        numbering.append(num)


def fill_paragraph(doc, par, spec: dict) -> None:
    if spec.get("style"):
        par.style = doc.styles[spec["style"]]
    if spec.get("align") == "center":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if spec.get("num") is not None:
        numpr = par._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = spec["num"]
    if spec.get("pmark"):
        par._p.get_or_add_pPr().append(build_rpr(spec["pmark"]))
    for run_spec in spec["runs"]:
        run = par.add_run(run_spec["text"])
        props = {k: v for k, v in run_spec.items() if k != "text"}
        if props:
            run._r.insert(0, build_rpr(props))


def build(doc_spec: dict) -> bytes:
    doc = Document()
    cp = doc.core_properties
    cp.title = doc_spec["title"]
    cp.author = "xiaobao s15-fresh-i"
    cp.last_modified_by = "xiaobao s15-fresh-i"
    cp.comments = ""
    cp.revision = 1
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    set_doc_defaults(doc, doc_spec.get("defaults", {"sz": 21}))
    style_rpr(doc.styles["Normal"], doc_spec.get("normal", {}))
    add_styles(doc, doc_spec.get("styles", []))
    add_numbering(doc, doc_spec.get("numbering", []))
    for block in doc_spec["body"]:
        if "table" in block:
            rows = block["table"]
            table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            table.style = doc.styles["Table Grid"]
            for i, row in enumerate(rows):
                for j, cell_pars in enumerate(row):
                    cell = table.cell(i, j)
                    for k, pspec in enumerate(cell_pars):
                        par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                        fill_paragraph(doc, par, pspec)
        else:
            fill_paragraph(doc, doc.add_paragraph(), block)
    raw = io.BytesIO()
    doc.save(raw)
    return normalise_zip(raw.getvalue())


def normalise_zip(data: bytes) -> bytes:
    src_zip = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src_zip.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            dst.writestr(info, src_zip.read(name))
    return out.getvalue()


def labels() -> str:
    lines = []
    for d in src.DOCS:
        missing = [c for c in src.SECTION_ORDER if c in d["missing"]]
        present = [c for c in src.SECTION_ORDER if c not in d["missing"]]
        lines.append(json.dumps({"file": d["file"], "exclusions_emphasized": d["emphasized"],
                                 "sections_present": present, "sections_missing": missing},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def write_all(folder: Path) -> None:
    for d in src.DOCS:
        (folder / d["file"]).write_bytes(build(d))
    (folder / "labels.jsonl").write_text(labels(), encoding="utf-8")


def main(argv: list[str]) -> int:
    if "--check" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            write_all(Path(tmp))
            bad = [d["file"] for d in src.DOCS
                   if (Path(tmp) / d["file"]).read_bytes() != (HERE / d["file"]).read_bytes()]
            if (Path(tmp) / "labels.jsonl").read_bytes() != (HERE / "labels.jsonl").read_bytes():
                bad.append("labels.jsonl")
        print("rebuild byte-identical" if not bad else f"rebuild differs: {bad}")
        return 1 if bad else 0
    write_all(HERE)
    print(f"wrote {len(src.DOCS)} documents and labels.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

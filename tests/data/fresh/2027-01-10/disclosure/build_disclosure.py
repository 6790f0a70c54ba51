"""Build the blind 2027-01-10 disclosure documents (.docx) and labels.jsonl.

Every clause text below is written by hand for this set; insurers and registration numbers are fictional.
python-docx builds the package, paragraphs, tables, styles and core properties; the run-property XML
(schema order, complex-script properties, shading, paragraph-mark properties, numbering) is written here.

Usage (from the repository root, with the project venv):
    .venv/bin/python tests/data/fresh/2027-01-10/disclosure/build_disclosure.py            # write files
    .venv/bin/python tests/data/fresh/2027-01-10/disclosure/build_disclosure.py --rebuild  # byte check
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2027, 1, 10, 9, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (2027, 1, 10, 9, 0, 0)
RPR_ORDER = ["rStyle", "b", "bCs", "i", "iCs", "color", "sz", "szCs", "highlight", "u", "shd"]

def rpr_children(flags: str) -> list[Any]:
    """Run-property elements for a flag string, in schema order."""
    made: dict[str, Any] = {}
    for flag in flags.split():
        if flag.startswith("cs="):
            el = OxmlElement("w:rStyle")
            el.set(qn("w:val"), flag[3:])
            made["rStyle"] = el
        elif flag in ("b", "b0", "i", "bcs"):
            tag = {"b": "b", "b0": "b", "i": "i", "bcs": "bCs"}[flag]
            el = OxmlElement("w:" + tag)
            if flag == "b0":
                el.set(qn("w:val"), "0")
            made[tag] = el
        elif flag == "red":
            el = OxmlElement("w:color")
            el.set(qn("w:val"), "C00000")
            made["color"] = el
        elif flag.startswith("szcs"):
            el = OxmlElement("w:szCs")
            el.set(qn("w:val"), flag[4:])
            made["szCs"] = el
        elif flag.startswith("s") and flag[1:].isdigit():
            el = OxmlElement("w:sz")
            el.set(qn("w:val"), flag[1:])
            made["sz"] = el
        elif flag == "hl":
            el = OxmlElement("w:highlight")
            el.set(qn("w:val"), "yellow")
            made["highlight"] = el
        elif flag.startswith("u"):
            el = OxmlElement("w:u")
            el.set(qn("w:val"), {"u": "single", "ud": "double", "uw": "wave", "udot": "dotted", "u0": "none"}[flag])
            made["u"] = el
        elif flag == "shd":
            el = OxmlElement("w:shd")
            el.set(qn("w:val"), "clear")
            el.set(qn("w:color"), "auto")
            el.set(qn("w:fill"), "D9D9D9")
            made["shd"] = el
        else:
            raise ValueError(flag)
    return [made[k] for k in RPR_ORDER if k in made]


def new_rpr(flags: str) -> Any:
    rpr = OxmlElement("w:rPr")
    for child in rpr_children(flags):
        rpr.append(child)
    return rpr


def add_paragraph(container: Any, spec: dict[str, Any]) -> None:
    para = container.add_paragraph()
    if spec["style"]:
        para.style = spec["style"]
    if spec["num"] is not None:
        ppr = para._p.get_or_add_pPr()
        numpr = ppr.get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = spec["num"]
    if spec["pm"]:
        para._p.get_or_add_pPr().append(new_rpr(spec["pm"]))
    for text, flags in spec["runs"]:
        run = para.add_run(text)
        if flags:
            run._r.insert(0, new_rpr(flags))


def add_numbering(document: Any, lvl_flags: str) -> int:
    """A decimal list '（%1）' whose level run properties (number label only) are lvl_flags; returns numId."""
    numbering = document.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:lvlText", "（%1）"), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    lvl.append(new_rpr(lvl_flags))
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    return 90


def build(doc_spec: dict[str, Any]) -> bytes:
    document = docx.Document()
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    defaults.find(qn("w:sz")).set(qn("w:val"), str(doc_spec["default_sz"]))
    defaults.find(qn("w:szCs")).set(qn("w:val"), str(doc_spec["default_sz"]))
    for name, kind, base, flags in doc_spec["styles"]:
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH if kind == "p" else WD_STYLE_TYPE.CHARACTER)
        if base:
            st.base_style = styles[base]
        elif kind == "p":
            # a paragraph style with no basedOn at all: resolves against docDefaults only
            based = st.element.find(qn("w:basedOn"))
            if based is not None:
                st.element.remove(based)
        if flags:
            st.element.append(new_rpr(flags))
    if doc_spec.get("normal"):
        styles["Normal"].element.append(new_rpr(doc_spec["normal"]))
    if "numbering" in doc_spec:
        add_numbering(document, doc_spec["numbering"])
    for block in doc_spec["body"]:
        if block.get("table"):
            rows = block["table"]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell_spec in enumerate(row):
                    cell = table.cell(r, c)
                    cell._tc.remove(cell.paragraphs[0]._p)
                    add_paragraph(cell, cell_spec)
        else:
            add_paragraph(document, block)
    cp = document.core_properties
    cp.title = doc_spec["title"]
    cp.author = "xiaobao fresh 2027-01-10"
    cp.last_modified_by = "xiaobao fresh 2027-01-10"
    cp.revision = 1
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    raw = io.BytesIO()
    document.save(raw)
    return normalise_zip(raw.getvalue())


def normalise_zip(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from docs_text import DOCS  # noqa: E402  (hand-written clause texts)


def write_all(target: Path) -> list[dict[str, Any]]:
    labels = []
    for spec in DOCS:
        (target / spec["file"]).write_bytes(build(spec))
        labels.append({k: spec[k] for k in ("file", "exclusions_emphasized", "sections_present", "sections_missing")})
    with open(target / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    return labels


def main() -> int:
    if "--rebuild" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            write_all(Path(tmp))
            bad = [
                p.name
                for p in sorted(Path(tmp).iterdir())
                if not (HERE / p.name).exists() or (HERE / p.name).read_bytes() != p.read_bytes()
            ]
        print("rebuild identical" if not bad else f"rebuild differs: {bad}")
        return 1 if bad else 0
    labels = write_all(HERE)
    print(f"wrote {len(labels)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())

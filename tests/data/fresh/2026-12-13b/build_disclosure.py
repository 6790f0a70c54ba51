"""Build the blind 2026-12-13b disclosure set: clause documents (.docx), labels.jsonl and a manifest.

Clause texts are written by hand for this set (fictional insurers and registration numbers). Each document
declares how its exclusion clauses carry (or only seem to carry) emphasis; `validate_disclosure.py`
recomputes every label from the XML the way Word resolves run properties. Output is byte-identical on every
run: fixed core properties, fixed zip timestamps, fixed member order.

    .venv/bin/python tests/data/fresh/2026-12-13b/build_disclosure.py [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2026, 12, 1, 9, 30, 0)  # noqa: DTZ001 - core properties are stored naive (UTC)
ZIP_TIME = (2026, 12, 1, 9, 30, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SECTIONS = (
    "INSURED_SCOPE",
    "COVERAGE",
    "EXCLUSIONS",
    "SUM_INSURED",
    "PREMIUM",
    "PERIOD",
    "CLAIMS",
    "DISPUTES",
    "DEFINITIONS",
)
RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "color", "sz", "szCs", "highlight", "u", "shd")

Props = dict[str, Any]


def fill_rpr(rpr: Any, props: Props) -> None:
    """Replace the children of a w:rPr element by `props`, in schema order."""
    for child in list(rpr):
        rpr.remove(child)
    for key in RPR_ORDER:
        if key not in props:
            continue
        val = props[key]
        el = OxmlElement(f"w:{key}")
        if key in ("b", "bCs", "i", "iCs", "caps"):
            if val is False:
                el.set(qn("w:val"), "0")
        elif key == "shd":
            el.set(qn("w:val"), "clear")
            el.set(qn("w:color"), "auto")
            el.set(qn("w:fill"), str(val))
        elif key == "rFonts":
            el.set(qn("w:eastAsia"), str(val))
            el.set(qn("w:hint"), "eastAsia")
        else:
            el.set(qn("w:val"), str(val))
        rpr.append(el)


def P(  # noqa: N802
    text: str | list[tuple[str, Props]], r: Props | None = None, style: str | None = None, mark: Props | None = None
) -> dict[str, Any]:
    """A body paragraph (not an exclusion clause); a list of (text, props) gives run-in labels and mixed runs."""
    runs = [(text, r or {})] if isinstance(text, str) else text
    return {"kind": "p", "runs": runs, "style": style, "mark": mark}


def H(text: str) -> dict[str, Any]:  # noqa: N802
    """A heading, formatted the way the document formats headings."""
    return {"kind": "h", "text": text}


def T(text: str) -> dict[str, Any]:  # noqa: N802
    """The document title."""
    return {"kind": "t", "text": text}


def X(  # noqa: N802
    text: str | list[tuple[str, Props]],
    r: Props | None = None,
    style: str | None = None,
    num: int | None = None,
    mark: Props | None = None,
) -> dict[str, Any]:
    """An exclusion clause paragraph: its body is what the emphasis label is about."""
    runs = [(text, r or {})] if isinstance(text, str) else text
    return {"kind": "x", "runs": runs, "style": style, "num": num, "mark": mark}


def XT(rows: list[tuple[str, str]], r: Props | None = None, style: str | None = None) -> dict[str, Any]:  # noqa: N802
    """Exclusion clauses in a two-column table (number, clause); the clause cells are exclusion clauses."""
    return {"kind": "xt", "rows": rows, "r": r or {}, "style": style}


def _numbering(document: Any, num_id: int, fmt: str, lvl_rpr: Props | None) -> None:
    numbering = document.part.numbering_part.element
    abstract_id = 90 + num_id
    rpr = ""
    if lvl_rpr:
        tmp = OxmlElement("w:rPr")
        fill_rpr(tmp, lvl_rpr)
        rpr = tmp.xml if isinstance(tmp.xml, str) else tmp.xml.decode()
        rpr = rpr.replace(f' xmlns:w="{W_NS}"', "")
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{"（%1）" if fmt == "chineseCounting" else "%1."}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr>'
        f"{rpr}</w:lvl></w:abstractNum>"
    )
    num = parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    existing = numbering.findall(qn("w:abstractNum"))
    if existing:
        existing[-1].addnext(abstract)
    else:
        numbering.insert(0, abstract)
    numbering.append(num)


def _set_num(paragraph: Any, num_id: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def _set_mark(paragraph: Any, props: Props) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    fill_rpr(rpr, props)
    ppr.append(rpr)


def _add_runs(paragraph: Any, runs: Iterable[tuple[str, Props]]) -> None:
    for text, props in runs:
        run = paragraph.add_run(text)
        if props:
            fill_rpr(run._r.get_or_add_rPr(), props)


def build(spec: dict[str, Any]) -> tuple[bytes, list[str], str]:
    """Return (docx bytes, exclusion-clause prefixes, full text) for one document spec."""
    document = docx.Document()
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for key in ("sz", "szCs"):
        el = defaults.find(qn(f"w:{key}"))
        el.set(qn("w:val"), str(spec.get("default_sz", 22)))
    if "normal" in spec:
        fill_rpr(styles["Normal"].element.get_or_add_rPr(), spec["normal"])
    made: dict[str, Any] = {}
    for sid, cname, kind, base, props in spec.get("styles", []):
        st = styles.add_style(sid, WD_STYLE_TYPE.PARAGRAPH if kind == "p" else WD_STYLE_TYPE.CHARACTER)
        st.name = cname
        if base is not None:
            st.base_style = made[base] if base in made else styles[base]
        if base is None and kind == "p":
            based = st.element.find(qn("w:basedOn"))
            if based is not None:
                st.element.remove(based)
        if props:
            fill_rpr(st.element.get_or_add_rPr(), props)
        made[sid] = st
    for num_id, fmt, lvl_rpr in spec.get("numbering", []):
        _numbering(document, num_id, fmt, lvl_rpr)

    def style_of(name: str | None) -> Any:
        return None if name is None else (made[name] if name in made else styles[name])

    prefixes: list[str] = []
    texts: list[str] = []
    heading = spec.get("heading", "Heading 1")
    for block in spec["body"]:
        kind = block["kind"]
        if kind == "t":
            p = document.add_paragraph(style=spec.get("title_style", "Title"))
            _add_runs(p, [(block["text"], spec.get("title_r", {}))])
            texts.append(block["text"])
        elif kind == "h":
            if heading == "direct-bold":
                p = document.add_paragraph()
                _add_runs(p, [(block["text"], {"b": True})])
            else:
                p = document.add_paragraph(style=style_of(heading))
                _add_runs(p, [(block["text"], {})])
            texts.append(block["text"])
        elif kind in ("p", "x"):
            p = document.add_paragraph(style=style_of(block["style"]))
            if block.get("num") is not None:
                _set_num(p, block["num"])
            if block.get("mark"):
                _set_mark(p, block["mark"])
            _add_runs(p, block["runs"])
            text = "".join(t for t, _ in block["runs"])
            texts.append(text)
            if kind == "x":
                prefixes.append(text[:14])
        elif kind == "xt":
            table = document.add_table(rows=len(block["rows"]), cols=2)
            table.style = styles["Table Grid"]
            for row, (no, text) in zip(table.rows, block["rows"], strict=True):
                row.cells[0].paragraphs[0].add_run(no)
                cell_p = row.cells[1].paragraphs[0]
                if block["style"]:
                    cell_p.style = style_of(block["style"])
                _add_runs(cell_p, [(text, block["r"])])
                texts.append(no + text)
                prefixes.append(text[:14])
    core = document.core_properties
    core.author = spec["insurer"] + "条款管理部"
    core.last_modified_by = spec["insurer"] + "条款管理部"
    core.title = spec["body"][0]["text"]
    core.created = FIXED_TIME
    core.modified = FIXED_TIME
    core.last_printed = FIXED_TIME
    core.revision = 3
    raw = io.BytesIO()
    document.save(raw)
    return _normalise_zip(raw.getvalue()), prefixes, "\n".join(texts)


def _normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def write_all(out_dir: Path) -> None:
    from disclosure_docs import DOCS

    out_dir.mkdir(parents=True, exist_ok=True)
    labels: list[str] = []
    manifest: dict[str, Any] = {}
    for spec in DOCS:
        data, prefixes, text = build(spec)
        (out_dir / spec["file"]).write_bytes(data)
        for code, snippet in spec["sections"].items():
            if code not in SECTIONS:
                raise SystemExit(f"{spec['file']}: unknown section {code}")
            if snippet not in text:
                raise SystemExit(f"{spec['file']}: section snippet {snippet!r} not in the text")
        present = [c for c in SECTIONS if c in spec["sections"]]
        labels.append(
            json.dumps(
                {
                    "file": spec["file"],
                    "exclusions_emphasized": spec["emphasized"],
                    "sections_present": present,
                    "sections_missing": [c for c in SECTIONS if c not in present],
                },
                ensure_ascii=False,
            )
        )
        manifest[spec["file"]] = {"exclusion_prefixes": prefixes, "sections": spec["sections"], "how": spec["how"]}
    (out_dir / "labels.jsonl").write_text("\n".join(labels) + "\n", encoding="utf-8")
    (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=HERE / "disclosure")
    args = parser.parse_args()
    write_all(args.out)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    main()

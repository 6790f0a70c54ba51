"""Recompute every label of tests/data/fresh/2026-12-31/disclosure/labels.jsonl from the documents' XML.

Standard library only (zipfile + ElementTree).  The author's statement of which text is the body of each
exclusion clause, and which heading text makes each section present, is disclosure_manifest.json (written
by build_disclosure.py); everything about formatting is resolved here from word/styles.xml and
word/document.xml, the way Word resolves it:

  docDefaults -> table style (+ its firstRow conditional format on the first row when tblLook enables it)
  -> paragraph style and its basedOn chain -> character style and its basedOn chain -> direct run properties.

A character counts as emphasised when it is bold (w:b), underlined (w:u other than "none") or larger (w:sz)
than the body size, the size held by most non-blank characters.  w:bCs / w:szCs, paragraph-mark properties
(w:pPr/w:rPr), numbering-level properties (they format the number only), colour, highlight, shading,
italics and fonts do not count.  Bold is a toggle property: the set never declares bold "on" at two style
levels for the same run (where Word's XOR rule and a plain cascade would disagree); this script checks it.

Usage: python validate_disclosure.py     (exit status 1 on any mismatch)
"""

from __future__ import annotations

import json
import sys
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "disclosure"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
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
Props = dict[str, object]


def _on(el: ET.Element) -> bool:
    return el.get(W + "val", "true").lower() not in ("0", "false", "off")


def props_of(rpr: ET.Element | None) -> Props:
    out: Props = {}
    if rpr is None:
        return out
    b = rpr.find(W + "b")
    if b is not None:
        out["b"] = _on(b)
    u = rpr.find(W + "u")
    if u is not None:
        out["u"] = u.get(W + "val", "single") != "none"
    sz = rpr.find(W + "sz")
    if sz is not None:
        out["sz"] = int(sz.get(W + "val", "0"))
    return out


class Styles:
    def __init__(self, root: ET.Element) -> None:
        self.by_id: dict[str, ET.Element] = {}
        self.default: dict[str, str] = {}
        for st in root.findall(W + "style"):
            sid = st.get(W + "styleId", "")
            self.by_id[sid] = st
            if st.get(W + "default") in ("1", "true", "on"):
                self.default[st.get(W + "type", "")] = sid
        self.doc_defaults = props_of(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
        if "b" in self.doc_defaults:
            raise ValueError("bold in docDefaults: toggle semantics would matter")

    def chain(self, sid: str | None) -> list[ET.Element]:
        out: list[ET.Element] = []
        while sid and sid in self.by_id and len(out) < 20:
            st = self.by_id[sid]
            out.append(st)
            based = st.find(W + "basedOn")
            sid = based.get(W + "val") if based is not None else None
        return list(reversed(out))

    def resolved(self, sid: str | None, conditional: str | None = None) -> Props:
        out: Props = {}
        for st in self.chain(sid):
            out.update(props_of(st.find(W + "rPr")))
            if conditional:
                for cond in st.findall(W + "tblStylePr"):
                    if cond.get(W + "type") == conditional:
                        out.update(props_of(cond.find(W + "rPr")))
        return out


def paragraphs(doc: ET.Element) -> list[tuple[ET.Element, str | None, bool]]:
    """(w:p, table style id or None, first row of a table with tblLook firstRow) in document order."""
    out: list[tuple[ET.Element, str | None, bool]] = []
    body = doc.find(W + "body")
    assert body is not None
    for child in body:
        if child.tag == W + "p":
            out.append((child, None, False))
        elif child.tag == W + "tbl":
            tbl_pr = child.find(W + "tblPr")
            tsid, first = None, False
            if tbl_pr is not None:
                ts = tbl_pr.find(W + "tblStyle")
                tsid = ts.get(W + "val") if ts is not None else None
                look = tbl_pr.find(W + "tblLook")
                first = look is not None and look.get(W + "firstRow") in ("1", "true", "on")
            for r, tr in enumerate(child.findall(W + "tr")):
                for tc in tr.findall(W + "tc"):
                    out.extend((p, tsid, first and r == 0) for p in tc.findall(W + "p"))
    return out


def analyse(path: Path) -> tuple[list[str], list[list[Props]]]:
    with zipfile.ZipFile(path) as z:
        styles = Styles(ET.fromstring(z.read("word/styles.xml")))
        doc = ET.fromstring(z.read("word/document.xml"))
    texts: list[str] = []
    fmts: list[list[Props]] = []
    for p, tsid, first_row in paragraphs(doc):
        ppr = p.find(W + "pPr")
        ps = ppr.find(W + "pStyle") if ppr is not None else None
        psid = ps.get(W + "val") if ps is not None else styles.default.get("paragraph")
        table = styles.resolved(tsid, "firstRow" if first_row else None) if tsid else {}
        para = styles.resolved(psid)
        text, fmt = "", []
        for r in p.findall(W + "r"):
            rpr = r.find(W + "rPr")
            rs = rpr.find(W + "rStyle") if rpr is not None else None
            char = styles.resolved(rs.get(W + "val")) if rs is not None else {}
            if sum(1 for level in (table, para, char) if level.get("b") is True) > 1:
                raise ValueError(f"{path.name}: bold on at two style levels (toggle ambiguity)")
            eff: Props = dict(styles.doc_defaults)
            for level in (table, para, char, props_of(rpr)):
                eff.update(level)
            for t in r:
                if t.tag == W + "t":
                    text += t.text or ""
                    fmt += [eff] * len(t.text or "")
                elif t.tag == W + "tab":
                    text += "\t"
                    fmt.append(eff)
        texts.append(text)
        fmts.append(fmt)
    return texts, fmts


def main() -> int:
    labels = {json.loads(x)["file"]: json.loads(x) for x in (FOLDER / "labels.jsonl").read_text("utf-8").splitlines()}
    manifest = {m["file"]: m for m in json.loads((HERE / "disclosure_manifest.json").read_text("utf-8"))}
    errors: list[str] = []
    files = sorted(p.name for p in FOLDER.glob("*.docx"))
    if files != sorted(labels) or files != sorted(manifest):
        errors.append("documents, labels and manifest list different files")
    for name in files:
        texts, fmts = analyse(FOLDER / name)
        sizes = Counter(
            f.get("sz", 20)
            for text, fmt in zip(texts, fmts, strict=True)
            for ch, f in zip(text, fmt, strict=True)
            if not ch.isspace()
        )
        body = sizes.most_common(1)[0][0]
        clauses = []
        for clause in manifest[name]["exclusion_bodies"]:
            hits = [(i, t.find(clause)) for i, t in enumerate(texts) if clause in t]
            if len(hits) != 1:
                errors.append(f"{name}: exclusion body found {len(hits)} times: {clause[:20]}…")
                continue
            i, start = hits[0]
            ok = all(
                ch.isspace() or f.get("b") is True or f.get("u") is True or int(str(f.get("sz", 20))) > body
                for ch, f in zip(clause, fmts[i][start : start + len(clause)], strict=True)
            )
            clauses.append(ok)
        emphasized = bool(clauses) and all(clauses)
        present = []
        for code in SECTIONS:
            keys = manifest[name]["section_headings"].get(code, [])
            if keys and all(any(0 <= t.find(k) <= 8 for t in texts) for k in keys):
                present.append(code)
            elif keys:
                errors.append(f"{name}: heading for {code} not found")
        got = {
            "file": name,
            "exclusions_emphasized": emphasized,
            "sections_present": present,
            "sections_missing": [s for s in SECTIONS if s not in present],
        }
        if got != labels[name]:
            errors.append(f"{name}: label {labels[name]} but XML gives {got}")
        marks = "".join("+" if c else "-" for c in clauses)
        print(
            f"{name:30} body {body / 2:>4} pt  clauses {marks:8} emphasised={emphasized!s:5} "
            f"missing={got['sections_missing']}"
        )
    n_true = sum(1 for r in labels.values() if r["exclusions_emphasized"])
    n_missing = sum(1 for r in labels.values() if r["sections_missing"])
    print(
        f"{len(labels)} documents: {n_true} emphasised, {len(labels) - n_true} not; {n_missing} with missing sections"
    )
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

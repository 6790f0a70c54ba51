"""Recompute every label of the 2027-01-04 disclosure set from the .docx XML (standard library only).

For each document in disclosure_source.py:
- every paragraph of the source is found, in order, in word/document.xml (body and table cells);
- body size = the dominant resolved w:sz over all non-space characters of the document;
- each run of every exclusion-clause body (source paragraphs with excl=True) is resolved the way Word
  does: direct run properties, then the character style and its basedOn chain, then the paragraph style
  (or the default paragraph style) and its basedOn chain, then docDefaults. Numbering-level properties
  only format the number, paragraph-mark properties (pPr/rPr) only the mark, complex-script properties
  (bCs, szCs) only complex-script text: none of them reaches the Chinese clause text.
  A character is emphasised when it is bold, underlined (any w:u value except none) or larger than the
  body size; a document's exclusions are emphasised when every non-space character of every exclusion
  body is, and there is at least one exclusion body (no exclusion clause at all -> false);
- sections present = the codes of the source's headings and run-in labels found in the XML;
- the recomputed labels must equal labels.jsonl and the author's hand-written labels in the source.
A bold toggle set both in a paragraph style chain and a character style chain (which Word XORs) is
reported as an error, so that no label depends on that rule.

Usage: python validate_disclosure.py [--rebuild]
  --rebuild also runs make_disclosure.py --check (needs python-docx: /work/main/.venv/bin/python).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import disclosure_source as src  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
OFF = {"0", "false", "off"}


def _val(el: ET.Element | None) -> str | None:
    return None if el is None else el.get(W + "val")


def _props(rpr: ET.Element | None) -> dict:
    """The emphasis-relevant properties a w:rPr sets (missing keys: not set here)."""
    out: dict = {}
    if rpr is None:
        return out
    b = rpr.find(W + "b")
    if b is not None:
        out["b"] = (_val(b) or "1").lower() not in OFF
    u = rpr.find(W + "u")
    if u is not None:
        out["u"] = (_val(u) or "single") != "none"
    sz = rpr.find(W + "sz")
    if sz is not None and _val(sz):
        out["sz"] = int(_val(sz))  # type: ignore[arg-type]
    return out


class Styles:
    def __init__(self, xml: bytes) -> None:
        root = ET.fromstring(xml)
        dd = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.defaults = _props(dd)
        self.styles: dict[str, ET.Element] = {}
        self.default_para: str | None = None
        for st in root.findall(W + "style"):
            sid = st.get(W + "styleId")
            self.styles[sid] = st  # type: ignore[index]
            if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true"):
                self.default_para = sid

    def chain(self, sid: str | None) -> dict:
        """Properties of a style resolved through basedOn (nearest definition wins)."""
        out: dict = {}
        seen = set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            st = self.styles[sid]
            for k, v in _props(st.find(W + "rPr")).items():
                out.setdefault(k, v)
            sid = _val(st.find(W + "basedOn"))
        return out


def paragraphs(doc_xml: bytes) -> list[dict]:
    root = ET.fromstring(doc_xml)
    body = root.find(W + "body")
    out = []
    for p in body.iter(W + "p"):  # document order, including table cells
        ppr = p.find(W + "pPr")
        pstyle = _val(ppr.find(W + "pStyle")) if ppr is not None else None
        runs = []
        for r in p.findall(W + "r"):
            text = "".join(t.text or "" for t in r.findall(W + "t"))
            rpr = r.find(W + "rPr")
            rstyle = _val(rpr.find(W + "rStyle")) if rpr is not None else None
            runs.append({"text": text, "direct": _props(rpr), "rstyle": rstyle})
        out.append({"pstyle": pstyle, "runs": runs, "text": "".join(r["text"] for r in runs)})
    return out


def resolve(styles: Styles, par: dict, run: dict, errors: list[str]) -> dict:
    pchain = styles.chain(par["pstyle"] or styles.default_para)
    cchain = styles.chain(run["rstyle"])
    if "b" not in run["direct"] and pchain.get("b") and cchain.get("b"):
        errors.append(f"bold set in both paragraph and character style chains: {run['text'][:20]}")
    out = dict(styles.defaults)
    out.update(pchain)
    out.update(cchain)
    out.update(run["direct"])
    return out


def check_document(spec: dict) -> tuple[dict, list[str]]:
    errors: list[str] = []
    with zipfile.ZipFile(HERE / spec["file"]) as z:
        styles = Styles(z.read("word/styles.xml"))
        pars = paragraphs(z.read("word/document.xml"))
    sizes: Counter[int] = Counter()
    resolved_pars = []
    for par in pars:
        rs = []
        for run in par["runs"]:
            props = resolve(styles, par, run, errors)
            n = sum(1 for ch in run["text"] if not ch.isspace())
            sizes[props.get("sz", 20)] += n  # Word's built-in default is 10 pt
            rs.append((run, props))
        resolved_pars.append(rs)
    body_size = sizes.most_common(1)[0][0]
    src_pars = []
    for block in spec["body"]:
        if "table" in block:
            for row in block["table"]:
                for cell in row:
                    src_pars.extend(cell)
        else:
            src_pars.append(block)
    texts = [p["text"] for p in pars]
    pos = 0
    present: set[str] = set()
    excl_total = 0
    excl_ok = 0
    for sp in src_pars:
        want = "".join(r["text"] for r in sp["runs"])
        try:
            idx = texts.index(want, pos)
        except ValueError:
            errors.append(f"paragraph not found in XML: {want[:30]}")
            continue
        pos = idx + 1
        present.update(sp["sec"])
        if sp["excl"]:
            excl_total += 1
            emph = all(
                props.get("b") or props.get("u") or props.get("sz", 20) > body_size
                for run, props in resolved_pars[idx] if run["text"].strip()
            )
            excl_ok += emph
    emphasized = excl_total > 0 and excl_ok == excl_total
    label = {
        "file": spec["file"],
        "exclusions_emphasized": emphasized,
        "sections_present": [c for c in src.SECTION_ORDER if c in present],
        "sections_missing": [c for c in src.SECTION_ORDER if c not in present],
    }
    info = {"body_size": body_size, "excl_total": excl_total, "excl_ok": excl_ok}
    return {"label": label, "info": info}, errors


def main(argv: list[str]) -> int:
    errors: list[str] = []
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    by_file = {lab["file"]: lab for lab in labels}
    if len(by_file) != len(labels) or set(by_file) != {d["file"] for d in src.DOCS}:
        errors.append("labels.jsonl files differ from the source's documents")
    errors.extend(
        f"labels.jsonl: a record lacks {key}"
        for key in ("file", "exclusions_emphasized", "sections_present", "sections_missing")
        if any(key not in lab for lab in labels)
    )
    counts: Counter[str] = Counter()
    for spec in src.DOCS:
        result, errs = check_document(spec)
        label, info = result["label"], result["info"]
        errors.extend(f"{spec['file']}: {e}" for e in errs)
        if by_file.get(spec["file"]) != label:
            errors.append(f"{spec['file']}: labels.jsonl {by_file.get(spec['file'])} != recomputed {label}")
        if label["exclusions_emphasized"] != spec["emphasized"] or set(label["sections_missing"]) != set(spec["missing"]):
            errors.append(f"{spec['file']}: recomputed {label} differs from the author's labels")
        counts["emphasized" if label["exclusions_emphasized"] else "not emphasized"] += 1
        counts["with missing sections" if label["sections_missing"] else "complete"] += 1
        for c in label["sections_missing"]:
            counts["missing " + c] += 1
        print(f"{spec['file']:34s} body sz {info['body_size']:3d}  exclusion bodies {info['excl_ok']}/{info['excl_total']} "
              f"emphasised -> {label['exclusions_emphasized']!s:5s}  missing {','.join(label['sections_missing']) or '-'}")
    print(dict(sorted(counts.items())))
    if "--rebuild" in argv:
        py = os.environ.get("XIAOBAO_DOCX_PYTHON", "/work/main/.venv/bin/python")
        rc = subprocess.call([py, str(HERE / "make_disclosure.py"), "--check"])
        if rc:
            errors.append("make_disclosure.py --check failed")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Recompute every disclosure label from the .docx XML and compare with labels.jsonl (standard library).

Emphasis is resolved the way Word does for the properties that count: document defaults, then the
paragraph style and its basedOn chain (the default paragraph style when none is named), then the
character style chain, then direct run properties. Bold = w:b (not w:bCs), underline = w:u other than
"none", larger = w:sz above the body size, the dominant resolved w:sz weighted by characters. Colour,
highlight, shading, italics, complex-script properties, numbering-level and paragraph-mark properties
do not count. A bold toggle set in both the paragraph-style and character-style chains is reported as
ambiguous (Word would XOR it); the set avoids it.

Which paragraphs are exclusion clause bodies (role "X") and which texts open each section come from
disclosure_specs.py; every paragraph's text is checked against the XML in document order.
Usage: validate_disclosure.py [--rebuild]   (--rebuild: regenerate in a temp dir, compare bytes)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import disclosure_specs as specs  # noqa: E402

NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADING_WORDS = {"COVERAGE": ["保险责任"], "EXCLUSIONS": ["责任免除", "除外责任", "不保事项"], "SUM_INSURED": ["保险金额", "限额"],
                 "PREMIUM": ["保险费"], "PERIOD": ["保险期间", "责任起讫"], "CLAIMS": ["赔偿处理", "保险金申请", "保险金的申请", "理赔"],
                 "DISPUTES": ["争议"], "DEFINITIONS": ["释义"]}


def val(el: ET.Element | None) -> str | None:
    return None if el is None else el.get(f"{NS}val")


def toggle(el: ET.Element | None) -> bool | None:
    if el is None:
        return None
    v = val(el)
    return v is None or v.lower() in {"1", "true", "on"}


def read_rpr(rpr: ET.Element | None) -> dict:
    out: dict = {}
    if rpr is None:
        return out
    b = toggle(rpr.find(f"{NS}b"))
    if b is not None:
        out["b"] = b
    u = rpr.find(f"{NS}u")
    if u is not None:
        out["u"] = val(u) or "single"
    sz = rpr.find(f"{NS}sz")
    if sz is not None:
        out["sz"] = int(val(sz) or 0)
    return out


class Styles:
    def __init__(self, xml: bytes) -> None:
        root = ET.fromstring(xml)
        self.defaults = read_rpr(root.find(f"{NS}docDefaults/{NS}rPrDefault/{NS}rPr"))
        self.styles: dict[str, dict] = {}
        self.default_para: str | None = None
        for st in root.findall(f"{NS}style"):
            sid = st.get(f"{NS}styleId")
            assert sid
            kind = st.get(f"{NS}type")
            self.styles[sid] = {"type": kind, "based": val(st.find(f"{NS}basedOn")),
                                "rpr": read_rpr(st.find(f"{NS}rPr"))}
            if kind == "paragraph" and st.get(f"{NS}default") in {"1", "true"}:
                self.default_para = sid

    def chain(self, sid: str | None) -> dict:
        props: dict = {}
        seen = []
        while sid and sid in self.styles and sid not in seen:
            seen.append(sid)
            sid = self.styles[sid]["based"]
        for s in reversed(seen):
            props.update(self.styles[s]["rpr"])
        return props


def paragraphs(doc_xml: bytes, styles: Styles) -> list[tuple[str, list[tuple[str, dict]]]]:
    root = ET.fromstring(doc_xml)
    out = []
    for p in root.iter(f"{NS}p"):
        ppr = p.find(f"{NS}pPr")
        pstyle = val(ppr.find(f"{NS}pStyle")) if ppr is not None else None
        pprops = styles.chain(pstyle or styles.default_para)
        runs = []
        for r in p.findall(f"{NS}r"):
            text = "".join(t.text or "" for t in r.findall(f"{NS}t"))
            rpr = r.find(f"{NS}rPr")
            rstyle = val(rpr.find(f"{NS}rStyle")) if rpr is not None else None
            cprops = styles.chain(rstyle)
            if pprops.get("b") is True and cprops.get("b") is True:
                raise SystemExit(f"ambiguous bold toggle (paragraph and character style) in {text[:20]!r}")
            props = {**styles.defaults, **pprops, **cprops, **read_rpr(rpr)}
            runs.append((text, props))
        out.append(("".join(t for t, _ in runs), runs))
    return out


def flatten(body: list[dict]) -> list[dict]:
    out = []
    for block in body:
        if block["kind"] == "p":
            out.append(block)
        else:
            for row in block["rows"]:
                for cell in row:
                    out.extend(cell)
    return out


def check(path: Path, spec: dict) -> tuple[dict, list[str]]:
    errors: list[str] = []
    with zipfile.ZipFile(path) as z:
        styles = Styles(z.read("word/styles.xml"))
        paras = paragraphs(z.read("word/document.xml"), styles)
    wanted = flatten(spec["body"])
    if len(wanted) != len(paras):
        errors.append(f"{path.name}: {len(paras)} paragraphs in XML, {len(wanted)} in spec")
    sizes: Counter[int] = Counter()
    for _, runs in paras:
        for text, props in runs:
            sizes[props.get("sz", 20)] += len(text.strip())
    body = sizes.most_common(1)[0][0]
    emph_all = True
    n_x = 0
    for (text, runs), sp in zip(paras, wanted, strict=False):
        if text != "".join(t for t, _, _ in sp["runs"]):
            errors.append(f"{path.name}: text mismatch at {text[:20]!r}")
        if sp["role"] != "X":
            continue
        n_x += 1
        for t, props in runs:
            if not t.strip():
                continue
            ok = props.get("b") is True or props.get("u", "none") != "none" or props.get("sz", 20) > body
            emph_all = emph_all and ok
    if n_x == 0:
        errors.append(f"{path.name}: no exclusion clause body marked")
    present = []
    texts = [t for t, _ in paras]
    for code in specs.SECTIONS:
        marker = spec["sections"].get(code)
        if marker is None:
            continue
        if any(t.startswith(marker) for t in texts):
            present.append(code)
        else:
            errors.append(f"{path.name}: section {code} marker {marker!r} not found")
    missing = [c for c in specs.SECTIONS if c not in present]
    heads = [t for (t, _), sp in zip(paras, wanted, strict=False) if sp["role"] == "H"]
    for code in missing:
        errors.extend(f"{path.name}: heading {h[:20]!r} looks like missing {code}"
                      for word in HEADING_WORDS.get(code, []) for h in heads
                      if word in h.split("：")[0] and not any(h.startswith(spec["sections"][c]) for c in present))
    label = {"file": path.name, "exclusions_emphasized": emph_all, "sections_present": present,
             "sections_missing": missing}
    return {"label": label, "body_sz": body, "n_x": n_x}, errors


def main() -> int:
    folder = HERE / "disclosure"
    gold = {json.loads(line)["file"]: json.loads(line)
            for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()}
    errors: list[str] = []
    files = sorted(p.name for p in folder.glob("*.docx"))
    if files != sorted(gold) or files != sorted(s["file"] for s in specs.DOCS):
        errors.append("files, labels.jsonl and specs disagree")
    emph = 0
    missing_docs = 0
    miss_count: Counter[str] = Counter()
    for spec in specs.DOCS:
        res, errs = check(folder / spec["file"], spec)
        errors.extend(errs)
        if res["label"] != gold.get(spec["file"]):
            errors.append(f"{spec['file']}: recomputed {res['label']} != labels.jsonl {gold.get(spec['file'])}")
        emph += res["label"]["exclusions_emphasized"]
        missing_docs += bool(res["label"]["sections_missing"])
        miss_count.update(res["label"]["sections_missing"])
        print(f"{spec['file']:<44} emphasised={res['label']['exclusions_emphasized']!s:<5} body_sz={res['body_sz']} "
              f"clause_bodies={res['n_x']} missing={','.join(res['label']['sections_missing']) or '-'}")
    print(f"documents {len(specs.DOCS)}, emphasised {emph}, with missing sections {missing_docs}; "
          f"missing per section: {dict(sorted(miss_count.items()))}")
    if "--rebuild" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(HERE / "build_disclosure.py"), "--out", tmp], check=True,
                           stdout=subprocess.DEVNULL)
            errors.extend(f"rebuild differs: {name}" for name in [*files, "labels.jsonl"]
                          if (Path(tmp) / name).read_bytes() != (folder / name).read_bytes())
        print("rebuild: byte-identical" if not any("rebuild" in e for e in errors) else "rebuild: DIFFERS")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())

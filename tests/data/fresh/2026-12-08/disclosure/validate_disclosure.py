"""Check the 2026-12-08 disclosure set: label format, and labels against the .docx files themselves.

Standard library only:  python3 validate_disclosure.py  (exit status 1 on any problem)
With python-docx:        python validate_disclosure.py --rebuild  (also re-runs the generator and compares bytes)

1. labels.jsonl: one object per document, the README's keys, known section codes, present + missing = all
   nine codes in README order, every .docx labelled once.
2. Emphasis, recomputed from the XML independently of the generator's formatting code. The exclusion
   paragraphs are found by their text (clause_texts.py); each run is resolved the way Word does: direct run
   properties, then the character style and its basedOn chain, then the paragraph style (or the default
   paragraph style) and its chain, then the table style, then w:docDefaults. Emphasised = bold, underlined
   (any w:u other than none) or larger than the body size, the dominant resolved size of the document's text
   (by characters). w:bCs / w:szCs, colour, highlight, shading and the numbering glyph's w:rPr do not count.
   A run whose bold comes from both a character style and a paragraph style (Word's toggle rule would apply)
   is refused, so no label depends on that rule.
3. Sections: a present section's articles are in the document, a missing section's are not.
"""

from __future__ import annotations

import json
import sys
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from clause_texts import DISPUTES, PRODUCTS  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CODES = [
    "INSURED_SCOPE",
    "COVERAGE",
    "EXCLUSIONS",
    "SUM_INSURED",
    "PREMIUM",
    "PERIOD",
    "CLAIMS",
    "DISPUTES",
    "DEFINITIONS",
]
SECTION_KEYS = {
    "INSURED_SCOPE": "insured",
    "COVERAGE": "coverage",
    "SUM_INSURED": "sum",
    "PREMIUM": "premium",
    "PERIOD": "period",
    "CLAIMS": "claims",
    "DEFINITIONS": "definitions",
}
OFF = {"0", "false", "off"}


def on_off(el: ET.Element) -> bool:
    return el.get(f"{W}val", "true") not in OFF


def props_of(rpr: ET.Element | None) -> dict:
    """The emphasis-relevant properties an rPr sets (absent keys are not set here)."""
    out: dict = {}
    if rpr is None:
        return out
    for child in rpr:
        tag = child.tag[len(W) :]
        if tag == "b":
            out["b"] = on_off(child)
        elif tag == "u":
            out["u"] = child.get(f"{W}val", "single") != "none"
        elif tag == "sz":
            out["sz"] = int(child.get(f"{W}val"))
    return out


class Styles:
    def __init__(self, root: ET.Element) -> None:
        self.styles: dict[str, tuple[str, str | None, dict]] = {}
        self.default_para = None
        for st in root.findall(f"{W}style"):
            sid = st.get(f"{W}styleId")
            based = st.find(f"{W}basedOn")
            self.styles[sid] = (
                st.get(f"{W}type"),
                based.get(f"{W}val") if based is not None else None,
                props_of(st.find(f"{W}rPr")),
            )
            if st.get(f"{W}type") == "paragraph" and st.get(f"{W}default") in ("1", "true"):
                self.default_para = sid
        self.defaults = props_of(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))

    def chain(self, sid: str | None) -> dict:
        """Properties of a style with its basedOn chain; the nearest definition wins."""
        out: dict = {}
        seen = set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            _, based, props = self.styles[sid]
            for key, value in props.items():
                out.setdefault(key, value)
            sid = based
        return out


def paragraph_runs(p: ET.Element) -> list[tuple[str, ET.Element | None]]:
    runs = []
    for r in p.iter(f"{W}r"):
        text = "".join(t.text or "" for t in r.findall(f"{W}t"))
        if text:
            runs.append((text, r.find(f"{W}rPr")))
    return runs


def resolve(
    styles: Styles, p: ET.Element, rpr: ET.Element | None, table_style: str | None, problems: list, where: str
) -> dict:
    ppr = p.find(f"{W}pPr")
    pstyle_el = ppr.find(f"{W}pStyle") if ppr is not None else None
    pstyle = pstyle_el.get(f"{W}val") if pstyle_el is not None else styles.default_para
    rstyle_el = rpr.find(f"{W}rStyle") if rpr is not None else None
    rstyle = rstyle_el.get(f"{W}val") if rstyle_el is not None else None
    direct = props_of(rpr)
    char = styles.chain(rstyle)
    para = styles.chain(pstyle)
    table = styles.chain(table_style)
    if table:
        problems.append(f"{where}: table style {table_style} sets {sorted(table)}")
    if "b" not in direct and "b" in char and "b" in para:
        problems.append(f"{where}: bold from both character style {rstyle} and paragraph style {pstyle}")
    out: dict = {}
    for layer in (direct, char, para, table, styles.defaults):
        for key, value in layer.items():
            out.setdefault(key, value)
    return out


def docx_paragraphs(path: Path, problems: list) -> tuple[list[tuple[str, list[dict]]], int]:
    """[(paragraph text, [resolved props per run with 'text']...)], dominant body size."""
    with zipfile.ZipFile(path) as z:
        doc = ET.fromstring(z.read("word/document.xml"))
        styles = Styles(ET.fromstring(z.read("word/styles.xml")))
    out = []

    def handle(p: ET.Element, table_style: str | None) -> None:
        runs = []
        for text, rpr in paragraph_runs(p):
            props = resolve(styles, p, rpr, table_style, problems, path.name)
            props["text"] = text
            runs.append(props)
        out.append(("".join(r["text"] for r in runs), runs))

    for block in doc.find(f"{W}body"):
        if block.tag == f"{W}p":
            handle(block, None)
        elif block.tag == f"{W}tbl":
            ts = block.find(f"{W}tblPr/{W}tblStyle")
            for p in block.iter(f"{W}p"):
                handle(p, ts.get(f"{W}val") if ts is not None else None)
    sizes: Counter = Counter()
    for _, runs in out:
        for r in runs:
            sizes[r["sz"]] += len(r["text"].strip())
    return out, sizes.most_common(1)[0][0]


def emphasised(runs: list[dict], body: int) -> bool:
    return all(r.get("b") or r.get("u") or r["sz"] > body for r in runs if r["text"].strip())


def exclusion_texts(product: dict) -> list[str]:
    texts = []
    for lead, items in product["exclusions"] + product["hidden"]:
        texts.append(lead)
        texts.extend(items)
    return texts


def check_document(path: Path, label: dict, problems: list) -> tuple[int, int]:
    paragraphs, body = docx_paragraphs(path, problems)
    titles = [t for t, _ in paragraphs[:3]]
    product = next((p for p in PRODUCTS.values() if p["name"] in titles), None)
    if product is None:
        problems.append(f"{path.name}: unknown product title {titles}")
        return 0, body
    excl = exclusion_texts(product)
    found = [(t, runs) for t, runs in paragraphs if any(t.endswith(x) for x in excl)]
    if not found:
        problems.append(f"{path.name}: no exclusion paragraph found")
    non_excl_sizes: Counter = Counter()
    for t, runs in paragraphs:
        if not any(t.endswith(x) for x in excl):
            for r in runs:
                non_excl_sizes[r["sz"]] += len(r["text"].strip())
    if non_excl_sizes.most_common(1)[0][0] != body:
        problems.append(f"{path.name}: dominant size differs without the exclusions")
    flags = [emphasised(runs, body) for _, runs in found]
    computed = bool(found) and all(flags)
    if computed != label["exclusions_emphasized"]:
        plain = [t[:30] for (t, _), f in zip(found, flags, strict=True) if not f]
        problems.append(f"{path.name}: label {label['exclusions_emphasized']}, XML says {computed}; plain: {plain}")
    full = "\n".join(t for t, _ in paragraphs)
    for code in CODES:
        if code == "EXCLUSIONS":
            texts = [excl[0]]
        elif code == "DISPUTES":
            texts = [v[0] for v in DISPUTES]
        else:
            texts = product[SECTION_KEYS[code]][:1]
        present = any(x in full for x in texts)
        if present != (code in label["sections_present"]):
            problems.append(f"{path.name}: section {code} labelled {'present' if not present else 'missing'}")
    return len(found), body


def rebuild_differences() -> list[str]:
    """Run the generator into a temporary folder and compare bytes (needs python-docx)."""
    import tempfile

    import make_disclosure

    with tempfile.TemporaryDirectory() as tmp:
        make_disclosure.main(Path(tmp))
        names = sorted(p.name for p in Path(tmp).iterdir())
        return [
            f"{name}: not byte-identical on re-run"
            for name in names
            if (Path(tmp) / name).read_bytes() != (HERE / name).read_bytes()
        ]


def main() -> int:
    problems: list[str] = []
    rows = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in HERE.glob("*.docx"))
    if sorted(r["file"] for r in rows) != files:
        problems.append("labels.jsonl and the .docx files do not match one to one")
    missing_counts: Counter = Counter()
    for row in rows:
        if set(row) != {"file", "exclusions_emphasized", "sections_present", "sections_missing"}:
            problems.append(f"{row.get('file')}: keys {sorted(row)}")
            continue
        if not isinstance(row["exclusions_emphasized"], bool):
            problems.append(f"{row['file']}: exclusions_emphasized is not a boolean")
        both = row["sections_present"] + row["sections_missing"]
        if sorted(both, key=CODES.index) != CODES or len(both) != len(CODES):
            problems.append(f"{row['file']}: present + missing is not the nine codes")
        problems.extend(
            f"{row['file']}: {part} not in README order"
            for part in ("sections_present", "sections_missing")
            if row[part] != sorted(row[part], key=CODES.index)
        )
        missing_counts.update(row["sections_missing"])
        n_excl, body = check_document(HERE / row["file"], row, problems)
        print(
            f"{row['file']}  emphasised={row['exclusions_emphasized']!s:5}  body={body / 2:g}pt  "
            f"exclusion paragraphs={n_excl:2}  missing={','.join(row['sections_missing']) or '-'}"
        )
    n_true = sum(r["exclusions_emphasized"] for r in rows)
    print(f"\n{len(rows)} documents: {n_true} emphasised, {len(rows) - n_true} not")
    print("missing per code: " + ", ".join(f"{c} {missing_counts[c]}" for c in CODES))
    if "--rebuild" in sys.argv:
        problems.extend(rebuild_differences())
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

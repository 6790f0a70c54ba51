"""Recompute every label of disclosure/labels.jsonl from the .docx XML (standard library only).

Emphasis is resolved the way Word does for East Asian text: direct run properties, then the run's
character style (with its basedOn chain), then the paragraph style (with its basedOn chain, or the default
paragraph style), then docDefaults. Bold (w:b) is a toggle property: direct formatting is absolute; if both
the paragraph style and the character style turn it on the validator stops (no document relies on the XOR).
Counted as emphasis: w:b, w:u other than "none", and w:sz larger than the body size (the dominant resolved
w:sz over all non-blank characters). Not counted: w:bCs, w:szCs, w:i, w:color, w:highlight, w:shd, w:em,
paragraph-mark properties (w:pPr/w:rPr) and numbering-label properties.

The exclusion-body paragraphs and the section markers come from disclosure_manifest.json (written by the
generator from the hand-declared clause texts); the validator finds them in the XML, recomputes emphasis
and presence, checks that missing sections leave no tell-tale wording, and compares with labels.jsonl.

Usage: python validate_disclosure.py [--table]
"""

from __future__ import annotations

import json
import sys
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
DISC = HERE / "disclosure"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SECTIONS = [
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
# wording that must not occur anywhere in a document whose section is labelled missing
TELLTALE = {
    "SUM_INSURED": ["保险金额", "赔偿限额", "责任限额"],
    "PREMIUM": ["保险费", "保费"],
    "PERIOD": ["保险期间", "保险期限", "责任起讫"],
    "CLAIMS": ["索赔", "赔偿处理", "保险金申请", "理赔"],
    "DISPUTES": ["争议", "仲裁", "诉讼"],
    "DEFINITIONS": ["释义", "名词解释", "术语", "定义"],
}
FALSE_VALUES = {"false", "0", "off"}
ZIP_TIME = (2027, 1, 20, 8, 0, 0)

Props = dict[str, object]


def _rpr_props(rpr: ET.Element | None) -> Props:
    out: Props = {}
    if rpr is None:
        return out
    b = rpr.find(f"{W}b")
    if b is not None:
        out["b"] = b.get(f"{W}val", "true").lower() not in FALSE_VALUES
    u = rpr.find(f"{W}u")
    if u is not None:
        out["u"] = u.get(f"{W}val", "single") != "none"
    sz = rpr.find(f"{W}sz")
    if sz is not None:
        out["sz"] = int(sz.get(f"{W}val", "20"))
    return out


class Styles:
    def __init__(self, xml: bytes) -> None:
        root = ET.fromstring(xml)
        self.defaults: Props = _rpr_props(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
        self.styles: dict[str, ET.Element] = {}
        self.default_para: str | None = None
        for st in root.findall(f"{W}style"):
            sid = st.get(f"{W}styleId")
            assert sid is not None
            self.styles[sid] = st
            if st.get(f"{W}type") == "paragraph" and st.get(f"{W}default") in ("1", "true"):
                self.default_para = sid

    def resolve(self, sid: str | None) -> Props:
        chain: list[ET.Element] = []
        seen: set[str] = set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            st = self.styles[sid]
            chain.append(st)
            based = st.find(f"{W}basedOn")
            sid = based.get(f"{W}val") if based is not None else None
        out: Props = {}
        for st in reversed(chain):
            out.update(_rpr_props(st.find(f"{W}rPr")))
        return out


def paragraphs(doc_xml: bytes) -> list[tuple[ET.Element, str]]:
    """Every w:p in document order with where it sits (body / table / nested table / textbox)."""
    root = ET.fromstring(doc_xml)
    parent = {c: p for p in root.iter() for c in p}
    out = []
    for p in root.iter(f"{W}p"):
        tbl_depth, in_box, node = 0, False, p
        while node in parent:
            node = parent[node]
            if node.tag == f"{W}tbl":
                tbl_depth += 1
            if node.tag == f"{W}txbxContent":
                in_box = True
        where = "textbox" if in_box else {0: "body", 1: "table"}.get(tbl_depth, "nested table")
        out.append((p, where))
    return out


def run_chars(p: ET.Element, styles: Styles) -> list[tuple[str, Props]]:
    ppr = p.find(f"{W}pPr")
    ps = ppr.find(f"{W}pStyle") if ppr is not None else None
    pstyle = ps.get(f"{W}val") if ps is not None else styles.default_para
    pprops = styles.resolve(pstyle)
    chars: list[tuple[str, Props]] = []
    for r in p.findall(f"{W}r"):
        rpr = r.find(f"{W}rPr")
        rs = rpr.find(f"{W}rStyle") if rpr is not None else None
        cprops = styles.resolve(rs.get(f"{W}val") if rs is not None else None)
        direct = _rpr_props(rpr)
        eff: Props = {}
        if "b" in direct:
            eff["b"] = direct["b"]
        else:
            pb, cb = bool(pprops.get("b", False)), bool(cprops.get("b", False))
            if pb and cb:
                raise SystemExit("toggle ambiguity: bold in both paragraph and character style")
            eff["b"] = pb or cb or bool(styles.defaults.get("b", False))
        for key, fallback in (("u", False), ("sz", 20)):
            for layer in (direct, cprops, pprops, styles.defaults):
                if key in layer:
                    eff[key] = layer[key]
                    break
            else:
                eff[key] = fallback
        text = "".join(t.text or "" for t in r.findall(f"{W}t"))
        chars.extend((ch, eff) for ch in text)
    return chars


def check_file(path: Path, entry: dict[str, object]) -> tuple[dict[str, object], list[str]]:
    errors: list[str] = []
    with zipfile.ZipFile(path) as z:
        errors.extend(
            f"{path.name}: zip time {info.filename} {info.date_time}"
            for info in z.infolist()
            if info.date_time != ZIP_TIME
        )
        styles = Styles(z.read("word/styles.xml"))
        paras = paragraphs(z.read("word/document.xml"))
        core = z.read("docProps/core.xml").decode("utf-8")
    if "2027-01-20T08:00:00Z" not in core:
        errors.append(f"{path.name}: core properties not fixed")
    resolved = [(run_chars(p, styles), where) for p, where in paras]
    texts = ["".join(ch for ch, _ in chars) for chars, _ in resolved]
    full = "\n".join(texts)
    sizes = Counter(int(str(props["sz"])) for chars, _ in resolved for ch, props in chars if not ch.isspace())
    body_size = sizes.most_common(1)[0][0]

    excl_ok: list[bool] = []
    body_items = entry["exclusion_body"]
    assert isinstance(body_items, list)
    for item in body_items:
        matches = [i for i, t in enumerate(texts) if t == item["text"]]
        if not matches:
            errors.append(f"{path.name}: exclusion paragraph not found: {item['text'][:20]}")
            continue
        for i in matches:
            chars, where = resolved[i]
            if where != item["where"]:
                errors.append(f"{path.name}: {item['text'][:12]} sits in {where}, manifest says {item['where']}")
            rest = chars[len(item["label"]) :]
            excl_ok.append(
                all(
                    bool(props["b"]) or bool(props["u"]) or int(str(props["sz"])) > body_size
                    for ch, props in rest
                    if not ch.isspace()
                )
            )
    emphasized = bool(excl_ok) and all(excl_ok)

    markers = entry["section_markers"]
    assert isinstance(markers, dict)
    present = []
    for code in SECTIONS:
        if code in markers:
            if markers[code] in full:
                present.append(code)
            else:
                errors.append(f"{path.name}: marker for {code} not found: {markers[code]}")
        else:
            errors.extend(
                f"{path.name}: {code} labelled missing but the text says {word}"
                for word in TELLTALE.get(code, [])
                if word in full
            )
    computed = {
        "file": path.name,
        "exclusions_emphasized": emphasized,
        "sections_present": present,
        "sections_missing": [c for c in SECTIONS if c not in present],
        "_body_size": body_size,
        "_excl_paragraphs": len(excl_ok),
        "_excl_emphasised": sum(excl_ok),
    }
    return computed, errors


def main(argv: list[str]) -> int:
    labels = [json.loads(x) for x in (DISC / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    manifest = {m["file"]: m for m in json.loads((HERE / "disclosure_manifest.json").read_text(encoding="utf-8"))}
    errors: list[str] = []
    files = sorted(p.name for p in DISC.glob("*.docx"))
    if files != sorted(x["file"] for x in labels):
        errors.append("labels.jsonl and the .docx files differ")
    rows = []
    for lab in labels:
        errors.extend(
            f"{lab.get('file')}: missing key {key}"
            for key in ("file", "exclusions_emphasized", "sections_present", "sections_missing")
            if key not in lab
        )
        computed, errs = check_file(DISC / lab["file"], manifest[lab["file"]])
        errors.extend(errs)
        errors.extend(
            f"{lab['file']}: {key} label {lab[key]} but XML gives {computed[key]}"
            for key in ("exclusions_emphasized", "sections_present", "sections_missing")
            if computed[key] != lab[key]
        )
        rows.append(computed)
    if "--table" in argv:
        print("| file | emphasised | body sz | excl. paragraphs emphasised | missing |")
        print("| --- | --- | --- | --- | --- |")
        for r in rows:
            missing = ", ".join(r["sections_missing"]) or "—"  # type: ignore[arg-type]
            print(
                f"| {r['file']} | {r['exclusions_emphasized']} | {r['_body_size']} | "
                f"{r['_excl_emphasised']}/{r['_excl_paragraphs']} | {missing} |"
            )
    n_emph = sum(1 for r in rows if r["exclusions_emphasized"])
    n_missing = sum(1 for r in rows if r["sections_missing"])
    print(
        f"{len(rows)} documents: emphasised {n_emph}, not emphasised {len(rows) - n_emph}; with missing sections {n_missing}"
    )
    miss = Counter(c for r in rows for c in r["sections_missing"])  # type: ignore[attr-defined]
    print("missing per section: " + ", ".join(f"{c} {miss[c]}" for c in SECTIONS))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

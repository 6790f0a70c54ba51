"""Recompute every label of the blind 2026-12-26 disclosure set from the .docx XML (standard library only).

exclusions_emphasized: for every exclusion clause body listed in disclosure_manifest.json (the author's statement of
which text is the body; the leading run-in label is skipped), every non-space character must resolve, the way Word
resolves run properties (docDefaults < table style < paragraph style < character style < direct formatting, each
style with its basedOn chain), to bold, to underline (any kind but "none"), or to a size larger than the body size.
Body size is the document's dominant resolved size, counted over non-space characters. Numbering-level rPr and
paragraph-mark rPr are not character formatting of the text and do not count; colour, highlight, shading, italics
and w:bCs do not count. A run whose bold would come on from two style levels at once (toggle semantics) is refused.
sections: every present section's anchor starts a paragraph; no heading or run-in label names a missing section.

Usage: python validate_disclosure.py
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ALL = [
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
SYNONYMS = {
    "INSURED_SCOPE": ("保险标的", "被保险人", "投保范围", "保障对象", "投保人与被保险人"),
    "COVERAGE": ("保险责任", "保障内容", "保障责任"),
    "EXCLUSIONS": ("责任免除", "除外责任"),
    "SUM_INSURED": ("保险金额", "责任限额", "赔偿限额"),
    "PREMIUM": ("保险费",),
    "PERIOD": ("保险期间", "责任起讫"),
    "CLAIMS": ("赔偿处理", "保险金申请", "保险金的申请", "理赔"),
    "DISPUTES": ("争议处理", "争议解决"),
    "DEFINITIONS": ("释义", "释　义", "名词解释"),
}
PREFIX = re.compile(
    r"^(第[一二三四五六七八九十百\d]+[章条部分]+|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+(\.\d+)*\.?|【)[\s　]*"
)
FALSE = {"0", "false", "off"}


def _props(rpr: ET.Element | None) -> dict[str, object]:
    out: dict[str, object] = {}
    if rpr is None:
        return out
    b = rpr.find(f"{W}b")
    if b is not None:
        out["b"] = b.get(f"{W}val", "true") not in FALSE
    u = rpr.find(f"{W}u")
    if u is not None:
        out["u"] = u.get(f"{W}val", "single") != "none"
    sz = rpr.find(f"{W}sz")
    if sz is not None:
        out["sz"] = int(sz.get(f"{W}val", "0"))
    return out


class Styles:
    def __init__(self, root: ET.Element) -> None:
        dd = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.defaults = _props(dd)
        self.by_id: dict[str, ET.Element] = {}
        self.default_para: str | None = None
        for s in root.findall(f"{W}style"):
            sid = s.get(f"{W}styleId")
            assert sid
            self.by_id[sid] = s
            if s.get(f"{W}type") == "paragraph" and s.get(f"{W}default") == "1":
                self.default_para = sid

    def chain(self, sid: str | None) -> dict[str, object]:
        seen, stack = set(), []
        while sid and sid not in seen and sid in self.by_id:
            seen.add(sid)
            s = self.by_id[sid]
            stack.append(s)
            based = s.find(f"{W}basedOn")
            sid = based.get(f"{W}val") if based is not None else None
        out: dict[str, object] = {}
        for s in reversed(stack):
            out.update(_props(s.find(f"{W}rPr")))
        return out


def _val(el: ET.Element | None, path: str) -> str | None:
    if el is None:
        return None
    x = el.find(path)
    return x.get(f"{W}val") if x is not None else None


def read_doc(path: Path) -> list[tuple[str, list[tuple[str, dict[str, object]]]]]:
    """Paragraphs in document order (table cells included): (text, [(run text, resolved props)])."""
    with zipfile.ZipFile(path) as z:
        styles = Styles(ET.fromstring(z.read("word/styles.xml")))
        body = ET.fromstring(z.read("word/document.xml")).find(f"{W}body")
    assert body is not None
    paras: list[tuple[str, list[tuple[str, dict[str, object]]]]] = []

    def para(p: ET.Element, tstyle: str | None) -> None:
        ppr = p.find(f"{W}pPr")
        pstyle = _val(ppr, f"{W}pStyle") or styles.default_para
        levels = [styles.chain(tstyle) if tstyle else {}, styles.chain(pstyle)]
        runs = []
        for r in p.findall(f"{W}r"):
            rpr = r.find(f"{W}rPr")
            char = styles.chain(_val(rpr, f"{W}rStyle"))
            direct = _props(rpr)
            if "b" not in direct and sum(1 for lv in (*levels, char) if lv.get("b") is True) > 1:
                raise ValueError(f"{path.name}: bold toggled on by two style levels")
            res = dict(styles.defaults)
            for lv in (*levels, char, direct):
                res.update(lv)
            text = "".join(t.text or "" for t in r.findall(f"{W}t"))
            runs.append((text, res))
        paras.append(("".join(t for t, _ in runs), runs))

    for el in body:
        if el.tag == f"{W}p":
            para(el, None)
        elif el.tag == f"{W}tbl":
            tstyle = _val(el.find(f"{W}tblPr"), f"{W}tblStyle")
            for p in el.iter(f"{W}p"):
                para(p, tstyle)
    return paras


def body_size(paras: list) -> int:
    c: Counter[int] = Counter()
    for _, runs in paras:
        for text, res in runs:
            c[int(str(res.get("sz", 20)))] += sum(1 for ch in text if not ch.isspace())
    return c.most_common(1)[0][0]


def emphasized(paras: list, bodies: list[dict], size: int) -> bool:
    used: set[int] = set()
    ok = True
    for b in bodies:
        idx = next((i for i, (t, _) in enumerate(paras) if t == b["text"] and i not in used), None)
        if idx is None:
            raise ValueError(f"exclusion body not found: {b['text'][:20]}")
        used.add(idx)
        pos = 0
        for text, res in paras[idx][1]:
            for ch in text:
                strong = res.get("b") is True or res.get("u") is True or int(str(res.get("sz", 20))) > size
                if pos >= b["skip"] and not ch.isspace() and not strong:
                    ok = False
                pos += 1
    return ok


def heading_names(text: str) -> str | None:
    """The heading or run-in label a paragraph starts with, or None."""
    t = PREFIX.sub("", text.strip()).lstrip("【").strip()
    if len(text.strip()) <= 18:
        return t
    m = re.match(r"^([^：:　\s]{2,10})[：:　]", t)
    return m.group(1) if m else None


def main() -> int:
    labels = [json.loads(x) for x in (HERE / "disclosure" / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    manifest = {m["file"]: m for m in json.loads((HERE / "disclosure_manifest.json").read_text(encoding="utf-8"))}
    errors: list[str] = []
    emph = 0
    for lab in labels:
        f = lab["file"]
        m = manifest[f]
        paras = read_doc(HERE / "disclosure" / f)
        size = body_size(paras)
        got = emphasized(paras, m["exclusion_bodies"], size)
        emph += got
        if got != lab["exclusions_emphasized"]:
            errors.append(f"{f}: exclusions_emphasized recomputed {got}, label {lab['exclusions_emphasized']}")
        present = [
            c
            for c in ALL
            if c in m["section_anchors"] and any(t.strip().startswith(m["section_anchors"][c]) for t, _ in paras)
        ]
        if present != lab["sections_present"]:
            errors.append(f"{f}: sections_present recomputed {present}, label {lab['sections_present']}")
        if lab["sections_missing"] != [c for c in ALL if c not in lab["sections_present"]]:
            errors.append(f"{f}: sections_missing is not the complement of sections_present")
        heads = [h for h in (heading_names(t) for t, _ in paras) if h]
        for c in lab["sections_missing"]:
            hit = [h for h in heads if any(s in h for s in SYNONYMS[c])]
            if hit:
                errors.append(f"{f}: missing {c} but a heading names it: {hit}")
        print(
            f"{f}  body {size / 2:g} pt  emphasised {got!s:5}  bodies {len(m['exclusion_bodies']):2}  "
            f"present {len(present)}  missing {','.join(lab['sections_missing']) or '-'}"
        )
    print(
        f"{len(labels)} documents, {emph} emphasised, {sum(1 for x in labels if x['sections_missing'])} with sections missing"
    )
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Recompute every label of disclosure/labels.jsonl from the .docx XML (standard library only).

Usage: python validate_disclosure.py [--verbose]

Rules (the README of this folder states them in words):
- run properties resolve as docDefaults -> paragraph style (basedOn chain, root first) -> character style
  (basedOn chain) -> direct run properties; a later layer overrides an earlier one (this set never combines
  bold in a paragraph style with bold in a character style, so toggle semantics never matter here).
  Complex-script properties (bCs, szCs, iCs), colour, highlight, shading, italics, paragraph-mark run
  properties (pPr/rPr) and numbering-level run properties do not emphasise text.
- body size = the resolved size (w:sz) carrying the most non-space characters in the document.
- a character is emphasised when it is bold, underlined (any kind but none) or larger than the body size.
- headings: a paragraph whose text, after an optional number prefix (第X章/节/部分/条, 一、, （一）, 1. / 5.1)
  and without 【】, is a section name or names joined by 、/与/和/及; run-in headings: such a name followed
  by a colon at the start of a paragraph; other chapter headings (第X章/节/部分 …, a whole 【…】) only close
  the section before them.
- exclusion clause bodies: every non-heading paragraph of an EXCLUSIONS section (and the text after a run-in
  EXCLUSIONS label), plus every paragraph elsewhere that states an exclusion (不负责赔偿, 不承担给付 …);
  a leading clause number (第X条) or typed item marker is not part of the body.
- exclusions_emphasized = every non-space character of every exclusion body is emphasised.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HERE = Path(__file__).resolve().parent
ALL = ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "CLAIMS", "DISPUTES", "DEFINITIONS"]
NAMES = {
    "INSURED_SCOPE": ["被保险人", "保险标的", "投保范围", "保障对象", "承保对象"],
    "COVERAGE": ["保险责任", "保障责任", "保障范围"],
    "EXCLUSIONS": ["责任免除", "除外责任", "不保事项", "免责条款"],
    "SUM_INSURED": ["保险金额", "赔偿限额", "责任限额"],
    "PREMIUM": ["保险费", "保费"],
    "PERIOD": ["保险期间", "保险期限", "责任起讫"],
    "CLAIMS": ["赔偿处理", "保险金申请与给付", "保险金申请", "保险金的申请", "理赔", "索赔"],
    "DISPUTES": ["争议处理", "争议解决"],
    "DEFINITIONS": ["释义", "名词解释"],
}
NEUTRAL = {"免赔额", "免赔"}
NAME_TO_CODE = {n: c for c, ns in NAMES.items() for n in ns}
CN = "一二三四五六七八九十百零"
PREFIX = re.compile(rf"^\s*(第[{CN}]+[章节条]|第[{CN}]+部分|[{CN}]+、|（[{CN}]+）|\d+(?:\.\d+)*[\.、]?)?\s*")
CHAPTER = re.compile(rf"^\s*(第[{CN}]+[章节]|第[{CN}]+部分)\s*\S")
MARKER = re.compile(rf"^\s*(第[{CN}]+条|[{CN}]+、|（[{CN}]+）|\(\d+\)|\d+(?:\.\d+)*[\.、]?)?\s*")
HIDDEN = ("不负责赔偿", "不承担赔偿", "不承担给付", "不负责给付", "不予赔偿", "不予给付", "不予赔付", "不承担保险责任", "不负赔偿责任")
TERMINAL = tuple("。；;，,：:")


def on(el: ET.Element | None) -> bool | None:
    if el is None:
        return None
    return el.get(W + "val", "true") not in ("0", "false", "off")


def rpr_props(rpr: ET.Element | None) -> dict[str, object]:
    props: dict[str, object] = {}
    if rpr is None:
        return props
    b = on(rpr.find(W + "b"))
    if b is not None:
        props["b"] = b
    sz = rpr.find(W + "sz")
    if sz is not None:
        props["sz"] = int(sz.get(W + "val", "0"))
    u = rpr.find(W + "u")
    if u is not None:
        props["u"] = u.get(W + "val", "single") != "none"
    return props


class Styles:
    def __init__(self, xml: bytes) -> None:
        root = ET.fromstring(xml)
        self.defaults = rpr_props(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
        self.styles: dict[str, tuple[str | None, dict[str, object]]] = {}
        self.default_para = None
        for st in root.iter(W + "style"):
            sid = st.get(W + "styleId")
            based = st.find(W + "basedOn")
            self.styles[sid] = (based.get(W + "val") if based is not None else None, rpr_props(st.find(W + "rPr")))
            if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true"):
                self.default_para = sid

    def chain(self, sid: str | None) -> dict[str, object]:
        order: list[dict[str, object]] = []
        seen: set[str] = set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            base, props = self.styles[sid]
            order.append(props)
            sid = base
        merged: dict[str, object] = {}
        for props in reversed(order):
            merged.update(props)
        return merged


def paragraphs(doc_xml: bytes, styles: Styles) -> list[list[tuple[str, dict[str, object]]]]:
    """Body paragraphs in document order (table cells included) as (char, resolved props) lists."""
    root = ET.fromstring(doc_xml)
    out = []
    for p in root.iter(W + "p"):
        ps = p.find(f"{W}pPr/{W}pStyle")
        pstyle = ps.get(W + "val") if ps is not None else styles.default_para
        base = {**styles.defaults, **styles.chain(pstyle)}
        chars: list[tuple[str, dict[str, object]]] = []
        for r in p.iter(W + "r"):
            rpr = r.find(W + "rPr")
            rs = rpr.find(W + "rStyle") if rpr is not None else None
            props = {**base, **styles.chain(rs.get(W + "val") if rs is not None else None), **rpr_props(rpr)}
            for t in r.iter(W + "t"):
                chars.extend((ch, props) for ch in (t.text or ""))
        out.append(chars)
    return out


def heading_codes(text: str) -> list[str] | None:
    rest = PREFIX.sub("", text, count=1).strip()
    rest = rest.strip("【】 ").strip()
    if not rest:
        return None
    if rest in NAME_TO_CODE:
        return [NAME_TO_CODE[rest]]
    parts = [x for x in re.split(r"[、与和及/]", rest) if x]
    if parts and all(x in NAME_TO_CODE or x in NEUTRAL for x in parts) and any(x in NAME_TO_CODE for x in parts):
        return sorted({NAME_TO_CODE[x] for x in parts if x in NAME_TO_CODE}, key=ALL.index)
    return None


def analyse(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as z:
        styles = Styles(z.read("word/styles.xml"))
        paras = paragraphs(z.read("word/document.xml"), styles)
    sizes: Counter[int] = Counter()
    for chars in paras:
        for ch, props in chars:
            if not ch.isspace():
                sizes[int(props.get("sz", 20))] += 1  # type: ignore[call-overload]
    body_size = sizes.most_common(1)[0][0]

    def emphasised(props: dict[str, object]) -> bool:
        return bool(props.get("b")) or bool(props.get("u")) or int(props.get("sz", 20)) > body_size  # type: ignore[call-overload]

    present: set[str] = set()
    bodies: list[list[tuple[str, dict[str, object]]]] = []
    section: list[str] = []
    for chars in paras:
        text = "".join(c for c, _ in chars).strip()
        if not text:
            continue
        codes = heading_codes(text)
        if codes is not None:
            present.update(codes)
            section = codes
            continue
        colon = text.find("：")
        if 0 < colon <= 12:
            codes = heading_codes(text[:colon])
            if codes is not None:
                present.update(codes)
                section = codes
                full = "".join(c for c, _ in chars)
                start = full.index("：") + 1
                if "EXCLUSIONS" in codes and full[start:].strip():
                    bodies.append(chars[start:])
                continue
        if (CHAPTER.match(text) or (text.startswith("【") and text.endswith("】"))) and not text.endswith(TERMINAL):
            section = []
            continue
        if "EXCLUSIONS" in section or any(m in text for m in HIDDEN):
            full = "".join(c for c, _ in chars)
            lead = len(full) - len(full.lstrip())
            marker = MARKER.match(full[lead:])
            skip = lead + (marker.end() if marker else 0)
            if full[skip:].strip():
                bodies.append(chars[skip:])
    emph = bool(bodies) and all(emphasised(p) for body in bodies for ch, p in body if not ch.isspace())
    return {
        "file": path.name,
        "exclusions_emphasized": emph,
        "sections_present": [c for c in ALL if c in present],
        "sections_missing": [c for c in ALL if c not in present],
        "_body_size": body_size,
        "_bodies": len(bodies),
    }


def main() -> int:
    verbose = "--verbose" in sys.argv
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = 0
    files = sorted(p.name for p in HERE.glob("*.docx"))
    if sorted(lab["file"] for lab in labels) != files:
        print("ERROR labels and .docx files differ")
        errors += 1
    for lab in labels:
        got = analyse(HERE / lab["file"])
        if verbose:
            print(lab["file"], "body size", got["_body_size"], "exclusion bodies", got["_bodies"],
                  "emphasised", got["exclusions_emphasized"], "missing", got["sections_missing"])
        for key in ("exclusions_emphasized", "sections_present", "sections_missing"):
            if got[key] != lab[key]:
                print(f"ERROR {lab['file']}: {key} label {lab[key]} recomputed {got[key]}")
                errors += 1
    print(f"{len(labels)} documents; emphasised {sum(lab['exclusions_emphasized'] for lab in labels)}; "
          f"with missing sections {sum(bool(lab['sections_missing']) for lab in labels)}")
    print("OK" if not errors else f"{errors} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

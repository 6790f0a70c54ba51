"""Recompute every label of the 2026-12-10 disclosure set from the .docx XML (standard library only).

    python3 tests/data/fresh/2026-12-10/disclosure/validate.py            # labels.jsonl == what the XML says
    python3 tests/data/fresh/2026-12-10/disclosure/validate.py --table    # also print the README table rows
    .venv/bin/python tests/data/fresh/2026-12-10/disclosure/validate.py --rebuild
                                                          # build.py again into a temp dir: byte-identical?

Emphasis (datasets README, "disclosure/"): exclusions are emphasised when the body of every exclusion clause
is bold, larger than the body text, or underlined. Here a character counts as emphasised when its resolved
run is bold (w:b), underlined (w:u other than none) or larger (w:sz) than the body size, the size held by most
non-space characters of the document. bCs/szCs (complex script), colour, highlight, shading, italics,
emphasis dots and paragraph-mark properties do not count. Resolution as Word does it: direct run properties,
then the character style and its basedOn chain, then the paragraph style (or the default paragraph style)
and its chain, then docDefaults (size 10 pt when nothing sets one); within one chain the nearest style that
sets a property wins (a derived style's b=0 turns bold off). Bold is a toggle property: a character style's
bold toggles what the paragraph level gave; no document in this set relies on that combination.

Exclusion clauses: every paragraph of a 责任免除 / 除外责任 section (heading or run-in label) after its
heading, and anywhere else every paragraph that says the insurer does not pay (不负责赔偿, 不承担赔偿责任 ...),
with the items that follow such a lead-in ending in a colon. The clause body leaves out article / item
numbers (第八条, （一）, 1.) and a run-in label.

Sections: present when a heading, a table cell or a run-in label names the section (synonyms below,
combined headings split at 和 / 与 / 及 / 、), or when an article states its rule without a heading.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
CODES = [
    "INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "CLAIMS", "DISPUTES",
    "DEFINITIONS",
]
SYNONYMS = {
    "INSURED_SCOPE": ["被保险人", "保险标的", "保险标的范围", "投保范围", "保险对象"],
    "COVERAGE": ["保险责任", "保障责任", "保障范围", "保障内容"],
    "EXCLUSIONS": ["责任免除", "除外责任"],
    "SUM_INSURED": ["保险金额", "责任限额", "赔偿限额"],
    "PREMIUM": ["保险费", "保费"],
    "PERIOD": ["保险期间", "保险期限"],
    "CLAIMS": ["赔偿处理", "保险金申请与给付", "保险金的申请与给付", "理赔", "索赔"],
    "DISPUTES": ["争议处理", "争议解决", "法律适用"],
    "DEFINITIONS": ["释义", "名词解释", "定义", "术语定义"],
}
HEADING_CODE = {syn: code for code, syns in SYNONYMS.items() for syn in syns}
RULES = {
    "INSURED_SCOPE": r"(均?可|可以)作为(本保险合同的)?(被保险人|保险标的)|可投保本(附加)?险|本保险合同的被保险人(为|是)|本保险合同的保险标的(为|是)|本保险合同承保的(财产|标的)",
    "COVERAGE": r"保险人(按照|依照|根据)本(保险)?(合同|条款|附加险合同)的?约定(也)?负责(赔偿|给付)",
    "EXCLUSIONS": r"不负责(赔偿|给付)|不(承担|负)(赔偿|给付)(保险金)?的?责任|不予(赔偿|给付|赔付)",
    "SUM_INSURED": r"(保险金额|责任限额|赔偿限额)(由|以|按照?|参照|为)",
    "PREMIUM": r"保险费(按照?|依照|根据|以|由)|交清保险费|交付保险费|保险费的(计算|交付|支付)",
    "PERIOD": r"(保险期间|保险期限)(为|以|由|自|最长为)",
    "CLAIMS": r"(申请赔偿|请求赔偿|申请给付保险金|申请保险金|申请理赔|索赔)时",
    "DISPUTES": r"发生的争议|争议的解决|协商不成的?[^。]{0,40}(仲裁|诉讼|起诉)",
    "DEFINITIONS": r"下列(词语|术语|用语)具有如下含义|下列(词语|术语)的含义|涉及下列术语时",
}
PREFIX = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+(?:章|节|条|款|部分)|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）"
    r"|\([一二三四五六七八九十\d]+\)|\d+(?:\.\d+)*[\.、．]?(?![\d.])|[①-⑳])\s*"
)
HEADING_PUNCT = set("。；，：;,:！？")
LABEL = re.compile(r"^(?:【([^】]{1,12})】|([^，。；：:【】]{1,12})[：:])")


def onoff(el: ET.Element | None) -> bool | None:
    if el is None:
        return None
    return el.get(W + "val", "true").lower() not in ("0", "false", "off")


def get_b(rpr: ET.Element | None) -> bool | None:
    return None if rpr is None else onoff(rpr.find(W + "b"))


def get_sz(rpr: ET.Element | None) -> int | None:
    el = None if rpr is None else rpr.find(W + "sz")
    return None if el is None else int(el.get(W + "val", "0"))


def get_u(rpr: ET.Element | None) -> str | None:
    el = None if rpr is None else rpr.find(W + "u")
    return None if el is None else el.get(W + "val", "single")


class Styles:
    def __init__(self, root: ET.Element) -> None:
        self.defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.by_id: dict[str, ET.Element] = {}
        self.default_para: str | None = None
        for st in root.findall(W + "style"):
            sid = st.get(W + "styleId", "")
            self.by_id[sid] = st
            if st.get(W + "type") == "paragraph" and onoff_attr(st.get(W + "default")):
                self.default_para = sid

    def chain(self, sid: str | None) -> list[ET.Element]:
        out: list[ET.Element] = []
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            st = self.by_id[sid]
            out.append(st)
            based = st.find(W + "basedOn")
            sid = None if based is None else based.get(W + "val")
        return out

    def chain_value(self, sid: str | None, getter, part: str = "rPr"):  # type: ignore[no-untyped-def]
        for st in self.chain(sid):
            v = getter(st.find(W + part))
            if v is not None:
                return v
        return None

    def numbered(self, sid: str | None) -> bool:
        return any(st.find(f"{W}pPr/{W}numPr") is not None for st in self.chain(sid))


def onoff_attr(v: str | None) -> bool:
    return v is not None and v.lower() in ("1", "true", "on")


def resolve(styles: Styles, pstyle: str | None, run: ET.Element) -> tuple[bool, int, bool]:
    rpr = run.find(W + "rPr")
    rs = rpr.find(W + "rStyle") if rpr is not None else None
    cstyle = None if rs is None else rs.get(W + "val")
    bold = get_b(rpr)
    if bold is None:
        bold = bool(get_b(styles.defaults))
        para_b = styles.chain_value(pstyle, get_b)
        if para_b is not None:
            bold = para_b
        if styles.chain_value(cstyle, get_b):
            bold = not bold
    size = get_sz(rpr)
    for source in (lambda: styles.chain_value(cstyle, get_sz), lambda: styles.chain_value(pstyle, get_sz),
                   lambda: get_sz(styles.defaults), lambda: 20):
        if size is not None:
            break
        size = source()
    under = get_u(rpr)
    for source in (lambda: styles.chain_value(cstyle, get_u), lambda: styles.chain_value(pstyle, get_u),
                   lambda: get_u(styles.defaults)):
        if under is not None:
            break
        under = source()
    return bold, int(size or 20), bool(under and under != "none")


def heading_codes(core: str) -> set[str]:
    core = core.strip("【】 \u3000").rstrip("：:")
    if core in HEADING_CODE:
        return {HEADING_CODE[core]}
    return {HEADING_CODE[part] for part in re.split(r"[和与及、/]", core) if part in HEADING_CODE}


def strip_prefix(text: str) -> int:
    """Length of leading whitespace + article / item numbers."""
    pos = len(text) - len(text.lstrip())
    for _ in range(2):
        m = PREFIX.match(text[pos:])
        if not m or not m.group(0):
            break
        pos += m.end()
    return pos


def analyse(path: Path) -> dict:  # type: ignore[type-arg]
    with zipfile.ZipFile(path) as z:
        doc = ET.fromstring(z.read("word/document.xml"))
        styles = Styles(ET.fromstring(z.read("word/styles.xml")))
    paras = []
    sizes: Counter[int] = Counter()
    for para in doc.iter(W + "p"):
        ppr = para.find(W + "pPr")
        ps = ppr.find(W + "pStyle") if ppr is not None else None
        pstyle = styles.default_para if ps is None else ps.get(W + "val")
        numbered = (ppr is not None and ppr.find(W + "numPr") is not None) or styles.numbered(pstyle)
        chars: list[tuple[str, bool, int, bool]] = []
        for run in para.iter(W + "r"):
            text = "".join(t.text or "" for t in run.iter(W + "t"))
            bold, size, under = resolve(styles, pstyle, run)
            chars.extend((c, bold, size, under) for c in text)
            sizes.update(size for c in text if not c.isspace())
        paras.append((chars, numbered))
    body_size = min(sizes.items(), key=lambda kv: (-kv[1], kv[0]))[0]

    present: set[str] = set()
    clauses: list[tuple[str, bool]] = []
    current: set[str] = set()
    hidden_open = False
    for chars, numbered in paras:
        text = "".join(c[0] for c in chars)
        start = strip_prefix(text)
        core = text[start:].strip()
        if not core:
            continue
        is_heading = len(core) <= 24 and not (set(core) & HEADING_PUNCT)
        if re.fullmatch(r"【[^】]{1,20}】", core):
            is_heading = True
        label = None if is_heading else LABEL.match(core)
        if is_heading:
            current = heading_codes(core)
            present |= current
            hidden_open = False
            continue
        if label:
            codes = heading_codes(label.group(1) or label.group(2))
            if codes:
                current = codes
                present |= codes
                start = text.index(core) + label.end()
        for code, rx in RULES.items():
            if re.search(rx, text):
                present.add(code)
        body = [c for c in chars[start:] if not c[0].isspace()]
        is_clause = False
        if "EXCLUSIONS" in current:
            is_clause = True
        elif re.search(RULES["EXCLUSIONS"], text):
            is_clause = True
            hidden_open = text.rstrip().endswith(("：", ":"))
        elif hidden_open and (numbered or (start > 0 and PREFIX.match(text.lstrip()))):
            is_clause = True
        else:
            hidden_open = False
        if is_clause and body:
            emph = all(b or u or s > body_size for _, b, s, u in body)
            clauses.append((core, emph))
    return {
        "file": path.name,
        "exclusions_emphasized": bool(clauses) and all(e for _, e in clauses),
        "sections_present": [c for c in CODES if c in present],
        "sections_missing": [c for c in CODES if c not in present],
        "_body_pt": body_size / 2,
        "_clauses": len(clauses),
        "_emphasised_clauses": sum(e for _, e in clauses),
        "_plain": [c[:24] for c, e in clauses if not e],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rebuild", action="store_true", help="run build.py into a temp dir and compare bytes")
    ap.add_argument("--table", action="store_true", help="print a markdown row per document")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the exclusion clauses found")
    args = ap.parse_args()
    labels = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]
    files = sorted(p.name for p in HERE.glob("*.docx"))
    errors = []
    if files != sorted(lab["file"] for lab in labels):
        errors.append(f"files and labels.jsonl differ: {files} vs {[lab['file'] for lab in labels]}")
    for lab in labels:
        got = analyse(HERE / lab["file"])
        errors.extend(
            f"{lab['file']}: {key} label {lab[key]} but XML says {got[key]}"
            for key in ("exclusions_emphasized", "sections_present", "sections_missing")
            if got[key] != lab[key]
        )
        if args.verbose:
            print(lab["file"], got["_clauses"], "clauses,", got["_emphasised_clauses"], "emphasised; plain:", got["_plain"])
        if args.table:
            missing = ", ".join(got["sections_missing"]) or "—"
            print(f"| {lab['file']} | {'yes' if got['exclusions_emphasized'] else 'no'} | {got['_body_pt']:g} pt "
                  f"| {got['_emphasised_clauses']}/{got['_clauses']} | {missing} |")
    if args.rebuild:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, str(HERE / "build.py"), tmp], check=True, capture_output=True)
            errors.extend(
                f"{name}: rebuild is not byte-identical"
                for name in [*files, "labels.jsonl"]
                if (Path(tmp) / name).read_bytes() != (HERE / name).read_bytes()
            )
            extra = sorted(p.name for p in Path(tmp).iterdir()) != sorted([*files, "labels.jsonl"])
            if extra:
                errors.append("rebuild produced a different file list")
    for e in errors:
        print("ERROR", e)
    n_emph = sum(lab["exclusions_emphasized"] for lab in labels)
    n_missing = sum(bool(lab["sections_missing"]) for lab in labels)
    print(f"{len(labels)} documents ({n_emph} emphasised, {n_missing} with missing sections): "
          f"{'OK' if not errors else f'{len(errors)} error(s)'}{' (rebuild byte-identical)' if args.rebuild and not errors else ''}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())

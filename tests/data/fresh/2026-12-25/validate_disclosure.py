"""Recompute every label of disclosure/labels.jsonl from the .docx XML (standard library only).

- Emphasis: each run's bold / underline / size is resolved the way Word does it: document defaults,
  then the table style (with its firstRow / firstCol conditional formatting when the table's tblLook
  turns them on), then the paragraph style and its basedOn chain (the default paragraph style when none
  is named), then the character style and its chain, then the run's direct properties. Paragraph-mark
  properties (w:pPr/w:rPr), numbering-level properties, complex-script properties (w:bCs, w:szCs),
  italics, colour, highlight and shading do not make text emphasised. The body size is the dominant
  resolved w:sz over all non-space characters of the document body.
  A document's exclusions are emphasised when every non-space character of every exclusion clause body
  listed in disclosure_key.json is bold, underlined (any w:u other than none) or larger than the body size.
  (No document combines bold in two different style types, so toggle-property XOR never arises.)
- Sections: a paragraph is a heading when, after its numbering prefix (第X章/节/条/部分, 一、, (一), 1., 1.1, 【】)
  is stripped, it has at most 16 characters, or it starts with a run-in label of at most 12 characters
  followed by a colon. A section is present when one of its heading words occurs in such a heading.
- --rebuild: runs build_disclosure.py into a temporary folder (needs python-docx: pass --python PATH,
  default /work/main/.venv/bin/python) and checks that every file is byte-identical.
"""

from __future__ import annotations

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
ALL = ["INSURED_SCOPE", "COVERAGE", "EXCLUSIONS", "SUM_INSURED", "PREMIUM", "PERIOD", "CLAIMS", "DISPUTES",
       "DEFINITIONS"]
HEADING_WORDS = {
    "INSURED_SCOPE": ["被保险人", "保险标的", "保险对象", "投保范围", "承保对象"],
    "COVERAGE": ["保险责任", "保障责任", "保障内容", "承保责任"],
    "EXCLUSIONS": ["责任免除", "除外责任", "免除责任", "不保事项", "免责"],
    "SUM_INSURED": ["保险金额", "保额", "赔偿限额", "责任限额"],
    "PREMIUM": ["保险费", "保费"],
    "PERIOD": ["保险期间", "保险期限", "责任起讫"],
    "CLAIMS": ["保险金申请", "赔偿处理", "理赔", "保险金给付", "索赔"],
    "DISPUTES": ["争议处理", "争议解决", "纠纷", "法律适用"],
    "DEFINITIONS": ["释义", "名词解释", "定义", "术语"],
}
PREFIX = re.compile(r"^\s*(第[一二三四五六七八九十百零]+(章|节|条|部分)\s*|[一二三四五六七八九十]+、\s*"
                    r"|[((][一二三四五六七八九十\d]+[))]\s*|\d+(\.\d+)*[\.、]?\s*)?")
OFF = {"0", "false", "off", "none"}


def onoff(el: ET.Element | None) -> bool | None:
    if el is None:
        return None
    return el.get(W + "val", "true").lower() not in OFF


def props(rpr: ET.Element | None) -> dict[str, object]:
    out: dict[str, object] = {}
    if rpr is None:
        return out
    b = onoff(rpr.find(W + "b"))
    if b is not None:
        out["b"] = b
    u = rpr.find(W + "u")
    if u is not None:
        out["u"] = u.get(W + "val", "single") != "none"
    sz = rpr.find(W + "sz")
    if sz is not None:
        out["sz"] = int(sz.get(W + "val"))
    return out


class Styles:
    def __init__(self, root: ET.Element) -> None:
        self.by_id = {s.get(W + "styleId"): s for s in root.iter(W + "style")}
        self.default_para = next((s.get(W + "styleId") for s in root.iter(W + "style")
                                  if s.get(W + "type") == "paragraph" and onoff_attr(s)), None)
        dd = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.defaults = props(dd)

    def chain(self, sid: str | None) -> dict[str, object]:
        seq = []
        seen = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            st = self.by_id[sid]
            seq.append(st)
            based = st.find(W + "basedOn")
            sid = based.get(W + "val") if based is not None else None
        out: dict[str, object] = {}
        for st in reversed(seq):
            out.update(props(st.find(W + "rPr")))
        return out

    def conditional(self, sid: str | None, kind: str) -> dict[str, object]:
        st = self.by_id.get(sid) if sid else None
        if st is None:
            return {}
        for cond in st.findall(W + "tblStylePr"):
            if cond.get(W + "type") == kind:
                return props(cond.find(W + "rPr"))
        return {}


def onoff_attr(style: ET.Element) -> bool:
    return style.get(W + "default") in ("1", "true", "on")


def paragraphs(doc: ET.Element, styles: Styles):
    """Yield (paragraph text, list of (char, resolved props)) for body paragraphs, tables included."""
    body = doc.find(W + "body")

    def para(p: ET.Element, table_props: dict[str, object]):
        ppr = p.find(W + "pPr")
        ps = ppr.find(W + "pStyle") if ppr is not None else None
        pstyle = ps.get(W + "val") if ps is not None else styles.default_para
        base = dict(styles.defaults)
        base.update(table_props)
        base.update(styles.chain(pstyle))
        chars = []
        for r in p.iter(W + "r"):
            rpr = r.find(W + "rPr")
            res = dict(base)
            rs = rpr.find(W + "rStyle") if rpr is not None else None
            if rs is not None:
                res.update(styles.chain(rs.get(W + "val")))
            res.update(props(rpr))
            for t in r.findall(W + "t"):
                chars.extend((ch, res) for ch in t.text or "")
        return "".join(c for c, _ in chars), chars

    for el in body:
        if el.tag == W + "p":
            yield para(el, {})
        elif el.tag == W + "tbl":
            tpr = el.find(W + "tblPr")
            ts = tpr.find(W + "tblStyle") if tpr is not None else None
            tsid = ts.get(W + "val") if ts is not None else None
            look = tpr.find(W + "tblLook") if tpr is not None else None
            first_row = look is not None and look.get(W + "firstRow") in ("1", "true", "on")
            first_col = look is not None and look.get(W + "firstColumn") in ("1", "true", "on")
            for ri, tr in enumerate(el.findall(W + "tr")):
                for ci, tc in enumerate(tr.findall(W + "tc")):
                    tp = styles.chain(tsid)
                    if first_row and ri == 0:
                        tp.update(styles.conditional(tsid, "firstRow"))
                    if first_col and ci == 0:
                        tp.update(styles.conditional(tsid, "firstCol"))
                    for p in tc.findall(W + "p"):
                        yield para(p, tp)


def heading_sections(text: str) -> set[str]:
    stripped = PREFIX.sub("", text, count=1).strip().strip("【】[]")
    label = None
    if len(stripped) <= 16:
        label = stripped
    else:
        m = re.match(r"^(.{1,12}?)[::]", stripped)
        if m:
            label = m.group(1)
    if not label:
        return set()
    return {code for code, words in HEADING_WORDS.items() if any(w in label for w in words)}


def recompute(path: Path, bodies: list[str]) -> tuple[dict[str, object], list[str]]:
    problems: list[str] = []
    with zipfile.ZipFile(path) as z:
        doc = ET.fromstring(z.read("word/document.xml"))
        styles = Styles(ET.fromstring(z.read("word/styles.xml")))
    paras = list(paragraphs(doc, styles))
    sizes: Counter[int] = Counter()
    for _, chars in paras:
        for ch, res in chars:
            if not ch.isspace():
                sizes[int(res.get("sz", 20))] += 1  # type: ignore[arg-type]
    body_sz = sizes.most_common(1)[0][0]
    present: set[str] = set()
    for text, _ in paras:
        present |= heading_sections(text)
    emphasised = True
    for body in bodies:
        hits = [(text, chars) for text, chars in paras if body in text]
        if len(hits) != 1:
            problems.append(f"{path.name}: exclusion body found {len(hits)} times: {body[:20]}")
            continue
        text, chars = hits[0]
        start = text.index(body)
        for ch, res in chars[start:start + len(body)]:
            if ch.isspace():
                continue
            if not (res.get("b") or res.get("u") or int(res.get("sz", 20)) > body_sz):  # type: ignore[arg-type]
                emphasised = False
                break
    if not bodies:
        emphasised = False
    label = {"file": path.name, "exclusions_emphasized": emphasised,
             "sections_present": [c for c in ALL if c in present],
             "sections_missing": [c for c in ALL if c not in present]}
    return label, problems


def rebuild(python: str) -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "disclosure"
        subprocess.run([python, str(HERE / "build_disclosure.py"), "--out", str(out)], check=True,
                       stdout=subprocess.DEVNULL)
        problems.extend(f"rebuild differs: {f.name}" for f in sorted((HERE / "disclosure").iterdir())
                        if (out / f.name).read_bytes() != f.read_bytes())
        if (Path(tmp) / "disclosure_key.json").read_bytes() != (HERE / "disclosure_key.json").read_bytes():
            problems.append("rebuild differs: disclosure_key.json")
        extra = {p.name for p in out.iterdir()} - {p.name for p in (HERE / "disclosure").iterdir()}
        problems += [f"rebuild made an extra file {e}" for e in sorted(extra)]
    return problems


def main() -> int:
    key = json.loads((HERE / "disclosure_key.json").read_text(encoding="utf-8"))
    labels = [json.loads(x) for x in (HERE / "disclosure" / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    problems: list[str] = []
    files = sorted(p.name for p in (HERE / "disclosure").glob("*.docx"))
    if files != sorted(r["file"] for r in labels):
        problems.append("labels.jsonl and the .docx files differ")
    emph = 0
    missing_docs = 0
    counts: Counter[str] = Counter()
    for rec in labels:
        if set(rec) != {"file", "exclusions_emphasized", "sections_present", "sections_missing"}:
            problems.append(f"{rec.get('file')}: keys {sorted(rec)}")
        got, p = recompute(HERE / "disclosure" / rec["file"], key[rec["file"]]["exclusion_bodies"])
        problems += p
        if got != rec:
            problems.append(f"{rec['file']}: label {rec} but the XML gives {got}")
        emph += bool(rec["exclusions_emphasized"])
        missing_docs += bool(rec["sections_missing"])
        counts.update(rec["sections_missing"])
    if "--rebuild" in sys.argv:
        python = sys.argv[sys.argv.index("--python") + 1] if "--python" in sys.argv else "/work/main/.venv/bin/python"
        problems += rebuild(python)
    print(f"{len(labels)} documents; exclusions emphasised {emph}, not {len(labels) - emph}; "
          f"documents missing a section {missing_docs}; missing per section {dict(counts)}")
    for pr in problems:
        print("ERROR", pr)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

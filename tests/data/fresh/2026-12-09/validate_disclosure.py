"""Recompute every label of the 2026-12-09 disclosure set from the .docx XML (standard library only).

Emphasis, resolved as Word resolves run properties: for bold (w:b), underline (w:u) and size (w:sz) the value is the
one set nearest to the run in this order — direct run properties, the run's character style and its basedOn chain
(the default character style when the run names none), the paragraph's style and its basedOn chain (the default
paragraph style when it names none), the table style chain for text in a table, the document defaults. Unset: not
bold, not underlined, 10 pt. Bold and size are the non-complex-script properties (w:bCs, w:szCs do not apply to
Chinese text); w:u counts unless its value is "none"; paragraph-mark properties (w:pPr/w:rPr) and numbering-label
properties apply to no text. Body size is the size carrying the most non-whitespace characters in the document.

Exclusion clauses, found by text: every paragraph (tables included) of a section headed 责任免除 / 除外责任 / 不保事项
(a heading paragraph or a run-in label), up to the next heading; and, anywhere else, every sentence that exempts
the insurer (不负责赔偿, 不承担…责任, 不属于保险标的 …). A clause is emphasised when each of its non-whitespace
characters is bold, underlined or larger than the body size; a document is emphasised when all its clauses are.

Sections, found by text: a heading (第X章/节/条, 一、, （一）, 1., 【】 or a run-in label) naming the section or a
synonym, or an article that states the section's rule (see ARTICLE).

    python validate_disclosure.py             # recompute, compare with labels.jsonl, print the table
    python validate_disclosure.py -v          # also list each document's exclusion clauses
    python validate_disclosure.py --rebuild   # also rebuild with build_disclosure.py and compare byte for byte
                                              # (--python PATH: an interpreter with python-docx, default this one)

Toggle properties: ECMA-376 §17.7.3 read literally makes w:b in a style toggle the inherited value and makes
w:b w:val="0" in a style a no-op. The labels follow Word's practice (nearest value wins, an explicit 0 turns bold
off); the script reports every exclusion run on which the literal reading would differ.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = HERE / "disclosure"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADING_SYNONYMS = {
    "INSURED_SCOPE": r"^(保险标的|被保险人|投保范围|保险对象|保障对象)$",
    "COVERAGE": r"^(保险责任|保障责任|保障内容|保障范围)$",
    "EXCLUSIONS": r"^(责任免除|除外责任|不保事项|免责事项)$",
    "SUM_INSURED": r"保险金额|责任限额|赔偿限额",
    "PREMIUM": r"保险费|保费",
    "PERIOD": r"保险期间|保险期限|责任起讫",
    "CLAIMS": r"赔偿处理|保险金申请|理赔|索赔",
    "DISPUTES": r"争议",
    "DEFINITIONS": r"^(释义|名词解释|定义|术语解释)$",
}
CODES = list(HEADING_SYNONYMS)  # the nine section codes, in the README's order
ARTICLE = {
    "INSURED_SCOPE": r"(可作为|列为)本保险合同的?(保险标的|被保险人)|可作为(保险标的|被保险人)"
    r"|本保险合同的(保险标的|被保险人)为|本保险合同中的被保险(机动车|财产)是指",
    "COVERAGE": r"保险人(按照|依照)本保险合同的?约定负责(赔偿|给付)",
    "SUM_INSURED": r"(保险金额|责任限额|赔偿限额)(由|按|为|以|根据|参照)",
    "PREMIUM": r"(保险费|保费)(由|按|为|根据|以)|(交付|缴纳|交纳|交清|支付)(全部)?(保险费|保费)",
    "PERIOD": r"(保险期间|保险期限)(为|自|以|由)",
    "CLAIMS": r"(请求|申请)(赔偿|给付保险金|理赔)[^。]{0,12}(应|须)",
    "DISPUTES": r"仲裁|人民法院|适用中华人民共和国法律",
    "DEFINITIONS": r"适用下列释义|下列(术语|用语)的含义|所称.{1,12}是指|^[^，。；：]{2,10}：指",
}
EXEMPT = re.compile(
    r"不负责赔偿|不负赔偿责任|不负责给付|不承担[^。；]{0,10}责任|不予(赔偿|给付|理赔)"
    r"|不(属于|在)(本保险合同的)?保险标的"
)
PREFIX = re.compile(
    r"^(第[一二三四五六七八九十百零〇\d]+[章节部分条]\s*|[一二三四五六七八九十]+、\s*|（[一二三四五六七八九十]+）\s*"
    r"|\d+(\.\d+)*[.．、]?\s+|\d+[.．、]\s*)"
)
RUN_IN = re.compile(r"^((第[一二三四五六七八九十百零〇\d]+条\s*)?【([^】]{1,14})】|([^，。；：\s【】]{2,10})：)")
ON = {None, "1", "true", "on"}


# ----------------------------------------------------------------------------------------------------------------
# Styles and run properties


def props(rpr: ET.Element | None) -> dict[str, object]:
    """The three emphasis properties an rPr sets (absent keys: not set here)."""
    out: dict[str, object] = {}
    if rpr is None:
        return out
    b = rpr.find(W + "b")
    if b is not None:
        out["b"] = b.get(W + "val") in ON
    u = rpr.find(W + "u")
    if u is not None:
        out["u"] = u.get(W + "val") not in ("none", None)
    sz = rpr.find(W + "sz")
    if sz is not None:
        out["sz"] = int(sz.get(W + "val", "20"))
    return out


class Styles:
    def __init__(self, root: ET.Element) -> None:
        self.by_id: dict[str, tuple[str, str | None, dict[str, object]]] = {}
        self.default: dict[str, str] = {}
        for st in root.iter(W + "style"):
            sid = st.get(W + "styleId", "")
            kind = st.get(W + "type", "")
            based = st.find(W + "basedOn")
            self.by_id[sid] = (kind, None if based is None else based.get(W + "val"), props(st.find(W + "rPr")))
            if st.get(W + "default") in ("1", "true", "on"):
                self.default[kind] = sid
        dd = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.doc_defaults = props(dd)

    def chain(self, sid: str | None, kind: str) -> list[dict[str, object]]:
        """Property dicts of a style and its bases, nearest first (the default style of the kind if sid is None)."""
        sid = sid if sid is not None else self.default.get(kind)
        out: list[dict[str, object]] = []
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            _, based, p = self.by_id[sid]
            out.append(p)
            sid = based
        return out


def resolve(levels: list[dict[str, object]], key: str, default: object) -> object:
    for level in levels:
        if key in level:
            return level[key]
    return default


def literal_bold(direct: dict[str, object], style_levels: list[dict[str, object]], defaults: dict[str, object]) -> bool:
    """ECMA-376 §17.7.3 read literally: style-level true toggles, style-level false is a no-op, direct is absolute."""
    if "b" in direct:
        return bool(direct["b"])
    state = bool(defaults.get("b", False))
    for level in reversed(style_levels):
        if level.get("b") is True:
            state = not state
    return state


# ----------------------------------------------------------------------------------------------------------------
# Document model: paragraphs with per-character properties


class Para:
    def __init__(self, text: str, chars: list[tuple[bool, bool, int, bool]], in_table: bool, numbered: bool) -> None:
        self.text = text
        self.chars = chars  # (bold, underline, size, literal-reading bold) per character of text
        self.in_table = in_table
        self.numbered = numbered


def read_docx(path: Path) -> list[Para]:
    with zipfile.ZipFile(path) as z:
        styles = Styles(ET.fromstring(z.read("word/styles.xml")))
        body = ET.fromstring(z.read("word/document.xml")).find(W + "body")
    assert body is not None
    paras: list[Para] = []

    def para(p: ET.Element, table_chain: list[dict[str, object]]) -> None:
        ppr = p.find(W + "pPr")
        pstyle = None if ppr is None or ppr.find(W + "pStyle") is None else ppr.find(W + "pStyle").get(W + "val")  # type: ignore[union-attr]
        numbered = ppr is not None and ppr.find(W + "numPr") is not None
        para_chain = styles.chain(pstyle, "paragraph")
        text: list[str] = []
        chars: list[tuple[bool, bool, int, bool]] = []
        for r in p.iter(W + "r"):
            rpr = r.find(W + "rPr")
            direct = props(rpr)
            rstyle = None if rpr is None or rpr.find(W + "rStyle") is None else rpr.find(W + "rStyle").get(W + "val")  # type: ignore[union-attr]
            style_levels = styles.chain(rstyle, "character") + para_chain + table_chain
            levels = [direct, *style_levels, styles.doc_defaults]
            b = bool(resolve(levels, "b", False))
            u = bool(resolve(levels, "u", False))
            sz = int(resolve(levels, "sz", 20))  # type: ignore[call-overload]
            lit = literal_bold(direct, style_levels, styles.doc_defaults)
            for t in r.iter(W + "t"):
                for ch in t.text or "":
                    text.append(ch)
                    chars.append((b, u, sz, lit))
        paras.append(Para("".join(text), chars, bool(table_chain) or in_table[0], numbered))

    in_table = [False]
    for child in body:
        if child.tag == W + "p":
            para(child, [])
        elif child.tag == W + "tbl":
            tpr = child.find(W + "tblPr")
            tstyle = (
                None if tpr is None or tpr.find(W + "tblStyle") is None else tpr.find(W + "tblStyle").get(W + "val")
            )  # type: ignore[union-attr]
            tchain = styles.chain(tstyle, "table")
            in_table[0] = True
            for p in child.iter(W + "p"):
                para(p, tchain)
            in_table[0] = False
    return paras


# ----------------------------------------------------------------------------------------------------------------
# Headings, sections, exclusion clauses


def heading(p: Para) -> tuple[int, str] | None:
    """(end of the heading text, heading words) when the paragraph is a heading or starts with a run-in label."""
    if p.in_table or p.numbered:
        return None
    text = p.text.strip()
    m = RUN_IN.match(text)
    if m:
        words = m.group(3) or m.group(4)
        offset = len(p.text) - len(p.text.lstrip())
        return offset + m.end(), words
    core = PREFIX.sub("", text, count=1).strip().strip("【】")
    if core and len(core) <= 16 and not re.search(r"[，。；：,;]", core):
        return len(p.text), core
    return None


def codes_of(words: str) -> set[str]:
    return {code for code, rx in HEADING_SYNONYMS.items() if re.search(rx, words)}


def sentences(text: str, start: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in re.finditer("。", text):
        if m.end() > start:
            out.append((pos, m.end()))
            pos = m.end()
    if pos < len(text) and text[pos:].strip():
        out.append((pos, len(text)))
    return out


def analyse(paras: list[Para]) -> dict[str, object]:
    sizes: Counter[int] = Counter()
    for p in paras:
        for ch, (_, _, sz, _) in zip(p.text, p.chars, strict=False):
            if not ch.isspace():
                sizes[sz] += 1
    top = sizes.most_common(2)
    assert len(top) < 2 or top[0][1] != top[1][1], "no dominant size"
    body = top[0][0]

    present: set[str] = set()
    clauses: list[tuple[Para, int, int]] = []
    in_excl = False
    for p in paras:
        h = heading(p)
        start = 0
        if h is not None:
            start, words = h
            found = codes_of(words)
            present |= found
            in_excl = "EXCLUSIONS" in found
        body_text = p.text[start:]
        stripped = PREFIX.sub("", body_text.strip(), count=1)
        for code, rx in ARTICLE.items():
            if re.search(rx, stripped if code == "DEFINITIONS" else body_text):
                present.add(code)
        if in_excl:
            if body_text.strip():
                clauses.append((p, start, len(p.text)))
                present.add("EXCLUSIONS")
            continue
        for a, b in sentences(p.text, start):
            if EXEMPT.search(p.text[a:b]):
                clauses.append((p, a, b))
                present.add("EXCLUSIONS")

    report = []
    literal_differs = 0
    for p, a, b in clauses:
        ok = True
        for ch, (bold, under, sz, lit) in zip(p.text[a:b], p.chars[a:b], strict=False):
            if ch.isspace():
                continue
            if not (bold or under or sz > body):
                ok = False
            if lit != bold and not under and not sz > body:
                literal_differs += 1
        report.append((ok, p.text[a:b].strip()))
    return {
        "body_size": body,
        "clauses": report,
        "emphasized": bool(report) and all(ok for ok, _ in report),
        "present": [c for c in CODES if c in present],
        "missing": [c for c in CODES if c not in present],
        "literal_differs": literal_differs,
    }


# ----------------------------------------------------------------------------------------------------------------


def rebuild_check(python: str) -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [python, str(HERE / "build_disclosure.py"), "--out", tmp],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        if done.returncode:
            return [f"build_disclosure.py failed under {python} (it needs python-docx; pass --python):\n{done.stderr}"]
        fresh = sorted(p.name for p in Path(tmp).iterdir())
        have = sorted(p.name for p in SET.iterdir())
        if fresh != have:
            problems.append(f"rebuild gives other files: {fresh} vs {have}")
        problems += [
            f"{name}: rebuild is not byte-identical"
            for name in fresh
            if (Path(tmp) / name).read_bytes() != (SET / name).read_bytes()
        ]
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--rebuild", action="store_true", help="rebuild into a temporary folder and compare bytes")
    ap.add_argument("--python", default=sys.executable, help="interpreter with python-docx for --rebuild")
    args = ap.parse_args()
    labels = [json.loads(line) for line in (SET / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    problems: list[str] = []
    docs = sorted(p.name for p in SET.glob("*.docx"))
    if docs != sorted(row["file"] for row in labels):
        problems.append("labels.jsonl and the .docx files differ")
    print("| file | emphasised | body size | clauses (emphasised) | missing sections |")
    print("| --- | --- | --- | --- | --- |")
    for row in labels:
        got = analyse(read_docx(SET / row["file"]))
        clauses = got["clauses"]
        assert isinstance(clauses, list)
        n_ok = sum(1 for ok, _ in clauses if ok)
        missing = ", ".join(got["missing"]) or "—"  # type: ignore[arg-type]
        size = f"{int(got['body_size']) / 2:g} pt"  # type: ignore[call-overload]
        print(
            f"| {row['file']} | {'yes' if got['emphasized'] else 'no'} | {size} | {len(clauses)} ({n_ok}) | {missing} |"
        )
        if got["emphasized"] != row["exclusions_emphasized"]:
            problems.append(
                f"{row['file']}: emphasised {got['emphasized']} but labelled {row['exclusions_emphasized']}"
            )
        if got["present"] != row["sections_present"] or got["missing"] != row["sections_missing"]:
            problems.append(f"{row['file']}: sections present {got['present']} but labelled {row['sections_present']}")
        if set(row["sections_present"]) & set(row["sections_missing"]) or sorted(
            row["sections_present"] + row["sections_missing"]
        ) != sorted(CODES):
            problems.append(f"{row['file']}: present and missing must split the nine codes")
        if got["literal_differs"]:
            print(
                f"  note: {row['file']}: {got['literal_differs']} exclusion characters would be bold under a literal "
                "reading of the toggle rule (ECMA-376 §17.7.3); labelled as Word shows them"
            )
        if args.verbose:
            for ok, text in clauses:
                print(f"    {'+' if ok else '-'} {text[:60]}")
    n_emph = sum(1 for row in labels if row["exclusions_emphasized"])
    n_missing = sum(1 for row in labels if row["sections_missing"])
    print(f"{len(labels)} documents, {n_emph} emphasised, {n_missing} with a missing section")
    if args.rebuild:
        problems += rebuild_check(args.python)
        if not problems:
            print("rebuild: byte-identical")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""Recompute every label of the 2027-01-22 disclosure set from the .docx XML (standard library only).

Run: python3 tests/data/fresh/2027-01-22/disclosure/validate_disclosure.py [--rebuild] [-v]
--rebuild also runs build_disclosure.py into a temporary folder (with the project's virtualenv python) and
checks that every file comes out byte-identical.

Rules used here (the README of this set explains them):
- the final view of tracked changes: w:del / w:moveFrom text is gone, w:ins / w:moveTo text is there;
  hidden text (w:vanish, resolved through styles) is not shown and is ignored;
- only the main story counts (body, tables, nested tables, content controls, text boxes); headers and
  footers are outside the body and are not read for labels;
- a run's bold / underline / size are resolved: direct rPr, then character style chain, then paragraph
  style chain, then docDefaults (no set mixes a bold character style with a bold paragraph style);
- body size = the most frequent resolved size over the visible characters of the main story;
- numbering labels (from numbering.xml) and item numbers in a cell of their own are not clause text;
- a section is present when a visible paragraph is a heading that names it (第X章/第X条/一、/1/【】 prefixes,
  run-in labels ending in a colon, combined headings, synonyms, label cells of a table);
- an exclusion clause body is every visible paragraph after an exclusions heading up to the next heading
  (for a run-in label, the text after the colon), plus the exclusion sentences hidden in other sections
  listed in HIDDEN below. Emphasised = every non-space character of every such body is bold, underlined
  or larger than the body size.
"""

from __future__ import annotations

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
KEYWORDS = {
    "INSURED_SCOPE": ["被保险人", "保险标的", "投保范围", "保障对象"],
    "COVERAGE": ["保险责任", "保障范围"],
    "EXCLUSIONS": ["责任免除", "除外责任"],
    "SUM_INSURED": ["保险金额", "保险金额与免赔额", "保险金额和免赔额", "责任限额", "赔偿限额"],
    "PREMIUM": ["保险费"],
    "PERIOD": ["保险期间", "保险期限", "责任起讫"],
    "CLAIMS": ["赔偿处理", "保险金申请与给付", "保险金申请", "保险金的申请", "索赔", "理赔"],
    "DISPUTES": ["争议处理", "争议解决"],
    "DEFINITIONS": ["释义", "名词解释"],
}
KW2CODE = {k: c for c, ks in KEYWORDS.items() for k in ks}
KW = "(?:" + "|".join(sorted(map(re.escape, KW2CODE), key=len, reverse=True)) + ")"
PREFIX = (
    r"(?:第[一二三四五六七八九十百零\d]+(?:章|节|条|部分)\s*|[一二三四五六七八九十]+[、.．]\s*"
    r"|\d+(?:\.\d+)*[、.．]?\s*)?"
)
HEADING = re.compile(
    rf"^{PREFIX}【?(?P<kws>{KW}(?:(?:、|与|和|及|以及){KW})*)】?(?:[（(][^）)]*[）)])?\s*(?P<sep>[：:]|$)"
)
ITEM_MARK = re.compile(r"^[\d甲乙丙丁（）()、.．]+$")
# paragraph styles used for headings or table header rows: they end an exclusions range and are not clause text
HEADING_STYLES = {
    "Heading1",
    "FormLabel",
    "ChapterHead",
    "SecHead",
    "NumHead",
    "PartHead",
    "ArtHead",
    "BracketHead",
    "Lvl1Head",
    "SimpleHead",
    "SecTitle",
    "GHead",
    "TableHead",
}
# exclusion clauses hidden in other sections: the start of each such paragraph
HIDDEN = {
    "d01_motor_tpl_element_table.docx": ["被保险人未依照约定履行通知义务"],
    "d08_travel_bracket_headings_hidden_plain.docx": ["被保险人在境外从事潜水"],
    "d10_driver_passenger_synonyms_chain.docx": ["被保险车辆用于网约车", "被保险人在车辆停放期间离开车辆后"],
    "d14_motor_damage_paragraph_mark_only.docx": [
        "下列原因导致的被保险机动车的损失和费用",
        "（一）地震及其次生灾害",
        "（二）战争、军事冲突、恐怖活动",
        "（三）竞赛、测试",
        "（四）被保险机动车被扣押",
        "（五）因市场价格变动造成的贬值",
    ],
}
# how many exclusion-body paragraphs each document has (a cross-check of the range rule)
EXPECTED_BODY = {
    "d01_motor_tpl_element_table.docx": 8,
    "d02_home_property_numbered_chapters.docx": 9,
    "d03_accident_tracked_review.docx": 7,
    "d04_medical_inserted_plain_item.docx": 8,
    "d05_employer_liability_textbox.docx": 7,
    "d06_cargo_exclusion_rows_nested.docx": 9,
    "d07_crop_content_controls_fields.docx": 6,
    "d08_travel_bracket_headings_hidden_plain.docx": 6,
    "d09_pet_runin_labels_larger.docx": 6,
    "d10_driver_passenger_synonyms_chain.docx": 7,
    "d11_cancer_medical_shading_italic.docx": 5,
    "d12_ebike_frames_bold_off.docx": 5,
    "d13_public_liability_combined_underline.docx": 6,
    "d14_motor_damage_paragraph_mark_only.docx": 6,
    "d15_group_health_summary_table_unbolded.docx": 5,
}


def _on(el: ET.Element | None) -> bool | None:
    if el is None:
        return None
    return el.get(W + "val", "true") not in ("0", "false", "off")


def _prop(rpr: ET.Element | None, name: str) -> object:
    if rpr is None:
        return None
    el = rpr.find(W + name)
    if el is None:
        return None
    if name == "u":
        return el.get(W + "val", "single") != "none"
    if name == "sz":
        return int(el.get(W + "val", "0"))
    return _on(el)


class Styles:
    def __init__(self, root: ET.Element) -> None:
        self.styles = {s.get(W + "styleId"): s for s in root.iter(W + "style")}
        self.default_para = next(
            (
                s.get(W + "styleId")
                for s in root.iter(W + "style")
                if s.get(W + "type") == "paragraph" and s.get(W + "default") in ("1", "true")
            ),
            None,
        )
        self.doc_rpr = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")

    def chain(self, sid: str | None) -> list[ET.Element]:
        out, seen = [], set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            st = self.styles[sid]
            out.append(st)
            based = st.find(W + "basedOn")
            sid = based.get(W + "val") if based is not None else None
        return out

    def resolve(self, name: str, rpr: ET.Element | None, pstyle: str | None) -> object:
        val = _prop(rpr, name)
        if val is not None:
            return val
        rs = rpr.find(W + "rStyle") if rpr is not None else None
        for st in self.chain(rs.get(W + "val") if rs is not None else None):
            val = _prop(st.find(W + "rPr"), name)
            if val is not None:
                return val
        for st in self.chain(pstyle or self.default_para):
            val = _prop(st.find(W + "rPr"), name)
            if val is not None:
                return val
        val = _prop(self.doc_rpr, name)
        if val is not None:
            return val
        return 20 if name == "sz" else False


class Para:
    def __init__(self, style: str | None) -> None:
        self.style = style
        self.chars: list[tuple[str, bool, bool, int]] = []  # char, bold, underline, size

    @property
    def text(self) -> str:
        return "".join(c for c, *_ in self.chars)


def read_story(docx_path: Path) -> list[Para]:
    with zipfile.ZipFile(docx_path) as z:
        styles = Styles(ET.fromstring(z.read("word/styles.xml")))
        body = ET.fromstring(z.read("word/document.xml")).find(W + "body")
    if body is None:
        raise ValueError(f"{docx_path.name}: no w:body")
    paras: list[Para] = []

    def block(container: ET.Element) -> None:
        for ch in container:
            if ch.tag == W + "p":
                para(ch)
            elif ch.tag == W + "tbl":
                for tr in ch.findall(W + "tr"):
                    for tc in tr.findall(W + "tc"):
                        block(tc)
            elif ch.tag == W + "sdt":
                content = ch.find(W + "sdtContent")
                if content is not None:
                    block(content)
            elif ch.tag in (W + "ins", W + "moveTo", W + "customXml"):
                block(ch)

    def para(p: ET.Element) -> None:
        ps = p.find(f"{W}pPr/{W}pStyle")
        cur = Para(ps.get(W + "val") if ps is not None else None)
        boxes: list[ET.Element] = []
        state = {"instr": False}

        def inline(container: ET.Element) -> None:
            for ch in container:
                if ch.tag == W + "r":
                    run(ch)
                elif ch.tag in (W + "del", W + "moveFrom"):
                    continue
                elif ch.tag == W + "sdt":
                    content = ch.find(W + "sdtContent")
                    if content is not None:
                        inline(content)
                elif ch.tag in (
                    W + "ins",
                    W + "moveTo",
                    W + "hyperlink",
                    W + "fldSimple",
                    W + "smartTag",
                    W + "customXml",
                ):
                    inline(ch)

        def run(r: ET.Element) -> None:
            rpr = r.find(W + "rPr")
            for item in r:
                if item.tag == W + "fldChar":
                    kind = item.get(W + "fldCharType")
                    state["instr"] = kind == "begin"
                elif item.tag in (W + "pict", W + "drawing"):
                    boxes.extend(item.iter(W + "txbxContent"))
            if state["instr"] or styles.resolve("vanish", rpr, cur.style):
                return
            bold = bool(styles.resolve("b", rpr, cur.style))
            under = bool(styles.resolve("u", rpr, cur.style))
            size = int(styles.resolve("sz", rpr, cur.style))  # type: ignore[call-overload]
            for item in r:
                if item.tag == W + "t":
                    cur.chars.extend((c, bold, under, size) for c in item.text or "")
                elif item.tag == W + "tab":
                    cur.chars.append(("\t", bold, under, size))

        inline(p)
        paras.append(cur)
        for box in boxes:
            block(box)

    block(body)
    return paras


def labels_for(name: str, paras: list[Para]) -> tuple[dict, int]:
    sizes = Counter(s for p in paras for c, _, _, s in p.chars if not c.isspace())
    body_size = sizes.most_common(1)[0][0]
    present: set[str] = set()
    bodies: list[list[tuple[str, bool, bool, int]]] = []
    in_excl = False
    hidden = HIDDEN.get(name, [])
    for p in paras:
        text = p.text.strip()
        if not text:
            continue
        m = HEADING.match(text)
        if m:
            codes = {KW2CODE[k] for k in re.findall(KW, m.group("kws"))}
            present |= codes
            in_excl = "EXCLUSIONS" in codes
            if in_excl and m.group("sep") in ("：", ":"):
                offset = len(p.text) - len(p.text.lstrip()) + m.end()
                bodies.append(p.chars[offset:])
            continue
        if p.style in HEADING_STYLES:
            in_excl = False if p.style != "TableHead" else in_excl
            continue
        if ITEM_MARK.match(text):
            continue
        if in_excl or any(text.startswith(h) for h in hidden):
            bodies.append(p.chars)
    emph = all(b or u or s > body_size for chars in bodies for c, b, u, s in chars if not c.isspace()) and bool(bodies)
    present_list = [c for c in ALL if c in present]
    label = {
        "file": name,
        "exclusions_emphasized": emph,
        "sections_present": present_list,
        "sections_missing": [c for c in ALL if c not in present],
    }
    return label, len(bodies)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    gold = [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]
    errors = 0
    for rec in gold:
        paras = read_story(HERE / rec["file"])
        label, n_body = labels_for(rec["file"], paras)
        if label != rec:
            errors += 1
            print("MISMATCH", rec["file"], "\n  gold:", rec, "\n  xml: ", label)
        if n_body != EXPECTED_BODY.get(rec["file"]):
            errors += 1
            print("BODY COUNT", rec["file"], n_body, "expected", EXPECTED_BODY.get(rec["file"]))
        if verbose:
            sizes = Counter(s for p in paras for c, _, _, s in p.chars if not c.isspace())
            print(
                rec["file"], "body paragraphs:", n_body, "sizes:", dict(sizes), "emph:", label["exclusions_emphasized"]
            )
    files = sorted(x.name for x in HERE.glob("*.docx"))
    if files != sorted(r["file"] for r in gold):
        errors += 1
        print("files and labels differ")
    if "--rebuild" in argv:
        py = HERE.parents[4] / ".venv" / "bin" / "python"
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([str(py), str(HERE / "build_disclosure.py"), tmp], check=True, capture_output=True)
            for f in [*files, "labels.jsonl"]:
                if (Path(tmp) / f).read_bytes() != (HERE / f).read_bytes():
                    errors += 1
                    print("REBUILD DIFFERS", f)
        print("rebuild checked:", len(files) + 1, "files")
    print(f"{len(gold)} documents, {errors} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

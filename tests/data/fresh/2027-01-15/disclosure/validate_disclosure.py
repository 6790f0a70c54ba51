"""Recompute every label of ``labels.jsonl`` from the documents' XML (standard library only).

Usage:
    python validate_disclosure.py            check labels.jsonl against the .docx files
    python validate_disclosure.py -v         ... and print, per document, what was counted as exclusion text
    python validate_disclosure.py --rebuild  also rebuild the set into a temporary folder (needs python-docx:
                                             run it with the project's virtualenv) and require identical bytes

How a label is recomputed:
- Run properties are resolved the way Word does: document defaults, then the paragraph style and its basedOn
  chain (base first), then the character style and its chain, then direct run properties. Bold is a toggle
  property: a document where a bold paragraph style meets a character style that sets bold is reported as
  ambiguous rather than guessed. Numbering-level and paragraph-mark properties never reach the text.
- Emphasis = bold (w:b), underline of any kind except "none" (w:u), or a size (w:sz) larger than the body size;
  the body size is the most common resolved size over all non-blank characters (ties: the smaller). Colour,
  highlight, shading, italics and complex-script properties (w:bCs, w:szCs) are not emphasis.
- Section headings: a paragraph that is a heading in one of the usual forms (第X章/节/条, 一、, （一）, 1., 【…】,
  a bare title) or starts with a run-in label (保险责任：… / 【责任免除】…), whose title names a section
  (synonyms and combined titles such as 保险金额与保险费 included).
- Exclusion text: every paragraph after an exclusions heading up to the next heading (the run-in label itself
  excluded), plus, anywhere else, each sentence (split at 。 and ；) that frees the insurer (不负责赔偿,
  不承担…责任, 不负…责任, 不予赔付 …). Exclusions count as emphasised when every non-blank character of that
  text is emphasised.
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
SECTIONS = (
    "INSURED_SCOPE",
    "COVERAGE",
    "EXCLUSIONS",
    "SUM_INSURED",
    "PREMIUM",
    "PERIOD",
    "CLAIMS",
    "DISPUTES",
    "DEFINITIONS",
)
TITLES = {
    "INSURED_SCOPE": r"被保险人|保险标的|投保范围|保险对象|承保对象|保障对象",
    "COVERAGE": r"保险责任|保障责任|保障范围|保障内容",
    "EXCLUSIONS": r"责任免除|除外责任|免责条款|不保事项",
    "SUM_INSURED": r"保险金额|赔偿限额|责任限额|保额",
    "PREMIUM": r"保险费|保费|保险费的?(?:交付|缴纳|支付)",
    "PERIOD": r"保险期间|保险期限|保障期间|责任起讫|保险责任期间",
    "CLAIMS": r"保险金的?申请与给付|保险金申请|保险金给付|赔偿处理|理赔(?:程序)?|索赔",
    "DISPUTES": r"争议处理|争议解决|法律适用",
    "DEFINITIONS": r"释义|名词释义|名词解释|定义",
}
TITLE_RES = {code: re.compile(f"(?:{pattern})") for code, pattern in TITLES.items()}
NUM = "一二三四五六七八九十百零〇"
PREFIX = re.compile(
    rf"^(?:第[{NUM}\d]+[章节部分条][\s　]*|[{NUM}]+[、．.][\s　]*|（[{NUM}]+）[\s　]*|\d+(?:\.\d+)*[.．、\s　][\s　]*)?"
)
SENTENCE_PUNCT = re.compile(r"[。；，]")
EXCL_MARKER = re.compile(
    r"不负责赔偿|不承担[\u4e00-\u9fff]{0,8}责任|不负[\u4e00-\u9fff]{0,4}责任|不予(?:赔偿|赔付|给付|理赔)"
)


class Ambiguous(Exception):
    pass


def _on(el: ET.Element) -> bool:
    val = el.get(f"{W}val")
    return val is None or val.lower() in ("1", "true", "on")


def read_rpr(rpr: ET.Element | None) -> dict[str, object]:
    props: dict[str, object] = {}
    if rpr is None:
        return props
    b = rpr.find(f"{W}b")
    if b is not None:
        props["b"] = _on(b)
    u = rpr.find(f"{W}u")
    if u is not None:
        props["u"] = u.get(f"{W}val", "single") != "none"
    sz = rpr.find(f"{W}sz")
    if sz is not None:
        props["sz"] = int(sz.get(f"{W}val", "0"))
    rstyle = rpr.find(f"{W}rStyle")
    if rstyle is not None:
        props["rStyle"] = rstyle.get(f"{W}val")
    return props


class Styles:
    def __init__(self, xml: bytes) -> None:
        root = ET.fromstring(xml)
        self.defaults = read_rpr(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
        self.by_id: dict[str, tuple[str | None, dict[str, object]]] = {}
        self.default_para: str | None = None
        for style in root.findall(f"{W}style"):
            sid = style.get(f"{W}styleId", "")
            based = style.find(f"{W}basedOn")
            self.by_id[sid] = (
                based.get(f"{W}val") if based is not None else None,
                read_rpr(style.find(f"{W}rPr")),
            )
            if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true"):
                self.default_para = sid

    def chain(self, sid: str | None) -> dict[str, object]:
        order: list[dict[str, object]] = []
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            based, props = self.by_id[sid]
            order.append(props)
            sid = based
        merged: dict[str, object] = {}
        for props in reversed(order):
            merged.update({k: v for k, v in props.items() if k != "rStyle"})
        return merged

    def resolve(self, pstyle: str | None, rstyle: str | None, direct: dict[str, object]) -> dict[str, object]:
        para = self.chain(pstyle or self.default_para)
        char = self.chain(rstyle)
        out = dict(self.defaults)
        for layer in (para, char, direct):
            out.update({k: v for k, v in layer.items() if k in ("u", "sz")})
        if "b" in direct:
            out["b"] = direct["b"]
        elif para.get("b") is True and "b" in char:
            raise Ambiguous(f"bold paragraph style {pstyle!r} meets character style {rstyle!r} that sets bold")
        elif "b" in char:
            out["b"] = char["b"]
        elif "b" in para:
            out["b"] = para["b"]
        return out


class Para:
    def __init__(self, chars: list[tuple[str, dict[str, object]]], in_table: bool) -> None:
        self.chars = chars
        self.text = "".join(c for c, _ in chars)
        self.in_table = in_table


def paragraphs(path: Path) -> tuple[list[Para], Styles]:
    with zipfile.ZipFile(path) as zf:
        styles = Styles(zf.read("word/styles.xml"))
        root = ET.fromstring(zf.read("word/document.xml"))
    body = root.find(f"{W}body")
    assert body is not None
    out: list[Para] = []

    def walk(el: ET.Element, in_table: bool) -> None:
        for child in el:
            if child.tag == f"{W}p":
                out.append(read_para(child, in_table))
            elif child.tag in (f"{W}tbl", f"{W}tr", f"{W}tc"):
                walk(child, True)

    def read_para(p: ET.Element, in_table: bool) -> Para:
        ppr = p.find(f"{W}pPr")
        pstyle_el = ppr.find(f"{W}pStyle") if ppr is not None else None
        pstyle = pstyle_el.get(f"{W}val") if pstyle_el is not None else None
        chars: list[tuple[str, dict[str, object]]] = []
        for run in p.findall(f"{W}r"):
            direct = read_rpr(run.find(f"{W}rPr"))
            rstyle = direct.pop("rStyle", None)
            props = styles.resolve(pstyle, rstyle if isinstance(rstyle, str) else None, direct)
            for node in run:
                if node.tag == f"{W}t":
                    chars.extend((c, props) for c in node.text or "")
                elif node.tag == f"{W}tab":
                    chars.append(("\t", props))
        return Para(chars, in_table)

    walk(body, False)
    return out, styles


def body_size(paras: list[Para]) -> int:
    sizes = Counter(int(str(props.get("sz", 20))) for para in paras for c, props in para.chars if not c.isspace())
    best = max(sizes.values())
    return min(size for size, n in sizes.items() if n == best)


def match_title(title: str) -> set[str]:
    title = title.strip(" 　")
    for code, rx in TITLE_RES.items():
        if rx.fullmatch(title):
            return {code}
    codes: set[str] = set()
    for part in re.split(r"[与和及、]", title):
        for code, rx in TITLE_RES.items():
            if part and rx.fullmatch(part):
                codes.add(code)
    return codes


def heading(text: str) -> tuple[set[str], int] | None:
    """Codes named by a heading paragraph or run-in label, and where the label ends; None if no heading."""
    lead = len(text) - len(text.lstrip(" 　\t"))
    stripped = text.strip(" 　\t")
    m = PREFIX.match(stripped)
    rest = stripped[m.end() :]
    start = lead + m.end()
    if rest.startswith("【") and "】" in rest:
        close = rest.index("】")
        codes = match_title(rest[1:close])
        return (codes, start + close + 1) if codes else None
    colon = min((i for i in (rest.find("："), rest.find(":")) if i >= 0), default=-1)
    if 0 < colon <= 12:
        remainder = rest[colon + 1 :].lstrip(" 　")
        codes = match_title(rest[:colon])
        if codes and not remainder.startswith(("指", "是指")):
            return codes, start + colon + 1
    if len(rest) <= 16 and not SENTENCE_PUNCT.search(rest):
        codes = match_title(rest)
        if codes:
            return codes, len(text)
    return None


def generic_heading(para: Para) -> bool:
    text = para.text.strip(" 　\t")
    if para.in_table or len(re.findall(r"[\u4e00-\u9fff]", text)) < 2:
        return False
    if len(text) > 20 or SENTENCE_PUNCT.search(text) or "：" in text:
        return False
    if re.match(rf"^(?:第[{NUM}\d]+[章节部分]|[{NUM}]+、|（[{NUM}]+）|\d+[.．、]|【.+】$)", text):
        return True
    return all(props.get("b") is True for c, props in para.chars if not c.isspace())


def emphasised(props: dict[str, object], body: int) -> bool:
    return props.get("b") is True or props.get("u") is True or int(str(props.get("sz", 20))) > body


def analyse(path: Path) -> dict[str, object]:
    paras, _ = paragraphs(path)
    body = body_size(paras)
    present: set[str] = set()
    spans: list[tuple[int, int, int, str]] = []  # (para index, start, end, kind)
    in_excl = False
    for i, para in enumerate(paras):
        found = heading(para.text)
        if found is not None:
            codes, label_end = found
            present |= codes
            in_excl = "EXCLUSIONS" in codes
            if in_excl and para.text[label_end:].strip():
                spans.append((i, label_end, len(para.text), "section"))
            elif not in_excl:
                spans.extend(_hidden(i, para, label_end))
            continue
        if generic_heading(para):
            in_excl = False
            continue
        if in_excl:
            spans.append((i, 0, len(para.text), "section"))
        else:
            spans.extend(_hidden(i, para, 0))
    bodies = []
    all_emph = True
    for i, start, end, kind in spans:
        chars = paras[i].chars[start:end]
        plain = [c for c, props in chars if not c.isspace() and not emphasised(props, body)]
        ok = not plain
        all_emph &= ok
        text = "".join(c for c, _ in chars).strip()
        bodies.append({"kind": kind, "emphasised": ok, "text": text, "table": paras[i].in_table})
    return {
        "body_size": body,
        "present": [c for c in SECTIONS if c in present],
        "missing": [c for c in SECTIONS if c not in present],
        "emphasised": bool(spans) and all_emph,
        "bodies": bodies,
    }


def _hidden(i: int, para: Para, offset: int) -> list[tuple[int, int, int, str]]:
    out = []
    pos = offset
    for piece in re.split(r"(?<=[。；])", para.text[offset:]):
        if piece and EXCL_MARKER.search(piece):
            out.append((i, pos, pos + len(piece), "hidden"))
        pos += len(piece)
    return out


def check(folder: Path, verbose: bool) -> list[str]:
    errors: list[str] = []
    labels = [json.loads(line) for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in folder.glob("*.docx"))
    if sorted(lab["file"] for lab in labels) != files:
        errors.append("labels.jsonl and the .docx files differ")
    for lab in labels:
        name = lab["file"]
        if set(lab) != {"file", "exclusions_emphasized", "sections_present", "sections_missing"}:
            errors.append(f"{name}: keys {sorted(lab)}")
            continue
        if sorted(lab["sections_present"] + lab["sections_missing"]) != sorted(SECTIONS):
            errors.append(f"{name}: present + missing is not the nine sections")
        try:
            got = analyse(folder / name)
        except Ambiguous as exc:
            errors.append(f"{name}: {exc}")
            continue
        if got["emphasised"] != lab["exclusions_emphasized"]:
            errors.append(f"{name}: exclusions_emphasized label {lab['exclusions_emphasized']} != {got['emphasised']}")
        if got["present"] != [c for c in SECTIONS if c in lab["sections_present"]]:
            errors.append(f"{name}: sections {got['present']} != label {lab['sections_present']}")
        if verbose:
            print(f"{name}: body size {got['body_size']} half-points, emphasised {got['emphasised']}")
            print(f"    missing {got['missing']}")
            for b in got["bodies"]:  # type: ignore[attr-defined]
                flag = "EMPH" if b["emphasised"] else "plain"
                where = " table" if b["table"] else ""
                print(f"    {flag:5} {b['kind']:7}{where} {b['text'][:40]}")
    return errors


def rebuild(folder: Path) -> list[str]:
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(folder / "build_disclosure.py"), tmp], check=True, capture_output=True)
        for path in sorted(folder.glob("*.docx")):
            fresh = Path(tmp) / path.name
            if not fresh.exists() or fresh.read_bytes() != path.read_bytes():
                errors.append(f"{path.name}: rebuild differs")
        extra = {p.name for p in Path(tmp).glob("*.docx")} - {p.name for p in folder.glob("*.docx")}
        errors.extend(f"{name}: built but not in the folder" for name in sorted(extra))
    return errors


def main(argv: list[str]) -> int:
    errors = check(HERE, verbose="-v" in argv)
    if "--rebuild" in argv:
        errors += rebuild(HERE)
    for e in errors:
        print(e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

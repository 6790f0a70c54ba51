"""Validate the 2026-12-13b disclosure set: recompute every label from the .docx XML (standard library only).

Emphasis is resolved the way Word resolves run properties: document defaults, then the paragraph style and
its basedOn chain, then the character style and its chain, then direct run properties. A run is emphasised
when it resolves to bold, to an underline other than "none", or to a size larger than the body size (the
document's dominant resolved size, weighted by characters). Complex-script properties (bCs, szCs), colour,
highlight, shading, italics, paragraph-mark properties and numbering-label properties are not emphasis.
A document's exclusions are emphasised when every non-space character of every exclusion clause is.
Exclusion clauses are found by the text prefixes in disclosure/manifest.json; sections by their snippets.

    python tests/data/fresh/2026-12-13b/validate_disclosure.py            # check labels against the XML
    .venv/bin/python tests/data/fresh/2026-12-13b/validate_disclosure.py --rebuild   # also: generator is byte-identical
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
DIR = HERE / "disclosure"
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
OFF = {"0", "false", "off"}

Props = dict[str, object]


def parse_rpr(rpr: ET.Element | None) -> Props:
    out: Props = {}
    if rpr is None:
        return out
    for el in rpr:
        tag = el.tag.removeprefix(W)
        val = el.get(f"{W}val")
        if tag == "b":
            out["b"] = val not in OFF
        elif tag == "u":
            out["u"] = val or "single"
        elif tag == "sz" and val is not None:
            out["sz"] = int(val)
    return out


class Styles:
    def __init__(self, root: ET.Element) -> None:
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.defaults = parse_rpr(defaults)
        self.by_id: dict[str, tuple[str, str | None, Props]] = {}
        self.default_para: str | None = None
        for st in root.iter(f"{W}style"):
            sid = st.get(f"{W}styleId") or ""
            kind = st.get(f"{W}type") or ""
            based = st.find(f"{W}basedOn")
            self.by_id[sid] = (kind, None if based is None else based.get(f"{W}val"), parse_rpr(st.find(f"{W}rPr")))
            if kind == "paragraph" and st.get(f"{W}default") in ("1", "true"):
                self.default_para = sid

    def chain(self, sid: str | None) -> Props:
        """Properties of a style with its basedOn chain applied, root first."""
        seq: list[Props] = []
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            _, based, props = self.by_id[sid]
            seq.append(props)
            sid = based
        out: Props = {}
        for props in reversed(seq):
            out.update(props)
        return out


def resolve(styles: Styles, p: ET.Element, r: ET.Element) -> Props:
    ppr = p.find(f"{W}pPr")
    pstyle = None if ppr is None else ppr.find(f"{W}pStyle")
    para = styles.chain(styles.default_para if pstyle is None else pstyle.get(f"{W}val"))
    rpr = r.find(f"{W}rPr")
    rstyle = None if rpr is None else rpr.find(f"{W}rStyle")
    char = styles.chain(None if rstyle is None else rstyle.get(f"{W}val"))
    if para.get("b") is True and char.get("b") is True:
        raise ValueError("bold in both paragraph and character style: Word toggles it; not used in this set")
    out = dict(styles.defaults)
    out.update(para)
    out.update(char)
    out.update(parse_rpr(rpr))
    return out


def run_text(r: ET.Element) -> str:
    return "".join(t.text or "" for t in r.iter(f"{W}t"))


def analyse(path: Path, prefixes: list[str]) -> tuple[bool, int, str, list[bool]]:
    """Return (emphasised, body size, full text, per-clause emphasis)."""
    with zipfile.ZipFile(path) as z:
        styles = Styles(ET.fromstring(z.read("word/styles.xml")))
        body = ET.fromstring(z.read("word/document.xml")).find(f"{W}body")
    assert body is not None
    paragraphs: list[tuple[str, list[tuple[str, Props]]]] = []
    sizes: Counter[int] = Counter()
    for p in body.iter(f"{W}p"):
        runs = [(run_text(r), resolve(styles, p, r)) for r in p.iter(f"{W}r")]
        for text, props in runs:
            sizes[int(str(props.get("sz", 20)))] += sum(1 for ch in text if not ch.isspace())
        paragraphs.append(("".join(t for t, _ in runs), runs))
    body_sz = sizes.most_common(1)[0][0]
    clauses: list[bool] = []
    for prefix in prefixes:
        hits = [runs for text, runs in paragraphs if text.startswith(prefix)]
        if len(hits) != 1:
            raise ValueError(f"{path.name}: prefix {prefix!r} matches {len(hits)} paragraphs")
        ok = all(
            props.get("b") is True or props.get("u", "none") != "none" or int(str(props.get("sz", 20))) > body_sz
            for text, props in hits[0]
            if text.strip()
        )
        clauses.append(ok)
    return bool(clauses) and all(clauses), body_sz, "\n".join(t for t, _ in paragraphs), clauses


def check() -> list[str]:
    errors: list[str] = []
    manifest = json.loads((DIR / "manifest.json").read_text(encoding="utf-8"))
    labels = [json.loads(line) for line in (DIR / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in DIR.glob("*.docx"))
    if sorted(lab["file"] for lab in labels) != files:
        errors.append("labels.jsonl and the .docx files differ")
    print(f"{'file':30} {'emph':5} {'body':>4} {'clauses':>7}  missing")
    for lab in labels:
        name = lab["file"]
        if set(lab) != {"file", "exclusions_emphasized", "sections_present", "sections_missing"}:
            errors.append(f"{name}: label keys")
        info = manifest[name]
        try:
            emph, body_sz, text, clauses = analyse(DIR / name, info["exclusion_prefixes"])
        except ValueError as exc:
            errors.append(str(exc))
            continue
        if emph != lab["exclusions_emphasized"]:
            errors.append(f"{name}: XML says exclusions_emphasized={emph}, label says {lab['exclusions_emphasized']}")
        present = [c for c in SECTIONS if c in info["sections"] and info["sections"][c] in text]
        if len(present) != len(info["sections"]):
            errors.append(f"{name}: a section snippet is missing from the text")
        if lab["sections_present"] != present or lab["sections_missing"] != [c for c in SECTIONS if c not in present]:
            errors.append(f"{name}: sections differ from the text")
        print(
            f"{name:30} {emph!s:5} {body_sz:4} {sum(clauses):3}/{len(clauses):<3}  "
            f"{','.join(lab['sections_missing']) or '-'}"
        )
    n_true = sum(1 for lab in labels if lab["exclusions_emphasized"])
    n_missing = sum(1 for lab in labels if lab["sections_missing"])
    print(
        f"{len(labels)} documents: {n_true} emphasised, {len(labels) - n_true} not; {n_missing} with sections missing"
    )
    return errors


def rebuild() -> list[str]:
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run([sys.executable, str(HERE / "build_disclosure.py"), "--out", tmp], check=False)
        if done.returncode != 0:
            return [
                f"the generator failed (it needs python-docx: run this with .venv/bin/python), exit {done.returncode}"
            ]
        built = sorted(p.name for p in Path(tmp).iterdir())
        have = sorted(p.name for p in DIR.iterdir())
        if built != have:
            errors.append(f"rebuild gives other files: {sorted(set(built) ^ set(have))}")
        errors.extend(
            f"rebuild: {name} differs"
            for name in built
            if (DIR / name).exists() and (Path(tmp) / name).read_bytes() != (DIR / name).read_bytes()
        )
    print("rebuild:", "byte-identical" if not errors else f"{len(errors)} difference(s)")
    return errors


def main(argv: list[str]) -> int:
    errors = check()
    if "--rebuild" in argv:
        errors += rebuild()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Build the s10-fresh-a JSONL sets from the hand-written sources in `src/` (standard library only).

PII sources: one record per line, spans marked inline as `[[text|T]]`, T one of
P PERSON, I ID_CARD, M MOBILE, L LANDLINE, B BANK_CARD, E EMAIL, A ADDRESS, C LICENSE_PLATE, V VIN.
Lines starting with `#` and blank lines are skipped. Offsets are computed here, never typed.

Transcript source: records separated by blank lines; the first line is
`@ <product_line> | steps: CODE CODE ... | viol: CODE ...`, then one turn per line, `A:` agent, `C:` customer.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {
    "P": "PERSON",
    "I": "ID_CARD",
    "M": "MOBILE",
    "L": "LANDLINE",
    "B": "BANK_CARD",
    "E": "EMAIL",
    "A": "ADDRESS",
    "C": "LICENSE_PLATE",
    "V": "VIN",
}
MARK = re.compile(r"\[\[(.+?)\|([A-Z])\]\]")


def parse_marked(line: str) -> tuple[str, list[dict[str, object]]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(line):
        plain = line[pos : m.start()]
        out.append(plain)
        length += len(plain)
        text, code = m.group(1), m.group(2)
        if code not in TYPES:
            raise ValueError(f"unknown type code {code!r} in {line!r}")
        spans.append({"start": length, "end": length + len(text), "type": TYPES[code]})
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(line[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unclosed markup in {line!r}")
    return text, spans


def build_pii(src: Path, dst: Path, prefix: str) -> int:
    records: list[dict[str, object]] = []
    for raw in src.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        text, spans = parse_marked(line)
        records.append({"id": f"{prefix}-{len(records) + 1:03d}", "text": text, "spans": spans})
    write(dst, records)
    return len(records)


def build_transcripts(src: Path, dst: Path, prefix: str) -> int:
    records: list[dict[str, object]] = []
    blocks = re.split(r"\n\s*\n", src.read_text(encoding="utf-8"))
    for block in blocks:
        lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip() and not ln.startswith("#")]
        if not lines:
            continue
        head = lines[0]
        if not head.startswith("@"):
            raise ValueError(f"transcript block without header: {head!r}")
        parts = [p.strip() for p in head[1:].split("|")]
        product_line = parts[0]
        steps: list[str] = []
        viol: list[str] = []
        for part in parts[1:]:
            key, _, value = part.partition(":")
            codes = value.split()
            if key.strip() == "steps":
                steps = codes
            elif key.strip() == "viol":
                viol = codes
            else:
                raise ValueError(f"unknown header field {key!r}")
        turns: list[dict[str, str]] = []
        for ln in lines[1:]:
            who, sep, text = ln.partition(":")
            if not sep or who not in ("A", "C"):
                raise ValueError(f"bad turn line {ln!r}")
            turns.append({"speaker": "agent" if who == "A" else "customer", "text": text.strip()})
        records.append(
            {
                "id": f"{prefix}-{len(records) + 1:03d}",
                "product_line": product_line,
                "turns": turns,
                "steps_present": steps,
                "violations": viol,
            }
        )
    write(dst, records)
    return len(records)


def write(dst: Path, records: list[dict[str, object]]) -> None:
    with dst.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main() -> int:
    jobs = (
        ("pii_complaints.txt", "pii_complaints.jsonl", "pc1209", build_pii),
        ("pii_names_prose.txt", "pii_names_prose.jsonl", "np1209", build_pii),
        ("transcripts.txt", "transcripts.jsonl", "tx1209", build_transcripts),
    )
    for src_name, dst_name, prefix, fn in jobs:
        src = HERE / "src" / src_name
        if src.exists():
            n = fn(src, HERE / dst_name, prefix)
            print(f"{dst_name}: {n} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())

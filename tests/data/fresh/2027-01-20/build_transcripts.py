"""Build transcripts.jsonl from the hand-written transcripts_source.txt (standard library only).

Usage: python build_transcripts.py [--check]   (--check: fail if transcripts.jsonl differs from a rebuild)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "transcripts_source.txt"
OUTPUT = HERE / "transcripts.jsonl"
SPEAKERS = {"A": "agent", "C": "customer"}


def parse(text: str) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    current: dict[str, object] | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@@ "):
            parts = [p.strip() for p in line[3:].split("|")]
            if len(parts) != 4:
                raise SystemExit(f"line {lineno}: header needs 4 fields")
            rid, line_of_business, steps, violations = parts
            current = {
                "id": rid,
                "product_line": line_of_business,
                "turns": [],
                "steps_present": steps.split(),
                "violations": [] if violations == "-" else violations.split(),
            }
            records.append(current)
            continue
        if current is None or line[:3] not in ("A: ", "C: "):
            raise SystemExit(f"line {lineno}: expected a turn 'A: ' / 'C: '")
        turns = current["turns"]
        assert isinstance(turns, list)
        turns.append({"speaker": SPEAKERS[line[0]], "text": line[3:].strip()})
    return records


def render(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str]) -> int:
    out = render(parse(SOURCE.read_text(encoding="utf-8")))
    if "--check" in argv:
        same = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == out
        print("transcripts.jsonl matches source" if same else "transcripts.jsonl differs from source")
        return 0 if same else 1
    OUTPUT.write_text(out, encoding="utf-8")
    print(f"wrote {out.count(chr(10))} records to {OUTPUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

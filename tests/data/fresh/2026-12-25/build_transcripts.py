"""Serialise the hand-written calls in transcripts_src/*.txt into transcripts.jsonl.

Each call in the source files was written by hand; this script only converts the
plain-text layout (header, steps, violations, "A:"/"C:" turns) into JSON Lines.
Run: python build_transcripts.py            (writes transcripts.jsonl)
     python build_transcripts.py --check    (fails if transcripts.jsonl is stale)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEAKERS = {"A": "agent", "C": "customer"}


def parse(text: str) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    current: dict[str, object] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            call_id, product_line = line[2:].split()
            current = {"id": call_id, "product_line": product_line, "turns": [],
                       "steps_present": [], "violations": []}
            records.append(current)
            continue
        if current is None:
            raise ValueError(f"line outside a call: {line!r}")
        if line.startswith("steps:"):
            current["steps_present"] = line[len("steps:"):].split()
        elif line.startswith("viol:"):
            current["violations"] = line[len("viol:"):].split()
        elif line[:2] in ("A:", "C:"):
            turns = current["turns"]
            assert isinstance(turns, list)
            turns.append({"speaker": SPEAKERS[line[0]], "text": line[2:].strip()})
        else:
            raise ValueError(f"unknown line: {line!r}")
    return records


def render() -> str:
    records: list[dict[str, object]] = []
    for path in sorted((HERE / "transcripts_src").glob("*.txt")):
        records.extend(parse(path.read_text(encoding="utf-8")))
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> int:
    out = HERE / "transcripts.jsonl"
    text = render()
    if "--check" in sys.argv:
        if out.read_text(encoding="utf-8") != text:
            print("transcripts.jsonl is stale: run build_transcripts.py")
            return 1
        print("transcripts.jsonl matches transcripts_src/")
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} calls to {out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

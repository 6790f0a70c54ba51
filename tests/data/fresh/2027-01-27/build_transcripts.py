"""Build transcripts.jsonl from the hand-written source calls.txt (standard library only).

Source format, one call per block:

    == tx0127-001 motor
    steps: RECORDING_NOTICE AGENT_IDENTITY ...
    violations: ABSOLUTE_TERM            (may be empty)
    note: free text for the author, not written to the .jsonl
    A: an agent turn
    C: a customer turn

Lines starting with '#' outside turns are comments. A turn may continue on the next line when that line
starts with two spaces (joined without a separator). Output order = source order; the build is
deterministic (same source, same bytes).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEAKERS = {"A": "agent", "C": "customer"}


def parse(text: str) -> list[dict]:
    calls: list[dict] = []
    cur: dict | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.startswith("#"):
            continue
        if line.startswith("== "):
            parts = line[3:].split()
            if len(parts) != 2:
                raise SystemExit(f"line {lineno}: expected '== ID PRODUCT_LINE'")
            cur = {"id": parts[0], "product_line": parts[1], "turns": [], "steps_present": None, "violations": None}
            calls.append(cur)
            continue
        if cur is None:
            raise SystemExit(f"line {lineno}: text before the first '==' header")
        if line.startswith("  ") and cur["turns"]:
            cur["turns"][-1]["text"] += line.strip()
            continue
        key, sep, rest = line.partition(":")
        if not sep:
            raise SystemExit(f"line {lineno}: cannot parse {line!r}")
        rest = rest.strip()
        if key == "steps":
            cur["steps_present"] = rest.split()
        elif key == "violations":
            cur["violations"] = rest.split()
        elif key == "note":
            pass
        elif key in SPEAKERS:
            cur["turns"].append({"speaker": SPEAKERS[key], "text": rest})
        else:
            raise SystemExit(f"line {lineno}: unknown key {key!r}")
    for c in calls:
        if c["steps_present"] is None or c["violations"] is None:
            raise SystemExit(f"{c['id']}: missing 'steps:' or 'violations:' line")
    return calls


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else HERE / "calls.txt"
    out = Path(argv[2]) if len(argv) > 2 else HERE / "transcripts.jsonl"
    calls = parse(src.read_text(encoding="utf-8"))
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for c in calls:
            rec = {
                "id": c["id"],
                "product_line": c["product_line"],
                "turns": c["turns"],
                "steps_present": c["steps_present"],
                "violations": c["violations"],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(calls)} calls to {out.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Convert the hand-written transcript sources (transcripts_src_*.txt) into transcripts.jsonl.

Source format, one call per block:
    @ <id> | <product_line> | <steps separated by spaces> | <violations separated by spaces>
    A: agent turn
    C: customer turn (C（儿子）: marks a family member on the customer's side; the role note stays in the text)
Only a format conversion: every call and label is written by hand in the sources.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TURN = re.compile(r"^(A|C)(（[^）]+）)?[:：]\s*(.*)$")


def parse(path: Path) -> list[dict]:
    calls: list[dict] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            parts = [p.strip() for p in line[1:].split("|")]
            if len(parts) != 4:
                raise SystemExit(f"{path.name}: bad header {line!r}")
            calls.append({"id": parts[0], "product_line": parts[1], "turns": [],
                          "steps_present": parts[2].split(), "violations": parts[3].split()})
            continue
        m = TURN.match(line)
        if not m or not calls:
            raise SystemExit(f"{path.name}: bad line {line!r}")
        speaker = "agent" if m.group(1) == "A" else "customer"
        text = (m.group(2) or "") + m.group(3)
        calls[-1]["turns"].append({"speaker": speaker, "text": text})
    return calls


def main() -> int:
    calls: list[dict] = []
    for src in sorted(HERE.glob("transcripts_src_*.txt")):
        calls.extend(parse(src))
    out = HERE / "transcripts.jsonl"
    body = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in calls)
    if "--check" in sys.argv:
        return 0 if out.read_text(encoding="utf-8") == body else 1
    out.write_text(body, encoding="utf-8")
    print(f"{len(calls)} calls -> {out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

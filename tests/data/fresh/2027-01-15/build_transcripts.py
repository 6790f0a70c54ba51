"""Convert the hand-written call sources in ``src/calls_*.txt`` into ``transcripts.jsonl``.

Source format, one call per block:

    @@ tx0115-NNN <product_line>
    S: <step codes, space separated, or ->
    V: <violation codes, space separated, or ->
    # author's note (not exported)
    A: agent turn
    C: customer turn

The script only changes the layout; every call, turn and label was written by hand.
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
        if not line or line.startswith("#"):
            continue
        if line.startswith("@@ "):
            rid, line_of_business = line[3:].split()
            current = {"id": rid, "product_line": line_of_business, "turns": [], "steps_present": [], "violations": []}
            records.append(current)
            continue
        if current is None:
            raise ValueError(f"text before the first call: {line!r}")
        key, _, value = line.partition(": ")
        if key in ("S", "V"):
            codes = [] if value.strip() == "-" else value.split()
            current["steps_present" if key == "S" else "violations"] = codes
        elif key in SPEAKERS:
            turns = current["turns"]
            assert isinstance(turns, list)
            turns.append({"speaker": SPEAKERS[key], "text": value.strip()})
        else:
            raise ValueError(f"unknown line in {current['id']}: {line!r}")
    return records


def main() -> int:
    records: list[dict[str, object]] = []
    for path in sorted((HERE / "src").glob("calls_*.txt")):
        records.extend(parse(path.read_text(encoding="utf-8")))
    out = HERE / "transcripts.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} calls to {out.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

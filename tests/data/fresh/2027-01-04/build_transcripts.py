"""Convert the hand-written transcripts_source.txt into transcripts.jsonl (standard library only).

The source holds every call as written by hand; this script only changes the notation:
"A:"/"C:" lines become agent/customer turns and the abbreviated codes become the README's codes.
Usage: python build_transcripts.py [--check]   (--check: fail if transcripts.jsonl differs)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = {
    "REC": "RECORDING_NOTICE",
    "ID": "AGENT_IDENTITY",
    "PI": "PRODUCT_INSURER",
    "COV": "COVERAGE",
    "EXC": "EXCLUSIONS",
    "PREM": "PREMIUM_TERM",
    "COOL": "COOLING_OFF_OR_CANCELLATION",
    "CONS": "CUSTOMER_CONSENT",
}
VIOLATIONS = {
    "ABS": "ABSOLUTE_TERM",
    "GUAR": "GUARANTEED_RETURN",
    "DEP": "DEPOSIT_CONFUSION",
    "PANIC": "PANIC_SELLING",
    "REG": "REGULATOR_ENDORSEMENT",
    "EXAG": "EXAGGERATED_COVERAGE",
    "DEN": "DENIGRATE_COMPETITOR",
    "FREE": "MISLEADING_FREE",
}
STEP_ORDER = list(STEPS.values())
VIOLATION_ORDER = list(VIOLATIONS.values())


def parse(text: str) -> list[dict]:
    records: list[dict] = []
    current: dict | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or (line.startswith("#") and not line.startswith("## ")):
            continue
        if line.startswith("## "):
            parts = [p.strip() for p in line[3:].split("|")]
            if len(parts) != 4 or not parts[2].startswith("steps:") or not parts[3].startswith("viol:"):
                raise ValueError(f"bad header: {line}")
            steps = parts[2][len("steps:"):].split()
            viol = [v for v in parts[3][len("viol:"):].split() if v != "-"]
            current = {
                "id": parts[0],
                "product_line": parts[1],
                "turns": [],
                "steps_present": sorted((STEPS[s] for s in steps), key=STEP_ORDER.index),
                "violations": sorted((VIOLATIONS[v] for v in viol), key=VIOLATION_ORDER.index),
            }
            records.append(current)
            continue
        if current is None or line[:2] not in ("A:", "C:"):
            raise ValueError(f"unexpected line: {line}")
        speaker = "agent" if line[0] == "A" else "customer"
        current["turns"].append({"speaker": speaker, "text": line[2:].strip()})
    return records


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str]) -> int:
    records = parse((HERE / "transcripts_source.txt").read_text(encoding="utf-8"))
    out = render(records)
    target = HERE / "transcripts.jsonl"
    if "--check" in argv:
        same = target.exists() and target.read_text(encoding="utf-8") == out
        print("transcripts.jsonl up to date" if same else "transcripts.jsonl differs from the source")
        return 0 if same else 1
    target.write_text(out, encoding="utf-8")
    print(f"wrote {len(records)} calls to {target.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Validate transcripts.jsonl of the blind 2026-12-26 set (standard library only).

Checks shape, ids (tx1226-NNN, unique, consecutive), speakers, product lines, and that every step and
violation code is one of the codes in ../shared/datasets/README.md. Prints counts per code.
Usage: python validate_transcripts.py [path]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

STEPS = (
    "RECORDING_NOTICE",
    "AGENT_IDENTITY",
    "PRODUCT_INSURER",
    "COVERAGE",
    "EXCLUSIONS",
    "PREMIUM_TERM",
    "COOLING_OFF_OR_CANCELLATION",
    "CUSTOMER_CONSENT",
)
VIOLATIONS = (
    "ABSOLUTE_TERM",
    "GUARANTEED_RETURN",
    "DEPOSIT_CONFUSION",
    "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT",
    "EXAGGERATED_COVERAGE",
    "DENIGRATE_COMPETITOR",
    "MISLEADING_FREE",
)
LINES = ("motor", "accident", "health")
KEYS = ["id", "product_line", "turns", "steps_present", "violations"]
ID_RE = re.compile(r"^tx1226-(\d{3})$")


def validate(path: Path) -> list[str]:
    errors: list[str] = []
    steps: Counter[str] = Counter()
    viols: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    seen: list[int] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {n}"
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(rec, dict) or list(rec) != KEYS:
            errors.append(f"{where}: keys must be {KEYS}")
            continue
        m = ID_RE.match(rec["id"]) if isinstance(rec["id"], str) else None
        if not m:
            errors.append(f"{where}: bad id {rec['id']!r}")
        else:
            seen.append(int(m.group(1)))
        if rec["product_line"] not in LINES:
            errors.append(f"{where}: bad product_line {rec['product_line']!r}")
        lines[rec["product_line"]] += 1
        turns = rec["turns"]
        if not isinstance(turns, list) or len(turns) < 4:
            errors.append(f"{where}: turns must be a list of at least 4")
            turns = []
        for t in turns:
            if not isinstance(t, dict) or sorted(t) != ["speaker", "text"]:
                errors.append(f"{where}: bad turn {t!r}")
            elif t["speaker"] not in ("agent", "customer") or not str(t["text"]).strip():
                errors.append(f"{where}: bad speaker or empty text")
        if turns and not any(t.get("speaker") == "customer" for t in turns):
            errors.append(f"{where}: no customer turn")
        for key, table, counter in (("steps_present", STEPS, steps), ("violations", VIOLATIONS, viols)):
            codes = rec[key]
            if not isinstance(codes, list) or len(set(codes)) != len(codes):
                errors.append(f"{where}: {key} must be a list without repeats")
                continue
            for code in codes:
                if code not in table:
                    errors.append(f"{where}: unknown {key} code {code!r}")
                counter[code] += 1
            if key == "steps_present" and codes != sorted(codes, key=lambda c: table.index(c) if c in table else 99):
                errors.append(f"{where}: steps not in table order")
        if rec["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in rec["steps_present"]:
            errors.append(f"{where}: cooling-off is an accident/health step")
    if seen != list(range(1, len(seen) + 1)):
        errors.append("ids are not unique and consecutive from 001")
    print(f"{len(seen)} transcripts; product lines {dict(sorted(lines.items()))}")
    for code in STEPS:
        print(f"  step {code:30} {steps[code]}")
    for code in VIOLATIONS:
        print(f"  violation {code:25} {viols[code]}")
    return errors


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("transcripts.jsonl")
    errors = validate(path)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Validate ``transcripts.jsonl`` (standard library only): shape, ids, codes from the README tables.

Usage: python validate_transcripts.py [path] [--counts]
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
ID_RE = re.compile(r"^tx0115-\d{3}$")
KEYS = {"id", "product_line", "turns", "steps_present", "violations"}


def check(records: list[dict[str, object]]) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    for n, rec in enumerate(records, 1):
        where = f"line {n}"
        if set(rec) != KEYS:
            errors.append(f"{where}: keys {sorted(rec)} != {sorted(KEYS)}")
            continue
        rid = rec["id"]
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: bad id {rid!r}")
        elif rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        else:
            seen.add(rid)
            where = rid
        if rec["product_line"] not in LINES:
            errors.append(f"{where}: product_line {rec['product_line']!r}")
        turns = rec["turns"]
        if not isinstance(turns, list) or len(turns) < 2:
            errors.append(f"{where}: fewer than two turns")
            turns = []
        for t in turns:
            shape_ok = isinstance(t, dict) and set(t) == {"speaker", "text"}
            if not shape_ok or t["speaker"] not in ("agent", "customer") or not str(t["text"]).strip():
                errors.append(f"{where}: bad turn {t!r}")
        if turns and not any(isinstance(t, dict) and t.get("speaker") == "agent" for t in turns):
            errors.append(f"{where}: no agent turn")
        for key, table in (("steps_present", STEPS), ("violations", VIOLATIONS)):
            codes = rec[key]
            if not isinstance(codes, list):
                errors.append(f"{where}: {key} is not a list")
                continue
            errors.extend(f"{where}: unknown {key} code {code!r}" for code in codes if code not in table)
            if len(set(codes)) != len(codes):
                errors.append(f"{where}: repeated code in {key}")
        steps = rec["steps_present"]
        if isinstance(steps, list) and "COOLING_OFF_OR_CANCELLATION" in steps and rec["product_line"] == "motor":
            errors.append(f"{where}: cooling-off is an accident/health step")
    return errors


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else Path(__file__).resolve().parent / "transcripts.jsonl"
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            print(f"line {n}: blank line")
            return 1
        records.append(json.loads(line))
    errors = check(records)
    for e in errors:
        print(e)
    if "--counts" in argv:
        lines = Counter(str(r["product_line"]) for r in records)
        steps = Counter(c for r in records for c in r["steps_present"])  # type: ignore[attr-defined]
        viols = Counter(c for r in records for c in r["violations"])  # type: ignore[attr-defined]
        print("calls", len(records), dict(sorted(lines.items())))
        print("turns", sum(len(r["turns"]) for r in records))  # type: ignore[arg-type]
        for code in STEPS:
            eligible = sum(1 for r in records if code != "COOLING_OFF_OR_CANCELLATION" or r["product_line"] != "motor")
            print(f"  {code:28} present {steps[code]:3}  missing {eligible - steps[code]:3}")
        for code in VIOLATIONS:
            print(f"  {code:28} {viols[code]:3}")
        print("  calls without violations", sum(1 for r in records if not r["violations"]))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Validate transcripts.jsonl against the README's transcript format (standard library only).

Checks: JSON shape and types, ids tx1214-NNN unique and in order, product lines, speakers, step and
violation codes from the README tables, no duplicate codes, no cooling-off step on motor calls, and
(with the sources beside it) that transcripts.jsonl is exactly what build_transcripts.py produces.
Prints counts per step and per violation code.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = ["RECORDING_NOTICE", "AGENT_IDENTITY", "PRODUCT_INSURER", "COVERAGE", "EXCLUSIONS",
         "PREMIUM_TERM", "COOLING_OFF_OR_CANCELLATION", "CUSTOMER_CONSENT"]
VIOLATIONS = ["ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING",
              "REGULATOR_ENDORSEMENT", "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE"]
LINES = {"motor", "accident", "health"}
ID = re.compile(r"^tx1214-\d{3}$")


def main() -> int:
    errors: list[str] = []
    steps: Counter[str] = Counter()
    viols: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    ids: list[str] = []
    clean = 0
    for n, raw in enumerate((HERE / "transcripts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(raw)
        where = f"line {n}"
        if set(rec) != {"id", "product_line", "turns", "steps_present", "violations"}:
            errors.append(f"{where}: keys {sorted(rec)}")
            continue
        if not isinstance(rec["id"], str) or not ID.match(rec["id"]):
            errors.append(f"{where}: bad id {rec['id']!r}")
        ids.append(rec["id"])
        if rec["product_line"] not in LINES:
            errors.append(f"{where}: product_line {rec['product_line']!r}")
        lines[rec["product_line"]] += 1
        clean += not rec["violations"]
        turns = rec["turns"]
        if not isinstance(turns, list) or len(turns) < 2:
            errors.append(f"{where}: too few turns")
        errors.extend(f"{where}: bad turn {t!r}" for t in turns
                      if set(t) != {"speaker", "text"} or t["speaker"] not in {"agent", "customer"}
                      or not isinstance(t["text"], str) or not t["text"].strip())
        for key, table, counter in (("steps_present", STEPS, steps), ("violations", VIOLATIONS, viols)):
            codes = rec[key]
            if not isinstance(codes, list) or len(codes) != len(set(codes)):
                errors.append(f"{where}: {key} not a list of distinct codes")
                continue
            for c in codes:
                if c not in table:
                    errors.append(f"{where}: unknown {key} code {c!r}")
                counter[c] += 1
        if rec["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in rec["steps_present"]:
            errors.append(f"{where}: cooling-off step on a motor call")
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if ids != sorted(ids):
        errors.append("ids out of order")
    if list(HERE.glob("transcripts_src_*.txt")):
        rc = subprocess.call([sys.executable, str(HERE / "build_transcripts.py"), "--check"])
        if rc != 0:
            errors.append("transcripts.jsonl differs from build_transcripts.py output")
    print(f"calls: {len(ids)}  " + "  ".join(f"{k} {v}" for k, v in sorted(lines.items())))
    for c in STEPS:
        print(f"  step {c:<28} {steps[c]}")
    print(f"  calls without any violation: {clean}")
    for c in VIOLATIONS:
        print(f"  violation {c:<23} {viols[c]}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())

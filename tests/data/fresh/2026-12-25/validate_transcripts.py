"""Validate transcripts.jsonl against the format in shared/datasets/README.md (standard library only).

Checks: JSON shape, ids tx1225-NNN unique and in order, product lines, speakers, step and violation
codes from the README tables, no duplicates, COOLING_OFF_OR_CANCELLATION only on accident/health calls,
and prints counts per code.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = ["RECORDING_NOTICE", "AGENT_IDENTITY", "PRODUCT_INSURER", "COVERAGE", "EXCLUSIONS",
         "PREMIUM_TERM", "COOLING_OFF_OR_CANCELLATION", "CUSTOMER_CONSENT"]
VIOLATIONS = ["ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING",
              "REGULATOR_ENDORSEMENT", "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE"]
LINES = {"motor", "accident", "health"}
ID_RE = re.compile(r"^tx1225-\d{3}$")


def validate(path: Path) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    steps: Counter[str] = Counter()
    viols: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    complete = 0
    clean = 0
    n = 0
    previous = ""
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {lineno}"
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        n += 1
        if set(rec) != {"id", "product_line", "turns", "steps_present", "violations"}:
            errors.append(f"{where}: keys {sorted(rec)}")
            continue
        rid = rec["id"]
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: bad id {rid!r}")
        elif rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        elif rid <= previous:
            errors.append(f"{where}: id {rid} out of order")
        seen.add(rid)
        previous = rid
        if rec["product_line"] not in LINES:
            errors.append(f"{where}: product_line {rec['product_line']!r}")
        lines[rec["product_line"]] += 1
        turns = rec["turns"]
        if not isinstance(turns, list) or len(turns) < 2:
            errors.append(f"{where}: turns")
        else:
            errors.extend(f"{where}: bad turn {t!r}" for t in turns
                          if set(t) != {"speaker", "text"} or t["speaker"] not in ("agent", "customer")
                          or not isinstance(t["text"], str) or not t["text"].strip())
            if not any(t.get("speaker") == "agent" for t in turns):
                errors.append(f"{where}: no agent turn")
        for key, table, counter in (("steps_present", STEPS, steps), ("violations", VIOLATIONS, viols)):
            codes = rec[key]
            if not isinstance(codes, list) or len(codes) != len(set(codes)):
                errors.append(f"{where}: {key} not a list of distinct codes")
                continue
            for code in codes:
                if code not in table:
                    errors.append(f"{where}: unknown {key} code {code}")
                counter[code] += 1
            if codes != sorted(codes, key=lambda c: table.index(c) if c in table else 99):
                errors.append(f"{where}: {key} not in table order")
        if "COOLING_OFF_OR_CANCELLATION" in rec["steps_present"] and rec["product_line"] == "motor":
            errors.append(f"{where}: cooling-off step on a motor call")
        required = [s for s in STEPS if rec["product_line"] != "motor" or s != "COOLING_OFF_OR_CANCELLATION"]
        if not rec["violations"]:
            clean += 1
        if all(s in rec["steps_present"] for s in required):
            complete += 1
    print(f"{n} calls; product lines {dict(sorted(lines.items()))}; complete calls {complete}")
    print("steps: " + ", ".join(f"{s} {steps[s]}" for s in STEPS))
    print("violations: " + ", ".join(f"{v} {viols[v]}" for v in VIOLATIONS)
          + f"; calls without any violation {clean}")
    return errors


def main() -> int:
    errors = validate(HERE / "transcripts.jsonl")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Validate transcripts.jsonl against the README's transcript format (standard library only).

Checks: one JSON object per line with exactly the README's keys; ids tx0104-NNN, unique and in order;
product_line in motor/accident/health; turns non-empty with agent/customer speakers and non-empty text;
steps_present and violations drawn from the README's tables without duplicates;
COOLING_OFF_OR_CANCELLATION only on accident/health calls; prints counts per code.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = {
    "RECORDING_NOTICE", "AGENT_IDENTITY", "PRODUCT_INSURER", "COVERAGE", "EXCLUSIONS",
    "PREMIUM_TERM", "COOLING_OFF_OR_CANCELLATION", "CUSTOMER_CONSENT",
}
VIOLATIONS = {
    "ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT", "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE",
}
KEYS = {"id", "product_line", "turns", "steps_present", "violations"}
ID_RE = re.compile(r"^tx0104-(\d{3})$")


def validate(path: Path) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    last = 0
    steps: Counter[str] = Counter()
    viol: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    n = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        n += 1
        if not isinstance(rec, dict) or set(rec) != KEYS:
            errors.append(f"{where}: keys must be {sorted(KEYS)}")
            continue
        m = ID_RE.match(str(rec["id"]))
        if not m:
            errors.append(f"{where}: bad id {rec['id']!r}")
        else:
            num = int(m.group(1))
            if rec["id"] in seen:
                errors.append(f"{where}: duplicate id {rec['id']}")
            if num <= last:
                errors.append(f"{where}: ids out of order")
            last = num
            seen.add(rec["id"])
        if rec["product_line"] not in ("motor", "accident", "health"):
            errors.append(f"{where}: bad product_line {rec['product_line']!r}")
        lines[rec["product_line"]] += 1
        turns = rec["turns"]
        if not isinstance(turns, list) or len(turns) < 2:
            errors.append(f"{where}: turns must be a list of at least two turns")
            turns = []
        for i, turn in enumerate(turns):
            if not isinstance(turn, dict) or set(turn) != {"speaker", "text"}:
                errors.append(f"{where}: turn {i} must have speaker and text")
                continue
            if turn["speaker"] not in ("agent", "customer"):
                errors.append(f"{where}: turn {i} bad speaker {turn['speaker']!r}")
            if not isinstance(turn["text"], str) or not turn["text"].strip():
                errors.append(f"{where}: turn {i} empty text")
        if not any(isinstance(t, dict) and t.get("speaker") == "agent" for t in turns):
            errors.append(f"{where}: no agent turn")
        for key, table, counter in (("steps_present", STEPS, steps), ("violations", VIOLATIONS, viol)):
            values = rec[key]
            if not isinstance(values, list) or len(set(values)) != len(values):
                errors.append(f"{where}: {key} must be a list without duplicates")
                continue
            for v in values:
                if v not in table:
                    errors.append(f"{where}: unknown {key} code {v!r}")
                counter[v] += 1
        if rec["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in rec["steps_present"]:
            errors.append(f"{where}: COOLING_OFF_OR_CANCELLATION is an accident/health step")
    print(f"{n} calls; product lines {dict(sorted(lines.items()))}")
    for code in sorted(STEPS):
        print(f"  step {code:30s} present {steps[code]:3d}  missing {n - steps[code]:3d}")
    for code in sorted(VIOLATIONS):
        print(f"  violation {code:27s} {viol[code]:3d}")
    print(f"  calls without violations {n - _calls_with_violations(path)}")
    return errors


def _calls_with_violations(path: Path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if json.loads(line)["violations"])


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "transcripts.jsonl"
    errors = validate(path)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

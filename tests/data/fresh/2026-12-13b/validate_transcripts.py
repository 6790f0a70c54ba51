"""Validate transcripts.jsonl of the 2026-12-13b fresh set (standard library only).

Checks the record shape of /work/shared/datasets/README.md ("transcripts.jsonl"), the ids
(tx1213-NNN, unique), the step and violation codes against the README tables, and prints the
counts per code. Exit status 1 on any problem.

    python tests/data/fresh/2026-12-13b/validate_transcripts.py [path]
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
ID_RE = re.compile(r"^tx1213-\d{3}$")
KEYS = {"id", "product_line", "turns", "steps_present", "violations"}


def check(path: Path) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    steps: Counter[str] = Counter()
    viols: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    turns = 0
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {n}"
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != KEYS:
            errors.append(f"{where}: keys must be exactly {sorted(KEYS)}")
            continue
        rid = rec["id"]
        where = f"line {n} ({rid})"
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: bad id")
        elif rid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(str(rid))
        if rec["product_line"] not in LINES:
            errors.append(f"{where}: bad product_line")
        lines[str(rec["product_line"])] += 1
        t = rec["turns"]
        if not isinstance(t, list) or not t:
            errors.append(f"{where}: turns must be a non-empty list")
            t = []
        for i, turn in enumerate(t):
            if not isinstance(turn, dict) or set(turn) != {"speaker", "text"}:
                errors.append(f"{where}: turn {i} must have speaker and text only")
                continue
            if turn["speaker"] not in ("agent", "customer"):
                errors.append(f"{where}: turn {i} bad speaker")
            if not isinstance(turn["text"], str) or not turn["text"].strip():
                errors.append(f"{where}: turn {i} empty text")
        turns += len(t)
        if not any(isinstance(x, dict) and x.get("speaker") == "agent" for x in t):
            errors.append(f"{where}: no agent turn")
        for key, table, counter in (("steps_present", STEPS, steps), ("violations", VIOLATIONS, viols)):
            codes = rec[key]
            if not isinstance(codes, list):
                errors.append(f"{where}: {key} must be a list")
                continue
            if len(set(codes)) != len(codes):
                errors.append(f"{where}: duplicate code in {key}")
            for code in codes:
                if code not in table:
                    errors.append(f"{where}: unknown {key} code {code!r}")
                counter[code] += 1
        if rec["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in rec["steps_present"]:
            errors.append(f"{where}: COOLING_OFF_OR_CANCELLATION is an accident/health step")
    print(f"{len(seen)} calls, {turns} turns; product lines {dict(sorted(lines.items()))}")
    for code in STEPS:
        print(f"  step {code:30} {steps[code]:3}")
    for code in VIOLATIONS:
        print(f"  violation {code:25} {viols[code]:3}")
    return errors


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("transcripts.jsonl")
    errors = check(path)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

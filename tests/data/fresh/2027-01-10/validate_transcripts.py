"""Validate transcripts.jsonl (shape, ids, codes). Standard library only.

Usage: python validate_transcripts.py [transcripts.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

STEPS = {
    "RECORDING_NOTICE",
    "AGENT_IDENTITY",
    "PRODUCT_INSURER",
    "COVERAGE",
    "EXCLUSIONS",
    "PREMIUM_TERM",
    "COOLING_OFF_OR_CANCELLATION",
    "CUSTOMER_CONSENT",
}
VIOLATIONS = {
    "ABSOLUTE_TERM",
    "GUARANTEED_RETURN",
    "DEPOSIT_CONFUSION",
    "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT",
    "EXAGGERATED_COVERAGE",
    "DENIGRATE_COMPETITOR",
    "MISLEADING_FREE",
}
LINES = {"motor", "accident", "health"}
ID_RE = re.compile(r"^tx0110-\d{3}$")


def validate(path: Path) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    steps: Counter[str] = Counter()
    viols: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    n = 0
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        n += 1
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"line {lineno}: bad JSON ({exc})")
            continue
        if set(rec) != {"id", "product_line", "turns", "steps_present", "violations"}:
            errors.append(f"line {lineno}: keys {sorted(rec)}")
            continue
        rid = rec["id"]
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"line {lineno}: bad id {rid!r}")
        if rid in seen:
            errors.append(f"line {lineno}: duplicate id {rid}")
        seen.add(rid)
        if rec["product_line"] not in LINES:
            errors.append(f"{rid}: product_line {rec['product_line']!r}")
        lines[rec["product_line"]] += 1
        turns = rec["turns"]
        if not isinstance(turns, list) or not turns:
            errors.append(f"{rid}: no turns")
        else:
            for t in turns:
                if set(t) != {"speaker", "text"} or t["speaker"] not in {"agent", "customer"}:
                    errors.append(f"{rid}: bad turn {t!r}")
                elif not isinstance(t["text"], str) or not t["text"].strip():
                    errors.append(f"{rid}: empty turn text")
        for key, table, counter in (("steps_present", STEPS, steps), ("violations", VIOLATIONS, viols)):
            codes = rec[key]
            if not isinstance(codes, list) or len(codes) != len(set(codes)):
                errors.append(f"{rid}: {key} must be a list without repeats")
                continue
            for code in codes:
                if code not in table:
                    errors.append(f"{rid}: unknown {key} code {code}")
                counter[code] += 1
        if rec["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in rec["steps_present"]:
            errors.append(f"{rid}: cooling-off is labelled for accident/health only")
    print(f"{n} records; product lines {dict(sorted(lines.items()))}")
    print("steps:", dict(sorted(steps.items())))
    print("violations:", dict(sorted(viols.items())))
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

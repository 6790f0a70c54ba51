"""Validate transcripts.jsonl against the README format (standard library only).

Checks shape, id pattern and uniqueness, speakers, step and violation codes from the README tables,
COOLING_OFF_OR_CANCELLATION only on accident/health calls, no duplicate codes; prints counts per code.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = [
    "RECORDING_NOTICE",
    "AGENT_IDENTITY",
    "PRODUCT_INSURER",
    "COVERAGE",
    "EXCLUSIONS",
    "PREMIUM_TERM",
    "COOLING_OFF_OR_CANCELLATION",
    "CUSTOMER_CONSENT",
]
VIOLATIONS = [
    "ABSOLUTE_TERM",
    "GUARANTEED_RETURN",
    "DEPOSIT_CONFUSION",
    "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT",
    "EXAGGERATED_COVERAGE",
    "DENIGRATE_COMPETITOR",
    "MISLEADING_FREE",
]
LINES = {"motor", "accident", "health"}
ID_RE = re.compile(r"^tx0120-\d{3}$")


def _good_turn(t: object) -> bool:
    return (
        isinstance(t, dict)
        and set(t) == {"speaker", "text"}
        and t["speaker"] in ("agent", "customer")
        and isinstance(t["text"], str)
        and bool(t["text"].strip())
    )


def validate(path: Path) -> tuple[list[str], list[dict[str, object]]]:
    errors: list[str] = []
    records: list[dict[str, object]] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if set(rec) != {"id", "product_line", "turns", "steps_present", "violations"}:
            errors.append(f"{where}: keys {sorted(rec)}")
            continue
        rid = rec["id"]
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: bad id {rid!r}")
        elif rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(str(rid))
        if rec["product_line"] not in LINES:
            errors.append(f"{where}: product_line {rec['product_line']!r}")
        turns = rec["turns"]
        if not isinstance(turns, list) or len(turns) < 2:
            errors.append(f"{where}: turns must be a list of at least 2")
        else:
            errors.extend(f"{where}: bad turn {t!r}" for t in turns if not _good_turn(t))
            if not any(isinstance(t, dict) and t.get("speaker") == "agent" for t in turns):
                errors.append(f"{where}: no agent turn")
        for key, table in (("steps_present", STEPS), ("violations", VIOLATIONS)):
            codes = rec[key]
            if not isinstance(codes, list) or any(c not in table for c in codes):
                errors.append(f"{where}: {key} has codes outside the README table: {codes!r}")
            elif len(set(codes)) != len(codes):
                errors.append(f"{where}: {key} has duplicates")
        if rec["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in rec["steps_present"]:
            errors.append(f"{where}: COOLING_OFF_OR_CANCELLATION is defined for accident/health only")
        records.append(rec)
    return errors, records


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else HERE / "transcripts.jsonl"
    errors, records = validate(path)
    for e in errors:
        print("ERROR", e)
    lines = Counter(str(r["product_line"]) for r in records)
    steps = Counter(c for r in records for c in r["steps_present"])  # type: ignore[attr-defined]
    viol = Counter(c for r in records for c in r["violations"])  # type: ignore[attr-defined]
    eligible_cooling = sum(1 for r in records if r["product_line"] != "motor")
    print(f"{len(records)} calls: " + ", ".join(f"{k} {lines[k]}" for k in sorted(lines)))
    for c in STEPS:
        of = eligible_cooling if c == "COOLING_OFF_OR_CANCELLATION" else len(records)
        print(f"  step {c:30s} present {steps[c]:3d} / {of}")
    for c in VIOLATIONS:
        print(f"  violation {c:25s} {viol[c]:3d}")
    clean = sum(1 for r in records if not r["violations"])
    complete = 0
    for r in records:
        present = set(r["steps_present"])  # type: ignore[call-overload]
        needed = {c for c in STEPS if not (c == "COOLING_OFF_OR_CANCELLATION" and r["product_line"] == "motor")}
        complete += needed <= present
    print(f"  calls without violations {clean}, calls with every applicable step {complete}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Validate transcripts.jsonl against ../shared/datasets/README.md (standard library only).

Checks shape, unique ids, product lines, speakers, step and violation codes, steps that do not apply
(COOLING_OFF_OR_CANCELLATION only for accident/health), turn counts, and prints counts per product line,
per step and per violation code. Exit status 1 on any error.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PRODUCT_LINES = ("motor", "accident", "health")
SPEAKERS = ("agent", "customer")
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
CODES = (
    "ABSOLUTE_TERM",
    "GUARANTEED_RETURN",
    "DEPOSIT_CONFUSION",
    "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT",
    "EXAGGERATED_COVERAGE",
    "DENIGRATE_COMPETITOR",
    "MISLEADING_FREE",
)
ID_RE = re.compile(r"^tx0127-\d{3}$")
MIN_TURNS, MAX_TURNS = 8, 40


def validate(path: Path) -> tuple[list[str], list[dict]]:
    errors: list[str] = []
    records: list[dict] = []
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
        where = f"{where} {rid}"
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: id format")
        if rid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(rid)
        if rec["product_line"] not in PRODUCT_LINES:
            errors.append(f"{where}: product_line {rec['product_line']!r}")
        turns = rec["turns"]
        if not isinstance(turns, list) or not (MIN_TURNS <= len(turns) <= MAX_TURNS):
            errors.append(f"{where}: {len(turns) if isinstance(turns, list) else '?'} turns")
        else:
            for i, t in enumerate(turns):
                if not isinstance(t, dict) or set(t) != {"speaker", "text"}:
                    errors.append(f"{where}: turn {i} shape")
                    continue
                if t["speaker"] not in SPEAKERS:
                    errors.append(f"{where}: turn {i} speaker {t['speaker']!r}")
                if not isinstance(t["text"], str) or not t["text"].strip():
                    errors.append(f"{where}: turn {i} empty text")
            if not any(t.get("speaker") == "agent" for t in turns):
                errors.append(f"{where}: no agent turn")
        for key, table in (("steps_present", STEPS), ("violations", CODES)):
            vals = rec[key]
            if not isinstance(vals, list):
                errors.append(f"{where}: {key} not a list")
                continue
            errors.extend(f"{where}: unknown {key} code {v!r}" for v in vals if v not in table)
            if len(set(vals)) != len(vals):
                errors.append(f"{where}: duplicate code in {key}")
        if rec["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in rec["steps_present"]:
            errors.append(f"{where}: COOLING_OFF_OR_CANCELLATION on a motor call (step applies to accident/health)")
        records.append(rec)
    return errors, records


def report(records: list[dict]) -> None:
    print(f"calls: {len(records)}")
    print("per product line:", dict(Counter(r["product_line"] for r in records)))
    turns = [len(r["turns"]) for r in records]
    print(f"turns: min {min(turns)} max {max(turns)} mean {sum(turns) / len(turns):.1f}")
    sc = Counter(s for r in records for s in r["steps_present"])
    print("steps present (calls):")
    for s in STEPS:
        applicable = [r for r in records if s != "COOLING_OFF_OR_CANCELLATION" or r["product_line"] != "motor"]
        print(f"  {s:28s} {sc[s]:3d} of {len(applicable)} applicable")
    allsteps = sum(
        1
        for r in records
        if set(r["steps_present"])
        == {s for s in STEPS if s != "COOLING_OFF_OR_CANCELLATION" or r["product_line"] != "motor"}
    )
    print(f"  calls with every applicable step: {allsteps}")
    vc = Counter(v for r in records for v in r["violations"])
    print("violations (calls):")
    for c in CODES:
        print(f"  {c:24s} {vc[c]:3d}")
    print(f"  calls with any violation: {sum(1 for r in records if r['violations'])}")


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else HERE / "transcripts.jsonl"
    errors, records = validate(path)
    for e in errors:
        print("ERROR", e)
    if records:
        report(records)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Check tests/data/fresh/2026-12-31/transcripts.jsonl against the transcript format of
../shared/datasets/README.md (shape, ids, product lines, speakers, step and violation codes).

Standard library only.  Usage: python validate_transcripts.py [path]
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
LINES = ("motor", "accident", "health")
ID_RE = re.compile(r"^tx1231-\d{3}$")
KEYS = {"id", "product_line", "turns", "steps_present", "violations"}


def check(path: Path) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    steps: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    lines: Counter[str] = Counter()
    n = 0
    clean = 0
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {lineno}"
        if not raw.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        n += 1
        if not isinstance(rec, dict) or set(rec) != KEYS:
            errors.append(f"{where}: keys must be exactly {sorted(KEYS)}")
            continue
        rid = rec["id"]
        where = f"line {lineno} ({rid})"
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: id must look like tx1231-NNN")
        if rid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(rid)
        if rec["product_line"] not in LINES:
            errors.append(f"{where}: product_line must be one of {LINES}")
        lines[rec["product_line"]] += 1
        turns = rec["turns"]
        if not isinstance(turns, list) or len(turns) < 2:
            errors.append(f"{where}: turns must be a list of at least two turns")
            turns = []
        speakers = set()
        for t in turns:
            if not isinstance(t, dict) or set(t) != {"speaker", "text"}:
                errors.append(f"{where}: a turn must be {{speaker, text}}")
                continue
            if t["speaker"] not in ("agent", "customer"):
                errors.append(f"{where}: bad speaker {t['speaker']!r}")
            if not isinstance(t["text"], str) or not t["text"].strip() or t["text"] != t["text"].strip():
                errors.append(f"{where}: a turn's text must be non-empty and stripped")
            speakers.add(t["speaker"])
        if speakers != {"agent", "customer"}:
            errors.append(f"{where}: both speakers must talk")
        for field, table, counter in (("steps_present", STEPS, steps), ("violations", CODES, codes)):
            value = rec[field]
            if not isinstance(value, list) or any(v not in table for v in value):
                errors.append(f"{where}: {field} holds a code outside the README table")
                continue
            if len(set(value)) != len(value):
                errors.append(f"{where}: {field} repeats a code")
            if value != sorted(value, key=table.index):
                errors.append(f"{where}: {field} not in table order")
            counter.update(value)
        if rec["violations"] == []:
            clean += 1
        if rec["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in rec["steps_present"]:
            errors.append(f"{where}: COOLING_OFF_OR_CANCELLATION applies to accident and health only")
    expected = [f"tx1231-{i:03d}" for i in range(1, n + 1)]
    if sorted(seen) != expected:
        errors.append("ids must run tx1231-001 .. without gaps")
    print(f"{n} transcripts; lines {dict(lines)}")
    print("steps:", {s: steps[s] for s in STEPS})
    print("violations:", {c: codes[c] for c in CODES}, "calls without a violation:", clean)
    return errors


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("transcripts.jsonl")
    errors = check(path)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Validate transcripts.jsonl (shape, ids, product lines, speakers, codes) and print counts.

Standard library only. Exit status 1 on any error.
Usage: python validate_transcripts.py [path/to/transcripts.jsonl]
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
CODES = [
    "ABSOLUTE_TERM",
    "GUARANTEED_RETURN",
    "DEPOSIT_CONFUSION",
    "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT",
    "EXAGGERATED_COVERAGE",
    "DENIGRATE_COMPETITOR",
    "MISLEADING_FREE",
]
LINES = ("motor", "accident", "health")
ID_RE = re.compile(r"^tx0201-\d{3}$")
KEYS = {"id", "product_line", "turns", "steps_present", "violations"}


def validate(path: Path) -> tuple[list[str], list[dict]]:
    errors: list[str] = []
    rows: list[dict] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: bad JSON ({exc})")
            continue
        where = f"line {n} ({r.get('id')})"
        if not isinstance(r, dict) or set(r) != KEYS:
            errors.append(f"{where}: keys {sorted(r) if isinstance(r, dict) else type(r)} != {sorted(KEYS)}")
            continue
        if not isinstance(r["id"], str) or not ID_RE.match(r["id"]):
            errors.append(f"{where}: bad id")
        if r["id"] in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(r["id"])
        if r["product_line"] not in LINES:
            errors.append(f"{where}: bad product_line {r['product_line']!r}")
        turns = r["turns"]
        if not isinstance(turns, list) or not 8 <= len(turns) <= 40:
            errors.append(f"{where}: needs 8-40 turns, has {len(turns) if isinstance(turns, list) else '?'}")
        else:
            for i, t in enumerate(turns):
                if not isinstance(t, dict) or set(t) != {"speaker", "text"}:
                    errors.append(f"{where}: turn {i} shape")
                elif t["speaker"] not in ("agent", "customer"):
                    errors.append(f"{where}: turn {i} speaker {t['speaker']!r}")
                elif not isinstance(t["text"], str) or not t["text"].strip():
                    errors.append(f"{where}: turn {i} empty text")
            if not any(t.get("speaker") == "agent" for t in turns if isinstance(t, dict)):
                errors.append(f"{where}: no agent turn")
        for key, table in (("steps_present", STEPS), ("violations", CODES)):
            vals = r[key]
            if not isinstance(vals, list) or any(v not in table for v in vals):
                errors.append(f"{where}: {key} has unknown codes: {vals}")
            elif len(set(vals)) != len(vals):
                errors.append(f"{where}: {key} has duplicates")
        if r["product_line"] == "motor" and "COOLING_OFF_OR_CANCELLATION" in r["steps_present"]:
            errors.append(f"{where}: COOLING_OFF_OR_CANCELLATION labelled on a motor call (see README)")
        rows.append(r)
    return errors, rows


def report(rows: list[dict]) -> None:
    print(f"calls: {len(rows)}")
    lines = Counter(r["product_line"] for r in rows)
    print("per product line: " + ", ".join(f"{k} {lines[k]}" for k in LINES))
    nturns = [len(r["turns"]) for r in rows]
    print(f"turns: total {sum(nturns)}, min {min(nturns)}, max {max(nturns)}")
    print("steps present (all / motor / accident / health):")
    for s in STEPS:
        c = [sum(s in r["steps_present"] for r in rows if line is None or r["product_line"] == line)
             for line in (None, *LINES)]
        print(f"  {s:28s} {c[0]:3d} / {c[1]:2d} / {c[2]:2d} / {c[3]:2d}")
    full = sum(
        set(r["steps_present"]) >= (set(STEPS) - ({"COOLING_OFF_OR_CANCELLATION"} if r["product_line"] == "motor" else set()))
        for r in rows
    )
    print(f"calls with every applicable step: {full}")
    print("violations:")
    for c in CODES:
        print(f"  {c:22s} {sum(c in r['violations'] for r in rows):3d}")
    print(f"calls with at least one violation: {sum(bool(r['violations']) for r in rows)}")
    meta = HERE / "call_meta.jsonl"
    if meta.exists():
        m = [json.loads(x) for x in meta.read_text(encoding="utf-8").splitlines()]
        styles = Counter(x["style"] for x in m)
        print("styles: " + ", ".join(f"{k} {v}" for k, v in sorted(styles.items())))
        print(f"calls with labelled ASR homophone errors: {sum(bool(x['asr']) for x in m)}")


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else HERE / "transcripts.jsonl"
    errors, rows = validate(path)
    for e in errors:
        print("ERROR", e)
    if rows:
        report(rows)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

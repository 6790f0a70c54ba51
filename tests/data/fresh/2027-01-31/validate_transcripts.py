"""Validate transcripts.jsonl (standard library only) and print counts.

Checks: JSON shape and key set, unique ids of the form tx0131-NNN, product
lines, speakers, non-empty turns, 8-40 turns per call, step and violation codes
from the tables in ../shared/datasets/README.md, no duplicates, no
COOLING_OFF_OR_CANCELLATION on motor calls (labelling decision, see README).
Prints counts per product line, per step, per violation code.
"""
from __future__ import annotations

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
LINES = ("motor", "accident", "health")
STEPS = ("RECORDING_NOTICE", "AGENT_IDENTITY", "PRODUCT_INSURER", "COVERAGE", "EXCLUSIONS",
         "PREMIUM_TERM", "COOLING_OFF_OR_CANCELLATION", "CUSTOMER_CONSENT")
CODES = ("ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING",
         "REGULATOR_ENDORSEMENT", "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE")
KEYS = {"id", "product_line", "turns", "steps_present", "violations"}
ID_RE = re.compile(r"^tx0131-\d{3}$")


def validate(path: pathlib.Path) -> list[str]:
    errors: list[str] = []
    seen: set[str] = set()
    per_line: collections.Counter = collections.Counter()
    per_step: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    per_code: collections.Counter = collections.Counter()
    n_turns: list[int] = []
    n_viol_calls = 0
    n_complete = 0
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {n}"
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != KEYS:
            errors.append(f"{where}: keys {sorted(rec) if isinstance(rec, dict) else type(rec)}")
            continue
        rid = rec["id"]
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: bad id {rid!r}")
        if rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        seen.add(rid)
        pl = rec["product_line"]
        if pl not in LINES:
            errors.append(f"{rid}: product_line {pl!r}")
        per_line[pl] += 1
        turns = rec["turns"]
        if not isinstance(turns, list) or not 8 <= len(turns) <= 40:
            errors.append(f"{rid}: {len(turns) if isinstance(turns, list) else '?'} turns (8-40 expected)")
        else:
            n_turns.append(len(turns))
            for i, t in enumerate(turns):
                if not isinstance(t, dict) or set(t) != {"speaker", "text"}:
                    errors.append(f"{rid} turn {i}: keys")
                elif t["speaker"] not in ("agent", "customer"):
                    errors.append(f"{rid} turn {i}: speaker {t['speaker']!r}")
                elif not isinstance(t["text"], str) or not t["text"].strip():
                    errors.append(f"{rid} turn {i}: empty text")
            if not any(t.get("speaker") == "agent" for t in turns if isinstance(t, dict)):
                errors.append(f"{rid}: no agent turn")
        for field, allowed, counter in (("steps_present", STEPS, None), ("violations", CODES, per_code)):
            vals = rec[field]
            if not isinstance(vals, list):
                errors.append(f"{rid}: {field} not a list")
                continue
            if len(set(vals)) != len(vals):
                errors.append(f"{rid}: duplicate in {field}")
            for v in vals:
                if v not in allowed:
                    errors.append(f"{rid}: unknown {field} code {v!r}")
                elif counter is not None:
                    counter[v] += 1
                else:
                    per_step[v][pl] += 1
        if pl == "motor" and "COOLING_OFF_OR_CANCELLATION" in rec["steps_present"]:
            errors.append(f"{rid}: COOLING_OFF_OR_CANCELLATION on a motor call")
        if rec["violations"]:
            n_viol_calls += 1
        applicable = [s for s in STEPS if pl != "motor" or s != "COOLING_OFF_OR_CANCELLATION"]
        if all(s in rec["steps_present"] for s in applicable):
            n_complete += 1

    total = sum(per_line.values())
    print(f"calls: {total}  ({', '.join(f'{k} {per_line[k]}' for k in LINES)})")
    if n_turns:
        print(f"turns per call: min {min(n_turns)}, max {max(n_turns)}, total {sum(n_turns)}")
    print(f"calls with every applicable step: {n_complete}; calls with violations: {n_viol_calls}")
    print("steps present (motor / accident / health / total):")
    for s in STEPS:
        c = per_step[s]
        print(f"  {s:28s} {c['motor']:3d} {c['accident']:3d} {c['health']:3d} {sum(c.values()):4d}")
    print("violations (calls):")
    for code in CODES:
        print(f"  {code:24s} {per_code[code]:3d}")
    return errors


def main() -> int:
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "transcripts.jsonl"
    errors = validate(path)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Check the shape of the 2026-12-22 marketing sets (standard library only).

Usage: python validate_marketing.py [file.jsonl ...]   (defaults to the sets beside this script)
Checks: one JSON object per line, exactly the keys id/text/violations, string id and text, unique ids with the
expected prefix, violations a sorted list of known codes without repeats. Exit status 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

CODES = {
    "ABSOLUTE_TERM",
    "GUARANTEED_RETURN",
    "DEPOSIT_CONFUSION",
    "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT",
    "EXAGGERATED_COVERAGE",
    "DENIGRATE_COMPETITOR",
    "MISLEADING_FREE",
}
PREFIXES = {"marketing_unseen.jsonl": "mu1222", "marketing_published.jsonl": "mp1222"}


def validate(path: Path) -> list[str]:
    errors: list[str] = []
    prefix = PREFIXES.get(path.name)
    id_re = re.compile(rf"^{prefix}-\d{{3}}$") if prefix else None
    seen: set[str] = set()
    per_code: Counter[str] = Counter()
    compliant = 0
    n = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        n += 1
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "violations"}:
            errors.append(f"{where}: keys must be exactly id, text, violations")
            continue
        rid, text, violations = rec["id"], rec["text"], rec["violations"]
        if not isinstance(rid, str) or (id_re and not id_re.match(rid)):
            errors.append(f"{where}: bad id {rid!r}")
        elif rid in seen:
            errors.append(f"{where}: duplicate id {rid}")
        else:
            seen.add(rid)
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            errors.append(f"{where}: text must be a non-empty stripped string")
        if not isinstance(violations, list) or not all(isinstance(c, str) for c in violations):
            errors.append(f"{where}: violations must be a list of strings")
            continue
        unknown = [c for c in violations if c not in CODES]
        if unknown:
            errors.append(f"{where}: unknown codes {unknown}")
        if len(set(violations)) != len(violations) or violations != sorted(violations):
            errors.append(f"{where}: violations must be sorted and without repeats")
        per_code.update(violations)
        compliant += not violations
    if n:
        print(f"{path.name}: {n} records, {compliant} compliant ({compliant / n:.1%})")
        for code in sorted(CODES):
            print(f"  {code:24} {per_code[code]}")
    else:
        errors.append(f"{path.name}: no records")
    return errors


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    paths = [Path(a) for a in argv] or sorted(here.glob("marketing_*.jsonl"))
    errors = [e for p in paths for e in validate(p)]
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

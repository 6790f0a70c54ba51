#!/usr/bin/env python3
"""Check the shape of the 2026-12-11 marketing sets (standard library only).

Checks: every line is a JSON object with exactly the keys id, text, violations; ids are unique and follow
the file's prefix (mu1211-NNN / mp1211-NNN); text is a non-empty string; violations is a list of known
codes without repeats; no text occurs twice. Prints counts per code and the compliant share.

Usage: python3 validate_marketing.py [file ...]   (defaults to both marketing files beside this script)
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
PREFIXES = {"marketing_unseen.jsonl": "mu1211", "marketing_published.jsonl": "mp1211"}
HERE = Path(__file__).resolve().parent


def validate(path: Path) -> list[str]:
    errors: list[str] = []
    prefix = PREFIXES.get(path.name)
    id_re = re.compile(rf"^{prefix}-\d{{3}}$") if prefix else re.compile(r"^[a-z0-9]+-\d{3}$")
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    counts: Counter[str] = Counter()
    n = compliant = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        if not line.strip():
            errors.append(f"{where}: blank line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "violations"}:
            errors.append(f"{where}: keys must be exactly id, text, violations")
            continue
        rid, text, violations = rec["id"], rec["text"], rec["violations"]
        if not isinstance(rid, str) or not id_re.match(rid):
            errors.append(f"{where}: bad id {rid!r}")
        elif rid in seen_ids:
            errors.append(f"{where}: duplicate id {rid}")
        seen_ids.add(str(rid))
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
        elif text in seen_texts:
            errors.append(f"{where}: duplicate text")
        seen_texts.add(str(text))
        if not isinstance(violations, list) or not all(isinstance(c, str) for c in violations):
            errors.append(f"{where}: violations must be a list of strings")
            continue
        unknown = set(violations) - CODES
        if unknown:
            errors.append(f"{where}: unknown codes {sorted(unknown)}")
        if len(set(violations)) != len(violations):
            errors.append(f"{where}: repeated code")
        n += 1
        compliant += not violations
        counts.update(violations)
    print(f"{path.name}: {n} records, {compliant} compliant ({compliant / max(n, 1):.0%})")
    for code in sorted(CODES):
        print(f"  {code:24} {counts[code]}")
    return errors


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in PREFIXES]
    errors: list[str] = []
    for path in paths:
        errors += validate(path)
    for err in errors:
        print("ERROR", err)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

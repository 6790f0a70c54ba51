"""Check the shape of the 2027-01-14 fresh marketing sets (standard library only).

Usage: python validate_marketing.py [file.jsonl ...]  (default: both sets in this folder)
Checks: one JSON object per line with exactly id/text/violations, id pattern per file, unique ids
(also across files), non-empty text, known codes, no duplicate code in a record, no duplicate text.
Prints counts per code and the compliant share; exits 1 on the first file with errors.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

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
ID_PATTERNS = {
    "marketing_unseen.jsonl": re.compile(r"^mu0114-\d{3}$"),
    "marketing_published.jsonl": re.compile(r"^mp0114-\d{3}$"),
}
HERE = Path(__file__).resolve().parent


def validate(path: Path, seen_ids: set[str], seen_texts: set[str]) -> list[str]:
    errors: list[str] = []
    pattern = ID_PATTERNS.get(path.name, re.compile(r"^[a-z]{2}\d{4}-\d{3}$"))
    counts: collections.Counter[str] = collections.Counter()
    total = compliant = 0
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            where = f"{path.name}:{lineno}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc})")
                continue
            if not isinstance(record, dict) or set(record) != {"id", "text", "violations"}:
                errors.append(f"{where}: keys must be exactly id, text, violations")
                continue
            rid, text, violations = record["id"], record["text"], record["violations"]
            if not isinstance(rid, str) or not pattern.match(rid):
                errors.append(f"{where}: bad id {rid!r}")
            elif rid in seen_ids:
                errors.append(f"{where}: duplicate id {rid}")
            else:
                seen_ids.add(rid)
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{where}: empty or non-string text")
            elif text in seen_texts:
                errors.append(f"{where}: duplicate text")
            else:
                seen_texts.add(text)
            if not isinstance(violations, list) or not all(isinstance(v, str) for v in violations):
                errors.append(f"{where}: violations must be a list of strings")
                continue
            unknown = [v for v in violations if v not in CODES]
            if unknown:
                errors.append(f"{where}: unknown code(s) {unknown}")
            if len(set(violations)) != len(violations):
                errors.append(f"{where}: repeated code")
            total += 1
            compliant += not violations
            counts.update(violations)
    if total:
        print(f"{path.name}: {total} records, {compliant} compliant ({compliant / total:.1%})")
        for code in CODES:
            print(f"  {code:24s} {counts[code]}")
    return errors


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in ID_PATTERNS]
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    status = 0
    for path in paths:
        errors = validate(path, seen_ids, seen_texts)
        for error in errors:
            print(error, file=sys.stderr)
        if errors:
            status = 1
    print("OK" if status == 0 else "FAILED")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

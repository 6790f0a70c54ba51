"""Check the shape of the 2027-01-21 blind marketing sets (standard library only).

Usage: python validate_marketing.py [file.jsonl ...]   (defaults to both sets in this folder)
Prints counts per code, the compliant share, and exits 1 on the first kind of error found.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
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
    "marketing_unseen.jsonl": re.compile(r"^mu0121-\d{3}$"),
    "marketing_published.jsonl": re.compile(r"^mp0121-\d{3}$"),
}
HERE = Path(__file__).resolve().parent


def validate(path: Path) -> list[str]:
    """Return a list of problems in one marketing JSONL file (empty when it is valid)."""
    problems: list[str] = []
    pattern = ID_PATTERNS.get(path.name, re.compile(r"^\S+$"))
    ids: set[str] = set()
    texts: set[str] = set()
    per_code: Counter[str] = Counter()
    compliant = 0
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        where = f"{path.name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not JSON ({error})")
            continue
        if not isinstance(record, dict) or set(record) != {"id", "text", "violations"}:
            problems.append(f"{where}: keys must be exactly id, text, violations")
            continue
        rid, text, violations = record["id"], record["text"], record["violations"]
        if not isinstance(rid, str) or not pattern.match(rid):
            problems.append(f"{where}: bad id {rid!r}")
        elif rid in ids:
            problems.append(f"{where}: duplicate id {rid}")
        else:
            ids.add(rid)
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: empty text")
        elif text in texts:
            problems.append(f"{where}: duplicate text")
        else:
            texts.add(text)
        if not isinstance(violations, list) or not all(isinstance(c, str) for c in violations):
            problems.append(f"{where}: violations must be a list of strings")
            continue
        unknown = [c for c in violations if c not in CODES]
        if unknown:
            problems.append(f"{where}: unknown codes {unknown}")
        if len(set(violations)) != len(violations):
            problems.append(f"{where}: repeated code")
        per_code.update(violations)
        compliant += not violations
    total = len(lines)
    share = compliant / total if total else 0.0
    print(f"{path.name}: {total} records, {compliant} compliant ({share:.1%})")
    for code in CODES:
        print(f"  {code:<22} {per_code[code]}")
    return problems


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in ID_PATTERNS]
    problems: list[str] = []
    for path in paths:
        problems.extend(validate(path))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

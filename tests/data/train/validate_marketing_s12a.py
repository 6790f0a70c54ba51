"""Check tests/data/train/marketing_s12a.jsonl: shape, unique ids, known codes, no duplicate texts.

Standard library only. Usage: ``python tests/data/train/validate_marketing_s12a.py [path]``.
Prints the counts per code and the compliant share; exits 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

KNOWN = frozenset({"ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING", "REGULATOR_ENDORSEMENT", "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE"})  # fmt: skip
ID_PATTERN = re.compile(r"mt12a-\d{4}")
CORPUS = Path(__file__).with_name("marketing_s12a.jsonl")


def record_problems(rec: Any) -> list[str]:
    """What is wrong with one parsed record, judged alone."""
    if not isinstance(rec, dict) or sorted(rec) != ["id", "text", "violations"]:
        return ["keys must be exactly id, text, violations"]
    found = []
    if not isinstance(rec["id"], str) or not ID_PATTERN.fullmatch(rec["id"]):
        found.append(f"bad id {rec['id']!r}")
    text = rec["text"]
    if not isinstance(text, str) or not text or text != text.strip():
        found.append("text must be a non-empty string without surrounding blanks")
    codes = rec["violations"]
    if not isinstance(codes, list) or any(c not in KNOWN for c in codes):
        found.append(f"violations must list known codes, got {codes!r}")
    elif len(codes) != len(set(codes)):
        found.append("a code is listed twice")
    return found


def check(path: Path) -> tuple[list[str], Counter[str], int]:
    """Problems over the whole file, the number of records per code ('' = compliant), and the valid record count."""
    problems: list[str] = []
    first_seen: dict[str, int] = {}
    per_code: Counter[str] = Counter()
    valid = 0
    lines = path.read_text(encoding="utf-8").splitlines()
    for lineno, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {lineno}: not JSON ({exc})")
            continue
        own = record_problems(rec)
        problems += [f"line {lineno}: {p}" for p in own]
        if own:
            continue
        for key in (rec["id"], "text:" + "".join(rec["text"].split())):
            if key in first_seen:
                problems.append(f"line {lineno}: repeats line {first_seen[key]} ({key[:30]})")
            first_seen.setdefault(key, lineno)
        valid += 1
        per_code.update(rec["violations"] or [""])
    return problems, per_code, valid


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else CORPUS
    problems, per_code, total = check(path)
    violating = total - per_code[""]
    print(
        f"{total} valid records; compliant {per_code['']} ({per_code[''] / max(total, 1):.1%}); violating {violating}"
    )
    for code in sorted(KNOWN):
        print(f"  {code:<22} {per_code[code]:>4}  {per_code[code] / max(violating, 1):.1%} of violating")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

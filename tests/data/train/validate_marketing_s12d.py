"""Validate the hand-written marketing training corpus marketing_s12d.jsonl (standard library only).

Checks: each line is an object with exactly ``id``, ``text`` and ``violations``; ids look like ``mt12d-0001`` and
are unique; codes come from the README's table and do not repeat; no text occurs twice, also after removing
whitespace. Prints the counts per code and the compliant share; exits 1 when anything is wrong.

    python tests/data/train/validate_marketing_s12d.py [path]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

_CLAIM_CODES = ("ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING")
_CONDUCT_CODES = ("REGULATOR_ENDORSEMENT", "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE")
KNOWN = (*_CLAIM_CODES, *_CONDUCT_CODES)  # the README's table order
CORPUS = Path(__file__).resolve().parent / "marketing_s12d.jsonl"


def record_problems(obj: Any) -> list[str]:
    """Shape problems of one decoded line; an empty list means the record is well formed."""
    if not isinstance(obj, dict) or sorted(obj) != ["id", "text", "violations"]:
        return ["not an object with exactly id, text, violations"]
    found = []
    if not isinstance(obj["id"], str) or re.fullmatch(r"mt12d-\d{4}", obj["id"]) is None:
        found.append(f"id {obj['id']!r} is not mt12d-NNNN")
    text = obj["text"]
    if not isinstance(text, str) or not text.strip() or text != text.strip():
        found.append("text is empty or has surrounding whitespace")
    codes = obj["violations"]
    if not isinstance(codes, list):
        return [*found, "violations is not a list"]
    found += [f"unknown code {code!r}" for code in codes if code not in KNOWN]
    if len(codes) != len(set(map(str, codes))):
        found.append("a code is listed twice")
    return found


_BAD_JSON = object()


def _decode(raw: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return _BAD_JSON


def check(path: Path) -> tuple[list[str], Counter[str]]:
    """All problems in the file, and per-code counts (plus ``_total`` and ``_compliant``)."""
    problems: list[str] = []
    counts: Counter[str] = Counter()
    owner: dict[str, str] = {}  # "id:<id>" or "text:<text without whitespace>" -> line that used it first
    lines = path.read_text(encoding="utf-8").splitlines()
    for where, raw in ((f"line {i}", raw) for i, raw in enumerate(lines, start=1)):
        obj = _decode(raw)
        issues = record_problems(obj) if obj is not _BAD_JSON else ["not JSON"]
        if not issues:
            for key in (f"id:{obj['id']}", "text:" + "".join(obj["text"].split())):
                if owner.setdefault(key, where) != where:
                    issues.append(f"duplicate {key.split(':')[0]} (first on {owner[key]})")
            counts.update(obj["violations"] or ["_compliant"])
            counts["_total"] += 1
        problems += [f"{where}: {issue}" for issue in issues]
    return problems, counts


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    problems, counts = check(path)
    total, compliant = counts["_total"], counts["_compliant"]
    violating = max(total - compliant, 1)
    print(f"{path.name}: {total} records; compliant {compliant} ({compliant / max(total, 1):.1%})")
    print("\n".join(f"  {code:<22}{counts[code]:>5}  {counts[code] / violating:6.1%} of violating" for code in KNOWN))
    print("\n".join(problems) or "no problems", file=sys.stderr if problems else sys.stdout)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

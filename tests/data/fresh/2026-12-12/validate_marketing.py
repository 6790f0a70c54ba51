"""Check the shape of the blind marketing sets in this folder (standard library only).

Usage: python validate_marketing.py [file ...]   (default: marketing_unseen.jsonl marketing_published.jsonl)
Checks: one JSON object per line with exactly id/text/violations, ids unique and matching the file's
prefix (mu1212-NNN / mp1212-NNN), non-empty text, no duplicate texts, violations a list of known codes
without repeats. Prints counts per code, the compliant share, and exits 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

CODES = frozenset(
    {
        "ABSOLUTE_TERM",
        "GUARANTEED_RETURN",
        "DEPOSIT_CONFUSION",
        "PANIC_SELLING",
        "REGULATOR_ENDORSEMENT",
        "EXAGGERATED_COVERAGE",
        "DENIGRATE_COMPETITOR",
        "MISLEADING_FREE",
    }
)
PREFIXES = {"marketing_unseen.jsonl": "mu1212", "marketing_published.jsonl": "mp1212"}


def validate(path: Path) -> list[str]:
    problems: list[str] = []
    prefix = PREFIXES.get(path.name)
    id_re = re.compile(rf"^{prefix}-\d{{3}}$") if prefix else re.compile(r"^\S+$")
    ids: set[str] = set()
    texts: set[str] = set()
    counts: Counter[str] = Counter()
    n = compliant = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        if not line.strip():
            problems.append(f"{where}: empty line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "violations"}:
            problems.append(f"{where}: keys must be exactly id, text, violations")
            continue
        rid, text, vs = rec["id"], rec["text"], rec["violations"]
        if not isinstance(rid, str) or not id_re.match(rid):
            problems.append(f"{where}: bad id {rid!r}")
        elif rid in ids:
            problems.append(f"{where}: duplicate id {rid}")
        ids.add(str(rid))
        if not isinstance(text, str) or not text.strip():
            problems.append(f"{where}: empty text")
        elif text in texts:
            problems.append(f"{where}: duplicate text")
        else:
            texts.add(text)
        if not isinstance(vs, list) or not all(isinstance(v, str) for v in vs):
            problems.append(f"{where}: violations must be a list of strings")
            continue
        unknown = [v for v in vs if v not in CODES]
        if unknown:
            problems.append(f"{where}: unknown codes {unknown}")
        if len(set(vs)) != len(vs):
            problems.append(f"{where}: repeated code")
        n += 1
        compliant += not vs
        counts.update(vs)
    if n:
        print(f"{path.name}: {n} records, {compliant} compliant ({compliant / n:.1%})")
        for code in sorted(CODES):
            print(f"  {code:24s} {counts[code]}")
    return problems


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    paths = [Path(a) for a in argv] or [here / name for name in PREFIXES if (here / name).exists()]
    problems = [p for path in paths for p in validate(path)]
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

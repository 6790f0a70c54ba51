"""Check the shape of the 2027-01-09 blind marketing sets (standard library only).

Usage: python validate_marketing.py [file.jsonl ...]  (defaults to both sets in this folder)
"""

from __future__ import annotations

import json
import re
import sys
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
ID_PATTERNS = {
    "marketing_unseen.jsonl": re.compile(r"^mu0109-\d{3}$"),
    "marketing_published.jsonl": re.compile(r"^mp0109-\d{3}$"),
}


def validate(path: Path) -> list[str]:
    errors: list[str] = []
    id_re = ID_PATTERNS.get(path.name, re.compile(r"^m[up]0109-\d{3}$"))
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "violations"}:
            errors.append(f"{where}: keys must be exactly id, text, violations")
            continue
        rid, text, codes = rec["id"], rec["text"], rec["violations"]
        if not isinstance(rid, str) or not id_re.match(rid):
            errors.append(f"{where}: bad id {rid!r}")
        elif rid in seen_ids:
            errors.append(f"{where}: duplicate id {rid}")
        else:
            seen_ids.add(rid)
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
        elif text in seen_texts:
            errors.append(f"{where}: duplicate text")
        else:
            seen_texts.add(text)
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            errors.append(f"{where}: violations must be a list of strings")
            continue
        unknown = set(codes) - CODES
        if unknown:
            errors.append(f"{where}: unknown codes {sorted(unknown)}")
        if len(set(codes)) != len(codes):
            errors.append(f"{where}: repeated code")
    return errors


def main(argv: list[str]) -> int:
    here = Path(__file__).resolve().parent
    paths = [Path(a) for a in argv] or [here / name for name in ID_PATTERNS if (here / name).exists()]
    errors = [e for p in paths for e in validate(p)]
    for e in errors:
        print(e)
    print(f"{len(paths)} file(s), {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Validate tests/data/train/marketing_s12c.jsonl (standard library only).

Checks: every line is a JSON object with exactly ``id``, ``text`` and ``violations``; ids match
``mt12c-NNNN`` and are unique; texts are non-empty, stripped and not duplicated; violations are a list of
known codes without repeats. Prints counts per code and the compliant share. Exit status 1 on any error.

    python tests/data/train/validate_marketing_s12c.py [path]
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
ID_RE = re.compile(r"^mt12c-\d{4}$")
DEFAULT = Path(__file__).with_name("marketing_s12c.jsonl")


def validate(path: Path) -> list[str]:
    errors: list[str] = []
    ids: set[str] = set()
    texts: dict[str, str] = {}
    per_code: Counter[str] = Counter()
    total = compliant = 0
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
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
        rid, text, viol = rec["id"], rec["text"], rec["violations"]
        if not isinstance(rid, str) or not ID_RE.match(rid):
            errors.append(f"{where}: bad id {rid!r}")
        elif rid in ids:
            errors.append(f"{where}: duplicate id {rid}")
        else:
            ids.add(rid)
        if not isinstance(text, str) or not text or text != text.strip():
            errors.append(f"{where}: text must be a non-empty stripped string")
        elif text in texts:
            errors.append(f"{where}: duplicate text (first at {texts[text]})")
        else:
            texts[text] = where
        if not isinstance(viol, list) or not all(isinstance(c, str) for c in viol):
            errors.append(f"{where}: violations must be a list of strings")
            continue
        unknown = [c for c in viol if c not in CODES]
        if unknown:
            errors.append(f"{where}: unknown codes {unknown}")
        if len(set(viol)) != len(viol):
            errors.append(f"{where}: repeated code")
        total += 1
        if not viol:
            compliant += 1
        per_code.update(set(viol))
    violating = total - compliant
    print(f"{path.name}: {total} records, {compliant} compliant ({compliant / max(total, 1):.1%})")
    for code in CODES:
        share = per_code[code] / max(violating, 1)
        print(f"  {code:<22} {per_code[code]:>4}  ({share:.1%} of {violating} violating)")
    return errors


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    errors = validate(path)
    for err in errors:
        print(err, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

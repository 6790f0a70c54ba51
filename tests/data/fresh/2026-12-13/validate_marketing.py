"""Check the shape of the blind 2026-12-13 marketing sets (standard library only).

Usage: python validate_marketing.py [file ...]   (defaults to the two marketing files beside this script)
Checks: every line is a JSON object with exactly id/text/violations; ids are unique and follow the
file's prefix (mu1213-NNN / mp1213-NNN); text is a non-empty string without surrounding whitespace;
violations is a list of known codes without duplicates; no text occurs twice. Prints counts per code.
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
PREFIXES = {"marketing_unseen.jsonl": "mu1213", "marketing_published.jsonl": "mp1213"}
HERE = Path(__file__).resolve().parent


def validate(path: Path) -> list[str]:
    errors: list[str] = []
    prefix = PREFIXES.get(path.name)
    id_re = re.compile(rf"^{prefix}-\d{{3}}$") if prefix else re.compile(r"^[a-z0-9]+-\d{3}$")
    ids: Counter[str] = Counter()
    texts: Counter[str] = Counter()
    per_code: Counter[str] = Counter()
    compliant = 0
    n = 0
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            where = f"{path.name}:{lineno}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: invalid JSON ({exc})")
                continue
            n += 1
            if not isinstance(rec, dict) or set(rec) != {"id", "text", "violations"}:
                errors.append(f"{where}: keys must be exactly id, text, violations")
                continue
            rid, text, viol = rec["id"], rec["text"], rec["violations"]
            if not isinstance(rid, str) or not id_re.match(rid):
                errors.append(f"{where}: bad id {rid!r}")
            else:
                ids[rid] += 1
            if not isinstance(text, str) or not text.strip() or text != text.strip():
                errors.append(f"{where}: text must be a non-empty string without surrounding whitespace")
            else:
                texts[text] += 1
            if not isinstance(viol, list) or not all(isinstance(c, str) for c in viol):
                errors.append(f"{where}: violations must be a list of strings")
                continue
            unknown = [c for c in viol if c not in CODES]
            if unknown:
                errors.append(f"{where}: unknown codes {unknown}")
            if len(set(viol)) != len(viol):
                errors.append(f"{where}: duplicate codes {viol}")
            per_code.update(set(viol))
            compliant += not viol
    errors += [f"{path.name}: duplicate id {i}" for i, c in ids.items() if c > 1]
    errors += [f"{path.name}: duplicate text {t[:30]!r}" for t, c in texts.items() if c > 1]
    share = compliant / n if n else 0.0
    print(f"{path.name}: {n} records, {compliant} compliant ({share:.1%})")
    for code in CODES:
        print(f"  {code:24s} {per_code[code]}")
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

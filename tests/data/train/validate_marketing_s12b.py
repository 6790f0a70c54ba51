"""Check tests/data/train/marketing_s12b.jsonl (standard library only).

Shape ({"id", "text", "violations"} and nothing else), ids ``mt12b-NNNN`` unique and in order, known codes,
no repeated code in a record, no duplicate texts (after whitespace is removed), 2-6 sentences per text.
Prints counts per code and the compliant share. Exit status 1 on any error.

    python tests/data/train/validate_marketing_s12b.py [path]
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
ID_RE = re.compile(r"^mt12b-(\d{4})$")
SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]*")


def sentence_count(text: str) -> int:
    parts = [p for p in SENTENCE_END.split(text) if p.strip()]
    return len(parts)


def validate(path: Path) -> list[str]:
    errors: list[str] = []
    seen_ids: set[str] = set()
    seen_texts: dict[str, str] = {}
    per_code: Counter[str] = Counter()
    total = compliant = 0
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        if not raw.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "violations"}:
            errors.append(f"{where}: keys must be exactly id, text, violations")
            continue
        rid, text, violations = rec["id"], rec["text"], rec["violations"]
        m = ID_RE.match(rid) if isinstance(rid, str) else None
        if m is None:
            errors.append(f"{where}: bad id {rid!r}")
        elif int(m.group(1)) != lineno:
            errors.append(f"{where}: id {rid} out of order")
        if rid in seen_ids:
            errors.append(f"{where}: duplicate id {rid}")
        seen_ids.add(rid)
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if text != text.strip():
            errors.append(f"{where}: text has surrounding whitespace")
        key = re.sub(r"\s+", "", text)
        if key in seen_texts:
            errors.append(f"{where}: duplicate text of {seen_texts[key]}")
        seen_texts[key] = rid
        n = sentence_count(text)
        if not 2 <= n <= 6:
            errors.append(f"{where}: {n} sentences (want 2-6)")
        if not isinstance(violations, list) or not all(isinstance(c, str) for c in violations):
            errors.append(f"{where}: violations must be a list of strings")
            continue
        unknown = [c for c in violations if c not in CODES]
        if unknown:
            errors.append(f"{where}: unknown codes {unknown}")
        if len(set(violations)) != len(violations):
            errors.append(f"{where}: repeated code")
        total += 1
        compliant += not violations
        per_code.update(violations)
    violating = total - compliant
    print(f"{total} records, {compliant} compliant ({compliant / max(total, 1):.1%}), {violating} violating")
    for code in CODES:
        share = per_code[code] / max(violating, 1)
        print(f"  {code:22s} {per_code[code]:4d}  ({share:.1%} of violating records)")
    return errors


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("marketing_s12b.jsonl")
    errors = validate(path)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

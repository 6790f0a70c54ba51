"""Check the 2026-12-17 blind marketing sets: shape, unique ids, known codes.

Standard library only. Usage: python validate_marketing.py [file ...]
(defaults to both sets in this folder). Prints counts per code, the compliant
share and the share of violating records without a textbook keyword.
Exit status 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
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
PREFIXES = {"marketing_unseen.jsonl": "mu1217", "marketing_published.jsonl": "mp1217"}
TEXTBOOK = [
    "最好",
    "第一",
    "保本",
    "保息",
    "稳赚",
    "零风险",
    "存款",
    "停售",
    "下架",
    "限时",
    "监管推荐",
    "国家指定",
    "兜底",
    "什么都保",
    "100%理赔",
    "免费",
    "0元",
]


def check(path: Path) -> list[str]:
    problems: list[str] = []
    prefix = PREFIXES.get(path.name)
    id_re = re.compile(rf"^{prefix}-\d{{3}}$") if prefix else re.compile(r"^\S+$")
    ids: set[str] = set()
    texts: set[str] = set()
    per_code: Counter[str] = Counter()
    total = compliant = violating = keyword_free = multi = 0
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            where = f"{path.name}:{n}"
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
            rid, text, viol = rec["id"], rec["text"], rec["violations"]
            if not isinstance(rid, str) or not id_re.match(rid):
                problems.append(f"{where}: bad id {rid!r}")
            elif rid in ids:
                problems.append(f"{where}: duplicate id {rid}")
            ids.add(str(rid))
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{where}: empty text")
                continue
            if text in texts:
                problems.append(f"{where}: duplicate text")
            texts.add(text)
            if not isinstance(viol, list) or not all(isinstance(c, str) for c in viol):
                problems.append(f"{where}: violations must be a list of strings")
                continue
            unknown = [c for c in viol if c not in CODES]
            if unknown:
                problems.append(f"{where}: unknown codes {unknown}")
            if len(set(viol)) != len(viol):
                problems.append(f"{where}: repeated code")
            total += 1
            if not viol:
                compliant += 1
                continue
            violating += 1
            multi += len(viol) > 1
            per_code.update(viol)
            if not any(k in text for k in TEXTBOOK):
                keyword_free += 1
    print(
        f"{path.name}: {total} records, {compliant} compliant ({compliant / max(total, 1):.0%}), "
        f"{violating} violating ({multi} with 2+ codes), "
        f"keyword-free violating {keyword_free}/{violating} ({keyword_free / max(violating, 1):.0%})"
    )
    for code in CODES:
        print(f"  {code:<22} {per_code[code]}")
    return problems


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in PREFIXES]
    problems: list[str] = []
    for path in paths:
        problems += check(path)
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

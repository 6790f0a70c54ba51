"""Check the 2027-01-03 marketing sets: shape, unique ids, known codes; print counts.

Standard library only. Run: python tests/data/fresh/2027-01-03/validate_marketing.py
Exit status 1 when a record is malformed.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
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
FILES = {
    "marketing_unseen.jsonl": re.compile(r"^mu0103-\d{3}$"),
    "marketing_published.jsonl": re.compile(r"^mp0103-\d{3}$"),
}
# Textbook keywords (a strict list): a violating record "keyword-free" contains none of them.
# fmt: off
KEYWORDS = (
    "最好", "第一", "顶级", "国家级", "唯一", "最佳", "最低", "最高级", "100%", "百分百", "保本", "保息",
    "稳赚", "零风险", "无风险", "保证收益", "保证年化", "存款", "存单", "储蓄", "停售", "下架", "限时",
    "最后", "截止", "监管推荐", "国家指定", "政府兜底", "兜底", "什么都保", "无条件", "全赔", "全报",
    "免费", "0元", "零元",
)
# fmt: on


def check(path: Path, id_pattern: re.Pattern[str]) -> list[str]:
    errors: list[str] = []
    ids: set[str] = set()
    texts: set[str] = set()
    per_code: Counter[str] = Counter()
    compliant = violating = keyword_free = multi = lookalike = 0
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "violations"}:
            errors.append(f"{where}: keys must be id, text, violations")
            continue
        rid, text, viol = rec["id"], rec["text"], rec["violations"]
        if not isinstance(rid, str) or not id_pattern.match(rid):
            errors.append(f"{where}: bad id {rid!r}")
        elif rid in ids:
            errors.append(f"{where}: duplicate id {rid}")
        ids.add(str(rid))
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if text in texts:
            errors.append(f"{where}: duplicate text")
        texts.add(text)
        if not isinstance(viol, list) or any(c not in CODES for c in viol) or len(set(viol)) != len(viol):
            errors.append(f"{where}: violations must be a list of distinct known codes: {viol!r}")
            continue
        has_keyword = any(k in text for k in KEYWORDS)
        if not viol:
            compliant += 1
            lookalike += has_keyword
            continue
        violating += 1
        multi += len(viol) > 1
        per_code.update(viol)
        keyword_free += not has_keyword
    total = compliant + violating
    print(
        f"{path.name}: {total} records, {compliant} compliant ({compliant / max(total, 1):.0%}), "
        f"{violating} violating ({multi} with 2+ codes), keyword-free {keyword_free}/{violating} "
        f"({keyword_free / max(violating, 1):.0%}); compliant with a keyword {lookalike}"
    )
    for code in sorted(CODES):
        print(f"  {code:22} {per_code[code]}")
    return errors


def main() -> int:
    errors: list[str] = []
    for name, pattern in FILES.items():
        path = HERE / name
        if not path.exists():
            errors.append(f"{name}: missing")
            continue
        errors += check(path, pattern)
    for err in errors:
        print(err, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

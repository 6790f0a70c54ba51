"""Check the blind 2026-12-09 marketing sets: shape, unique ids, known codes; print counts.

Standard library only. Run from anywhere:
    python tests/data/fresh/2026-12-09/validate_marketing.py
Exit status 1 on any problem. The statistics it prints (records per code, compliant share, share of
violating records without a textbook keyword) describe the sets; nothing here runs an engine or scores one.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# The code table of ../shared/datasets/README.md ("marketing.jsonl").
# fmt: off
CODES = frozenset((
    "ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT", "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE",
))
# fmt: on

# file name -> (id prefix, expected record count)
FILES = {
    "marketing_unseen.jsonl": ("mu1209", 270),
    "marketing_published.jsonl": ("mp1209", 131),
}

# The textbook wording the task brief lists (and the README table's examples): a violating record that
# contains none of these counts as "keyword-free".
# fmt: off
TEXTBOOK_KEYWORDS = (
    "最好", "最佳", "第一", "顶级", "国家级", "唯一", "100%", "百分百",
    "保本", "保息", "稳赚", "零风险", "无风险", "保证收益", "保证年化",
    "存款", "存单", "储蓄", "停售", "下架", "限时", "最后", "涨价",
    "监管推荐", "国家指定", "兜底", "什么都保", "无条件", "全报销", "免费", "0元", "零元",
)
# fmt: on

ID_RE = re.compile(r"^(mu1209|mp1209)-\d{3}$")


def _parse(line: str) -> tuple[dict[str, Any], str]:
    """One JSON line -> (record, "") or ({}, what is wrong with it)."""
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return {}, f"not JSON ({exc})"
    if not isinstance(rec, dict) or set(rec) != {"id", "text", "violations"}:
        return {}, "keys must be exactly id, text, violations"
    return rec, ""


def check_file(path: Path, prefix: str, expected: int) -> list[str]:
    problems: list[str] = []
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    per_code: Counter[str] = Counter()
    n = compliant = violating = keyword_free = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        rec, error = _parse(line)
        if error:
            problems.append(f"{where}: {error}")
            continue
        rid, text, codes = rec["id"], rec["text"], rec["violations"]
        if not isinstance(rid, str) or not ID_RE.match(rid) or not rid.startswith(prefix + "-"):
            problems.append(f"{where}: bad id {rid!r}")
        elif rid in seen_ids:
            problems.append(f"{where}: duplicate id {rid}")
        seen_ids.add(str(rid))
        if not isinstance(text, str) or not text.strip() or text != text.strip() or "\n" in text:
            problems.append(f"{where}: text must be a non-empty single line without outer spaces")
        elif text in seen_texts:
            problems.append(f"{where}: duplicate text")
        seen_texts.add(str(text))
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            problems.append(f"{where}: violations must be a list of strings")
            continue
        unknown = [c for c in codes if c not in CODES]
        if unknown:
            problems.append(f"{where}: unknown codes {unknown}")
        if len(set(codes)) != len(codes):
            problems.append(f"{where}: repeated code")
        n += 1
        per_code.update(codes)
        if codes:
            violating += 1
            if not any(k in text for k in TEXTBOOK_KEYWORDS):
                keyword_free += 1
        else:
            compliant += 1
    if n != expected:
        problems.append(f"{path.name}: {n} records, expected {expected}")
    print(
        f"{path.name}: {n} records, {compliant} compliant ({compliant / max(n, 1):.1%}), {violating} violating, "
        f"{keyword_free} of them keyword-free ({keyword_free / max(violating, 1):.1%})"
    )
    for code in sorted(CODES):
        print(f"  {code:<22} {per_code[code]}")
    return problems


def main() -> int:
    problems: list[str] = []
    for name, (prefix, expected) in FILES.items():
        path = HERE / name
        if not path.exists():
            problems.append(f"{name}: missing")
            continue
        problems += check_file(path, prefix, expected)
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""Validate the blind marketing sets of 2027-01-25 (standard library only).

Checks shape, unique ids, id prefixes, codes from the table in ../shared/datasets/README.md, and prints counts
per file and per code, the compliant share, and the share of violating snippets without a textbook keyword.
Exit status 1 on any error.

    python3 tests/data/fresh/2027-01-25/validate_marketing.py
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODES = (
    "ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING",
    "REGULATOR_ENDORSEMENT", "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE",
)
FILES = {
    "marketing_unseen.jsonl": ("mu0125-", (240, 280), (0.40, 0.50)),
    "marketing_published.jsonl": ("mp0125-", (110, 130), (0.50, 0.60)),
}
# The examples given in the code table of ../shared/datasets/README.md and their obvious stems: a snippet that
# contains none of these is counted as "without a textbook keyword".
TEXTBOOK = (
    "最好", "第一", "no.1", "顶级", "国家级", "唯一", "100%安全", "保本", "保息", "稳赚", "零风险", "无风险",
    "保证年化", "保证收益", "存款", "存单", "炒停售", "停售", "最后", "下架", "限时", "涨价",
    "监管推荐", "国家指定", "政府兜底", "兜底", "什么都保", "什么都赔", "无条件", "100%理赔", "全报销",
    "全部报销", "免费", "0元",
)


def has_keyword(text: str) -> bool:
    low = text.lower()
    return any(k in low for k in TEXTBOOK)


def check(name: str, prefix: str, size: tuple[int, int], share: tuple[float, float]) -> list[str]:
    errors: list[str] = []
    path = HERE / name
    if not path.exists():
        return [f"{name}: missing"]
    ids: set[str] = set()
    texts: set[str] = set()
    per_code: Counter[str] = Counter()
    n = compliant = multi = violating = no_kw = 0
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{ln}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "violations"}:
            errors.append(f"{where}: keys must be exactly id, text, violations")
            continue
        rid, text, codes = rec["id"], rec["text"], rec["violations"]
        if not (isinstance(rid, str) and rid.startswith(prefix) and rid[len(prefix):].isdigit()
                and len(rid) == len(prefix) + 3):
            errors.append(f"{where}: bad id {rid!r}")
        if rid in ids:
            errors.append(f"{where}: duplicate id {rid}")
        ids.add(rid)
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty text")
            continue
        if text in texts:
            errors.append(f"{where}: duplicate text")
        texts.add(text)
        if not isinstance(codes, list) or any(c not in CODES for c in codes) or len(set(codes)) != len(codes):
            errors.append(f"{where}: bad violations {codes!r}")
            continue
        n += 1
        per_code.update(codes)
        if not codes:
            compliant += 1
        else:
            violating += 1
            multi += len(codes) > 1
            no_kw += not has_keyword(text)
    if not size[0] <= n <= size[1]:
        errors.append(f"{name}: {n} records, expected {size[0]}..{size[1]}")
    if n and not share[0] <= compliant / n <= share[1]:
        errors.append(f"{name}: compliant share {compliant / n:.2f}, expected {share[0]}..{share[1]}")
    print(f"{name}: {n} records, {compliant} compliant ({compliant / max(n, 1):.0%}), {violating} violating, "
          f"{multi} with 2+ codes; violating without a textbook keyword: {no_kw}/{violating} "
          f"({no_kw / max(violating, 1):.0%})")
    for code in CODES:
        print(f"  {code:<22} {per_code[code]}")
    return errors


def main() -> int:
    errors: list[str] = []
    for name, (prefix, size, share) in FILES.items():
        errors += check(name, prefix, size, share)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Check the shape of the 2026-12-10 marketing sets and print their label statistics.

Standard library only. Run from anywhere:

    python tests/data/fresh/2026-12-10/validate_marketing.py

It checks that every line is a JSON object with exactly ``id``, ``text`` and ``violations``; that ids follow
the file's pattern (``mu1210-NNN`` / ``mp1210-NNN``) and are unique across both files; that texts are
non-empty and not repeated; and that ``violations`` is a list of known codes without repeats. It prints, per
file, the count per code, the compliant share and the share of violating records that contain none of the
textbook keywords below. It scores nothing: no engine is run.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The datasets README's marketing codes, in the table's order (two halves to keep the lines short).
_CODES_1_TO_4 = ("ABSOLUTE_TERM", "GUARANTEED_RETURN", "DEPOSIT_CONFUSION", "PANIC_SELLING")
_CODES_5_TO_8 = ("REGULATOR_ENDORSEMENT", "EXAGGERATED_COVERAGE", "DENIGRATE_COMPETITOR", "MISLEADING_FREE")
CODES = _CODES_1_TO_4 + _CODES_5_TO_8

FILES = {
    "marketing_unseen.jsonl": re.compile(r"mu1210-\d{3}"),
    "marketing_published.jsonl": re.compile(r"mp1210-\d{3}"),
}

# The textbook keywords of the brief and the datasets README's table, plus a few close superlatives. A
# violating record "contains a keyword" when any of these occurs in its text, wherever and however used.
KEYWORDS = (
    "最好",
    "最佳",
    "最低",
    "最全",
    "最便宜",
    "最划算",
    "第一",
    "顶级",
    "国家级",
    "唯一",
    "100%安全",
    "保本",
    "保息",
    "稳赚",
    "零风险",
    "无风险",
    "保证年化",
    "保证收益",
    "存款",
    "存单",
    "停售",
    "下架",
    "限时",
    "最后",
    "监管推荐",
    "国家指定",
    "政府兜底",
    "兜底",
    "什么都保",
    "无条件",
    "100%理赔",
    "全报销",
    "免费",
    "0元",
    "零元",
)


def parse_line(line: str) -> tuple[dict | None, str | None]:
    """The record on one line, or the reason it is not a well-shaped record."""
    if not line.strip():
        return None, "empty line"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"not JSON ({exc})"
    if not isinstance(rec, dict) or set(rec) != {"id", "text", "violations"}:
        return None, "keys must be exactly id, text, violations"
    return rec, None


def record_problems(rec: dict, pattern: re.Pattern[str], seen_ids: set[str], texts: set[str]) -> list[str]:
    """What is wrong with one parsed record; remembers its id and text for the uniqueness checks."""
    problems = []
    rid, text, vs = rec["id"], rec["text"], rec["violations"]
    if not isinstance(rid, str) or not pattern.fullmatch(rid):
        problems.append(f"bad id {rid!r}")
    elif rid in seen_ids:
        problems.append(f"duplicate id {rid}")
    seen_ids.add(str(rid))
    if not isinstance(text, str) or not text.strip():
        problems.append("empty text")
    elif text in texts:
        problems.append("repeated text")
    texts.add(str(text))
    if not isinstance(vs, list) or any(v not in CODES for v in vs):
        problems.append(f"unknown code in {vs!r}")
    elif len(set(vs)) != len(vs):
        problems.append(f"repeated code in {vs!r}")
    return problems


def check_file(path: Path, pattern: re.Pattern[str], seen_ids: set[str], errors: list[str]) -> list[dict]:
    records: list[dict] = []
    texts: set[str] = set()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        rec, why = parse_line(line)
        if rec is None:
            errors.append(f"{path.name}:{lineno}: {why}")
            continue
        errors.extend(f"{path.name}:{lineno}: {p}" for p in record_problems(rec, pattern, seen_ids, texts))
        records.append(rec)
    return records


def has_keyword(text: str) -> bool:
    return any(k in text for k in KEYWORDS)


def report(name: str, records: list[dict]) -> None:
    n = len(records)
    counts = Counter(v for r in records for v in r["violations"])
    compliant = sum(1 for r in records if not r["violations"])
    violating = [r for r in records if r["violations"]]
    keyword_free = sum(1 for r in violating if not has_keyword(r["text"]))
    lookalikes = sum(1 for r in records if not r["violations"] and has_keyword(r["text"]))
    print(f"{name}: {n} records, {compliant} compliant ({compliant / n:.0%}), {len(violating)} violating")
    for code in CODES:
        print(f"  {code:<22} {counts[code]:>4}")
    if violating:
        print(
            f"  violating records without any textbook keyword: {keyword_free}/{len(violating)}"
            f" ({keyword_free / len(violating):.0%})"
        )
    print(f"  compliant records that contain a textbook keyword: {lookalikes}/{compliant}")


def main() -> int:
    errors: list[str] = []
    seen_ids: set[str] = set()
    found = 0
    for name, pattern in FILES.items():
        path = HERE / name
        if not path.exists():
            print(f"{name}: absent")
            continue
        found += 1
        records = check_file(path, pattern, seen_ids, errors)
        if records:
            report(name, records)
    for err in errors:
        print("ERROR", err, file=sys.stderr)
    if not found:
        print("ERROR no marketing file found", file=sys.stderr)
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Check the shape of the 2026-12-30 blind marketing sets (standard library only).

Usage: python validate_marketing.py [FILE ...]
Without arguments it checks marketing_unseen.jsonl and marketing_published.jsonl next to this script.
It checks each record's shape ({"id", "text", "violations"}), the id pattern of its file, ids unique
across all files given, known codes without repeats, and no repeated texts; then it prints counts per
code, the compliant share and the share of violating records that contain none of KEYWORDS.
It scores no engine. Exit status 1 when a check fails.
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

# The id prefix each file's records must carry.
ID_PATTERNS = {
    "marketing_unseen.jsonl": re.compile(r"^mu1230-\d{3}$"),
    "marketing_published.jsonl": re.compile(r"^mp1230-\d{3}$"),
}

# "Textbook" keywords: the brief's list plus close relatives. A violating record that contains
# none of them counts as keyword-free. Only used for the printed share, never as a label.
_KEYWORD_TEXT = (
    "最好 第一 保本 保息 稳赚 零风险 存款 停售 下架 限时 监管推荐 国家指定 兜底 什么都保 100%理赔 免费 0元 "
    "最高 最佳 最全 最低 最后 唯一 顶级 国家级 没有之一 保证收益 保底 无风险 不亏 存单 储蓄 涨价 赶紧 "
    "无条件 全报销 全额报销 白送 送"
)
KEYWORDS = tuple(_KEYWORD_TEXT.split())

HERE = Path(__file__).resolve().parent


def check_file(path: Path, seen_ids: set[str]) -> tuple[list[str], list[dict[str, object]]]:
    """Return (errors, records) for one JSON Lines file."""
    errors: list[str] = []
    records: list[dict[str, object]] = []
    pattern = ID_PATTERNS.get(path.name)
    texts: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            where = f"{path.name}:{lineno}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: not JSON ({exc})")
                continue
            if not isinstance(rec, dict) or set(rec) != {"id", "text", "violations"}:
                errors.append(f"{where}: keys must be exactly id, text, violations")
                continue
            rid, text, violations = rec["id"], rec["text"], rec["violations"]
            if not isinstance(rid, str) or (pattern is not None and not pattern.match(rid)):
                errors.append(f"{where}: bad id {rid!r}")
            elif rid in seen_ids:
                errors.append(f"{where}: duplicate id {rid}")
            else:
                seen_ids.add(rid)
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{where}: text must be a non-empty string")
            elif text in texts:
                errors.append(f"{where}: repeated text")
            else:
                texts.add(text)
            if not isinstance(violations, list):
                errors.append(f"{where}: violations must be a list")
                continue
            unknown = [c for c in violations if c not in CODES]
            if unknown:
                errors.append(f"{where}: unknown codes {unknown}")
            if len(set(violations)) != len(violations):
                errors.append(f"{where}: repeated code")
            records.append(rec)
    return errors, records


def summarize(name: str, records: list[dict[str, object]]) -> None:
    per_code: Counter[str] = Counter()
    compliant = multi = keyword_free = 0
    for rec in records:
        codes = rec["violations"]
        assert isinstance(codes, list)
        text = str(rec["text"])
        if not codes:
            compliant += 1
            continue
        per_code.update(codes)
        multi += len(codes) > 1
        keyword_free += not any(k in text for k in KEYWORDS)
    total = len(records)
    violating = total - compliant
    print(
        f"{name}: {total} records, {compliant} compliant ({compliant / max(total, 1):.1%}), "
        f"{violating} violating ({multi} with 2+ codes), keyword-free "
        f"{keyword_free}/{violating} ({keyword_free / max(violating, 1):.1%})"
    )
    for code in CODES:
        print(f"  {code:<22} {per_code[code]}")


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [HERE / name for name in ID_PATTERNS]
    seen_ids: set[str] = set()
    failed = False
    for path in paths:
        errors, records = check_file(path, seen_ids)
        for err in errors:
            print(err, file=sys.stderr)
        failed = failed or bool(errors)
        summarize(path.name, records)
    print("FAIL" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Validate the blind marketing sets of 2027-01-30 (standard library only).

Checks shape, unique ids, id prefixes, codes from the table in ../shared/datasets/README.md,
duplicate texts, and prints counts per file and per code. Exit status 1 on any error.

    python tests/data/fresh/2027-01-30/validate_marketing.py
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

# The example phrases of the code table in ../shared/datasets/README.md ("textbook keywords"), and a broader
# list of single cue words. Used only to report how many violating records avoid them.
TEXTBOOK = re.compile(
    r"最好|第一|顶级|国家级|唯一|100%安全|保本保息|稳赚不赔|零风险|保证年化|比存款划算|存单|炒停售|最后.{0,2}天"
    r"|即将下架|赶紧买|限时涨价|监管推荐|国家指定|政府兜底|什么都保|无条件赔付|100%理赔|住院全报销|免费送|0元保"
)
BROAD = re.compile(
    TEXTBOOK.pattern + r"|最|保本|保息|存款|储蓄|停售|下架|最后|涨价|监管|国家|政府|兜底|全报|全赔|免费|0元|不要钱"
    r"|稳赚|无风险|保证收益|收益|利息"
)

# file name -> (id pattern, expected size range, expected compliant share range)
FILES = {
    "marketing_unseen.jsonl": (re.compile(r"^mu0130-\d{3}$"), (240, 280), (0.38, 0.52)),
    "marketing_published.jsonl": (re.compile(r"^mp0130-\d{3}$"), (110, 130), (0.48, 0.62)),
}


def check_file(name: str, id_re: re.Pattern[str], size: tuple[int, int],
               share: tuple[float, float], seen_texts: dict[str, str]) -> list[str]:
    errors: list[str] = []
    path = HERE / name
    if not path.exists():
        return [f"{name}: missing"]
    ids: set[str] = set()
    per_code: Counter[str] = Counter()
    n = compliant = multi = no_textbook = no_broad = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{lineno}"
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
        rid, text, viol = rec["id"], rec["text"], rec["violations"]
        if not isinstance(rid, str) or not id_re.match(rid):
            errors.append(f"{where}: bad id {rid!r}")
        elif rid in ids:
            errors.append(f"{where}: duplicate id {rid}")
        ids.add(str(rid))
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            errors.append(f"{where}: text must be a non-empty stripped string")
        elif text in seen_texts:
            errors.append(f"{where}: same text as {seen_texts[text]}")
        else:
            seen_texts[text] = f"{name}:{rid}"
        if not isinstance(viol, list) or not all(isinstance(c, str) for c in viol):
            errors.append(f"{where}: violations must be a list of strings")
            continue
        bad = [c for c in viol if c not in CODES]
        if bad:
            errors.append(f"{where}: unknown codes {bad}")
        if len(set(viol)) != len(viol):
            errors.append(f"{where}: repeated code")
        if viol != sorted(viol):
            errors.append(f"{where}: codes not sorted")
        n += 1
        compliant += not viol
        multi += len(viol) > 1
        per_code.update(viol)
        if viol and isinstance(text, str):
            no_textbook += not TEXTBOOK.search(text)
            no_broad += not BROAD.search(text)
    # ids numbered 001..n without gaps
    expected = {f"{id_re.pattern[1:7]}-{i:03d}" for i in range(1, n + 1)}
    if ids != expected:
        errors.append(f"{name}: ids are not numbered 001..{n:03d} without gaps")
    if not size[0] <= n <= size[1]:
        errors.append(f"{name}: {n} records, expected {size[0]}..{size[1]}")
    if n and not share[0] <= compliant / n <= share[1]:
        errors.append(f"{name}: compliant share {compliant / n:.2f} outside {share}")
    missing = CODES - set(per_code)
    if missing:
        errors.append(f"{name}: codes never used: {sorted(missing)}")
    print(f"{name}: {n} records, {compliant} compliant ({compliant / max(n, 1):.0%}), "
          f"{n - compliant} violating, {multi} with 2+ codes")
    for code in sorted(CODES):
        print(f"  {code:<22} {per_code[code]:>4}")
    bad_n = max(n - compliant, 1)
    print(f"  violating without a textbook keyword: {no_textbook}/{n - compliant} ({no_textbook / bad_n:.0%}); "
          f"without any broad cue word: {no_broad}/{n - compliant} ({no_broad / bad_n:.0%})")
    return errors


def main() -> int:
    errors: list[str] = []
    seen: dict[str, str] = {}
    for name, (id_re, size, share) in FILES.items():
        errors += check_file(name, id_re, size, share, seen)
    for err in errors:
        print("ERROR", err, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
